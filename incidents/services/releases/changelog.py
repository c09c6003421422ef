"""What changed since the previous release, table by table, record by record (by id).

A record is changed when a value differs in a column both releases have; a column added or
removed is reported once for its table rather than as a change to every record.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from incidents.services.releases.columns import Table

# Ids are listed up to this many per kind of change; the two releases hold the rest.
LISTED_IDS = 100


@dataclass(frozen=True)
class TableChanges:
    table: str
    records: int
    added: tuple[int, ...]
    removed: tuple[int, ...]
    changed: tuple[int, ...]
    columns_added: tuple[str, ...] = ()
    columns_removed: tuple[str, ...] = ()


def table_changes(table: Table, *, current: Path, previous: Path | None) -> TableChanges:
    """`current` and `previous` are package folders; `previous` None for a first release."""
    header, now = _records(current / table.path)
    old_path = previous / table.path if previous else None
    old_header, before = _records(old_path) if old_path and old_path.is_file() else (header, {})
    shared = [i for i, name in enumerate(header) if name in old_header]
    old_positions = [old_header.index(header[i]) for i in shared]
    changed = [
        record_id
        for record_id in now.keys() & before.keys()
        if [now[record_id][i] for i in shared] != [before[record_id][i] for i in old_positions]
    ]
    return TableChanges(
        table=table.name,
        records=len(now),
        added=tuple(sorted(now.keys() - before.keys())),
        removed=tuple(sorted(before.keys() - now.keys())),
        changed=tuple(sorted(changed)),
        columns_added=tuple(name for name in header if name not in old_header),
        columns_removed=tuple(name for name in old_header if name not in header),
    )


def changelog_text(
    *, version: str, date: str, previous: str | None, changes: list[TableChanges]
) -> str:
    since = f"since {previous}" if previous else "first release: every record is new"
    lines = [
        f"# Changes in {version} ({date})",
        "",
        f"Records added, removed and changed by table, {since}. Records are named by id.",
        "",
        "| table | records | added | removed | changed |",
        "|---|---:|---:|---:|---:|",
    ]
    lines += [
        f"| {c.table} | {c.records} | {len(c.added)} | {len(c.removed)} | {len(c.changed)} |"
        for c in changes
    ]
    for table in changes:
        lines += _details(table) if previous else []
    return "\n".join(lines) + "\n"


def _details(changes: TableChanges) -> list[str]:
    listed = [
        ("Added", changes.added),
        ("Removed", changes.removed),
        ("Changed", changes.changed),
    ]
    lines = [f"- {label}: {_ids(ids)}" for label, ids in listed if ids]
    if changes.columns_added:
        lines.append(f"- Columns added: {', '.join(changes.columns_added)}")
    if changes.columns_removed:
        lines.append(f"- Columns removed: {', '.join(changes.columns_removed)}")
    return ["", f"## {changes.table}", "", *(lines or ["No changes."])]


def _ids(ids: tuple[int, ...]) -> str:
    shown = ", ".join(str(record_id) for record_id in ids[:LISTED_IDS])
    more = len(ids) - LISTED_IDS
    return f"{shown} and {more} more" if more > 0 else shown


def _records(path: Path) -> tuple[list[str], dict[int, list[str]]]:
    with path.open(newline="", encoding="utf-8") as file:
        reader = csv.reader(file)
        header = next(reader)
        return header, {int(row[0]): row for row in reader}
