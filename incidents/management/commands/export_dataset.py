"""manage.py export_dataset --layout gtd|ucdp|acled FILE (see docs/interop.md)."""

from incidents.management.commands._dataset_commands import DatasetExportCommand


class Command(DatasetExportCommand):
    help = "Write every incident as a CSV in a reference dataset's layout."
