"""What the review queue shows of one fact: its values, its quotes, its source, its incident."""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.db import models
from django.urls import reverse
from django.utils.safestring import SafeString

from incidents.admin.quotes import number_span, quote_in_paragraph_marked
from incidents.models import CasualtyFigure, Incident, Source
from incidents.models.fact_types import FactType
from incidents.selectors.estimate_rule import ESTIMATE_FIELDS, ESTIMATED_KINDS
from incidents.selectors.review import (
    Progress,
    QueueFilter,
    fact_citations,
    incident_lookup,
    review_progress,
)

# The fields the curator checks against the quote, per fact type, in reading order.
DETAIL_FIELDS = {
    "figure": (
        "kind",
        "qualifier",
        "value",
        "value_max",
        "subgroup",
        "attributed_to",
        "reported_on",
        "as_of",
    ),
    "statement": ("kind", "speaker", "channel", "made_on", "concerns", "text"),
    "suspect": ("full_name", "age", "role", "affiliation"),
    "status_event": ("suspect", "status", "occurred_on", "until", "charge"),
}


@dataclass(frozen=True)
class Citation:
    source_title: str
    source_url: str
    dated: str  # "2024-03-23", or "undated" with what the text lets us say
    grade: str
    paragraph: SafeString


@dataclass(frozen=True)
class EstimateRow:
    kind: str
    low: int | None
    best: int | None
    high: int | None


@dataclass(frozen=True)
class Card:
    fact_type: FactType
    fact: models.Model
    kind: str
    details: list[tuple[str, str]]
    citations: list[Citation]
    incident: Incident
    estimate: list[EstimateRow]
    progress: str
    edit_url: str
    decisions: dict[str, str]  # verdict -> the decision value its button posts
    may_change: bool


def fact_card(
    fact_type: FactType, fact: models.Model, *, queue: QueueFilter, back: str, may_change: bool
) -> Card:
    fact = _with_related(fact_type, fact)
    incident = Incident.objects.only("name", "estimate_is_curated", *ESTIMATE_FIELDS).get(
        pk=_incident_id(fact_type, fact)
    )
    progress = review_progress(fact_type, incident_id=incident.pk, kind=queue.kind)
    change_url = reverse(f"admin:incidents_{fact_type.model_name}_change", args=[fact.pk])
    return Card(
        fact_type=fact_type,
        fact=fact,
        kind=getattr(fact, "kind", ""),
        details=fact_details(fact_type, fact),
        citations=[_citation(fact, e) for e in fact_citations(fact_type, fact)],
        incident=incident,
        estimate=estimate_rows(incident),
        progress=progress_text(progress, fact_type, queue.kind),
        edit_url=f"{change_url}?{urlencode({'next': back})}",
        decisions={
            verdict: decision_value(verdict, fact_type, fact)
            for verdict in ("accept", "reject", "skip")
        },
        may_change=may_change,
    )


def decision_value(verdict: str, fact_type: FactType, fact: models.Model) -> str:
    """What a decision button posts: "accept:figure:12:3" (verdict, type, id, version seen)."""
    return f"{verdict}:{fact_type.evidence_field}:{fact.pk}:{fact.version}"


def progress_text(progress: Progress, fact_type: FactType, kind: str = "") -> str:
    """ "12 of 60 figures left for this incident" (with the kind, when the queue has one)."""
    noun = fact_type.label if progress.total == 1 else f"{fact_type.label}s"
    if kind:
        noun = f"{kind} {noun}"
    return f"{progress.left} of {progress.total} {noun} left for this incident"


def fact_details(fact_type: FactType, fact: models.Model) -> list[tuple[str, str]]:
    """(label, shown value) of each detail field the fact has a value for."""
    details = []
    for name in DETAIL_FIELDS.get(fact_type.evidence_field, ()):
        field = fact._meta.get_field(name)
        value = getattr(fact, name)
        if value is None or value == "":
            continue
        shown = getattr(fact, f"get_{name}_display")() if field.choices else str(value)
        details.append((str(field.verbose_name), shown))
    return details


def estimate_rows(incident: Incident) -> list[EstimateRow]:
    return [
        EstimateRow(
            kind,
            getattr(incident, f"{kind}_low"),
            getattr(incident, f"{kind}_best"),
            getattr(incident, f"{kind}_high"),
        )
        for kind in ESTIMATED_KINDS
    ]


def source_dated(source: Source) -> str:
    if source.published_on:
        return source.published_on.isoformat()
    if source.published_after:
        return f"undated (mentions {source.published_after.isoformat()})"
    return "undated"


def _citation(fact, evidence) -> Citation:
    source = evidence.source
    number = None
    if isinstance(fact, CasualtyFigure):
        number = number_span(evidence.quote, (fact.value, fact.value_max))
    return Citation(
        source_title=str(source),
        source_url=reverse("admin:incidents_source_change", args=[source.pk]),
        dated=source_dated(source),
        grade=source.get_reliability_display(),
        paragraph=quote_in_paragraph_marked(
            source.cleaned_text, evidence.start, evidence.end, number
        ),
    )


def _with_related(fact_type: FactType, fact: models.Model) -> models.Model:
    related = [
        name
        for name in DETAIL_FIELDS.get(fact_type.evidence_field, ())
        if fact._meta.get_field(name).is_relation
    ]
    return type(fact).objects.select_related(*related).get(pk=fact.pk)


def _incident_id(fact_type: FactType, fact: models.Model) -> int:
    value = fact
    for step in incident_lookup(fact_type).split("__"):
        value = getattr(value, step)
    return value
