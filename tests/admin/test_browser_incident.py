"""A curator curates the seed incident in a real Chromium: it saves, at its real size."""

import io
from pathlib import Path

from django.core.management import call_command
from django.urls import reverse

from incidents.models import CasualtyFigure, Incident
from tests.admin.conftest import BROWSER_TEST, staff_in

pytestmark = BROWSER_TEST

SEED_DOCUMENTS = Path(__file__).resolve().parents[2] / "fixtures" / "documents"


def log_in(page, live_server, username: str) -> None:
    page.goto(f"{live_server.url}{reverse('admin:login')}")
    page.fill("#id_username", username)
    page.fill("#id_password", "a-long-test-password")
    page.click("input[type=submit]")


def seed_incident_page(page, live_server) -> Incident:
    # As `make run` does.
    call_command("import_documents", str(SEED_DOCUMENTS), stdout=io.StringIO())
    incident = Incident.objects.get()
    responses = []
    page.on("response", lambda response: responses.append(response.status))
    page.goto(f"{live_server.url}{reverse('admin:incidents_incident_change', args=[incident.pk])}")
    page.responses = responses
    return incident


def test_a_curator_sets_the_estimate_and_an_attribute_of_the_seed_incident_and_saves(
    page, live_server
):
    curator = staff_in("Curator", "browser-curator")
    log_in(page, live_server, curator.username)
    incident = seed_incident_page(page, live_server)

    page.fill("#id_venue", "Crocus City Hall, Krasnogorsk")
    page.fill("#id_killed_low", "140")
    page.fill("#id_killed_best", "145")
    page.fill("#id_killed_high", "150")
    page.locator(".submit-row").first.locator('input[name="_save"]').click()
    page.wait_for_selector("text=was changed successfully")

    assert 400 not in page.responses
    page.goto(f"{live_server.url}{reverse('admin:incidents_incident_change', args=[incident.pk])}")
    assert page.input_value("#id_venue") == "Crocus City Hall, Krasnogorsk"
    assert page.input_value("#id_killed_best") == "145"
    assert "set by a curator" in page.locator("#estimate-panel").inner_text()
    incident.refresh_from_db()
    assert (incident.killed_low, incident.killed_best, incident.killed_high) == (140, 145, 150)


def test_a_curator_accepts_a_figure_of_the_seed_incident_in_place(page, live_server):
    curator = staff_in("Curator", "browser-curator")
    log_in(page, live_server, curator.username)
    incident = seed_incident_page(page, live_server)
    page.goto(
        f"{live_server.url}{reverse('admin:incidents_incident_change', args=[incident.pk])}"
        "?figures_status=proposed"
    )
    row = page.locator("#facts-figures tr.fact-row").first
    figure = CasualtyFigure.objects.get(pk=row.get_attribute("id").removeprefix("figure-"))

    row.get_by_role("button", name="Accept").click()
    page.wait_for_selector("text=Accepted 1 casualty figure.")

    assert 400 not in page.responses
    assert f"#figure-{figure.pk}" in page.url
    figure.refresh_from_db()
    assert (figure.review_status, figure.reviewed_by) == ("accepted", curator)
