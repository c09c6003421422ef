"""Storing the derived casualty estimate: an incident's killed and injured low / best / high.

The rule is `derived_estimate` (incidents/selectors/estimate_rule.py), a pure function over
the records `incident_reported_figures` loads; these services apply it and save the result.
The rule, and why each choice was made, is in docs/estimate.md.
"""

from __future__ import annotations

from django.db import transaction

from incidents.models import Incident
from incidents.selectors.estimate_rule import derived_estimate
from incidents.selectors.estimates import incident_reported_figures


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
