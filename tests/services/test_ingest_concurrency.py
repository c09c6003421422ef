"""Two importers racing on PostgreSQL: neither loses a document.

Each test runs two imports in two threads (two database connections) and holds both at
the moment a source is about to be written, after both have looked for it, so the race
the tester found happens every time.
"""

import threading

import pytest
from django.db import connection, connections

from incidents import models
from incidents.documents import extracting
from incidents.documents.inputs import DocumentInput, DocumentMeta
from incidents.services.documents import ingest

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="SQLite lets one writer at a time in, so two importers cannot race there",
    ),
]

FIRST = "Gunmen attacked a police post in Quetta, Pakistan, on 2 June 2022, killing 3 officers.\n"
SECOND = "Three officers died when gunmen stormed a police post in Quetta, Pakistan, on 2 June 2022"


def race(monkeypatch, first: list[bytes], second: list[bytes]) -> list[list]:
    """Run two imports at once; both pass their "already imported" look-up before either
    writes its first source."""
    both_looked = threading.Barrier(2, timeout=60)
    waited: set[int] = set()
    real_create = ingest._source_create
    extraction = threading.Lock()  # spaCy is not shared between threads
    real_extract = extracting.extract_many

    def create_after_both_looked(item, found):
        if threading.get_ident() not in waited:
            waited.add(threading.get_ident())
            both_looked.wait()
        return real_create(item, found)

    def extract_alone(documents):
        with extraction:
            return list(real_extract(list(documents)))

    monkeypatch.setattr(ingest, "_source_create", create_after_both_looked)
    monkeypatch.setattr(extracting, "extract_many", extract_alone)
    results: list[list] = [[], []]

    def run(index: int, texts: list[bytes]) -> None:
        try:
            documents = [
                DocumentInput(name=f"{index}-{n}.txt", data=data, meta=DocumentMeta())
                for n, data in enumerate(texts)
            ]
            results[index] = list(ingest.documents_import(documents))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i, t)) for i, t in enumerate((first, second))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def test_two_importers_of_the_same_document_import_it_once_and_skip_it_once(monkeypatch):
    first, second = race(monkeypatch, [FIRST.encode()], [FIRST.encode()])

    statuses = sorted(outcome.status for outcome in first + second)
    assert statuses == ["imported", "skipped"]
    assert models.Source.objects.count() == 1


def test_two_reports_of_one_new_incident_raced_share_that_incident(monkeypatch):
    first, second = race(monkeypatch, [FIRST.encode()], [SECOND.encode()])

    assert [o.status for o in first + second] == ["imported", "imported"]
    assert models.Source.objects.count() == 2
    incident = models.Incident.objects.get()
    assert set(incident.casualty_figures.values_list("evidence__source", flat=True)) == set(
        models.Source.objects.values_list("pk", flat=True)
    )
