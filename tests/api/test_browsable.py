"""Browsers get DRF's HTML page of a list or record; every other client still gets JSON."""

import pytest

from tests import factories

pytestmark = pytest.mark.django_db

# What Chromium sends when a user opens the URL.
BROWSER_ACCEPT = (
    "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"
)
LISTS = [
    "/api/v1/incidents/",
    "/api/v1/casualty-figures/",
    "/api/v1/statements/",
    "/api/v1/suspects/",
    "/api/v1/sources/",
    "/api/v1/actors/",
    "/api/v1/changes/",
]


@pytest.mark.parametrize("url", LISTS)
def test_a_browser_gets_the_list_as_an_html_page(api, url):
    response = api.get(url, HTTP_ACCEPT=BROWSER_ACCEPT)

    assert response.status_code == 200
    assert response["Content-Type"] == "text/html; charset=utf-8"
    page = response.content.decode()
    assert "Incident database API" in page
    assert 'href="/static/incidents/favicon.svg"' in page


def test_the_page_shows_the_records_and_offers_the_filters(api):
    factories.IncidentFactory(name="Crocus City Hall attack")

    page = api.get("/api/v1/incidents/", HTTP_ACCEPT=BROWSER_ACCEPT).content.decode()

    assert "Crocus City Hall attack" in page
    assert 'id="filtersModal"' in page
    assert 'name="date_from"' in page


@pytest.mark.parametrize("accept", [None, "*/*", "application/json"])
def test_clients_that_ask_for_nothing_in_particular_still_get_json(api, accept):
    factories.IncidentFactory()
    headers = {"HTTP_ACCEPT": accept} if accept else {}

    response = api.get("/api/v1/incidents/", **headers)

    assert response["Content-Type"] == "application/json"
    assert len(response.json()["results"]) == 1


def test_format_api_is_the_html_page_in_any_client(api):
    response = api.get("/api/v1/incidents/", {"format": "api"})

    assert response.status_code == 200
    assert response["Content-Type"] == "text/html; charset=utf-8"


@pytest.mark.parametrize("fmt", ["csv", "geojson"])
def test_csv_and_geojson_are_unchanged_for_a_browser_that_asks_for_them(api, fmt):
    factories.IncidentFactory(latitude=55.82, longitude=37.39)

    response = api.get("/api/v1/incidents/", {"format": fmt}, HTTP_ACCEPT=BROWSER_ACCEPT)

    assert response.status_code == 200
    assert not response["Content-Type"].startswith("text/html")


def test_a_bad_parameter_is_still_a_400_in_json_for_a_browser(api):
    response = api.get("/api/v1/incidents/", {"country_code": "RU"}, HTTP_ACCEPT=BROWSER_ACCEPT)

    assert response.status_code == 400
    assert response.json() == {
        "country_code": "country_code is not a parameter here; see /api/v1/docs/."
    }


def test_a_record_page_keeps_its_etag(api):
    incident = factories.IncidentFactory()
    url = f"/api/v1/incidents/{incident.pk}/"
    page = api.get(url, HTTP_ACCEPT=BROWSER_ACCEPT)

    again = api.get(url, HTTP_ACCEPT=BROWSER_ACCEPT, HTTP_IF_NONE_MATCH=page["ETag"])

    assert page.status_code == 200
    assert again.status_code == 304
    assert page["ETag"] != api.get(url)["ETag"]  # the JSON is another representation


def test_the_api_root_is_a_page_too(api):
    response = api.get("/api/v1/", HTTP_ACCEPT=BROWSER_ACCEPT)

    assert response["Content-Type"] == "text/html; charset=utf-8"
    assert "/api/v1/incidents/" in response.content.decode()


def test_the_schema_does_not_offer_the_html_page_as_a_format(api):
    schema = api.get("/api/v1/schema/", HTTP_ACCEPT="application/json").json()
    operation = schema["paths"]["/api/v1/incidents/"]["get"]
    [fmt] = [p for p in operation["parameters"] if p["name"] == "format"]

    assert sorted(fmt["schema"]["enum"]) == ["csv", "geojson", "json"]
    assert "text/html" not in operation["responses"]["200"]["content"]


def test_the_page_of_a_full_list_costs_a_few_queries(api, django_assert_max_num_queries):
    factories.IncidentFactory.create_batch(50)

    with django_assert_max_num_queries(6):
        response = api.get("/api/v1/incidents/", HTTP_ACCEPT=BROWSER_ACCEPT)

    assert response.status_code == 200
