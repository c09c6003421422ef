"""The kind of a reported statement, from its speech verb and what the clause says.

The verb decides first ("denied" is a denial whatever follows; "condemned" a
condemnation); a verb that only reports ("said", "stated", "told") takes its
kind from the content ("said the attack was barbaric" condemns, "said Ukraine
was behind it" accuses). A plain report is an official statement when it
announces measures or findings or comes from a body, and "other" when a
person merely says something about the attack.
"""

from __future__ import annotations

import re

from incidents.extraction.lexicons import actors

SPEECH_LEMMAS = frozenset(
    {
        "say",
        "state",
        "tell",
        "write",
        "announce",
        "declare",
        "deny",
        "condemn",
        "denounce",
        "warn",
        "threaten",
        "vow",
        "call",
        "accuse",
        "blame",
        "express",
        "issue",
        "confirm",
        "suggest",
        "acknowledge",
        "reject",
        "dismiss",
        "refute",
        "criticise",
        "criticize",
        "admit",
        "confess",
        "insist",
        "urge",
        "post",
        "label",
        "imply",
        "wish",
        "add",
        "tweet",
        "claim",
        "allege",
        "attribute",
        "describe",
        "characterize",
        "characterise",
        "contend",
        "argue",
        "order",
        "conclude",
        "thank",
        "praise",
        "commend",
        "plead",
    }
)
# "issued a statement", "released a warning": the object carries the speech.
SPEECH_OBJECTS = frozenset(
    {"statement", "warning", "warnings", "condolences", "message", "advisory"}
)

_DENIAL_VERBS = frozenset({"deny", "reject", "dismiss", "refute"})
_ACCUSATION_VERBS = frozenset(
    {"accuse", "blame", "suggest", "imply", "confirm", "acknowledge", "allege", "attribute"}
)
_WARNING_VERBS = frozenset({"warn", "threaten", "urge"})
# "thanked the police", "praised the nurses": a tribute, whoever pays it.
_TRIBUTE_VERBS = frozenset({"thank", "praise", "commend"})
_OFFICIAL_VERBS = frozenset({"announce", "declare", "label", "order", "conclude"})
# "described the attack as cowardly" condemns; "described it as a shooting" reports.
_DESCRIBING_VERBS = frozenset({"describe", "characterize", "characterise", "label", "brand"})
# "confessed to carrying out the attack", "claimed that it carried out the attack":
# the speaker claims the attack for itself.
_OWNING_VERBS = frozenset({"confess", "admit", "claim"})
_OWN_ATTACK = re.compile(
    r"\b(?:committing|carrying out|perpetrating|having (?:carried out|committed))"
    r"|\b(?:it|they|we|he) (?:had )?(?:carried out|conducted|perpetrated|committed)"
    r"|\b(?:it|they|we|he) (?:was|were|had been) (?:behind|responsible)",
    re.I,
)
_RELEASES = frozenset({"issue", "release", "publish"})

_NO_EVIDENCE = re.compile(r"\bno (?:indication|evidence|link|sign)s?\b", re.I)
_DENIAL = re.compile(
    r"\b(?:no (?:connection|concrete information)|not involved"
    r"|nothing to do with|never (?:employed|used|been)|not (?:to be |been |being )?responsible"
    r"|(?:claims|allegations) (?:as|were)?\s*\W*"
    r"(?:sick|absurd|false|baseless|lies|nonsense|cynical|provocation))",
    re.I,
)
_ACCUSATION = re.compile(
    r"\b(?:behind (?:the|this)|was behind|were behind|involve(?:d|ment)|responsib\w+"
    r"|culpab\w+|link(?:ed)? (?:to|with)|with help from|aided by|helped|provocation|false flag"
    r"|masterminded|carried (?:it|out)|complicit\w*|window was prepared|opened a window"
    r"|(?:backed|sponsored|funded|armed|financed) by)\b",
    re.I,
)
_CONDEMNATION = re.compile(
    r"\b(?:condemn\w*|barbaric|monstrous|heinous|cowardly|abhorrent|despicable|horrific act"
    r"|dastardly|senseless"
    r"|(?:will|shall) never (?:let|allow)|never be (?:cowed|divided|defeated|intimidated)"
    r"|will not (?:be (?:cowed|divided|defeated|intimidated)|win|prevail)"
    r"|(?:will|would|must) be punished|no mercy|no (?:nationality|religion)|inadmissible"
    r"|outrage\w*)\b",
    re.I,
)
_CONDOLENCE = re.compile(
    r"\b(?:condolences?|sympath\w+|(?<!of )mourn(?:s|ed|ing)? (?:with|for|the|its|their)"
    r"|thoughts (?:will be|are|and prayers)|praying for|prayers|speedy recovery|solidarity)\b",
    re.I,
)
_WARNING_NOUN = re.compile(r"\bwarnings?\b|\badvisory\b", re.I)
_WARNING = re.compile(
    r"\b(?:imminent|impending|must be sought out|(?:will|would) be (?:eliminated|destroyed)"
    r"|retaliat\w+"
    r"|avoid (?:the area|travel|crowded|large gatherings)|unnecessary travel)\b",
    re.I,
)
# Measures and findings an authority announces, even when a person voices them.
_OFFICIAL = re.compile(
    r"\b(?:arrested|detained|apprehended|mourning|security measures|charges|charged"
    r"|not \w+ citizens|passports)\b",
    re.I,
)
_PURSUIT = re.compile(
    r"\bbring (?:\w+ ){0,6}to justice|\bhold (?:\w+ ){1,4}accountable"
    r"|\b(?:they|we|it|police|officers|forces) (?:had |have |has )?(?:since )?(?:killed|arrested"
    r"|detained|identified|captured|apprehended|tracked down)\b",
    re.I,
)
_TERROR_LABEL = re.compile(r"\bterrorist (?:act|attack)\b|\bact of terror\w*|\bterrorism\b", re.I)
_GROUP_PLANS = re.compile(
    r"\b(?:plann\w+|acted|prepared|intelligence|perpetrators?|culprits?|suspected"
    r"|(?:directed|inspired|ordered|sent|trained) by"
    r"|(?:have|has|had) (?:\w+ )?(?:attacked|targeted|killed))\b",
    re.I,
)
_CALLED_IT = re.compile(r"\bcall(?:ed|s|ing)? (?:the|this|it|Friday's|Saturday's)\b", re.I)
_CALLED_FOR = re.compile(r"\bcall(?:ed|s|ing)? for\b", re.I)
_CALLED_CLAIMS = re.compile(
    r"\bcall(?:ed|s|ing)? (?:\w+['’]s )?(?:claims|allegations|accusations)\b", re.I
)


def statement_kinds(lemma: str, clause: str, *, body: bool) -> list[str]:
    """The kinds one speech verb's clause expresses, most specific first.

    `body` is True for a government, ministry, embassy or officials (not a person).
    """
    if lemma not in _DENIAL_VERBS and _NO_EVIDENCE.search(clause):
        # A third party finding "no indication" of someone's role states a finding.
        return ["official_statement"]
    verb_kind = _verb_kind(lemma, clause)
    if verb_kind:
        return verb_kind
    if _PURSUIT.search(clause):
        # "We will bring those behind this to justice", "they had arrested the man
        # responsible": an authority's measure, whoever it names.
        return ["official_statement"]
    kinds = _content_kinds(clause)
    if kinds:
        return kinds
    if accuses_a_group(clause):
        return ["accusation"]
    if lemma in _OFFICIAL_VERBS or body or _OFFICIAL.search(clause):
        return ["official_statement"]
    return ["other"]


def is_plain_report(lemma: str, clause: str) -> bool:
    """A report that only says something, without announcing a measure or a finding:
    it yields to a more specific kind from the same speaker in the same sentence."""
    return lemma not in _OFFICIAL_VERBS and not (
        _OFFICIAL.search(clause) or _PURSUIT.search(clause)
    )


def accuses_a_group(clause: str) -> bool:
    """ "Said their intelligence revealed IS-KP had acted alone": attributing the attack."""
    groups = [m for m in actors.find_actor_mentions(clause) if m.actor.kind == "armed_group"]
    return bool(groups) and bool(_GROUP_PLANS.search(clause) or _ACCUSATION.search(clause))


def _verb_kind(lemma: str, clause: str) -> list[str]:
    if lemma in _DENIAL_VERBS:
        return ["denial"]
    if lemma in _TRIBUTE_VERBS:
        return ["other"]
    if lemma == "plead":
        return ["denial"]
    if lemma == "react":
        # A reaction the text does not report says nothing an office could announce.
        return _content_kinds(clause) or ["other"]
    if lemma in _OWNING_VERBS and _OWN_ATTACK.search(clause):
        return ["claim_of_responsibility"]
    if lemma in _DESCRIBING_VERBS and _CONDEMNATION.search(clause):
        return ["condemnation"]
    if lemma in ("condemn", "denounce"):
        return ["condemnation", *(["condolence"] if _CONDOLENCE.search(clause) else [])]
    if lemma in _WARNING_VERBS or (lemma in _RELEASES and _WARNING_NOUN.search(clause)):
        return ["warning"]
    if lemma == "vow":
        return ["condemnation"]
    if lemma == "call":
        return _called_kinds(clause)
    if lemma in _ACCUSATION_VERBS and not _DENIAL.search(clause):
        return ["accusation"]
    return []


def _called_kinds(clause: str) -> list[str]:
    """ "called the attack barbaric", "called for a ban", "called the claims sick"."""
    if _CALLED_CLAIMS.search(clause):
        return ["denial"]
    if _CALLED_FOR.search(clause):
        return ["condemnation"] if _CONDEMNATION.search(clause) else ["other"]
    if not _CALLED_IT.search(clause):
        return ["other"]  # "calling them a provocation": the main verb says what it is
    kinds = ["condemnation"] if _CONDEMNATION.search(clause) else []
    if _TERROR_LABEL.search(clause) or not kinds:
        kinds.append("official_statement")
    return kinds


def _content_kinds(clause: str) -> list[str]:
    if _DENIAL.search(clause):
        return ["denial"]
    kinds = [
        kind
        for kind, cue in (
            ("condemnation", _CONDEMNATION),
            ("condolence", _CONDOLENCE),
            ("warning", _WARNING),
            ("accusation", _ACCUSATION),
        )
        if cue.search(clause)
    ]
    return kinds[:2] if kinds[:2] == ["condemnation", "condolence"] else kinds[:1]


# What an author says in the first person ("My wife and I are praying for", "We strongly
# condemn", "I have directed", "My deepest thanks to"): the kind comes from the words.
_VOICED_CONDOLENCE = re.compile(
    r"\b(?:pray(?:s|ed|ing)? for|our prayers|prayers are with|griev(?:e|es|ed|ing)\b"
    r"|mourn(?:s|ed|ing)? (?:with|for|the)|condolences?|sympath(?:y|ies)"
    r"|hearts? (?:goes out|go out|are with|is with|breaks?|aches?)|thoughts are with"
    r"|(?:shocked|saddened|heartbroken) (?:and|by)"
    r"|join(?:s|ed)? (?:\w+ ){0,3}in (?:grief|grieving|mourning|remembering)"
    r"|never forget (?:the|those)|God bless (?:the|those)|thinking of"
    r"|remembering (?:the|those|their)|in our hearts|mourning)",
    re.I,
)
_VOICED_CONDEMNATION = re.compile(
    r"\b(?:condemn(?:s|ed|ing)?\b|abhorrent|heinous|despicable|cowardly|barbaric|dastardly"
    r"|evil\b|senseless (?:act|attack|violence|killing)|act of (?:terror|terrorism|hate|senseless)"
    r"|has no place in|(?:must|will|cannot|can ?not|won['’]t) (?:\w+ ){0,2}tolerate"
    r"|horrified|outraged|appalled"
    r"|senseless (?:mass )?(?:shooting|stabbing|bombing))",
    re.I,
)
_VOICED_OFFICIAL = re.compile(
    r"\b(?:(?:I|we|[Pp]resident)(?:['’]ve| have| has| had)? (?:directed|ordered|instructed|deployed"
    r"|announced|approved|authori[sz]ed)|direct(?:ing)? my (?:administration|team)"
    r"|been briefed|ordering the flags?|hereby proclaim"
    r"|(?:extend|offer|provide)(?:s|ed|ing)? (?:\w+ ){0,3}(?:support|assistance)"
    r"|remains? committed"
    r"|commitment to|hold (?:\w+ ){0,3}accountable|bring (?:\w+ ){1,6}to justice"
    r"|opened (?:a |an )?(?:\w+ ){0,3}investigation)\b",
    re.I,
)
_VOICED_TRIBUTE = re.compile(
    r"\b(?:grateful (?:to|for)|thanks? (?:you )?to|my (?:deepest )?thanks"
    r"|I (?:want to |wish to )?thank|commend\w*|(?:are|were) heroes|heroic)\b",
    re.I,
)


def voiced_kinds(sentence: str) -> list[str]:
    """The kinds of statement an author's own sentence makes, in a fixed order."""
    return [
        kind
        for kind, cue in (
            ("condemnation", _VOICED_CONDEMNATION),
            ("condolence", _VOICED_CONDOLENCE),
            ("official_statement", _VOICED_OFFICIAL),
            ("other", _VOICED_TRIBUTE),
        )
        if cue.search(sentence)
    ]
