import pytest
from django.urls import reverse

from incidents.models import CasualtyFigure, Incident
from tests import factories
from tests.admin.formdata import change_form_data

pytestmark = pytest.mark.django_db


def test_the_second_of_two_concurrent_edits_is_refused(curator_client):
    figure = factories.CasualtyFigureFactory(value=40)
    url = reverse("admin:incidents_casualtyfigure_change", args=[figure.pk])
    first = change_form_data(curator_client, url, value=60)
    second = change_form_data(curator_client, url, value=115)

    curator_client.post(url, first)
    response = curator_client.post(url, second)

    assert "was changed by someone else since you opened it; reload" in response.content.decode()
    figure.refresh_from_db()
    assert (figure.value, figure.version) == (60, 2)


def test_a_stale_accept_on_the_incident_page_is_refused(curator_client):
    figure = factories.CasualtyFigureFactory(value=40)
    url = reverse(
        "admin:incidents_incident_fact_review",
        args=[figure.incident_id, "figure", figure.pk, "accepted"],
    )
    # Another curator changes the figure on its own page after this page was loaded.
    CasualtyFigure.objects.filter(pk=figure.pk).update(value=50, version=2)

    response = curator_client.post(url, {f"seen-{figure.pk}": 1}, follow=True)

    assert "changed by someone else since you loaded the page" in response.content.decode()
    assert CasualtyFigure.objects.get(pk=figure.pk).review_status == "proposed"


def test_a_save_that_races_past_the_form_check_is_rolled_back(curator_client, monkeypatch):
    incident = factories.IncidentFactory(summary="first")
    url = reverse("admin:incidents_incident_change", args=[incident.pk])
    data = change_form_data(curator_client, url, summary="second")
    # Simulate the other save landing between the form's check and our UPDATE.
    from incidents.admin.locking import VersionedModelForm

    monkeypatch.setattr(VersionedModelForm, "_stored_version", lambda self: self.instance.version)
    Incident.objects.filter(pk=incident.pk).update(summary="other", version=2)

    response = curator_client.post(url, data, follow=True)

    assert "was changed by someone else" in response.content.decode()
    incident.refresh_from_db()
    assert (incident.summary, incident.version) == ("other", 2)
