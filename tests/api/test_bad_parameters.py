"""Parameters an attacker or a careless client sends: a 400 naming the parameter, never a 500.

The endpoints and their parameters come from the router and the filtersets, so a new list
or filter is covered without an edit here.
"""

import datetime as dt

import pytest
from django.utils import timezone
from django_filters import rest_framework as filters

from incidents.api.urls import router
from tests import factories

# The lists of records; the data releases are files, listed without filters.
LISTS = {
    f"/api/v1/{prefix}/": viewset
    for prefix, viewset, _ in router.registry
    if getattr(viewset, "filterset_class", None)
}


def parameters_of_type(filter_type: type) -> list[tuple[str, str]]:
    return [
        (url, name)
        for url, viewset in LISTS.items()
        for name, declared in viewset.filterset_class.base_filters.items()
        if isinstance(declared, filter_type)
    ]


TIME_PARAMETERS = parameters_of_type(filters.IsoDateTimeFilter)
TEXT_PARAMETERS = parameters_of_type(filters.CharFilter)
# Python accepts UTC offsets up to a minute short of a day; PostgreSQL refuses 16 hours or more.
OFFSETS = [dt.timedelta(hours=h) for h in range(-23, 24)] + [
    dt.timedelta(hours=23, minutes=59),
    -dt.timedelta(hours=23, minutes=59),
]


def test_every_list_takes_a_time_parameter():
    assert {url for url, _ in TIME_PARAMETERS} == set(LISTS)


@pytest.mark.django_db
@pytest.mark.parametrize("offset", OFFSETS, ids=lambda offset: dt.timezone(offset).tzname(None))
def test_it_reads_a_time_in_any_utc_offset(api, offset):
    for url, name in TIME_PARAMETERS:
        a_minute_ago = (timezone.now() - dt.timedelta(minutes=1)).astimezone(dt.timezone(offset))
        response = api.get(url, {name: a_minute_ago.isoformat()})
        assert response.status_code == 200, (url, name, response.content)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "offset", [dt.timedelta(hours=20), -dt.timedelta(hours=20)], ids=["east", "west"]
)
def test_it_compares_a_time_with_a_large_offset_at_the_same_instant(api, offset):
    incident = factories.IncidentFactory()
    changed = incident.updated_at.astimezone(dt.timezone(offset))

    def listed(since: dt.datetime) -> list[int]:
        response = api.get("/api/v1/incidents/", {"updated_since": since.isoformat()})
        return [row["id"] for row in response.json()["results"]]

    assert listed(changed) == [incident.pk]
    assert listed(changed + dt.timedelta(seconds=1)) == []


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("value", "listed"),
    [("0001-01-01T00:00:00+05:00", True), ("9999-12-31T23:59:59-05:00", False)],
    ids=["first-day", "last-day"],
)
def test_a_valid_time_outside_the_calendar_once_in_utc_means_its_nearest_instant(
    api, value, listed
):
    incident = factories.IncidentFactory()
    response = api.get("/api/v1/incidents/", {"updated_since": value})
    assert response.status_code == 200, response.content
    assert [row["id"] for row in response.json()["results"]] == ([incident.pk] if listed else [])


@pytest.mark.django_db
@pytest.mark.parametrize("length", [501, 50_001])
def test_it_answers_400_naming_a_text_parameter_that_is_too_long(api, length):
    for url, name in TEXT_PARAMETERS:
        response = api.get(url, {name: "a" * length})
        assert response.status_code == 400, (url, name)
        assert "at most 500 characters" in response.json()[name]


@pytest.mark.django_db
def test_it_takes_a_text_parameter_of_the_longest_length_allowed(api):
    for url, name in TEXT_PARAMETERS:
        assert api.get(url, {name: "é" * 500}).status_code == 200, (url, name)


@pytest.mark.django_db
@pytest.mark.parametrize("url", LISTS)
def test_it_answers_400_naming_a_parameter_given_twice(api, url):
    response = api.get(f"{url}?ordering=id&ordering=-id")
    assert response.status_code == 400
    assert response.json() == {"ordering": "ordering is given 2 times; give it once."}


@pytest.mark.parametrize(
    "query", ["/api/v1/casualty-figures/?attributed_to=²", "/api/v1/incidents/?page_size=²"]
)
def test_a_digit_that_is_not_a_decimal_digit_is_no_id_and_no_500(api, query):
    # "²".isdigit() is true, int("²") raises: an actor name to look up, or a bad page size.
    assert api.get(query).status_code in (200, 400)
