"""python manage.py export_ucdp FILE: every incident in the UCDP column layout (docs/interop.md)."""

from incidents.management.commands._dataset_commands import DatasetExportCommand
from incidents.services.datasets.exporting import ucdp_export


class Command(DatasetExportCommand):
    help = "Export every incident as a UCDP-layout CSV file."
    export_file = staticmethod(ucdp_export)
