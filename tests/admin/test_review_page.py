"""The one-at-a-time review queue: what it shows, and what each key's button does."""

import datetime as dt

import pytest
from django.urls import reverse

from incidents.models import CasualtyFigure, RecordRemoval
from incidents.models.vocabularies import ReliabilityGrade, ReviewStatus
from tests import factories
from tests.admin.formdata import change_form_data

pytestmark = pytest.mark.django_db

QUEUE = reverse("incidents_review_queue")
DECIDE = reverse("incidents_review_decide")


def card_of(response):
    return response.context["card"]


def decide(client, verdict: str, fact, *, next_url: str = QUEUE, type_name: str = "figure"):
    value = f"{verdict}:{type_name}:{fact.pk}:{fact.version}"
    return client.post(f"{DECIDE}?next={next_url}", {"decision": value}, follow=True)


def test_it_shows_figures_before_statements(curator_client, seeded):
    factories.StatementFactory(incident=seeded.incident)

    card = card_of(curator_client.get(QUEUE))

    assert card.fact == seeded.killed


def test_it_shows_the_sentence_with_the_number_the_source_and_the_estimate(curator_client, seeded):
    seeded.source.reliability = ReliabilityGrade.B
    seeded.source.save()

    page = curator_client.get(QUEUE).content.decode()

    assert '<strong class="review-number">40</strong> people were killed' in page
    assert "TASS report" in page
    assert "2024-03-22" in page
    assert "B: usually reliable" in page
    assert "2 of 2 figures left for this incident" in page
    for key in ("<kbd>a</kbd> accept", "<kbd>r</kbd> reject", "<kbd>e</kbd> edit", "<kbd>s</kbd>"):
        assert key in page
    assert "incidents/review-queue.js" in page


def test_an_undated_source_says_so(curator_client, seeded):
    seeded.source.published_on = None
    seeded.source.published_after = dt.date(2025, 12, 1)
    seeded.source.save()

    page = curator_client.get(QUEUE).content.decode()

    assert "undated (mentions 2025-12-01)" in page


def test_accepting_says_what_it_did_to_the_estimate(curator_client, curator, seeded):
    response = decide(curator_client, "accept", seeded.killed)

    seeded.killed.refresh_from_db()
    assert (seeded.killed.review_status, seeded.killed.reviewed_by) == ("accepted", curator)
    assert seeded.killed.history.first().history_change_reason == "review: accepted"
    (message,) = (str(m) for m in response.context["messages"])
    assert message.startswith(f"Accepted figure #{seeded.killed.pk} (At least 40 killed).")
    assert "killed best none -> 40" in message
    assert card_of(response).fact == seeded.injured
    assert "1 of 2 figures left for this incident" in response.content.decode()


def test_rejecting_keeps_the_fact_and_writes_a_tombstone(curator_client, seeded):
    response = decide(curator_client, "reject", seeded.killed)

    assert CasualtyFigure.objects.get(pk=seeded.killed.pk).review_status == "rejected"
    assert RecordRemoval.objects.filter(object_id=seeded.killed.pk, reason="rejected").exists()
    assert "Rejected figure #" in response.content.decode()


def test_a_decision_on_a_stale_card_is_refused(curator_client, seeded):
    shown = CasualtyFigure.objects.get(pk=seeded.killed.pk)
    CasualtyFigure.objects.filter(pk=shown.pk).update(value=41, version=2)

    response = decide(curator_client, "accept", shown)

    assert CasualtyFigure.objects.get(pk=shown.pk).review_status == "proposed"
    assert "changed by someone else" in response.content.decode()


def test_skipping_moves_on_and_the_skipped_come_back_on_request(curator_client, seeded):
    response = decide(curator_client, "skip", seeded.killed)
    assert card_of(response).fact == seeded.injured

    response = decide(curator_client, "skip", seeded.injured)
    assert card_of(response) is None
    assert "apart from the 2 you skipped" in response.content.decode()

    response = curator_client.post(DECIDE, {"decision": "unskip"}, follow=True)
    assert card_of(response).fact == seeded.killed
    assert CasualtyFigure.objects.filter(review_status="proposed").count() == 2


def test_it_filters_by_type_incident_and_kind(curator_client, seeded):
    other = factories.CasualtyFigureFactory(value=7)
    statement = factories.StatementFactory(incident=seeded.incident)

    assert card_of(curator_client.get(f"{QUEUE}?incident={other.incident_id}")).fact == other
    assert card_of(curator_client.get(f"{QUEUE}?kind=injured")).fact == seeded.injured
    assert card_of(curator_client.get(f"{QUEUE}?type=statement")).fact == statement


@pytest.mark.parametrize(
    ("query", "said"),
    [("type=weapon", "Unknown fact type"), ("incident=crocus", "is an id")],
)
def test_a_filter_it_cannot_read_is_a_400_saying_why(curator_client, query, said):
    response = curator_client.get(f"{QUEUE}?{query}")

    assert response.status_code == 400
    assert said in response.content.decode()


@pytest.mark.parametrize("value", ["accept:figure:x:1", "approve:figure:1:1", "accept:weapon:1:1"])
def test_a_decision_it_cannot_read_is_a_400_and_changes_nothing(curator_client, seeded, value):
    response = curator_client.post(DECIDE, {"decision": value})

    assert response.status_code == 400
    assert not CasualtyFigure.objects.exclude(review_status="proposed").exists()


def test_a_viewer_sees_the_queue_but_may_not_decide(viewer_client, seeded):
    page = viewer_client.get(QUEUE)
    assert page.status_code == 200
    assert "review-accept" not in page.content.decode()

    response = decide(viewer_client, "accept", seeded.killed)

    assert response.status_code == 403
    assert CasualtyFigure.objects.get(pk=seeded.killed.pk).review_status == "proposed"


def test_it_never_sends_the_curator_to_another_site(curator_client, seeded):
    response = curator_client.post(
        f"{DECIDE}?next=https://example.com/", {"decision": f"skip:figure:{seeded.killed.pk}:1"}
    )

    assert response.url == QUEUE


def test_editing_from_the_queue_comes_back_to_it(curator_client, seeded):
    edit_url = card_of(curator_client.get(QUEUE)).edit_url
    data = change_form_data(curator_client, edit_url, value=41)

    response = curator_client.post(edit_url, data)

    assert response.status_code == 302
    assert response.url == QUEUE
    assert CasualtyFigure.objects.get(pk=seeded.killed.pk).value == 41


def test_the_page_costs_a_fixed_number_of_queries(
    curator_client, seeded, django_assert_max_num_queries
):
    for value in range(30):
        factories.CasualtyFigureFactory(incident=seeded.incident, value=value)

    with django_assert_max_num_queries(12):
        response = curator_client.get(QUEUE)

    assert response.context["card"].fact == seeded.killed
    assert seeded.killed.review_status == ReviewStatus.PROPOSED


@pytest.mark.parametrize(
    ("type_name", "factory"),
    [
        ("statement", factories.StatementFactory),
        ("suspect", factories.SuspectFactory),
        ("status_event", factories.SuspectStatusEventFactory),
    ],
)
def test_every_reviewed_type_has_its_card_with_its_incident(curator_client, type_name, factory):
    fact = factory()
    incident = fact.suspect.incident if type_name == "status_event" else fact.incident

    response = curator_client.get(f"{QUEUE}?type={type_name}")

    assert card_of(response).fact == fact
    assert card_of(response).incident == incident
    assert f"1 of 1 {type_name.replace('_', ' ')} left for this incident" in (
        response.content.decode()
    )
    response = decide(curator_client, "accept", fact, type_name=type_name)
    assert type(fact).objects.get(pk=fact.pk).review_status == "accepted"
    assert "Estimate" not in str(next(iter(response.context["messages"])))
