import datetime as dt

import pytest

from incidents.services.estimates import (
    CasualtyRange,
    ReportedFigure,
    derived_estimate,
    incident_estimate_reset,
)
from tests import factories

D = dt.date


@pytest.mark.parametrize(
    ("figures", "expected"),
    [
        ([], CasualtyRange()),
        ([ReportedFigure("killed", 40, None, D(2024, 3, 22))], CasualtyRange(40, 40, 40)),
        (
            [
                ReportedFigure("killed", 40, None, D(2024, 3, 22)),
                ReportedFigure("killed", 137, None, D(2024, 3, 24)),
                ReportedFigure("killed", 115, 140, D(2024, 3, 23)),
                ReportedFigure("injured", 609, None, D(2024, 3, 30)),
            ],
            CasualtyRange(40, 137, 140),
        ),
    ],
)
def test_derived_estimate(figures, expected):
    assert derived_estimate(figures).killed == expected


@pytest.mark.django_db
def test_going_back_to_the_derived_estimate_drops_the_curators_numbers():
    incident = factories.IncidentFactory(estimate_is_curated=True, killed_best=999)
    factories.CasualtyFigureFactory(incident=incident, value=145, review_status="accepted")

    incident_estimate_reset(incident=incident)

    incident.refresh_from_db()
    assert (incident.estimate_is_curated, incident.killed_best) == (False, 145)
