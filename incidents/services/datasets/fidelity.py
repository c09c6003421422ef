"""An export gives back the file it was imported from, except where curators changed the data.

The rule, for any layout: a row imported from the dataset was kept verbatim (DatasetRow).
For each column the export writes the stored cell, unless the column's formatted value of the
incident as it is now differs from the formatted value of the stored row's own parse (its
baseline): then the curated data says something new and the export writes that. Columns the
layout does not format (not mapped to the model) always come back verbatim. So unknown
markers (-9, -99, blank), historical spellings, repeated codes and ids the database does not
hold survive a round trip, and an edit in the database shows in the next export.

The baseline is the stored row's record as the database holds it once imported: perpetrators
by the name of the actor their name resolved to, related ids only those present.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from functools import cache

from incidents.interop.layouts import Layout
from incidents.interop.records import IncidentRecord
from incidents.interop.tables import RowError
from incidents.models import Actor, ActorAlias, Incident, alias_key

Cells = dict[str, str]


def exported_rows(
    layout: Layout, incidents: Sequence[tuple[IncidentRecord, Cells | None]]
) -> Iterator[Cells]:
    """The file rows of a chunk of incidents: each its current record and its stored cells."""
    stored_rows = [as_read(cells) for _, cells in incidents if cells is not None]
    baselines = iter(_baselines(layout, stored_rows))
    stored = iter(stored_rows)
    for current, cells in incidents:
        formatted = layout.format_row(current)
        if cells is None:
            yield formatted
        else:
            yield merged_row(layout, formatted, next(stored), next(baselines))


def merged_row(layout: Layout, current: Cells, stored: Cells, baseline: Cells | None) -> Cells:
    """Per column: the stored cell, or the current value where it differs from the baseline's.

    `baseline` None (the stored row no longer parses) counts every formatted column as changed.
    """
    row = {column: stored.get(key, "") for column, key in _read_names(layout.columns)}
    for column in current.keys() | (baseline or {}).keys():
        now = current.get(column, "")
        if column in row and (baseline is None or now != baseline.get(column, "")):
            row[column] = now
    return row


def as_read(cells: Cells) -> Cells:
    """A stored row as a file read gives it to a parser: an absent column is an empty cell."""
    return defaultdict(str, cells)


@cache
def _read_names(columns: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """Each column with the key its cells are stored under: a file's header is read in lower
    case (GTD's INT_LOG is stored as int_log)."""
    return tuple((column, column.lower()) for column in columns)


def _baselines(layout: Layout, stored_rows: list[Cells]) -> list[Cells | None]:
    records = [_parsed(layout, row) for row in stored_rows]
    held = _AsHeld([r for r in records if r is not None])
    return [None if r is None else layout.format_row(held.record(r)) for r in records]


def _parsed(layout: Layout, row: Cells) -> IncidentRecord | None:
    try:
        return layout.parse_row(row)
    except RowError:
        return None


class _AsHeld:
    """Records as the database holds them: names resolved to actors, unknown ids left out."""

    def __init__(self, records: Iterable[IncidentRecord]) -> None:
        records = list(records)
        names = {name for r in records for name in r.perpetrators}
        self._actor_names = _actor_names(names)
        systems = {r.system for r in records}
        ids = {other for r in records for other in r.related}
        self._present = set(
            Incident.objects.filter(external_system__in=systems, external_id__in=ids).values_list(
                "external_id", flat=True
            )
        )

    def record(self, record: IncidentRecord) -> IncidentRecord:
        names = (self._actor_names.get(alias_key(name), name) for name in record.perpetrators)
        return dataclasses.replace(
            record,
            perpetrators=tuple(dict.fromkeys(names)),
            related=tuple(other for other in record.related if other in self._present),
        )


def _actor_names(names: set[str]) -> dict[str, str]:
    """Name key -> the name of the actor it resolves to (by name, else by alias)."""
    keys = {alias_key(name) for name in names}
    by_alias = dict(
        ActorAlias.objects.filter(alias_key__in=keys).values_list("alias_key", "actor__name")
    )
    by_name = dict(Actor.objects.filter(name_key__in=keys).values_list("name_key", "name"))
    return by_alias | by_name
