"""Casualty figures: every count of killed, injured, missing, hostages, detained,
rescued or perpetrators the document gives for the incident, each with its quote.

One figure per reported count: "killed at least 40 and wounded more than 100" is
two figures; the same count in two sentences is two figures (two citations); only
a sentence repeated word for word yields its figures once. The quote is the
sentence (cut at line breaks, so a headline stays apart from the text below it).
Which words make a count a casualty figure is in `patterns`; whether it
is this incident's, who gives it and as of when is in `context`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from incidents.extraction.casualties import context as context
from incidents.extraction.casualties import other_events, roles
from incidents.extraction.casualties.implicit import implicit_counts
from incidents.extraction.casualties.patterns import Reading, read_count, shared_reading
from incidents.extraction.casualties.tables import (
    infobox_figures,
    infobox_line_starts,
    table_figures,
)
from incidents.extraction.casualties.words import ATTACKER_NOUNS, DATE_WORDS, KILLED, PERPETRATORS
from incidents.extraction.document import ParsedDocument
from incidents.extraction.lexicons.numbers import Quantity, find_quantities
from incidents.extraction.nlp import starts_section
from incidents.extraction.results import CasualtyFigureCandidate, IncidentCandidate, Span

_SUBGROUPS = {
    **dict.fromkeys(("children", "child", "kids", "minors", "teenagers", "teens", "boys", "girls",
                     "babies", "infants", "pupils", "schoolchildren", "boy", "girl", "baby"),
                    "children"),
    **dict.fromkeys(("foreigners", "tourists", "foreigner", "tourist"), "foreigners"),
    **dict.fromkeys(ATTACKER_NOUNS, "attackers"),
    **dict.fromkeys(("police", "policemen", "policewomen", "officers", "policeman",
                     "policewoman", "officer"), "police"),
    **dict.fromkeys(
        ("soldiers", "troops", "servicemen", "guards", "personnel", "soldier", "guard",
         "serviceman"), "security_personnel"
    ),
    **dict.fromkeys(("women", "woman"), "women"),
    **dict.fromkeys(("firefighters", "rescuers", "paramedics"), "first_responders"),
}  # fmt: skip
_SUSPECT_WORDS = re.compile(
    r"\b(?:suspect\w*|involved|perpetrat\w+|attackers?|gunm[ae]n|accused)\b", re.I
)
_SENTENCE_END = re.compile(r"[.!?…:;][\"”’)]*$|^[\"”’]$")
_AGED = re.compile(r"\b(?:aged?|age of)\s+$", re.IGNORECASE)
_NOT_A_COUNT_AFTER = re.compile(
    r"^\s*(?:-?\s*year|%|percent|per cent|km|kilomet|met(?:er|re)s?\b|m\b|:\d)", re.I
)


def extract_casualty_figures(
    parsed: ParsedDocument, incident: IncidentCandidate
) -> list[CasualtyFigureCandidate]:
    """The incident's casualty figures in document order (infobox first)."""
    figures = infobox_figures(parsed) + table_figures(parsed)
    infobox_lines = infobox_line_starts(parsed)
    seen: set[str] = set()
    previous: list[CasualtyFigureCandidate] = []
    for sentence in _sentences(parsed):
        if sentence.text in seen or _line_start(parsed.text, sentence.start_char) in infobox_lines:
            continue
        seen.add(sentence.text)
        if context.in_scope(parsed, incident, sentence, figures_given=bool(figures)):
            previous = _sentence_figures(parsed, incident, sentence, previous)
            figures.extend(previous)
        else:
            previous = []
    return figures


def _sentences(parsed: ParsedDocument) -> Iterator[SpacySpan]:
    """Sentences cut at line breaks (a heading is never part of the sentence below it);
    spaCy's own boundaries are kept only after closing punctuation, since its small
    model also splits a line like "Four Tajik citizens were accused ..." after "Four"."""
    doc, start = parsed.doc, 0
    for token in doc:
        line_break = token.is_space and "\n" in token.text
        if line_break or (
            token.is_sent_start
            and token.i > start
            and (_closes(doc[token.i - 1]) or starts_section(token))
        ):
            if token.i > start:
                yield doc[start : token.i]
            start = token.i + 1 if line_break else token.i
    if len(doc) > start:
        yield doc[start:]


def _closes(token: Token) -> bool:
    return bool(_SENTENCE_END.search(token.text)) or token.is_space


def _sentence_figures(
    parsed: ParsedDocument,
    incident: IncidentCandidate,
    sentence: SpacySpan,
    previous: list[CasualtyFigureCandidate],
) -> list[CasualtyFigureCandidate]:
    """The sentence's figures; a part with no kind of its own ("Nine of them were
    children.") takes the kind of the figure before it, here or in `previous`."""
    figures: list[CasualtyFigureCandidate] = []
    for quantity, first, last, reading in _read_counts(parsed, sentence):
        if reading is None or context.verb_of_other_event(incident, reading.trigger):
            continue
        if other_events.placed_elsewhere(parsed, incident, reading.trigger):
            continue
        if other_events.compared_event(reading.trigger):
            continue
        if roles.counts_something_else(last):
            continue
        if context.dated_elsewhere(parsed, incident, sentence, first.idx):
            continue
        source, verb = context.attribution(parsed, sentence, last)
        if quantity.vague and not context.is_perpetrators_claim(source):
            continue  # "dozens were killed" gives no number; a group's boast is its claim
        base = {
            "value": quantity.value,
            "value_max": quantity.value_max,
            "qualifier": quantity.qualifier,
            "span": _quote(parsed, sentence, first.idx),
            "attributed_to": source,
            "as_of": context.as_of(parsed, incident, sentence, verb, first),
            "status": _status(quantity, source),
        }
        for kind, subgroup in _kinds(reading, figures or previous, incident):
            if kind == KILLED and not subgroup and roles.killed_by_security(last):
                subgroup = "attackers"  # "police shot the two brothers dead"
            figures.append(CasualtyFigureCandidate(kind=kind, subgroup=subgroup, **base))
    return figures


def _read_counts(
    parsed: ParsedDocument, sentence: SpacySpan
) -> list[tuple[Quantity, Token, Token, Reading | None]]:
    """Every count of the sentence with its reading, numerals first, then the counts of
    one that no numeral writes ("a police officer was killed")."""
    counts = list(_counts(parsed, sentence))
    own_readings = [read_count(sentence, first.i, last.i) for _, first, last in counts]
    readings = _coordinated(sentence, counts, own_readings)
    read = [(*count, reading) for count, reading in zip(counts, readings, strict=True)]
    for count in implicit_counts(sentence):
        if count.increment and not _subgroup(count.token):
            continue  # "another victim died" adds to a toll; "another guard died" is a part
        token, at = count.token, count.token.idx - sentence.start_char
        one = Quantity(count.value, start=at, end=at + len(token), number_start=at, number_end=at)
        kinds = (count.kind,) if count.kind else ()
        reading = Reading(
            kinds=kinds, noun=token, trigger=token, subgroup=count.subgroup, inherits=not kinds
        )
        read.append((one, token, token, reading))
    return read


def _status(quantity: Quantity, source: str) -> str:
    """ "superseded": 52 in "revised the toll from 52 to 47"; "claimed": a group's boast."""
    if quantity.replaced:
        return "superseded"
    return "claimed" if context.is_perpetrators_claim(source) else ""


def _coordinated(sentence: SpacySpan, counts: list, readings: list) -> list[Reading | None]:
    """Give an unread count the reading of the count it is coordinated with; a count of
    attackers joined to a count of dead is dead too ("five attackers and three soldiers
    dead")."""
    readings = list(readings)
    for i, reading in enumerate(readings):
        if reading is not None and reading.kinds != (PERPETRATORS,):
            continue
        for j in (i + 1, i - 1):
            if 0 <= j < len(counts) and readings[j] is not None and _joined(counts, i, j):
                readings[i] = shared_reading(sentence, counts[i][2].i, readings[j])
                break
    return readings


def _joined(counts: list, i: int, j: int) -> bool:
    """Only a noun phrase and "and"/"or"/"," lie between the two counts."""
    left, right = sorted((i, j))
    between = counts[left][2].doc[counts[left][2].i + 1 : counts[right][1].i]
    links = [t for t in between if t.lower_ in ("and", "or", ",")]
    others = [t for t in between if t not in links]
    return 0 < len(links) <= 2 and all(t.pos_ in ("NOUN", "ADJ", "PROPN") for t in others)


def _counts(parsed: ParsedDocument, sentence: SpacySpan) -> Iterator[tuple[Quantity, Token, Token]]:
    """Counts in the sentence that can be people: not dates, ages, years, money or measures."""
    text = sentence.text
    for quantity in find_quantities(text):
        start = sentence.start_char + quantity.start
        span = parsed.doc.char_span(
            start, sentence.start_char + quantity.end, alignment_mode="expand"
        )
        if span is None or not _can_count_people(quantity, span, text):
            continue
        yield quantity, span[0], span[-1]


def _can_count_people(quantity: Quantity, span: SpacySpan, text: str) -> bool:
    number = span[-1]
    if number.ent_type_ in ("DATE", "TIME") and _written_as_date(number):
        return False
    if number.ent_type_ in ("MONEY", "PERCENT", "QUANTITY", "ORDINAL"):
        return False
    if _NOT_A_COUNT_AFTER.match(text[quantity.end :]):
        return False
    if 1900 <= quantity.value <= 2100 and quantity.value_max is None and "," not in number.text:
        return False  # a year
    before, after = text[: quantity.start], text[quantity.end :]
    if re.search(r"\bno\s+$", before, re.IGNORECASE):
        return False  # "no one": a count of none, which `implicit` reads
    if re.match(r"\s+or (?:more|fewer|less)\b", text[quantity.end :]):
        return False  # "four or more people": a threshold, not a count
    bare = not after.strip() or after.lstrip()[0] in ",;)."
    named = span.doc[max(0, span.start - 2)]
    after_name = (
        bare and before.endswith(", ") and (named.ent_type_ == "PERSON" or named.pos_ == "PROPN")
    )
    return not (_AGED.search(before) or after_name)  # "aged 32", "Dalerjon Mirzoyev, 32;"


def _written_as_date(number: Token) -> bool:
    """spaCy tags "from 52 to 47" and "four that day" as dates too; a date has a month,
    a weekday, a time unit or a year next to the number, or a clock."""
    doc, start, end = number.doc, number.i, number.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    entity = doc[start:end]
    if len(entity) == 1:
        return True  # a lone "20" the model calls a date is an age or a day as often as not
    neighbours = doc[max(start, number.i - 1) : min(end, number.i + 2)]
    dated = any(t.lower_ in DATE_WORDS or (t.like_num and len(t.text) == 4) for t in neighbours)
    return dated or any(":" in t.text or "/" in t.text for t in entity)


def _kinds(
    reading: Reading, earlier: list[CasualtyFigureCandidate], incident: IncidentCandidate
) -> list[tuple[str, str]]:
    """(kind, subgroup) of each figure the reading gives: one per kind, or per listed place."""
    subgroup = reading.subgroup or _subgroup(reading.noun)
    if reading.places:
        foreign = any(context.foreign_place(p.text, incident) for p in reading.places)
        subgroup = subgroup or ("foreigners" if foreign else "")
        count = len(reading.places) if reading.each else 1
        return [(kind, subgroup) for kind in reading.kinds for _ in range(count)]
    if reading.inherits:
        if not earlier:
            return []
        if _SUSPECT_WORDS.search(_words_after(reading.trigger)):
            subgroup = "attackers"  # "including four men suspected to have been directly involved"
        return [(earlier[-1].kind, subgroup)]
    if not subgroup and earlier and _is_bare_more(reading.noun):
        subgroup = earlier[-1].subgroup  # "six children were killed and seven more injured"
    if PERPETRATORS in reading.kinds:
        subgroup = ""
    return [(kind, subgroup) for kind in reading.kinds]


def _subgroup(noun: Token | None) -> str:
    if noun is None:
        return ""
    if noun.lower_ in ("personnel", "forces", "guards") and noun.nbor(-1).lower_ == "security":
        return "security_personnel"
    return _SUBGROUPS.get(noun.lower_, "")


def _is_bare_more(noun: Token | None) -> bool:
    return noun is None or noun.lower_ == "more"


def _words_after(token: Token | None, count: int = 10) -> str:
    if token is None:
        return ""
    return token.doc[token.i + 1 : min(len(token.doc), token.i + 1 + count)].text


def _quote(parsed: ParsedDocument, sentence: SpacySpan, offset: int) -> Span:
    """The sentence holding the count, cut at line breaks."""
    start = max(sentence.start_char, _line_start(parsed.text, offset))
    line_end = parsed.text.find("\n", offset)
    end = min(sentence.end_char, line_end if line_end >= 0 else len(parsed.text))
    while end > start and parsed.text[end - 1].isspace():
        end -= 1
    return Span.of(parsed.text, start, end)


def _line_start(text: str, offset: int) -> int:
    return text.rfind("\n", 0, offset) + 1
