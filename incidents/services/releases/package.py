"""Writing one release's Data Package into a folder: tables, descriptor, codebook, changelog,
citation and checksums. Everything written is a function of the data, the version and the
date, in a fixed order, so the same data gives the same bytes.

The descriptor follows the Data Package v1 specification as published (flat CSV dialect,
`sha256:` hashes), which every Data Package reader understands; frictionless checks it.
"""

from __future__ import annotations

import copy
import csv
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from frictionless import Package

from incidents.services.releases.changelog import changelog_text, table_changes
from incidents.services.releases.codebook import codebook_text
from incidents.services.releases.columns import Table
from incidents.services.releases.selection import Selection
from incidents.services.releases.tables import TABLES

NAME = "incident-database"
TITLE = "Incident database"
DESCRIPTION = (
    "Curated, source-attributed records of violent incidents: casualty figures, statements, "
    "suspects and their legal history, with the quotes and sources that support them. "
    "Only records that curators accepted."
)
CHECKSUMS = "SHA256SUMS"
DIALECT = {"delimiter": ",", "lineTerminator": "\r\n", "header": True}


@dataclass(frozen=True)
class ReleaseInfo:
    version: str
    date: str  # ISO 8601
    author: str
    previous_version: str | None = None
    previous_package: Path | None = None


def package_write(*, folder: Path, info: ReleaseInfo, selection: Selection) -> dict[str, int]:
    """Write the package into `folder` (new); return the record count of each table."""
    (folder / "data").mkdir(parents=True)
    counts = {table.name: _write_table(folder / table.path, table, selection) for table in TABLES}
    descriptor = _descriptor(folder, info)
    # frictionless refuses a malformed descriptor (it may rework what it is given: a copy).
    Package.from_descriptor(copy.deepcopy(descriptor))
    _write_text(folder / "datapackage.json", json.dumps(descriptor, indent=2, ensure_ascii=False))
    _write_text(
        folder / "README.md",
        codebook_text(
            title=TITLE, version=info.version, date=info.date, tables=TABLES, counts=counts
        ),
    )
    changes = [
        table_changes(table, current=folder, previous=info.previous_package) for table in TABLES
    ]
    _write_text(
        folder / "CHANGELOG.md",
        changelog_text(
            version=info.version, date=info.date, previous=info.previous_version, changes=changes
        ),
    )
    _write_text(folder / "CITATION.cff", _citation(info))
    _write_checksums(folder)
    return counts


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def package_files(folder: Path) -> list[Path]:
    """Every file of the package, in the order checksums and archives list them."""
    return sorted(path for path in folder.rglob("*") if path.is_file())


def _write_table(path: Path, table: Table, selection: Selection) -> int:
    count = 0
    with path.open("w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file, lineterminator=DIALECT["lineTerminator"])
        writer.writerow(table.header)
        for row in table.rows(selection):
            writer.writerow(row)
            count += 1
    return count


def _descriptor(folder: Path, info: ReleaseInfo) -> dict:
    return {
        "profile": "tabular-data-package",
        "name": NAME,
        "title": TITLE,
        "description": DESCRIPTION,
        "version": info.version,
        "created": f"{info.date}T00:00:00Z",
        "contributors": [{"title": info.author, "role": "author"}],
        "resources": [_resource(folder, table) for table in TABLES],
    }


def _resource(folder: Path, table: Table) -> dict:
    path = folder / table.path
    return {
        "profile": "tabular-data-resource",
        "name": table.name,
        "path": table.path,
        "title": table.title,
        "description": table.description,
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "bytes": path.stat().st_size,
        "hash": f"sha256:{sha256_of(path)}",
        "dialect": DIALECT,
        "schema": table.schema(),
    }


def _citation(info: ReleaseInfo) -> str:
    # JSON strings are YAML double-quoted scalars: any title or name is quoted safely.
    quoted = json.dumps
    return "\n".join(
        [
            "cff-version: 1.2.0",
            'message: "If you use this data, please cite it as below."',
            "type: dataset",
            f"title: {quoted(f'{TITLE}, release {info.version}')}",
            f"version: {quoted(info.version)}",
            f"date-released: {quoted(info.date)}",
            "authors:",
            f"  - name: {quoted(info.author)}",
            f"abstract: {quoted(DESCRIPTION)}",
            "",
        ]
    )


def _write_checksums(folder: Path) -> None:
    lines = [
        f"{sha256_of(path)}  {path.relative_to(folder).as_posix()}"
        for path in package_files(folder)
    ]
    _write_text(folder / CHECKSUMS, "\n".join(lines))


def _write_text(path: Path, text: str) -> None:
    path.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8", newline="")
