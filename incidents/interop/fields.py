"""Cell parsers and formatters shared by the dataset layouts.

Each parser takes the row and a column name, so that its error names the column and value.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import IntEnum
from functools import cache

from incidents.interop.countries import country_code
from incidents.interop.tables import RowError

Row = Mapping[str, str]
# GTD's codebook: -9 and -99 mean "unknown"; an empty cell means the same.
UNKNOWN_NUMBERS = frozenset({"-9", "-99", "-9.0", "-99.0"})
_COORDINATE_PLACES = Decimal("0.000001")
# The database's integer columns hold 32 bits (PostgreSQL's integer, what COPY checks).
LARGEST_INTEGER = 2_147_483_647


@dataclass(frozen=True)
class Inconsistency:
    """Something odd about a row that is imported anyway; `kind` takes a FlagKind value."""

    kind: str
    column: str
    reason: str


# The inconsistencies of the row being parsed; None when nobody collects them (an export's
# re-parse of a stored row). A context variable keeps every layout's parse_row(row) signature.
_inconsistencies: ContextVar[list[Inconsistency] | None] = ContextVar(
    "inconsistencies", default=None
)


@contextmanager
def inconsistencies_collected() -> Iterator[list[Inconsistency]]:
    """The inconsistencies noted while the block parses one row."""
    found: list[Inconsistency] = []
    token = _inconsistencies.set(found)
    try:
        yield found
    finally:
        _inconsistencies.reset(token)


def note_inconsistency(kind: str, column: str, reason: str) -> None:
    found = _inconsistencies.get()
    inconsistency = Inconsistency(kind, column, reason)
    # Parsers may read a cell twice (for a field and for the name): one flag per finding.
    if found is not None and inconsistency not in found:
        found.append(inconsistency)


def identifier(row: Row, column: str, max_length: int = 40) -> str:
    """The row's id: it cannot be shortened without naming another record, so a long one is bad."""
    value = row.get(column, "").strip()
    if not value:
        raise RowError(f"{column} is empty")
    if len(value) > max_length:
        raise RowError(f"{column} is longer than {max_length} characters")
    return value


def text(row: Row, column: str, max_length: int | None = None) -> str:
    """The cell, stripped; past `max_length` it is cut there and the row flagged (the verbatim
    row keeps the whole text)."""
    value = row.get(column, "").strip()
    if max_length is not None and len(value) > max_length:
        reason = f"{column} has {len(value)} characters; kept the first {max_length}"
        note_inconsistency("truncated", column, reason)
        return value[:max_length]
    return value


def count(row: Row, column: str) -> int | None:
    """A non-negative whole number, or None when unknown."""
    value = integer(row, column)
    if value is not None and value < 0:
        raise RowError(f"{column} must not be negative, got {row[column]!r}")
    return value


def integer(row: Row, column: str) -> int | None:
    value = text(row, column)
    if not value or value in UNKNOWN_NUMBERS:
        return None
    number = _finite_number(column, value)
    if number.adjusted() > 9 or abs(number) > LARGEST_INTEGER:  # adjusted(): no overflow
        raise RowError(f"{column} {value} is out of range (at most {LARGEST_INTEGER:,})")
    if number != number.to_integral_value():
        raise RowError(f"{column} is not a whole number: {value!r}")
    return int(number)


def _finite_number(column: str, value: str) -> Decimal:
    """The cell as a number; "inf", "NaN" and "sNaN" parse as Decimals but are not numbers."""
    try:
        number = Decimal(value)
    except InvalidOperation:
        number = None
    if number is None or not number.is_finite():
        raise RowError(f"{column} is not a number: {value!r}")
    return number


def country(row: Row, column: str) -> str:
    """The ISO code of the cell's country name; '' (and a flag) for a name no list knows."""
    name = row.get(column, "")
    code = country_code(name)
    if code is None:
        reason = f"{column} {name.strip()!r} is not a known country"
        note_inconsistency("unknown_name", column, reason)
        return ""
    return code


def ordered_estimate(
    low: int | None, best: int, high: int | None, columns: str = "low/best/high"
) -> tuple[int | None, int, int | None]:
    """low <= best <= high as the database keeps it: a bound on the wrong side of best is moved
    to best, and the row flagged (its verbatim values stay as the source gave them)."""
    ordered = (
        low if low is None else min(low, best),
        best,
        high if high is None else max(high, best),
    )
    if ordered != (low, best, high):
        given, kept = ("/".join(str(v) for v in values) for values in ((low, best, high), ordered))
        note_inconsistency(
            "out_of_order", columns, f"{columns} {given} are not in order; stored as {kept}"
        )
    return ordered


def flag(row: Row, column: str) -> bool | None:
    """GTD's 1 / 0 / -9 yes-no-unknown."""
    value = integer(row, column)
    if value not in (None, 0, 1):
        raise RowError(f"{column} must be 1, 0 or -9, got {row[column]!r}")
    return None if value is None else value == 1


def coordinate(row: Row, column: str, limit: int) -> Decimal | None:
    value = text(row, column)
    if not value:
        return None
    number = _finite_number(column, value)
    if not -limit <= number <= limit:
        raise RowError(f"{column} {value} is outside -{limit}..{limit}")
    return number.quantize(_COORDINATE_PLACES)


def labelled_codes(
    row: Row, columns: tuple[str, ...], vocabulary: type[IntEnum]
) -> tuple[int, ...]:
    """Codes named by their labels in several columns, in column order, without repeats."""
    codes: list[int] = []
    for column in columns:
        label = text(row, column)
        if label:
            code = code_for_label(vocabulary, label, column)
            if code not in codes:
                codes.append(code)
    return tuple(codes)


def code_for_label(vocabulary: type[IntEnum], label: str, column: str) -> int:
    code = _codes_by_label(vocabulary).get(label.casefold())
    if code is None:
        raise RowError(f"{column} has an unknown label: {label!r}")
    return code


@cache
def _codes_by_label(vocabulary: type[IntEnum]) -> dict[str, int]:
    """Labels, and their short forms before " (": derived files shorten "Vehicle (not ...)"."""
    short = {choice.label.split(" (")[0].casefold(): int(choice) for choice in vocabulary}
    return short | {choice.label.casefold(): int(choice) for choice in vocabulary}


# Citations of government documents (GTD cites Senate and State Department reports) and of
# books, told apart from news articles by the words their references use.
_OFFICIAL = re.compile(
    r"\b(Senate|House of Representatives|Congress(ional)?|Parliament(ary)?|Committee|Hearings?|"
    r"Department of|Ministry|Government Printing Office|Country Reports)\b"
)
_BOOK = re.compile(r"\b(University Press|Press|Publishers?|Publishing|Books|ISBN)\b|\bpp?\. ?\d")


def citation_kind(text: str) -> str:
    """The SourceKind value of a cited text: several reports in one cell or a book are "other"."""
    if len([part for part in text.split(";") if part.strip()]) > 1:
        return "other"
    if _OFFICIAL.search(text):
        return "official_statement"
    if _BOOK.search(text):
        return "other"
    return "news_article"


def number_text(value: int | Decimal | None, unknown: str = "") -> str:
    return unknown if value is None else str(value)


def flag_text(value: bool | None) -> str:
    return "-9" if value is None else str(int(value))
