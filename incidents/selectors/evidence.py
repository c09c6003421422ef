"""Evidence for pages that show quotes: their source's title, never its (large) texts."""

from django.db.models import Prefetch, QuerySet

from incidents.models import Evidence, Source
from incidents.models.fact_types import EVIDENCE_FIELDS, FACT_TYPES, STATEMENT

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
    """Every quoted span of the source in text order, with the fact it supports.

    The facts come in the same query (their status and what they say), statements with
    their speaker; the quotes are left out, since the page cuts them from the source's text.
    """
    return (
        source.evidence.select_related(*EVIDENCE_FIELDS, f"{STATEMENT.evidence_field}__speaker")
        .defer("quote")
        .order_by("start", "-end", "pk")
    )
