"""The API's documentation pages load nothing from another host, and carry the favicon."""

import json
import re

import pytest

pytestmark = pytest.mark.django_db


def test_redoc_is_served_a_bundle_without_its_outside_logo(api):
    page = api.get("/api/v1/redoc/").content.decode()
    [bundle_url] = re.findall(r'<script src="([^"]+)"', page)

    bundle = api.get(bundle_url)

    assert bundle.status_code == 200
    assert bundle["Content-Type"].startswith("text/javascript")
    assert b"Redoc" in bundle.content
    assert b"cdn.redoc.ly" not in bundle.content


def test_the_redoc_bundle_is_read_only(api):
    assert api.post("/api/v1/redoc/redoc.standalone.js").status_code == 405


@pytest.mark.parametrize("url", ["/api/v1/docs/", "/api/v1/redoc/"])
def test_the_documentation_pages_link_the_favicon(api, url):
    assert 'href="/static/incidents/favicon.svg"' in api.get(url).content.decode()


def test_swagger_ui_sends_the_schema_to_no_validator(api):
    page = api.get("/api/v1/docs/").content.decode()
    settings = json.loads(re.search(r"const swaggerSettings = (\{.*?\});", page, re.S).group(1))

    assert settings["validatorUrl"] is None


def test_the_redoc_bundle_is_compressed_for_browsers_that_take_gzip(api):
    response = api.get("/api/v1/redoc/redoc.standalone.js", HTTP_ACCEPT_ENCODING="gzip")

    assert response["Content-Encoding"] == "gzip"
    assert len(response.content) < 500_000
