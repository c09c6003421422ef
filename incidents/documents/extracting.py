"""The extraction front door: documents' bytes in, each one's decoded text and facts out."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from incidents.documents.inputs import DocumentInput
from incidents.extraction.pipeline import extract_many
from incidents.extraction.results import Extraction
from incidents.extraction.text.decoding import DecodedDocument, DocumentRejected, decode_document


@dataclass(frozen=True)
class ExtractedDocument:
    """One document's outcome: its decoded text and extraction, or why it cannot be read."""

    document: DocumentInput
    decoded: DecodedDocument | None = None
    extraction: Extraction | None = None
    rejection: str = ""  # one sentence for the user, naming the document

    @property
    def warnings(self) -> list[str]:
        found = [self.decoded.warning] if self.decoded and self.decoded.warning else []
        return found + list(self.extraction.warnings if self.extraction else ())


def extract_documents(
    documents: Iterable[DocumentInput], *, max_bytes: int
) -> list[ExtractedDocument]:
    """Decode each document and extract the readable ones together, in the order given.

    Extracting them in one call lets spaCy batch them and lets each report date the others
    (see extraction.incident.cross_document); a document that cannot be read comes back with
    its rejection, never an exception, so it costs only itself.
    """
    decoded = [_decoded(document, max_bytes) for document in documents]
    readable = [item for item in decoded if item.decoded is not None]
    try:
        extracted = dict(zip(map(id, readable), _extracted(readable), strict=True))
    except Exception:  # which document the extractor failed on is found one by one
        extracted = {id(item): _extracted_alone(item) for item in readable}
    return [extracted.get(id(item), item) for item in decoded]


def _extracted(readable: list[ExtractedDocument]) -> list[ExtractedDocument]:
    extractions = extract_many((r.decoded.text, r.document.meta, r.document.fmt) for r in readable)
    return [
        ExtractedDocument(item.document, item.decoded, extraction)
        for item, extraction in zip(readable, extractions, strict=True)
    ]


def _extracted_alone(item: ExtractedDocument) -> ExtractedDocument:
    try:
        return _extracted([item])[0]
    except Exception as error:  # a bug in a rule must not stop the other documents
        reason = f"{item.document.name} extraction failed: {type(error).__name__}: {error}"
        return ExtractedDocument(item.document, item.decoded, rejection=reason)


def _decoded(document: DocumentInput, max_bytes: int) -> ExtractedDocument:
    try:
        return ExtractedDocument(document, decode_document(document.data, max_bytes=max_bytes))
    except DocumentRejected as rejected:
        return ExtractedDocument(document, rejection=f"{document.name} {rejected}")
