"""An incident's killed and injured figures as the estimate's rule reads them.

The rule itself is pure (`estimate_rule.py`); this module loads its records: each figure
once per source that quotes it, with the source's dates and grade, the date the rule orders
it by, and whether it is a perpetrator's claim.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

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
    Read as plain rows (an incident may have hundreds of figures): four queries in all.
    """
    figures = list(
        CasualtyFigure.objects.filter(
            incident=incident, review_status__in=tuple(statuses), kind__in=ESTIMATED_KINDS
        )
        .order_by("pk")
        .values(*_FIGURE_COLUMNS)
    )
    cited_by = _citing_sources([figure["id"] for figure in figures])
    claimants = _perpetrator_claimants(incident, {f["attributed_to_id"] for f in figures})
    return [
        _reported_figure(figure, source=source, is_claim=figure["attributed_to_id"] in claimants)
        for figure in figures
        # A figure cited by several sources is reported once by each of them.
        for source in cited_by.get(figure["id"]) or [None]
    ]


def incident_estimate_explanation(
    *, incident: Incident, statuses: Iterable[str] = ACCEPTED_ONLY
) -> EstimateExplanation:
    """Why the derived estimate is what it is; figures of other `statuses` show as left out."""
    return estimate_explanation(incident_reported_figures(incident=incident, statuses=statuses))


_FIGURE_COLUMNS = (
    "id",
    "kind",
    "value",
    "value_max",
    "qualifier",
    "subgroup",
    "review_status",
    "reported_on",
    "as_of",
    "attributed_to_id",
)
_SOURCE_COLUMNS = ("id", "title", "file_name", "published_on", "published_after", "reliability")


def _citing_sources(figure_ids: list[int]) -> dict[int, list[CitedSource]]:
    links = set(
        Evidence.objects.filter(figure_id__in=figure_ids).values_list("figure_id", "source_id")
    )
    rows = Source.objects.filter(pk__in={source_id for _, source_id in links})
    sources = {row["id"]: _cited(row) for row in rows.values(*_SOURCE_COLUMNS)}
    cited_by: dict[int, list[CitedSource]] = {}
    for figure_id, source_id in sorted(links):
        cited_by.setdefault(figure_id, []).append(sources[source_id])
    return cited_by


def _cited(row: dict) -> CitedSource:
    return CitedSource(
        id=row["id"],
        title=str(Source(pk=row["id"], title=row["title"], file_name=row["file_name"])),
        published_on=row["published_on"],
        published_after=row["published_after"],
        reliability=row["reliability"],
    )


def _reported_figure(figure: dict, *, source: CitedSource | None, is_claim: bool) -> ReportedFigure:
    reported_on, dated_by = _figure_date(figure, source)
    return ReportedFigure(
        kind=figure["kind"],
        value=figure["value"],
        value_max=figure["value_max"],
        qualifier=figure["qualifier"],
        source=source,
        is_perpetrator_claim=is_claim,
        reported_on=reported_on,
        dated_by=dated_by,
        figure_id=figure["id"],
        status=figure["review_status"],
        subgroup=figure["subgroup"],
    )


def _figure_date(figure: dict, source: CitedSource | None) -> tuple[dt.date | None, str]:
    """The figure's reported_on; else its source's published date; else a lower bound.

    A source without a dateline was written on or after the latest date it mentions, so
    that bound orders it among the others (an encyclopedia page that mentions events of a
    later year is more recent than the first day's reports).
    """
    if figure["reported_on"]:
        return figure["reported_on"], DateBasis.REPORTED
    if source is not None and source.published_on:
        return source.published_on, DateBasis.PUBLISHED
    bounds = [day for day in (source and source.published_after, figure["as_of"]) if day]
    return max(bounds, default=None), DateBasis.ON_OR_AFTER


def _perpetrator_claimants(incident: Incident, actor_ids: set[int | None]) -> set[int]:
    """The ids of the actors whose figures count as perpetrator claims."""
    side = _perpetrator_side(incident)
    actors = Actor.objects.filter(pk__in=actor_ids - {None}).select_related("parent")
    return {actor.pk for actor in actors if _is_perpetrator_claim(actor, side)}


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
