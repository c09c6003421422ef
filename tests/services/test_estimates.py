import datetime as dt

import pytest

from incidents.services.estimates import (
    Estimate,
    ReportedFigure,
    derived_estimate,
    incident_estimate_reset,
)
from tests import factories

D = dt.date


@pytest.mark.parametrize(
    ("figures", "expected"),
    [
        ([], Estimate(None, None, None)),
        ([ReportedFigure(40, None, D(2024, 3, 22))], Estimate(40, 40, 40)),
        (
            [
                ReportedFigure(40, None, D(2024, 3, 22)),
                ReportedFigure(137, None, D(2024, 3, 24)),
                ReportedFigure(115, 140, D(2024, 3, 23)),
            ],
            Estimate(40, 137, 140),
        ),
    ],
)
def test_derived_estimate(figures, expected):
    assert derived_estimate(figures) == expected


@pytest.mark.django_db
def test_going_back_to_the_derived_estimate_drops_the_curators_numbers():
    incident = factories.IncidentFactory(estimate_is_curated=True, killed_best=999)
    factories.CasualtyFigureFactory(incident=incident, value=145, review_status="accepted")

    incident_estimate_reset(incident=incident)

    incident.refresh_from_db()
    assert (incident.estimate_is_curated, incident.killed_best) == (False, 145)
