"""The incident's low / best / high estimate, derived from accepted figures unless curated.

Minimal version for the admin branch; the lead reconciles it with the estimates helper's.
Rule: only accepted whole-population figures count; low is the lowest value, high the highest
(range tops included), best the most recently reported value (GTD: the most recent source).
"""

import datetime as dt
from dataclasses import dataclass

from django.db import transaction

from incidents.models import CasualtyFigure, Incident
from incidents.models.vocabularies import FigureKind, ReviewStatus

ESTIMATED_KINDS = (FigureKind.KILLED, FigureKind.INJURED)


@dataclass(frozen=True)
class Estimate:
    low: int | None
    best: int | None
    high: int | None


@dataclass(frozen=True)
class ReportedFigure:
    value: int
    value_max: int | None
    reported_on: dt.date | None


def derived_estimate(figures: list[ReportedFigure]) -> Estimate:
    if not figures:
        return Estimate(None, None, None)
    latest = max(figures, key=lambda f: f.reported_on or dt.date.min)
    return Estimate(
        low=min(f.value for f in figures),
        best=latest.value,
        high=max(f.value_max or f.value for f in figures),
    )


def incident_derived_estimates(*, incident: Incident) -> dict[str, Estimate]:
    rows = CasualtyFigure.objects.filter(
        incident=incident,
        review_status=ReviewStatus.ACCEPTED,
        subgroup="",
        kind__in=ESTIMATED_KINDS,
    ).values_list("kind", "value", "value_max", "reported_on")
    by_kind: dict[str, list[ReportedFigure]] = {kind: [] for kind in ESTIMATED_KINDS}
    for kind, value, value_max, reported_on in rows:
        by_kind[kind].append(ReportedFigure(value, value_max, reported_on))
    return {kind: derived_estimate(figures) for kind, figures in by_kind.items()}


@transaction.atomic
def incident_estimate_refresh(*, incident: Incident) -> Incident:
    """Write the derived estimate onto the incident, unless a curator has set it."""
    if incident.estimate_is_curated:
        return incident
    for kind, estimate in incident_derived_estimates(incident=incident).items():
        for part in ("low", "best", "high"):
            setattr(incident, f"{kind}_{part}", getattr(estimate, part))
    incident.version += 1
    incident.full_clean()
    incident.save()
    return incident


@transaction.atomic
def incident_estimate_reset(*, incident: Incident) -> Incident:
    """Go back to the derived estimate: drop the curator's override."""
    incident.estimate_is_curated = False
    incident._change_reason = "estimate: back to derived"
    return incident_estimate_refresh(incident=incident)
