import csv
import io
import json
from decimal import Decimal

import pytest

from incidents.api.renderers import flatten
from tests import factories


def _csv_rows(response) -> list[dict]:
    assert response.status_code == 200, response.content
    assert response["Content-Type"].startswith("text/csv")
    return list(csv.DictReader(io.StringIO(response.content.decode())))


def test_it_renders_incidents_as_flat_csv_columns(api):
    incident = factories.IncidentFactory(killed_best=145)
    factories.IncidentAttackTypeFactory(incident=incident)
    factories.IncidentAttackTypeFactory(incident=incident, code=7)
    rows = _csv_rows(api.get("/api/v1/incidents/", {"format": "csv"}))
    assert rows[0]["id"] == str(incident.pk)
    assert rows[0]["killed_best"] == "145"
    assert rows[0]["attack_types"] == "2; 7"


def test_it_flattens_nested_objects_into_dotted_columns():
    assert flatten({"a": {"b": 1, "c": {"d": 2}}, "e": [1, 2]}) == {
        "a.b": 1,
        "a.c.d": 2,
        "e": "1; 2",
    }


@pytest.mark.parametrize(
    ("name", "cell"),
    [
        ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
        ("+1 dead", "'+1 dead"),
        ("Blast at the depot", "Blast at the depot"),
        # Already quoted: a spreadsheet would eat the apostrophe the name really has.
        ("'=1+2", "''=1+2"),
    ],
)
def test_it_serves_formula_safe_csv_as_the_admin_exports_do(api, name, cell):
    factories.IncidentFactory(name=name)
    rows = _csv_rows(api.get("/api/v1/incidents/", {"format": "csv"}))
    assert rows[0]["name"] == cell


@pytest.mark.parametrize("url", ["/api/v1/incidents/?format=geojson", "/api/v1/incidents.geojson"])
def test_it_serves_incidents_with_coordinates_as_geojson(api, url):
    located = factories.IncidentFactory(latitude=Decimal("55.8254"), longitude=Decimal("37.3908"))
    factories.IncidentFactory(latitude=None, longitude=None)
    response = api.get(url)
    assert response["Content-Type"].startswith("application/geo+json")
    collection = json.loads(response.content)
    assert collection["type"] == "FeatureCollection"
    [feature] = collection["features"]
    assert feature["id"] == located.pk
    assert feature["geometry"] == {"type": "Point", "coordinates": [37.3908, 55.8254]}


def test_it_serves_other_lists_as_csv_too(api):
    factories.ActorFactory(name="TASS")
    rows = _csv_rows(api.get("/api/v1/actors/", {"format": "csv"}))
    assert [row["name"] for row in rows] == ["TASS"]
