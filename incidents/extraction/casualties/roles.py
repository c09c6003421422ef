"""What a count counts, from its place in the clause (spaCy's dependency parse).

The word patterns of `patterns` read the words next to a count; these rules read
the clause around it, so they hold however the sentence is ordered:

- the counted phrase is the subject of a casualty verb: "two of the victims died",
  "four of whom were injured", "seven of whom suffered serious injuries", "14
  civilians, five soldiers and a guard were killed" (every conjunct of a list takes
  the list's role);
- it is the object of one: "murdered nine worshippers", "police shot the two
  brothers dead", "we lost 23 souls";
- it is what a toll comes to: the toll as subject or object of the clause that
  holds the count ("the toll stood at 27", "the number of dead rose to 41",
  "officials now put the wounded at 130", "revised the toll from 52 to 47",
  "brought the injury total to 851", "estimated death tolls exceeded 100", "the
  confirmed deaths are fourteen civilians", "a death toll of 27").

The phrase's head is the counted noun when the count modifies one ("nine
worshippers"), else the count itself ("at 130"). A figure of people shot dead by
the police or the army is the attackers'.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from incidents.extraction.casualties.words import (
    AFTER,
    ATTACKER_NOUNS,
    DIE_LEMMAS,
    INJURE_LEMMAS,
    INJURED,
    KILL_LEMMAS,
    KILLED,
    LOSS_OBJECTS,
    NOT_PEOPLE,
    PERSON_NOUNS,
    SECURITY_NOUNS,
    TOLL_DEATH_WORDS,
    TOLL_INJURY_WORDS,
    TOLL_NOUNS,
    VIOLENT_DEATH,
    WOUNDS,
)

_SUBJECTS = ("nsubj", "nsubjpass")
_NOMINAL = ("NOUN", "PROPN", "NUM", "PRON")
_COPULAS = {"be", "stand", "remain"}
_TOLL_PREPOSITIONS = {"to", "at", "from", "of", "around", "near"}
_CARE_VERBS = {"take", "rush", "admit", "treat", "airlift", "fly", "transport", "hospitalize"}
_SELF_EVIDENT_CARE = {"hospitalize", "hospitalise"}
_NOT_A_TOLL = {"identify", "name", "bury", "repatriate", "honour", "honor", "mourn"}
_INJURY_VERBS = {"suffer", "sustain", "receive"}  # "... suffered serious injuries"


def phrase_head(number: Token) -> Token:
    """The head of the counted phrase: the counted noun, or the count itself."""
    token = number.head if number.dep_ == "nummod" else number
    while token.dep_ in ("conj", "appos") and token.head.pos_ in _NOMINAL:
        token = token.head  # a list's parts take the role of its first part
    return token


def role_kind(number: Token, sentence: SpacySpan | None = None) -> tuple[str, Token] | None:
    """(kind, the word that says so) from the role of the phrase holding `number`."""
    head = phrase_head(number)
    governor = head.head
    if sentence is not None and _misattached(head, sentence):
        return _orphan_kind(head, sentence)
    if head.dep_ in _SUBJECTS:
        return _subject_kind(head.dep_ == "nsubjpass", governor)
    relative = _relative_clause(head)
    if relative is not None:
        return relative
    if head.dep_ in ("dobj", "oprd"):
        return _object_kind(head, governor)
    if not _bare_or_people(head):
        return None  # "the injured were taken to 3 hospitals" counts no toll
    if head.dep_ == "pobj" and governor.lower_ in _TOLL_PREPOSITIONS:
        return _toll_of_clause(_clause_of(governor))
    if head.dep_ in ("attr", "acomp") and governor.lemma_ in _COPULAS:
        return _toll_of_clause(governor)
    return None


def _bare_or_people(head: Token) -> bool:
    """What a toll comes to is a bare count ("rose to 41") or a count of people."""
    return head.pos_ == "NUM" or names_people(head)


def names_people(noun: Token) -> bool:
    """Strictly a word for people: what a count of perpetrators must be made of."""
    word = noun.lower_
    if word in PERSON_NOUNS or word in ATTACKER_NOUNS or noun.ent_type_ == "NORP":
        return True
    return word not in NOT_PEOPLE and word.endswith(("ers", "ists", "ians", "ees", "men", "ren"))


def _misattached(head: Token, sentence: SpacySpan) -> bool:
    """The small model sometimes hangs a line's first phrase on the line above, or makes
    a count a conjunct of the verb before it ("died ...; around twenty more ... were
    injured")."""
    outside = not sentence.start <= head.head.i < sentence.end
    return outside or (head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX"))


def _orphan_kind(head: Token, sentence: SpacySpan) -> tuple[str, Token] | None:
    """A misattached phrase is the subject of the main verb that follows it."""
    verb = next(
        (
            t
            for t in sentence.doc[head.i + 1 : sentence.end]
            if t.pos_ == "VERB"
            and (t.dep_ == "ROOT" or not sentence.start <= t.head.i < sentence.end)
        ),
        None,
    )
    if verb is None or any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    return _subject_kind(any(c.dep_ == "auxpass" for c in verb.children), verb)


def _main(verb: Token, sentence: SpacySpan) -> bool:
    return verb.dep_ == "ROOT" or not sentence.start <= verb.head.i < sentence.end


def _relative_clause(head: Token) -> tuple[str, Token] | None:
    """ "ten people who were killed", "ten people whose lives were taken" """
    for clause in (c for c in head.children if c.dep_ == "relcl"):
        subject = next((c for c in clause.children if c.dep_ in _SUBJECTS), None)
        if subject is None:
            continue
        if subject.lower_ in ("who", "that", "which"):
            return _subject_kind(subject.dep_ == "nsubjpass", clause)
        if subject.lower_ in ("lives", "life") and clause.lemma_.lower() in (
            "take",
            "claim",
            "lose",
        ):
            return KILLED, clause
    return None


def counts_something_else(number: Token) -> bool:
    """ "134 fatalities had been identified", "12 victims were buried": the clause counts
    what was done for the dead, not the toll (the identified are a part of it)."""
    head = phrase_head(number)
    return head.dep_ == "nsubjpass" and head.head.lemma_.lower() in _NOT_A_TOLL


def killed_by_security(number: Token) -> bool:
    """ "police shot the two brothers dead": the subject is the police, the army."""
    head = phrase_head(number)
    verb = head.head
    if head.dep_ in ("dobj", "oprd"):
        agents = [c for c in verb.children if c.dep_ == "nsubj"]
        if not agents and verb.dep_ == "conj":  # "police arrived and shot him dead"
            agents = [c for c in verb.head.children if c.dep_ == "nsubj"]
    elif head.dep_ == "nsubjpass":
        by = [c for c in verb.children if c.dep_ == "agent"]
        agents = [g for b in by for g in b.children if g.dep_ == "pobj"]
    else:
        return False
    return any(a.lemma_.lower() in SECURITY_NOUNS or a.lower_ in SECURITY_NOUNS for a in agents)


def _subject_kind(passive: bool, verb: Token) -> tuple[str, Token] | None:
    for candidate in _coordinated_verbs(verb):
        lemma = candidate.lemma_.lower()
        if passive and _kills(candidate):
            return KILLED, candidate
        if passive and lemma in INJURE_LEMMAS:
            return INJURED, candidate
        if not passive and lemma in DIE_LEMMAS:
            return KILLED, candidate
        if lemma in _INJURY_VERBS and _has_object(candidate, WOUNDS):
            return INJURED, candidate
        if lemma in ("lose", "give") and _has_object(candidate, {"lives", "life"}):
            return KILLED, candidate
        if lemma in _COPULAS:
            state = _complement(candidate)
            if state is not None:
                return state
        if _in_hospital(candidate, passive):
            return INJURED, candidate
    return None


def _in_hospital(verb: Token, passive: bool) -> bool:
    """ "were taken to hospital", "were treated in hospital", "remain in critical
    condition": the injured, by what was done for them."""
    lemma = verb.lemma_.lower()
    places = [g.lower_ for p in verb.children if p.dep_ == "prep" for g in p.children]
    if lemma in _COPULAS and "condition" in places:
        return True
    if passive and lemma in _SELF_EVIDENT_CARE:
        return True  # "was hospitalized": no place needed
    return passive and lemma in _CARE_VERBS and bool({"hospital", "hospitals"} & set(places))


def _object_kind(obj: Token, verb: Token) -> tuple[str, Token] | None:
    lemma = verb.lemma_.lower()
    if _kills(verb):
        return KILLED, verb
    if lemma in INJURE_LEMMAS:
        return INJURED, verb
    if lemma == "lose" and (obj.lemma_.lower() in LOSS_OBJECTS or obj.lower_ in LOSS_OBJECTS):
        return KILLED, verb  # "we lost 23 souls"
    return _toll_of_clause(verb) if _bare_or_people(obj) else None


def _kills(verb: Token) -> bool:
    """ "killed", "murdered", "shot dead", "stabbed to death", "fatally shot" """
    lemma = verb.lemma_.lower()
    if lemma in KILL_LEMMAS or verb.lower_ in KILL_LEMMAS:
        return True
    if verb.lower_ not in VIOLENT_DEATH and lemma not in VIOLENT_DEATH:
        return False
    return any(
        c.lower_ in ("dead", "fatally", "mortally")
        or (c.lower_ == "to" and any(g.lower_ == "death" for g in c.children))
        for c in verb.children
    )


def _complement(copula: Token) -> tuple[str, Token] | None:
    """ "were dead", "remain hospitalised", "are still missing" """
    for child in copula.children:
        if child.dep_ in ("acomp", "attr") and child.lower_ in AFTER:
            return AFTER[child.lower_], child
    return None


def _coordinated_verbs(verb: Token) -> list[Token]:
    """The verb and the verbs joined to it: "were shot and killed"."""
    return [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]


def _has_object(verb: Token, words: set[str]) -> bool:
    return any(c.dep_ == "dobj" and c.lower_ in words for c in verb.children)


def _clause_of(preposition: Token) -> Token:
    """The word a chain of prepositions hangs from: "rose to", "revised ... from 52 to 47"."""
    token = preposition.head
    while token.dep_ == "prep" and token.pos_ == "ADP" and token.head != token:
        token = token.head
    return token


def _toll_of_clause(word: Token) -> tuple[str, Token] | None:
    """The toll a clause speaks of: its subject or object ("the toll rose to", "put the
    wounded at"), or the word itself when it is the toll ("a death toll of 27")."""
    if word.pos_ in ("NOUN", "PROPN"):
        kind = toll_kind(word)
        return (kind, word) if kind else None
    for child in word.children:
        if child.dep_ in (*_SUBJECTS, "dobj"):
            kind = toll_kind(child)
            if kind:
                return kind, child
    return None


def toll_kind(noun: Token) -> str | None:
    """What a toll noun counts: "the death toll", "the number of dead", "the wounded",
    "the injury total", "deaths"; None for other nouns."""
    word = noun.lower_
    if word in TOLL_DEATH_WORDS:
        return KILLED
    if word in TOLL_INJURY_WORDS:
        return INJURED
    if noun.lemma_.lower() not in TOLL_NOUNS and word not in TOLL_NOUNS:
        return None
    for modifier in _modifiers(noun):
        if modifier.lower_ in TOLL_DEATH_WORDS or modifier.lemma_.lower() in KILL_LEMMAS:
            return KILLED
        if modifier.lower_ in TOLL_INJURY_WORDS or modifier.lemma_.lower() in INJURE_LEMMAS:
            return INJURED
        if modifier.lower_ in ("casualty", "casualties"):
            return None  # killed and injured together: not one kind
    return KILLED if noun.lemma_.lower() == "toll" else None


def _modifiers(noun: Token) -> list[Token]:
    """ "death" in "death toll", "dead" in "number of dead", "killed" in "number of
    people killed" """
    found = []
    for child in noun.children:
        if child.dep_ in ("compound", "amod", "acl"):
            found.append(child)
        elif child.dep_ == "prep" and child.lower_ == "of":
            for target in child.children:
                found.append(target)
                found.extend(c for c in target.children if c.dep_ in ("acl", "amod", "relcl"))
    return found


def is_attacker(noun: Token) -> bool:
    return noun.lower_ in ATTACKER_NOUNS or noun.lemma_.lower() in ATTACKER_NOUNS
