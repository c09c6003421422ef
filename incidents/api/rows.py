"""List pages from `.values()` rows: the declared serializers' output without their per-row cost.

A page of model instances, with a prefetch manager per relation per row and a serializer
walking every field, costs several times the database time (docs/BENCHMARKS.md). Here a
page is `.values()` rows plus one keyed query per relation (for incidents on PostgreSQL, the
page query itself carries its codes and names as arrays), turned into dicts by a RowShape
compiled once from the declared serializer, which stays the documented schema (and the
detail's representation). tests/api/test_rows.py proves both give the same JSON.
"""

import datetime as dt
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Expression, QuerySet
from django.utils import timezone
from rest_framework import ISO_8601, serializers
from rest_framework.settings import api_settings

from incidents.api import row_queries
from incidents.api.incident_serializers import IncidentListSerializer
from incidents.api.serializers import (
    ActorSerializer,
    FigureSerializer,
    SourceSerializer,
    StatementSerializer,
    StatusEventSerializer,
    SuspectSerializer,
)

# Fields whose JSON differs from the database value: dates and times become ISO strings,
# decimals floats. Integers, text, booleans and choices pass through as they are.
CONVERTED_FIELDS = (
    serializers.DateField,
    serializers.DateTimeField,
    serializers.TimeField,
    serializers.FloatField,
    serializers.DecimalField,
)

# Related data of a page: (row ids, review statuses) -> {row id: value}.
RelatedFetch = Callable[[Collection[int], tuple[str, ...]], Mapping[int, Any]]


@dataclass(frozen=True)
class Page:
    """What the rows of one page share: their related data and the time zone to show."""

    related: Mapping[str, Mapping[int, Any]]
    zone: dt.tzinfo  # the current time zone, as DRF renders datetimes


Getter = Callable[[dict, Page], Any]


@dataclass(frozen=True)
class RowShape:
    """How a `.values()` row becomes the representation `serializer` documents.

    Every declared field is a column (its `source`), a reference (an actor as {id, name}),
    related data fetched for the whole page, or derived from the finished row.
    """

    serializer: type[serializers.Serializer]
    refs: tuple[str, ...] = ()
    related: Mapping[str, RelatedFetch] = field(default_factory=dict)
    derived: Mapping[str, Callable[[dict], Any]] = field(default_factory=dict)
    inline: Mapping[str, Callable[[], Expression]] = field(default_factory=dict)
    key: str = "id"
    columns: tuple[str, ...] = field(init=False)  # the .values() names a row needs
    _getters: tuple[tuple[str, Getter], ...] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        # Compiled once: instantiating a serializer deep-copies its fields.
        declared_fields = self.serializer().fields
        getters = tuple((name, self._getter(name, f)) for name, f in declared_fields.items())
        object.__setattr__(self, "_getters", getters)
        object.__setattr__(self, "columns", self._columns(declared_fields))

    def _columns(self, declared_fields: Mapping[str, serializers.Field]) -> tuple[str, ...]:
        names = [self.key]
        for name, declared in declared_fields.items():
            if name in self.refs:
                names += [f"{declared.source}_id", f"{declared.source}__name"]
            elif not {name} & (self.related.keys() | self.derived.keys() | self.inline.keys()):
                names.append(declared.source)
        return tuple(dict.fromkeys(names))

    def rows_of(self, records: QuerySet) -> QuerySet:
        """The `.values()` rows a page of `records` is built from."""
        inline = {_inline_alias(name): f() for name, f in self.inline.items()}
        return records.values(*self.columns, **inline)

    def represent(self, rows: list[dict], *, statuses: tuple[str, ...] = ()) -> list[dict]:
        """The page's records: one keyed query per related field, then plain dicts."""
        return self.shape(rows, self.fetch_related(rows, statuses=statuses))

    def fetch_related(
        self, rows: list[dict], *, statuses: tuple[str, ...] = ()
    ) -> dict[str, Mapping[int, Any]]:
        ids = [row[self.key] for row in rows]
        return {name: fetch(ids, statuses) for name, fetch in self.related.items()}

    def shape(self, rows: list[dict], fetched: Mapping[str, Mapping[int, Any]]) -> list[dict]:
        page = Page(related=fetched, zone=timezone.get_current_timezone())
        return [self._shape_row(row, page) for row in rows]

    def _shape_row(self, row: dict, page: Page) -> dict:
        record = {name: get(row, page) for name, get in self._getters}
        for name, derive in self.derived.items():
            record[name] = derive(record)
        return record

    def _getter(self, name: str, declared: serializers.Field) -> Getter:
        if name in self.related:
            return _related_getter(name, self.key)
        if name in self.derived:
            return lambda row, page: None  # keeps the field's place; filled in afterwards
        if name in self.refs:
            return _ref_getter(declared.source)
        if name in self.inline:
            return _column_getter(_inline_alias(name), None)
        if _is_iso_datetime(declared):
            return _datetime_getter(declared.source)
        convert = declared.to_representation if isinstance(declared, CONVERTED_FIELDS) else None
        return _column_getter(declared.source, convert)


def _is_iso_datetime(declared: serializers.Field) -> bool:
    if not isinstance(declared, serializers.DateTimeField) or hasattr(declared, "timezone"):
        return False
    return getattr(declared, "format", api_settings.DATETIME_FORMAT).lower() == ISO_8601


def _datetime_getter(column: str) -> Getter:
    # DRF's DateTimeField output (ISO 8601 in the current time zone, 'Z' for UTC) with the
    # zone looked up once per page: per value, the lookup and DRF's checks cost half of an
    # incident row's representation.
    def iso_datetime(row: dict, page: Page) -> str | None:
        value = row[column]
        if value is None:
            return None
        text = value.astimezone(page.zone).isoformat()
        return text[:-6] + "Z" if text.endswith("+00:00") else text

    return iso_datetime


def _inline_alias(name: str) -> str:
    # Not the field's own name, which may be a relation of the model (Incident.attack_types).
    return f"{name}_inline"


def _column_getter(column: str, convert: Callable | None) -> Getter:
    if convert is None:
        return lambda row, page: row[column]

    def converted(row: dict, page: Page) -> Any:
        value = row[column]
        return None if value is None else convert(value)

    return converted


def _ref_getter(source: str) -> Getter:
    id_column, name_column = f"{source}_id", f"{source}__name"

    def reference(row: dict, page: Page) -> dict | None:
        if row[id_column] is None:
            return None
        return {"id": row[id_column], "name": row[name_column]}

    return reference


def _related_getter(name: str, key: str) -> Getter:
    return lambda row, page: page.related[name].get(row[key], [])


def _evidence_of(fact: str) -> RelatedFetch:
    return lambda ids, statuses: row_queries.evidence_quoted_for(fact, ids)


def _unfiltered(fetch: Callable[[Collection[int]], Mapping[int, Any]]) -> RelatedFetch:
    """Related data without a review status of its own (codes, names, aliases)."""
    return lambda ids, statuses: fetch(ids)


INCIDENT_ROWS = RowShape(
    IncidentListSerializer,
    related={
        "attack_types": _unfiltered(row_queries.incident_attack_codes),
        "perpetrators": _unfiltered(row_queries.incident_perpetrator_names),
    },
)
# On PostgreSQL the page query itself carries codes and names as arrays: one round trip, not 3.
INCIDENT_ROWS_WITH_ARRAYS = RowShape(
    IncidentListSerializer,
    inline={
        "attack_types": row_queries.incident_attack_codes_array,
        "perpetrators": row_queries.incident_perpetrator_names_array,
    },
)


def incident_rows() -> RowShape:
    if row_queries.are_arrays_available():
        return INCIDENT_ROWS_WITH_ARRAYS
    return INCIDENT_ROWS


FIGURE_ROWS = RowShape(
    FigureSerializer, refs=("attributed_to",), related={"evidence": _evidence_of("figure")}
)
STATEMENT_ROWS = RowShape(
    StatementSerializer,
    refs=("speaker", "concerns"),
    related={"evidence": _evidence_of("statement")},
)
STATUS_EVENT_ROWS = RowShape(
    StatusEventSerializer, related={"evidence": _evidence_of("status_event")}
)


def _status_history(suspect_ids: Collection[int], statuses: tuple[str, ...]) -> dict[int, list]:
    events = row_queries.suspect_status_history(
        suspect_ids, statuses=statuses, fields=STATUS_EVENT_ROWS.columns
    )
    steps = iter(STATUS_EVENT_ROWS.represent([e for h in events.values() for e in h]))
    return {suspect: [next(steps) for _ in history] for suspect, history in events.items()}


def _current_status(record: dict) -> str | None:
    # The history is ordered by date, so its last step is the current one.
    history = record["status_history"]
    return history[-1]["status"] if history else None


SUSPECT_ROWS = RowShape(
    SuspectSerializer,
    refs=("affiliation",),
    related={
        "name_variants": _unfiltered(row_queries.suspect_name_variants),
        "nationalities": _unfiltered(row_queries.suspect_nationalities),
        "status_history": _status_history,
        "evidence": _evidence_of("suspect"),
    },
    derived={"current_status": _current_status},
)
SOURCE_ROWS = RowShape(SourceSerializer)
ACTOR_ROWS = RowShape(
    ActorSerializer, related={"aliases": _unfiltered(row_queries.actor_alias_names)}
)
