"""Cleaning: raw document text -> the article's text, with a map back to the raw text.

The cleaned text is built only from verbatim pieces of the input (plus the "\\n",
"\\n\\n" or " " that join them), so `offset_map` entries (clean_start, raw_start,
length) map every cleaned character that came from the input back to it.

Formats:
- "text": news text, or wiki-style text (`= Title =`, `== Section ==`, an "Infobox"
  block of "- Key: value" lines, "| a | b |" tables).
- "markdown": `#` headings become sections; links and emphasis keep only their text.
- "html": the page goes through trafilatura first and its plain-text output is then
  cleaned as "text". The offset map then points into trafilatura's output, not
  into the HTML the user gave: the raw HTML is kept as the source's raw text, but
  offsets into it are not available.

Infobox fields stay in the cleaned text ("- Fatalities: 150"), so a figure or date
taken from the infobox carries a quote and offsets like any other fact; they are
also returned as the `infobox` dict. Table rows stay verbatim, one per line
("| Total | 150 |"), so a table total can be quoted too. "See also", "References"
and similar sections are dropped: lists of links, no facts of the incident.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from incidents.extraction.document import CleanedDocument, Section
from incidents.extraction.text import boilerplate
from incidents.extraction.text.markup import Line, markdown_pieces, split_lines

_WIKI_HEADING = re.compile(r"^(={1,6})\s*(.+?)\s*\1\s*$")
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_INFOBOX_START = re.compile(r"^\s*(?:\{\{\s*)?infobox\b.*$", re.IGNORECASE)
_INFOBOX_FIELD = re.compile(r"^\s*[-*|]\s*([A-Za-z][\w ]{0,40}?)\s*[:=]\s*(.*?)\s*$")
_TABLE_LINE = re.compile(r"^\s*(?:\||\{\||\|\}|\+[-=+]+\+)|^\s*-\s.*\*\*\s*$")
_DROPPED_SECTIONS = re.compile(
    r"^(?:see also|references|external links|notes|further reading|citations|sources|"
    r"bibliography|footnotes)$",
    re.IGNORECASE,
)
_HARD_WRAP_END = re.compile(r"[\w,]$")


@dataclass(frozen=True)
class _Kept:
    """One kept line: its pieces of raw text, and what it is."""

    pieces: tuple[tuple[int, str], ...]  # (raw_start, text)
    heading_level: int = 0  # 0 for body text
    paragraph_break: bool = False  # a blank line (or a heading) came before it


def clean(raw_text: str, *, fmt: str = "text") -> CleanedDocument:
    """The article text of a document, boilerplate removed, sections recognised."""
    if fmt == "html":
        raw_text = _html_to_text(raw_text)
    lines = split_lines(raw_text)
    reader = _Reader(fmt=fmt, raw_length=len(raw_text))
    for line in lines:
        reader.read(line)
    return reader.finish()


def to_raw_offset(cleaned: CleanedDocument, offset: int) -> int:
    """The raw-text offset of a cleaned-text offset (joins map to the piece before them)."""
    starts = [entry[0] for entry in cleaned.offset_map]
    index = bisect.bisect_right(starts, offset) - 1
    if index < 0:
        return cleaned.offset_map[0][1] if cleaned.offset_map else 0
    clean_start, raw_start, length = cleaned.offset_map[index]
    return raw_start + min(offset - clean_start, length)


def _html_to_text(html: str) -> str:
    import trafilatura  # imported here: only HTML documents need it

    return trafilatura.extract(html, include_comments=False) or ""


class _Reader:
    """Reads lines top-down, deciding for each whether and how it stays."""

    def __init__(self, *, fmt: str, raw_length: int) -> None:
        self.fmt = fmt
        self.raw_length = raw_length
        self.kept: list[_Kept] = []
        self.removed: list[str] = []
        self.seen: set[str] = set()
        self.title = ""
        self.infobox: dict[str, str] = {}
        self.in_infobox = False
        self.skip_level = 0  # inside a dropped section of this level
        self.blank_before = False
        self.ended = False

    def read(self, line: Line) -> None:
        if self.ended:
            return
        text = line.text.strip()
        if not text:
            self.blank_before, self.in_infobox = True, False
            return
        heading = self._heading(text)
        if heading is not None:
            self._read_heading(line, *heading)
        elif self.skip_level:
            self.removed.append(f"section: {text[:60]}")
        else:
            self._read_body(line, text)

    def _heading(self, text: str) -> tuple[int, str] | None:
        match = _MD_HEADING.match(text) if self.fmt == "markdown" else _WIKI_HEADING.match(text)
        return (len(match.group(1)), match.group(2)) if match else None

    def _read_heading(self, line: Line, level: int, title: str) -> None:
        if self.skip_level and level > self.skip_level:
            return
        self.skip_level = level if _DROPPED_SECTIONS.match(title) else 0
        if self.skip_level:
            self.removed.append(f"section: {title}")
            return
        if level == 1 and self.fmt != "markdown" and not self.title:
            self.title = title
            level = 0  # the page title opens the lead section rather than a section
        elif level == 1 and not self.title:
            self.title = title
        start = line.start + line.text.index(title)
        self.kept.append(_Kept(((start, title),), heading_level=level, paragraph_break=True))
        self.blank_before = True

    def _read_body(self, line: Line, text: str) -> None:
        if self._read_structure(line, text):
            return
        reason = self._removal_reason(line, text)
        if reason:
            self.removed.append(f"{reason}: {text}")
            return
        cut = boilerplate.junk_sentence_start(text)
        if cut is not None:
            self.removed.append(f"machine text: {text[cut:][:60]}")
            text = text[:cut].rstrip()
            if not text:
                return
        self._keep(line, text)

    def _read_structure(self, line: Line, text: str) -> bool:
        """Infobox and table lines; True when the line was consumed."""
        if _INFOBOX_START.match(text) and len(text) < 40:
            self.in_infobox = True
            self.removed.append("infobox marker")
            return True
        field = _INFOBOX_FIELD.match(text) if self.in_infobox else None
        if field:
            self.infobox[field.group(1).strip()] = field.group(2)
            self._keep(line, text, verbatim=True)
            return True
        if text.startswith("|") or (self.fmt != "markdown" and _TABLE_LINE.match(text)):
            self._keep(line, text, verbatim=True)
            return True
        return False

    def _removal_reason(self, line: Line, text: str) -> str | None:
        if boilerplate.ends_article(text) and line.start > self.raw_length / 2 and self.kept:
            self.ended = True
            return "end of article"
        reason = boilerplate.furniture_reason(text)
        if reason:
            self._drop_byline_before(reason)
            return reason
        if boilerplate.is_teaser(text):
            self._drop_headline_before()
            return "teaser"
        key = _dedupe_key(text)
        if key in self.seen:
            return "repeated"
        self.seen.add(key)
        return None

    def _drop_byline_before(self, reason: str) -> None:
        """An author bio or job title follows the author's name on its own line."""
        if reason != "author bio" or not self.kept or self.kept[-1].heading_level:
            return
        last = " ".join(text for _, text in self.kept[-1].pieces)
        if boilerplate.is_person_name_line(last):
            self.kept.pop()
            self.removed.append(f"byline: {last}")

    def _drop_headline_before(self) -> None:
        """A teaser's headline sits on the line just above it, in the same block."""
        if self.kept and not self.blank_before and not self.kept[-1].heading_level:
            last = " ".join(text for _, text in self.kept[-1].pieces)
            if boilerplate.is_headline_like(last):
                self.kept.pop()
                self.removed.append(f"teaser headline: {last[:60]}")

    def _keep(self, line: Line, text: str, *, verbatim: bool = False) -> None:
        start = line.start + line.text.index(text)
        if self.fmt == "markdown" and not verbatim:
            pieces = markdown_pieces(text, start)
        else:
            pieces = ((start, text),)
        if pieces:
            self.kept.append(_Kept(tuple(pieces), paragraph_break=self.blank_before))
        self.blank_before = False

    def finish(self) -> CleanedDocument:
        title = self.title or self._headline_title()
        return _assemble(self.kept, title, self.infobox, self.removed)

    def _headline_title(self) -> str:
        body = [k for k in self.kept if not k.heading_level]
        if body and len(body[0].pieces) == 1 and boilerplate.is_headline_like(body[0].pieces[0][1]):
            return body[0].pieces[0][1]
        return ""


def _dedupe_key(text: str) -> str:
    return re.sub(r"\W+", " ", text.casefold()).strip()


def _assemble(
    kept: list[_Kept], title: str, infobox: dict[str, str], removed: list[str]
) -> CleanedDocument:
    parts: list[str] = []
    offset_map: list[tuple[int, int, int]] = []
    headings: list[tuple[int, int, str]] = []  # (clean_start, level, title)
    length, previous = 0, None
    for item in kept:
        if previous is not None:
            joint = _joint(previous, item)
            parts.append(joint)
            length += len(joint)
        if item.heading_level:
            headings.append((length, item.heading_level, item.pieces[0][1]))
        for raw_start, text in item.pieces:
            offset_map.append((length, raw_start, len(text)))
            parts.append(text)
            length += len(text)
        previous = item
    return CleanedDocument(
        text="".join(parts),
        offset_map=tuple(offset_map),
        title=title,
        sections=_sections(headings, length),
        infobox=infobox,
        removed=tuple(removed),
    )


def _joint(previous: _Kept, item: _Kept) -> str:
    if item.paragraph_break or item.heading_level or previous.heading_level:
        return "\n\n"
    last_text, next_text = previous.pieces[-1][1], item.pieces[0][1]
    if _HARD_WRAP_END.search(last_text) and next_text[:1].islower():
        return " "  # a paragraph hard-wrapped across lines
    return "\n"


def _sections(headings: list[tuple[int, int, str]], length: int) -> tuple[Section, ...]:
    """The lead (title "") and one section per heading, each running to the next heading."""
    bounds = [*(start for start, _, _ in headings), length]
    sections = [Section(title="", level=0, start=0, end=bounds[0])] if bounds[0] > 0 else []
    for (start, level, title), end in zip(headings, bounds[1:], strict=True):
        sections.append(Section(title=title, level=level, start=start, end=end))
    return tuple(sections)
