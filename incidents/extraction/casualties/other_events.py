"""Figures of events the incident is compared with or placed apart from.

A long article or a statement names other attacks beside its own: to compare ("the
third attack this year after the truck attack in which four were killed"), or as news
of the same days elsewhere ("in <another town>, <state> where ten people died"). These
rules read the clause of a figure's verb in the dependency parse; `context` holds the
rules by section, date and cue words.
"""

from __future__ import annotations

from spacy.tokens import Token

from incidents.extraction.document import ParsedDocument
from incidents.extraction.lexicons import places
from incidents.extraction.results import IncidentCandidate

_COMPARING = {"after", "since", "before", "than", "like"}
_TIME_NOUNS = {"second", "minute", "hour", "day", "week", "month", "year", "decade", "moment"}


def compared_event(trigger: Token | None) -> bool:
    """True for a figure of an event the incident is compared with: a clause on an event
    noun governed by "after", "since", "than" or "like" that hangs on a noun, an
    adjective or a copula ranking the incident ("the third attack this year after the
    truck attack in which four were killed", "it was the deadliest since the bombing that
    killed 50"). A time clause hangs on a verb or a time noun instead ("mourners gathered
    after the attack in which 22 died", "two days after the attack that killed 22") and
    keeps its figures."""
    if trigger is None:
        return False
    head = trigger
    while head.dep_ in ("conj", "xcomp", "advcl") and head.head != head:
        head = head.head
    event = head.head if head.dep_ in ("relcl", "acl") else head
    while event.dep_ in ("conj", "appos") and event.head != event:
        event = event.head
    if event.dep_ != "pobj" or event.head.lower_ not in _COMPARING:
        return False
    anchor = event.head.head
    if anchor.lemma_ == "be":
        return any(c.dep_ == "attr" and _ranks(c) for c in anchor.children)
    return anchor.pos_ in ("NOUN", "PROPN", "ADJ") and anchor.lemma_.lower() not in _TIME_NOUNS


def _ranks(noun: Token) -> bool:
    """ "the second attack", "the deadliest shooting": a noun ranked among others."""
    return any(c.tag_ == "JJS" or c.ent_type_ == "ORDINAL" for c in noun.children)


def placed_elsewhere(
    parsed: ParsedDocument, incident: IncidentCandidate, trigger: Token | None
) -> bool:
    """True when the clause of a figure's verb, or the event noun it describes, is placed
    where the incident is not: "a gunman killed seven people in <another town>", "in
    <another town>, <state> where ten people died". A place is elsewhere when it is not
    the incident's city, region or venue, not a country or region, and the document
    names it only this once (the incident's own places come back). Another country is
    `verb_of_other_event`'s rule."""
    if trigger is None:
        return False
    return any(_elsewhere(parsed, incident, place) for place in _clause_places(trigger))


def _clause_places(trigger: Token) -> list[str]:
    head = trigger
    while head.dep_ in ("conj", "xcomp", "advcl") and head.head != head:
        head = head.head
    anchors = [head, head.head] if head.dep_ in ("relcl", "acl") else [head]
    places = []
    for anchor in anchors:
        if anchor.ent_type_ == "GPE":
            places.append(anchor)
            if anchor.dep_ == "appos":
                places.append(anchor.head)  # "Dayton, Ohio where ..."
        for child in anchor.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "at", "near"):
                objects = [g for g in child.children if g.dep_ == "pobj"]
                places += [g for g in objects if g.ent_type_ == "GPE"]
                places += [t for g in objects if g.lemma_ in _SETTLEMENTS for t in _named_of(g)]
    return [_entity_text(place) for place in places]


# "in the village of X": the settlement noun governs the place's name.
_SETTLEMENTS = {"village", "town", "city", "district", "suburb", "neighbourhood", "neighborhood"}


def _named_of(noun: Token) -> list[Token]:
    return [
        name
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for name in prep.children
        if name.dep_ == "pobj" and name.ent_type_ in ("GPE", "ORG", "PERSON", "LOC")
    ]


def _entity_text(token: Token) -> str:
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end].text


def _elsewhere(parsed: ParsedDocument, incident: IncidentCandidate, name: str) -> bool:
    own = [p for p in (incident.city, incident.region, incident.venue, incident.name) if p]
    if not incident.city or any(name in p or p in name for p in own):
        return False
    if places.country_code(name) or places.is_us_state(name) or places.REGION_NAME.search(name):
        return False
    return parsed.text.count(name) == 1
