import datetime as dt

import pytest

from incidents.models.vocabularies import ReviewStatus
from incidents.services.curation.estimates import incident_estimate_refresh
from incidents.services.curation.source_dates import source_estimates_refresh
from tests import factories

pytestmark = pytest.mark.django_db


def cited_figure(incident, source, value):
    figure = factories.CasualtyFigureFactory(
        incident=incident, value=value, reported_on=None, review_status=ReviewStatus.ACCEPTED
    )
    factories.EvidenceFactory(source=source, figure=figure)
    return figure


@pytest.fixture
def two_reports():
    """A first-day report of 40 killed and a later, undated one of 137."""
    incident = factories.IncidentFactory()
    first = factories.SourceFactory(published_on=dt.date(2024, 3, 22))
    later = factories.SourceFactory(published_on=None, published_after=None)
    cited_figure(incident, first, 40)
    cited_figure(incident, later, 137)
    incident_estimate_refresh(incident=incident)
    incident.refresh_from_db()
    return incident, later


def test_the_killed_best_follows_the_most_recent_source_once_it_is_dated(two_reports):
    incident, later = two_reports
    assert incident.killed_best == 40  # undated, the later report ranks last

    later.published_on = dt.date(2024, 3, 24)
    later.save()
    (change,) = source_estimates_refresh(source=later)

    incident.refresh_from_db()
    assert incident.killed_best == 137
    assert change.changed
    assert "killed best 40 -> 137" in change.describe()


def test_a_curated_estimate_is_not_overwritten(two_reports):
    incident, later = two_reports
    incident.killed_best, incident.estimate_is_curated = 45, True
    incident.save()

    later.published_on = dt.date(2024, 3, 24)
    later.save()
    (change,) = source_estimates_refresh(source=later)

    incident.refresh_from_db()
    assert incident.killed_best == 45
    assert not change.changed
    assert change.describe().endswith("estimate unchanged")


def test_only_the_incidents_the_source_is_cited_by_are_refreshed(two_reports):
    _, later = two_reports
    factories.CasualtyFigureFactory(incident=factories.IncidentFactory())

    assert len(source_estimates_refresh(source=later)) == 1
    assert source_estimates_refresh(source=factories.SourceFactory()) == []
