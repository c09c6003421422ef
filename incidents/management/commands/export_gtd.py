"""python manage.py export_gtd FILE: every incident in the GTD column layout (docs/interop.md)."""

from incidents.management.commands._dataset_commands import DatasetExportCommand


class Command(DatasetExportCommand):
    help = "Export every incident as a GTD-layout CSV file."
    layout = "gtd"
