"""Streaming readers for tabular dataset files (CSV, XLSX) and a CSV writer.

Rows are yielded one at a time so that memory stays flat however long the file is.
Row numbers are spreadsheet numbers: the header is row 1, the first record row 2.
"""

from __future__ import annotations

import csv
import zipfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path

_SNIFF_BYTES = 64 * 1024
_XLSX_MAGIC = b"PK\x03\x04"
_UTF16_MARKS = (b"\xff\xfe", b"\xfe\xff")
_ENCODING_NAMES = {"utf-8-sig": "UTF-8", "cp1252": "Windows-1252 (or UTF-8)", "utf-16": "UTF-16"}


class DatasetFileError(Exception):
    """The file cannot be read as a dataset of the expected layout."""


class RowError(ValueError):
    """One record is malformed; the message names the column and the value."""


Row = Mapping[str, str]


@contextmanager
def open_table(path: Path, required: Sequence[str]) -> Iterator[Iterator[tuple[int, Row]]]:
    """Numbered rows of a CSV or XLSX file whose header holds every `required` column."""
    head = _head(path)
    if head.startswith(_XLSX_MAGIC):
        with _xlsx_rows(path) as rows:
            yield _checked(path, rows, required)
        return
    encoding = _text_encoding(path, head)
    # Strict decoding: a byte the encoding does not define refuses the file rather than
    # storing U+FFFD (a Shift-JIS file read as Windows-1252 overwrote summaries with it).
    with path.open(newline="", encoding=encoding) as handle:
        yield _checked(path, _decoded(path, encoding, csv.reader(handle)), required)


def write_csv(path: Path, columns: Sequence[str], rows: Iterable[Row]) -> int:
    """Write rows in `columns` order; returns the number of records written."""
    count = 0
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(columns), extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
            count += 1
    return count


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            head = handle.read(_SNIFF_BYTES)
    except FileNotFoundError:
        raise DatasetFileError(f"{path} does not exist.") from None
    except IsADirectoryError:
        raise DatasetFileError(f"{path} is a directory, not a file.") from None
    if not head.strip():
        raise DatasetFileError(f"{path} is empty.")
    return head


def _text_encoding(path: Path, head: bytes) -> str:
    """UTF-16 with its byte-order mark (as spreadsheet programs write it), UTF-8, or else
    Windows-1252; a file with NUL bytes and no UTF-16 mark is binary."""
    if head.startswith(_UTF16_MARKS):
        return "utf-16"
    if b"\x00" in head:
        raise DatasetFileError(f"{path} is a binary file, not CSV or XLSX.")
    return "utf-8-sig" if _is_utf8(head) else "cp1252"


def _decoded(path: Path, encoding: str, rows: Iterator[list[str]]) -> Iterator[list[str]]:
    try:
        yield from rows
    except UnicodeDecodeError as error:
        name = _ENCODING_NAMES.get(encoding, encoding)
        raise DatasetFileError(
            f"{path} is not {name} text (byte {error.object[error.start : error.start + 1]!r} "
            "cannot be decoded); nothing was imported. Save it as UTF-8 and import it again."
        ) from None


def _is_utf8(head: bytes) -> bool:
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        # A multi-byte character cut by the sniff window is still UTF-8.
        return error.start >= len(head) - 3
    return True


@contextmanager
def _xlsx_rows(path: Path) -> Iterator[Iterator[Sequence[object]]]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as error:
        raise DatasetFileError(f"{path} is not a readable XLSX workbook ({error}).") from None
    try:
        sheet = workbook.worksheets[0]
        yield (tuple(_cell_text(v) for v in row) for row in sheet.iter_rows(values_only=True))
    finally:
        workbook.close()


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _checked(
    path: Path, rows: Iterator[Sequence[object]], required: Sequence[str]
) -> Iterator[tuple[int, Row]]:
    header = [str(name).strip().lower() for name in next(rows, [])]
    missing = [name for name in required if name not in header]
    if missing:
        raise DatasetFileError(
            f"{path} lacks the column(s) {', '.join(missing)}; is it in the expected layout?"
        )
    return _records(header, rows)


def _records(header: list[str], rows: Iterator[Sequence[object]]) -> Iterator[tuple[int, Row]]:
    width = len(header)
    for number, values in enumerate(rows, start=2):
        cells = [str(v) for v in values]
        if not any(cell.strip() for cell in cells):
            continue
        cells = (cells + [""] * width)[:width]
        yield number, dict(zip(header, cells, strict=True))
