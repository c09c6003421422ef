"""One file row as an import keeps it: the parsed record, the row verbatim, its inconsistencies."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

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
    cells_json: str
    # What the database keeps of the row: its record and its verbatim cells.
    fingerprint: str

    @property
    def external_id(self) -> str:
        return self.record.external_id


def source_row(layout: Layout, number: int, row: Row) -> SourceRow:
    """Parse one row; RowError when it cannot be represented at all.

    The digests are taken here, while the rows are parsed in the import's reading thread,
    rather than when the database thread first asks for them.
    """
    with fields.inconsistencies_collected() as found:
        record = layout.parse_row(row)
    cells = verbatim(row)
    cells_json = json.dumps(cells, ensure_ascii=False, sort_keys=True)
    both = f"{record.fingerprint}\n{cells_json}"
    fingerprint = hashlib.sha256(both.encode("utf-8")).hexdigest()
    return SourceRow(number, record, cells, tuple(found), cells_json, fingerprint)


def verbatim(row: Row) -> dict[str, str]:
    """The row's cells exactly as read, empty ones left out: an empty and a missing column read
    and export alike, and GTD rows are mostly empty."""
    return {column: value for column, value in row.items() if value}
