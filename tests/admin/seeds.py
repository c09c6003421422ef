"""The five seed documents, imported as `make run` imports them, once per test module.

Extracting them costs seconds, so a module imports them once, inside a transaction that is
rolled back when the module ends; each test's own changes roll back at its end, as usual.
"""

import io
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from django.core.management import call_command
from django.db import transaction

from incidents.models import Incident

SEED_DOCUMENTS = Path(__file__).resolve().parents[2] / "fixtures" / "documents"


@contextmanager
def seeds_imported() -> Iterator[Incident]:
    """`manage.py import_documents fixtures/documents`, undone on leaving; yields the incident."""
    with transaction.atomic():
        call_command("import_documents", str(SEED_DOCUMENTS), stdout=io.StringIO())
        yield Incident.objects.get()
        transaction.set_rollback(True)
