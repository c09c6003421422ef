import datetime as dt

import pytest

from tests import factories
from tests.api.conftest import ids


def _walk(api, url, params):
    seen, response = [], api.get(url, params)
    while True:
        seen += ids(response)
        next_link = response.json()["next"]
        if next_link is None:
            return seen
        response = api.get(next_link)


@pytest.mark.parametrize(
    "ordering", ["-start_date", "start_date", "killed_best", "-killed_best", "id", "-updated_at"]
)
def test_it_walks_every_incident_exactly_once_through_ties_and_nulls(api, ordering):
    dates = [dt.date(2024, 3, 22)] * 4 + [None] * 3 + [dt.date(2020, 1, 1)] * 2
    killed = [None, 5, 5, 5, None, 1, 1, 200, None]
    created = [
        factories.IncidentFactory(start_date=date, killed_best=k).pk
        for date, k in zip(dates, killed, strict=True)
    ]
    seen = _walk(api, "/api/v1/incidents/", {"ordering": ordering, "page_size": 2})
    assert sorted(seen) == sorted(created)
    assert len(seen) == len(created)


def test_it_orders_by_date_newest_first_with_unknown_dates_first_by_default(api):
    old = factories.IncidentFactory(start_date=dt.date(2001, 1, 1))
    new = factories.IncidentFactory(start_date=dt.date(2024, 1, 1))
    undated = factories.IncidentFactory(start_date=None)
    assert ids(api.get("/api/v1/incidents/")) == [undated.pk, new.pk, old.pk]


def test_it_puts_the_next_page_in_a_link_header(api):
    factories.ActorFactory.create_batch(3)
    response = api.get("/api/v1/actors/", {"page_size": 2})
    assert response.headers["Link"] == f'<{response.json()["next"]}>; rel="next"'


@pytest.mark.parametrize("page_size", ["0", "-1", "501", "abc", "1e3"])
def test_it_answers_400_naming_page_size_out_of_range(api, page_size):
    response = api.get("/api/v1/incidents/", {"page_size": page_size})
    assert response.status_code == 400
    assert "page_size" in response.json()


@pytest.mark.parametrize(
    "cursor",
    [
        "garbage",
        "eyJvIjoiaWQifQ==",  # {"o":"id"}: no position
        "eyJvIjoiLXN0YXJ0X2RhdGUiLCJ2Ijoibm90LWEtZGF0ZSIsImlkIjoxfQ==",  # a date that is not
        "eyJvIjoiaWQiLCJ2IjpudWxsLCJpZCI6MWUzMH0=",  # id 1e30
        "eyJvIjoiLXN0YXJ0X2RhdGUiLCJ2IjoiXHUwMDAwIiwiaWQiOjF9",  # a NUL as the value
        "\u00e9t\u00e9",
    ],
)
def test_it_answers_400_naming_cursor_for_a_malformed_cursor(api, cursor):
    factories.IncidentFactory()
    response = api.get("/api/v1/incidents/", {"cursor": cursor})
    assert response.status_code == 400
    assert "cursor" in response.json()


def test_it_refuses_a_cursor_made_for_another_ordering(api):
    factories.IncidentFactory.create_batch(2)
    next_link = api.get("/api/v1/incidents/", {"page_size": 1}).json()["next"]
    response = api.get(next_link + "&ordering=id")
    assert response.status_code == 400
    assert "cursor" in response.json()
