"""An incident's killed and injured figures as the estimate's rule reads them.

The rule itself is pure (`estimate_rule.py`); this module loads its records: each figure
once per source that quotes it, with the source's dates and grade, the date the rule orders
it by, and whether it is a perpetrator's claim.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from django.db.models import Prefetch

from incidents.models import Actor, CasualtyFigure, Evidence, Incident, Source
from incidents.models.vocabularies import ActorKind, ReviewStatus
from incidents.selectors.estimate_rule import (
    ESTIMATED_KINDS,
    CitedSource,
    DateBasis,
    EstimateExplanation,
    ReportedFigure,
    estimate_explanation,
)

ACCEPTED_ONLY = (ReviewStatus.ACCEPTED,)


def incident_reported_figures(
    *, incident: Incident, statuses: Iterable[str] = ACCEPTED_ONLY
) -> list[ReportedFigure]:
    """The incident's killed and injured figures of `statuses`, once per source.

    The rule counts only accepted ones; the others are loaded to be named as left out.
    """
    citations = Evidence.objects.select_related("source").only(
        "figure_id",
        "source__title",
        "source__file_name",
        "source__published_on",
        "source__published_after",
        "source__reliability",
    )
    figures = list(
        CasualtyFigure.objects.filter(
            incident=incident, review_status__in=tuple(statuses), kind__in=ESTIMATED_KINDS
        )
        .select_related("attributed_to")
        .prefetch_related(Prefetch("evidence", queryset=citations))
        .order_by("pk")
    )
    claimants = _perpetrator_claimants(incident, figures)
    return [
        record
        for figure in figures
        for record in _reported_figures(figure, is_claim=figure.attributed_to_id in claimants)
    ]


def incident_estimate_explanation(
    *, incident: Incident, statuses: Iterable[str] = ACCEPTED_ONLY
) -> EstimateExplanation:
    """Why the derived estimate is what it is; figures of other `statuses` show as left out."""
    return estimate_explanation(incident_reported_figures(incident=incident, statuses=statuses))


def _reported_figures(figure: CasualtyFigure, *, is_claim: bool) -> Iterator[ReportedFigure]:
    # A figure cited by several sources is reported once by each of them.
    sources = {e.source_id: e.source for e in figure.evidence.all()}
    if not sources:
        yield _reported_figure(figure, source=None, is_claim=is_claim)
    for source in sources.values():
        yield _reported_figure(figure, source=source, is_claim=is_claim)


def _reported_figure(
    figure: CasualtyFigure, *, source: Source | None, is_claim: bool
) -> ReportedFigure:
    reported_on, dated_by = _figure_date(figure, source)
    return ReportedFigure(
        kind=figure.kind,
        value=figure.value,
        value_max=figure.value_max,
        qualifier=figure.qualifier,
        source=_cited(source),
        is_perpetrator_claim=is_claim,
        reported_on=reported_on,
        dated_by=dated_by,
        figure_id=figure.pk,
        status=figure.review_status,
        subgroup=figure.subgroup,
    )


def _cited(source: Source | None) -> CitedSource | None:
    if source is None:
        return None
    return CitedSource(
        id=source.pk,
        title=str(source),
        published_on=source.published_on,
        published_after=source.published_after,
        reliability=source.reliability,
    )


def _figure_date(figure: CasualtyFigure, source: Source | None) -> tuple[dt.date | None, str]:
    """The figure's reported_on; else its source's published date; else a lower bound.

    A source without a dateline was written on or after the latest date it mentions, so
    that bound orders it among the others (an encyclopedia page that mentions events of a
    later year is more recent than the first day's reports).
    """
    if figure.reported_on:
        return figure.reported_on, DateBasis.REPORTED
    if source is not None and source.published_on:
        return source.published_on, DateBasis.PUBLISHED
    bounds = [day for day in (source and source.published_after, figure.as_of) if day]
    return max(bounds, default=None), DateBasis.ON_OR_AFTER


def _perpetrator_claimants(incident: Incident, figures: list[CasualtyFigure]) -> set[int]:
    """The ids of the actors whose figures count as perpetrator claims."""
    side = _perpetrator_side(incident)
    actors = {f.attributed_to_id: f.attributed_to for f in figures if f.attributed_to_id}
    return {pk for pk, actor in actors.items() if _is_perpetrator_claim(actor, side)}


def _perpetrator_side(incident: Incident) -> set[int]:
    """The ids of the incident's perpetrators (whatever their role) and of their parents."""
    side: set[int] = set()
    for link in incident.perpetrator_links.select_related("actor"):
        side.update(actor.pk for actor in _lineage(link.actor))
    return side


def _is_perpetrator_claim(actor: Actor | None, perpetrator_side: set[int]) -> bool:
    """A figure given by an armed group, or by a perpetrator, its branch or its outlet."""
    if actor is None:
        return False
    if actor.kind == ActorKind.ARMED_GROUP:
        return True
    return any(ancestor.pk in perpetrator_side for ancestor in _lineage(actor))


def _lineage(actor: Actor) -> Iterator[Actor]:
    """The actor, its parent, its parent's parent, ... (guarded against a cycle)."""
    seen: set[int] = set()
    while actor is not None and actor.pk not in seen:
        seen.add(actor.pk)
        yield actor
        actor = actor.parent
