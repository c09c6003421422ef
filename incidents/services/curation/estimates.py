"""The derived casualty estimate: an incident's killed and injured low / best / high.

`derived_estimate` is the rule, a pure function over plain records; the services below load
an incident's accepted figures into those records and save the result. The rule, and why
each choice was made, is in docs/estimate.md.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Prefetch

from incidents.models import Actor, CasualtyFigure, Evidence, Incident, Source
from incidents.models.vocabularies import ActorKind, FigureKind, Qualifier, ReviewStatus, Subgroup

ESTIMATED_KINDS = (FigureKind.KILLED, FigureKind.INJURED)
ESTIMATE_FIELDS = tuple(
    f"{kind}_{part}" for kind in ESTIMATED_KINDS for part in ("low", "best", "high")
)


@dataclass(frozen=True)
class ReportedFigure:
    """One figure as one source reported it, with what the rule needs to know about both."""

    kind: str
    value: int
    value_max: int | None = None
    qualifier: str = Qualifier.EXACT
    source_id: int | None = None
    source_is_questionable: bool = False
    is_perpetrator_claim: bool = False
    reported_on: dt.date | None = None
    # Identifies a figure that cites no source: it then stands as a source of its own.
    figure_id: int | None = None


@dataclass(frozen=True)
class CasualtyRange:
    low: int | None = None
    best: int | None = None
    high: int | None = None


@dataclass(frozen=True)
class Estimate:
    killed: CasualtyRange = CasualtyRange()
    injured: CasualtyRange = CasualtyRange()

    def as_fields(self) -> dict[str, int | None]:
        """The Incident field values: killed_low, killed_best, ..., injured_high."""
        return {
            f"{kind}_{part}": getattr(getattr(self, kind), part)
            for kind in ESTIMATED_KINDS
            for part in ("low", "best", "high")
        }


def derived_estimate(figures: Iterable[ReportedFigure]) -> Estimate:
    """Killed and injured low / best / high by the documented rule (docs/estimate.md)."""
    figures = list(figures)
    return Estimate(
        killed=_kind_range([f for f in figures if f.kind == FigureKind.KILLED]),
        injured=_kind_range([f for f in figures if f.kind == FigureKind.INJURED]),
    )


@transaction.atomic
def incident_estimate_refresh(*, incident: Incident) -> Incident:
    """Re-derive the incident's estimate from its accepted figures, unless a curator set it."""
    incident = _locked(incident)
    if incident.estimate_is_curated:
        return incident
    return _save_derived(incident, extra_fields=())


@transaction.atomic
def incident_estimate_reset(*, incident: Incident) -> Incident:
    """Drop the curator's estimate and go back to the derived one."""
    incident = _locked(incident)
    was_curated = incident.estimate_is_curated
    incident.estimate_is_curated = False
    return _save_derived(incident, extra_fields=("estimate_is_curated",) if was_curated else ())


def incident_reported_figures(*, incident: Incident) -> list[ReportedFigure]:
    """The incident's accepted whole-incident killed and injured figures, once per source."""
    citations = Evidence.objects.select_related("source").only(
        "figure_id", "source__published_on", "source__published_after", "source__reliability"
    )
    figures = list(
        CasualtyFigure.objects.filter(
            incident=incident,
            review_status=ReviewStatus.ACCEPTED,
            kind__in=ESTIMATED_KINDS,
            # Subgroup figures (children, foreigners) are parts, not totals.
            subgroup=Subgroup.ALL,
        )
        .select_related("attributed_to")
        .prefetch_related(Prefetch("evidence", queryset=citations))
    )
    claimants = _perpetrator_claimants(incident, figures)
    return [
        record
        for figure in figures
        for record in _reported_figures(figure, is_claim=figure.attributed_to_id in claimants)
    ]


# The rule, per kind of figure.


@dataclass(frozen=True)
class _Reading:
    """What one figure says: a floor (None when it gives none), a single figure and a ceiling."""

    low: int | None
    point: int
    high: int


def _kind_range(figures: list[ReportedFigure]) -> CasualtyRange:
    standing = _standing_figures([f for f in figures if not f.is_perpetrator_claim])
    if not standing:
        return CasualtyRange()
    best = _best(standing)
    readings = [_reading(f) for group in standing.values() for f in group]
    floors = [r.low for r in readings if r.low is not None]
    if best is not None:
        floors.append(best)
    return CasualtyRange(
        low=min(floors) if floors else None,
        best=best,
        high=max(r.high for r in readings),
    )


def _standing_figures(figures: list[ReportedFigure]) -> dict[object, list[ReportedFigure]]:
    """Per source, the figures of its latest date: what that source currently stands by."""
    by_source: dict[object, list[ReportedFigure]] = defaultdict(list)
    for figure in figures:
        by_source[_source_key(figure)].append(figure)
    standing = {}
    for key, group in by_source.items():
        latest = max(_date_order(f.reported_on) for f in group)
        standing[key] = [f for f in group if _date_order(f.reported_on) == latest]
    return standing


def _best(standing: dict[object, list[ReportedFigure]]) -> int | None:
    """Among trustworthy sources tied at the most recent date: the majority, else the lowest."""
    trusted = [group for group in standing.values() if not group[0].source_is_questionable]
    if not trusted:
        return None
    latest = max(_date_order(group[0].reported_on) for group in trusted)
    votes = [
        _source_point(group) for group in trusted if _date_order(group[0].reported_on) == latest
    ]
    figure, count = Counter(votes).most_common(1)[0]
    if count * 2 > len(votes):
        return figure
    return min(votes)


def _source_point(group: list[ReportedFigure]) -> int:
    # A source giving two figures on one date (a headline 182, a body 183) is read
    # conservatively, as GTD breaks ties: its lowest.
    return min(_reading(f).point for f in group)


def _reading(figure: ReportedFigure) -> _Reading:
    ceiling = figure.value_max if figure.value_max is not None else figure.value
    if figure.qualifier == Qualifier.FEWER_THAN:
        below = max(figure.value - 1, 0)
        return _Reading(low=None, point=below, high=below)
    if figure.qualifier == Qualifier.UP_TO:
        return _Reading(low=None, point=figure.value, high=ceiling)
    # "at least N", "more than N" and "about N" all count as N, as ACLED and GTD do.
    return _Reading(low=figure.value, point=figure.value, high=ceiling)


def _source_key(figure: ReportedFigure) -> object:
    if figure.source_id is not None:
        return ("source", figure.source_id)
    return ("unsourced", figure.figure_id)


def _date_order(day: dt.date | None) -> dt.date:
    return day if day is not None else dt.date.min


# Loading and saving.


def _locked(incident: Incident) -> Incident:
    # The row lock keeps a concurrent curator's edit from being overwritten by a stale derive.
    return Incident.objects.select_for_update().get(pk=incident.pk)


def _save_derived(incident: Incident, *, extra_fields: tuple[str, ...]) -> Incident:
    derived = derived_estimate(incident_reported_figures(incident=incident)).as_fields()
    changed = [name for name, value in derived.items() if getattr(incident, name) != value]
    if not changed and not extra_fields:
        return incident
    for name in changed:
        setattr(incident, name, derived[name])
    incident.full_clean()
    incident.save(update_fields=[*changed, *extra_fields, "updated_at"])
    return incident


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
    return ReportedFigure(
        kind=figure.kind,
        value=figure.value,
        value_max=figure.value_max,
        qualifier=figure.qualifier,
        source_id=source.pk if source is not None else None,
        source_is_questionable=source is not None and source.is_questionable,
        is_perpetrator_claim=is_claim,
        reported_on=figure.reported_on or _source_date(source, figure.as_of),
        figure_id=figure.pk,
    )


def _source_date(source: Source | None, as_of: dt.date | None) -> dt.date | None:
    """The source's published date; else the later of its lower bound and the figure's date.

    A source without a dateline was written on or after the latest date it mentions, so
    that bound orders it among the others (an encyclopedia page that mentions events of a
    later year is more recent than the first day's reports).
    """
    if source is not None and source.published_on:
        return source.published_on
    bounds = [day for day in (source and source.published_after, as_of) if day]
    return max(bounds, default=None)


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
