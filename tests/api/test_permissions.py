import re

import pytest
from django.test import Client

from incidents.models.vocabularies import ReviewStatus
from tests import factories
from tests.api.conftest import ids

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
@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_it_refuses_every_write_on_lists_with_405(api, url, method):
    assert getattr(api, method)(url, {}, format="json").status_code == 405


@pytest.mark.parametrize("method", ["put", "patch", "delete"])
def test_it_refuses_writes_on_a_record_with_405(api, method):
    incident = factories.IncidentFactory()
    url = f"/api/v1/incidents/{incident.pk}/"
    assert getattr(api, method)(url, {}, format="json").status_code == 405


@pytest.mark.parametrize("method", ["post", "delete"])
def test_it_refuses_writes_from_a_logged_in_superuser_with_405_not_a_csrf_403(superuser, method):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(superuser)
    assert getattr(browser, method)("/api/v1/incidents/").status_code == 405


NON_RESOURCE_PAGES = ["/api/v1/", "/api/v1/schema/", "/api/v1/docs/", "/api/v1/redoc/"]


@pytest.mark.parametrize("url", NON_RESOURCE_PAGES)
@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_it_refuses_writes_on_the_root_and_the_docs_with_405(api, url, method):
    assert getattr(api, method)(url, {}, format="json").status_code == 405


@pytest.mark.parametrize("url", NON_RESOURCE_PAGES)
def test_it_refuses_a_logged_in_write_on_the_root_and_the_docs_with_405(superuser, url):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(superuser)
    assert browser.post(url).status_code == 405


@pytest.mark.parametrize("url", LISTS)
def test_it_lets_anonymous_users_read_every_list(api, url):
    assert api.get(url).status_code == 200


def _figures_in_each_status():
    incident = factories.IncidentFactory()
    return incident, {
        status: factories.CasualtyFigureFactory(incident=incident, review_status=status).pk
        for status in ReviewStatus.values
    }


def test_it_shows_anonymous_users_accepted_figures_only(api):
    _, by_status = _figures_in_each_status()
    assert ids(api.get("/api/v1/casualty-figures/")) == [by_status["accepted"]]


def test_it_embeds_only_accepted_figures_in_an_anonymous_incident_detail(api):
    incident, by_status = _figures_in_each_status()
    body = api.get(f"/api/v1/incidents/{incident.pk}/").json()
    assert [figure["id"] for figure in body["figures"]] == [by_status["accepted"]]


@pytest.mark.parametrize("status", ["proposed", "rejected", "all"])
def test_it_answers_400_when_a_non_staff_user_asks_for_unreviewed_facts(api, user, status):
    api.force_authenticate(user)
    response = api.get("/api/v1/casualty-figures/", {"status": status})
    assert response.status_code == 400
    assert "status" in response.json()


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("proposed", ["proposed"]),
        ("rejected", ["rejected"]),
        ("accepted", ["accepted"]),
        ("all", ["proposed", "accepted", "rejected"]),
    ],
)
def test_it_lets_staff_choose_the_review_status(staff_api, status, expected):
    _, by_status = _figures_in_each_status()
    found = ids(staff_api.get("/api/v1/casualty-figures/", {"status": status}))
    assert sorted(found) == sorted(by_status[name] for name in expected)


def test_it_answers_400_naming_status_for_an_unknown_status_even_for_staff(staff_api):
    response = staff_api.get("/api/v1/casualty-figures/", {"status": "pending"})
    assert response.status_code == 400
    assert "status" in response.json()


def test_it_throttles_anonymous_users_at_the_configured_rate(api, settings):
    settings.API_ANON_RATE = "2/minute"
    codes = [api.get("/api/v1/actors/").status_code for _ in range(3)]
    assert codes == [200, 200, 429]


def test_it_counts_an_anonymous_client_by_its_address_whatever_x_forwarded_for_says(api, settings):
    settings.API_ANON_RATE = "2/minute"
    codes = [
        api.get("/api/v1/actors/", HTTP_X_FORWARDED_FOR=f"203.0.113.{n}").status_code
        for n in range(3)
    ]
    assert codes == [200, 200, 429]


def test_it_counts_the_address_the_trusted_proxy_forwarded(api, settings):
    settings.API_ANON_RATE = "1/minute"
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "NUM_PROXIES": 1}

    def from_client(address: str) -> int:
        forwarded = f"198.51.100.7, {address}"  # the client may prepend anything it likes
        return api.get("/api/v1/actors/", HTTP_X_FORWARDED_FOR=forwarded).status_code

    assert [from_client("203.0.113.1"), from_client("203.0.113.2")] == [200, 200]
    assert from_client("203.0.113.1") == 429


def test_it_does_not_throttle_staff(staff_api, settings):
    settings.API_ANON_RATE = "1/minute"
    codes = {staff_api.get("/api/v1/actors/").status_code for _ in range(3)}
    assert codes == {200}


def test_it_sends_no_cors_header_when_no_origin_is_configured(api):
    response = api.get("/api/v1/incidents/", HTTP_ORIGIN="https://elsewhere.example")
    assert "access-control-allow-origin" not in response.headers


@pytest.mark.parametrize("url", ["/api/v1/schema/", "/api/v1/docs/", "/api/v1/redoc/"])
def test_it_serves_the_schema_and_its_uis_to_anyone(api, url):
    assert api.get(url).status_code == 200


@pytest.mark.parametrize("url", ["/api/v1/docs/", "/api/v1/redoc/"])
def test_it_serves_the_documentation_uis_without_a_cdn(api, url):
    html = api.get(url).content.decode()
    assets = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert assets
    assert all(asset.startswith("/") for asset in assets), assets
    assert "cdn" not in html.lower()
    assert "https://" not in html
