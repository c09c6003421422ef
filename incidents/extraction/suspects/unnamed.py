"""Unnamed suspects whose fate the text states: "all three attackers were shot dead",
"two other suspects remain at large", "a suspect has been charged".

Such a group is a suspect entry of its own, named by its noun phrase and
marked "(unnamed)": "three attackers (unnamed)". Only a perpetrator noun with
its own status counts ("several people were arrested" is a figure, not a
suspect). "The gunman" or "the attackers" are the named suspects again when
the text names any, so they stand alone only in a text that names nobody; "a
suspect", "two other suspects" and "another man" are new people.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from incidents.extraction.document import ParsedDocument
from incidents.extraction.scope import Sentence
from incidents.extraction.suspects.ages import age_in_apposition
from incidents.extraction.suspects.evidence import PERPETRATOR_NOUNS, ROLE_VERBS

# Nouns for unnamed perpetrators beyond those that name a person's role.
_GROUP_NOUNS = frozenset({*PERPETRATOR_NOUNS, "militant", "jihadi", "jihadist", "gunmen"})
# "the man responsible for the attack": any person noun with "responsible".
_PERSON_NOUNS = frozenset({"man", "woman", "person", "people", "individual", "one", "those"})
# "three others remain at large": at large says who they are.
_OTHERS = frozenset({"other", "others", "accomplice", "man", "men"})
_CANDIDATE_NOUNS = _GROUP_NOUNS | _PERSON_NOUNS | _OTHERS
_STATUS_OF_LEGAL_VERB = {
    **dict.fromkeys(("arrest", "detain", "apprehend", "capture", "remand", "catch"), "detained"),
    **dict.fromkeys(("charge", "indict"), "charged"),
    **dict.fromkeys(("convict", "sentence", "jail", "imprison"), "convicted"),
}
# "shot" alone may wound: "shot dead", "shot and killed", "gunned down" kill.
_KILLING_VERBS = frozenset({"kill", "neutralise", "neutralize", "gun"})
_REFLEXIVES = frozenset({"himself", "herself", "themselves"})
_DEFINITE = frozenset({"the", "this", "that"})


_PRONOUN_START = re.compile(r"\s*(?:He|She|They)\b")


@dataclass(frozen=True)
class UnnamedSuspect:
    name: str
    sentence: Sentence
    role: str
    status: str
    plural: bool
    age: int | None = None


def unnamed_suspects(
    parsed: ParsedDocument, sentences: list[Sentence], naming: set[int]
) -> list[UnnamedSuspect]:
    """The unnamed perpetrators of the text with a stated status, one per noun.

    `naming`: the indexes in `sentences` of those that name a suspect.
    "The gunman" may be anyone named; "another suspect was detained" is the
    person the next sentence names through a pronoun ("He was identified as X").
    """
    found: dict[str, UnnamedSuspect] = {}
    names_anyone = bool(naming)
    for index, sentence in enumerate(sentences):
        following = sentences[index + 1].text if index + 1 < len(sentences) else ""
        if index + 1 in naming and _PRONOUN_START.match(following):
            continue
        span = parsed.doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
        for token in span or ():
            suspect = _unnamed(token, sentence, names_anyone)
            if suspect and _kind(token) not in found:
                found[_kind(token)] = suspect
    return list(found.values())


def _unnamed(token: Token, sentence: Sentence, names_anyone: bool) -> UnnamedSuspect | None:
    if token.pos_ not in ("NOUN", "PRON") or token.lemma_.lower() not in _CANDIDATE_NOUNS:
        return None
    if _named(token) or _negated_noun(token):
        return None
    status = _status(token)
    if status is None or not _is_perpetrator(token, status):
        return None
    plural = token.tag_ in ("NNS", "NNPS") or any(c.dep_ == "nummod" for c in token.children)
    if names_anyone and not _new_person(token) and (plural or _definite(token)):
        return None
    role = PERPETRATOR_NOUNS.get(token.lemma_.lower()) or _role_of_verbs(token) or "attacker"
    age = None if plural else age_in_apposition(token)
    return UnnamedSuspect(f"{_phrase(token)} (unnamed)", sentence, role, status, plural, age)


def _is_perpetrator(token: Token, status: str) -> bool:
    lemma = token.lemma_.lower()
    if lemma in _GROUP_NOUNS:
        return True
    if status == "at_large" and lemma in _OTHERS:
        return True
    return lemma in _PERSON_NOUNS and any(c.lower_ == "responsible" for c in token.children)


def _status(token: Token) -> str | None:
    """The status the clause gives the noun: arrested, charged, killed, dead, at large.

    A later conjunct shares the first one's: "killed the commander and mastermind".
    """
    while token.dep_ == "conj":
        token = token.head
    head, dep = token.head, token.dep_
    verbs = [head, *(c for c in head.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    lemmas = {v.lemma_.lower() for v in verbs}
    if dep in ("nsubjpass", "dobj"):
        legal = [_STATUS_OF_LEGAL_VERB[x] for x in lemmas if x in _STATUS_OF_LEGAL_VERB]
        if legal:
            return legal[0]
        shot_dead = "shoot" in lemmas and any(c.lower_ == "dead" for v in verbs for c in v.children)
        if lemmas & _KILLING_VERBS or shot_dead:
            return "killed"
    if dep in ("nsubj",):
        objects = {c.lower_ for v in verbs for c in v.children if c.dep_ == "dobj"}
        if objects & _REFLEXIVES and lemmas & {"kill", "blow", "shoot"}:
            return "dead"
        if "die" in lemmas:
            return "dead"
        if "surrender" in lemmas:
            return "detained"
    if dep in ("nsubj", "nsubjpass") and _at_large(head):
        return "at_large"
    return None


def _at_large(verb: Token) -> bool:
    words = " ".join(t.lower_ for t in verb.subtree)
    return "at large" in words or "on the run" in words


def _named(token: Token) -> bool:
    """The noun comes with a name: "the gunman, X", "suspect X", "identified as X"."""
    return any(
        t.pos_ == "PROPN" and t.dep_ in ("appos", "compound") for t in token.children
    ) or any(
        c.lower_ == "as" for c in token.head.children if token.head.lemma_ in ("identify", "name")
    )


def _negated_noun(token: Token) -> bool:
    """ "no suspect has been arrested", "none of the attackers was caught"."""
    return any(c.lower_ in ("no", "none") for c in token.children) or any(
        c.dep_ == "neg" for c in token.head.children
    )


def _new_person(token: Token) -> bool:
    """ "a suspect", "two other suspects", "another man": not anyone named before."""
    return any(c.lower_ in ("other", "another", "a", "an") for c in token.children)


def _definite(token: Token) -> bool:
    return any(c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE for c in token.children)


def _role_of_verbs(token: Token) -> str | None:
    """ "a suspect has been charged for providing the rifle" -> accomplice."""
    for verb in token.head.subtree:
        if verb.pos_ == "VERB" and verb.lemma_.lower() in ROLE_VERBS:
            return ROLE_VERBS[verb.lemma_.lower()]
    return None


def _phrase(token: Token) -> str:
    """The noun with its number and descriptive words: "three attackers", "suspect"."""
    keep = [
        c
        for c in token.children
        if c.i < token.i and c.dep_ in ("nummod", "compound", "amod") and c.lower_ != "other"
    ]
    words = sorted([*keep, token], key=lambda t: t.i)
    return " ".join(t.text if t.pos_ == "PROPN" else t.lower_ for t in words)


def _kind(token: Token) -> str:
    return token.lemma_.lower()
