import pytest
from django.urls import reverse

from tests import factories

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
