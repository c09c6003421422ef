"""The admin's start page for staff: what waits for review, what came in, what moved.

It is Django's admin index with the curators' panels above the list of tables: proposed
facts by kind and by incident (each a link into the review queue), the recent imports
with their summaries, the incidents whose estimate changed lately, and the Import button.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.contrib import admin
from django.urls import reverse

from incidents.admin.decisions import estimate_change_text
from incidents.models.fact_types import REVIEWED_FACT_TYPES
from incidents.selectors.estimate_rule import ESTIMATE_FIELDS
from incidents.selectors.review import proposed_backlog
from incidents.selectors.start import (
    proposed_by_kind,
    recent_estimate_changes,
    recent_import_jobs,
    recent_sources,
)


@dataclass(frozen=True)
class Waiting:
    label: str
    count: int
    url: str


def start_page(request):
    """Django's index, with the start page's panels in its context and template."""
    response = admin.site.index(request, extra_context=start_context(request))
    response.template_name = "admin/incidents/start.html"
    return response


def start_context(request) -> dict:
    by_incident, incidents_waiting = waiting_by_incident()
    return {
        "waiting_by_kind": waiting_by_kind(),
        "waiting_by_incident": by_incident,
        "incidents_waiting": incidents_waiting,
        "recent_jobs": recent_import_jobs(),
        "recent_sources": recent_sources(),
        "estimate_changes": [
            (change, estimate_change_text(change.before, change.after))
            for change in recent_estimate_changes(ESTIMATE_FIELDS)
        ],
        "may_review": request.user.has_perm("incidents.change_casualtyfigure"),
        "may_import": request.user.has_perm("incidents.add_source"),
        "import_url": reverse("admin:incidents_source_import_documents"),
        "queue_url": reverse("incidents_review_queue"),
    }


def waiting_by_kind() -> list[tuple[str, int, list[Waiting]]]:
    """Per fact type: its label, its proposed facts, and their split by kind with queue links."""
    counts = proposed_by_kind()
    rows = []
    for fact_type in REVIEWED_FACT_TYPES:
        by_kind = counts[fact_type.evidence_field]
        labels = _kind_labels(fact_type.model)
        kinds = [
            Waiting(labels.get(kind, kind), n, queue_link(type=fact_type.evidence_field, kind=kind))
            for kind, n in by_kind.items()
            if kind
        ]
        rows.append((f"{fact_type.label}s", sum(by_kind.values()), kinds))
    return rows


def waiting_by_incident() -> tuple[list[tuple[str, int, list[Waiting]]], int]:
    """For the incidents with most proposed facts: name, number, a queue link per type; and
    how many incidents have proposed facts."""
    labels = {fact_type.evidence_field: f"{fact_type.label}s" for fact_type in REVIEWED_FACT_TYPES}
    backlog, incidents_waiting = proposed_backlog()
    rows = [
        (
            row.name,
            row.total,
            [
                Waiting(labels[name], n, queue_link(type=name, incident=row.incident_id))
                for name, n in row.counts.items()
            ],
        )
        for row in backlog
    ]
    return rows, incidents_waiting


def queue_link(**params) -> str:
    return f"{reverse('incidents_review_queue')}?{urlencode(params)}"


def _kind_labels(model) -> dict[str, str]:
    fields = {field.name: field for field in model._meta.fields}
    return dict(fields["kind"].choices) if "kind" in fields else {}
