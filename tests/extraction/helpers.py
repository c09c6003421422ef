"""Build a ParsedDocument from a plain string, without the cleaner."""

from __future__ import annotations

import datetime as dt

from incidents.extraction.document import CleanedDocument, ParsedDocument
from incidents.extraction.nlp import english
from incidents.extraction.results import DocumentMeta


def parsed(text: str, published: dt.date | None = None) -> ParsedDocument:
    cleaned = CleanedDocument(text=text, offset_map=((0, 0, len(text)),))
    return ParsedDocument(
        cleaned=cleaned, doc=english()(text), meta=DocumentMeta(), reference_date=published
    )
