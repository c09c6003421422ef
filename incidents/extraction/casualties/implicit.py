"""Counts written without a numeral: one person, by the grammar of the clause.

- One victim: a person in the singular, indefinite ("a police officer was killed",
  "killing a guard", "14 civilians, five soldiers and a guard were killed", "another
  officer died").
- One person named and wounded: "the minister John Roe was stabbed".
- One attacker dead: an attacker noun in the singular whose clause kills it ("the
  gunman was shot dead", "the bomber died"); a reflexive killing ("the gunman then
  killed himself", "blew himself up"); a suicide ("committed suicide", "took his own
  life", "a self-inflicted gunshot wound" with a death); the police or the army
  killing "him" or "her" ("police arrived and shot him dead"), or "them" after the text
  counted the attackers ("two gunmen ... police killed them"); a suicide bomber; an
  attacker included in a figure ("22 were killed, including the gunman").
- None: "no one was killed", "there were no fatalities", "no deaths were reported".

A plural without a number ("the attackers were killed") gives no figure: it has no
value. Each count is returned as the token that stands for the person and its
(kind, subgroup).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from incidents.extraction.casualties import roles
from incidents.extraction.casualties.words import (
    INJURED,
    KILLED,
    NOT_PEOPLE,
    PERSON_NOUNS,
    TOLL_DEATH_WORDS,
    TOLL_INJURY_WORDS,
    TOLL_NOUNS,
)

_REFLEXIVE = {"himself", "herself"}
_ONE_PERSON = {"him", "her"}
_SEVERAL_PEOPLE = {"them"}
# "a married couple", "the couple": two people.
_PAIRS = {"couple", "pair", "duo"}
_DEATH_WORDS = {"dead", "died", "dies", "killed", "death"}


@dataclass(frozen=True)
class ImplicitCount:
    token: Token  # the word that stands for the person
    kind: str  # "" for a part of the figure before it
    subgroup: str
    value: int = 1
    increment: bool = False  # "another victim died": one more than a count given before


def implicit_counts(sentence: SpacySpan) -> Iterator[ImplicitCount]:
    """Every count of one in the sentence that no numeral writes."""
    words = {t.lower_ for t in sentence}
    for token in sentence:
        count = (
            _one_victim(token)
            or _one_attacker(token)
            or _named_victim(token)
            or _suicide(token, words)
            or _suicide_bomber(token)
            or _included_attacker(token)
            or _none(token)
        )
        if count is not None:
            yield count


def _one_victim(noun: Token) -> ImplicitCount | None:
    if noun.tag_ != "NN" or not _indefinite(noun) or roles.is_attacker(noun):
        return None
    if noun.lower_ not in PERSON_NOUNS and not _is_person(noun):
        return None
    if roles.phrase_head(noun).dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return None  # "the oldest fatality was a woman in her 70s" describes, it does not count
    found = roles.role_kind(noun)
    if found is None:
        return None
    another = any(c.dep_ == "det" and c.lower_ == "another" for c in noun.children)
    return ImplicitCount(noun, found[0], "", increment=another)


def _named_victim(name: Token) -> ImplicitCount | None:
    """ "The minister John Roe was stabbed": one person, named, wounded in the attack.

    Only the wounded: a named person killed is as often a suspect killed later ("was
    killed in an encounter") as a victim, and victims' names are read out in lists.
    """
    head = roles.phrase_head(name)
    if name.ent_type_ != "PERSON" or head.dep_ != "nsubjpass" or _named_attacker(name):
        return None
    if head.i > head.head.i or (head is not name and head.pos_ not in ("NOUN", "PROPN")):
        return None  # "all three are injured: Jane Roe, 20": one of a count already given
    found = roles.role_kind(name)
    if found is not None:
        return ImplicitCount(name, INJURED, "") if found[0] == INJURED else None
    verb = head.head
    survived = not any(t.lower_ in _DEATH_WORDS for t in verb.subtree)
    return ImplicitCount(name, INJURED, "") if verb.lemma_ in _WOUNDING and survived else None


_WOUNDING = {"stab", "shoot"}  # "was stabbed", "was shot": wounded, unless it says dead


def _named_attacker(name: Token) -> bool:
    """ "The gunman, John Roe, was shot": the name stands for an attacker."""
    described = [name.head] if name.dep_ == "appos" else []
    described += [c for c in name.children if c.dep_ in ("appos", "compound", "amod")]
    return any(roles.is_attacker(t) for t in described)


def _one_attacker(token: Token) -> ImplicitCount | None:
    if token.lower_ in _REFLEXIVE and token.dep_ == "dobj" and _kills_or_blows_up(token.head):
        return ImplicitCount(token, KILLED, "attackers")
    if token.lower_ in _ONE_PERSON | _SEVERAL_PEOPLE and token.dep_ == "dobj":
        found = roles.role_kind(token)
        if found and found[0] == KILLED and roles.killed_by_security(token):
            value = 1 if token.lower_ in _ONE_PERSON else _attackers_named_before(token)
            return ImplicitCount(token, KILLED, "attackers", value=value) if value else None
    if token.tag_ == "NN" and roles.is_attacker(token) and token.dep_ in ("nsubj", "nsubjpass"):
        found = roles.role_kind(token)
        if found and found[0] == KILLED:
            return ImplicitCount(token, KILLED, "attackers")
    return None


def _attackers_named_before(token: Token) -> int:
    """How many attackers the text counted before "police killed them": the last
    "two gunmen", "the perpetrators, A and B," or "a couple" ahead of it; 0 if none."""
    for noun in reversed(token.doc[: token.i]):
        if roles.is_attacker(noun):
            counted = _counted(noun)
            if counted:
                return counted
        elif noun.lemma_.lower() in _PAIRS and noun.pos_ == "NOUN":
            return 2
    return 0


def _counted(attackers: Token) -> int:
    numbers = [c for c in attackers.children if c.dep_ == "nummod" and c.like_num]
    if numbers:
        return _small_number(numbers[0])
    names = [c for c in attackers.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
    if names:
        return 1 + sum(1 for c in names[0].conjuncts if c.ent_type_ == "PERSON")
    return 0


_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}


def _small_number(number: Token) -> int:
    if number.text.isdigit():
        return int(number.text)
    return _NUMBER_WORDS.get(number.lower_, 0)


def _suicide(token: Token, words: set[str]) -> ImplicitCount | None:
    """ "committed suicide", "took his own life", "a self-inflicted gunshot wound" """
    head = token.head
    committed = token.lower_ == "suicide" and token.dep_ == "dobj" and head.lemma_ == "commit"
    own_life = (
        token.lower_ == "life"
        and head.lemma_ == "take"
        and any(c.lower_ == "own" for c in token.children)
    )
    inflicted = token.lower_ == "self-inflicted" or (
        token.lower_ == "self" and token.i + 1 < len(token.doc) and token.nbor(1).lower_ == "-"
    )
    if committed or own_life or (inflicted and words & _DEATH_WORDS):
        return ImplicitCount(token, KILLED, "attackers")
    return None


def _suicide_bomber(noun: Token) -> ImplicitCount | None:
    """ "a suicide bomber", "the suicide bomber": one attacker who died in the attack."""
    if noun.lower_ != "bomber" or not any(c.lower_ == "suicide" for c in noun.children):
        return None
    return ImplicitCount(noun, KILLED, "attackers")


def _included_attacker(noun: Token) -> ImplicitCount | None:
    """ "22 people were killed, including the gunman": one attacker among the figure."""
    if noun.tag_ != "NN" or not roles.is_attacker(noun) or noun.dep_ != "pobj":
        return None
    return ImplicitCount(noun, "", "attackers") if noun.head.lower_ == "including" else None


def _none(token: Token) -> ImplicitCount | None:
    """ "no fatalities", "no deaths", "no one was killed", "nobody was injured" """
    noun = token.head if token.lower_ == "no" and token.dep_ == "det" else None
    if noun is not None and noun.lower_ in TOLL_DEATH_WORDS:
        return ImplicitCount(token, KILLED, "", value=0)
    if noun is not None and noun.lower_ in TOLL_INJURY_WORDS:
        return ImplicitCount(token, INJURED, "", value=0)
    after_no = token.i > 0 and token.nbor(-1).lower_ == "no"
    nobody = token.lower_ == "nobody" or (token.lower_ == "one" and after_no)
    found = roles.role_kind(token) if nobody and token.dep_ in ("nsubj", "nsubjpass") else None
    return ImplicitCount(token, found[0], "", value=0) if found else None


def _indefinite(noun: Token) -> bool:
    children = list(noun.children)
    if any(c.dep_ == "nummod" for c in children):
        return False  # a numeral counts it; the numeral rules read it
    return any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in children)


def _is_person(noun: Token) -> bool:
    """A singular noun for a person: "policewoman", "worshipper", "bystander"."""
    if noun.lower_ in TOLL_NOUNS or noun.lower_ in NOT_PEOPLE:
        return False
    return noun.lower_.endswith(("man", "woman", "er", "ist", "ian", "ee", "ant"))


def _kills_or_blows_up(verb: Token) -> bool:
    if verb.lemma_.lower() == "blow":
        return any(c.lower_ == "up" for c in verb.children)
    if verb.lemma_.lower() == "shoot":
        return True  # "shot himself"
    found = roles.role_kind(next(c for c in verb.children if c.dep_ == "dobj"))
    return found is not None and found[0] == KILLED
