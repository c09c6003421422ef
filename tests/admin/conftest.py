import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.test import Client

from incidents import models
from incidents.models.vocabularies import FigureKind
from tests import factories

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# The marks of every browser test: a test module sets `pytestmark = BROWSER_TEST`.
BROWSER_TEST = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="Browser tests need Debian's chromium at /usr/bin/chromium "
        "(apt-get install chromium); it is not installed here.",
    ),
    # The live server flushes the database; restoring it keeps the migrations' groups.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def page(monkeypatch):
    """A page of Debian's Chromium, 1400 px wide, driven by Playwright."""
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the ORM calls of the test
    # itself are still plain synchronous code, so Django's async guard does not apply.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield browser.new_page(viewport={"width": 1400, "height": 1000})
        browser.close()


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
