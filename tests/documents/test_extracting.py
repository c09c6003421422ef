from incidents.documents.extracting import extract_documents
from incidents.documents.inputs import DocumentInput

LIMIT = 10_000
REPORT = "A bomb exploded at a bus depot in the town on Monday. Four people were killed."


def test_each_document_comes_back_in_its_place_read_or_rejected():
    documents = [
        DocumentInput(name="first.txt", data=REPORT.encode()),
        DocumentInput(name="blank.txt", data=b"   \n"),
        DocumentInput(name="third.txt", data=REPORT.encode()),
    ]

    first, blank, third = extract_documents(documents, max_bytes=LIMIT)

    assert [first.document.name, blank.document.name, third.document.name] == [
        "first.txt",
        "blank.txt",
        "third.txt",
    ]
    assert blank.rejection == "blank.txt is empty"
    assert blank.extraction is None
    assert first.rejection == third.rejection == ""
    assert [(f.kind, f.value) for f in first.extraction.casualty_figures] == [("killed", 4)]


def test_a_document_over_the_limit_is_refused_without_being_read():
    (oversize,) = extract_documents(
        [DocumentInput(name="long.txt", data=REPORT.encode())], max_bytes=20
    )

    assert oversize.rejection.startswith("long.txt is larger than the")
    assert oversize.decoded is None


def test_a_decoding_guess_is_reported_as_a_warning():
    text = (
        "Café owners said the explosion shattered every window on the street, "
        "and police said nobody was hurt."
    )
    (guessed,) = extract_documents(
        [DocumentInput(name="latin.txt", data=text.encode("cp1252"))], max_bytes=LIMIT
    )

    assert guessed.warnings[0].startswith("not valid UTF-8; decoded as")
