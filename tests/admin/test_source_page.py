import re
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

from incidents.models import CasualtyFigure, Source
from incidents.models.fact_types import FACT_TYPES
from incidents.models.vocabularies import ReviewStatus
from tests import factories
from tests.admin.seeds import seeds_imported

pytestmark = pytest.mark.django_db


def test_it_highlights_every_extracted_span_linked_to_its_fact(curator_client, seeded):
    statement = factories.StatementFactory(incident=seeded.incident)
    quote = "The Islamic State claimed responsibility."
    start = seeded.source.cleaned_text.index(quote)
    factories.EvidenceFactory(
        source=seeded.source, figure=None, statement=statement, start=start, end=start + len(quote)
    )
    url = reverse("admin:incidents_source_change", args=[seeded.source.pk])

    page = curator_client.get(url).content.decode()

    figure_url = reverse("admin:incidents_casualtyfigure_change", args=[seeded.killed.pk])
    statement_url = reverse("admin:incidents_statement_change", args=[statement.pk])
    assert f'class="fact-span fact-figure" href="{figure_url}"' in page
    assert f'class="fact-span fact-statement" href="{statement_url}"' in page
    assert "<mark>The Islamic State claimed responsibility.</mark>" in page


def test_the_raw_text_is_served_as_plain_text(viewer_client, seeded):
    url = reverse("admin:incidents_source_raw", args=[seeded.source.pk])

    response = viewer_client.get(url)

    assert response["Content-Type"].startswith("text/plain")
    assert response.content.decode() == seeded.source.raw_text


def test_the_source_page_escapes_the_document_text(curator_client):
    source = factories.SourceFactory(raw_text="<script>alert(1)</script> 3 killed")
    url = reverse("admin:incidents_source_change", args=[source.pk])
    assert "<script>alert(1)</script>" not in curator_client.get(url).content.decode()


@pytest.fixture(scope="module")
def seed_incident(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), seeds_imported() as incident:
        yield incident


@pytest.fixture
def seed_sources(seed_incident):
    return {source.file_name.split("_")[0]: source for source in Source.objects.all()}


def fact_links(page: str) -> list[tuple[str, str]]:
    """(href, status) of every link to a fact in the source text."""
    text = page[page.index('<div class="source-text">') :]
    return re.findall(
        r'<a class="fact-span fact-\w+" href="([^"]+)" title="[^"]*"(?: data-status="(\w+)")?', text
    )


def test_on_the_seeds_every_extracted_span_has_its_own_link(curator_client, seed_sources):
    for source in seed_sources.values():
        url = reverse("admin:incidents_source_change", args=[source.pk])
        page = curator_client.get(url).content.decode()

        quoted = {
            reverse(f"admin:incidents_{fact_type.model_name}_change", args=[fact_id])
            for fact_type in FACT_TYPES
            for fact_id in source.evidence.exclude(**{fact_type.evidence_column: None}).values_list(
                fact_type.evidence_column, flat=True
            )
        }
        links = fact_links(page)
        assert len(links) == source.evidence.count()
        assert {href for href, _ in links} == quoted


def test_on_the_seeds_overlapping_spans_are_counted_and_listed_together(
    curator_client, seed_sources
):
    # The Islamic State claim report: 24 spans, most inside a few quoted sentences.
    source = seed_sources["002"]
    url = reverse("admin:incidents_source_change", args=[source.pk])

    page = curator_client.get(url).content.decode()

    assert "24 spans in 9 places" in page
    assert page.count('class="span-group"') == 5


def test_on_the_seeds_each_fact_shows_its_review_status(curator_client, seed_sources):
    source = seed_sources["004"]
    figures = CasualtyFigure.objects.filter(evidence__source=source).order_by("pk")
    rejected, accepted = figures[0], figures[1]
    figures.filter(pk=rejected.pk).update(review_status=ReviewStatus.REJECTED)
    figures.filter(pk=accepted.pk).update(review_status=ReviewStatus.ACCEPTED)
    url = reverse("admin:incidents_source_change", args=[source.pk])

    status = dict(fact_links(curator_client.get(url).content.decode()))

    figure_url = "admin:incidents_casualtyfigure_change"
    assert status[reverse(figure_url, args=[rejected.pk])] == "rejected"
    assert status[reverse(figure_url, args=[accepted.pk])] == "accepted"
    assert {status[reverse(figure_url, args=[f.pk])] for f in figures[2:]} == {"proposed"}
    css = (Path(settings.BASE_DIR) / "incidents/static/incidents/admin.css").read_text()
    assert '[data-status="rejected"] mark' in css


def test_the_largest_seed_source_page_reads_its_spans_in_few_queries(
    curator_client, seed_sources, django_assert_max_num_queries
):
    encyclopedia = Source.objects.get(kind="encyclopedia")
    url = reverse("admin:incidents_source_change", args=[encyclopedia.pk])

    with django_assert_max_num_queries(15):
        page = curator_client.get(url).content.decode()

    assert len(fact_links(page)) == encyclopedia.evidence.count() == 182
