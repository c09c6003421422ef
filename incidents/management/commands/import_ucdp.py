"""python manage.py import_ucdp FILE [--strict]: a UCDP GED file into incidents."""

from incidents.management.commands._dataset_commands import DatasetImportCommand


class Command(DatasetImportCommand):
    help = "Import a UCDP-layout CSV or XLSX file as accepted, source-attributed incidents."
    layout = "ucdp"
