"""python manage.py import_gtd FILE [--strict]: a GTD file into incidents (see docs/interop.md)."""

from incidents.management.commands._dataset_commands import DatasetImportCommand
from incidents.services.datasets.importing import gtd_import


class Command(DatasetImportCommand):
    help = "Import a GTD-layout CSV or XLSX file as accepted, source-attributed incidents."
    import_file = staticmethod(gtd_import)
