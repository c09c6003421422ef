"""One document's trouble costs only that document: long, unreadable or repeated content."""

import pytest

from incidents import models
from incidents.documents.inputs import DocumentInput, DocumentMeta
from incidents.extraction import pipeline
from incidents.services.documents.ingest import documents_import

pytestmark = pytest.mark.django_db

GOOD = "Gunmen attacked a police post in Quetta, Pakistan, on 2 June 2022, killing {n} officers.\n"
# Over spaCy's million characters, in long words, so that it parses in seconds.
LONG = ("Casualty" + "x" * 991 + " ") * 1300


def ingest(*texts: str) -> list:
    documents = [
        DocumentInput(name=f"doc-{n}.txt", data=text.encode(), meta=DocumentMeta())
        for n, text in enumerate(texts)
    ]
    return list(documents_import(documents))


def test_a_document_over_a_million_characters_does_not_take_its_batch_down():
    outcomes = ingest(GOOD.format(n=3), LONG, GOOD.format(n=4))

    assert [o.status for o in outcomes] == ["imported", "imported", "imported"]
    assert models.Source.objects.count() == 3
    assert any("characters were read for facts" in w for w in outcomes[1].warnings)
    assert models.Source.objects.get(file_name="doc-1.txt").cleaned_text == LONG.strip()


def test_a_document_the_extractor_fails_on_costs_only_itself(monkeypatch):
    real = pipeline.extract_many

    def fail_on_boom(documents):
        documents = list(documents)
        if any("BOOM" in text for text, _, _ in documents):
            raise RuntimeError("rule crashed")
        return real(documents)

    monkeypatch.setattr("incidents.documents.extracting.extract_many", fail_on_boom)

    outcomes = ingest(GOOD.format(n=3), "BOOM went the rule.\n", GOOD.format(n=4))

    assert [o.status for o in outcomes] == ["imported", "failed", "imported"]
    assert outcomes[1].message == "doc-1.txt extraction failed: RuntimeError: rule crashed"
    assert models.Source.objects.count() == 2


def test_the_same_content_twice_in_one_run_is_already_imported():
    outcomes = ingest(GOOD.format(n=3), GOOD.format(n=3))

    assert [o.status for o in outcomes] == ["imported", "skipped"]
    assert outcomes[1].message == "doc-1.txt is already imported"
    assert outcomes[1].source == outcomes[0].source
    assert models.Source.objects.count() == 1


def test_a_document_with_a_nul_byte_past_the_sniffed_head_is_refused():
    text = GOOD.format(n=3) + "x" * 9000 + "\x00" + "tail"

    (outcome,) = ingest(text)

    assert outcome.status == "failed"
    at = f"{len(text) - 5:,}"
    assert f"doc-0.txt holds a NUL character (at character {at}); it is not text" in outcome.message
    assert not models.Source.objects.exists()


@pytest.mark.parametrize("max_bytes", [0, -5000])
def test_a_size_limit_below_one_byte_is_refused(max_bytes):
    document = DocumentInput(name="a.txt", data=b"x", meta=DocumentMeta())

    with pytest.raises(ValueError, match="max_bytes must be a positive number of bytes"):
        list(documents_import([document], max_bytes=max_bytes))
