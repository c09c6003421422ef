"""GIN indexes for the API's full-text search; PostgreSQL only (SQLite searches by substring).

The indexed expressions are those of incidents.selectors.search (*_search_vector, config "english"):
PostgreSQL uses an expression index only for the identical expression. The indexes are not
in the models' Meta (SQLite cannot build them), so the migration state does not change.
"""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import migrations

SEARCH_INDEXES = (
    ("incident", "incident_search_gin", ("name", "summary")),
    ("statement", "statement_search_gin", ("text",)),
    ("evidence", "evidence_quote_search_gin", ("quote",)),
)


def _index(name: str, columns: tuple[str, ...]) -> GinIndex:
    return GinIndex(SearchVector(*columns, config="english"), name=name)


def add_search_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for model_name, index_name, columns in SEARCH_INDEXES:
        schema_editor.add_index(
            apps.get_model("incidents", model_name), _index(index_name, columns)
        )


def remove_search_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for model_name, index_name, columns in SEARCH_INDEXES:
        schema_editor.remove_index(
            apps.get_model("incidents", model_name), _index(index_name, columns)
        )


class Migration(migrations.Migration):
    dependencies = [("incidents", "0004_admin_groups")]

    operations = [migrations.RunPython(add_search_indexes, remove_search_indexes)]
