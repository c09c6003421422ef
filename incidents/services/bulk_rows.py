"""Loading many plain rows into a table: COPY on PostgreSQL, batched inserts elsewhere.

Bulk loads bypass model save(), validation and django-simple-history; callers validate
their rows beforehand and say so.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import islice

from django.db import connection, models

_INSERT_BATCH = 2000


def is_postgresql() -> bool:
    return connection.vendor == "postgresql"


def table_columns(model: type[models.Model], *, with_id: bool = True) -> tuple[str, ...]:
    """The model's columns in field order, which is the order bulk rows give their values in."""
    fields = model._meta.concrete_fields
    return tuple(field.column for field in fields if with_id or not field.primary_key)


def copy_rows(table: str, columns: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    """Append rows to `table`; values are Python objects in `columns` order."""
    if is_postgresql():
        _copy(table, columns, rows)
    else:
        _insert_batches(table, columns, rows)


def quoted(columns: Sequence[str]) -> str:
    return ", ".join(connection.ops.quote_name(column) for column in columns)


def _copy(table: str, columns: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    with connection.cursor() as cursor:
        statement = f"COPY {connection.ops.quote_name(table)} ({quoted(columns)}) FROM STDIN"
        with cursor.copy(statement) as copy:
            for row in rows:
                copy.write_row(row)


def _insert_batches(table: str, columns: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    placeholders = ", ".join("%s" for _ in columns)
    statement = (
        f"INSERT INTO {connection.ops.quote_name(table)} ({quoted(columns)}) "
        f"VALUES ({placeholders})"
    )
    iterator = iter(rows)
    with connection.cursor() as cursor:
        while batch := list(islice(iterator, _INSERT_BATCH)):
            cursor.executemany(statement, batch)
