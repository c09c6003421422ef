"""Claims of responsibility and attributions of an attack to an armed group.

Shared by `incident` (perpetrator groups, claimed, claim mode) and
`statements` (the claim as a statement). A claim names its group as the
subject before the verb ("ISIS-K, an offshoot of the Islamic State group,
claimed responsibility") or after it ("responsibility was claimed by
al-Shabaab"); claims about other attacks ("has claimed numerous attacks",
"has in the past claimed") and negated claims are not this incident's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from incidents.extraction.document import ParsedDocument
from incidents.extraction.incident.dating import speaks_of_harm
from incidents.extraction.lexicons import actors
from incidents.extraction.results import Span
from incidents.extraction.scope import Sentence, mentions_attack, prose_sentences

CLAIM = re.compile(
    r"\b(?:claim(?:ed|s|ing)?|tak(?:en|es|ing)|took|assert(?:ed|s)|accept(?:ed|s)|admit(?:ted|s)"
    r"|acknowledg(?:ed|es))\s+(?:full\s+)?(?:responsibility|credit|accountability)\b"
    r"|\bclaim(?:ed|s)?\s+(?:the|this|Friday's|Saturday's|Sunday's|Monday's|Tuesday's"
    r"|Wednesday's|Thursday's)\s+(?:\w+\s+){0,2}(?:attack|assault|shooting|bombing|massacre)\b"
    r"|\bresponsibility\s+(?:was|has been)\s+claimed\b|\bclaim of responsibility\b",
    re.IGNORECASE,
)
_NOT_THIS_ATTACK = re.compile(
    r"\b(?:not|never|no group|yet to|in the past|previously|numerous|many|several|other|past)\b",
    re.IGNORECASE,
)
_ATTRIBUTION = re.compile(
    r"\b(?:carried out|conducted|perpetrated|committed|masterminded|orchestrated|was behind"
    r"|were behind|behind the|(?:being |be |was |were |is |are )?responsible|associated with"
    r"|affiliated with|linked to|members of|on behalf of|pledged allegiance to"
    r"|attribut(?:ed|es|ing)|ascribed|blam(?:ed|es|ing)|accus(?:ed|es|ing)|suspected"
    r"|operatives? of|commanders? of|(?:militants?|fighters?) (?:of|from)|inspired by|loyal to"
    r"|(?:had|has|have) been planning (?:an |the )?attacks?)\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_CHANNELS = (
    ("telegram", re.compile(r"\bTelegram\b")),
    ("x", re.compile(r"\b(?:on|via|to) (?:X|Twitter)\b|\btweet", re.IGNORECASE)),
    ("news_agency", re.compile(r"\bAmaq\b|\bnews agency\b|\bA'maq\b", re.IGNORECASE)),
    ("video", re.compile(r"\bvideo\b", re.IGNORECASE)),
    ("website", re.compile(r"\bwebsite\b|\bonline statement\b|\bblog\b", re.IGNORECASE)),
    ("social_media", re.compile(r"\bsocial media\b|\bFacebook\b|\bInstagram\b", re.IGNORECASE)),
)


@dataclass(frozen=True)
class Claim:
    group: str  # canonical actor name
    span: Span  # the sentence
    channel: str = ""


@dataclass(frozen=True)
class Attribution:
    group: str
    span: Span


def find_claims(parsed: ParsedDocument) -> list[Claim]:
    """Claims of responsibility for this incident, in text order."""
    claims = []
    for sentence in prose_sentences(parsed):
        cue = CLAIM.search(sentence.text)
        if cue is None or _NOT_THIS_ATTACK.search(
            sentence.text[max(0, cue.start() - 30) : cue.end() + 40]
        ):
            continue
        group = _claiming_group(sentence, cue)
        if group:
            span = Span.of(parsed.text, sentence.start_char, sentence.end_char)
            claims.append(Claim(group, span, claim_channel(sentence.text)))
    return claims


def find_attributions(parsed: ParsedDocument, year: int | None = None) -> list[Attribution]:
    """Armed groups a sentence about the attack says carried it out or were responsible.

    A sentence naming a year other than the incident's is about another event.
    """
    found = []
    for sentence in prose_sentences(parsed):
        text = sentence.text
        if not _about_the_attack(text) or any(int(y) != year for y in _YEAR.findall(text)):
            continue
        for mention in actors.find_actor_mentions(text):
            if mention.actor.kind == "armed_group" and (
                _near_attribution(text, mention) or _agent_of_harm(parsed, sentence, mention)
            ):
                span = Span.of(parsed.text, sentence.start_char, sentence.end_char)
                found.append(Attribution(mention.actor.name, span))
    return found


def claim_channel(text: str) -> str:
    for channel, pattern in _CHANNELS:
        if pattern.search(text):
            return channel
    return ""


def _claiming_group(sentence: Sentence, cue: re.Match[str]) -> str:
    groups = [m for m in actors.find_actor_mentions(sentence.text) if m.actor.kind == "armed_group"]
    before = [m for m in groups if m.end <= cue.start()]
    after = [m for m in groups if m.start >= cue.end()]
    passive = "claimed" in cue.group().casefold() and cue.group().casefold().startswith("respons")
    if not passive and not before:
        unknown = _organisation_claiming(sentence, cue)
        if unknown:
            return unknown
    chosen = (after or before) if passive else (before or after)
    return chosen[0].actor.name if chosen else ""


# "the Northern Front, a militant group based in the hills, claimed": the subject's
# apposition says what it is.
_SUBJECT_GAP = re.compile(
    r"^(?:,[^,]{0,80}\b(?:group|organi[sz]ation|movement|militia|outfit|network|front)\b"
    r"[^,]{0,40},)?\s*(?:has |had |have |later |also )*$",
    re.IGNORECASE,
)


def _organisation_claiming(sentence: Sentence, cue: re.Match[str]) -> str:
    """A group the gazetteer does not know, named right before "claimed responsibility"."""
    for entity in reversed(sentence.ents):
        end = entity.end_char - sentence.start_char
        if entity.label_ == "ORG" and end <= cue.start():
            if _SUBJECT_GAP.match(sentence.text[end : cue.start()]):
                return re.sub(r"^the\s+", "", entity.text, flags=re.IGNORECASE)
            return ""
    return ""


# The people or acts of the attack, when the sentence does not name it ("the suspects were
# linked to", "the massacre committed by").
_PERPETRATORS = re.compile(
    r"\b(?:suspects?|perpetrators?|assailants?|attackers?|gunm[ae]n|bombers?|killers?)\b",
    re.IGNORECASE,
)
# "massacred by the terrorist group X", "an attack by X": the group is the agent of harm.
_HARMFUL = frozenset(
    {
        "kill", "massacre", "murder", "slaughter", "attack", "bomb", "shoot", "stab", "wound",
        "injure", "target", "commit", "carry", "perpetrate", "launch", "stage", "orchestrate",
        "mastermind", "unleash", "plan", "abduct", "kidnap", "execute", "storm", "bombing",
        "shooting", "killing", "assault", "atrocity", "violence", "raid", "blast",
    }
)  # fmt: skip
_APPOSITION_STEPS = 3


def _about_the_attack(text: str) -> bool:
    return mentions_attack(text) or speaks_of_harm(text) or bool(_PERPETRATORS.search(text))


def _agent_of_harm(parsed: ParsedDocument, sentence: Sentence, mention: actors.ActorMention):
    """The group is the "by" agent of a harmful verb or noun, through an apposition if need be."""
    start = sentence.start + mention.start
    span = parsed.doc.char_span(start, sentence.start + mention.end, alignment_mode="expand")
    token = span.root if span is not None else None
    for _ in range(_APPOSITION_STEPS):
        if token is None or token.head is token:
            return False
        if token.head.lower_ == "by":
            return token.head.head.lemma_.casefold() in _HARMFUL
        token = token.head if token.dep_ in ("appos", "compound", "pobj") else None
    return False


_GROUP_MEMBERS = re.compile(
    r"^\s+(?:gunm[ae]n|militants?|fighters?|attackers?|(?:suicide )?bombers?|members?|terrorists?"
    r"|operatives?|insurgents?|jihadis?|jihadists?|cells?)\b"
)


def _near_attribution(text: str, mention: actors.ActorMention) -> bool:
    if _GROUP_MEMBERS.match(text[mention.end :]):
        return True
    window = text[max(0, mention.start - 90) : mention.end + 90]
    return bool(_ATTRIBUTION.search(window))
