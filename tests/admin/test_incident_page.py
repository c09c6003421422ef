import pytest
from django.urls import reverse

from incidents.models import Incident
from incidents.models.vocabularies import ReviewStatus
from tests import factories
from tests.admin.formdata import change_form_data
from tests.reviewing import figures_review

pytestmark = pytest.mark.django_db


def incident_url(incident) -> str:
    return reverse("admin:incidents_incident_change", args=[incident.pk])


def test_it_shows_figures_statements_and_suspects_with_their_status_events(curator_client, seeded):
    factories.StatementFactory(incident=seeded.incident, text="We did it.")
    suspect = factories.SuspectFactory(incident=seeded.incident, full_name="Shamsidin Fariduni")
    event = factories.SuspectStatusEventFactory(suspect=suspect)

    page = curator_client.get(incident_url(seeded.incident)).content.decode()

    assert "We did it." in page
    assert "Shamsidin Fariduni" in page
    assert reverse("admin:incidents_suspectstatusevent_change", args=[event.pk]) in page
    assert f"/casualtyfigure/{seeded.killed.pk}/change/" in page


def test_the_timeline_plots_accepted_figures_and_proposed_ones_on_request(
    curator_client, curator, seeded
):
    figures_review([seeded.killed], ReviewStatus.ACCEPTED, curator)
    url = incident_url(seeded.incident)

    accepted_only = curator_client.get(url).context["timeline_svg"]
    with_proposed = curator_client.get(f"{url}?proposed=1").context["timeline_svg"]

    assert accepted_only.count('class="point"') == 1
    assert 'data-value="40"' in accepted_only
    assert with_proposed.count('class="point"') == 2
    assert 'data-status="proposed"' in with_proposed


def test_the_estimate_panel_shows_curated_against_derived_and_goes_back(
    curator_client, curator, seeded
):
    figures_review([seeded.killed], ReviewStatus.ACCEPTED, curator)
    incident = Incident.objects.get(pk=seeded.incident.pk)
    url = incident_url(incident)
    data = change_form_data(curator_client, url, killed_best=45, killed_high=45)
    curator_client.post(url, data)
    incident.refresh_from_db()
    assert (incident.estimate_is_curated, incident.killed_best) == (True, 45)
    assert "set by a curator" in curator_client.get(url).content.decode()

    reset = reverse("admin:incidents_incident_estimate_derived", args=[incident.pk])
    curator_client.post(reset, {"seen_version": incident.version})

    incident.refresh_from_db()
    assert (incident.estimate_is_curated, incident.killed_best) == (False, 40)
    assert incident.history.first().history_user == curator


def test_a_reset_from_a_stale_page_is_refused(curator_client):
    incident = factories.IncidentFactory(estimate_is_curated=True, killed_best=3, version=4)
    reset = reverse("admin:incidents_incident_estimate_derived", args=[incident.pk])

    response = curator_client.post(reset, {"seen_version": 3}, follow=True)

    assert "was changed by someone else" in response.content.decode()
    assert Incident.objects.get(pk=incident.pk).estimate_is_curated


def test_the_incident_page_uses_a_bounded_number_of_queries(
    curator_client, seeded, django_assert_max_num_queries
):
    for _ in range(5):
        factories.CasualtyFigureFactory(incident=seeded.incident)
        factories.StatementFactory(incident=seeded.incident)
        suspect = factories.SuspectFactory(incident=seeded.incident)
        factories.SuspectStatusEventFactory(suspect=suspect)
    with django_assert_max_num_queries(30):
        response = curator_client.get(incident_url(seeded.incident))
    assert response.status_code == 200
