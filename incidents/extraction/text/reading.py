"""How much of a document the extractors read.

Reading is bounded per document so that one huge upload cannot hold a worker for minutes:
past READ_MAX_CHARS characters of cleaned text (about 35,000 words, ten times a long news
article) the text is stored but not read for facts, and the extraction says so.
"""

from __future__ import annotations

import re
from dataclasses import replace

from incidents.extraction.document import CleanedDocument

READ_MAX_CHARS = 200_000
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_SPACE = re.compile(r"\s")


def readable_part(cleaned: CleanedDocument, limit: int = READ_MAX_CHARS) -> CleanedDocument:
    """The document up to the last paragraph break (or space) within `limit` characters."""
    if len(cleaned.text) <= limit:
        return cleaned
    cut = _cut(cleaned.text, limit)
    return replace(
        cleaned,
        text=cleaned.text[:cut],
        offset_map=tuple(segment for segment in cleaned.offset_map if segment[0] < cut),
        sections=tuple(
            replace(section, end=min(section.end, cut))
            for section in cleaned.sections
            if section.start < cut
        ),
    )


def unread_warning(cleaned: CleanedDocument, read: CleanedDocument) -> tuple[str, ...]:
    if len(read.text) == len(cleaned.text):
        return ()
    return (
        f"only the first {len(read.text):,} of {len(cleaned.text):,} characters were read "
        "for facts; the whole text is stored",
    )


def _cut(text: str, limit: int) -> int:
    """After the last paragraph break in the second half of the limit, else the last space."""
    for pattern in (_PARAGRAPH_BREAK, _SPACE):
        ends = [match.end() for match in pattern.finditer(text, limit // 2, limit)]
        if ends:
            return ends[-1]
    return limit
