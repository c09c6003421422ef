import pytest
from django.urls import reverse

from incidents.models import CasualtyFigure, RecordRemoval
from incidents.models.vocabularies import ReviewStatus
from tests import factories
from tests.admin.formdata import change_form_data

pytestmark = pytest.mark.django_db

QUEUE = reverse("admin:incidents_casualtyfigure_changelist")


def post_action(client, action: str, figures, seen: dict | None = None):
    data = {"action": action, "_selected_action": [f.pk for f in figures], "index": 0}
    for pk, version in (seen or {}).items():
        data[f"seen-{pk}"] = version
    return client.post(QUEUE, data, follow=True)


def test_it_lists_proposed_figures_with_their_quotes(curator_client, seeded):
    accepted = factories.CasualtyFigureFactory(review_status=ReviewStatus.ACCEPTED)

    page = curator_client.get(QUEUE).content.decode()

    assert "At least 40 people were killed" in page
    assert "TASS report" in page
    assert f"/casualtyfigure/{accepted.pk}/change/" not in page


@pytest.mark.parametrize(
    ("query", "shown", "hidden"),
    [
        ("kind__exact=injured", "More than 100", "At least 40"),
        ("extractor=casualties/1", "At least 40", "other/2"),
    ],
)
def test_it_filters_the_queue(curator_client, seeded, query, shown, hidden):
    factories.CasualtyFigureFactory(extractor="other/2")
    page = curator_client.get(f"{QUEUE}?{query}").content.decode()
    assert shown in page
    assert hidden not in page


@pytest.mark.parametrize("param", ["incident", "source"])
def test_it_filters_by_incident_and_by_source_through_evidence(curator_client, seeded, param):
    other = factories.CasualtyFigureFactory(value=7777)
    target = seeded.incident.pk if param == "incident" else seeded.source.pk

    page = curator_client.get(f"{QUEUE}?{param}={target}").content.decode()

    assert "At least 40 people were killed" in page
    assert f"/casualtyfigure/{other.pk}/change/" not in page


def test_bulk_accept_records_reviewer_time_and_history(curator_client, curator, seeded):
    response = post_action(curator_client, "accept_selected", [seeded.killed, seeded.injured])

    assert "Accepted 2 casualty figures" in response.content.decode()
    for figure in CasualtyFigure.objects.all():
        assert (figure.review_status, figure.reviewed_by) == (ReviewStatus.ACCEPTED, curator)
        assert figure.history.first().history_user == curator


def test_bulk_reject_keeps_the_facts_and_writes_tombstones(curator_client, seeded):
    post_action(curator_client, "reject_selected", [seeded.killed])

    assert CasualtyFigure.objects.get(pk=seeded.killed.pk).review_status == "rejected"
    assert RecordRemoval.objects.filter(object_id=seeded.killed.pk, reason="rejected").exists()


def test_a_bulk_action_on_a_stale_page_refuses_the_changed_rows(curator_client, seeded):
    # The page showed version 1; someone else has since edited the killed figure.
    CasualtyFigure.objects.filter(pk=seeded.killed.pk).update(value=41, version=2)

    response = post_action(
        curator_client,
        "accept_selected",
        [seeded.killed, seeded.injured],
        seen={seeded.killed.pk: 1, seeded.injured.pk: 1},
    )

    page = response.content.decode()
    assert "Accepted 1 casualty figure." in page
    assert f"#{seeded.killed.pk} changed by someone else" in page
    assert CasualtyFigure.objects.get(pk=seeded.killed.pk).review_status == "proposed"


def test_the_change_form_shows_the_quote_highlighted_in_its_paragraph(curator_client, seeded):
    url = reverse("admin:incidents_casualtyfigure_change", args=[seeded.killed.pk])

    page = curator_client.get(url).content.decode()

    assert (
        "<mark>At least 40 people were killed</mark></a>, TASS claimed, citing the FSB.</p>" in page
    )
    assert "More than 100 people were injured" not in page


def test_changing_the_status_in_the_form_stamps_the_reviewer(curator_client, curator, seeded):
    url = reverse("admin:incidents_casualtyfigure_change", args=[seeded.killed.pk])
    data = change_form_data(curator_client, url, review_status="rejected")

    curator_client.post(url, data)

    figure = CasualtyFigure.objects.get(pk=seeded.killed.pk)
    assert (figure.review_status, figure.reviewed_by) == ("rejected", curator)
    assert RecordRemoval.objects.filter(object_id=figure.pk).exists()


@pytest.mark.parametrize(
    "name",
    ["casualtyfigure", "statement", "suspect", "suspectstatusevent", "incident", "source", "actor"],
)
def test_changelists_use_a_bounded_number_of_queries(
    curator_client, django_assert_max_num_queries, name
):
    for _ in range(3):
        source = factories.SourceFactory()
        factories.EvidenceFactory(source=source)
        factories.StatementFactory()
        factories.SuspectStatusEventFactory()
    with django_assert_max_num_queries(12):
        response = curator_client.get(reverse(f"admin:incidents_{name}_changelist"))
    assert response.status_code == 200


def test_the_history_page_shows_who_reviewed_and_why(curator_client, seeded):
    post_action(curator_client, "accept_selected", [seeded.killed])

    url = reverse("admin:incidents_casualtyfigure_history", args=[seeded.killed.pk])
    page = curator_client.get(url).content.decode()

    assert "review: accepted" in page
    assert "curator" in page


def test_a_bulk_accept_says_what_it_did_to_the_estimate(curator_client, seeded):
    response = post_action(curator_client, "accept_selected", [seeded.killed, seeded.injured])

    page = response.content.decode()
    assert "Accepted 2 casualty figures. Estimate: killed best none -&gt; 40" in page
    assert "injured best none -&gt; 100" in page


def test_a_bulk_reject_says_rejected(curator_client, seeded):
    response = post_action(curator_client, "reject_selected", [seeded.killed])

    assert "Rejected 1 casualty figure." in response.content.decode()
    assert "changed successfully" not in response.content.decode()


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("were+killed", "killed"),  # words of the quote
        ("TASS+report", "both"),  # the source's title
        ("Federal+Security", "killed"),  # who gave the figure
    ],
)
def test_search_reads_quotes_sources_and_who_said_it(curator_client, seeded, query, found):
    seeded.killed.attributed_to = factories.ActorFactory(name="Federal Security Service")
    seeded.killed.save()
    factories.CasualtyFigureFactory(value=7777)

    page = curator_client.get(f"{QUEUE}?q={query}").content.decode()

    assert f"/casualtyfigure/{seeded.killed.pk}/change/" in page
    assert (f"/casualtyfigure/{seeded.injured.pk}/change/" in page) == (found == "both")
    assert "7777" not in page


def test_search_finds_a_statement_by_its_speaker(curator_client, seeded):
    speaker = factories.ActorFactory(name="Vladimir Putin")
    statement = factories.StatementFactory(incident=seeded.incident, speaker=speaker)
    factories.StatementFactory(incident=seeded.incident)

    url = reverse("admin:incidents_statement_changelist")
    page = curator_client.get(f"{url}?q=putin").content.decode()

    assert page.count('name="_selected_action"') == 1
    assert f'value="{statement.pk}"' in page


def test_it_shows_a_long_quote_whole_with_the_number_picked_out(curator_client, seeded):
    words = " ".join(["word"] * 40)
    text = f"{words}, and 212 people were killed at the end of a long sentence.\n"
    source = factories.SourceFactory(raw_text=text)
    figure = factories.CasualtyFigureFactory(incident=seeded.incident, value=212)
    factories.EvidenceFactory(source=source, figure=figure, start=0, end=len(text) - 1)

    page = curator_client.get(QUEUE).content.decode()

    assert '<strong class="review-number">212</strong> people were killed at the end' in page


def test_one_click_rejects_a_row_and_comes_back_to_the_list(curator_client, seeded):
    page = curator_client.get(f"{QUEUE}?incident={seeded.incident.pk}").content.decode()
    value = f"reject:figure:{seeded.killed.pk}:{seeded.killed.version}"
    assert f'value="{value}"' in page

    response = curator_client.post(
        f"{reverse('incidents_review_decide')}?next={QUEUE}", {"decision": value}
    )

    assert response.url == QUEUE
    assert CasualtyFigure.objects.get(pk=seeded.killed.pk).review_status == "rejected"


def test_a_viewer_gets_no_decision_buttons(viewer_client, seeded):
    page = viewer_client.get(QUEUE).content.decode()

    assert "At least 40 people were killed" in page
    assert 'name="decision"' not in page
