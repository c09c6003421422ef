"""Evidence for pages that show quotes: their source's title, never its (large) texts."""

from django.db.models import Prefetch, QuerySet

from incidents.models import Evidence, Source
from incidents.models.fact_types import FACT_TYPES

# Whichever fact an evidence row supports, reading it costs no extra query.
_EVIDENCE_COLUMNS = tuple(fact_type.evidence_column for fact_type in FACT_TYPES)


def evidence_with_source_titles() -> QuerySet[Evidence]:
    """Evidence for list pages: the source's title, never its (large) texts."""
    return Evidence.objects.select_related("source").only(
        "id", "quote", "start", "end", "source_id", "source__title", *_EVIDENCE_COLUMNS
    )


def facts_with_evidence(queryset: QuerySet) -> QuerySet:
    return queryset.prefetch_related(Prefetch("evidence", queryset=evidence_with_source_titles()))


def source_spans(source: Source) -> QuerySet[Evidence]:
    return source.evidence.only(
        "id", "start", "end", "attribute", "source_id", *_EVIDENCE_COLUMNS
    ).order_by("start")
