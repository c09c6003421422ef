"""Dating a source: the estimates of the incidents it is cited by follow its new date.

The derived estimate ranks sources by date and sets questionable ones (graded D or E)
aside (docs/estimate.md), so the date a curator gives an undated source, or a new grade,
can change which source's figure is the best one.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction

from incidents.models import CasualtyFigure, Incident, Source
from incidents.selectors.estimate_rule import ESTIMATE_FIELDS
from incidents.services.curation.estimates import incident_estimate_refresh


@dataclass(frozen=True)
class EstimateChange:
    """One incident's stored estimate before and after its sources' dates changed."""

    incident: Incident
    before: dict[str, int | None]
    after: dict[str, int | None]

    def describe(self) -> str:
        """What changed, as "Crocus City Hall attack: killed best 40 -> 149"."""
        changed = [
            f"{name.replace('_', ' ')} {self._shown(self.before[name])} -> "
            f"{self._shown(self.after[name])}"
            for name in ESTIMATE_FIELDS
            if self.before[name] != self.after[name]
        ]
        return f"{self.incident}: {', '.join(changed) or 'estimate unchanged'}"

    @property
    def changed(self) -> bool:
        return self.before != self.after

    @staticmethod
    def _shown(value: int | None) -> str:
        return "–" if value is None else str(value)


@transaction.atomic
def source_estimates_refresh(*, source: Source) -> list[EstimateChange]:
    """Re-derive the estimate of every incident whose figures cite `source`.

    Call it after the source's date or reliability changed. Curated estimates stay as the
    curator set them (`incident_estimate_refresh` leaves them alone): they come back unchanged.
    """
    incident_ids = CasualtyFigure.objects.filter(evidence__source=source).values("incident_id")
    return [
        _refreshed(incident)
        for incident in Incident.objects.filter(pk__in=incident_ids).order_by("pk")
    ]


def _refreshed(incident: Incident) -> EstimateChange:
    before = _estimate_fields(incident)
    return EstimateChange(
        incident, before, _estimate_fields(incident_estimate_refresh(incident=incident))
    )


def _estimate_fields(incident: Incident) -> dict[str, int | None]:
    return {name: getattr(incident, name) for name in ESTIMATE_FIELDS}
