"""The parsed document every fact extractor reads."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from spacy.tokens import Doc

from incidents.extraction.results import DocumentMeta


@dataclass(frozen=True)
class Section:
    title: str  # "" for the lead, before the first heading
    level: int
    start: int  # offsets in the cleaned text
    end: int


@dataclass(frozen=True)
class CleanedDocument:
    text: str
    offset_map: tuple[tuple[int, int, int], ...]  # (clean_start, raw_start, length)
    title: str = ""
    sections: tuple[Section, ...] = ()
    infobox: dict[str, str] = field(default_factory=dict)
    removed: tuple[str, ...] = ()  # why each removed block went, for reports


@dataclass(frozen=True)
class ParsedDocument:
    cleaned: CleanedDocument
    doc: Doc  # spaCy Doc over cleaned.text
    meta: DocumentMeta
    reference_date: dt.date | None  # to resolve "on Friday"; the published date if known

    @property
    def text(self) -> str:
        return self.cleaned.text

    def section_at(self, offset: int) -> Section | None:
        for section in self.cleaned.sections:
            if section.start <= offset < section.end:
                return section
        return None
