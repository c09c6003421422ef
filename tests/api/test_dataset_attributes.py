"""The API publishes what GTD and UCDP know: outcome, property damage, violence type,
conflict and dyad, and the sides of an event, which are not its perpetrators."""

from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from incidents.interop import layouts
from incidents.models import vocabularies as v
from incidents.services.datasets.importing import dataset_import
from tests import factories
from tests.api.conftest import ids

GED_SAMPLE = Path(__file__).parents[2].parent / "shared/datasets/ucdp-ged-23.1-sample-1000.csv"


@pytest.fixture
def ged_sample(db) -> Path:
    if not GED_SAMPLE.exists():
        pytest.skip(f"the real GED sample is absent ({GED_SAMPLE}); see the issue")
    dataset_import(layout=layouts.UCDP, path=GED_SAMPLE)
    return GED_SAMPLE


def _count(api, query: str) -> int:
    """How many incidents the query finds, following the cursor pages to the end."""
    url, found = f"/api/v1/incidents/?page_size=500&{query}", 0
    while url:
        response = api.get(url)
        assert response.status_code == 200, response.content
        found += len(response.json()["results"])
        url = response.json()["next"]
    return found


def test_civilians_are_never_perpetrators_of_the_real_ged_sample(api, ged_sample):
    assert _count(api, "perpetrator=Civilians") == 0
    one_sided = _count(api, "violence_type=3")
    assert one_sided > 100
    assert _count(api, "side=civilians") == one_sided
    # Side A of one-sided violence carries it out: "IS" is a perpetrator there.
    assert 0 < _count(api, "perpetrator=IS") <= _count(api, "side_actor=IS")


def test_it_filters_by_violence_type_and_kind_of_side(api, ged_sample):
    by_type = [_count(api, f"violence_type={code}") for code in (1, 2, 3)]
    assert sum(by_type) == _count(api, "")
    # State-based conflict always has a government on side A; non-state conflict never does.
    assert _count(api, "side=state") >= by_type[0]
    assert _count(api, "side=state&violence_type=2") == 0
    assert _count(api, "side=non_state&violence_type=2") == by_type[1]


@pytest.mark.parametrize(("param", "value"), [("violence_type", "4"), ("side", "rebels")])
def test_it_answers_400_naming_a_bad_value(api, param, value):
    response = api.get(f"/api/v1/incidents/?{param}={value}")
    assert response.status_code == 400
    assert param in response.json()


def _ucdp_event():
    incident = factories.IncidentFactory(
        violence_type=v.ViolenceType.STATE_BASED,
        conflict_new_id=299,
        conflict_name="Syria: Government",
        dyad_new_id=11973,
        dyad_name="Government of Syria - Syrian insurgents",
    )
    syria = factories.ActorFactory(name="Government of Syria", kind=v.ActorKind.GOVERNMENT)
    factories.IncidentSideFactory(
        incident=incident, actor=syria, kind=v.SideKind.STATE, ucdp_actor_id=118
    )
    factories.IncidentSideFactory(incident=incident, role=v.SideRole.SIDE_B, ucdp_actor_id=4456)
    return incident


def test_the_detail_shows_sides_conflict_and_dyad_and_no_perpetrator(api):
    incident = _ucdp_event()
    body = api.get(f"/api/v1/incidents/{incident.pk}/").json()
    assert body["violence_type"] == 1
    assert body["conflict"] == {"ucdp_id": 299, "name": "Syria: Government"}
    assert body["dyad"]["ucdp_id"] == 11973
    side_a, side_b = body["sides"]
    assert side_a == {
        "role": "side_a",
        "kind": "state",
        "name": "Government of Syria",
        "actor": {"id": incident.sides.get(role="side_a").actor_id, "name": "Government of Syria"},
        "ucdp_actor_id": 118,
    }
    assert (side_b["role"], side_b["kind"]) == ("side_b", "non_state")
    assert body["perpetrators"] == []
    assert ids(api.get("/api/v1/incidents/?side_actor=Government of Syria")) == [incident.pk]
    assert ids(api.get("/api/v1/incidents/?perpetrator=Government of Syria")) == []


def test_the_detail_shows_gtd_outcome_and_property_damage(api):
    incident = factories.IncidentFactory(
        successful=True,
        suicide=False,
        property_damaged=True,
        property_damage_extent=v.PropertyDamageExtent.MINOR,
        property_damage_value=250_000,
    )
    body = api.get(f"/api/v1/incidents/{incident.pk}/").json()
    assert (body["successful"], body["suicide"]) == (True, False)
    assert body["property_damage"] == {"damaged": True, "extent": 3, "value_usd": 250_000}
    assert (body["violence_type"], body["conflict"], body["dyad"], body["sides"]) == (
        None,
        None,
        None,
        [],
    )


def test_the_list_shows_the_violence_type(api):
    _ucdp_event()
    factories.IncidentFactory()
    rows = api.get("/api/v1/incidents/?ordering=id").json()["results"]
    assert sorted(row["violence_type"] or 0 for row in rows) == [0, 1]


def test_an_incident_with_two_sides_costs_the_queries_of_one_with_one(
    api, django_assert_num_queries
):
    incident = _ucdp_event()
    url = f"/api/v1/incidents/{incident.pk}/"
    api.get(url)
    other = factories.IncidentFactory()
    factories.IncidentSideFactory(incident=other)
    with CaptureQueriesContext(connection) as with_two_sides:
        assert api.get(url).status_code == 200
    with django_assert_num_queries(len(with_two_sides)):
        assert api.get(f"/api/v1/incidents/{other.pk}/").status_code == 200
