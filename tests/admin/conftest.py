import datetime as dt
from dataclasses import dataclass

import pytest
from django.contrib.auth.models import Group
from django.test import Client

from incidents import models
from incidents.models.vocabularies import FigureKind
from tests import factories

SOURCE_TEXT = (
    "Gunmen attacked Crocus City Hall on Friday.\n"
    "At least 40 people were killed, TASS claimed, citing the FSB.\n"
    "More than 100 people were injured.\n"
    "The Islamic State claimed responsibility."
)


@dataclass(frozen=True)
class Seeded:
    incident: models.Incident
    source: models.Source
    killed: models.CasualtyFigure
    injured: models.CasualtyFigure


def staff_in(group_name: str, username: str):
    user = factories.UserFactory(username=username, is_staff=True)
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def curator(db):
    return staff_in("Curator", "curator")


@pytest.fixture
def viewer(db):
    return staff_in("Viewer", "viewer")


def logged_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def curator_client(curator):
    return logged_in(curator)


@pytest.fixture
def viewer_client(viewer):
    return logged_in(viewer)


def figure_quoting(source, incident, quote: str, **fields) -> models.CasualtyFigure:
    figure = factories.CasualtyFigureFactory(incident=incident, extractor="casualties/1", **fields)
    start = source.cleaned_text.index(quote)
    models.Evidence.for_span(source, start, start + len(quote), figure=figure).save()
    return figure


@pytest.fixture
def seeded(db) -> Seeded:
    incident = factories.IncidentFactory(name="Crocus City Hall attack")
    source = factories.SourceFactory(
        title="TASS report", raw_text=SOURCE_TEXT, published_on=dt.date(2024, 3, 22)
    )
    killed = figure_quoting(
        source, incident, "At least 40 people were killed", value=40, reported_on=None
    )
    injured = figure_quoting(
        source,
        incident,
        "More than 100 people were injured",
        kind=FigureKind.INJURED,
        value=100,
        qualifier="more_than",
        reported_on=dt.date(2024, 3, 23),
    )
    return Seeded(incident, source, killed, injured)
