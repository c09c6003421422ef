"""python manage.py export_gtd FILE: every incident in the GTD column layout (docs/interop.md)."""

from incidents.management.commands._dataset_commands import DatasetExportCommand
from incidents.services.datasets.exporting import gtd_export


class Command(DatasetExportCommand):
    help = "Export every incident as a GTD-layout CSV file."
    export_file = staticmethod(gtd_export)
