"""Read queries shared by the API and the admin: filtered by review status, prefetched once.

Every selector returns a lazy queryset whose related data is fetched in a fixed number of
queries, so a page costs the same whatever the number of rows and facts.
"""

import datetime as dt
from collections import defaultdict
from collections.abc import Collection, Iterable
from functools import cache

from django.contrib.postgres.expressions import ArraySubquery
from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db import connection
from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet
from django.db.models.expressions import RawSQL
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
    SuspectCitizenship,
    SuspectNameVariant,
    SuspectStatusEvent,
    alias_key,
)
from incidents.models.fact_types import FACT_TYPES
from incidents.models.vocabularies import FigureKind, ReviewStatus
from incidents.timeline import EstimateBand, TimelinePoint

# The text-search configuration of the GIN indexes (migration 0005); queries must use the same.
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
    """Incidents to filter and page; the page reads INCIDENT_LIST_FIELDS as .values() rows."""
    return Incident.objects.all()


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
        Prefetch("statements", queryset=statement_detail(statuses=statuses)),
        Prefetch("suspects", queryset=suspect_detail(statuses=statuses)),
        _evidence(),
    )


def figure_list(*, statuses: Iterable[str] = ACCEPTED_ONLY) -> QuerySet[CasualtyFigure]:
    return CasualtyFigure.objects.filter(review_status__in=tuple(statuses))


def figure_detail(*, statuses: Iterable[str] = ACCEPTED_ONLY) -> QuerySet[CasualtyFigure]:
    return (
        figure_list(statuses=statuses).select_related("attributed_to").prefetch_related(_evidence())
    )


def statement_list(*, statuses: Iterable[str] = ACCEPTED_ONLY) -> QuerySet[Statement]:
    return Statement.objects.filter(review_status__in=tuple(statuses))


def statement_detail(*, statuses: Iterable[str] = ACCEPTED_ONLY) -> QuerySet[Statement]:
    return (
        statement_list(statuses=statuses)
        .select_related("speaker", "concerns")
        .prefetch_related(_evidence())
    )


def suspect_list(*, statuses: Iterable[str] = ACCEPTED_ONLY) -> QuerySet[Suspect]:
    return Suspect.objects.filter(review_status__in=tuple(statuses))


def suspect_detail(*, statuses: Iterable[str] = ACCEPTED_ONLY) -> QuerySet[Suspect]:
    """Suspects with names, citizenships and the legal history of the same statuses."""
    events = (
        SuspectStatusEvent.objects.filter(review_status__in=tuple(statuses))
        .prefetch_related(_evidence())
        .order_by("occurred_on", "id")
    )
    return (
        suspect_list(statuses=statuses)
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
    return Actor.objects.all()


def actor_detail() -> QuerySet[Actor]:
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
    """Killed/injured figures by report date, per source.

    The date is the figure's reported_on, else its source's published date, else the date
    the figure is "as of": the same order the derived estimate reads them in.
    """
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
            "as_of",
        )
        .distinct()
    )
    points = []
    for pk, kind, value, status, reported_on, title, published_on, as_of in rows:
        day = reported_on or published_on or as_of
        url = reverse("admin:incidents_casualtyfigure_change", args=[pk])
        points.append(
            TimelinePoint(
                day, value, kind, title or NO_SOURCE, status == ReviewStatus.ACCEPTED, url
            )
        )
    return sorted(points, key=lambda p: (p.reported_on or dt.date.min, p.series))


def incident_estimate_bands(incident: Incident) -> dict[str, EstimateBand]:
    return {
        kind: EstimateBand(
            getattr(incident, f"{kind}_low"),
            getattr(incident, f"{kind}_best"),
            getattr(incident, f"{kind}_high"),
        )
        for kind in TIMELINE_KINDS
    }


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


# Related data of a list page, one query per relation, keyed by the page's row ids: the list
# endpoints build their rows from .values() and these, not from model instances.

Grouped = dict[int, list]


def _grouped(pairs: Iterable[tuple[int, object]]) -> Grouped:
    grouped: Grouped = defaultdict(list)
    for key, value in pairs:
        grouped[key].append(value)
    return grouped


def incident_attack_codes(incident_ids: Collection[int]) -> Grouped:
    rows = IncidentAttackType.objects.filter(incident_id__in=incident_ids).order_by("code")
    return _grouped(rows.values_list("incident_id", "code"))


def incident_perpetrator_names(incident_ids: Collection[int]) -> Grouped:
    rows = IncidentPerpetrator.objects.filter(incident_id__in=incident_ids)
    return _grouped(rows.order_by("actor__name").values_list("incident_id", "actor__name"))


def are_arrays_available() -> bool:
    return connection.vendor == "postgresql"


@cache
def incident_attack_codes_array() -> RawSQL:
    """PostgreSQL only: the incident's attack codes as a column of its row."""
    codes = IncidentAttackType.objects.filter(incident=OuterRef("pk")).order_by("code")
    return _compiled_once(Incident, ArraySubquery(codes.values("code")))


@cache
def incident_perpetrator_names_array() -> RawSQL:
    """PostgreSQL only: the incident's perpetrator names as a column of its row."""
    links = IncidentPerpetrator.objects.filter(incident=OuterRef("pk")).order_by("actor__name")
    return _compiled_once(Incident, ArraySubquery(links.values("actor__name")))


def _compiled_once(model: type, column: ArraySubquery) -> RawSQL:
    """A correlated subquery as its SQL, for the top-level queries of `model` only.

    Resolving and compiling the subquery again for every page (copies, alias relabelling)
    cost a list request ~0.3 ms (of ~3.8 in-process), yet its SQL never changes. The outer
    reference compiles to the model's table name, which is the alias of that table in any
    top-level query of the model, whatever else it filters or joins.
    """
    outer = model.objects.all().query
    resolved = column.resolve_expression(outer)
    sql, params = resolved.as_sql(outer.get_compiler(connection=connection), connection)
    return RawSQL(sql, params, output_field=resolved.output_field)


def evidence_quoted_for(fact: str, fact_ids: Collection[int]) -> Grouped:
    """Evidence of the given facts (`fact` is the Evidence field: figure, statement...)."""
    rows = Evidence.objects.filter(**{f"{fact}_id__in": fact_ids}).values_list(
        f"{fact}_id", "source_id", "source__title", "quote", "start", "end"
    )
    return _grouped(
        (
            fact_id,
            {"source": source, "source_title": title, "quote": quote, "start": start, "end": end},
        )
        for fact_id, source, title, quote, start, end in rows
    )


def suspect_name_variants(suspect_ids: Collection[int]) -> Grouped:
    rows = SuspectNameVariant.objects.filter(suspect_id__in=suspect_ids).order_by("id")
    return _grouped(rows.values_list("suspect_id", "name"))


def suspect_nationalities(suspect_ids: Collection[int]) -> Grouped:
    rows = SuspectCitizenship.objects.filter(suspect_id__in=suspect_ids).order_by("id")
    return _grouped(rows.values_list("suspect_id", "country"))


def suspect_status_history(
    suspect_ids: Collection[int], *, statuses: Iterable[str], fields: Iterable[str]
) -> Grouped:
    """The legal steps of the given review statuses, oldest first, as .values() rows."""
    rows = SuspectStatusEvent.objects.filter(
        suspect_id__in=suspect_ids, review_status__in=tuple(statuses)
    ).order_by("occurred_on", "id")
    return _grouped((row["suspect_id"], row) for row in rows.values("suspect_id", *fields))


def actor_alias_names(actor_ids: Collection[int]) -> Grouped:
    rows = ActorAlias.objects.filter(actor_id__in=actor_ids).order_by("id")
    return _grouped(rows.values_list("actor_id", "alias"))
