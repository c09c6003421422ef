"""manage.py import_gtd: an alias of `import_dataset --layout gtd` (docs/interop.md)."""

from incidents.management.commands._dataset_commands import DatasetImportCommand


class Command(DatasetImportCommand):
    help = "Import a GTD-layout CSV or XLSX file as accepted, source-attributed incidents."
    layout = "gtd"
