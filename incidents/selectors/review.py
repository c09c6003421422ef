"""What waits for review: the one-at-a-time queue, its progress and the counts per incident.

The queue goes by fact type in the fact table's order (figures first, then statements,
suspects and status events), and within a type in the order the extractor proposed them,
which is the order of the sentences in each source.
"""

from collections.abc import Collection, Iterable
from dataclasses import dataclass

from django.db.models import Count, Model, Q, QuerySet

from incidents.models import Evidence, Incident
from incidents.models.fact_types import REVIEWED_FACT_TYPES, FactType
from incidents.models.vocabularies import ReviewStatus

# How each reviewed model reaches its incident (a status event through its suspect).
INCIDENT_LOOKUPS = {"status_event": "suspect__incident_id"}


def incident_lookup(fact_type: FactType) -> str:
    return INCIDENT_LOOKUPS.get(fact_type.evidence_field, "incident_id")


@dataclass(frozen=True)
class QueueFilter:
    """Which proposed facts the curator asked for: a type, an incident, a kind (killed, ...)."""

    fact_type: FactType | None = None
    incident_id: int | None = None
    kind: str = ""


@dataclass(frozen=True)
class Progress:
    left: int
    total: int


def queue_types(queue: QueueFilter) -> tuple[FactType, ...]:
    return (queue.fact_type,) if queue.fact_type else REVIEWED_FACT_TYPES


def proposed_facts(fact_type: FactType, queue: QueueFilter) -> QuerySet:
    """The proposed facts of one type that the filter selects, in review order."""
    facts = fact_type.model.objects.filter(review_status=ReviewStatus.PROPOSED)
    if queue.incident_id is not None:
        facts = facts.filter(**{incident_lookup(fact_type): queue.incident_id})
    if queue.kind and _has_field(fact_type.model, "kind"):
        facts = facts.filter(kind=queue.kind)
    return facts.order_by("pk")


def next_proposed_fact(
    queue: QueueFilter, *, skipped: Collection[tuple[str, int]] = ()
) -> tuple[FactType, Model] | None:
    """The first proposed fact the filter selects that the curator has not skipped."""
    for fact_type in queue_types(queue):
        passed = [pk for label, pk in skipped if label == fact_type.evidence_field]
        fact = proposed_facts(fact_type, queue).exclude(pk__in=passed).first()
        if fact is not None:
            return fact_type, fact
    return None


def review_progress(fact_type: FactType, *, incident_id: int, kind: str = "") -> Progress:
    """How many facts of this type (and kind) the incident has, and how many are proposed."""
    facts = fact_type.model.objects.filter(**{incident_lookup(fact_type): incident_id})
    if kind and _has_field(fact_type.model, "kind"):
        facts = facts.filter(kind=kind)
    counts = facts.aggregate(
        total=Count("pk"), left=Count("pk", filter=Q(review_status=ReviewStatus.PROPOSED))
    )
    return Progress(left=counts["left"], total=counts["total"])


def fact_citations(fact_type: FactType, fact: Model) -> QuerySet[Evidence]:
    """The fact's evidence with its source, texts included: the page shows each paragraph."""
    return (
        Evidence.objects.filter(**{fact_type.evidence_field: fact})
        .select_related("source")
        .defer("source__raw_text", "source__offset_map")
        .order_by("source_id", "start")
    )


def incident_estimates(incident_ids: Iterable[int], fields: Iterable[str]) -> dict[int, dict]:
    """The named estimate fields of each incident, {id: {field: value}}."""
    rows = Incident.objects.filter(pk__in=list(incident_ids)).values("pk", *fields)
    return {row.pop("pk"): row for row in rows}


@dataclass(frozen=True)
class IncidentBacklog:
    incident_id: int
    name: str
    counts: dict[str, int]  # {fact type's evidence field: proposed facts}

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def proposed_backlog(limit: int = 20) -> tuple[list[IncidentBacklog], int]:
    """The `limit` incidents with most proposed facts, with their counts per type, and the
    number of incidents with anything proposed."""
    counts: dict[int, dict[str, int]] = {}
    for fact_type in REVIEWED_FACT_TYPES:
        lookup = incident_lookup(fact_type)
        rows = (
            fact_type.model.objects.filter(review_status=ReviewStatus.PROPOSED)
            .values_list(lookup)
            .annotate(n=Count("pk"))
            .order_by()
        )
        for incident_id, n in rows:
            counts.setdefault(incident_id, {})[fact_type.evidence_field] = n
    busiest = sorted(counts, key=lambda pk: (-sum(counts[pk].values()), pk))[:limit]
    names = dict(Incident.objects.filter(pk__in=busiest).values_list("pk", "name"))
    backlog = [
        IncidentBacklog(incident_id=pk, name=names.get(pk, f"Incident {pk}"), counts=counts[pk])
        for pk in busiest
    ]
    return backlog, len(counts)


def _has_field(model: type[Model], name: str) -> bool:
    return any(field.name == name for field in model._meta.get_fields())
