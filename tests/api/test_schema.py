"""Schemathesis against the live schema, in process: no 5xx and no response off the schema."""

import pytest
import schemathesis
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from incidents.models import vocabularies as v
from tests import factories

schema = schemathesis.openapi.from_wsgi("/api/v1/schema/", get_wsgi_application())


@pytest.fixture
def _connection_kept_open():
    # Django's test client does the same: a WSGI request ending must not close the test's
    # connection (which is inside a transaction) when CONN_MAX_AGE is set.
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@pytest.fixture
def published_data(db, _connection_kept_open):
    incident = factories.IncidentFactory()
    factories.IncidentAttackTypeFactory(incident=incident)
    figure = factories.CasualtyFigureFactory(
        incident=incident, review_status=v.ReviewStatus.ACCEPTED
    )
    factories.EvidenceFactory(figure=figure)
    factories.SuspectStatusEventFactory(
        suspect=factories.SuspectFactory(incident=incident, review_status=v.ReviewStatus.ACCEPTED)
    )
    factories.RecordRemovalFactory()


@schema.parametrize()
@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
    # No example database: every run replays the same examples, whatever ran before.
    database=None,
)
def test_it_answers_every_generated_request_within_its_schema(case, published_data):
    # Positive-data acceptance is off: a random string is a valid `cursor` by type but not
    # a cursor we issued, and a non-staff `status=proposed` is refused by design (both 400).
    case.call_and_validate(excluded_checks=[positive_data_acceptance])
