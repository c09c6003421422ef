"""The package's README.md: a codebook written from the same columns as the table schemas."""

from __future__ import annotations

from incidents.services.releases.columns import Column, Table

FILES = (
    (
        "datapackage.json",
        "The Frictionless Data Package descriptor: every table's schema "
        "(types, descriptions, keys), size and SHA-256.",
    ),
    ("data/*.csv", "The tables, UTF-8 CSV with a header row; an empty cell is unknown."),
    ("CHANGELOG.md", "Records added, removed and changed since the previous release."),
    ("CITATION.cff", "How to cite this release."),
    ("SHA256SUMS", "The SHA-256 of every other file: `sha256sum -c SHA256SUMS`."),
)


def codebook_text(
    *, title: str, version: str, date: str, tables: tuple[Table, ...], counts: dict[str, int]
) -> str:
    lines = [
        f"# {title} {version}",
        "",
        f"Released {date}. Curated, source-attributed records of violent incidents: only what "
        "curators accepted. Every figure, statement and suspect is cited by quotes of its "
        "sources (`evidence`); the sources are cited by title, publisher, URL, date and "
        "reliability grade, never by their text.",
        "",
        "## Files",
        "",
        "| file | what it holds |",
        "|---|---|",
        *(f"| `{name}` | {what} |" for name, what in FILES),
        "",
        "## Tables",
        "",
        "| table | records | what it holds |",
        "|---|---:|---|",
        *(f"| `{t.name}` | {counts[t.name]} | {_escaped(t.description)} |" for t in tables),
    ]
    for table in tables:
        lines += _table_section(table, counts[table.name])
    return "\n".join(lines) + "\n"


def _table_section(table: Table, count: int) -> list[str]:
    keys = [f"`{name}` -> `{target}.id`" for name, target in table.foreign_keys]
    lines = [
        "",
        f"### {table.title}",
        "",
        f"`{table.path}`, records: {count}.",
        "",
        table.description,
        "",
        "Primary key: `id`." + (f" Foreign keys: {', '.join(keys)}." if keys else ""),
        "",
        "| column | type | required | description |",
        "|---|---|---|---|",
        *(_column_row(column) for column in table.columns),
    ]
    for column in table.columns:
        lines += _allowed_values(column)
    return lines


def _column_row(column: Column) -> str:
    required = "yes" if column.required else ""
    return f"| `{column.name}` | {column.type} | {required} | {_escaped(column.description)} |"


def _allowed_values(column: Column) -> list[str]:
    if not column.choices:
        return []
    values = "; ".join(f"`{value}` ({_escaped(label)})" for value, label in column.choices)
    return ["", f"`{column.name}`: {values}."]


def _escaped(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")
