"""A fact's history page reads like its change form: labels, yes/no, and who did what."""

import datetime as dt
from pathlib import Path

import pytest
from django.core.management import call_command
from django.urls import reverse

from incidents.admin.history import SYSTEM_AUTHOR, value_label
from incidents.models import CasualtyFigure, Incident
from incidents.models.vocabularies import ReviewStatus
from incidents.services.curation.review import fact_review
from tests import factories

pytestmark = pytest.mark.django_db

# The shortest of the seeds `make run` imports: TASS's first report of the attack.
SEED = Path(__file__).resolve().parents[2] / "fixtures" / "documents" / "001_0ad943342ae21be7.txt"


def text_of(response) -> str:
    return " ".join(response.content.decode().split())


@pytest.fixture
def imported_then_accepted(curator) -> CasualtyFigure:
    call_command("import_documents", str(SEED), verbosity=0)
    figure = CasualtyFigure.objects.order_by("pk").first()
    fact_review(
        model=CasualtyFigure,
        seen_versions={figure.pk: figure.version},
        status=ReviewStatus.ACCEPTED,
        user=curator,
    )
    return figure


def test_an_imported_then_accepted_figure_shows_labels_and_authors(
    curator_client, curator, imported_then_accepted, django_assert_max_num_queries
):
    url = reverse("admin:incidents_casualtyfigure_history", args=[imported_then_accepted.pk])

    with django_assert_max_num_queries(20):
        page = text_of(curator_client.get(url))

    assert "<strong>Review status:</strong> Proposed&nbsp;&rarr;&nbsp;&nbsp;Accepted" in page
    assert f"<strong>Reviewed by:</strong> —&nbsp;&rarr;&nbsp;&nbsp;{curator.username}" in page
    assert f'<td class="history-author"> {SYSTEM_AUTHOR} </td>' in page
    assert "pk=None" not in page
    assert "None" not in page
    assert "Version:" not in page  # the lock's counter is bookkeeping, not an edit
    assert "+00:00" not in page  # "Reviewed at" is a date as the admin writes dates


def test_an_edited_qualifier_and_boolean_show_their_labels(curator_client):
    incident = factories.IncidentFactory(claimed=False)
    incident.claimed = True
    incident.save()
    figure = factories.CasualtyFigureFactory(qualifier="at_least")
    figure.qualifier = "more_than"
    figure.save()

    incident_page = text_of(
        curator_client.get(reverse("admin:incidents_incident_history", args=[incident.pk]))
    )
    figure_page = text_of(
        curator_client.get(reverse("admin:incidents_casualtyfigure_history", args=[figure.pk]))
    )

    assert "no&nbsp;&rarr;&nbsp;&nbsp;yes" in incident_page
    assert "At least&nbsp;&rarr;&nbsp;&nbsp;More than" in figure_page


@pytest.mark.parametrize(
    ("model", "field", "value", "shown"),
    [
        (CasualtyFigure, "review_status", "rejected", "Rejected"),
        (CasualtyFigure, "kind", "killed", "Killed"),
        (CasualtyFigure, "value", 40, 40),
        (CasualtyFigure, "subgroup", "", "—"),
        (CasualtyFigure, "value_max", None, "—"),
        (Incident, "claimed", False, "no"),
        (Incident, "start_date", dt.date(2024, 3, 22), "March 22, 2024"),
    ],
)
def test_value_label(model, field, value, shown):
    assert value_label(model, field, value) == shown
