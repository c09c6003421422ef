"""manage.py export_ucdp: an alias of `export_dataset --layout ucdp` (docs/interop.md)."""

from incidents.management.commands._dataset_commands import DatasetExportCommand


class Command(DatasetExportCommand):
    help = "Export every incident as a UCDP-layout CSV file."
    layout = "ucdp"
