"""What import_gtd / import_ucdp / export_gtd / export_ucdp share: arguments and reporting."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from incidents.services.datasets.importing import DatasetImportError, ImportReport


class DatasetImportCommand(BaseCommand):
    import_file: Callable[..., ImportReport]

    def add_arguments(self, parser) -> None:
        parser.add_argument("file", type=Path, help="CSV or XLSX file")
        parser.add_argument(
            "--strict",
            action="store_true",
            help="Stop at the first bad row and import nothing (default: skip bad rows).",
        )

    def handle(self, *args, file: Path, strict: bool, **options) -> None:
        try:
            report = type(self).import_file(path=file, strict=strict)
        except DatasetImportError as error:
            raise CommandError(str(error)) from None
        for problem in report.problems:
            self.stderr.write(f"{file}: {problem}; skipped")
        if report.skipped > len(report.problems):
            self.stderr.write(f"... and {report.skipped - len(report.problems)} more bad rows")
        self.stdout.write(
            f"{file}: {report.inserted} inserted, {report.updated} updated, "
            f"{report.unchanged} unchanged, {report.skipped} skipped"
        )


class DatasetExportCommand(BaseCommand):
    export_file: Callable[..., int]

    def add_arguments(self, parser) -> None:
        parser.add_argument("file", type=Path, help="CSV file to write")

    def handle(self, *args, file: Path, **options) -> None:
        if not file.parent.is_dir():
            raise CommandError(f"{file.parent} is not a directory.")
        count = type(self).export_file(path=file)
        self.stdout.write(f"{file}: {count} incidents written")
