"""Moves a staged batch (see batch_staging) into the incident tables, set-based.

Changed incidents are updated in place and their imported children (types, perpetrators, sides,
the import's own figures, citations, campaign relations) replaced; new incidents are
inserted. Figures and evidence that curators added by hand are left alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.db import connection

from incidents.models import DatasetRow, DatasetRowFlag, IncidentSide
from incidents.services.datasets.batch_staging import CODE_TABLES, INCIDENT, STAGED_INCIDENT_COLUMNS

DATASET_ROW = DatasetRow._meta.db_table
FLAG = DatasetRowFlag._meta.db_table

# "external_id <> ''" lets the planner use the partial unique index on (system, id).
_JOIN = (
    f"JOIN {INCIDENT} i ON i.external_system = %(system)s AND i.external_id = s.external_id "
    "AND i.external_id <> ''"
)
_SIDE = IncidentSide._meta.db_table
_CHANGED_IDS = f"SELECT i.id FROM stage_incident s {_JOIN} WHERE NOT s.is_new"


@dataclass(frozen=True)
class BatchContext:
    system: str
    source_id: int
    dataset_actor_id: int
    extractor: str
    now: datetime

    def params(self) -> dict:
        return {
            "system": self.system,
            "source_id": self.source_id,
            "actor_id": self.dataset_actor_id,
            "extractor": self.extractor,
            "now": connection.ops.adapt_datetimefield_value(self.now),
        }


def apply_batch(context: BatchContext, *, has_changed: bool) -> None:
    """`has_changed`: some staged incidents already exist (a first import has none)."""
    params = context.params()
    statements = [*(_replace_changed() if has_changed else ()), _insert_new_incidents()]
    with connection.cursor() as cursor:
        for statement in (*statements, *_insert_children()):
            cursor.execute(statement, params)


def apply_relations(context: BatchContext) -> None:
    """Campaign links, once every incident of the file exists; unknown ids are ignored."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"""INSERT INTO incidents_incidentrelation (from_incident_id, to_incident_id, kind)
            SELECT DISTINCT a.id, b.id, 'same_campaign' FROM stage_relation r
            JOIN {INCIDENT} a ON a.external_system = %(system)s AND a.external_id = r.from_id
                AND a.external_id <> ''
            JOIN {INCIDENT} b ON b.external_system = %(system)s AND b.external_id = r.to_id
                AND b.external_id <> ''
            WHERE a.id <> b.id
            ON CONFLICT DO NOTHING""",
            context.params(),
        )


def _replace_changed() -> list[str]:
    assignments = ", ".join(f"{c} = s.{c}" for c in STAGED_INCIDENT_COLUMNS)
    update = f"""UPDATE {INCIDENT} SET {assignments}, import_fingerprint = s.fingerprint,
        imported_from_id = %(source_id)s, estimate_is_curated = TRUE, updated_at = %(now)s,
        version = {INCIDENT}.version + 1
        FROM stage_incident s
        WHERE {INCIDENT}.external_system = %(system)s AND {INCIDENT}.external_id <> ''
        AND {INCIDENT}.external_id = s.external_id AND NOT s.is_new"""
    deletes = [
        f"DELETE FROM {table} WHERE incident_id IN ({_CHANGED_IDS})"
        for table in (*CODE_TABLES.values(), "incidents_incidentperpetrator", _SIDE)
    ]
    deletes += [
        f"""DELETE FROM incidents_casualtyfigure WHERE extractor = %(extractor)s
            AND incident_id IN ({_CHANGED_IDS})""",
        f"""DELETE FROM incidents_evidence WHERE attribute LIKE %(system)s || ':%%'
            AND incident_id IN ({_CHANGED_IDS})""",
        f"""DELETE FROM incidents_incidentrelation WHERE kind = 'same_campaign'
            AND from_incident_id IN ({_CHANGED_IDS})""",
        f"""DELETE FROM {FLAG} WHERE row_id IN (SELECT id FROM {DATASET_ROW}
            WHERE incident_id IN ({_CHANGED_IDS}))""",
        f"DELETE FROM {DATASET_ROW} WHERE incident_id IN ({_CHANGED_IDS})",
    ]
    return [update, *deletes]


def _insert_new_incidents() -> str:
    fixed = {
        "start_time": "NULL", "timezone": "''", "end_time": "NULL", "venue": "''",
        "competing_claims": "NULL", "attribution_uncertain": "NULL",
        "estimate_is_curated": "TRUE", "external_system": "%(system)s",
        "external_id": "s.external_id", "imported_from_id": "%(source_id)s",
        "import_fingerprint": "s.fingerprint", "created_at": "%(now)s",
        "updated_at": "%(now)s", "version": "1",
    }  # fmt: skip
    columns = (*STAGED_INCIDENT_COLUMNS, *fixed)
    values = (*(f"s.{c}" for c in STAGED_INCIDENT_COLUMNS), *fixed.values())
    return f"""INSERT INTO {INCIDENT} ({", ".join(columns)})
        SELECT {", ".join(values)} FROM stage_incident s WHERE s.is_new
        ORDER BY s.row_number"""


def _insert_children() -> list[str]:
    codes = [
        f"""INSERT INTO {table} (incident_id, code) SELECT i.id, s.code FROM stage_code s {_JOIN}
            WHERE s.vocabulary = '{vocabulary}' ORDER BY i.id, s.position"""
        for vocabulary, table in CODE_TABLES.items()
    ]
    return [
        *codes,
        f"""INSERT INTO incidents_incidentperpetrator (incident_id, actor_id, role)
            SELECT i.id, s.actor_id, s.role FROM stage_perpetrator s {_JOIN}
            ORDER BY i.id, s.position""",
        f"""INSERT INTO {_SIDE} (incident_id, role, kind, name, actor_id, ucdp_actor_id)
            SELECT i.id, s.role, s.kind, s.name, s.actor_id, s.ucdp_actor_id
            FROM stage_side s {_JOIN} ORDER BY i.id, s.role""",
        f"""INSERT INTO incidents_casualtyfigure (incident_id, kind, value, value_max,
            qualifier, subgroup, attributed_to_id, review_status, extractor, reviewed_at,
            created_at, updated_at, version)
            SELECT i.id, s.kind, s.value, s.value_max, 'exact', s.subgroup, %(actor_id)s,
            'accepted', %(extractor)s, %(now)s, %(now)s, %(now)s, 1
            FROM stage_figure s {_JOIN} ORDER BY i.id, s.position""",
        f"""INSERT INTO incidents_evidence (source_id, quote, start, "end", incident_id,
            attribute, created_at)
            SELECT s.source_id, s.quote, 0, LENGTH(s.quote), i.id,
            %(system)s || ':' || s.attribute, %(now)s
            FROM stage_citation s {_JOIN} ORDER BY i.id, s.position""",
        f"""INSERT INTO {DATASET_ROW} (incident_id, system, external_id, cells)
            SELECT i.id, %(system)s, s.external_id, s.cells FROM stage_dataset_row s {_JOIN}
            ORDER BY i.id""",
        f"""INSERT INTO {FLAG} (row_id, kind, column_name, reason)
            SELECT r.id, s.kind, s.column_name, s.reason FROM stage_flag s
            JOIN {DATASET_ROW} r ON r.system = %(system)s AND r.external_id = s.external_id
            ORDER BY r.id, s.position""",
    ]
