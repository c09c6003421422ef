"""The admin's import formats, each refusing a file of more rows than one admin import takes.

An admin import reads the whole file, validates every row in a dry run and keeps every
row's errors for the page: a 3.4 MB XLSX of 200,000 bad rows took 267 s and 2.6 GB.
Past settings.ADMIN_IMPORT_MAX_ROWS data rows, a CSV or XLSX file is refused after counting
at most that many rows, before it is read; the message says so in one sentence.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterable, Iterator
from itertools import islice

from defusedxml.ElementTree import iterparse
from django.conf import settings
from import_export.formats.base_formats import CSV, JSON, XLSX

_FIRST_SHEET = "xl/worksheets/sheet1.xml"


class TooManyRows(ValueError):
    """The file holds more rows than an admin import takes; the message says so."""


class BoundedCSV(CSV):
    def create_dataset(self, in_stream, **kwargs):
        text = in_stream
        if isinstance(text, bytes):
            text = text.decode(self.encoding or "utf-8")
        _refuse_past_limit(csv.reader(io.StringIO(text)))
        return super().create_dataset(in_stream, **kwargs)


class BoundedXLSX(XLSX):
    def create_dataset(self, in_stream):
        _refuse_past_limit(_sheet_rows(in_stream))
        return super().create_dataset(in_stream)


def _sheet_rows(workbook: bytes) -> Iterator[None]:
    """One item per row of the first worksheet, read as a stream.

    openpyxl would parse the whole sheet first to size it when the file does not say its
    size (40 s for 200,000 rows); the XML parser refuses entity tricks (defusedxml).
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(workbook))
        sheet = archive.open(_FIRST_SHEET)
    except (zipfile.BadZipFile, KeyError):
        return  # not a workbook as Excel writes it: the XLSX reader says what is wrong
    with sheet:
        for _, element in iterparse(sheet):
            if element.tag.endswith("}row"):
                element.clear()
                yield None


class BoundedJSON(JSON):
    def create_dataset(self, in_stream, **kwargs):
        dataset = super().create_dataset(in_stream, **kwargs)
        _refuse_past_limit([dataset.headers, *dataset])
        return dataset


class ImportRowLimitMixin:
    """For an ImportExportMixin admin: the bounded formats, and their refusal shown as is."""

    formats = (BoundedCSV, BoundedXLSX, BoundedJSON)

    def add_data_read_fail_error_to_form(self, form, e) -> None:
        if isinstance(e, TooManyRows):
            form.add_error("import_file", str(e))
        else:
            super().add_data_read_fail_error_to_form(form, e)


def _refuse_past_limit(rows: Iterable) -> None:
    """`rows` starts with the header row."""
    limit = settings.ADMIN_IMPORT_MAX_ROWS
    if sum(1 for _ in islice(rows, 1, limit + 2)) > limit:
        raise TooManyRows(
            f"The file has more than {limit:,} rows, the most one import here takes; "
            "split it into smaller files."
        )
