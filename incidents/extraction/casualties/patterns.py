"""How a count in a sentence becomes a casualty figure: the word patterns around it.

`read_count` looks at the tokens around one number and says which kinds of
casualty it counts, if any, and which noun it counts ("children", "gunmen").
The patterns, tried in this order (the first that fits wins):

1. "..., including four perpetrators": a part of the figure just before it, same kind.
2. verb before: "killing at least 137 people", "arrested 11 people", "killing and
   wounding hundreds".
3. noun before: "the death of 40 individuals", "the arrest of four people",
   "the death toll ... rose to 115".
4. after the counted noun: "145 were injured", "six children were killed",
   "60 people dead", "609 injured", "134 fatalities", "hundreds of casualties".
5. the count's role in its clause (`roles`): "two of the victims died", "the toll
   stood at 27", "officials put the wounded at 130".
6. a part of the figure before it with no verb of its own: "nine of them children",
   "among them 6 foreign tourists", "9 in the church".
7. perpetrators: "Four terrorists carried out ...", "four individuals were involved",
   "up to four individuals, carrying assault rifles".

A count must count people: the counted noun, when there is one, must name people
("70 ambulance crews" and "30 provinces" are not casualties).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from incidents.extraction.casualties import roles
from incidents.extraction.casualties.words import (
    AFTER,
    ARMED,
    ATTACKER_NOUNS,
    BOTH,
    CLAUSE_VERBS,
    DEFINITE,
    DETAINED,
    FATAL_WOUND,
    FILLER,
    HELD_IN,
    HOSTAGES,
    INJURED,
    KILLED,
    LIST_WORDS,
    NOT_PEOPLE,
    NOUN_OF,
    PART_PRONOUNS,
    PERPETRATORS,
    PERSON_NOUNS,
    SKIP_BEFORE,
    TOLL_LINK,
    VERB_BEFORE,
    VIOLENT_DEATH,
    WHOLES,
    WOUNDS,
)


@dataclass(frozen=True)
class Reading:
    """What one count in a sentence counts."""

    kinds: tuple[str, ...]
    noun: Token | None  # the counted noun, if the text names one
    trigger: Token | None  # the word that says what happened to them
    inherits: bool = False  # a part of the figure before it ("including ...")
    places: tuple[Token, ...] = ()  # countries a listed count comes from ("two from Kyrgyzstan")
    each: bool = False  # "one each from A, B and C": one figure per place
    subgroup: str = ""  # when the clause, not the counted noun, says which part it is


def read_count(sentence: SpacySpan, first: int, last: int) -> Reading | None:
    """The reading of the count whose tokens are first..last (doc indices) in the sentence."""
    noun, after = _counted_noun(sentence, last)
    if noun is not None and not _is_people(noun):
        return None
    if noun is not None and noun.lower_ in AFTER and sentence.doc[last + 1].lower_ == "of":
        # "One of the injured died": the injured are the whole; the clause says what
        # happened to this part.
        reading = _by_role(sentence, last, noun, after)
        if reading:
            return Reading(kinds=reading.kinds, noun=None, trigger=reading.trigger)
        reading = _described_part(sentence.doc[last], noun)
        if reading:
            return reading
    for rule in (_including, _verb_before, _noun_before):
        reading = rule(sentence, first, noun)
        if reading:
            return reading
    for rule in (_after_noun, _listed, _clause, _by_role, _part_of_whole):
        reading = rule(sentence, last, noun, after)
        if reading:
            return reading
    return _perpetrators(sentence, last, noun, after)


def shared_reading(sentence: SpacySpan, last: int, neighbour: Reading) -> Reading | None:
    """A count coordinated with a read one shares its kinds: "killed 19 children and two
    adults", "19 children and two teachers killed"."""
    noun, _ = _counted_noun(sentence, last)
    if neighbour.inherits or PERPETRATORS in neighbour.kinds or neighbour.places:
        return None
    if noun is not None and not _is_people(noun):
        return None
    return Reading(kinds=neighbour.kinds, noun=noun, trigger=neighbour.trigger)


def _counted_noun(sentence: SpacySpan, last: int) -> tuple[Token | None, int]:
    """The noun a count counts ("40 people", "six of the gunmen", "120 injured people")
    and the index of the first token after the noun phrase."""
    doc, end = sentence.doc, sentence.end
    i = _after_partitive(doc, last + 1, end)
    noun = None
    for _ in range(5):
        if i >= end:
            break
        token, word = doc[i], doc[i].lower_
        if word in AFTER and noun is not None and noun.lower_ not in AFTER:
            break
        if word in PERSON_NOUNS or word in ATTACKER_NOUNS or token.pos_ in ("NOUN", "PROPN"):
            noun = token
        elif not (
            token.pos_ == "ADJ" or word in ("-", "'s", "’s", "other", "additional", "further")
        ):
            break
        i += 1
    return noun, i


def _after_partitive(doc, i: int, end: int) -> int:
    """Skip "of the" in "six of the gunmen" and "of" in "hundreds of casualties"."""
    if i + 1 >= end or doc[i].lower_ != "of":
        return i
    following = doc[i + 1]
    if following.lower_ in ("the", "its", "their", "his", "her", "our"):
        return i + 2
    if following.lower_ in ("them", "those", "whom") or following.pos_ in ("NOUN", "ADJ"):
        return i + 1
    return i


def _is_people(noun: Token) -> bool:
    word = noun.lower_
    if word in PERSON_NOUNS or word in ATTACKER_NOUNS or noun.ent_type_ == "NORP":
        return True
    if word in NOT_PEOPLE:
        return False
    # Any other plural noun may count people ("classmates", "schoolgirls"): a figure
    # still needs a word saying what happened to them.
    return noun.tag_ == "NNS" or roles.names_people(noun)


def _including(sentence: SpacySpan, first: int, noun: Token | None) -> Reading | None:
    doc, i = sentence.doc, first - 1
    while i > sentence.start and doc[i].lower_ in DEFINITE:
        i -= 1
    if i <= sentence.start or doc[i].lower_ != "including":
        return None
    return Reading(kinds=(), noun=noun, trigger=doc[i], inherits=True)


def _verb_before(sentence: SpacySpan, first: int, noun: Token | None) -> Reading | None:
    doc, i = sentence.doc, first - 1
    while i > sentence.start and doc[i].lower_ in SKIP_BEFORE:
        i -= 1
    kinds, trigger = [], None
    while i >= sentence.start and doc[i].lower_ in VERB_BEFORE:
        kinds.insert(0, VERB_BEFORE[doc[i].lower_])
        trigger = trigger or doc[i]
        if i - 1 > sentence.start and doc[i - 1].lower_ in ("and", "or", ","):
            i -= 2
        else:
            break
    if not kinds:
        return None
    return Reading(kinds=tuple(dict.fromkeys(kinds)), noun=noun, trigger=trigger)


def _noun_before(sentence: SpacySpan, first: int, noun: Token | None) -> Reading | None:
    doc, i = sentence.doc, first - 1
    while i > sentence.start and doc[i].lower_ in SKIP_BEFORE - {"of"}:
        i -= 1
    if i > sentence.start and doc[i].lower_ == "of" and doc[i - 1].lower_ in NOUN_OF:
        return Reading(kinds=(NOUN_OF[doc[i - 1].lower_],), noun=noun, trigger=doc[i - 1])
    return _toll(sentence, first, noun)


def _toll(sentence: SpacySpan, first: int, noun: Token | None) -> Reading | None:
    """ "the death toll (of the attack) rose to 115" """
    doc = sentence.doc
    for i in range(first - 1, max(sentence.start, first - 10) - 1, -1):
        word = doc[i].lower_
        if word == "toll":
            injury = i > sentence.start and doc[i - 1].lower_ in ("injury", "casualty")
            return None if injury else Reading(kinds=(KILLED,), noun=noun, trigger=doc[i])
        if doc[i].like_num or word in (".", ";", "and"):
            return None
        if word not in TOLL_LINK and doc[i].pos_ not in ("DET", "ADJ", "NOUN", "PROPN", "ADP"):
            return None
    return None


def _after_noun(sentence: SpacySpan, last: int, noun: Token | None, after: int) -> Reading | None:
    if noun is not None and noun.lower_ in BOTH:
        return Reading(kinds=(KILLED, INJURED), noun=None, trigger=noun)
    if noun is not None and noun.lower_ in AFTER and noun.lower_ not in ("hostages",):
        return Reading(kinds=(AFTER[noun.lower_],), noun=None, trigger=noun)
    doc, fatal = sentence.doc, False
    for token in doc[last + 1 : after]:
        if token.lower_ in AFTER and token != noun:
            return Reading(kinds=(AFTER[token.lower_],), noun=noun, trigger=token)
    for i in range(after, min(sentence.end, after + 6)):
        word = doc[i].lower_
        fatal = fatal or word in ("fatally", "mortally")
        if (fatal and word in FATAL_WOUND) or (word in VIOLENT_DEATH and _to_death(doc, i)):
            return Reading(kinds=(KILLED,), noun=noun, trigger=doc[i])
        if word in AFTER:
            return Reading(kinds=(AFTER[word],), noun=noun, trigger=doc[i])
        if word not in FILLER and doc[i].pos_ != "ADV":
            break
    if noun is not None and noun.lower_ == "hostages":
        return Reading(kinds=(HOSTAGES,), noun=None, trigger=noun)
    return None


def _by_role(sentence: SpacySpan, last: int, noun: Token | None, after: int) -> Reading | None:
    number = sentence.doc[last]
    found = roles.role_kind(number, sentence)
    if found is None:
        return None
    site = _site(sentence.doc, last, sentence.end) if noun is None else None
    return Reading(kinds=(found[0],), noun=noun, trigger=found[1], subgroup=site or "")


def _part_of_whole(
    sentence: SpacySpan, last: int, noun: Token | None, after: int
) -> Reading | None:
    """A part of the count before it, with no verb of its own: "nine of them children",
    "among them 6 foreign tourists", "25 of them critically", "9 in the church"."""
    doc = sentence.doc
    following = doc[last + 1 : min(sentence.end, last + 3)]
    before = doc[max(sentence.start, last - 2) : last]
    of_them = [t.lower_ for t in following] in (["of", w] for w in PART_PRONOUNS)
    among_them = [t.lower_ for t in before][-2:] in (["among", w] for w in PART_PRONOUNS)
    verb = doc[last + 3] if of_them and last + 3 < sentence.end else None
    if verb is not None and verb.pos_ in ("VERB", "AUX") and verb.lemma_ != "be":
        return None  # "eight of them appearing in court": a clause of their own
    if of_them or among_them:
        after_of = last + 4 if verb is not None and verb.lemma_ == "be" else last + 3
        part = noun or _noun_after(doc, after_of, sentence.end)
        return Reading(kinds=(), noun=part, trigger=doc[last], inherits=True)
    site = _site(doc, last, sentence.end) if noun is None else None
    if site is not None:
        return Reading(kinds=(), noun=None, trigger=doc[last], inherits=True, subgroup=site)
    return _described_part(doc[last], noun)


def _described_part(number: Token, whole: Token | None) -> Reading | None:
    """ "Three of the dead were police officers", "two of the victims were children":
    a part of the dead, the injured or the victims, described by a copula."""
    if whole is None or whole.lower_ not in WHOLES or number.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if number.head.lemma_ != "be" or not any(c.dep_ == "prep" for c in number.children):
        return None
    part = next((c for c in number.head.children if c.dep_ == "attr"), None)
    if whole.lower_ in AFTER:
        return Reading(kinds=(AFTER[whole.lower_],), noun=part, trigger=whole)
    return Reading(kinds=(), noun=part, trigger=whole, inherits=True)


def _noun_after(doc, i: int, end: int) -> Token | None:
    """ "children" in "nine of them children" """
    return doc[i] if i < end and doc[i].pos_ == "NOUN" else None


def _site(doc, last: int, end: int) -> str | None:
    """ "9 in the church": the place a bare count stands for."""
    if last + 2 >= end or doc[last + 1].lower_ not in ("in", "at", "inside"):
        return None
    place = next((c for c in doc[last + 1].children if c.dep_ == "pobj"), None)
    if place is None or place.pos_ != "NOUN":
        return None
    return doc[place.left_edge.i : place.i + 1].text.removeprefix("the ")


def _perpetrators(sentence: SpacySpan, last: int, noun: Token | None, after: int) -> Reading | None:
    """A number of attackers; not "the four attackers" (known), nor "one of the attackers"."""
    if noun is None or _has_definite_determiner(noun) or _is_part(sentence, last, noun):
        return None
    if noun.tag_ != "NNS" or not roles.names_people(noun):
        return None  # "one attacker had been identified as ..." names, it does not count
    if noun.lower_ in ATTACKER_NOUNS:
        return Reading(kinds=(PERPETRATORS,), noun=None, trigger=noun)
    doc = sentence.doc
    for i in range(after, min(sentence.end, after + 4)):
        if doc[i].lower_ in ARMED:
            return Reading(kinds=(PERPETRATORS,), noun=None, trigger=doc[i])
        if doc[i].lower_ not in FILLER and doc[i].text != ",":
            break
    return None


def _is_part(sentence: SpacySpan, last: int, noun: Token) -> bool:
    words = {t.lower_ for t in sentence.doc[last : noun.i + 1]}
    return bool(words & {"of", "more", "another", "other"})


def _to_death(doc, i: int) -> bool:
    """ "shot dead", "stabbed to death" """
    following = " ".join(t.lower_ for t in doc[i + 1 : i + 3])
    return following.startswith(("dead", "to death"))


def _listed(sentence: SpacySpan, last: int, noun: Token | None, after: int) -> Reading | None:
    """Counts by country: "Three citizens of Belarus, two from Kyrgyzstan, and one each
    from Moldova, Armenia and Azerbaijan were among those killed"."""
    doc, places = sentence.doc, []
    each = last + 1 < sentence.end and doc[last + 1].lower_ == "each"
    for i in range(last + 1, min(sentence.end, last + 30)):
        token = doc[i]
        if token.ent_type_ in ("GPE", "NORP"):
            if token.ent_iob_ == "B" and (not places or each):
                places.append(token)
            continue
        if token.lower_ in AFTER and places:
            return Reading(kinds=(AFTER[token.lower_],), noun=noun, trigger=token,
                           places=tuple(places), each=each)  # fmt: skip
        if token.lower_ not in LIST_WORDS and not token.like_num:
            return None
    return None


def _clause(sentence: SpacySpan, last: int, noun: Token | None, after: int) -> Reading | None:
    """The count's noun is the subject of a clause that says what happened to them:
    "three more suspects appeared in court and were placed in pre-trial detention",
    "Four Tajik citizens have been accused of carrying out the massacre"."""
    if noun is None or noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verbs = [noun.head, *(c for c in noun.head.children if _shares_subject(c))]
    for verb in verbs:
        if verb.lemma_ in CLAUSE_VERBS:
            return Reading(kinds=(CLAUSE_VERBS[verb.lemma_],), noun=noun, trigger=verb)
        if any(t.lower_ in HELD_IN and t.head.lower_ in ("in", "into") for t in verb.subtree):
            return Reading(kinds=(DETAINED,), noun=noun, trigger=verb)
        if verb.lemma_ == "treat" and any(t.lower_ in WOUNDS for t in verb.subtree):
            return Reading(kinds=(INJURED,), noun=noun, trigger=verb)
        if _carries_out(verb) and roles.names_people(noun) and not _has_definite_determiner(noun):
            return Reading(kinds=(PERPETRATORS,), noun=None, trigger=verb)
    return None


def _shares_subject(verb: Token) -> bool:
    """ "were arrested and placed in detention"; not "lost their lives and 17 others were
    injured", whose second verb has a subject of its own."""
    if verb.dep_ != "conj" or verb.pos_ != "VERB":
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _has_definite_determiner(noun: Token) -> bool:
    return any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE | {"'s"} for c in noun.children)


def _carries_out(verb: Token) -> bool:
    """ "carried out the attack", "accused of carrying out the massacre" """
    for token in verb.subtree:
        if token.lemma_ == "carry" and any(c.lower_ == "out" for c in token.children):
            return True
    return False
