"""The curators' start page: facts waiting by kind, recent imports, recent estimate changes."""

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from django.db.models import Count, Q, QuerySet

from incidents.models import DocumentStatus, ImportJob, Incident, Source
from incidents.models.fact_types import REVIEWED_FACT_TYPES
from incidents.models.vocabularies import ReviewStatus

# Estimate changes are found among this many of the newest incident history rows: enough
# for a page of recent changes, and one cheap query whatever the history's length.
HISTORY_WINDOW = 500


def proposed_by_kind() -> dict[str, dict[str, int]]:
    """Per fact type, its proposed facts per kind (killed, injured, ...), or under "" if it
    has no kinds; every type present."""
    counts: dict[str, dict[str, int]] = {}
    for fact_type in REVIEWED_FACT_TYPES:
        proposed = fact_type.model.objects.filter(review_status=ReviewStatus.PROPOSED)
        if any(field.name == "kind" for field in fact_type.model._meta.fields):
            rows = proposed.values_list("kind").annotate(n=Count("pk")).order_by("kind")
            counts[fact_type.evidence_field] = dict(rows)
        else:
            counts[fact_type.evidence_field] = {"": proposed.count()}
    return counts


def recent_import_jobs(limit: int = 5) -> QuerySet[ImportJob]:
    """The newest import jobs with their documents counted per status."""
    per_status = {
        status: Count("documents", filter=Q(documents__status=status))
        for status in DocumentStatus.values
    }
    # The newest ids first, so the counting joins only those jobs' documents.
    newest = list(ImportJob.objects.values_list("pk", flat=True)[:limit])
    return (
        ImportJob.objects.filter(pk__in=newest).select_related("created_by").annotate(**per_status)
    )


def recent_sources(limit: int = 5) -> QuerySet[Source]:
    """The newest imported sources with the facts quoted from each, counted per fact type."""
    per_type = {
        f"n_{fact_type.evidence_field}": Count(
            f"evidence__{fact_type.evidence_field}", distinct=True
        )
        for fact_type in REVIEWED_FACT_TYPES
    }
    # The newest ids first (ids grow with imports, and their index serves any table size),
    # so the counting joins only those sources' evidence.
    newest = list(Source.objects.order_by("-pk").values_list("pk", flat=True)[:limit])
    return (
        Source.objects.filter(pk__in=newest)
        .only("id", "title", "file_name", "imported_at", "published_on", "published_after")
        .annotate(**per_type)
        .order_by("-pk")
    )


@dataclass(frozen=True)
class EstimateChange:
    incident_id: int
    incident_name: str
    changed_at: dt.datetime
    user: str
    before: dict
    after: dict


def recent_estimate_changes(fields: Iterable[str], limit: int = 5) -> list[EstimateChange]:
    """The newest saves of an incident that changed one of the estimate `fields`."""
    fields = tuple(fields)
    rows = list(
        Incident.history.select_related("history_user")
        .only("id", "name", "history_date", "history_type", "history_user__username", *fields)
        .order_by("-history_date", "-history_id")[:HISTORY_WINDOW]
    )
    by_incident = defaultdict(list)
    for row in rows:
        by_incident[row.id].append(row)
    changes = [
        _change(newer, older, fields)
        for history in by_incident.values()
        for newer, older in pairwise(history)
        if _estimate(newer, fields) != _estimate(older, fields)
    ]
    changes.sort(key=lambda change: change.changed_at, reverse=True)
    return changes[:limit]


def _estimate(row, fields: tuple[str, ...]) -> dict:
    return {name: getattr(row, name) for name in fields}


def _change(newer, older, fields: tuple[str, ...]) -> EstimateChange:
    return EstimateChange(
        incident_id=newer.id,
        incident_name=newer.name,
        changed_at=newer.history_date,
        user=newer.history_user.username if newer.history_user else "",
        before=_estimate(older, fields),
        after=_estimate(newer, fields),
    )
