"""Accepting and rejecting proposed facts, with history, tombstones and optimistic locking.

Every write is a conditional UPDATE ... WHERE version = <the version the curator saw>, so a
decision taken on a stale page is refused instead of overwriting someone else's edit.
Queryset updates bypass django-simple-history, so each touched row gets its history record
explicitly (one bulk insert per call), naming the reviewer and the decision.
"""

from collections.abc import Mapping
from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser
from django.db import models, transaction
from django.utils import timezone

from incidents.models import (
    CasualtyFigure,
    Incident,
    RemovalReason,
)
from incidents.models.vocabularies import ReviewStatus
from incidents.services.curation.estimates import incident_estimate_refresh
from incidents.services.curation.removals import removals_record

REVIEW_DECISIONS = (ReviewStatus.ACCEPTED, ReviewStatus.REJECTED)


@dataclass(frozen=True)
class ReviewOutcome:
    """Which facts took the decision, and which were refused because they had changed."""

    changed: tuple[int, ...]
    refused: tuple[int, ...]


def fact_review(
    *,
    model: type[models.Model],
    seen_versions: Mapping[int, int],
    status: ReviewStatus,
    user: AbstractBaseUser | None,
) -> ReviewOutcome:
    """Set the review status of the facts {pk: version seen} whose version is still the seen one."""
    if status not in REVIEW_DECISIONS:
        raise ValueError(f"A review decides accepted or rejected, not “{status}”.")
    with transaction.atomic():
        changed = _update_where_unchanged(model, seen_versions, status, user)
        _after_review(model, changed, status, user)
    refused = tuple(pk for pk in seen_versions if pk not in set(changed))
    return ReviewOutcome(changed=tuple(changed), refused=refused)


def fact_review_stamp(*, fact: models.Model, user, previous_status: str) -> None:
    """For a single save through a form: stamp reviewer and time, tombstone a rejection."""
    fact.reviewed_by = user
    fact.reviewed_at = timezone.now()
    if fact.review_status == ReviewStatus.REJECTED != previous_status:
        removals_record(model=type(fact), object_ids=[fact.pk], reason=RemovalReason.REJECTED)


def _update_where_unchanged(model, seen_versions, status, user) -> list[int]:
    now = timezone.now()
    changed = []
    # One UPDATE per row: each carries its own "version = seen" condition.
    for pk, version in seen_versions.items():
        updated = model.objects.filter(pk=pk, version=version).update(
            review_status=status,
            reviewed_by=user,
            reviewed_at=now,
            version=models.F("version") + 1,
            updated_at=now,
        )
        if updated:
            changed.append(pk)
    return changed


def _after_review(model, changed: list[int], status: str, user) -> None:
    if not changed:
        return
    touched = list(model.objects.filter(pk__in=changed))
    model.history.bulk_history_create(
        touched,
        update=True,
        default_user=user,
        default_change_reason=f"review: {status}",
    )
    if status == ReviewStatus.REJECTED:
        removals_record(model=model, object_ids=changed, reason=RemovalReason.REJECTED)
    if model is CasualtyFigure:
        incident_ids = {figure.incident_id for figure in touched}
        for incident in Incident.objects.filter(pk__in=incident_ids):
            incident_estimate_refresh(incident=incident)
