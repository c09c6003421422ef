"""manage.py import_dataset --layout gtd|ucdp|acled FILE [--strict] (see docs/interop.md)."""

from incidents.management.commands._dataset_commands import DatasetImportCommand


class Command(DatasetImportCommand):
    help = "Import a reference-dataset CSV or XLSX file as accepted, source-attributed incidents."
