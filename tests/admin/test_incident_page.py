import io
from pathlib import Path

import pytest
from django.core.management import call_command
from django.urls import reverse

from incidents.admin.incident_facts import ROWS_PER_PAGE
from incidents.models import (
    CasualtyFigure,
    Incident,
    Source,
    Statement,
    Suspect,
    SuspectStatusEvent,
)
from incidents.models.vocabularies import FigureKind, ReviewStatus, SourceKind
from tests import factories
from tests.admin.conftest import figure_quoting
from tests.admin.formdata import change_form_data
from tests.reviewing import figures_review

pytestmark = pytest.mark.django_db

SEED_DOCUMENTS = Path(__file__).resolve().parents[2] / "fixtures" / "documents"
# What Django refuses to parse (settings.DATA_UPLOAD_MAX_NUMBER_FIELDS, its default).
DJANGO_FIELD_LIMIT = 1000


def incident_url(incident) -> str:
    return reverse("admin:incidents_incident_change", args=[incident.pk])


def review_url(fact, decision: str, fact_type: str = "figure") -> str:
    return reverse(
        "admin:incidents_incident_fact_review",
        args=[fact.incident_id, fact_type, fact.pk, decision],
    )


@pytest.fixture
def seed_incident(db) -> Incident:
    """The Crocus City Hall incident as `make run` imports it from the five seed documents."""
    call_command("import_documents", str(SEED_DOCUMENTS), stdout=io.StringIO())
    return Incident.objects.get()


def test_it_shows_figures_statements_and_suspects_with_their_status_events(curator_client, seeded):
    factories.StatementFactory(incident=seeded.incident, text="We did it.")
    suspect = factories.SuspectFactory(incident=seeded.incident, full_name="Shamsidin Fariduni")
    event = factories.SuspectStatusEventFactory(suspect=suspect)

    page = curator_client.get(incident_url(seeded.incident)).content.decode()

    assert "We did it." in page
    assert "Shamsidin Fariduni" in page
    assert reverse("admin:incidents_suspectstatusevent_change", args=[event.pk]) in page
    assert f"/casualtyfigure/{seeded.killed.pk}/change/" in page


def test_the_timeline_plots_accepted_figures_and_proposed_ones_on_request(
    curator_client, curator, seeded
):
    figures_review([seeded.killed], ReviewStatus.ACCEPTED, curator)
    url = incident_url(seeded.incident)

    accepted_only = curator_client.get(url).context["timeline_svg"]
    with_proposed = curator_client.get(f"{url}?proposed=1").context["timeline_svg"]

    assert accepted_only.count('class="point"') == 1
    assert 'data-value="40"' in accepted_only
    assert with_proposed.count('class="point"') == 2
    assert 'data-status="proposed"' in with_proposed


def test_the_estimate_panel_shows_curated_against_derived_and_goes_back(
    curator_client, curator, seeded
):
    figures_review([seeded.killed], ReviewStatus.ACCEPTED, curator)
    incident = Incident.objects.get(pk=seeded.incident.pk)
    url = incident_url(incident)
    data = change_form_data(curator_client, url, killed_best=45, killed_high=45)
    curator_client.post(url, data)
    incident.refresh_from_db()
    assert (incident.estimate_is_curated, incident.killed_best) == (True, 45)
    assert "set by a curator" in curator_client.get(url).content.decode()

    reset = reverse("admin:incidents_incident_estimate_derived", args=[incident.pk])
    curator_client.post(reset, {"seen_version": incident.version})

    incident.refresh_from_db()
    assert (incident.estimate_is_curated, incident.killed_best) == (False, 40)
    assert incident.history.first().history_user == curator


def test_a_reset_from_a_stale_page_is_refused(curator_client):
    incident = factories.IncidentFactory(estimate_is_curated=True, killed_best=3, version=4)
    reset = reverse("admin:incidents_incident_estimate_derived", args=[incident.pk])

    response = curator_client.post(reset, {"seen_version": 3}, follow=True)

    assert "was changed by someone else" in response.content.decode()
    assert Incident.objects.get(pk=incident.pk).estimate_is_curated


def test_the_incident_page_uses_a_bounded_number_of_queries(
    curator_client, seeded, django_assert_max_num_queries
):
    for _ in range(5):
        factories.CasualtyFigureFactory(incident=seeded.incident)
        factories.StatementFactory(incident=seeded.incident)
        suspect = factories.SuspectFactory(incident=seeded.incident)
        factories.SuspectStatusEventFactory(suspect=suspect)
    with django_assert_max_num_queries(30):
        response = curator_client.get(incident_url(seeded.incident))
    assert response.status_code == 200


def test_the_seed_incident_saves_its_attributes_and_a_curated_estimate(
    curator_client, seed_incident
):
    url = incident_url(seed_incident)
    data = change_form_data(
        curator_client, url, venue="Crocus City Hall, Krasnogorsk", killed_best=145
    )

    response = curator_client.post(url, data)

    assert len(data) < DJANGO_FIELD_LIMIT
    assert response.status_code == 302
    seed_incident.refresh_from_db()
    assert (seed_incident.venue, seed_incident.killed_best) == (
        "Crocus City Hall, Krasnogorsk",
        145,
    )
    assert seed_incident.estimate_is_curated


def test_the_seed_incident_page_shows_every_kind_of_fact_a_page_at_a_time(
    curator_client, seed_incident, django_assert_max_num_queries
):
    # About 30: the facts cost a fixed number; the rest is the form and its small inlines.
    with django_assert_max_num_queries(35):
        page = curator_client.get(incident_url(seed_incident)).content.decode()

    figures = CasualtyFigure.objects.filter(incident=seed_incident).count()
    statements = Statement.objects.filter(incident=seed_incident).count()
    assert f"Casualty figures ({figures})" in page
    assert f"Statements ({statements})" in page
    assert f"1–{ROWS_PER_PAGE} of {statements}" in page
    suspects = Suspect.objects.filter(incident=seed_incident).count()
    steps = SuspectStatusEvent.objects.filter(suspect__incident=seed_incident).count()
    assert suspects < ROWS_PER_PAGE < steps
    assert f"Legal history ({steps})" in page
    assert page.count('class="fact-row') == 3 * ROWS_PER_PAGE + suspects
    assert page.count('class="submit-row"') == 2  # Save at the top and at the bottom


def test_the_seed_incident_page_says_its_sources_are_undated_and_links_where_to_date_them(
    curator_client, seed_incident
):
    CasualtyFigure.objects.filter(incident=seed_incident).update(
        review_status=ReviewStatus.ACCEPTED
    )
    encyclopedia = Source.objects.get(kind=SourceKind.ENCYCLOPEDIA)

    page = curator_client.get(incident_url(seed_incident)).content.decode()

    assert "5 sources without a publication date" in page
    source_page = reverse("admin:incidents_source_change", args=[encyclopedia.pk])
    assert f'href="{source_page}#id_published_on"' in page
    assert f"undated, on or after {encyclopedia.published_after.day}" in page
    assert "Best 149: the figure of the most recent trustworthy source" in page
    assert "a perpetrator&#x27;s claim" in page
    assert "a subgroup, not the total" in page


def test_a_fact_row_shows_its_quote_with_the_number_marked_and_its_source(curator_client, seeded):
    page = curator_client.get(incident_url(seeded.incident)).content.decode()

    assert '<q>At least <strong class="review-number">40</strong> people were killed</q>' in page
    assert "TASS report</a> · published 22 Mar 2024 · grade F" in page
    assert f'id="figure-{seeded.killed.pk}"' in page


def test_the_figures_are_paged_and_filtered_by_status(curator_client, seeded):
    factories.CasualtyFigureFactory.create_batch(
        2 * ROWS_PER_PAGE, incident=seeded.incident, review_status=ReviewStatus.ACCEPTED
    )
    url = incident_url(seeded.incident)
    total = 2 * ROWS_PER_PAGE + 2

    last = curator_client.get(f"{url}?figures_page=3").content.decode()
    proposed = curator_client.get(f"{url}?figures_status=proposed").content.decode()

    assert f"{2 * ROWS_PER_PAGE + 1}–{total} of {total}" in last
    assert last.count('class="fact-row') == 2
    assert "1–2 of 2" in proposed
    assert proposed.count('class="fact-row status-proposed"') == 2


def test_a_curator_accepts_a_figure_in_place_and_the_estimate_follows(
    curator_client, curator, seeded
):
    figure = seeded.killed

    response = curator_client.post(
        f"{review_url(figure, 'accepted')}?figures_page=1", {f"seen-{figure.pk}": figure.version}
    )

    assert response.status_code == 302
    assert (
        response["Location"] == f"{incident_url(seeded.incident)}?figures_page=1#figure-{figure.pk}"
    )
    figure.refresh_from_db()
    assert (figure.review_status, figure.reviewed_by, figure.version) == ("accepted", curator, 2)
    assert Incident.objects.get(pk=seeded.incident.pk).killed_best == 40
    page = curator_client.get(response["Location"]).content.decode()
    assert "Accepted 1 casualty figure." in page


def test_a_curator_rejects_a_statement_in_place(curator_client, seeded):
    statement = factories.StatementFactory(incident=seeded.incident)

    curator_client.post(review_url(statement, "rejected", "statement"), {f"seen-{statement.pk}": 1})

    assert Statement.objects.get(pk=statement.pk).review_status == "rejected"


def test_a_curator_accepts_a_suspects_legal_step_in_place(curator_client, seeded):
    event = factories.SuspectStatusEventFactory(
        suspect__incident=seeded.incident, suspect__full_name="Ivan Testov", charge="terrorism"
    )
    url = reverse(
        "admin:incidents_incident_fact_review",
        args=[seeded.incident.pk, "status_event", event.pk, "accepted"],
    )

    page = curator_client.get(incident_url(seeded.incident)).content.decode()
    curator_client.post(url, {f"seen-{event.pk}": event.version})

    assert f'id="status_event-{event.pk}"' in page
    assert "of Ivan Testov" in page
    assert url in page
    assert SuspectStatusEvent.objects.get(pk=event.pk).review_status == "accepted"


def test_a_decision_on_a_page_older_than_the_fact_is_refused(curator_client, curator, seeded):
    figure = seeded.killed
    figures_review([figure], ReviewStatus.REJECTED, curator)  # someone else, meanwhile

    response = curator_client.post(
        review_url(figure, "accepted"), {f"seen-{figure.pk}": figure.version}, follow=True
    )

    assert "changed by someone else since you loaded the page" in response.content.decode()
    assert CasualtyFigure.objects.get(pk=figure.pk).review_status == "rejected"


def test_a_viewer_sees_no_review_buttons_and_may_not_post_a_decision(viewer_client, seeded):
    page = viewer_client.get(incident_url(seeded.incident)).content.decode()
    response = viewer_client.post(review_url(seeded.killed, "accepted"), {})

    assert 'form="fact-review-form"' not in page
    assert response.status_code == 403
    assert CasualtyFigure.objects.get(pk=seeded.killed.pk).review_status == "proposed"


@pytest.mark.parametrize(
    ("method", "decision", "status"),
    [("get", "accepted", 405), ("post", "proposed", 404), ("post", "maybe", 404)],
)
def test_a_decision_must_be_a_post_of_accept_or_reject(
    curator_client, seeded, method, decision, status
):
    response = getattr(curator_client, method)(review_url(seeded.killed, decision))

    assert response.status_code == status


def test_a_fact_of_another_incident_is_not_reviewed_from_this_page(curator_client, seeded):
    other = factories.CasualtyFigureFactory()
    url = reverse(
        "admin:incidents_incident_fact_review",
        args=[seeded.incident.pk, "figure", other.pk, "accepted"],
    )

    assert curator_client.post(url, {f"seen-{other.pk}": 1}).status_code == 404
    assert CasualtyFigure.objects.get(pk=other.pk).review_status == "proposed"


def test_the_page_costs_as_many_queries_with_hundreds_of_facts_as_with_a_few(
    curator_client, seeded, django_assert_num_queries
):
    url = incident_url(seeded.incident)
    factories.StatementFactory(incident=seeded.incident)
    factories.SuspectFactory(incident=seeded.incident)
    with_a_few = _queries(curator_client, url)
    for value in range(60):
        figure_quoting(
            seeded.source,
            seeded.incident,
            "At least 40 people were killed",
            value=value,
            kind=FigureKind.KILLED,
            review_status=ReviewStatus.ACCEPTED,
        )
    factories.StatementFactory.create_batch(60, incident=seeded.incident)

    with django_assert_num_queries(with_a_few):
        curator_client.get(url)


def _queries(client, url: str) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)
