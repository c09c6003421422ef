"""Search: full text on PostgreSQL (the GIN indexes of migration 0005), substrings elsewhere."""

from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db import connection
from django.db.models import Exists, OuterRef, Q, QuerySet

from incidents.models import (
    Actor,
    ActorAlias,
    CasualtyFigure,
    Evidence,
    Incident,
    IncidentPerpetrator,
    Statement,
    Suspect,
    SuspectNameVariant,
    alias_key,
)

# The text-search configuration of the GIN indexes (migration 0005); queries must use the same.
SEARCH_CONFIG = "english"


def incident_search_vector() -> SearchVector:
    return SearchVector("name", "summary", config=SEARCH_CONFIG)


def statement_search_vector() -> SearchVector:
    return SearchVector("text", config=SEARCH_CONFIG)


def evidence_search_vector() -> SearchVector:
    return SearchVector("quote", config=SEARCH_CONFIG)


def actors_named(name: str) -> QuerySet[Actor]:
    """Actors whose name or any alias matches `name` (case, accents and dashes ignored)."""
    key = alias_key(name)
    aliased = ActorAlias.objects.filter(actor=OuterRef("pk"), alias_key=key)
    return Actor.objects.filter(Q(name_key=key) | Exists(aliased))


def incidents_perpetrated_by(
    incidents: QuerySet[Incident], actors: QuerySet[Actor]
) -> QuerySet[Incident]:
    links = IncidentPerpetrator.objects.filter(incident=OuterRef("pk"), actor__in=actors)
    return incidents.filter(Exists(links))


def is_full_text_available() -> bool:
    return connection.vendor == "postgresql"


def incidents_matching(incidents: QuerySet[Incident], text: str) -> QuerySet[Incident]:
    """Full-text over names and summaries on PostgreSQL; a substring match elsewhere."""
    if is_full_text_available():
        query = SearchQuery(text, config=SEARCH_CONFIG, search_type="websearch")
        return incidents.annotate(search_document=incident_search_vector()).filter(
            search_document=query
        )
    return incidents.filter(Q(name__icontains=text) | Q(summary__icontains=text))


def statements_matching(statements: QuerySet[Statement], text: str) -> QuerySet[Statement]:
    if is_full_text_available():
        query = SearchQuery(text, config=SEARCH_CONFIG, search_type="websearch")
        return statements.annotate(search_document=statement_search_vector()).filter(
            Q(search_document=query)
            | Exists(_quotes_matching(text).filter(statement=OuterRef("pk")))
        )
    return statements.filter(
        Q(text__icontains=text) | Exists(_quotes_matching(text).filter(statement=OuterRef("pk")))
    )


def figures_matching(figures: QuerySet[CasualtyFigure], text: str) -> QuerySet[CasualtyFigure]:
    return figures.filter(Exists(_quotes_matching(text).filter(figure=OuterRef("pk"))))


def _quotes_matching(text: str) -> QuerySet[Evidence]:
    if is_full_text_available():
        query = SearchQuery(text, config=SEARCH_CONFIG, search_type="websearch")
        return Evidence.objects.annotate(search_document=evidence_search_vector()).filter(
            search_document=query
        )
    return Evidence.objects.filter(quote__icontains=text)


def suspects_matching(suspects: QuerySet[Suspect], text: str) -> QuerySet[Suspect]:
    variants = SuspectNameVariant.objects.filter(suspect=OuterRef("pk"), name__icontains=text)
    return suspects.filter(Q(full_name__icontains=text) | Exists(variants))
