"""The figures an incident's casualty timeline plots: killed and injured, each with its date."""

import datetime as dt
from dataclasses import dataclass

from incidents.models import CasualtyFigure, Incident
from incidents.models.vocabularies import FigureKind, ReviewStatus

TIMELINE_KINDS = (FigureKind.KILLED, FigureKind.INJURED)


@dataclass(frozen=True)
class DatedFigure:
    figure_id: int
    kind: str
    value: int
    accepted: bool
    reported_on: dt.date | None
    source_title: str  # empty for a figure no source quotes


def incident_dated_figures(*, incident: Incident, include_proposed: bool) -> list[DatedFigure]:
    """Killed/injured figures, once per source that quotes them.

    The date is the figure's reported_on, else its source's published date, else the date
    the figure is "as of": the same order the derived estimate reads them in.
    """
    statuses = [ReviewStatus.ACCEPTED, *([ReviewStatus.PROPOSED] if include_proposed else [])]
    rows = (
        CasualtyFigure.objects.filter(
            incident=incident, kind__in=TIMELINE_KINDS, review_status__in=statuses
        )
        .values_list(
            "pk",
            "kind",
            "value",
            "review_status",
            "reported_on",
            "evidence__source__title",
            "evidence__source__published_on",
            "as_of",
        )
        .distinct()
    )
    return [
        DatedFigure(
            pk,
            kind,
            value,
            status == ReviewStatus.ACCEPTED,
            reported_on or published_on or as_of,
            title or "",
        )
        for pk, kind, value, status, reported_on, title, published_on, as_of in rows
    ]
