"""A release table's columns, described once: the CSV header, the Table Schema and the codebook.

A column taken from a model field gets its type, whether it is required and its allowed
values from the field itself, so the published schema cannot drift from the database.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal

from django.db import models

# Model field class -> Table Schema type (https://specs.frictionlessdata.io/table-schema/).
SCHEMA_TYPES: tuple[tuple[type[models.Field], str], ...] = (
    (models.BooleanField, "boolean"),
    (models.DecimalField, "number"),
    (models.DateTimeField, "datetime"),
    (models.DateField, "date"),
    (models.TimeField, "time"),
    (models.ForeignKey, "integer"),
    (models.IntegerField, "integer"),  # auto and positive integer fields too
)
LIST_SEPARATOR = "; "

# A computed column: given the released records of its table, their id -> cell value.
Lookup = Callable[[models.QuerySet], dict[int, object]]


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    description: str
    required: bool = False
    choices: tuple[tuple[str, str], ...] = ()
    # Several values in one cell, joined by LIST_SEPARATOR: the choices are documented, not
    # enforced, since a Table Schema enum constrains the whole cell.
    joined: bool = False
    lookup: Lookup | None = None

    def schema(self) -> dict:
        described = {"name": self.name, "type": self.type, "description": self.description}
        constraints = {}
        if self.required:
            constraints["required"] = True
        if self.choices and not self.joined:
            constraints["enum"] = [value for value, _ in self.choices]
        if constraints:
            described["constraints"] = constraints
        return described


@dataclass(frozen=True)
class Table:
    """One CSV resource of the package; its primary key is `id`."""

    name: str
    title: str
    description: str
    queryset: Callable[..., models.QuerySet]  # the released records, from a Selection
    columns: tuple[Column, ...]
    foreign_keys: tuple[tuple[str, str], ...] = field(default=())  # (column, table) -> its id

    @property
    def path(self) -> str:
        return f"data/{self.name}.csv"

    @property
    def header(self) -> tuple[str, ...]:
        return tuple(column.name for column in self.columns)

    def schema(self) -> dict:
        return {
            "fields": [column.schema() for column in self.columns],
            "primaryKey": ["id"],
            "foreignKeys": [
                {"fields": [name], "reference": {"resource": table, "fields": ["id"]}}
                for name, table in self.foreign_keys
            ],
        }

    def rows(self, selection) -> Iterator[tuple[str, ...]]:
        """The table's records as CSV cells, by id."""
        records = self.queryset(selection).order_by("id")
        stored = [column.name for column in self.columns if column.lookup is None]
        computed = {column.name: column.lookup(records) for column in self.columns if column.lookup}
        for values in records.values(*stored).iterator(chunk_size=2000):
            record_id = values["id"]
            yield tuple(
                cell(computed[name].get(record_id) if name in computed else values[name])
                for name in self.header
            )


def model_column(model: type[models.Model], name: str, description: str = "") -> Column:
    """The column of a model field (by its column name, e.g. `incident_id`): type, required
    and allowed values from the field."""
    [model_field] = [f for f in model._meta.concrete_fields if f.attname == name]
    choices = tuple((str(value), str(label)) for value, label in model_field.choices or ())
    return Column(
        name=name,
        type=_schema_type(model_field),
        description=description or str(model_field.help_text) or _described(model_field),
        required=not (model_field.null or model_field.blank),
        choices=tuple(choice for choice in choices if choice[0] != ""),
    )


def joined(values: Iterable[object]) -> str:
    return LIST_SEPARATOR.join(sorted(str(value) for value in values))


def cell(value: object) -> str:
    """A value as the CSV writes it: the same value gives the same text on every database."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        # Normalised: SQLite gives back 55.826 where PostgreSQL gives 55.826000.
        return f"{value.normalize():f}"
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def _schema_type(model_field: models.Field) -> str:
    for field_class, schema_type in SCHEMA_TYPES:
        if isinstance(model_field, field_class):
            return schema_type
    return "string"


def _described(model_field: models.Field) -> str:
    return str(model_field.verbose_name).capitalize() + "."
