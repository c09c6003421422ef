"""A curator takes a proposed figure to accepted in a real Chromium, against the live server."""

import datetime as dt

from django.urls import reverse

from incidents.models import CasualtyFigure, Evidence
from tests import factories
from tests.admin.conftest import BROWSER_TEST, SOURCE_TEXT, staff_in

pytestmark = BROWSER_TEST


def proposed_killed_figure() -> CasualtyFigure:
    incident = factories.IncidentFactory(name="Crocus City Hall attack")
    source = factories.SourceFactory(title="TASS report", raw_text=SOURCE_TEXT)
    figure = factories.CasualtyFigureFactory(
        incident=incident, value=40, reported_on=dt.date(2024, 3, 22)
    )
    quote = "At least 40 people were killed"
    start = SOURCE_TEXT.index(quote)
    Evidence.for_span(source, start, start + len(quote), figure=figure).save()
    return figure


def test_a_curator_accepts_a_figure_and_sees_it_on_the_incident_page(page, live_server, tmp_path):
    curator = staff_in("Curator", "browser-curator")
    figure = proposed_killed_figure()

    page.goto(f"{live_server.url}{reverse('admin:login')}")
    page.fill("#id_username", curator.username)
    page.fill("#id_password", "a-long-test-password")
    page.click("input[type=submit]")

    queue = reverse("admin:incidents_casualtyfigure_changelist")
    page.goto(f"{live_server.url}{queue}?incident={figure.incident_id}")
    assert page.locator("text=At least 40 people were killed").count() == 1
    page.check(f'input[name="_selected_action"][value="{figure.pk}"]')
    page.select_option('select[name="action"]', "accept_selected")
    page.click('button[name="index"]')
    page.wait_for_selector("text=Accepted 1 casualty figure.")

    incident_page = reverse("admin:incidents_incident_change", args=[figure.incident_id])
    page.goto(f"{live_server.url}{incident_page}")
    status = page.locator(f"#figure-{figure.pk} .status")
    assert status.inner_text() == "Accepted"
    plotted = page.locator('svg.casualty-timeline .point[data-status="accepted"]')
    assert plotted.count() == 1
    assert plotted.get_attribute("data-value") == "40"
    screenshot = tmp_path / "incident.png"
    page.screenshot(path=str(screenshot), full_page=True)
    assert screenshot.stat().st_size > 10_000
    figure.refresh_from_db()
    assert figure.reviewed_by == curator
