import datetime as dt

import pytest
import tablib
from django.urls import reverse

from incidents.models import Source
from incidents.models.vocabularies import ReviewStatus
from incidents.resources import SourceResource
from incidents.services.curation.estimates import incident_estimate_refresh
from tests import factories
from tests.admin.formdata import change_form_data

pytestmark = pytest.mark.django_db

SOURCES = reverse("admin:incidents_source_changelist")


@pytest.fixture
def sources():
    return {
        "dated": factories.SourceFactory(title="Dated report", published_on=dt.date(2024, 3, 22)),
        "bound": factories.SourceFactory(
            title="Bounded report", published_on=None, published_after=dt.date(2025, 12, 1)
        ),
        "undated": factories.SourceFactory(title="Undated report", published_on=None),
    }


def test_the_source_list_flags_undated_sources(curator_client, sources):
    page = curator_client.get(SOURCES).content.decode()

    assert "2024-03-22" in page
    assert '<span class="source-undated">undated (on or after 2025-12-01)</span>' in page
    assert '<span class="source-undated">undated</span>' in page


@pytest.mark.parametrize(
    ("choice", "expected"),
    [("dated", "Dated report"), ("bound", "Bounded report"), ("undated", "Undated report")],
)
def test_the_date_filter_finds_each_kind_of_dating(curator_client, sources, choice, expected):
    response = curator_client.get(SOURCES, {"dated": choice})

    assert [str(s) for s in response.context["cl"].result_list] == [expected]


def test_dating_a_source_in_its_form_refreshes_the_estimates_it_is_cited_by(curator_client):
    incident = factories.IncidentFactory(name="Crocus City Hall attack")
    first = factories.SourceFactory(published_on=dt.date(2024, 3, 22))
    later = factories.SourceFactory(published_on=None)
    for source, value in ((first, 40), (later, 149)):
        figure = factories.CasualtyFigureFactory(
            incident=incident, value=value, reported_on=None, review_status=ReviewStatus.ACCEPTED
        )
        factories.EvidenceFactory(source=source, figure=figure)
    incident_estimate_refresh(incident=incident)
    url = reverse("admin:incidents_source_change", args=[later.pk])

    response = curator_client.post(
        url, change_form_data(curator_client, url, published_on="2024-03-24"), follow=True
    )

    incident.refresh_from_db()
    later.refresh_from_db()
    assert later.published_on == dt.date(2024, 3, 24)
    assert incident.killed_best == 149
    shown = [str(m) for m in response.context["messages"]]
    assert "Estimate of Crocus City Hall attack: killed best 40 -> 149" in shown


def test_the_date_field_says_that_estimates_follow(curator_client, sources):
    url = reverse("admin:incidents_source_change", args=[sources["undated"].pk])
    assert "they are refreshed when you save" in curator_client.get(url).content.decode()


@pytest.fixture
def first_and_later_report():
    """A dated first-day report of 40 killed, and a later one of 149 that sets best."""
    incident = factories.IncidentFactory(name="Crocus City Hall attack")
    first = factories.SourceFactory(published_on=dt.date(2024, 3, 22))
    later = factories.SourceFactory(published_on=dt.date(2024, 3, 24))
    for source, value in ((first, 40), (later, 149)):
        figure = factories.CasualtyFigureFactory(
            incident=incident, value=value, reported_on=None, review_status=ReviewStatus.ACCEPTED
        )
        factories.EvidenceFactory(source=source, figure=figure)
    incident_estimate_refresh(incident=incident)
    incident.refresh_from_db()
    assert incident.killed_best == 149
    return incident, later


def test_grading_a_source_questionable_in_its_form_refreshes_the_estimates(
    curator_client, first_and_later_report
):
    incident, later = first_and_later_report
    url = reverse("admin:incidents_source_change", args=[later.pk])

    curator_client.post(url, change_form_data(curator_client, url, reliability="E"))

    incident.refresh_from_db()
    assert incident.killed_best == 40  # a questionable source is set aside for best


def test_dating_a_source_in_a_spreadsheet_import_refreshes_the_estimates(first_and_later_report):
    incident, later = first_and_later_report
    (row,) = SourceResource().export(queryset=Source.objects.filter(pk=later.pk)).dict
    dataset = tablib.Dataset()
    dataset.dict = [{**row, "published_on": "2024-03-21"}]

    result = SourceResource().import_data(dataset)

    assert not result.has_errors()
    incident.refresh_from_db()
    assert incident.killed_best == 40  # the other report is now the most recent
