"""Suspects: names with their spellings, age, nationality, role and legal status.

A person is a suspect when a sentence names them together with a suspect cue
("suspects", "charged", "detained", "accused") or when they open an item of a
list under a suspects heading ("Alleged gunmen", "Co-conspirators"). Officials,
relatives and witnesses named in the same sentences are left out by the title
or kinship word before their name. Later mentions (a bare surname, "They",
"He") add status events. Role comes from the paragraph that first names the
suspect: money makes a financier, recruiting a recruiter, help (a car, a flat,
weapons) an accomplice; otherwise the suspect is taken to be an attacker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from incidents.extraction import actors, places
from incidents.extraction.document import ParsedDocument
from incidents.extraction.names import same_person, surname_key
from incidents.extraction.results import (
    IncidentCandidate,
    Span,
    StatusEventCandidate,
    SuspectCandidate,
)
from incidents.extraction.scope import Sentence, prose_sentences
from incidents.extraction.suspect_status import STATUS_RANK, status_events_in

_NAME = re.compile(
    r"(?<![\w-])(?:[A-Z][a-zà-ÿ'ʼ’]+(?:-[A-Z][a-z]+)?)(?:\s+[A-Z][a-zà-ÿ'ʼ’]+(?:-[A-Z][a-z]+)?){1,3}"
)
_SUSPECT_CUE = re.compile(
    r"\bsuspect(?:s|ed)?\b|\baccused\b|\bdetained\b|\barrested\b|\bcharged\b|\bdefendants?\b"
    r"|\bco-conspirators?\b|\bidentified as\b|\bpl(?:ed|eaded) guilty\b|\bpre-?trial detention\b",
    re.IGNORECASE,
)
_SUSPECT_SECTION = re.compile(
    r"suspect|gunm[ae]n|attackers|perpetrators|accused|co-conspirators", re.IGNORECASE
)
_NOT_A_SUSPECT_BEFORE = re.compile(
    r"(?:president|minister|governor|chief|head|spokes\w+|mayor|leader|deputy|analyst|expert"
    r"|editor|lawyer|director|commissioner|ambassador|secretary|member|officials?|general"
    r"|brother|sister|mother|wife|husband|cousin|uncle|witness|survivor|victim|assistant"
    r"|co-workers|owner of|by|said|told|reporter|judge|prosecutor)\W{1,3}(?:\w+\W{1,3})?$",
    re.IGNORECASE,
)
_AGE_AFTER = re.compile(
    r"^,?\s*(?:a\s+|aged\s+)?(?P<age>\d{1,2})(?:-year-old\b|\s*[;,.)]|\s+and\b)"
)
_AGE_BEFORE = re.compile(r"(?P<age>\d{1,2})-year-old\s+(?:\w+\s+){0,2}$")
_ROLE_CUES = (
    ("financier", re.compile(r"financ|\bmoney\b|\bfunds?\b|\bfunding\b", re.IGNORECASE)),
    ("recruiter", re.compile(r"\brecruit", re.IGNORECASE)),
    ("organiser", re.compile(r"\bmastermind|\borgani[sz]ed the attack", re.IGNORECASE)),
    (
        "accomplice",
        re.compile(
            r"\baid(?:ing|ed)?\b|\babet|\bhelp(?:ed|ing)\b|\bassist|\bowner of"
            r"|\brented\b|\bweapons\b|\blogistic|\bharbou?r|\baccomplice"
            r"|\bco-conspirator",
            re.IGNORECASE,
        ),
    ),
)
_NOT_A_NAME = re.compile(
    r"\b(?:Court|Committee|Ministry|Service|Hall|City|Oblast|Region|District|Agency|News|Group"
    r"|Council|Office|Police|Army|State|Republic|Corps|Legion|Church|Institute|Times|Media"
    r"|Gazeta|Europe|Airport|Street|Mosque|Centre|Center|Union|Party|Commissioner|President"
    r"|Minister|Governor|Mayor|Chief|General|Secretary|Patriarch|Pope|Prime)\b"
    r"|^(?:In|On|At|As|By|For|The|A|An|According|After|Before|Since|Following|Despite|When|While"
    r"|If|Under|Among|During|From|With)\b|['’]s\b"
)
_SPEAKER_AFTER = re.compile(
    r"^(?:,[^,]{0,80},)?\s+(?:also\s+)?(?:said|says|stated|told|announced|called|critici[sz]ed|added)\b"
)
# Not ORG: the small model tags many Central Asian names as organisations.
_NOT_PEOPLE = ("GPE", "LOC", "FAC", "NORP", "DATE")
_THING_AFTER = re.compile(r"^\s+(?:car|vehicle|truck|van|plane|rifle|model)\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[;]|\s+and\s+[A-Z]")
_FROM_COUNTRY = re.compile(
    r"\bfrom (?:the )?(?:city|town|village|region) of [A-Z]\w+ in (?P<country>[A-Z]\w+)"
)
_GROUP_NATIONALITY = re.compile(
    r"\b(?:suspects|attackers|gunmen|assailants|four|men)\b", re.IGNORECASE
)


@dataclass
class _Suspect:
    name: str
    sentence: Sentence
    spellings: list[str] = field(default_factory=list)
    age: int | None = None
    nationality: str = ""
    role: str = ""
    events: list[StatusEventCandidate] = field(default_factory=list)


def extract_suspects(parsed: ParsedDocument, incident: IncidentCandidate) -> list[SuspectCandidate]:
    sentences = list(prose_sentences(parsed))
    found: list[_Suspect] = []
    for sentence in sentences:
        for name, start, end in _suspect_names(parsed, sentence):
            _add_mention(found, name, sentence, parsed.text, start, end)
    _add_status_events(parsed, sentences, found, incident)
    _add_group_nationality(sentences, found)
    return [_candidate(parsed, s) for s in found]


def _suspect_names(parsed: ParsedDocument, sentence: Sentence):
    in_list = sentence.text.lstrip().startswith(("- ", "* ", "• "))
    listed = in_list and bool(_SUSPECT_SECTION.search(sentence.section))
    if not listed and not _SUSPECT_CUE.search(sentence.text):
        return
    for match in _NAME.finditer(sentence.text):
        start, end = sentence.start + match.start(), sentence.start + match.end()
        if _is_person_name(parsed, sentence, match, listed):
            yield match.group(), start, end


def _is_person_name(
    parsed: ParsedDocument, sentence: Sentence, match: re.Match[str], listed: bool
) -> bool:
    name = match.group()
    if actors.known_actor(name) or places.country_code(name) or places.city(name):
        return False
    if _NOT_A_SUSPECT_BEFORE.search(sentence.text[max(0, match.start() - 40) : match.start()]):
        return False
    after = sentence.text[match.end() :]
    if _NOT_A_NAME.search(name) or _SPEAKER_AFTER.match(after) or _THING_AFTER.match(after):
        return False
    start = sentence.start + match.start()
    overlapping = [
        e for e in sentence.ents if e.start_char < start + len(name) and start < e.end_char
    ]
    has_age = bool(_AGE_AFTER.match(sentence.text[match.end() :]))
    if not has_age and any(e.label_ in _NOT_PEOPLE and name in e.text for e in overlapping):
        return False
    named_entity = any(e.label_ in ("PERSON", "ORG") for e in overlapping)
    return has_age or listed or (named_entity and _first_clause(sentence, match))


def _first_clause(sentence: Sentence, match: re.Match[str]) -> bool:
    """Names in a list of the accused come before the sentence's main verb phrase ends."""
    return not re.search(
        r"\b(?:said|says|told|according to|reported)\b", sentence.text[: match.start()]
    )


def _add_mention(
    found: list[_Suspect], name: str, sentence: Sentence, text: str, start: int, end: int
) -> None:
    existing = next((s for s in found if same_person(s.name, name)), None)
    if existing is None:
        existing = _Suspect(name, sentence)
        existing.role = _role(sentence, text)
        found.append(existing)
    elif name != existing.name and name not in existing.spellings:
        existing.spellings.append(name)
    after, before = text[end : end + 20], text[max(0, start - 30) : start]
    age = _AGE_AFTER.match(after) or _AGE_BEFORE.search(before)
    if age and existing.age is None:
        existing.age = int(age["age"])
    if not existing.nationality:
        existing.nationality = _own_nationality(text, end, sentence)


def _own_nationality(text: str, end: int, sentence: Sentence) -> str:
    """Nationality in the clause that follows the name, up to the next name or ';'."""
    clause = text[end : sentence.end]
    cut = _CLAUSE_END.search(clause)
    clause = clause[: cut.start()] if cut else clause
    found = places.nationality_pattern().search(clause)
    if found:
        return places.country_code(next(g for g in found.groups() if g))
    origin = _FROM_COUNTRY.search(clause)
    return places.country_code(origin["country"]) if origin else ""


def _role(sentence: Sentence, text: str) -> str:
    paragraph = _paragraph(text, sentence)
    for role, cue in _ROLE_CUES:
        if cue.search(paragraph):
            return role
    return "attacker"


def _paragraph(text: str, sentence: Sentence) -> str:
    if sentence.text.lstrip().startswith(("- ", "* ")):
        end = text.find("\n", sentence.start)
        return text[sentence.start : end if end >= 0 else len(text)]
    start = text.rfind("\n\n", 0, sentence.start) + 1
    end = text.find("\n\n", sentence.end)
    return text[start : end if end >= 0 else len(text)]


def _add_status_events(parsed, sentences, found, incident) -> None:
    """Events of each sentence go to the suspects it names or refers back to.

    "Three more suspects were placed in pre-trial detention. They were
    identified as ..." : a sentence that introduces names with a pronoun also
    takes the events of the unnamed sentence before it.
    """
    group: list[_Suspect] = []  # the last sentence naming several: "They"
    last: list[_Suspect] = []  # the last one named: "He", "She"
    unclaimed: list[StatusEventCandidate] = []
    surnames = [(s, surname_key(s.name)) for s in found]
    for sentence in sentences:
        words = {surname_key(w) for w in _CAPITALISED.findall(sentence.text)}
        named = [s for s, surname in surnames if surname in words]
        events = status_events_in(parsed.text, sentence, incident.date)
        subject = named or _pronoun_subjects(sentence.text, group, last)
        if named and _PRONOUN_START.match(sentence.text):
            events = unclaimed + events
        for suspect in subject:
            suspect.events.extend(e for e in events if e not in suspect.events)
        unclaimed = [] if subject else events
        if named:
            last = named[-1:]
            group = named if len(named) > 1 else group


_CAPITALISED = re.compile(r"\b[A-Z][a-zà-ÿ'ʼ’]+")
_PRONOUN_START = re.compile(r"\s*(?:They|He|She)\b")


def _pronoun_subjects(text: str, group: list[_Suspect], last: list[_Suspect]) -> list[_Suspect]:
    if re.match(r"\s*(?:They|All of them|The (?:four|suspects|men))\b", text):
        return group
    if re.match(r"\s*(?:He|She)\b", text):
        return last
    return []


def _add_group_nationality(sentences: list[Sentence], found: list[_Suspect]) -> None:
    """'The suspects were identified as citizens of Tajikistan' covers the attackers."""
    for sentence in sentences:
        nationality = places.nationality_pattern().search(sentence.text)
        if (
            nationality
            and _GROUP_NATIONALITY.search(sentence.text[: nationality.start()])
            and not re.search(r"\bnot\b|\bno\b", sentence.text)
        ):
            code = places.country_code(next(g for g in nationality.groups() if g))
            for suspect in found:
                if suspect.role == "attacker" and not suspect.nationality:
                    suspect.nationality = code


def _candidate(parsed: ParsedDocument, suspect: _Suspect) -> SuspectCandidate:
    events = tuple(
        sorted(suspect.events, key=lambda e: (e.date is None, e.date or 0, e.span.start))
    )
    status = max((e.status for e in events), key=lambda s: STATUS_RANK.get(s, 0), default=None)
    return SuspectCandidate(
        name=suspect.name,
        span=Span.of(parsed.text, suspect.sentence.start, suspect.sentence.end),
        variants=tuple(suspect.spellings),
        age=suspect.age,
        nationality=suspect.nationality,
        role=suspect.role,
        status=_legal_status(status),
        status_events=events,
    )


def _legal_status(event_status: str | None) -> str | None:
    """The suspect's status field from the most advanced event."""
    return {
        "detained": "detained",
        "pretrial_detention": "detained",
        "charged": "charged",
        "pleaded_guilty": "charged",
        "trial": "charged",
        "convicted": "convicted",
        "sentenced": "convicted",
        "killed": "killed",
        "dead": "dead",
        "at_large": "at_large",
    }.get(event_status or "")
