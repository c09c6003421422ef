"""A casualty figure's context: is it this incident's, who gives it, as of when.

Scope. A figure is not this incident's when
- it sits in a section about other events (Background, History, ...), or in a
  subsection of one;
- the written date that governs it is before the incident: the last date before
  the count ("In October 2015, ... killing all 224", "since the 2012 shooting ...,
  where 20 were killed"), or, with none before it, every date of the sentence;
  "since 2004" compares and does not date; weekdays are not used (they resolve
  from a publication date that may be unknown);
- its section, or a section above it, is titled for another country ("Crackdown
  on IS in Turkey");
- its sentence speaks of another event ("last year", "a similar attack",
  "years ago");
- its verb belongs to another event: a clause on "bombings in Kerman that killed
  ...", where the event noun is placed in another country than the incident's.

Attribution, most original source first (GTD and UCDP discount figures that are
only relayed): a perpetrator's claim quoted in the sentence ("“Soldiers of the
Islamic State ... killing and wounding hundreds”") is the group's; then "citing X"
(TASS citing the FSB gives the FSB); then "according to X"; then the subject of the
outermost reporting verb ("X said/reported/announced that ..."). Names resolve
through the actor gazetteer; a source it does not know keeps its own words
("Russian authorities", "Investigators"); a pronoun or a document ("the statement",
"the group") gives "".

As of: "as of/as at/by <date>" in the sentence, else the date the attributing
verb carries ("reported on 23 March that ...").
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from incidents.extraction.document import ParsedDocument
from incidents.extraction.lexicons import actors, places
from incidents.extraction.lexicons.dates import DateMention, find_dates
from incidents.extraction.lexicons.numbers import find_quantities
from incidents.extraction.nlp import entities_in
from incidents.extraction.results import IncidentCandidate
from incidents.extraction.scope import in_incident_scope

_OTHER_EVENT_CUES = re.compile(
    r"\b(?:last year|a similar attack|previous attacks?|an earlier attack|another attack"
    r"|the previous year)\b",
    re.IGNORECASE,
)
# An anniversary statement opens on its incident "three years ago"; once a document
# has given its incident's figures, "years ago" is another event.
_YEARS_AGO = re.compile(
    r"\b(?:\d+|a|two|three|four|five|six|seven|eight|nine|ten|several|many)"
    r" (?:years|decades) ago\b",
    re.IGNORECASE,
)
_EVENT_NOUNS = {
    "attack", "attacks", "bombing", "bombings", "shooting", "shootings", "explosion", "explosions",
    "blast", "blasts", "siege", "massacre", "crash", "assault", "raid", "raids", "jet", "airliner",
}  # fmt: skip
# Not "a": "a terror attack killed 13", "was a mass shooting in which" tell of the incident.
_OTHER_EVENT_MODIFIERS = {"another", "similar", "previous", "earlier", "prior", "past"}
_REPORTING = {
    "say", "claim", "report", "state", "announce", "confirm", "tell", "add", "estimate", "put",
    "write", "tweet", "post", "declare", "publish", "show", "indicate", "reveal",
}  # fmt: skip
_QUOTE = re.compile(r"“[^”]*”|\"[^\"\n]*\"")
_AS_OF = re.compile(r"\b(?:as of|as at|by)\s+$", re.IGNORECASE)
_AS_OF_REACH = 40  # characters before a date that "as of" and its spaces fit in
_QUOTE_REACH = 2_000  # characters a quote holding a figure may begin before its sentence
_SUBJECTS = ("nsubj", "nsubjpass")
_YEAR = re.compile(r"(?<![\d,.$])\b(?:19|20)\d\d\b(?![\d,]|\s*(?:people|persons|victims))")
_UNNAMED = {
    "statement",
    "report",
    "reports",
    "post",
    "video",
    "source",
    "sources",
    "group",
    "organization",
    "organisation",
    "media",
    "footage",
    "images",
    "one",
    "band",
}
_REPORTED_ON = re.compile(r"^\s*(?:on\s+)?$")


def in_scope(
    parsed: ParsedDocument,
    incident: IncidentCandidate,
    sentence: SpacySpan,
    *,
    figures_given: bool = True,
) -> bool:
    """False when the sentence is about another event than the incident.
    `figures_given`: the document has already given figures of the incident."""
    sections = _section_starts(parsed, sentence)
    if not all(in_incident_scope(parsed, start) for start in sections):
        return False
    if any(_names_foreign_country(parsed, start, incident) for start in sections):
        return False
    if figures_given and _YEARS_AGO.search(sentence.text):
        return False
    return not _OTHER_EVENT_CUES.search(sentence.text)


def verb_of_other_event(incident: IncidentCandidate, trigger: Token | None) -> bool:
    """True for a figure's verb in a clause on another event ("bombings in Kerman that killed")."""
    if trigger is None or not incident.country:
        return False
    head = trigger
    while head.dep_ in ("conj", "xcomp", "advcl") and head.head != head:
        head = head.head
    candidates = [head.head] if head.dep_ in ("relcl", "acl") else []
    candidates += [c for c in head.children if c.dep_ in _SUBJECTS]
    return any(_is_other_event(noun, incident) for noun in candidates)


def attribution(
    parsed: ParsedDocument, sentence: SpacySpan, token: Token
) -> tuple[str, Token | None]:
    """(source name, the verb that attributes it) for the count at `token`."""
    claimant = _quoted_claimant(parsed, sentence, token)
    if claimant:
        return claimant, None
    for marker in ("citing", "according"):
        source = _marked_source(sentence, marker)
        if source:
            return source, None
    verb = _outermost_reporting_verb(sentence, token)
    if verb is None:
        return "", None
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is None and verb.dep_ == "acl":
        subject = verb.head  # "The Kremlin's press service reported ..." parsed as a noun phrase
    if subject is not None and not sentence.start <= subject.i < sentence.end:
        subject = None
    return (_source_name(parsed.doc[subject.left_edge.i : subject.i + 1]) if subject else ""), verb


def is_perpetrators_claim(source: str) -> bool:
    """True when the figure's source is an armed group (its claim of what it did)."""
    actor = actors.known_actor(source) if source else None
    return actor is not None and actor.kind == "armed_group"


def as_of(
    parsed: ParsedDocument,
    incident: IncidentCandidate,
    sentence: SpacySpan,
    verb: Token | None,
    count: Token,
) -> dt.date | None:
    """The date a figure is given as of: "As of 30 March, 134 ...", "reported on 23 March that"."""
    text, count_at = sentence.text, count.idx - sentence.start_char
    for mention in _sentence_dates(parsed, incident, sentence):
        if mention.precision != "day":
            continue
        # Searched just before the date: searching the whole text before it, for every
        # date and figure, made a long sentence cost the cube of its length.
        before = max(0, mention.start - _AS_OF_REACH)
        if _AS_OF.search(text, before, mention.start) and _governs_count(
            text, mention.start, count_at
        ):
            return mention.date
        verb_end = verb.idx + len(verb) - sentence.start_char if verb is not None else len(text)
        if verb_end <= mention.start and _REPORTED_ON.match(text[verb_end : mention.start]):
            return mention.date
    return None


def _sentence_dates(
    parsed: ParsedDocument, incident: IncidentCandidate, sentence: SpacySpan
) -> list[DateMention]:
    """The sentence's date mentions, found once for all its figures: finding them again for
    every figure made a long sentence cost the square of its length."""
    key = ("sentence_dates", sentence.start_char, sentence.end_char, incident.date)
    found = parsed.doc.user_data.get(key)
    if found is None:
        found = find_dates(sentence.text, reference=parsed.reference_date, incident=incident.date)
        parsed.doc.user_data[key] = found
    return found


def _governs_count(text: str, date_at: int, count_at: int) -> bool:
    """An "as of" date dates the count after it, or the count just before it."""
    if date_at < count_at:
        return True
    between = text[count_at:date_at].split(" ", 1)[-1]
    return not find_quantities(between)


def _section_starts(parsed: ParsedDocument, sentence: SpacySpan) -> list[int]:
    """Start offsets of the sentence's section and of every section above it."""
    section = parsed.section_at(sentence.start_char)
    if section is None:
        return [sentence.start_char]
    starts, level = [section.start], section.level
    for above in reversed([s for s in parsed.cleaned.sections if s.start < section.start]):
        if 0 < above.level < level:
            starts.append(above.start)
            level = above.level
    return starts


def _names_foreign_country(parsed: ParsedDocument, start: int, incident: IncidentCandidate) -> bool:
    """A section titled for another country ("Crackdown on IS in Turkey") reports events there."""
    section = parsed.section_at(start)
    if section is None or not section.title or not incident.country:
        return False
    words = re.findall(r"[A-Z][\w'’-]+", section.title)
    return any(places.country_code(w) not in ("", incident.country) for w in words)


def dated_elsewhere(
    parsed: ParsedDocument, incident: IncidentCandidate, sentence: SpacySpan, offset: int
) -> bool:
    """True when the date that governs the count at `offset` is before the incident: the
    last date before the count ("since the 2012 shooting ..., where 20 were killed"), or,
    with none before it, every date of the sentence ("... killed 52 people in 2005")."""
    anchor = incident.date or parsed.reference_date
    if anchor is None:
        return False
    mentions = _dates_and_years(parsed, incident, sentence.text)
    # Weekdays and "yesterday" are resolved from the publication date, often unknown.
    dated = [
        m for m in mentions if m.date and not m.relative and not _is_bare_since(sentence.text, m)
    ]
    earlier = [m for m in dated if m.start < offset - sentence.start_char]
    governing = earlier[-1:] or dated
    past = [m for m in governing if _before(m.date, m.precision, anchor, incident.date is not None)]
    return bool(past) and len(past) == len(governing)


def _before(date: dt.date, precision: str, anchor: dt.date, exact_anchor: bool) -> bool:
    if precision == "year" or not exact_anchor:
        return date.year < anchor.year
    if precision == "month":
        return (date.year, date.month) < (anchor.year, anchor.month)
    return date < anchor


def _dates_and_years(parsed: ParsedDocument, incident: IncidentCandidate, text: str) -> list:
    """Date mentions, plus years standing alone ("the 2012 shooting")."""
    mentions = find_dates(text, reference=parsed.reference_date, incident=incident.date)
    for year in _YEAR.finditer(text):
        if not any(m.start <= year.start() < m.end for m in mentions):
            date = dt.date(int(year.group()), 1, 1)
            mentions.append(DateMention(year.start(), year.end(), year.group(), date, "year"))
    return sorted(mentions, key=lambda m: m.start)


def _is_bare_since(text: str, mention) -> bool:
    """ "the deadliest attack since 2004" compares with a year; it does not date the count."""
    before = text[: mention.start].rstrip().lower()
    since = before.endswith("since") or mention.text.lower().startswith("since")
    return since and mention.precision == "year"


def _is_other_event(noun: Token, incident: IncidentCandidate) -> bool:
    if noun.ent_type_ == "GPE":
        return foreign_place(noun.text, incident)
    if noun.lower_ not in _EVENT_NOUNS:
        return False
    for child in noun.subtree:
        if child.lower_ in _OTHER_EVENT_MODIFIERS and child.head == noun:
            return True
        if child.ent_type_ == "GPE" and foreign_place(child.text, incident):
            return True
    return False


def foreign_place(name: str, incident: IncidentCandidate) -> bool:
    """True when the place name resolves to another country than the incident's."""
    code = places.country_code(name)
    city = places.city(name)
    code = code or (city.country if city else "")
    return bool(code) and code != incident.country


def _quoted_claimant(parsed: ParsedDocument, sentence: SpacySpan, token: Token) -> str:
    """The armed group whose words (a quoted claim) hold the figure, if any."""
    # The line, read at most _QUOTE_REACH characters around the sentence: reading a whole
    # line for every figure made a text without line breaks cost the square of its length.
    earliest = max(0, sentence.start_char - _QUOTE_REACH)
    latest = min(len(parsed.text), sentence.end_char + _QUOTE_REACH)
    line_start = max(earliest, parsed.text.rfind("\n", earliest, token.idx) + 1)
    line_end = parsed.text.find("\n", token.idx, latest)
    line = parsed.text[line_start : line_end if line_end >= 0 else latest]
    for quote in _QUOTE.finditer(line):
        if line_start + quote.start() <= token.idx < line_start + quote.end():
            lead_in = line[max(0, sentence.start_char - line_start) : quote.start()]
            group = _armed_group(quote.group()) or _armed_group(lead_in)
            if group:
                return group
    return ""


def _armed_group(text: str) -> str:
    groups = [m.actor for m in actors.find_actor_mentions(text) if m.actor.kind == "armed_group"]
    return groups[0].name if groups else ""


def _marked_source(sentence: SpacySpan, marker: str) -> str:
    """The source after "citing" or "according to"."""
    for token in sentence:
        if token.lower_ != marker:
            continue
        if marker == "according":
            token = next((c for c in token.children if c.lower_ == "to"), token)
        objects = [c for c in token.children if c.dep_ in ("dobj", "pobj")]
        if objects:
            phrase = sentence.doc[objects[0].left_edge.i : objects[0].right_edge.i + 1]
            return _source_name(phrase)
    return ""


def _outermost_reporting_verb(sentence: SpacySpan, token: Token) -> Token | None:
    found = None
    for ancestor in token.ancestors:
        if not sentence.start <= ancestor.i < sentence.end:
            break  # the parse ran across a line break
        if (
            ancestor.pos_ == "VERB"
            and ancestor.lemma_.lower() in _REPORTING
            and not _is_claim_of_credit(ancestor)
        ):
            found = ancestor
    return found


def _is_claim_of_credit(verb: Token) -> bool:
    """ "claimed responsibility" reports an act, not a figure."""
    return any(c.lower_ in ("responsibility", "credit") for c in verb.children)


def _source_name(phrase: SpacySpan) -> str:
    """A source's canonical name, or its own words when it is named but unknown."""
    mentions = actors.find_actor_mentions(phrase.text)
    if mentions:
        return min(mentions, key=lambda m: (m.actor.kind == "media", m.start)).actor.name
    for label in ("PERSON", "ORG"):
        entity = next((e for e in entities_in(phrase) if e.label_ == label), None)
        if entity is not None:
            return re.sub(r"^(?:the|The)\s+", "", entity.text)
    words = [t for t in phrase if t.dep_ != "det" and not t.is_punct]
    if not words or len(words) > 4 or words[-1].pos_ == "PRON" or words[-1].lower_ in _UNNAMED:
        return ""
    return phrase[words[0].i - phrase.start : words[-1].i + 1 - phrase.start].text
