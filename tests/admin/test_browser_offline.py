"""The admin and the API's pages load everything from this server: no request leaves it.

A real Chromium opens each page a curator or an API reader uses, after the seed import
`make run` does, and every request it makes (pages, scripts, styles, fonts, images, the
schema ReDoc and Swagger UI fetch) is recorded; each must go to the live server's host.
"""

from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command
from django.urls import reverse

from incidents.models import Incident
from tests import factories
from tests.admin.conftest import BROWSER_TEST, staff_in

SEEDS = Path(__file__).resolve().parents[2] / "fixtures" / "documents"
LOCAL_HOSTS = {"127.0.0.1", "localhost"}
# Schemes that never reach a network: inline images, blobs, the blank page.
LOCAL_SCHEMES = {"data", "blob", "about"}

pytestmark = BROWSER_TEST


@pytest.fixture
def recorded(page):
    """A Chromium page, and the URL of every request it makes."""
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    return page, requested


def leaves_the_server(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme not in LOCAL_SCHEMES and parts.hostname not in LOCAL_HOSTS


def test_no_admin_or_api_page_requests_anything_from_another_host(recorded, live_server):
    page, requested = recorded
    call_command("import_documents", str(SEEDS), verbosity=0)
    incident = Incident.objects.get()
    curator = staff_in("Curator", "offline-curator")

    page.goto(f"{live_server.url}{reverse('admin:login')}")
    page.fill("#id_username", curator.username)
    page.fill("#id_password", "a-long-test-password")
    page.click("input[type=submit]")
    page.wait_for_selector("#site-name")
    for url_name, args in [
        ("admin:index", []),
        ("admin:incidents_incident_change", [incident.pk]),
        ("admin:incidents_casualtyfigure_changelist", []),
        ("admin:incidents_incident_history", [incident.pk]),
    ]:
        page.goto(f"{live_server.url}{reverse(url_name, args=args)}", wait_until="networkidle")
        assert page.locator("#site-name").count() == 1, url_name

    page.goto(f"{live_server.url}{reverse('api:docs')}", wait_until="networkidle")
    page.wait_for_selector(".swagger-ui .opblock")
    page.goto(f"{live_server.url}{reverse('api:redoc')}", wait_until="networkidle")
    page.wait_for_selector("text=API docs by Redocly")
    page.goto(f"{live_server.url}{reverse('api:incident-list')}", wait_until="networkidle")
    assert "Crocus" in page.content()

    assert len(requested) > 20  # the pages, their scripts and styles, the schema
    assert [url for url in requested if leaves_the_server(url)] == []


def test_the_api_filter_form_sends_only_the_fields_filled_in(recorded, live_server):
    page, _ = recorded
    factories.IncidentFactory(name="Crocus City Hall attack", country="RU")
    factories.IncidentFactory(name="Another attack", country="FR")

    page.goto(f"{live_server.url}{reverse('api:incident-list')}")
    page.click("button[data-target='#filtersModal']")
    page.fill("#filtersModal input[name=country]", "RU")
    page.click("#filtersModal button[type=submit]")
    page.wait_for_url("**/api/v1/incidents/?country=RU")

    assert "Crocus City Hall attack" in page.content()
    assert "Another attack" not in page.content()
