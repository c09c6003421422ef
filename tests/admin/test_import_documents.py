import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from incidents.models import CasualtyFigure, Source
from tests import factories
from tests.admin.conftest import SOURCE_TEXT

pytestmark = pytest.mark.django_db

SEEDS = Path(__file__).resolve().parents[2] / "fixtures" / "documents"
IMPORT = reverse("admin:incidents_source_import_documents")


@dataclass
class Outcome:
    name: str
    status: str
    message: str = ""
    facts: Counter = field(default_factory=Counter)
    warnings: list = field(default_factory=list)
    source: object = None
    incident: object = None


@pytest.fixture
def fake_ingest(monkeypatch):
    """Stands in for incidents.services.documents.ingest, recording what the admin hands it."""
    received = []

    def documents_import(documents, *, incident=None):
        for document in documents:
            received.append((document, incident))
            source = factories.SourceFactory(title=document.meta.title or document.name)
            yield Outcome(document.name, "imported", "ok", Counter(figures=2), source=source)

    monkeypatch.setattr("incidents.services.documents.ingest.documents_import", documents_import)
    return received


def test_uploaded_files_and_a_pasted_text_go_to_the_ingest_service(curator_client, fake_ingest):
    incident = factories.IncidentFactory()
    files = [
        SimpleUploadedFile("tass.html", b"<p>40 killed</p>"),
        SimpleUploadedFile("bbc.txt", b"60 killed"),
    ]
    response = curator_client.post(
        IMPORT,
        {
            "files": files,
            "text": SOURCE_TEXT,
            "title": "TASS report",
            "publisher": "TASS",
            "published": "2024-03-22",
            "incident": incident.pk,
        },
    )

    sent = [(d.name, d.fmt, d.meta.title, linked) for d, linked in fake_ingest]
    assert sent == [
        ("tass.html", "html", "", incident),
        ("bbc.txt", "text", "", incident),
        ("TASS report", "text", "TASS report", incident),
    ]
    page = response.content.decode()
    assert page.count("<strong>imported</strong>") == 3
    source = response.context["outcomes"][2]["outcome"].source
    assert f"/admin/incidents/casualtyfigure/?source={source.pk}" in page


@pytest.mark.parametrize(
    ("data", "error"),
    [
        ({}, "Choose one or more files, or paste a text."),
        ({"text": "40 killed"}, "A pasted text needs its title."),
        ({"text": "40 killed", "title": "T", "incident": 999999}, "There is no incident 999999."),
    ],
)
def test_bad_input_is_reported_and_nothing_is_imported(curator_client, fake_ingest, data, error):
    response = curator_client.post(IMPORT, data)
    assert error in response.content.decode()
    assert fake_ingest == []


def test_a_viewer_cannot_import_documents(viewer_client, fake_ingest):
    assert viewer_client.get(IMPORT).status_code == 403


def test_publisher_date_and_kind_describe_uploaded_files_too(curator_client, fake_ingest):
    files = [SimpleUploadedFile("a.txt", b"40 killed"), SimpleUploadedFile("b.txt", b"60 killed")]
    curator_client.post(
        IMPORT,
        {
            "files": files,
            "title": "Not for two files",
            "url": "https://example.org/one",
            "publisher": "TASS",
            "published": "2024-03-22",
            "kind": "official_statement",
        },
    )

    sent = [
        (d.meta.publisher, d.meta.published, d.meta.kind, d.meta.title, d.meta.url)
        for d, _ in fake_ingest
    ]
    assert sent == [("TASS", dt.date(2024, 3, 22), "official_statement", "", "")] * 2


def test_a_single_uploaded_file_takes_the_title_and_url_too(curator_client, fake_ingest):
    curator_client.post(
        IMPORT,
        {
            "files": [SimpleUploadedFile("a.txt", b"40 killed")],
            "title": "TASS report",
            "url": "https://tass.example/1",
        },
    )

    (document, _), *_ = fake_ingest
    assert (document.meta.title, document.meta.url, document.meta.kind) == (
        "TASS report",
        "https://tass.example/1",
        "news_article",
    )


def test_an_uploaded_seed_keeps_its_publisher_date_and_kind_with_the_real_service(
    curator_client,
):
    pytest.importorskip("incidents.services.documents.ingest")
    seed = next(SEEDS.glob("*.txt"))
    curator_client.post(
        IMPORT,
        {
            "files": [SimpleUploadedFile(seed.name, seed.read_bytes())],
            "publisher": "TASS",
            "published": "2024-03-23",
            "kind": "official_statement",
        },
    )

    source = Source.objects.get(file_name=seed.name)
    assert (source.publisher, source.published_on, source.kind) == (
        "TASS",
        dt.date(2024, 3, 23),
        "official_statement",
    )


def test_it_imports_a_pasted_seed_text_with_the_real_service(curator_client):
    pytest.importorskip("incidents.services.documents.ingest")
    response = curator_client.post(
        IMPORT, {"text": SOURCE_TEXT, "title": "TASS report", "published": "2024-03-22"}
    )
    assert "<strong>imported</strong>" in response.content.decode()
    assert CasualtyFigure.objects.proposed().exists()


def test_the_source_list_links_to_the_document_import_for_curators_only(
    curator_client, viewer_client
):
    sources = reverse("admin:incidents_source_changelist")
    assert IMPORT in curator_client.get(sources).content.decode()
    assert IMPORT not in viewer_client.get(sources).content.decode()
