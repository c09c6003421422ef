"""One entry point for `extract` and `import_documents`: text -> Extraction."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from incidents.extraction.casualties.figures import extract_casualty_figures
from incidents.extraction.document import CleanedDocument, ParsedDocument
from incidents.extraction.incident.attributes import extract_incident, extract_source_info
from incidents.extraction.incident.cross_document import complete_dates
from incidents.extraction.nlp import parse_texts
from incidents.extraction.results import DocumentMeta, Extraction
from incidents.extraction.statements.statements import extract_statements
from incidents.extraction.suspects.suspects import extract_suspects
from incidents.extraction.text.cleaning import clean
from incidents.extraction.text.reading import readable_part, unread_warning

EXTRACTOR = "incidents.extraction/2.0"


def extract(raw_text: str, meta: DocumentMeta | None = None, *, fmt: str = "text") -> Extraction:
    return next(extract_many([(raw_text, meta or DocumentMeta(), fmt)]))


def extract_many(documents: Iterable[tuple[str, DocumentMeta, str]]) -> Iterator[Extraction]:
    """Extract several documents, letting spaCy batch them and reading them together.

    `fmt` is "text", "markdown" or "html"; it only changes the cleaning step.
    """
    cleaned = [(raw, meta, clean(raw, fmt=fmt)) for raw, meta, fmt in documents]
    read = [readable_part(cleaned_doc) for _, _, cleaned_doc in cleaned]
    docs = parse_texts(r.text for r in read)
    extractions = [
        _extraction(raw, meta, cleaned_doc, read_doc, doc)
        for (raw, meta, cleaned_doc), read_doc, doc in zip(cleaned, read, docs, strict=True)
    ]
    yield from complete_dates(extractions)


def _extraction(
    raw: str, meta: DocumentMeta, cleaned: CleanedDocument, read: CleanedDocument, doc
) -> Extraction:
    source = extract_source_info(read, meta)
    parsed = ParsedDocument(cleaned=read, doc=doc, meta=meta, reference_date=source.published)
    incident = extract_incident(parsed)
    return Extraction(
        extractor=EXTRACTOR,
        raw_text=raw,
        cleaned_text=cleaned.text,
        offset_map=cleaned.offset_map,
        source=source,
        incident=incident,
        casualty_figures=tuple(extract_casualty_figures(parsed, incident)),
        statements=tuple(extract_statements(parsed, incident)),
        suspects=tuple(extract_suspects(parsed, incident)),
        warnings=unread_warning(cleaned, read),
    )
