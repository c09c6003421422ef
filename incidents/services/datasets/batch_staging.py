"""Writes batches of IncidentRecords through temporary staging tables.

Each batch is loaded into staging tables (COPY on PostgreSQL, batched inserts on SQLite) and
moved into the real tables by set-based INSERT ... SELECT / UPDATE ... FROM statements, so
the per-row cost is the database's, not the ORM's. Rows are validated by the layout parser
before staging; the statements keep every model constraint (choices, ranges, uniqueness).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from django.db import connection
from django.db.models import Model

from incidents.interop.records import IncidentRecord
from incidents.models import (
    CasualtyFigure,
    DatasetRow,
    DatasetRowFlag,
    Evidence,
    Incident,
    IncidentPerpetrator,
    IncidentSide,
)
from incidents.services.bulk_rows import copy_rows, is_postgresql
from incidents.services.datasets.source_rows import SourceRow

INCIDENT = Incident._meta.db_table
# The incident columns an import writes, staged under their own names.
STAGED_INCIDENT_COLUMNS = (
    "name", "slug", "summary", "start_date", "end_date", "date_precision", "approximate_date",
    "city", "region", "country", "latitude", "longitude", "location_precision", "motive",
    "claimed", "claim_mode", "criterion_political_goal", "criterion_coerce_audience",
    "criterion_outside_ihl", "doubt_terrorism_proper", "killed_low", "killed_best",
    "killed_high", "injured_low", "injured_best", "injured_high",
    "successful", "suicide", "property_damaged", "property_damage_extent",
    "property_damage_value", "violence_type", "conflict_new_id", "conflict_name",
    "dyad_new_id", "dyad_name",
)  # fmt: skip
CODE_TABLES = {
    "attack": "incidents_incidentattacktype",
    "weapon": "incidents_incidentweapontype",
    "target": "incidents_incidenttargettype",
}


def create_staging_tables() -> None:
    with connection.cursor() as cursor:
        for table, columns in _staging_columns().items():
            cursor.execute(f"DROP TABLE IF EXISTS {table}")
            cursor.execute(f"CREATE TEMPORARY TABLE {table} ({columns})")


def _staging_columns() -> dict[str, str]:
    """Each staging table's columns, typed as the model fields they fill, so a value fits."""
    external_id = _typed(Incident, "external_id")
    return {
        "stage_incident": f"{external_id} PRIMARY KEY, row_number integer, is_new boolean, "
        f"fingerprint {_type(Incident, 'import_fingerprint')}, "
        f"{_typed(Incident, *STAGED_INCIDENT_COLUMNS)}",
        "stage_code": f"{external_id}, vocabulary varchar(10), code integer, position integer",
        "stage_perpetrator": f"{external_id}, actor_id bigint, "
        f"{_typed(IncidentPerpetrator, 'role')}, position integer",
        "stage_figure": f"{external_id}, "
        f"{_typed(CasualtyFigure, 'kind', 'value', 'value_max', 'subgroup')}, position integer",
        "stage_citation": f"{external_id}, source_id bigint, "
        f"{_typed(Evidence, 'attribute', 'quote')}, position integer",
        "stage_side": f"{external_id}, actor_id bigint, "
        f"{_typed(IncidentSide, 'role', 'kind', 'name', 'ucdp_actor_id')}",
        "stage_dataset_row": f"{external_id}, {_typed(DatasetRow, 'cells')}",
        "stage_flag": f"{external_id}, "
        f"{_typed(DatasetRowFlag, 'kind', 'column_name', 'reason')}, position integer",
        "stage_relation": f"from_id {_type(Incident, 'external_id')}, "
        f"to_id {_type(Incident, 'external_id')}",
    }


def _typed(model: type[Model], *names: str) -> str:
    return ", ".join(f"{model._meta.get_field(name).column} {_type(model, name)}" for name in names)


def _type(model: type[Model], name: str) -> str:
    return model._meta.get_field(name).db_type(connection)


def drop_staging_tables() -> None:
    with connection.cursor() as cursor:
        for table in _staging_columns():
            cursor.execute(f"DROP TABLE IF EXISTS {table}")


def stage_batch(
    rows: Sequence[SourceRow],
    new_ids: set[str],
    actor_ids: dict[str, int],
    source_ids: dict[str, int],
) -> None:
    """Load one batch; `actor_ids` by perpetrator or side name, `source_ids` by citation text."""
    records = [row.record for row in rows]
    empty = "TRUNCATE" if is_postgresql() else "DELETE FROM"
    with connection.cursor() as cursor:
        for table in _staging_columns():
            if table != "stage_relation":
                cursor.execute(f"{empty} {table}")
    copy_rows("stage_incident", ("external_id", "row_number", "is_new", "fingerprint",
                                  *STAGED_INCIDENT_COLUMNS),
              (_incident_row(r, new_ids) for r in rows))  # fmt: skip
    _stage_source_rows(rows)
    copy_rows("stage_code", ("external_id", "vocabulary", "code", "position"), _code_rows(records))
    copy_rows(
        "stage_perpetrator",
        ("external_id", "actor_id", "role", "position"),
        (
            (r.external_id, actor_ids[name], r.perpetrator_role, n)
            for r in records
            for n, name in enumerate(r.perpetrators)
        ),
    )
    copy_rows(
        "stage_figure",
        ("external_id", "kind", "value", "value_max", "subgroup", "position"),
        (
            (r.external_id, g.kind, g.value, g.value_max, g.subgroup, n)
            for r in records
            for n, g in enumerate(r.figures)
        ),
    )
    copy_rows(
        "stage_citation",
        ("external_id", "source_id", "attribute", "quote", "position"),
        (
            (r.external_id, source_ids[c.text], c.column, c.text, n)
            for r in records
            for n, c in enumerate(r.citations)
        ),
    )
    copy_rows(
        "stage_side",
        ("external_id", "actor_id", "role", "kind", "name", "ucdp_actor_id"),
        (
            (r.external_id, actor_ids.get(side.name), side.role, side.kind, side.name,
             side.ucdp_actor_id)
            for r in records
            for side in r.sides
        ),
    )  # fmt: skip
    copy_rows(
        "stage_relation",
        ("from_id", "to_id"),
        ((r.external_id, other) for r in records for other in r.related),
    )
    _analyze()


def _analyze() -> None:
    """PostgreSQL never auto-analyzes temporary tables; without statistics it plans nested loops."""
    if not is_postgresql():
        return
    with connection.cursor() as cursor:
        for table in _staging_columns():
            cursor.execute(f"ANALYZE {table}")


def _stage_source_rows(rows: Sequence[SourceRow]) -> None:
    """Each row verbatim, and the inconsistencies it was imported with."""
    copy_rows("stage_dataset_row", ("external_id", "cells"),
              ((row.external_id, row.cells_json) for row in rows))  # fmt: skip
    copy_rows(
        "stage_flag",
        ("external_id", "kind", "column_name", "reason", "position"),
        (
            (row.external_id, found.kind, found.column, found.reason, n)
            for row in rows
            for n, found in enumerate(row.inconsistencies)
        ),
    )


def _incident_row(row: SourceRow, new_ids: set[str]) -> tuple:
    record = row.record
    return (
        record.external_id, row.number, record.external_id in new_ids, row.fingerprint,
        record.name,
        record.slug,
        record.summary, record.start_date, record.end_date, record.date_precision,
        record.approximate_date, record.city, record.region, record.country, record.latitude,
        record.longitude, record.location_precision, record.motive, record.claimed,
        record.claim_mode, *record.criteria, record.doubt_terrorism_proper,
        record.killed.low, record.killed.best, record.killed.high,
        record.injured.low, record.injured.best, record.injured.high,
        record.successful, record.suicide, record.property_damage.damaged,
        record.property_damage.extent, record.property_damage.value, record.violence_type,
        record.conflict.id, record.conflict.name, record.dyad.id, record.dyad.name,
    )  # fmt: skip


def _code_rows(records: Iterable[IncidentRecord]) -> Iterable[tuple]:
    for record in records:
        for vocabulary, codes in (
            ("attack", record.attack_types),
            ("weapon", record.weapon_types),
            ("target", record.target_types),
        ):
            for position, code in enumerate(codes):
                yield record.external_id, vocabulary, code, position
