import pytest
from django.urls import reverse

from incidents.models import Incident, IncidentSide
from incidents.models import vocabularies as v
from tests import factories
from tests.admin.formdata import change_form_data

pytestmark = pytest.mark.django_db


def one_sided_event() -> Incident:
    incident = factories.IncidentFactory(
        name="IS in Raqqa, 2017-06-01",
        violence_type=v.ViolenceType.ONE_SIDED,
        conflict_new_id=13637,
        conflict_name="IS - Civilians",
        successful=True,
    )
    factories.IncidentSideFactory(incident=incident, actor=factories.ActorFactory(name="IS"))
    factories.IncidentSideFactory(
        incident=incident, role=v.SideRole.SIDE_B, kind=v.SideKind.CIVILIANS, actor=None
    )
    return incident


def test_the_incident_page_shows_the_sides_apart_from_perpetrators_and_the_ucdp_conflict(
    curator_client, django_assert_max_num_queries
):
    incident = one_sided_event()
    with django_assert_max_num_queries(30):
        response = curator_client.get(
            reverse("admin:incidents_incident_change", args=[incident.pk])
        )
    page = response.content.decode()
    assert "Sides (UCDP: who fought whom, not perpetrators)" in page
    assert 'value="Civilians"' in page
    assert "Conflict (UCDP)" in page
    assert 'value="IS - Civilians"' in page
    assert "Outcome and property damage (GTD)" in page


def test_a_curator_saves_the_page_without_changing_the_sides(curator_client):
    incident = one_sided_event()
    url = reverse("admin:incidents_incident_change", args=[incident.pk])
    data = change_form_data(curator_client, url, property_damaged="true", property_damage_extent=3)
    response = curator_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    incident.refresh_from_db()
    assert (incident.property_damaged, incident.property_damage_extent) == (True, 3)
    assert sorted(IncidentSide.objects.values_list("role", "kind")) == [
        ("side_a", "non_state"),
        ("side_b", "civilians"),
    ]


@pytest.mark.parametrize(
    ("query", "found"),
    [("violence_type__exact=3", True), ("violence_type__exact=1", False),
     ("sides__kind__exact=civilians", True), ("sides__kind__exact=state", False)],
)  # fmt: skip
def test_the_incident_list_filters_by_violence_type_and_kind_of_side(curator_client, query, found):
    incident = one_sided_event()
    factories.IncidentFactory(name="Unrelated bombing")
    response = curator_client.get(f"{reverse('admin:incidents_incident_changelist')}?{query}")
    page = response.content.decode()
    assert (incident.name in page, "Unrelated bombing" in page) == (found, False)
