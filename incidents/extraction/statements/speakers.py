"""Who makes a reported statement: the subject of its speech verb, as a name.

The speaker is the grammatical subject of the speech verb (spaCy's `nsubj`),
the agent of a passive ("was condemned by Hezbollah and Hamas"), or, for a
verb joined to another ("... and expressed condolences", "..., suggesting"),
the subject of the verb it hangs on. A subject listing several speakers ("the
UN Secretary-General, the EU and NATO condemned") yields each of them. Names
come from the gazetteer, then from named entities, then from collective
speakers the gazetteer cannot list ("US officials", "World leaders", "the
health department of Moscow"). Media, witnesses, relatives and analysts are
not speakers of statements (their words are reports or comment, not the
position of a party to the event). Pronouns and "the ministry" are returned as
anaphora for the caller to resolve against the previous speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from incidents.extraction.lexicons import actors, places
from incidents.extraction.nlp import entities_in
from incidents.extraction.statements.kinds import SPEECH_OBJECTS
from incidents.extraction.statements.offices import (
    COLLECTIVE,
    NOT_REPORTERS,
    NOT_SPEAKERS,
    OFFICES,
    REPORTS,
    ROLES,
)

_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_CLIMB = frozenset({"conj", "advcl", "xcomp", "ccomp", "acl", "relcl", "dobj", "pobj", "prep"})
_LIST_LINKS = frozenset({"conj", "appos"})
_RELATIVES = frozenset({"who", "which", "that"})
_BEFORE_INVERSION = frozenset({",", '"', "”", "’", "'"})
_PRONOUNS = frozenset({"he", "she", "it"})
# "the deputy leader of Russia's Security Council": the council is not speaking.
_MODIFIES_A_ROLE = re.compile(
    r"\b(?:of|(?<!according )to|for|in|at)\s+(?:the\s+)?(?:\w+['’]s\s+)?$", re.I
)
_ANAPHORIC_NOUNS = frozenset({"ministry", "committee", "group", "organization", "organisation"})
_CITING = frozenset({"cite", "quote"})
_FOREIGN_MINISTRY = re.compile(r"(?:Foreign Ministry|Ministry of Foreign Affairs)", re.I)
_SPEAKS_FOR = frozenset({"for", "of"})  # "a spokesperson for X", "members of X"


@dataclass(frozen=True)
class SpeakerMention:
    name: str  # canonical or textual name; "" for an anaphor to resolve
    anaphor: str = ""  # "he", "it", "ministry", ...
    is_body: bool = False  # a government, ministry, officials: not a person
    official: bool = False  # a person who holds an office: speaks for it


def speakers_of(verb: Token, sentence: SpacySpan) -> list[SpeakerMention]:
    """The speakers of one speech verb, in text order."""
    return speakers_named(_subject_heads(verb), sentence)


def reporting_verb(verb: Token, speech_verbs: list[Token]) -> Token | None:
    """ "The chief said the police were attributing it to X": the verb whose clause
    reports this one, when this one's subject names no one ("the police", "officials").

    The reporter speaks for the body he reports on; a named subject ("said Hamas
    denied it") keeps its own statement.
    """
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    if not subjects or any(t.ent_type_ or t.lemma_.casefold() not in COLLECTIVE for t in subjects):
        return None
    for outer in verb.ancestors:
        if outer in speech_verbs and verb.dep_ in ("ccomp", "conj", "relcl", "advcl"):
            return outer
    return None


def reports_for_an_authority(subject: Token) -> bool:
    """ "Police", "state officials", "the ministry": a body named by its role."""
    return not subject.ent_type_ and subject.lemma_.casefold() in COLLECTIVE - NOT_REPORTERS


def sources_of(phrase: Token) -> list[Token]:
    """ "According to police and the mayor", "from X and Y": the heads of the sources;
    for "according to an indictment filed by X", the document's authors."""
    heads = [t for c in phrase.children if c.dep_ == "pobj" for t in _listed(c)]
    return [author for head in heads for author in (_report_authors(head) or [head])]


def may_be_news_outlet(token: Token) -> bool:
    """An organisation the gazetteer does not know, or knows as media: after
    "according to" it is most often a news outlet, whose reports are not statements."""
    if token.ent_type_ != "ORG":
        return False
    entity = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    if entity is not None and any(t.lemma_.casefold() in COLLECTIVE for t in entity):
        return False  # "the State Prosecutor's Office", "the Interior Ministry"
    name = re.sub(r"^the\s+", "", entity.text, flags=re.I) if entity is not None else ""
    actor = actors.known_actor(name)
    return actor is None or actor.kind == "media"


def holds_office(head: Token) -> bool:
    """ "Court Commissioner X", "Mexican Minister X", "X, the county sheriff"."""
    before = head.doc[max(head.left_edge.i, head.i - 6) : head.i]
    if any(t.lemma_.casefold() in OFFICES for t in before):
        return True
    if head.dep_ == "appos" and head.head.lemma_.casefold() in OFFICES:
        return True  # "The head of the bomb squad, X, said"
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        return head.head.head.lemma_.casefold() in OFFICES  # "Minister of Health X"
    return any(
        c.dep_ == "appos" and any(t.lemma_.casefold() in OFFICES for t in c.subtree)
        for c in head.children
    )


def speakers_named(heads: list[Token], sentence: SpacySpan) -> list[SpeakerMention]:
    """The speakers the given noun heads name, in text order."""
    found = []
    for head in heads:
        if head.i > 0 and head.doc[head.left_edge.i - 1].text == "(":
            continue  # "Mikhail Sheremet (United Russia)": a party label, not a speaker
        if _MODIFIES_A_ROLE.search(sentence.text[: head.left_edge.idx - sentence.start_char]):
            continue
        mention = _mention(head, sentence)
        if mention and mention not in found:
            found.append(mention)
    return found


def _subject_heads(verb: Token) -> list[Token]:
    quoted = _quoted_as_saying(verb)
    if quoted:
        return quoted
    for _ in range(4):
        agents = [c for c in verb.children if c.dep_ == "agent"]
        subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
        if agents and any(c.dep_ == "nsubjpass" for c in subjects):
            return [t for a in agents for p in a.children if p.dep_ == "pobj" for t in _listed(p)]
        if subjects:
            if subjects[0].lower_ in _RELATIVES:
                return _listed(verb.head)
            authors = _report_authors(subjects[0])
            if authors:
                return authors
            # The parser sometimes gives a listed subject two nsubj children.
            return sorted((t for subject in subjects for t in _listed(subject)), key=lambda t: t.i)
        inverted = _inverted_speaker(verb)
        if inverted is not None:
            return _listed(inverted)
        if verb.dep_ not in _CLIMB or verb.head is verb or _names_a_thing(verb):
            return []
        verb = verb.head
    return []


def _quoted_as_saying(verb: Token) -> list[Token]:
    """ "The BBC cited X as saying", "Reuters quoted an official as saying": X speaks."""
    preposition = verb.head
    if verb.dep_ != "pcomp" or preposition.lower_ != "as":
        return []
    citing = preposition.head
    if citing.lemma_.casefold() not in _CITING:
        return []
    return [t for c in citing.children if c.dep_ == "dobj" for t in _listed(c)]


def _report_authors(subject: Token) -> list[Token]:
    if subject.lemma_.casefold() not in REPORTS:
        return []
    owners = [c for c in subject.children if c.dep_ == "poss" and c.ent_type_]
    if owners:
        return owners  # "the FBI's investigation"
    # "a report by X", "an indictment filed by X"
    preps = [c for c in subject.children if c.dep_ == "prep" and c.lower_ in ("by", "from")]
    filed = [c for c in subject.children if c.dep_ == "acl"]
    preps += [a for verb in filed for a in verb.children if a.dep_ == "agent"]
    return [t for prep in preps for t in sources_of(prep)]


def _inverted_speaker(verb: Token) -> Token | None:
    """'..., stated Interior Minister X.': after a comma or a quote the speaker may
    follow the verb, where the parser takes it for an object or modifier."""
    if verb.i == 0 or verb.doc[verb.i - 1].text not in _BEFORE_INVERSION:
        return None
    return next(
        (
            child
            for child in verb.rights
            if child.dep_ in ("npadvmod", "dobj", "attr")
            and child.pos_ == "PROPN"
            and (child.ent_type_ == "PERSON" or child.lemma_.casefold() in ROLES)
        ),
        None,
    )


def _names_a_thing(verb: Token) -> bool:
    """ "A statement condemning ..." speaks; "the "duty to warn" requirement" does not."""
    return verb.dep_ in ("acl", "relcl") and verb.head.lower_ not in SPEECH_OBJECTS


def _listed(token: Token) -> list[Token]:
    """The token and every name joined to it by "and", commas or apposition."""
    found, stack = [], [token]
    while stack:
        current = stack.pop()
        found.append(current)
        stack.extend(
            c for c in current.children if c.dep_ in _LIST_LINKS and not _describes(c, current)
        )
    return sorted(found, key=lambda t: t.i)


def _describes(appos: Token, head: Token) -> bool:
    """ "Ravi Menon, the county sheriff,": the apposition says who he is, not who else spoke."""
    return appos.dep_ == "appos" and head.ent_type_ == "PERSON" and appos.pos_ == "NOUN"


def _mention(head: Token, sentence: SpacySpan) -> SpeakerMention | None:
    lower = head.lower_
    if lower in _PRONOUNS:
        return SpeakerMention("", anaphor=lower)
    if lower == "they":
        return _they(head, sentence)
    if lower in _ANAPHORIC_NOUNS and _bare(head):
        return SpeakerMention("", anaphor=lower)
    if head.lemma_.casefold() in ROLES and head.ent_type_ != "PERSON":
        return _speaks_for(head, sentence) or _described_role(head)
    holder = _office_holder(head)
    if holder is not None:
        named = _named(holder, sentence)
        return replace(named, official=True) if named and not named.is_body else named
    return _named(head, sentence)


def _they(head: Token, sentence: SpacySpan) -> SpeakerMention | None:
    """ "Prosecutors charged him with murder, they said": the body the sentence began with.

    A "they" whose body is not in its own sentence is left alone: it refers as often to
    witnesses or attackers as to the last authority.
    """
    bodies = [
        t for t in sentence if t.i < head.i and t.dep_ in _SUBJECTS and reports_for_an_authority(t)
    ]
    return _collective(bodies[0]) if bodies else None


def _described_role(role: Token) -> SpeakerMention | None:
    """ "A hospital spokesperson", "a police spokesman": the body the role speaks for."""
    described = any(c.dep_ in ("compound", "amod") for c in role.lefts)
    return _collective(role) if described and role.lemma_.casefold() in COLLECTIVE else None


def _office_holder(head: Token) -> Token | None:
    """ "The mayor of Lyon, Jane Roe, said": the person who holds the office speaks.

    The parser may hang the name on the office's last word ("of Lyon, Jane Roe") or,
    after "according to the Lyon mayor, Jane Roe, ...", leave it outside the phrase.
    """
    if head.ent_type_ == "PERSON" or head.lemma_.casefold() not in COLLECTIVE | OFFICES:
        return None
    inside = (t for t in head.subtree if t.dep_ == "appos" and t.ent_type_ == "PERSON")
    return next(inside, None) or _name_between_commas(head.right_edge)


def _name_between_commas(last: Token) -> Token | None:
    """ "..., Jane Roe, ..." right after a phrase: the person it names."""
    doc = last.doc
    if last.i + 2 >= len(doc) or doc[last.i + 1].text != ",":
        return None
    entity = next((e for e in doc.ents if e.start == last.i + 2), None)
    if entity is None or entity.label_ != "PERSON" or entity.end >= len(doc):
        return None
    return entity.root if doc[entity.end].text == "," else None


def _bare(head: Token) -> bool:
    return all(c.dep_ in ("det", "advmod") for c in head.lefts)


def _speaks_for(role: Token, sentence: SpacySpan) -> SpeakerMention | None:
    """ "A spokesperson for Patriarch Kirill" speaks for Kirill; a bare role is no name.

    The parser often hangs the name of a role on the role's last word
    ("the ambassador to the United States, Anatoly Antonov"): any person in
    apposition inside the role's phrase is the speaker.
    """
    if role.dep_ == "appos":
        return None
    for token in role.subtree:
        if token.dep_ == "appos" and token.ent_type_ == "PERSON":
            return _named(token, sentence)
    for prep in role.children:
        if prep.dep_ == "prep" and prep.lower_ in _SPEAKS_FOR:
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.ent_type_ in _NAME_LABELS:
                    return _named(obj, sentence)
    return None


def _named(head: Token, sentence: SpacySpan) -> SpeakerMention | None:
    gazetteer = _gazetteer_name(head, sentence)
    if gazetteer:
        return gazetteer
    if head.ent_type_ in _NAME_LABELS:
        entity = _entity_of(head, sentence)
        if entity is not None and not NOT_SPEAKERS.search(entity.text):
            person = entity.label_ == "PERSON"
            return SpeakerMention(
                _entity_name(entity), is_body=not person, official=person and holds_office(head)
            )
    if head.lemma_.casefold() in COLLECTIVE or head.lower_ in COLLECTIVE:
        return _collective(head)
    return None


def _gazetteer_name(head: Token, sentence: SpacySpan) -> SpeakerMention | None:
    start = head.idx - sentence.start_char
    for mention in actors.find_actor_mentions(sentence.text):
        if mention.start <= start < mention.end:
            if mention.actor.kind == "media":
                return None
            person = mention.actor.kind == "person"
            return SpeakerMention(
                mention.actor.name, is_body=not person, official=person and holds_office(head)
            )
    return None


def _entity_of(head: Token, sentence: SpacySpan) -> SpacySpan | None:
    return next((e for e in entities_in(sentence) if e.start <= head.i < e.end), None)


def _entity_name(entity: SpacySpan) -> str:
    name = re.sub(r"^the\s+|['’]s$", "", entity.text.strip())
    if _FOREIGN_MINISTRY.fullmatch(name):
        return _foreign_ministry(entity) or name
    code = places.country_code(name)
    if code and entity.label_ in ("GPE", "NORP"):
        return next(c.name for c in places.COUNTRIES if c.code == code)
    return actors.canonical_actor(name) or name


def _foreign_ministry(entity: SpacySpan) -> str:
    """ "Belgium's Foreign Ministry" -> "Ministry of Foreign Affairs of Belgium", the form
    the gazetteer uses, when the country stands just before the ministry."""
    before = entity.doc[max(0, entity.start - 2) : entity.start]
    for token in reversed(before):
        code = places.country_code(token.text)
        if code:
            country = next(c.name for c in places.COUNTRIES if c.code == code)
            return actors.canonical_actor(f"{country}'s Foreign Ministry") or (
                f"Ministry of Foreign Affairs of {country}"
            )
    return ""


def _collective(head: Token) -> SpeakerMention | None:
    """A role-named speaker: "US intelligence officials", "Officials in Russia"."""
    if any(t.tag_ == "PRP$" for t in head.lefts):
        return None  # "his government": the speaker is the person already named
    words = [t for t in head.subtree if t.i <= head.i and t.dep_ not in ("det", "predet")]
    words = [t for t in words if t.dep_ not in ("nummod", "quantmod") and t.lower_ != "certain"]
    tail = _place_after(head)
    text = "".join(t.text_with_ws for t in words).strip()
    if tail:
        text = f"{text} of {tail}"
    if NOT_SPEAKERS.search(text):
        return None
    name = actors.canonical_actor(text) or text
    return SpeakerMention(name[0].upper() + name[1:], is_body=True)


def _place_after(head: Token) -> str:
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "in"):
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.ent_type_ in ("GPE", "ORG", "NORP"):
                    # "the mayor of Lyon and X": the place ends where the list goes on.
                    words = obj.doc[obj.left_edge.i : obj.i + 1]
                    return " ".join(t.text for t in words if t.dep_ != "det")
    return ""
