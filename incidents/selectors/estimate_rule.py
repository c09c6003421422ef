"""The derived casualty estimate's rule and its explanation: pure functions over plain records.

`estimate_explanation` applies the rule of docs/estimate.md and keeps every step: which
figures count, each source's latest figures with their date and grade, which figures were
left out and why, and how best was chosen. `derived_estimate` is its numbers. Both the
services (which store the estimate) and the admin and API (which explain it) read this one
implementation. It lives among the selectors because the API, which reads, shows it too.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db import models

from incidents.models.vocabularies import (
    FigureKind,
    Qualifier,
    ReliabilityGrade,
    ReviewStatus,
    Subgroup,
)

ESTIMATED_KINDS = (FigureKind.KILLED, FigureKind.INJURED)
ESTIMATE_FIELDS = tuple(
    f"{kind}_{part}" for kind in ESTIMATED_KINDS for part in ("low", "best", "high")
)
QUESTIONABLE_GRADES = (ReliabilityGrade.D, ReliabilityGrade.E)


class DateBasis(models.TextChoices):
    """Where the date the rule orders a figure by comes from."""

    REPORTED = "reported", "reported on"
    PUBLISHED = "published", "published on"
    ON_OR_AFTER = "on_or_after", "on or after"
    UNDATED = "undated", "undated"


class LeftOutReason(models.TextChoices):
    NOT_ACCEPTED = "not_accepted", "not accepted"
    SUBGROUP = "subgroup", "a subgroup, not the total"
    PERPETRATOR_CLAIM = "perpetrator_claim", "a perpetrator's claim"
    SUPERSEDED = "superseded", "superseded by a later figure of the same source"


class BestStep(models.TextChoices):
    NO_FIGURES = "no_figures", "no figure counts"
    ONLY_QUESTIONABLE = "only_questionable", "every source is questionable"
    SINGLE = "single", "the most recent source"
    MAJORITY = "majority", "the majority of the most recent sources"
    LOWEST = "lowest", "the lowest of the most recent sources, which disagree"


@dataclass(frozen=True)
class CitedSource:
    """A source as the rule sees it: its dates and its grade (and a title to name it)."""

    id: int
    title: str = ""
    published_on: dt.date | None = None
    published_after: dt.date | None = None
    reliability: str = ReliabilityGrade.F

    @property
    def is_questionable(self) -> bool:
        """Admiralty D and E: GTD's rule sets such sources aside for the headline figure."""
        return self.reliability in QUESTIONABLE_GRADES


@dataclass(frozen=True)
class ReportedFigure:
    """One figure as one source reported it, with what the rule needs to know about both."""

    kind: str
    value: int
    value_max: int | None = None
    qualifier: str = Qualifier.EXACT
    # None: a figure no source quotes, which then stands as a source of its own.
    source: CitedSource | None = None
    is_perpetrator_claim: bool = False
    # The date the rule orders the figure by, and where it comes from.
    reported_on: dt.date | None = None
    dated_by: str = DateBasis.REPORTED
    figure_id: int | None = None
    status: str = ReviewStatus.ACCEPTED
    subgroup: str = Subgroup.ALL

    @property
    def date_basis(self) -> str:
        return self.dated_by if self.reported_on is not None else DateBasis.UNDATED


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


@dataclass(frozen=True)
class SourceStanding:
    """What one source currently stands by: its figures of its latest date."""

    source: CitedSource | None
    figures: tuple[ReportedFigure, ...]
    reported_on: dt.date | None
    date_basis: str
    # What it counts as for best: its lowest figure of that date.
    point: int
    # Among the trustworthy sources of the most recent date, which chose best.
    sets_best: bool = False

    @property
    def is_questionable(self) -> bool:
        return self.source is not None and self.source.is_questionable


@dataclass(frozen=True)
class LeftOutFigure:
    figure: ReportedFigure
    reason: str


@dataclass(frozen=True)
class KindExplanation:
    kind: str
    range: CasualtyRange = CasualtyRange()
    # Most recent first; each source once.
    standing: tuple[SourceStanding, ...] = ()
    left_out: tuple[LeftOutFigure, ...] = ()
    best_step: str = BestStep.NO_FIGURES
    # The date of the sources that chose best (None: all of them undated).
    most_recent: dt.date | None = None

    @property
    def best_sentence(self) -> str:
        return _best_sentence(self)

    @property
    def range_sentence(self) -> str:
        if self.range.high is None:
            return "Low and high stay empty."
        return (
            f"Low {_shown(self.range.low)} and high {self.range.high}: the lowest floor and the "
            "highest ceiling of every source's latest figures, questionable sources included."
        )


@dataclass(frozen=True)
class EstimateExplanation:
    killed: KindExplanation = field(default_factory=lambda: KindExplanation(FigureKind.KILLED))
    injured: KindExplanation = field(default_factory=lambda: KindExplanation(FigureKind.INJURED))

    @property
    def kinds(self) -> tuple[KindExplanation, KindExplanation]:
        return (self.killed, self.injured)

    @property
    def undated_sources(self) -> tuple[CitedSource, ...]:
        """The counted sources without a published date, which the rule can only guess at."""
        found = {
            standing.source.id: standing.source
            for kind in self.kinds
            for standing in kind.standing
            if standing.source is not None and standing.source.published_on is None
        }
        return tuple(found[key] for key in sorted(found))


def estimate_explanation(figures: Iterable[ReportedFigure]) -> EstimateExplanation:
    """The rule of docs/estimate.md applied to `figures`, with every step kept."""
    figures = list(figures)
    return EstimateExplanation(
        killed=_explained(FigureKind.KILLED, [f for f in figures if f.kind == FigureKind.KILLED]),
        injured=_explained(
            FigureKind.INJURED, [f for f in figures if f.kind == FigureKind.INJURED]
        ),
    )


def derived_estimate(figures: Iterable[ReportedFigure]) -> Estimate:
    """Killed and injured low / best / high by the documented rule (docs/estimate.md)."""
    explanation = estimate_explanation(figures)
    return Estimate(killed=explanation.killed.range, injured=explanation.injured.range)


# The rule, per kind of figure.


@dataclass(frozen=True)
class _Reading:
    """What one figure says: a floor (None when it gives none), a single figure and a ceiling."""

    low: int | None
    point: int
    high: int


def _explained(kind: str, figures: list[ReportedFigure]) -> KindExplanation:
    left_out, counting = [], []
    for figure in figures:
        reason = _left_out_because(figure)
        if reason:
            left_out.append(LeftOutFigure(figure, reason))
        else:
            counting.append(figure)
    groups, superseded = _standing_groups(counting)
    left_out += [LeftOutFigure(f, LeftOutReason.SUPERSEDED) for f in superseded]
    if not groups:
        return KindExplanation(kind, left_out=_ordered(left_out))
    best, step, most_recent, voters = _best(groups)
    return KindExplanation(
        kind,
        range=_range(groups, best),
        standing=tuple(_standing(group, sets_best=n in voters) for n, group in enumerate(groups)),
        left_out=_ordered(left_out),
        best_step=step,
        most_recent=most_recent,
    )


def _range(groups: list[list[ReportedFigure]], best: int | None) -> CasualtyRange:
    """Low and high: the lowest floor and the highest ceiling of every source's latest figures."""
    readings = [_reading(f) for group in groups for f in group]
    floors = [r.low for r in readings if r.low is not None]
    if best is not None:
        floors.append(best)
    return CasualtyRange(
        low=min(floors) if floors else None, best=best, high=max(r.high for r in readings)
    )


def _left_out_because(figure: ReportedFigure) -> str | None:
    if figure.status != ReviewStatus.ACCEPTED:
        return LeftOutReason.NOT_ACCEPTED
    # Subgroup figures (children, foreigners) are parts, not totals.
    if figure.subgroup != Subgroup.ALL:
        return LeftOutReason.SUBGROUP
    if figure.is_perpetrator_claim:
        return LeftOutReason.PERPETRATOR_CLAIM
    return None


def _standing_groups(
    figures: list[ReportedFigure],
) -> tuple[list[list[ReportedFigure]], list[ReportedFigure]]:
    """Per source, the figures of its latest date (most recent source first), and the rest."""
    by_source: dict[object, list[ReportedFigure]] = defaultdict(list)
    for figure in figures:
        by_source[_source_key(figure)].append(figure)
    groups, superseded = [], []
    for group in by_source.values():
        latest = max(_date_order(f.reported_on) for f in group)
        groups.append([f for f in group if _date_order(f.reported_on) == latest])
        superseded += [f for f in group if _date_order(f.reported_on) != latest]
    groups.sort(key=lambda group: _date_order(group[0].reported_on), reverse=True)
    return groups, superseded


def _best(groups: list[list[ReportedFigure]]) -> tuple[int | None, str, dt.date | None, set[int]]:
    """Among trustworthy sources tied at the most recent date: the majority, else the lowest.

    Also says which step decided, the date of those sources and which of `groups` chose best
    (their positions).
    """
    trusted = [n for n, group in enumerate(groups) if not _is_questionable(group[0])]
    if not trusted:
        return None, BestStep.ONLY_QUESTIONABLE, None, set()
    latest = max(_date_order(groups[n][0].reported_on) for n in trusted)
    voters = [n for n in trusted if _date_order(groups[n][0].reported_on) == latest]
    votes = {n: _source_point(groups[n]) for n in voters}
    most_recent = groups[voters[0]][0].reported_on
    figure, count = Counter(votes.values()).most_common(1)[0]
    if len(votes) == 1:
        return figure, BestStep.SINGLE, most_recent, set(voters)
    if count * 2 > len(votes):
        return figure, BestStep.MAJORITY, most_recent, {n for n in voters if votes[n] == figure}
    return min(votes.values()), BestStep.LOWEST, most_recent, set(voters)


def _standing(group: list[ReportedFigure], *, sets_best: bool) -> SourceStanding:
    first = group[0]
    return SourceStanding(
        source=first.source,
        figures=tuple(group),
        reported_on=first.reported_on,
        date_basis=first.date_basis,
        point=_source_point(group),
        sets_best=sets_best,
    )


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


def counted_as(figure: ReportedFigure) -> int:
    """The single number a figure contributes to best (docs/estimate.md, the qualifier table)."""
    return _reading(figure).point


def _is_questionable(figure: ReportedFigure) -> bool:
    return figure.source is not None and figure.source.is_questionable


def _source_key(figure: ReportedFigure) -> object:
    if figure.source is not None:
        return ("source", figure.source.id)
    return ("unsourced", figure.figure_id)


def _date_order(day: dt.date | None) -> dt.date:
    return day if day is not None else dt.date.min


def _ordered(left_out: list[LeftOutFigure]) -> tuple[LeftOutFigure, ...]:
    reasons = list(LeftOutReason.values)
    return tuple(sorted(left_out, key=lambda x: (reasons.index(x.reason), x.figure.figure_id or 0)))


# The sentences, shared by the admin page and the API.


def _best_sentence(explained: KindExplanation) -> str:
    step, best = explained.best_step, explained.range.best
    when = _when(explained.most_recent)
    voters = [s for s in explained.standing if s.sets_best]
    if step == BestStep.NO_FIGURES:
        return "No accepted whole-incident figure counts: low, best and high stay empty."
    if step == BestStep.ONLY_QUESTIONABLE:
        return "Every source is questionable (grade D or E): best is left to a curator."
    if step == BestStep.SINGLE:
        return f"Best {best}: the figure of the most recent trustworthy source ({when})."
    recent = _recent_count(explained)
    if step == BestStep.MAJORITY:
        return f"Best {best}: {len(voters)} of the {recent} most recent sources ({when}) give it."
    points = ", ".join(str(s.point) for s in voters)
    return (
        f"Best {best}: the {recent} most recent sources ({when}) disagree ({points}) "
        "and no figure has a majority, so the lowest."
    )


def _recent_count(explained: KindExplanation) -> int:
    recent = [
        s
        for s in explained.standing
        if not s.is_questionable and s.reported_on == explained.most_recent
    ]
    return len(recent)


def _when(day: dt.date | None) -> str:
    if day is None:
        return "all undated, so equally recent"
    return f"{day.day} {day:%B %Y}"


def _shown(value: int | None) -> str:
    return "empty" if value is None else str(value)
