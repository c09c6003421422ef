"""The incident's killed and injured low / best / high: derived from accepted figures, or curated.

Minimal stand-in with the same public names as the estimates service written in the main
tree (ReportedFigure, CasualtyRange, Estimate, derived_estimate, incident_reported_figures,
incident_estimate_refresh, incident_estimate_reset); the lead keeps that one. Rule here:
accepted whole-population figures only; low the lowest value, high the highest (range tops
included), best the most recently reported value (GTD: the most recent source).
"""

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from django.db import transaction

from incidents.models import CasualtyFigure, Incident
from incidents.models.vocabularies import FigureKind, ReviewStatus, Subgroup

ESTIMATED_KINDS = (FigureKind.KILLED, FigureKind.INJURED)


@dataclass(frozen=True)
class ReportedFigure:
    kind: str
    value: int
    value_max: int | None = None
    reported_on: dt.date | None = None


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
        return {
            f"{kind}_{part}": getattr(getattr(self, kind), part)
            for kind in ESTIMATED_KINDS
            for part in ("low", "best", "high")
        }


def derived_estimate(figures: Iterable[ReportedFigure]) -> Estimate:
    figures = list(figures)
    return Estimate(
        killed=_kind_range([f for f in figures if f.kind == FigureKind.KILLED]),
        injured=_kind_range([f for f in figures if f.kind == FigureKind.INJURED]),
    )


def incident_reported_figures(*, incident: Incident) -> list[ReportedFigure]:
    rows = CasualtyFigure.objects.filter(
        incident=incident,
        review_status=ReviewStatus.ACCEPTED,
        subgroup=Subgroup.ALL,
        kind__in=ESTIMATED_KINDS,
    ).values_list("kind", "value", "value_max", "reported_on")
    return [ReportedFigure(*row) for row in rows]


@transaction.atomic
def incident_estimate_refresh(*, incident: Incident) -> Incident:
    """Write the derived estimate onto the incident, unless a curator has set it."""
    if incident.estimate_is_curated:
        return incident
    estimate = derived_estimate(incident_reported_figures(incident=incident))
    for name, value in estimate.as_fields().items():
        setattr(incident, name, value)
    incident.version += 1
    incident.full_clean()
    incident.save()
    return incident


@transaction.atomic
def incident_estimate_reset(*, incident: Incident) -> Incident:
    """Go back to the derived estimate: drop the curator's override."""
    incident.estimate_is_curated = False
    return incident_estimate_refresh(incident=incident)


def _kind_range(figures: list[ReportedFigure]) -> CasualtyRange:
    if not figures:
        return CasualtyRange()
    latest = max(figures, key=lambda f: f.reported_on or dt.date.min)
    return CasualtyRange(
        low=min(f.value for f in figures),
        best=latest.value,
        high=max(f.value_max or f.value for f in figures),
    )
