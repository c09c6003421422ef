"""A curator takes the seed incident's figures from proposed to decided, by keyboard, in Chromium.

The five seed documents are imported as `make run` imports them; the curator starts on the
start page, opens the incident's figures in the review queue, accepts every killed and
injured figure, rejects the rest, and sees the estimate reach the most recent source's
figure.
"""

import io
import re

import pytest
from django.core.management import call_command
from django.db.models.functions import Coalesce
from django.urls import reverse

from incidents.models import (
    CasualtyFigure,
    Incident,
    Source,
    Statement,
    Suspect,
    SuspectStatusEvent,
)
from incidents.models.vocabularies import ReviewStatus
from tests.admin.conftest import BROWSER_TEST, staff_in

PLAUSIBLE = ("killed", "injured")

pytestmark = BROWSER_TEST


@pytest.fixture
def seeds():
    call_command("import_documents", "fixtures/documents", stdout=io.StringIO())
    return Incident.objects.get()


def log_in(page, live_server, user) -> None:
    page.goto(f"{live_server.url}{reverse('admin:login')}")
    page.fill("#id_username", user.username)
    page.fill("#id_password", "a-long-test-password")
    page.click("input[type=submit]")


def count_in(page, selector: str) -> int:
    return int(page.locator(selector).first.inner_text())


def test_the_start_page_counts_what_the_database_holds(page, live_server, seeds):
    log_in(page, live_server, staff_in("Curator", "browser-curator"))
    page.goto(f"{live_server.url}/admin/")

    proposed = {
        "figures": CasualtyFigure.objects.filter(review_status=ReviewStatus.PROPOSED).count(),
        "statements": Statement.objects.filter(review_status=ReviewStatus.PROPOSED).count(),
        "suspects": Suspect.objects.filter(review_status=ReviewStatus.PROPOSED).count(),
    }
    for label, expected in proposed.items():
        assert count_in(page, f'#waiting-by-kind tr[data-type="{label}"] td.count') == expected
    killed = CasualtyFigure.objects.filter(kind="killed").count()
    assert page.locator("#waiting-by-kind a", has_text=f"Killed {killed}").count() == 1
    proposed["status events"] = SuspectStatusEvent.objects.filter(
        review_status=ReviewStatus.PROPOSED
    ).count()
    incident_row = page.locator("#waiting-by-incident tr", has_text=seeds.name)
    assert count_in(page, "#waiting-by-incident td.count") == sum(proposed.values())
    assert incident_row.locator("a", has_text=f"figures {proposed['figures']}").count() == 1
    assert page.locator("#recent-imports tbody tr").count() == Source.objects.count()
    assert page.locator("text=Import documents").count() == 1
    # Curators reach evidence through facts and sources; the raw tables are for superusers.
    assert page.locator("#content-main a", has_text="Record removals").count() == 0


def test_a_curator_clears_the_seed_figures_by_keyboard(page, live_server, seeds, tmp_path):
    log_in(page, live_server, staff_in("Curator", "browser-curator"))
    page.goto(f"{live_server.url}/admin/")
    page.locator("#waiting-by-incident a", has_text="figures").click()
    page.wait_for_selector(".review-card")
    total = CasualtyFigure.objects.filter(incident=seeds).count()
    assert page.locator(".review-progress").inner_text() == (
        f"{total} of {total} figures left for this incident"
    )
    page.screenshot(path=str(tmp_path / "queue.png"), full_page=True)

    skipped = press_on_card(page, "s")
    edited = press_on_card(page, "e")
    page.wait_for_selector("#casualtyfigure_form")
    with page.expect_navigation():
        page.click('input[name="_save"]')
    assert f"Saved casualty figure #{edited}" in page.locator(".messagelist").inner_text()

    messages = decide_every_card(page)
    assert page.locator("text=Nothing left to review here.").count() == 1
    with page.expect_navigation():
        page.click("text=Review the skipped ones again")
    assert page.locator(".review-card").get_attribute("data-fact-id") == str(skipped)
    messages += decide_every_card(page)

    assert not CasualtyFigure.objects.filter(incident=seeds, review_status="proposed").exists()
    expected = most_recent_source_killed_figure()
    seeds.refresh_from_db()
    assert seeds.killed_best == expected
    best_changes = [m for m in messages if "killed best" in m]
    assert re.search(rf"killed best \d+ -> {expected}\b", best_changes[-1])


def press_on_card(page, key: str) -> int:
    """Press a key on the current card; return the id of the fact it was about."""
    fact_id = int(page.locator(".review-card").get_attribute("data-fact-id"))
    with page.expect_navigation():
        page.keyboard.press(key)
    return fact_id


def decide_every_card(page) -> list[str]:
    """Accept killed and injured figures, reject the rest, until the queue is empty."""
    messages = []
    while page.locator(".review-card[data-fact-id]").count():
        kind = page.locator(".review-card").get_attribute("data-kind")
        press_on_card(page, "a" if kind in PLAUSIBLE else "r")
        messages.append(page.locator(".messagelist").inner_text())
    return messages


def most_recent_source_killed_figure() -> int:
    """The killed figure of the most recent source: the lowest it gives for the whole
    incident (a source giving two figures is read at its lowest, docs/estimate.md)."""
    dated = Source.objects.annotate(day=Coalesce("published_on", "published_after"))
    figures = CasualtyFigure.objects.filter(
        evidence__source=dated.latest("day"), kind="killed", subgroup="", review_status="accepted"
    )
    return min(figures.values_list("value", flat=True))
