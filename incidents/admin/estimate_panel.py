"""The incident page's "why this estimate" panel: the rule's explanation, with admin links."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.urls import reverse

from incidents.admin.incident_facts import source_date_label
from incidents.admin.record_urls import admin_url
from incidents.models import Incident
from incidents.models.vocabularies import Qualifier
from incidents.selectors.estimate_rule import (
    CitedSource,
    DateBasis,
    EstimateExplanation,
    KindExplanation,
    LeftOutFigure,
    LeftOutReason,
    ReportedFigure,
    SourceStanding,
)

# Past these, a panel lists the first ones and counts the rest: an incident may have hundreds.
STANDING_SHOWN = 6
LEFT_OUT_SHOWN = 5


@dataclass(frozen=True)
class Link:
    label: str
    url: str


@dataclass(frozen=True)
class StandingRow:
    source: Link | None
    grade: str
    date: str
    figures: str
    point: int
    role: str


@dataclass(frozen=True)
class LeftOutGroup:
    reason: str
    count: int
    figures: list[Link]
    review_url: str = ""


@dataclass(frozen=True)
class KindPanel:
    kind: str
    low: int | None
    best: int | None
    high: int | None
    best_sentence: str
    range_sentence: str
    standing: list[StandingRow]
    more_standing: int
    left_out: list[LeftOutGroup]


@dataclass(frozen=True)
class UndatedSource:
    source: Link
    date: str


def estimate_panels(*, incident: Incident, explanation: EstimateExplanation) -> dict:
    """The template's context: one panel per kind and the sources still to be dated."""
    return {
        "estimate_panels": [_panel(incident, kind) for kind in explanation.kinds],
        "undated_sources": [
            UndatedSource(_source_link(source), _source_date(source))
            for source in explanation.undated_sources
        ],
    }


def _panel(incident: Incident, explained: KindExplanation) -> KindPanel:
    return KindPanel(
        kind=explained.kind,
        low=explained.range.low,
        best=explained.range.best,
        high=explained.range.high,
        best_sentence=explained.best_sentence,
        range_sentence=explained.range_sentence,
        standing=[_standing_row(s) for s in explained.standing[:STANDING_SHOWN]],
        more_standing=max(len(explained.standing) - STANDING_SHOWN, 0),
        left_out=_left_out_groups(incident, explained.left_out),
    )


def _standing_row(standing: SourceStanding) -> StandingRow:
    source = standing.source
    return StandingRow(
        source=_source_link(source) if source else None,
        grade=source.reliability if source else "",
        date=_standing_date(standing),
        figures="; ".join(figure_label(f) for f in standing.figures),
        point=standing.point,
        role=_role(standing),
    )


def _role(standing: SourceStanding) -> str:
    if standing.sets_best:
        return "sets best"
    if standing.is_questionable:
        return "questionable source (grade D or E): range only, never best"
    return "older: range only"


def _standing_date(standing: SourceStanding) -> str:
    basis, day = standing.date_basis, standing.reported_on
    if basis == DateBasis.UNDATED:
        return "undated"
    label = DateBasis(basis).label
    return f"{label} {day.day} {day:%b %Y}"


def _left_out_groups(incident: Incident, left_out: Iterable[LeftOutFigure]) -> list[LeftOutGroup]:
    by_reason: dict[str, list[LeftOutFigure]] = {}
    for item in left_out:
        by_reason.setdefault(item.reason, []).append(item)
    return [
        LeftOutGroup(
            reason=LeftOutReason(reason).label,
            count=len(items),
            figures=[_figure_link(item.figure) for item in items[:LEFT_OUT_SHOWN]],
            review_url=_review_url(incident) if reason == LeftOutReason.NOT_ACCEPTED else "",
        )
        for reason, items in by_reason.items()
    ]


def figure_label(figure: ReportedFigure) -> str:
    shown = str(figure.value)
    if figure.value_max is not None:
        shown = f"{figure.value}–{figure.value_max}"
    qualifier = Qualifier(figure.qualifier)
    return shown if qualifier == Qualifier.EXACT else f"{qualifier.label.lower()} {shown}"


def _figure_link(figure: ReportedFigure) -> Link:
    source = f" ({figure.source.title})" if figure.source else ""
    url = admin_url("admin:incidents_casualtyfigure_change", figure.figure_id)
    return Link(f"{figure_label(figure)}{source}", url)


def _source_link(source: CitedSource) -> Link:
    return Link(source.title, admin_url("admin:incidents_source_change", source.id))


def _source_date(source: CitedSource) -> str:
    return source_date_label(source.published_on, source.published_after)


def _review_url(incident: Incident) -> str:
    return f"{reverse('admin:incidents_casualtyfigure_changelist')}?incident={incident.pk}"
