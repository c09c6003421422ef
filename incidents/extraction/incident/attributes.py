"""Incident attributes: name, date and time, place, attack and weapon types,
perpetrator groups and the claim of responsibility, each with its evidence.

Infobox fields, when the document has them, come first; otherwise the
attributes are voted over the sentences that speak of the attack (see
`scope`); the date by `dating`, the place by `location`.
"""

from __future__ import annotations

import datetime as dt
import re

from incidents.extraction.document import CleanedDocument, ParsedDocument
from incidents.extraction.incident import source
from incidents.extraction.incident.claims import Claim, find_attributions, find_claims
from incidents.extraction.incident.dating import OTHER_EVENT, incident_date, undated_weekdays
from incidents.extraction.incident.location import extract_location
from incidents.extraction.lexicons import actors, vocabularies
from incidents.extraction.results import DocumentMeta, IncidentCandidate, SourceInfo, Span
from incidents.extraction.scope import prose_sentences

_EVENT_TITLE = re.compile(
    r"\b(?:attacks?|bombings?|shootings?|massacre|siege|hostage crisis|stabbings?|explosions?)$",
    re.IGNORECASE,
)
_TIME = re.compile(
    r"\b(?:at|around|about|approximately|shortly after|shortly before|just after|just before)\s+"
    r"(?:around\s+|about\s+)?(?P<hour>[012]?\d)(?:[:.](?P<minute>[0-5]\d))?\s*"
    r"(?P<ampm>[ap]\.?m\.?)?(?:\s+(?P<zone>local time|[A-Z]{3,4}\b(?:\s*\(UTC[+−-]\d+\))?))?",
    re.IGNORECASE,
)
_INFOBOX_TIME = re.compile(r"(?P<hour>[012]?\d):(?P<minute>[0-5]\d)")
_OTHER_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def extract_source_info(cleaned: CleanedDocument, meta: DocumentMeta) -> SourceInfo:
    """Title, publisher and kind; the publication date, or failing it a lower bound."""
    kind = meta.kind
    if cleaned.infobox and kind == "news_article":
        kind = "encyclopedia"
    published = meta.published or source.dateline(cleaned)
    return SourceInfo(
        title=meta.title or cleaned.title or _first_line(cleaned.text),
        publisher=meta.publisher,
        url=meta.url,
        published=published,
        kind=kind,
        published_after=None if published else source.written_after(cleaned),
    )


def extract_incident(parsed: ParsedDocument) -> IncidentCandidate:
    date, date_span = incident_date(parsed)
    time, zone, time_span = _incident_time(parsed)
    place = extract_location(parsed)
    attack_types, weapon_types, type_evidence = _attack_and_weapon_types(
        parsed, date.year if date else None
    )
    claims = find_claims(parsed)
    groups, group_evidence = _perpetrator_groups(parsed, claims, date.year if date else None)
    evidence = [("date", date_span), ("time", time_span), *place.evidence, *type_evidence]
    evidence += group_evidence + [("claimed", claim.span) for claim in claims[:1]]
    return IncidentCandidate(
        name=_incident_name(parsed, place.venue, place.city),
        date=date,
        time=time,
        timezone=zone,
        country=place.country,
        region=place.region,
        city=place.city,
        venue=place.venue,
        attack_types=attack_types,
        weapon_types=weapon_types,
        perpetrator_groups=groups,
        claimed=True if claims else None,
        claim_mode=_claim_mode(claims),
        evidence=tuple((name, span) for name, span in evidence if span is not None),
        weekday_hints=() if date else undated_weekdays(parsed),
    )


def _incident_time(parsed: ParsedDocument) -> tuple[dt.time | None, str, Span | None]:
    infobox = parsed.cleaned.infobox
    zone = infobox.get("Timezone", "").strip()
    for sentence in prose_sentences(parsed):
        if not vocabularies.speaks_of_attack(sentence.text):
            continue
        for match in _TIME.finditer(sentence.text):
            time = _time_of(match)
            if time is not None:
                start = sentence.start_char + match.start("hour")
                span = Span.of(parsed.text, start, sentence.start_char + match.end())
                return time, zone or _zone_of(match), span
    # The infobox often gives a range ("19:58–20:11"); prose gives the start.
    boxed = _INFOBOX_TIME.search(infobox.get("Date", ""))
    if boxed:
        return dt.time(int(boxed["hour"]), int(boxed["minute"])), zone, None
    return None, zone, None


def _time_of(match: re.Match[str]) -> dt.time | None:
    hour, minute, ampm = int(match["hour"]), int(match["minute"] or 0), match["ampm"]
    if not ampm and not match["minute"]:
        return None  # a bare "at 8" is more often a count than a clock time
    if ampm and ampm[0].lower() == "p" and hour < 12:
        hour += 12
    return dt.time(hour, minute) if hour < 24 else None


def _zone_of(match: re.Match[str]) -> str:
    zone = (match["zone"] or "").strip()
    return "" if zone.lower() == "local time" else zone.split()[0] if zone else ""


def _attack_and_weapon_types(parsed: ParsedDocument, year: int | None):
    attack_types: list[str] = []
    weapon_types: list[str] = []
    evidence: list[tuple[str, Span]] = []
    for _field, offset, text in _type_texts(parsed, year):
        for cue in vocabularies.find_cues(text):
            span = (
                Span.of(parsed.text, offset + cue.start, offset + cue.end) if offset >= 0 else None
            )
            for label, found, name in (
                (cue.attack_type, attack_types, "attack_types"),
                (cue.weapon_type, weapon_types, "weapon_types"),
            ):
                if label and label not in found:
                    found.append(label)
                    if span:
                        evidence.append((name, span))
    return tuple(attack_types), tuple(weapon_types), evidence


def _type_texts(parsed: ParsedDocument, year: int | None):
    """Infobox type and weapon fields (offset -1: no span), then attack sentences."""
    infobox = parsed.cleaned.infobox
    # A wiki "Type" lists loose descriptions ("bombing" for petrol bombs); the
    # "Weapons" field, when present, is the better witness of how it was done.
    for field in ("Weapons",) if infobox.get("Weapons") else ("Type",):
        if infobox.get(field):
            yield field, -1, infobox[field]
    for sentence in prose_sentences(parsed):
        if vocabularies.speaks_of_attack(sentence.text) and not _about_other_event(
            sentence.text, year
        ):
            yield "", sentence.start_char, sentence.text


def _about_other_event(text: str, year: int | None) -> bool:
    """Another event's sentence names another year, or recalls or foresees an attack."""
    other_year = any(int(found) != year for found in _OTHER_YEAR.findall(text))
    return other_year or bool(OTHER_EVENT.search(text))


def _perpetrator_groups(
    parsed: ParsedDocument, claims: list[Claim], year: int | None
) -> tuple[tuple[str, ...], list[tuple[str, Span]]]:
    groups: list[str] = []
    evidence: list[tuple[str, Span]] = []
    for mention in actors.find_actor_mentions(parsed.cleaned.infobox.get("Perpetrators", "")):
        if mention.actor.kind == "armed_group" and mention.actor.name not in groups:
            groups.append(mention.actor.name)
    for found in [*claims, *find_attributions(parsed, year)]:
        if found.group not in groups:
            groups.append(found.group)
            evidence.append(("perpetrator_groups", found.span))
    # A branch's attack is also its parent organisation's (ISIS-K -> Islamic State).
    for group in list(groups):
        parent = actors.parent_of(group)
        if parent and parent not in groups:
            groups.append(parent)
    return tuple(groups), evidence


def _incident_name(parsed: ParsedDocument, venue: str, city: str) -> str:
    # Only an encyclopedia title names the event; a news headline is a sentence.
    is_wiki = bool(parsed.cleaned.infobox or parsed.cleaned.sections[1:])
    title = parsed.cleaned.infobox.get("Title") or (parsed.cleaned.title if is_wiki else "")
    if title and _EVENT_TITLE.search(title.strip()):
        return title.strip()
    place = venue or city
    return f"{place} attack" if place else ""


def _claim_mode(claims: list[Claim]) -> str:
    if not claims:
        return ""
    channel = next((c.channel for c in claims if c.channel), "")
    return vocabularies.CLAIM_MODES.get(channel, "Unknown")


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")[:300]
