"""Statements: who said what about the incident, of which kind, through which channel.

A statement is a sentence with a cue of its kind (a claim, a denial, an
accusation, a condemnation, a warning, condolences) or a reporting verb
("said", "announced", "called the attack"), and a speaker: a gazetteer actor
or a named person, organisation or country that is the subject before the
cue. A sentence that opens with "he"/"she" keeps the previous speaker
("On X, he wrote ..."). One sentence may carry two kinds ("called the attack
a barbaric terrorist act" is a condemnation and an official statement).
"""

from __future__ import annotations

import re

from incidents.extraction import actors, places
from incidents.extraction.claims import Claim, claim_channel, find_claims
from incidents.extraction.dates import find_dates
from incidents.extraction.document import ParsedDocument
from incidents.extraction.results import IncidentCandidate, Span, StatementCandidate
from incidents.extraction.scope import Sentence, mentions_attack, prose_sentences

_KIND_CUES = (
    (
        "denial",
        re.compile(
            r"\b(?:denied|denies|deny|denying|dismissed the allegations|rejected"
            r"|no indication|no link|no evidence|not involved|never employed)\b",
            re.I,
        ),
    ),
    (
        "accusation",
        re.compile(
            r"\b(?:accus\w+|blam\w+|pointed the finger|sought to link|suggest\w*"
            r"|was behind|were behind|involved in|confirm\w*|alleg\w+|claimed that)\b",
            re.I,
        ),
    ),
    (
        "condolence",
        re.compile(
            r"\bcondolences?\b|\bthoughts (?:will be|are) with\b|\bpraying for\b"
            r"|\bsympathies\b|\bspeedy recovery\b",
            re.I,
        ),
    ),
    (
        "condemnation",
        re.compile(r"\bcondemn\w*|\bbarbaric\b|\bmonstrous\b|\bheinous\b|\bcowardly\b", re.I),
    ),
    (
        "warning",
        re.compile(
            r"\bwarn\w*|\bmust be sought out\b|\beliminated\b|\bretaliat\w+|\badvis\w+ "
            r"(?:its |their )?citizens\b|\bavoid\b",
            re.I,
        ),
    ),
)
_REPORTING = re.compile(
    r"\b(?:said|says|stated|states|announced|declared|told|wrote|reported"
    r"|called the (?:attack|incident)"
    r"|labell?ed|expressed|issued a statement|added)\b",
    re.I,
)
_CHANNELS = (
    (
        "television",
        re.compile(r"\b(?:public|televised|national|an) address\b|\btelevision\b|\bon TV\b", re.I),
    ),
    ("press_release", re.compile(r"\bpress (?:release|service)\b", re.I)),
    ("interview", re.compile(r"\binterview\b", re.I)),
)
_CALLED_IT = re.compile(r"\bcalled the (?:attack|incident)\b", re.I)
_CLAIM_FOLLOW_UP = re.compile(
    r"\b(?:the|a|its|their) (?:statement|post|group|organi[sz]ation|declaration|claim|message)\b"
    r"[^.]{0,60}\b(?:said|stated|claimed|announced|added)\b"
    r"|\b(?:the|a|its|their) (?:statement|post|group|organi[sz]ation|declaration|message) "
    r"(?:also )?(?:said|stated|claimed|announced)\b"
    r"|\b(?:released|published|posted) (?:a |an |the )?(?:\w+[ -]){0,4}?(?:video|photos|report)\b",
    re.I,
)
_PRONOUN_SPEAKER = re.compile(r"^\s*(?:On \w+,\s*)?(?:he|she)\b", re.I)
_GENERIC_SPEAKER = re.compile(
    r"\b(?:(?P<country>[A-Z][a-z]+|U\.?S\.?)\s+)?(?P<role>(?:intelligence )?officials?|authorities"
    r"|legislators|leaders|sources)\b"
    r"|\b(?P<role2>[Oo]fficials) in (?P<country2>[A-Z][a-z]+)\b"
)
_SPEAKER_LABELS = ("PERSON", "ORG", "GPE")


def extract_statements(
    parsed: ParsedDocument, incident: IncidentCandidate
) -> list[StatementCandidate]:
    claims = {c.span.start: c for c in find_claims(parsed)}
    found: list[StatementCandidate] = []
    speaker, claimant = "", None
    for sentence in prose_sentences(parsed):
        claim = claims.get(sentence.start) or _claim_follow_up(sentence, claimant)
        if claim is not None:
            found.append(
                _statement(
                    parsed,
                    sentence,
                    claim.group,
                    "claim_of_responsibility",
                    incident,
                    claim.channel,
                )
            )
            speaker, claimant = claim.group, claim
            continue
        kinds = _kinds(sentence.text)
        if not kinds or not _about_incident(sentence.text, speaker):
            continue
        speakers = _speakers(sentence) or (
            [speaker] if _PRONOUN_SPEAKER.match(sentence.text) else []
        )
        for who in speakers:
            found.extend(_statement(parsed, sentence, who, kind, incident) for kind in kinds)
        speaker = speakers[0] if speakers else ""
    return found


def _claim_follow_up(sentence: Sentence, claimant: Claim | None) -> Claim | None:
    """After a claim, "the statement said ..." and "Amaq released a video" continue it."""
    if not _CLAIM_FOLLOW_UP.search(sentence.text):
        return None
    group = _group_named(sentence.text)
    if group:
        return Claim(group, claimant.span if claimant else None, claim_channel(sentence.text))
    if claimant and not any(e.label_ in ("PERSON", "GPE") for e in sentence.ents):
        return Claim(
            claimant.group, claimant.span, claim_channel(sentence.text) or claimant.channel
        )
    return None


def _group_named(text: str) -> str:
    for mention in actors.find_actor_mentions(text[:80]):
        if mention.actor.kind == "armed_group":
            return mention.actor.name
        if mention.actor.parent and actors.known_actor(mention.actor.parent).kind == "armed_group":
            return mention.actor.parent
    return ""


def _kinds(text: str) -> list[str]:
    """One kind, by priority; condemning and condoling often come as a pair."""
    kinds = [kind for kind, cue in _KIND_CUES if cue.search(text)]
    if not kinds:
        return ["official_statement"] if _REPORTING.search(text) else []
    if kinds[:2] == ["condolence", "condemnation"]:
        return ["condemnation", "condolence"]
    if kinds[0] == "condemnation" and _CALLED_IT.search(text):
        return ["condemnation", "official_statement"]
    return kinds[:1]


def _about_incident(text: str, previous_speaker: str) -> bool:
    return (
        mentions_attack(text)
        or bool(previous_speaker and _PRONOUN_SPEAKER.match(text))
        or bool(
            re.search(
                r"\b(?:terror\w*|victims|involvement|extremis\w+|threat\w*|suspects?)\b", text
            )
        )
    )


def _speakers(sentence: Sentence) -> list[str]:
    """The earliest actor, person, organisation or "US officials" before the cue;
    two when they are joined by "and" ("Canada and the UK warned")."""
    cue = _first_cue(sentence.text)
    candidates: list[tuple[int, int, str]] = []
    for m in actors.find_actor_mentions(sentence.text[:cue]):
        if m.actor.kind != "armed_group":
            candidates.append((m.start, m.end, m.actor.name))
    for entity in sentence.ents:
        start = entity.start_char - sentence.start
        if entity.label_ in _SPEAKER_LABELS and start < cue:
            candidates.append((start, entity.end_char - sentence.start, _entity_name(entity)))
    for generic in _GENERIC_SPEAKER.finditer(sentence.text[:cue]):
        if _generic_name(generic):
            candidates.append((generic.start() - 1, generic.end(), _generic_name(generic)))
    candidates.sort()
    if not candidates:
        return []
    first = candidates[0]
    joined = [
        c
        for c in candidates[1:]
        if re.fullmatch(r"\s+and\s+(?:the\s+)?", sentence.text[first[1] : c[0]])
    ]
    return [first[2], *(c[2] for c in joined[:1])]


def _first_cue(text: str) -> int:
    starts = [m.start() for _, cue in _KIND_CUES for m in [cue.search(text)] if m]
    reporting = _REPORTING.search(text)
    if reporting:
        starts.append(reporting.start())
    return min(starts, default=len(text))


def _entity_name(entity) -> str:
    name = re.sub(r"^the\s+|['’]s$", "", entity.text.strip())
    code = places.country_code(name)
    if code and entity.label_ in ("GPE", "NORP"):
        return next(c.name for c in places.COUNTRIES if c.code == code)
    return actors.canonical_actor(name) or name


def _generic_name(match: re.Match[str]) -> str:
    role = (match["role"] or match["role2"]).casefold()
    country = match["country"] or match["country2"] or ""
    code = places.country_code(country) if country else ""
    if code == "US":
        return f"United States {role}"
    if code:
        adjective = next(c.adjectives[0] for c in places.COUNTRIES if c.code == code)
        return f"{adjective} {role}"
    return "Unnamed sources" if role == "sources" else ""


def _statement(parsed, sentence, speaker, kind, incident, channel="") -> StatementCandidate:
    return StatementCandidate(
        speaker=speaker,
        kind=kind,
        span=Span.of(parsed.text, sentence.start, sentence.end),
        channel=_channel(sentence.text) or channel,
        date=_date(sentence.text, incident),
    )


def _channel(text: str) -> str:
    channel = claim_channel(text)
    if channel in ("telegram", "x", "website", "social_media", "news_agency"):
        return channel
    return next((name for name, cue in _CHANNELS if cue.search(text)), "")


def _date(text: str, incident: IncidentCandidate):
    year = incident.date.year if incident.date else None
    dates = [
        m
        for m in find_dates(text, incident=incident.date, default_year=year)
        if m.date and m.precision == "day"
    ]
    return dates[0].date if dates else None
