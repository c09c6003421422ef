"""The related data of an API list page: one query per relation, keyed by the page's row ids.

The list endpoints build their rows from .values() and these (see rows.py), not from model
instances; on PostgreSQL the incident page query carries its codes and names as arrays.
"""

from collections import defaultdict
from collections.abc import Collection, Iterable
from functools import cache

from django.contrib.postgres.expressions import ArraySubquery
from django.db import connection
from django.db.models import OuterRef
from django.db.models.expressions import RawSQL

from incidents.models import (
    ActorAlias,
    Evidence,
    Incident,
    IncidentAttackType,
    IncidentPerpetrator,
    SuspectCitizenship,
    SuspectNameVariant,
    SuspectStatusEvent,
)

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
