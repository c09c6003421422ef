"""One file row as an import keeps it: the parsed record, the row verbatim, its inconsistencies."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import cached_property

from incidents.interop import fields
from incidents.interop.layouts import Layout
from incidents.interop.records import IncidentRecord
from incidents.interop.tables import Row


@dataclass(frozen=True)
class SourceRow:
    number: int
    record: IncidentRecord
    cells: dict[str, str]
    inconsistencies: tuple[fields.Inconsistency, ...]

    @property
    def external_id(self) -> str:
        return self.record.external_id

    @cached_property
    def cells_json(self) -> str:
        return json.dumps(self.cells, ensure_ascii=False, sort_keys=True)

    @cached_property
    def fingerprint(self) -> str:
        """What the database keeps of the row: its record and its verbatim cells."""
        both = f"{self.record.fingerprint}\n{self.cells_json}"
        return hashlib.sha256(both.encode("utf-8")).hexdigest()


def source_row(layout: Layout, number: int, row: Row) -> SourceRow:
    """Parse one row; RowError when it cannot be represented at all."""
    with fields.inconsistencies_collected() as found:
        record = layout.parse_row(row)
    return SourceRow(number, record, verbatim(row), tuple(found))


def verbatim(row: Row) -> dict[str, str]:
    """The row's cells exactly as read, empty ones left out: an empty and a missing column read
    and export alike, and GTD rows are mostly empty."""
    return {column: value for column, value in row.items() if value}
