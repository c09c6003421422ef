"""Trigram indexes that serve the admin's search on PostgreSQL; nothing on SQLite.

Django's icontains on PostgreSQL is `UPPER(col::text) LIKE UPPER('%term%')`; a trigram index
on plain `col` does not serve that, so each index is on the same UPPER(col::text) expression.
"""

from django.db import migrations

SEARCHED = [
    ("incidents_incident", "name"),
    ("incidents_incident", "slug"),
    ("incidents_source", "title"),
    ("incidents_source", "publisher"),
    ("incidents_source", "url"),
    ("incidents_actor", "name"),
    ("incidents_actoralias", "alias"),
    ("incidents_suspect", "full_name"),
    ("incidents_suspect", "name_key"),
]


def _index_name(table: str, column: str) -> str:
    return f"{table}_{column}_upper_trgm"


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for table, column in SEARCHED:
        schema_editor.execute(
            f'CREATE INDEX IF NOT EXISTS "{_index_name(table, column)}" ON "{table}" '
            f'USING gin ((UPPER("{column}"::text)) gin_trgm_ops)'
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table, column in SEARCHED:
        schema_editor.execute(f'DROP INDEX IF EXISTS "{_index_name(table, column)}"')


class Migration(migrations.Migration):
    dependencies = [("incidents", "0002_admin_filter_indexes")]

    operations = [migrations.RunPython(create, drop)]
