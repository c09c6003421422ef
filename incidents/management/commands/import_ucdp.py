"""python manage.py import_ucdp FILE [--strict]: a UCDP GED file into incidents."""

from incidents.management.commands._dataset_commands import DatasetImportCommand
from incidents.services.datasets.importing import ucdp_import


class Command(DatasetImportCommand):
    help = "Import a UCDP-layout CSV or XLSX file as accepted, source-attributed incidents."
    import_file = staticmethod(ucdp_import)
