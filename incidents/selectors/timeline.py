"""The figures an incident's casualty timeline plots: killed and injured, each with its date."""

import datetime as dt
from dataclasses import dataclass

from incidents.models import CasualtyFigure, Incident
from incidents.models.vocabularies import FigureKind, Qualifier, ReviewStatus, Subgroup

TIMELINE_KINDS = (FigureKind.KILLED, FigureKind.INJURED)


@dataclass(frozen=True)
class DatedFigure:
    figure_id: int
    kind: str
    value: int
    accepted: bool
    reported_on: dt.date | None  # the date the figure stands at; None when nobody knows it
    source_title: str  # empty for a figure no source quotes
    qualifier: str = Qualifier.EXACT
    value_max: int | None = None
    dated_by: str = ""  # where reported_on comes from: "reported", "published" or "as of"
    source_id: int | None = None
    source_published_on: dt.date | None = None
    # With no published date: the latest date the source mentions (it was written after it).
    source_published_after: dt.date | None = None


def incident_dated_figures(*, incident: Incident, include_proposed: bool) -> list[DatedFigure]:
    """Whole-incident killed/injured figures, once per source that quotes them.

    The date is the figure's reported_on, else its source's published date, else the date
    the figure is "as of": the same order the derived estimate reads them in. Subgroup
    figures (children, foreigners) are parts of a total, not totals, and are left out.
    """
    statuses = [ReviewStatus.ACCEPTED, *([ReviewStatus.PROPOSED] if include_proposed else [])]
    rows = (
        CasualtyFigure.objects.filter(
            incident=incident,
            kind__in=TIMELINE_KINDS,
            review_status__in=statuses,
            subgroup=Subgroup.ALL,
        )
        .values_list(
            "pk",
            "kind",
            "value",
            "value_max",
            "qualifier",
            "review_status",
            "reported_on",
            "as_of",
            "evidence__source_id",
            "evidence__source__title",
            "evidence__source__published_on",
            "evidence__source__published_after",
        )
        .distinct()
        .order_by("pk", "evidence__source_id")
    )
    return [_dated_figure(*row) for row in rows]


def _dated_figure(
    pk, kind, value, value_max, qualifier, status, reported_on, as_of, source_id, title, on, after
) -> DatedFigure:
    dates = (("reported", reported_on), ("published", on), ("as of", as_of))
    dated_by, day = next(((basis, day) for basis, day in dates if day), ("", None))
    return DatedFigure(
        figure_id=pk,
        kind=kind,
        value=value,
        accepted=status == ReviewStatus.ACCEPTED,
        reported_on=day,
        source_title=title or "",
        qualifier=qualifier,
        value_max=value_max,
        dated_by=dated_by,
        source_id=source_id,
        source_published_on=on,
        source_published_after=after,
    )
