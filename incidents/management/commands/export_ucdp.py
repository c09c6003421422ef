"""python manage.py export_ucdp FILE: every incident in the UCDP column layout (docs/interop.md)."""

from incidents.management.commands._dataset_commands import DatasetExportCommand


class Command(DatasetExportCommand):
    help = "Export every incident as a UCDP-layout CSV file."
    layout = "ucdp"
