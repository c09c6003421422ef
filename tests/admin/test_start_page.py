"""The start page: what waits for review, recent imports and estimate changes, the Import button."""

import io

import pytest
from django.core.management import call_command
from django.urls import reverse

from incidents.models import CasualtyFigure, Incident, Source, Statement
from incidents.models.fact_types import REVIEWED_FACT_TYPES
from incidents.models.vocabularies import FigureKind, ReviewStatus
from tests import factories

pytestmark = pytest.mark.django_db

START = reverse("admin:index")
DECIDE = reverse("incidents_review_decide")


@pytest.fixture
def seed_incident(db) -> Incident:
    """The five seed documents, imported as `make run` imports them."""
    call_command("import_documents", "fixtures/documents", stdout=io.StringIO())
    return Incident.objects.get()


def waiting(response) -> dict[str, int]:
    return {label: count for label, count, _kinds in response.context["waiting_by_kind"]}


def test_it_counts_the_seed_incidents_proposed_facts_by_kind_and_incident(
    curator_client, seed_incident, django_assert_max_num_queries
):
    with django_assert_max_num_queries(20):
        response = curator_client.get(START)

    expected = {
        f"{fact_type.label}s": fact_type.model.objects.filter(review_status="proposed").count()
        for fact_type in REVIEWED_FACT_TYPES
    }
    assert waiting(response) == expected
    assert expected["figures"] > 50
    assert expected["statements"] > 100
    by_kind = {label: kinds for label, _n, kinds in response.context["waiting_by_kind"]}
    (killed,) = [kind for kind in by_kind["figures"] if kind.label == "Killed"]
    assert killed.count == CasualtyFigure.objects.filter(kind=FigureKind.KILLED).count()
    assert killed.url == f"{reverse('incidents_review_queue')}?type=figure&kind=killed"
    ((name, total, _links),) = response.context["waiting_by_incident"]
    assert (name, total) == (seed_incident.name, sum(expected.values()))
    assert f"?type=figure&amp;incident={seed_incident.pk}" in response.content.decode()


def test_it_lists_the_recent_imports_with_their_facts(curator_client, seed_incident):
    response = curator_client.get(START)

    sources = list(response.context["recent_sources"])
    assert len(sources) == Source.objects.count() == 5
    for source in sources:
        cited = Statement.objects.filter(evidence__source=source).distinct().count()
        assert source.n_statement == cited
    assert "undated" in response.content.decode()


def test_it_lists_import_jobs_with_their_outcomes(curator_client):
    job = factories.ImportJobFactory(description="fixtures/documents")
    factories.JobDocumentFactory(job=job, position=0, status="imported")
    factories.JobDocumentFactory(job=job, position=1, status="failed")

    ((listed,),) = [list(curator_client.get(START).context["recent_jobs"])]

    assert (listed.imported, listed.failed, listed.skipped) == (1, 1, 0)


def test_an_accepted_figure_shows_up_among_the_estimate_changes(curator_client, seeded):
    value = f"accept:figure:{seeded.killed.pk}:{seeded.killed.version}"
    curator_client.post(DECIDE, {"decision": value})

    response = curator_client.get(START)

    ((change, text),) = response.context["estimate_changes"]
    assert change.incident_id == seeded.incident.pk
    assert change.user == "curator"
    assert "killed best none -> 40" in text


def test_it_offers_the_queue_and_the_import_to_curators_only(curator_client, viewer_client):
    curator_page = curator_client.get(START).content.decode()
    viewer_page = viewer_client.get(START).content.decode()

    assert "Import documents" in curator_page
    assert "Open the review queue" in curator_page
    assert "Import documents" not in viewer_page
    assert "Open the review queue" not in viewer_page


def test_evidence_and_removal_tables_are_listed_for_superusers_only(curator_client, client):
    superuser = factories.UserFactory(username="root", is_staff=True, is_superuser=True)
    client.force_login(superuser)

    for_curator = curator_client.get(START).content.decode()
    for_superuser = client.get(START).content.decode()

    for table in ("/admin/incidents/evidence/", "/admin/incidents/recordremoval/"):
        assert table not in for_curator
        assert table in for_superuser


def test_with_nothing_proposed_it_says_so(curator_client):
    factories.CasualtyFigureFactory(review_status=ReviewStatus.ACCEPTED)

    page = curator_client.get(START).content.decode()

    assert "Nothing is waiting" in page


def test_saves_that_leave_the_estimate_alone_are_not_estimate_changes(curator_client, seeded):
    seeded.incident.summary = "Gunmen attacked a concert hall."
    seeded.incident.save()

    assert curator_client.get(START).context["estimate_changes"] == []


def test_every_admin_page_names_the_project_not_django(curator_client):
    page = curator_client.get(START).content.decode()
    assert "| Incident database curation</title>" in page
    assert "Django administration" not in page
    assert "Django site admin" not in page
