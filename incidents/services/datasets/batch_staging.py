"""Writes batches of IncidentRecords through temporary staging tables.

Each batch is loaded into staging tables (COPY on PostgreSQL, batched inserts on SQLite) and
moved into the real tables by set-based INSERT ... SELECT / UPDATE ... FROM statements, so
the per-row cost is the database's, not the ORM's. Rows are validated by the layout parser
before staging; the statements keep every model constraint (choices, ranges, uniqueness).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from django.db import connection

from incidents.interop.records import IncidentRecord
from incidents.services.bulk_rows import copy_rows, is_postgresql

INCIDENT = "incidents_incident"
_STAGING_TABLES = {
    "stage_incident": (
        "external_id varchar(40) PRIMARY KEY, is_new boolean, fingerprint varchar(64), "
        "name varchar(300), slug varchar(300), summary text, start_date date, end_date date, "
        "date_precision varchar(5), approximate_date varchar(100), city varchar(200), "
        "region varchar(200), country varchar(2), latitude numeric(9,6), "
        "longitude numeric(9,6), location_precision integer, motive text, claimed boolean, "
        "claim_mode varchar(10), criterion_political_goal boolean, "
        "criterion_coerce_audience boolean, criterion_outside_ihl boolean, "
        "doubt_terrorism_proper boolean, killed_low integer, killed_best integer, "
        "killed_high integer, injured_low integer, injured_best integer, injured_high integer"
    ),
    "stage_code": "external_id varchar(40), vocabulary varchar(10), code integer, position integer",
    "stage_perpetrator": (
        "external_id varchar(40), actor_id bigint, role varchar(10), position integer"
    ),
    "stage_figure": (
        "external_id varchar(40), kind varchar(15), value integer, value_max integer, "
        "subgroup varchar(20), position integer"
    ),
    "stage_citation": (
        "external_id varchar(40), source_id bigint, attribute varchar(50), quote text, "
        "position integer"
    ),
    "stage_relation": "from_id varchar(40), to_id varchar(40)",
}
STAGED_INCIDENT_COLUMNS = tuple(
    part.split()[0] for part in _STAGING_TABLES["stage_incident"].split(", ")
)[3:]
CODE_TABLES = {
    "attack": "incidents_incidentattacktype",
    "weapon": "incidents_incidentweapontype",
    "target": "incidents_incidenttargettype",
}


def create_staging_tables() -> None:
    with connection.cursor() as cursor:
        for table, columns in _STAGING_TABLES.items():
            cursor.execute(f"DROP TABLE IF EXISTS {table}")
            cursor.execute(f"CREATE TEMPORARY TABLE {table} ({columns})")


def drop_staging_tables() -> None:
    with connection.cursor() as cursor:
        for table in _STAGING_TABLES:
            cursor.execute(f"DROP TABLE IF EXISTS {table}")


def stage_batch(
    records: Sequence[IncidentRecord],
    new_ids: set[str],
    actor_ids: dict[str, int],
    source_ids: dict[str, int],
) -> None:
    """Load one batch; `actor_ids` by perpetrator name, `source_ids` by citation text."""
    empty = "TRUNCATE" if is_postgresql() else "DELETE FROM"
    with connection.cursor() as cursor:
        for table in _STAGING_TABLES:
            if table != "stage_relation":
                cursor.execute(f"{empty} {table}")
    copy_rows("stage_incident", ("external_id", "is_new", "fingerprint", *STAGED_INCIDENT_COLUMNS),
              (_incident_row(r, r.external_id in new_ids) for r in records))  # fmt: skip
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
        for table in _STAGING_TABLES:
            cursor.execute(f"ANALYZE {table}")


def _incident_row(record: IncidentRecord, is_new: bool) -> tuple:
    return (
        record.external_id, is_new, record.fingerprint, record.name, record.slug,
        record.summary, record.start_date, record.end_date, record.date_precision,
        record.approximate_date, record.city, record.region, record.country, record.latitude,
        record.longitude, record.location_precision, record.motive, record.claimed,
        record.claim_mode, *record.criteria, record.doubt_terrorism_proper,
        record.killed.low, record.killed.best, record.killed.high,
        record.injured.low, record.injured.best, record.injured.high,
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
