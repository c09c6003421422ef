"""Suspects: names with their spellings, age, nationality, role and legal status.

A person is a suspect when the parse of a sentence ties their name to the
attack, to a perpetrator noun or to a legal step (see `evidence`), or when
they open an item of a list under a suspects heading ("Alleged gunmen",
"Co-conspirators"). Officials, relatives and witnesses named in the same
sentences are left out by the title or kinship word before their name. Later
mentions (a bare surname, "They", "He") add status events and ages. Role comes
from that evidence ("the gunman, X" or "X opened fire" make an attacker, "X
helped" an accomplice); failing that, from the paragraph that first names the
suspect: money makes a financier, recruiting a recruiter, help (a car, a flat,
weapons) an accomplice; otherwise the suspect is taken to be an attacker.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from incidents.extraction.document import ParsedDocument
from incidents.extraction.incident.location import DATELINE
from incidents.extraction.lexicons import actors, places
from incidents.extraction.lexicons.names import (
    fold_token,
    leading_title,
    name_tokens,
    same_person,
    surname_key,
)
from incidents.extraction.results import (
    IncidentCandidate,
    Span,
    StatusEventCandidate,
    SuspectCandidate,
)
from incidents.extraction.scope import Sentence, prose_sentences
from incidents.extraction.suspects.ages import apposed_age
from incidents.extraction.suspects.evidence import (
    PERPETRATOR_NOUNS,
    is_conjunct,
    role_from_verbs,
    speaks_of_a_suspect,
    suspect_evidence,
)
from incidents.extraction.suspects.status import STATUS_RANK, status_events_in
from incidents.extraction.suspects.unnamed import UnnamedSuspect, unnamed_suspects

_WORD = r"[A-Z][a-zà-ÿ'ʼ’]+(?:-[A-Z][a-zà-ÿ]+)?"
# Lower-case particles inside names: "Ayoub bin Rashid", "Omar al-Masri", "Pieter van Dijk".
_PARTICLE = (
    r"(?:(?:al|el|ad|an|as|ash|at|ar|az)-|(?:bin|ibn|bint|abu|ben|de|da|del|dela|della|di|du"
    r"|van|von|der|den|la|le|dos|das)\s+)"
)
# Two to four capitalised words, with middle initials: "Tyler J. Brooks".
_NAME = re.compile(rf"(?<![\w-]){_WORD}(?:\s+(?:[A-Z]\.\s+)?{_PARTICLE}?{_WORD}){{1,3}}")
# "The bomber, Salman Abedi", "Two of the airport bombers, A and B", "The driver was X".
_ROLE_NOUN_BEFORE = re.compile(
    r"\b(?:gunm[ae]n|bombers?|attackers?|assailants?|perpetrators?|shooters?|driver"
    r"|hostage-takers?|killers?|hijackers?|ringleader)(?:,| was| is| named as| identified as)\s*"
    r"(?:(?:[A-Z][\w'’.-]*\s*){1,4}(?:and|,)\s+)?$"
)
# "The two students killed by the suspect were A, 16, and B, 17": victims, not suspects.
_VICTIMS_BEFORE = re.compile(
    r"\bvictims?(?:,| were\b| was\b| included\b| including\b| as\b| are\b| is\b)"
    r"|\b(?:killed|dead|died|injured|wounded)(?: \w+){0,4} (?:was|were|included|including)\b"
    r"|\bamong (?:the|those) (?:dead|victims|killed|injured|wounded)\b",
    re.IGNORECASE,
)
_SUSPECT_SECTION = re.compile(
    r"suspect|gunm[ae]n|attackers|perpetrators|accused|co-conspirators", re.IGNORECASE
)
_NOT_A_SUSPECT_BEFORE = re.compile(
    r"\b(?:president|minister|governor|chief|head|spokes\w+|mayor|leader|deputy|analyst|expert"
    r"|editor|lawyer|director|commissioner|ambassador|secretary|member|officials?|general"
    r"|witness|survivor|victim|assistant|co-workers|owner of|reporter|judge"
    r"|prosecutor|magistrate|superintendent|detective|inspector|sergeant|constable|sheriff"
    r"|principal|activist|officer|bystander|professor)\W{1,3}(?:(?!said|says|told)\w+\W{1,3})?$",
    re.IGNORECASE,
)
# "said X", "a statement by X": a speaker, unless the parse makes X the doer of the attack.
_ATTRIBUTION_BEFORE = re.compile(r"\b(?:by|said|told)\W{1,3}(?:\w+\W{1,3})?$", re.IGNORECASE)
# Relatives are named beside suspects ("His brother, Ismail Abedi, was questioned"),
# except in a list of the accused, where "their father, Isroil Islomov" is one of them.
_RELATIVE_BEFORE = re.compile(
    r"(?:\b(?:brother|sister|mother|wife|husband|cousin|uncle)"
    r"|\b(?:his|her|their|whose|['’]s) (?:\w+ )?(?:son|daughter|father|parents?|friend"
    r"|neighbou?r))\W{1,3}(?:\w+\W{1,3})?$",
    re.IGNORECASE,
)
_AGE_AFTER = re.compile(
    r"^,?\s*\(?(?:a\s+|an\s+|aged\s+)?(?P<age>\d{1,2})(?:-year-old\b|\s*[;,.)]|\s+and\b)"
)
# "a 28-year-old X", "An 18-year-old Dutch-Moroccan, X"
_AGE_BEFORE = re.compile(r"(?P<age>\d{1,2})-year-old\s+(?:[\w-]+\s+){0,2}?(?:[\w-]+,\s+)?$")
_ROLE_CUES = (
    ("financier", re.compile(r"financ|\bmoney\b|\bfunds?\b|\bfunding\b", re.IGNORECASE)),
    ("recruiter", re.compile(r"\brecruit", re.IGNORECASE)),
    (
        "organiser",
        re.compile(r"\bmastermind|\borgani[sz]ed the attack|\borgani[sz]er\b", re.IGNORECASE),
    ),
    (
        "accomplice",
        re.compile(
            r"\baid(?:ing|ed)?\b|\babet|\bhelp(?:ed|ing)\b|\bassist|\bowner of"
            r"|\brented\b|\b(?:suppl|provid|bought|buy|brought|sold|sell|procur|obtain|deliver"
            r"|smuggl|transport|hid|stor)\w*"
            r" (?:\w+ ){0,3}(?:weapons?|guns?|rifles?|firearms?|explosives?|ammunition)\b"
            r"|\blogistic|\bharbou?r|\baccomplice|\bco-conspirator|\bmaterial support\b",
            re.IGNORECASE,
        ),
    ),
)
_NOT_A_NAME = re.compile(
    r"\b(?:Court|Committee|Ministry|Service|Hall|City|Oblast|Region|District|Agency|News|Group"
    r"|Council|Office|Police|Army|State|Republic|Corps|Legion|Church|Institute|Times|Media"
    r"|Gazeta|Europe|Airport|Street|Mosque|Centre|Center|Union|Party|Commissioner|President"
    r"|Minister|Governor|Mayor|Chief|General|Secretary|Patriarch|Pope|Prime|County|Prosecutor"
    r"|Arena|Stadium|Theatre|Theater|Mall|School|University|College|Hotel|Club|Market|Station"
    r"|Cathedral|Synagogue|Temple|Square|Museum|Bailey|Attacks?|Bombings?|Shootings?|Massacre"
    r"|Forces?|Unit|Brigade|Battalion|Regiment|Command|Province|Emirates|Kingdom|Guard"
    r"|Judge|Sheriff|Superintendent|Detective|Inspector|Constable|Magistrate|Principal)\b"
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
# "A Russian citizen, Akhmed Chatayev, ..."
_NATIONALITY_BEFORE = re.compile(
    r"\b(?:[Aa]|[Aa]n) (?P<adjective>[A-Z][\w-]+) (?:citizen|national|man|woman)\s*,\s*$"
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
    for index, sentence in enumerate(sentences):
        before = sentences[index - 1] if index else None
        after_suspect = bool(before) and speaks_of_a_suspect(parsed.doc, before.start, before.end)
        names = _suspect_names(parsed, sentence, after_suspect, incident)
        for name, start, end, role in names:
            suspect = _add_mention(found, name, sentence, parsed, start, end, role)
            if after_suspect and suspect.age is None:
                described = _DESCRIBED_AGE.search(before.text)
                suspect.age = int(described["age"]) if described else None
    _add_named_earlier(parsed, sentences, found, incident)
    _add_roles(parsed, sentences, found)
    _add_status_events(parsed, sentences, found, incident)
    _add_later_ages(sentences, found)
    _add_group_nationality(sentences, found)
    naming = {i for i, sentence in enumerate(sentences) if _named_in(sentence.text, found)}
    unnamed = unnamed_suspects(parsed, sentences, naming)
    return [_candidate(parsed, s) for s in found] + [_unnamed_candidate(parsed, u) for u in unnamed]


def _suspect_names(
    parsed: ParsedDocument, sentence: Sentence, after_suspect: bool, incident: IncidentCandidate
):
    """Names the sentence makes suspects, each with the role its evidence implies."""
    in_list = sentence.text.lstrip().startswith(("- ", "* ", "• "))
    listed = in_list and bool(_SUSPECT_SECTION.search(sentence.section))
    previous = None  # a gapped clause shares its verb: "A got 41 years and B 33 years"
    for match in _names(sentence.text):
        start, end = sentence.start + match.start(), sentence.start + match.end()
        apposed = bool(_ROLE_NOUN_BEFORE.search(sentence.text[: match.start()][-80:]))
        year = incident.date.year if incident.date else None
        found = suspect_evidence(parsed.doc, start, end, after_suspect=after_suspect, year=year)
        if found is None and is_conjunct(parsed.doc, start, end) and _person(sentence, start):
            found = previous
        if not (listed or apposed or found):
            continue
        previous = found
        strong = listed or apposed or (found is not None and found.kind != "legal step")
        if _is_person_name(parsed, sentence, match, strong):
            role = found.role if found else None
            role = role or role_from_verbs(parsed.doc, start, end)
            yield match.group(), start, end, role
            sibling = _shared_surname(sentence.text[: match.start()])
            if sibling and " " in match.group():
                surname = match.group().rsplit(maxsplit=1)[1]
                at = sentence.start + sibling.start("given")
                yield f"{sibling['given']} {surname}", at, at + len(sibling["given"]), role


# "the brothers Malik and Rami Hassan": Malik is a Hassan too.
_SHARED_SURNAME = re.compile(rf"(?<![\w-])(?P<given>{_WORD}),?\s+and\s+$")
# "A 25-year-old man was arrested. Police named him as X": X is 25.
_DESCRIBED_AGE = re.compile(
    r"\b(?i:an?|the) (?P<age>\d{1,2})-year-old (?:[\w-]+ )?(?:man|woman|suspect|boy|girl)\b"
)


def _shared_surname(before: str) -> re.Match[str] | None:
    """The lone given name before "and X Y", not the surname of a full name before it."""
    sibling = _SHARED_SURNAME.search(before)
    if sibling and re.search(r"[A-Z][\w'’-]*\s+$", before[: sibling.start()]):
        return None
    return sibling


def _person(sentence: Sentence, start: int) -> bool:
    return any(e.label_ == "PERSON" and e.start_char <= start < e.end_char for e in sentence.ents)


def _names(text: str) -> Iterator[re.Match[str]]:
    """Capitalised names, after a leading title or noun: "Gunman Ali Kaya" -> "Ali Kaya".

    An office ("Sergeant Ana Diaz", "Mayor Tom Li") is no suspect's title: such
    names are left out.
    """
    for match in _NAME.finditer(text):
        title = leading_title(match.group())
        first = match.group().split(maxsplit=1)[0].casefold()
        if title:
            continue
        if first in PERPETRATOR_NOUNS:
            rest = _NAME.match(text, match.start() + len(first) + 1)
            if rest:
                yield rest
            continue
        yield match


def _is_person_name(
    parsed: ParsedDocument, sentence: Sentence, match: re.Match[str], listed: bool
) -> bool:
    name = match.group()
    if actors.known_actor(name) or places.country_code(name) or places.city(name):
        return False
    before = sentence.text[max(0, match.start() - 40) : match.start()]
    if _NOT_A_SUSPECT_BEFORE.search(before):
        return False
    if not listed and _ATTRIBUTION_BEFORE.search(before):
        return False
    if not listed and _VICTIMS_BEFORE.search(sentence.text[: match.start()]):
        return False
    if not listed and _RELATIVE_BEFORE.search(
        sentence.text[max(0, match.start() - 40) : match.start()]
    ):
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
    # The small model leaves some foreign names untagged: a run of proper nouns will do.
    named_entity = any(e.label_ in ("PERSON", "ORG") for e in overlapping) or (
        not overlapping and _proper_nouns(parsed, start, start + len(name))
    )
    return has_age or listed or (named_entity and _first_clause(sentence, match))


def _proper_nouns(parsed: ParsedDocument, start: int, end: int) -> bool:
    span = parsed.doc.char_span(start, end, alignment_mode="expand")
    return span is not None and all(t.pos_ == "PROPN" for t in span)


def _first_clause(sentence: Sentence, match: re.Match[str]) -> bool:
    """Names in a list of the accused come before the sentence's main verb phrase ends."""
    return not re.search(
        r"\b(?:said|says|told|according to|reported)\b", sentence.text[: match.start()]
    )


def _add_mention(
    found: list[_Suspect],
    name: str,
    sentence: Sentence,
    parsed: ParsedDocument,
    start: int,
    end: int,
    role: str | None,
) -> _Suspect:
    text = parsed.text
    existing = next((s for s in found if same_person(s.name, name)), None)
    if existing is None:
        existing = _Suspect(name, sentence)
        existing.role = role or ""
        found.append(existing)
    elif name != existing.name and name not in existing.spellings:
        existing.spellings.append(name)
    after, before = text[end : end + 20], text[max(0, start - 30) : start]
    age = _AGE_AFTER.match(after) or _AGE_BEFORE.search(before)
    if existing.age is None:
        existing.age = int(age["age"]) if age else apposed_age(parsed.doc, start, end)
    if not existing.nationality:
        apposed = _NATIONALITY_BEFORE.search(before)
        own = places.country_code(apposed["adjective"]) if apposed else ""
        existing.nationality = own or _own_nationality(text, end, sentence)
    return existing


def _add_later_ages(sentences: list[Sentence], found: list[_Suspect]) -> None:
    """An age given at a later mention: "Smith, a 64-year-old man from ..."."""
    for suspect in (s for s in found if s.age is None):
        surnames = {name.split()[-1] for name in (suspect.name, *suspect.spellings)}
        mention = re.compile(r"\b(?:" + "|".join(map(re.escape, surnames)) + r")\b(?!['’]s)")
        for sentence in sentences:
            for match in mention.finditer(sentence.text):
                age = _AGE_AFTER.match(sentence.text[match.end() :]) or _AGE_BEFORE.search(
                    sentence.text[max(0, match.start() - 30) : match.start()]
                )
                if age and suspect.age is None:
                    suspect.age = int(age["age"])


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


def _add_named_earlier(
    parsed: ParsedDocument,
    sentences: list[Sentence],
    found: list[_Suspect],
    incident: IncidentCandidate,
) -> None:
    """People named in full with nothing against them yet, whom a later sentence makes
    suspects by surname: "X, a neighbour, bought the rifles. ... X was arrested"."""
    people = _people_named(parsed, sentences)
    year = incident.date.year if incident.date else None
    for sentence in sentences:
        span = parsed.doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
        for token in span or ():
            full = people.get(fold_token(token.lower_)) if _bare_surname(token) else None
            if full is None or any(surname_key(s.name) == surname_key(full) for s in found):
                continue
            end = token.idx + len(token)
            evidence = suspect_evidence(parsed.doc, token.idx, end, year=year)
            if evidence and evidence.kind in _ACTS:
                suspect = _Suspect(full, sentence)
                suspect.role = evidence.role or ""
                found.append(suspect)


_ACTS = ("legal step", "attack", "part in the attack")


def _people_named(parsed: ParsedDocument, sentences: list[Sentence]) -> dict[str, str]:
    """The full names of people in the text by surname key, first spelling first."""
    people: dict[str, str] = {}
    for sentence in sentences:
        for match in _names(sentence.text):
            if _is_person_name(parsed, sentence, match, listed=False):
                people.setdefault(surname_key(match.group()), match.group())
    return people


def _bare_surname(token) -> bool:
    """A capitalised proper noun standing alone, not part of a longer name."""
    return (
        token.pos_ == "PROPN"
        and token.is_title
        and token.dep_ != "compound"
        and not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children)
    )


# "A third defendant, X": one more of the kind just named.
_ONE_MORE = re.compile(
    r"\b(?:another|(?:a|the) (?:second|third|fourth|fifth|sixth)|other)"
    r" (?:defendant|suspect|accused|accomplice|co-defendant)\b",
    re.IGNORECASE,
)


def _add_roles(parsed: ParsedDocument, sentences: list[Sentence], found: list[_Suspect]) -> None:
    """A role from the words about the suspect, where the parse gave none: money makes
    a financier, recruiting a recruiter, help an accomplice; otherwise an attacker."""
    for number, suspect in enumerate(found):
        if suspect.role:
            continue
        passage = _passage_about(parsed, sentences, sentences.index(suspect.sentence))
        roles = [role for role, cue in _ROLE_CUES if cue.search(passage)]
        if not roles and number and _ONE_MORE.search(suspect.sentence.text):
            roles = [found[number - 1].role]
        suspect.role = roles[0] if roles else "attacker"


def _passage_about(parsed: ParsedDocument, sentences: list[Sentence], index: int) -> str:
    """The sentence naming a suspect and those that go on about them with a pronoun
    ("He rented the flat ..."), and the one before if it speaks of suspects ("Another
    suspect was detained, suspected of financing. He was identified as X"); a list
    item alone."""
    text, sentence = parsed.text, sentences[index]
    if sentence.text.lstrip().startswith(("- ", "* ")):
        end = text.find("\n", sentence.start)
        return text[sentence.start : end if end >= 0 else len(text)]
    before = sentences[index - 1] if index else None
    joined = before and _same_paragraph(text, before, sentence)
    first = (
        index - 1 if joined and speaks_of_a_suspect(parsed.doc, before.start, before.end) else index
    )
    last = index
    while last + 1 < len(sentences) and _PRONOUN_START.match(sentences[last + 1].text):
        if not _same_paragraph(text, sentences[last], sentences[last + 1]):
            break
        last += 1
    return " ".join(s.text for s in sentences[first : last + 1])


def _same_paragraph(text: str, sentence: Sentence, following: Sentence) -> bool:
    return "\n" not in text[sentence.end : following.start]


def _add_status_events(parsed, sentences, found, incident) -> None:
    """Events of each sentence go to the suspects it names or refers back to.

    "Three more suspects were placed in pre-trial detention. They were
    identified as ..." : a sentence that introduces names with a pronoun also
    takes the events of the unnamed sentence before it.
    """
    group: list[_Suspect] = []  # the last sentence naming several: "They"
    last: list[_Suspect] = []  # the last one named: "He", "She"
    unclaimed: list[StatusEventCandidate] = []
    described = False  # the unclaimed events' subject was "The gunman", "A man"
    for sentence in sentences:
        named = _named_in(sentence.text, found)
        events = status_events_in(parsed.text, sentence, incident.date, parsed.reference_date)
        subject = (
            named
            or _pronoun_subjects(sentence.text, group, last)
            or _referred_to(sentence.text, found, group, last)
        )
        if named and (_PRONOUN_START.match(sentence.text) or (described and len(named) == 1)):
            events = unclaimed + events
        for suspect in subject:
            suspect.events.extend(e for e in events if e not in suspect.events)
        if subject or events:
            unclaimed = [] if subject else events
            described = not subject and bool(_DESCRIBED_SUBJECT.match(sentence.text))
        if named:
            last = named[-1:]
            group = named if len(named) > 1 else group
        elif len(last) == 1 and last[0].age is None:
            described_age = _THE_AGED.match(sentence.text)
            last[0].age = int(described_age["age"]) if described_age else None


_CAPITALISED = re.compile(r"\b[A-Z][a-zà-ÿ'ʼ’]+")


def _named_in(text: str, found: list[_Suspect]) -> list[_Suspect]:
    """Suspects a sentence names, by surname; brothers sharing one, by given name too."""
    words = {fold_token(t) for w in _CAPITALISED.findall(text) for t in name_tokens(w)}
    named = [s for s in found if surname_key(s.name) in words]
    chosen = []
    for suspect in named:
        kin = [s for s in named if surname_key(s.name) == surname_key(suspect.name)]
        given = [s for s in kin if _given_key(s.name) in words]
        if suspect in given or not given:
            chosen.append(suspect)
    return chosen


def _given_key(name: str) -> str:
    tokens = name_tokens(name)
    return fold_token(tokens[0]) if len(tokens) > 1 else ""


_PRONOUN_START = re.compile(r"\s*(?:They|He|She)\b")


# A pronoun subject may follow a time phrase: "On 27 August 2020 he was sentenced".
_LEAD = r"^\s*(?:(?:On|In|By|After|Later|Then|Subsequently|Meanwhile)\b[^.;]{0,40}?,?\s+)?"
_GROUP_PRONOUN = re.compile(
    _LEAD + r"(?i:they|all of them|both(?: men)?|the (?:two|three|four|suspects|men))\b"
)
_SINGLE_PRONOUN = re.compile(_LEAD + r"(?i:he|she)\b")
# "The man who killed 23 people was sentenced on Friday. Patrick Crusius, 24, ..."
_DESCRIBED_SUBJECT = re.compile(
    rf"(?:{DATELINE.pattern})?\s*(?:The|A|An)\s+(?:\d+-year-old\s+)?(?:man|woman|gunman"
    r"|suspect|attacker|assailant|bomber|driver|shooter|hostage-taker|perpetrator)\b"
)


def _pronoun_subjects(text: str, group: list[_Suspect], last: list[_Suspect]) -> list[_Suspect]:
    if _GROUP_PRONOUN.match(text):
        return group
    if _SINGLE_PRONOUN.match(text):
        return last
    return []


# "The 24-year-old was charged on Monday": the one just named.
_THE_AGED = re.compile(r"\s*The (?P<age>\d{1,2})-year-old\b(?!\s+[A-Z])")
# "Police arrived and shot him dead", "officers arrested them on Friday".
_OBJECT_PRONOUN = re.compile(
    r"\b(?:arrested|detained|charged|shot|killed|sentenced|convicted|apprehended|captured"
    r"|jailed|indicted|released)\s+(?P<pronoun>him|her|them)\b"
)
_THE_PERPETRATOR = re.compile(
    r"\b[Tt]he (?:suspect|gunman|attacker|shooter|bomber|assailant|accused|perpetrator|killer"
    r"|defendant)\b(?!s)|\b[Tt]he \d{1,2}-year-old\b(?!\s+[A-Z])"
)


def _referred_to(
    text: str, found: list[_Suspect], group: list[_Suspect], last: list[_Suspect]
) -> list[_Suspect]:
    """Suspects a sentence refers to without naming them: an object pronoun, or "the
    suspect" in a text that names one suspect only."""
    pronoun = _OBJECT_PRONOUN.search(text)
    if pronoun:
        return group if pronoun["pronoun"] == "them" else last
    if len(found) == 1 and _THE_PERPETRATOR.search(text):
        return found
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


def _unnamed_candidate(parsed: ParsedDocument, suspect: UnnamedSuspect) -> SuspectCandidate:
    span = Span.of(parsed.text, suspect.sentence.start, suspect.sentence.end)
    return SuspectCandidate(
        name=suspect.name,
        span=span,
        age=suspect.age,
        role=suspect.role,
        status=suspect.status,
        status_events=(StatusEventCandidate(status=suspect.status, span=span),),
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
        "released": "released",
    }.get(event_status or "")
