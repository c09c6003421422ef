"""The seed incident as `make run` imports it, with some of its facts reviewed, for releases.

Importing the seeds takes seconds, so a test module imports them once, inside a transaction
that every test's own transaction nests in (a savepoint, rolled back after each test) and
that is rolled back after the module's last test:

    reviewed_seeds = pytest.fixture(scope="module")(releasing.reviewed_seeds)
"""

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.db import models, transaction

from incidents.models import CasualtyFigure, Statement, Suspect, SuspectStatusEvent
from incidents.models.vocabularies import ReviewStatus
from incidents.services.curation.review import fact_review

SEEDS = Path(settings.BASE_DIR) / "fixtures" / "documents"


@dataclass(frozen=True)
class Reviewed:
    accepted: dict[type[models.Model], set[int]]
    rejected: dict[type[models.Model], set[int]]


def review(records: models.QuerySet, status: str) -> set[int]:
    seen = dict(records.values_list("id", "version"))
    fact_review(model=records.model, seen_versions=seen, status=status, user=None)
    return set(seen)


def seed_import_reviewed() -> Reviewed:
    """Import the seeds; accept some of each kind of fact, reject a few, leave the rest."""
    call_command("import_documents", str(SEEDS), verbosity=0)
    accepted = {
        CasualtyFigure: review(CasualtyFigure.objects.order_by("id")[:20], ReviewStatus.ACCEPTED),
        Statement: review(Statement.objects.order_by("id")[:10], ReviewStatus.ACCEPTED),
        Suspect: review(Suspect.objects.order_by("id")[:6], ReviewStatus.ACCEPTED),
        SuspectStatusEvent: review(SuspectStatusEvent.objects.all(), ReviewStatus.ACCEPTED),
    }
    rejected = {
        CasualtyFigure: review(CasualtyFigure.objects.order_by("-id")[:3], ReviewStatus.REJECTED),
        Statement: review(Statement.objects.order_by("-id")[:3], ReviewStatus.REJECTED),
    }
    return Reviewed(accepted=accepted, rejected=rejected)


def reviewed_seeds(django_db_setup, django_db_blocker) -> Iterator[Reviewed]:
    with django_db_blocker.unblock():
        module_transaction = transaction.atomic()
        module_transaction.__enter__()
        reviewed = seed_import_reviewed()
    yield reviewed
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        module_transaction.__exit__(None, None, None)
