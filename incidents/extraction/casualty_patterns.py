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
5. perpetrators: "Four terrorists carried out ...", "four individuals were involved",
   "up to four individuals, carrying assault rifles".

A count must count people: the counted noun, when there is one, must name people
("70 ambulance crews" and "30 provinces" are not casualties).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

KILLED, INJURED, MISSING, HOSTAGES = "killed", "injured", "missing", "hostages"
DETAINED, RESCUED, PERPETRATORS = "detained", "rescued", "perpetrators"

_VERB_BEFORE = {
    **dict.fromkeys(("killing", "killed", "kills", "kill", "slaying", "murdering"), KILLED),
    **dict.fromkeys(
        ("injuring", "injured", "injures", "wounding", "wounded", "wounds", "hurting"), INJURED
    ),
    **dict.fromkeys(
        ("arrested", "arresting", "arrests", "detained", "detaining", "detains", "apprehended",
         "apprehending", "captured", "capturing"),
        DETAINED,
    ),
    **dict.fromkeys(
        ("rescued", "rescuing", "rescue", "saved", "saving", "save", "evacuated", "evacuating",
         "freed", "freeing"),
        RESCUED,
    ),
}  # fmt: skip
_AFTER = {
    **dict.fromkeys(("killed", "dead", "died", "perished", "slain", "murdered", "deaths",
                     "fatalities", "lives", "bodies"), KILLED),
    **dict.fromkeys(
        ("injured", "wounded", "hurt", "hospitalized", "hospitalised", "injuries"), INJURED
    ),
    **dict.fromkeys(("missing", "unaccounted"), MISSING),
    **dict.fromkeys(("hostage", "hostages"), HOSTAGES),
    **dict.fromkeys(
        ("arrested", "detained", "apprehended", "captured", "arrests", "detainees"), DETAINED
    ),
    **dict.fromkeys(("rescued", "evacuated", "saved", "freed"), RESCUED),
}  # fmt: skip
_BOTH = ("casualties",)  # killed and injured together, as the text gives them
_NOUN_OF = {
    **dict.fromkeys(
        ("death", "deaths", "killing", "killings", "murder", "murders", "lives"), KILLED
    ),
    **dict.fromkeys(("arrest", "arrests", "detention"), DETAINED),
    **dict.fromkeys(("rescue", "evacuation"), RESCUED),
}
_FATAL_WOUND = {"shot", "wounded", "injured", "stabbed"}  # "fatally shot" is killed
_FILLER = {
    "were", "was", "is", "are", "be", "been", "being", "have", "has", "had", "reportedly", "also",
    "later", "fatally", "critically", "seriously", "severely", "mortally", "lightly", "slightly",
    "all", "now", "still", "confirmed", "believed", "feared", "reported", "said", "thought",
    "known", "to", "among", "those", "initially", "either", "both", "so", "far", "allegedly",
    "officially", "subsequently", "taken", "held", "left", "who", "that",
}  # fmt: skip
_SKIP_BEFORE = {"all", "a", "total", "of", "another", "an", "estimated", "some", "the"}
_TOLL_LINK = {
    "to",
    "at",
    "of",
    "reached",
    "hit",
    "is",
    "was",
    "stood",
    "stands",
    "climbed",
    "rose",
    "risen",
    "has",
    "had",
    "passed",
    "exceeded",
    "increased",
    "jumped",
    "now",
    "stand",
}
PERSON_NOUNS = {
    "people", "persons", "person", "individuals", "victims", "civilians", "children", "child",
    "kids", "minors", "teenagers", "teens", "students", "women", "men", "adults", "worshippers",
    "worshipers", "spectators", "attendees", "fans", "passengers", "pilgrims", "tourists",
    "residents", "citizens", "nationals", "foreigners", "officers", "policemen", "police",
    "soldiers", "troops", "servicemen", "guards", "personnel", "staff", "employees", "workers",
    "members", "others", "more", "hostages", "suspects", "patrons", "visitors", "boys", "girls",
    "babies", "infants", "pupils", "journalists", "guests", "revellers", "revelers", "crew",
    "concertgoers", "goers", "survivors", "bystanders", "pedestrians", "shoppers", "dead",
    "injured", "wounded", "detainees", "casualties", "fatalities", "lives", "bodies", "deaths",
}  # fmt: skip
ATTACKER_NOUNS = {
    "attackers", "assailants", "gunmen", "terrorists", "perpetrators", "shooters", "bombers",
    "hijackers", "militants", "gunman", "attacker", "assailant", "terrorist", "perpetrator",
}  # fmt: skip
_ARMED = {"carrying", "armed", "wielding", "brandishing", "involved"}
_DEFINITE = {"the", "these", "those", "its", "their", "his", "her", "our", "both", "'s", "’s"}
_NOT_PEOPLE = {
    "crews",
    "ambulances",
    "countries",
    "provinces",
    "operations",
    "years",
    "days",
    "hours",
    "minutes",
    "times",
    "cases",
    "attacks",
    "vehicles",
    "helicopters",
}


@dataclass(frozen=True)
class Reading:
    """What one count in a sentence counts."""

    kinds: tuple[str, ...]
    noun: Token | None  # the counted noun, if the text names one
    trigger: Token | None  # the word that says what happened to them
    inherits: bool = False  # a part of the figure before it ("including ...")
    places: tuple[Token, ...] = ()  # countries a listed count comes from ("two from Kyrgyzstan")
    each: bool = False  # "one each from A, B and C": one figure per place


def read_count(sentence: SpacySpan, first: int, last: int) -> Reading | None:
    """The reading of the count whose tokens are first..last (doc indices) in the sentence."""
    noun, after = _counted_noun(sentence, last)
    if noun is not None and not _is_people(noun):
        return None
    for rule in (_including, _verb_before, _noun_before):
        reading = rule(sentence, first, noun)
        if reading:
            return reading
    for rule in (_after_noun, _listed, _clause):
        reading = rule(sentence, last, noun, after)
        if reading:
            return reading
    return _perpetrators(sentence, last, noun, after)


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
        if word in _AFTER and noun is not None and noun.lower_ not in _AFTER:
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
    if word in _NOT_PEOPLE:
        return False
    return word.endswith(("ers", "ists", "ians", "ees", "goers", "men", "ren", "ors"))


def _including(sentence: SpacySpan, first: int, noun: Token | None) -> Reading | None:
    doc, i = sentence.doc, first - 1
    while i > sentence.start and doc[i].lower_ in _DEFINITE:
        i -= 1
    if i <= sentence.start or doc[i].lower_ != "including":
        return None
    return Reading(kinds=(), noun=noun, trigger=doc[i], inherits=True)


def _verb_before(sentence: SpacySpan, first: int, noun: Token | None) -> Reading | None:
    doc, i = sentence.doc, first - 1
    while i > sentence.start and doc[i].lower_ in _SKIP_BEFORE:
        i -= 1
    kinds, trigger = [], None
    while i >= sentence.start and doc[i].lower_ in _VERB_BEFORE:
        kinds.insert(0, _VERB_BEFORE[doc[i].lower_])
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
    while i > sentence.start and doc[i].lower_ in _SKIP_BEFORE - {"of"}:
        i -= 1
    if i > sentence.start and doc[i].lower_ == "of" and doc[i - 1].lower_ in _NOUN_OF:
        return Reading(kinds=(_NOUN_OF[doc[i - 1].lower_],), noun=noun, trigger=doc[i - 1])
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
        if word not in _TOLL_LINK and doc[i].pos_ not in ("DET", "ADJ", "NOUN", "PROPN", "ADP"):
            return None
    return None


def _after_noun(sentence: SpacySpan, last: int, noun: Token | None, after: int) -> Reading | None:
    if noun is not None and noun.lower_ in _BOTH:
        return Reading(kinds=(KILLED, INJURED), noun=None, trigger=noun)
    if noun is not None and noun.lower_ in _AFTER and noun.lower_ not in ("hostages",):
        return Reading(kinds=(_AFTER[noun.lower_],), noun=None, trigger=noun)
    doc, fatal = sentence.doc, False
    for token in doc[last + 1 : after]:
        if token.lower_ in _AFTER and token != noun:
            return Reading(kinds=(_AFTER[token.lower_],), noun=noun, trigger=token)
    for i in range(after, min(sentence.end, after + 6)):
        word = doc[i].lower_
        fatal = fatal or word in ("fatally", "mortally")
        if (fatal and word in _FATAL_WOUND) or (word == "shot" and _next_is(doc, i, "dead")):
            return Reading(kinds=(KILLED,), noun=noun, trigger=doc[i])
        if word in _AFTER:
            return Reading(kinds=(_AFTER[word],), noun=noun, trigger=doc[i])
        if word not in _FILLER and doc[i].pos_ != "ADV":
            break
    if noun is not None and noun.lower_ == "hostages":
        return Reading(kinds=(HOSTAGES,), noun=None, trigger=noun)
    return None


def _perpetrators(sentence: SpacySpan, last: int, noun: Token | None, after: int) -> Reading | None:
    """A number of attackers; not "the four attackers" (known), nor "one of the attackers"."""
    if noun is None or _has_definite_determiner(noun) or _is_part(sentence, last, noun):
        return None
    if noun.lower_ in ATTACKER_NOUNS:
        return Reading(kinds=(PERPETRATORS,), noun=None, trigger=noun)
    doc = sentence.doc
    for i in range(after, min(sentence.end, after + 4)):
        if doc[i].lower_ in _ARMED:
            return Reading(kinds=(PERPETRATORS,), noun=None, trigger=doc[i])
        if doc[i].lower_ not in _FILLER and doc[i].text != ",":
            break
    return None


def _is_part(sentence: SpacySpan, last: int, noun: Token) -> bool:
    words = {t.lower_ for t in sentence.doc[last : noun.i + 1]}
    return bool(words & {"of", "more", "another", "other"})


def _is_definite(sentence: SpacySpan, first: int) -> bool:
    return first > sentence.start and sentence.doc[first - 1].lower_ in _DEFINITE


def _next_is(doc, i: int, word: str) -> bool:
    return i + 1 < len(doc) and doc[i + 1].lower_ == word


_LIST_WORDS = {"from", "of", "each", "citizens", "nationals", "and", ",", "were", "was", "among",
               "those", "the", "people", "residents", "also", "including"}  # fmt: skip


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
        if token.lower_ in _AFTER and places:
            return Reading(kinds=(_AFTER[token.lower_],), noun=noun, trigger=token,
                           places=tuple(places), each=each)  # fmt: skip
        if token.lower_ not in _LIST_WORDS and not token.like_num:
            return None
    return None


_CLAUSE_VERBS = {
    "kill": KILLED,
    "die": KILLED,
    "injure": INJURED,
    "wound": INJURED,
    "arrest": DETAINED,
    "detain": DETAINED,
    "rescue": RESCUED,
    "evacuate": RESCUED,
}
_HELD_IN = {"detention", "custody"}


def _clause(sentence: SpacySpan, last: int, noun: Token | None, after: int) -> Reading | None:
    """The count's noun is the subject of a clause that says what happened to them:
    "three more suspects appeared in court and were placed in pre-trial detention",
    "Four Tajik citizens have been accused of carrying out the massacre"."""
    if noun is None or noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verbs = [noun.head, *(c for c in noun.head.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    for verb in verbs:
        if verb.lemma_ in _CLAUSE_VERBS:
            return Reading(kinds=(_CLAUSE_VERBS[verb.lemma_],), noun=noun, trigger=verb)
        if any(t.lower_ in _HELD_IN and t.head.lower_ in ("in", "into") for t in verb.subtree):
            return Reading(kinds=(DETAINED,), noun=noun, trigger=verb)
        if _carries_out(verb) and not _has_definite_determiner(noun):
            return Reading(kinds=(PERPETRATORS,), noun=None, trigger=verb)
    return None


def _has_definite_determiner(noun: Token) -> bool:
    return any(c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE | {"'s"} for c in noun.children)


def _carries_out(verb: Token) -> bool:
    """ "carried out the attack", "accused of carrying out the massacre" """
    for token in verb.subtree:
        if token.lemma_ == "carry" and any(c.lower_ == "out" for c in token.children):
            return True
    return False
