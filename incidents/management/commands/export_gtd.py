"""manage.py export_gtd: an alias of `export_dataset --layout gtd` (docs/interop.md)."""

from incidents.management.commands._dataset_commands import DatasetExportCommand


class Command(DatasetExportCommand):
    help = "Export every incident as a GTD-layout CSV file."
    layout = "gtd"
