import pytest
from django.urls import reverse

from incidents.models import Actor, CasualtyFigure
from tests import factories
from tests.admin.formdata import change_form_data

pytestmark = pytest.mark.django_db

CHANGELISTS = [
    "casualtyfigure",
    "statement",
    "suspect",
    "suspectstatusevent",
    "incident",
    "source",
    "actor",
]


@pytest.mark.parametrize("name", CHANGELISTS)
def test_an_anonymous_user_is_sent_to_the_login_page(client, name):
    url = reverse(f"admin:incidents_{name}_changelist")
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


@pytest.mark.parametrize("name", CHANGELISTS)
def test_a_viewer_sees_the_lists_without_actions(viewer_client, name):
    response = viewer_client.get(reverse(f"admin:incidents_{name}_changelist"))
    assert response.status_code == 200
    assert response.context["action_form"] is None


def test_a_viewer_cannot_save_a_change_form(viewer_client, curator_client):
    figure = factories.CasualtyFigureFactory(value=40)
    url = reverse("admin:incidents_casualtyfigure_change", args=[figure.pk])
    data = change_form_data(curator_client, url, value=99)

    response = viewer_client.post(url, data)

    assert response.status_code == 403
    assert CasualtyFigure.objects.get(pk=figure.pk).value == 40


@pytest.mark.parametrize("action", ["accept_selected", "reject_selected"])
def test_a_viewer_cannot_run_bulk_review_actions(viewer_client, action):
    figure = factories.CasualtyFigureFactory()
    viewer_client.post(
        reverse("admin:incidents_casualtyfigure_changelist"),
        {"action": action, "_selected_action": [figure.pk], "index": 0},
    )
    assert CasualtyFigure.objects.get(pk=figure.pk).review_status == "proposed"


def test_a_viewer_cannot_merge_actors(viewer_client):
    keep, merged = factories.ActorFactory.create_batch(2)
    viewer_client.post(
        reverse("admin:incidents_actor_changelist"),
        {
            "action": "merge_selected",
            "_selected_action": [keep.pk, merged.pk],
            "keep": keep.pk,
            "confirm": "yes",
        },
    )
    assert Actor.objects.count() == 2


def test_a_viewer_cannot_reset_an_estimate(viewer_client):
    incident = factories.IncidentFactory(estimate_is_curated=True, killed_best=3)
    url = reverse("admin:incidents_incident_estimate_derived", args=[incident.pk])
    assert viewer_client.post(url).status_code == 403
