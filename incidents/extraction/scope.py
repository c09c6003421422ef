"""Which sentences speak about the incident itself.

An encyclopedia page's "Background" section, "See also" list or "History"
describe other events; facts there are not this incident's. News articles have
no sections, so a sentence that dates itself to another year is out of scope too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan

from incidents.extraction.document import ParsedDocument

_CACHE_KEY = "incidents.extraction.sentences"
_LINE_BREAK = re.compile(r"\n\s*")
_INFOBOX_LINE = re.compile(r"^\s*[-*|]\s*[A-Za-z][\w ]{0,40}?\s*:")

_OTHER_EVENTS_SECTIONS = re.compile(
    r"^(?:background|history|historical context|context|see also|references|notes|further reading"
    r"|external links|bibliography|related|legacy|previous attacks|prior (?:attacks|incidents)"
    r"|similar attacks)\b",
    re.IGNORECASE,
)
ATTACK_WORDS = re.compile(
    r"\b(?:attack(?:s|ed|ers?)?|shooting|shootings|bombing|bombings|massacre|opened fire|gunm[ae]n"
    r"|assailants?|explosion|blast|stabbing|rampage|siege|hostage|terrorist act|act of terror"
    r"|bombers?|detonated|stormed)\b",
    re.IGNORECASE,
)


def section_title(parsed: ParsedDocument, offset: int) -> str:
    section = parsed.section_at(offset)
    return section.title if section else ""


def in_incident_scope(parsed: ParsedDocument, offset: int) -> bool:
    """False inside sections about other events (Background, See also, ...)."""
    return not _OTHER_EVENTS_SECTIONS.match(section_title(parsed, offset).strip())


@dataclass(frozen=True)
class Sentence:
    """A sentence of the cleaned text: spaCy's, cut again at line breaks.

    spaCy's small model runs headings, list items and infobox lines into the
    next sentence; every line of the cleaned text is at least its own sentence.
    """

    start: int
    end: int
    text: str
    ents: tuple[SpacySpan, ...]
    section: str

    @property
    def start_char(self) -> int:
        return self.start

    @property
    def end_char(self) -> int:
        return self.end


def sentences(parsed: ParsedDocument) -> list[Sentence]:
    """All sentences, computed once per spaCy Doc (kept in its user_data)."""
    cached = parsed.doc.user_data.get(_CACHE_KEY)
    if cached is None:
        cached = _split(parsed)
        parsed.doc.user_data[_CACHE_KEY] = cached
    return cached


def scoped_sentences(parsed: ParsedDocument) -> Iterator[Sentence]:
    """The document's sentences outside other-event sections, in order."""
    for sentence in sentences(parsed):
        if not _OTHER_EVENTS_SECTIONS.match(sentence.section.strip()):
            yield sentence


def prose_sentences(parsed: ParsedDocument) -> Iterator[Sentence]:
    """Scoped sentences that are prose, not infobox fields ("- Type: ...")."""
    for sentence in scoped_sentences(parsed):
        if not _INFOBOX_LINE.match(sentence.text):
            yield sentence


def _split(parsed: ParsedDocument) -> list[Sentence]:
    text = parsed.text
    entities = list(parsed.doc.ents)
    found = []
    for spacy_sentence in parsed.doc.sents:
        for start, end in _lines(text, spacy_sentence.start_char, spacy_sentence.end_char):
            ents = tuple(e for e in entities if start <= e.start_char and e.end_char <= end)
            found.append(Sentence(start, end, text[start:end], ents, section_title(parsed, start)))
    return found


def _lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    cut = start
    for match in _LINE_BREAK.finditer(text, start, end):
        if text[cut : match.start()].strip():
            yield cut, match.start()
        cut = match.end()
    tail = text[cut:end].rstrip()
    if tail.strip():
        yield cut, cut + len(tail)


def mentions_attack(text: str) -> bool:
    return bool(ATTACK_WORDS.search(text))
