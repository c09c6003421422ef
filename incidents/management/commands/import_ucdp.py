"""manage.py import_ucdp: an alias of `import_dataset --layout ucdp` (docs/interop.md)."""

from incidents.management.commands._dataset_commands import DatasetImportCommand


class Command(DatasetImportCommand):
    help = "Import a UCDP-layout CSV or XLSX file as accepted, source-attributed incidents."
    layout = "ucdp"
