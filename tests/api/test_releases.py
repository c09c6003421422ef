"""/api/v1/releases/: the published releases, listed and downloadable, read-only."""

import datetime as dt
import hashlib
import io
import zipfile

import pytest
import schemathesis
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections

from incidents.models.vocabularies import ReviewStatus
from incidents.services.releases.publishing import release_publish
from tests import factories


@pytest.fixture
def published(db, settings, tmp_path):
    settings.RELEASES_DIR = tmp_path / "releases"
    figure = factories.CasualtyFigureFactory(review_status=ReviewStatus.ACCEPTED)
    factories.EvidenceFactory(figure=figure)
    first = release_publish(version="1.0.0", date=dt.date(2026, 1, 5))
    factories.CasualtyFigureFactory(incident=figure.incident, review_status=ReviewStatus.ACCEPTED)
    second = release_publish(version="1.1.0", date=dt.date(2026, 2, 5))
    return first, second


def test_it_lists_releases_newest_first_with_date_counts_and_checksum(api, published):
    _, second = published

    response = api.get("/api/v1/releases/")

    assert response.status_code == 200
    listed = response.json()
    assert [release["version"] for release in listed] == ["1.1.0", "1.0.0"]
    assert listed[1]["date"] == "2026-01-05"
    assert listed[1]["counts"]["casualty_figures"] == 1
    assert listed[0]["counts"]["casualty_figures"] == 2
    assert listed[0]["sha256"] == second.sha256
    assert listed[0]["download"] == "http://testserver/api/v1/releases/1.1.0/download/"


def test_it_serves_the_zip_whose_sha256_it_lists(api, published):
    first, _ = published
    listed = api.get("/api/v1/releases/1.0.0/").json()

    response = api.get(listed["download"], HTTP_ACCEPT="application/json")

    body = b"".join(response.streaming_content)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert 'filename="incident-database-1.0.0.zip"' in response["Content-Disposition"]
    assert hashlib.sha256(body).hexdigest() == listed["sha256"] == first.sha256
    names = zipfile.ZipFile(io.BytesIO(body)).namelist()
    assert "incident-database-1.0.0/datapackage.json" in names


@pytest.mark.parametrize(
    "url", ["/api/v1/releases/2.0.0/", "/api/v1/releases/2.0.0/download/", "/api/v1/releases/x/"]
)
def test_an_unknown_version_is_a_json_404(api, published, url):
    response = api.get(url)

    assert response.status_code == 404
    assert "detail" in response.json()


def test_no_release_yet_is_an_empty_list(api, settings, tmp_path):
    settings.RELEASES_DIR = tmp_path / "none"

    assert api.get("/api/v1/releases/").json() == []


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_releases_are_read_only(api, published, method):
    response = getattr(api, method)("/api/v1/releases/1.0.0/")

    assert response.status_code == 405


def test_the_list_reads_no_database(api, published, django_assert_max_num_queries):
    with django_assert_max_num_queries(0):
        assert api.get("/api/v1/releases/").status_code == 200


def test_an_unknown_parameter_is_refused(api, published):
    response = api.get("/api/v1/releases/", {"version": "1.0.0"})

    assert response.status_code == 400
    assert "version" in response.json()


@pytest.fixture
def wsgi_schema(published):
    # A WSGI request ending must not close the test's connection (see tests/api/test_schema).
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield schemathesis.openapi.from_wsgi("/api/v1/schema/", get_wsgi_application())
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@pytest.mark.parametrize(
    "path",
    ["/api/v1/releases/", "/api/v1/releases/{version}/", "/api/v1/releases/{version}/download/"],
)
def test_an_existing_release_is_answered_as_the_schema_says(wsgi_schema, path):
    operation = wsgi_schema[path]["GET"]
    parameters = {"version": "1.1.0"} if "{version}" in path else {}

    response = operation.Case(path_parameters=parameters).call_and_validate()

    assert response.status_code == 200
