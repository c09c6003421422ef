"""Read queries shared by the API and the admin: filtered by review status, prefetched once.

Every selector returns a lazy queryset whose related data is fetched in a fixed number of
queries, so a page costs the same whatever the number of rows and facts.
"""

from collections.abc import Iterable

from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db import connection
from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet
from django.urls import reverse

from incidents.models import (
    Actor,
    ActorAlias,
    CasualtyFigure,
    Evidence,
    Incident,
    IncidentAttackType,
    IncidentPerpetrator,
    IncidentTargetType,
    IncidentWeaponType,
    RecordRemoval,
    Source,
    Statement,
    Suspect,
    SuspectNameVariant,
    SuspectStatusEvent,
    alias_key,
)
from incidents.models.vocabularies import FigureKind, ReviewStatus
from incidents.timeline import EstimateBand, TimelinePoint

# The text-search configuration of the GIN indexes (migration 0002); queries must use the same.
SEARCH_CONFIG = "english"

ACCEPTED_ONLY: tuple[str, ...] = (ReviewStatus.ACCEPTED,)

INCIDENT_LIST_FIELDS = (
    "id",
    "slug",
    "name",
    "start_date",
    "end_date",
    "date_precision",
    "city",
    "region",
    "country",
    "latitude",
    "longitude",
    "location_precision",
    "claimed",
    "killed_low",
    "killed_best",
    "killed_high",
    "injured_low",
    "injured_best",
    "injured_high",
    "estimate_is_curated",
    "updated_at",
)


def incident_search_vector() -> SearchVector:
    return SearchVector("name", "summary", config=SEARCH_CONFIG)


def statement_search_vector() -> SearchVector:
    return SearchVector("text", config=SEARCH_CONFIG)


def evidence_search_vector() -> SearchVector:
    return SearchVector("quote", config=SEARCH_CONFIG)


def _evidence() -> Prefetch:
    """Evidence has no review status of its own: it is shown with the fact it supports."""
    return Prefetch("evidence", queryset=Evidence.objects.select_related("source"))


def _perpetrators() -> Prefetch:
    return Prefetch(
        "perpetrator_links",
        queryset=IncidentPerpetrator.objects.select_related("actor").order_by("actor__name"),
    )


def _codes(lookup: str, model: type) -> Prefetch:
    return Prefetch(lookup, queryset=model.objects.order_by("code"))


def incident_list() -> QuerySet[Incident]:
    """Incidents with only the columns a list shows; codes and perpetrators in two queries."""
    return Incident.objects.only(*INCIDENT_LIST_FIELDS).prefetch_related(
        _codes("attack_types", IncidentAttackType), _perpetrators()
    )


def incident_detail(*, statuses: Iterable[str] = ACCEPTED_ONLY) -> QuerySet[Incident]:
    """Incidents with every embedded fact of the given review statuses and its evidence."""
    statuses = tuple(statuses)
    figures = (
        CasualtyFigure.objects.filter(review_status__in=statuses)
        .select_related("attributed_to")
        .prefetch_related(_evidence())
        .order_by("reported_on", "kind", "id")
    )
    return Incident.objects.prefetch_related(
        _codes("attack_types", IncidentAttackType),
        _codes("weapon_types", IncidentWeaponType),
        _codes("target_types", IncidentTargetType),
        _perpetrators(),
        Prefetch("casualty_figures", queryset=figures),
        Prefetch("statements", queryset=statement_list(statuses=statuses)),
        Prefetch("suspects", queryset=suspect_list(statuses=statuses)),
        _evidence(),
    )


def figure_list(*, statuses: Iterable[str] = ACCEPTED_ONLY) -> QuerySet[CasualtyFigure]:
    return (
        CasualtyFigure.objects.filter(review_status__in=tuple(statuses))
        .select_related("attributed_to")
        .prefetch_related(_evidence())
    )


def statement_list(*, statuses: Iterable[str] = ACCEPTED_ONLY) -> QuerySet[Statement]:
    statuses = tuple(statuses)
    return (
        Statement.objects.filter(review_status__in=statuses)
        .select_related("speaker", "concerns")
        .prefetch_related(_evidence())
    )


def suspect_list(*, statuses: Iterable[str] = ACCEPTED_ONLY) -> QuerySet[Suspect]:
    """Suspects with names, citizenships and the legal history of the same statuses."""
    statuses = tuple(statuses)
    events = (
        SuspectStatusEvent.objects.filter(review_status__in=statuses)
        .prefetch_related(_evidence())
        .order_by("occurred_on", "id")
    )
    return (
        Suspect.objects.filter(review_status__in=statuses)
        .select_related("affiliation")
        .prefetch_related(
            "name_variants",
            "citizenships",
            Prefetch("status_events", queryset=events),
            _evidence(),
        )
    )


def source_list() -> QuerySet[Source]:
    """Sources without their texts, which only a detail request needs."""
    return Source.objects.defer("raw_text", "cleaned_text", "offset_map")


def source_detail() -> QuerySet[Source]:
    return Source.objects.defer("raw_text", "offset_map")


def actor_list() -> QuerySet[Actor]:
    return Actor.objects.prefetch_related("aliases")


def removal_list() -> QuerySet[RecordRemoval]:
    return RecordRemoval.objects.all()


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


TIMELINE_KINDS = (FigureKind.KILLED, FigureKind.INJURED)
NO_SOURCE = "(no source)"


def incident_timeline_points(*, incident: Incident, include_proposed: bool) -> list[TimelinePoint]:
    """Killed/injured figures by report date (reported_on, else the source's date), per source."""
    statuses = [ReviewStatus.ACCEPTED, *([ReviewStatus.PROPOSED] if include_proposed else [])]
    rows = (
        CasualtyFigure.objects.filter(
            incident=incident, kind__in=TIMELINE_KINDS, review_status__in=statuses
        )
        .values_list(
            "pk",
            "kind",
            "value",
            "review_status",
            "reported_on",
            "evidence__source__title",
            "evidence__source__published_on",
        )
        .distinct()
    )
    points = []
    for pk, kind, value, status, reported_on, title, published_on in rows:
        day = reported_on or published_on
        if day is None:
            continue
        url = reverse("admin:incidents_casualtyfigure_change", args=[pk])
        points.append(
            TimelinePoint(
                day, value, kind, title or NO_SOURCE, status == ReviewStatus.ACCEPTED, url
            )
        )
    return sorted(points, key=lambda p: (p.reported_on, p.series))


def incident_estimate_bands(incident: Incident) -> dict[str, EstimateBand]:
    return {
        kind: EstimateBand(
            getattr(incident, f"{kind}_low"),
            getattr(incident, f"{kind}_best"),
            getattr(incident, f"{kind}_high"),
        )
        for kind in TIMELINE_KINDS
    }


def evidence_with_source_titles() -> QuerySet[Evidence]:
    """Evidence for list pages: the source's title, never its (large) texts."""
    return Evidence.objects.select_related("source").only(
        "id",
        "quote",
        "start",
        "end",
        "source_id",
        "source__title",
        "figure_id",
        "statement_id",
        "suspect_id",
        "status_event_id",
    )


def facts_with_evidence(queryset: QuerySet) -> QuerySet:
    return queryset.prefetch_related(Prefetch("evidence", queryset=evidence_with_source_titles()))


def source_spans(source: Source) -> QuerySet[Evidence]:
    return source.evidence.only(
        "id",
        "start",
        "end",
        "figure_id",
        "statement_id",
        "suspect_id",
        "status_event_id",
        "incident_id",
        "attribute",
        "source_id",
    ).order_by("start")
