"""What import_dataset / export_dataset share, and their per-dataset aliases (import_gtd, ...):
arguments and reporting. A command without a fixed `layout` takes --layout."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from incidents.interop.layouts import LAYOUTS, Layout
from incidents.services.datasets.exporting import dataset_export
from incidents.services.datasets.importing import (
    DatasetImportError,
    ImportReport,
    dataset_import,
)


class DatasetCommand(BaseCommand):
    layout: str | None = None  # a name in LAYOUTS; None: the --layout argument names it

    def add_arguments(self, parser) -> None:
        if self.layout is None:
            parser.add_argument("--layout", required=True, choices=sorted(LAYOUTS))

    def chosen_layout(self, options: dict) -> Layout:
        return LAYOUTS[self.layout or options["layout"]]


class DatasetImportCommand(DatasetCommand):
    def add_arguments(self, parser) -> None:
        super().add_arguments(parser)
        parser.add_argument("file", type=Path, help="CSV or XLSX file")
        parser.add_argument(
            "--strict",
            action="store_true",
            help="Stop at the first bad row and import nothing (default: skip bad rows).",
        )

    def handle(self, *args, file: Path, strict: bool, **options) -> None:
        try:
            report = dataset_import(path=file, layout=self.chosen_layout(options), strict=strict)
        except DatasetImportError as error:
            raise CommandError(str(error)) from None
        for problem in report.problems:
            self.stderr.write(f"{problem}; skipped")
        if report.skipped > len(report.problems):
            self.stderr.write(f"... and {report.skipped - len(report.problems)} more bad rows")
        for inconsistency in report.inconsistencies:
            self.stderr.write(f"{inconsistency}; imported with a flag")
        self.stdout.write(
            f"{file}: {report.inserted} inserted, {report.updated} updated, "
            f"{report.unchanged} unchanged, {report.skipped} skipped, {report.flagged} flagged"
        )
        if report.skipped:
            raise CommandError(_rejected(file, report))


def _rejected(file: Path, report: ImportReport) -> str:
    """Rejected rows fail the command (a script must notice), whatever was imported."""
    kept = report.inserted + report.updated + report.unchanged
    outcome = f"the other {kept} were imported" if kept else "nothing was imported"
    rows = "1 row was" if report.skipped == 1 else f"{report.skipped} rows were"
    return f"{file}: {rows} rejected; {outcome}."


class DatasetExportCommand(DatasetCommand):
    def add_arguments(self, parser) -> None:
        super().add_arguments(parser)
        parser.add_argument("file", type=Path, help="CSV file to write")

    def handle(self, *args, file: Path, **options) -> None:
        if not file.parent.is_dir():
            raise CommandError(f"{file.parent} is not a directory.")
        count = dataset_export(path=file, layout=self.chosen_layout(options))
        self.stdout.write(f"{file}: {count} incidents written")
