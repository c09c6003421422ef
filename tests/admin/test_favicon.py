"""Every admin page, the API's pages and /favicon.ico show the site's own small icon."""

from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from django.urls import reverse

ICON = "/static/incidents/favicon.svg"
LINK = f'<link rel="icon" href="{ICON}" type="image/svg+xml">'

pytestmark = pytest.mark.django_db


def test_it_is_a_small_svg_kept_in_the_repository():
    path = finders.find("incidents/favicon.svg")

    assert path is not None
    with open(path, encoding="utf-8") as icon:
        assert icon.read().startswith("<svg")
    assert 0 < Path(path).stat().st_size < 1024


@pytest.mark.parametrize(
    "url_name",
    ["admin:index", "admin:incidents_incident_changelist", "admin:incidents_source_changelist"],
)
def test_admin_pages_link_it(curator_client, url_name):
    assert LINK in curator_client.get(reverse(url_name)).content.decode()


def test_the_login_page_links_it(client):
    assert LINK in client.get(reverse("admin:login")).content.decode()


def test_favicon_ico_is_sent_to_it(client):
    response = client.get("/favicon.ico")

    assert response.status_code == 302
    assert response["Location"] == ICON
