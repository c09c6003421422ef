"""Incident attributes: name, date and time, place, attack and weapon types,
perpetrator groups and the claim of responsibility, each with its evidence.

Infobox fields, when the document has them, come first; otherwise the
attributes are voted over the sentences that speak of the attack (see
`scope`). The incident date is the day most often given to the attack, the
earliest on a tie: reports and their photo captions date later events too.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from incidents.extraction.document import CleanedDocument, ParsedDocument
from incidents.extraction.incident import source
from incidents.extraction.incident.claims import Claim, find_attributions, find_claims
from incidents.extraction.incident.location import extract_location
from incidents.extraction.lexicons import actors, vocabularies
from incidents.extraction.lexicons.dates import WEEKDAYS, DateMention, find_dates
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
_COPYRIGHT_YEAR = re.compile(r"(?:©|\(c\)|copyright)\s*(?P<year>(?:19|20)\d\d)", re.IGNORECASE)
_ATTACK_HAPPENED = re.compile(
    r"\b(?:attack|shooting|bombing|massacre|assault)\s+(?:\w+\s+){0,8}?(?:began|occurred|happened"
    r"|took place|started|unfolded)\b",
    re.IGNORECASE,
)
# Sentences about other events: warnings before, foiled plots, earlier attacks, and
# commemorations of this one ("on the first anniversary of the attack").
_BARE_WEEKDAY = re.compile(r"(?<![Ll]ast )\b(?P<weekday>" + "|".join(WEEKDAYS) + r")\b")
_OTHER_EVENT = re.compile(
    r"\b(?:previous|earlier|similar|planned|planning|thwarted|foiled|neutrali[sz]ed|disrupted"
    r"|in the past|warn\w*|(?:first|second|third|\d+(?:st|nd|rd|th)) anniversary"
    r"|anniversary of the (?:attack|shooting|bombing|massacre|siege))\b",
    re.IGNORECASE,
)
# What followed the attack (claims, arrests, court hearings) is dated after it.
_AFTERMATH = re.compile(
    r"\b(?:claimed responsibility|claim(?:ed)? credit|arrested|detained|charged|sentenced"
    r"|convicted|pleaded|trial|court|funerals?|vigils?|mourning)\b",
    re.IGNORECASE,
)
_OTHER_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_ON_DATE = re.compile(
    r"\b(?:on|of)\s+(?:the\s+(?:evening|morning|night|afternoon)\s+of\s+)?$", re.IGNORECASE
)


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


def undated_weekdays(parsed: ParsedDocument) -> tuple[Span, ...]:
    """Bare weekdays ("on Friday") in attack sentences that nothing here could anchor.

    "Last Friday" is left out: it may lie more than a week back.
    """
    found = []
    for sentence in prose_sentences(parsed):
        if not _dates_the_attack(sentence.text):
            continue
        for match in _BARE_WEEKDAY.finditer(sentence.text):
            start = sentence.start + match.start("weekday")
            found.append(Span.of(parsed.text, start, start + len(match["weekday"])))
    return tuple(found)


def incident_date(parsed: ParsedDocument) -> tuple[dt.date | None, Span | None]:
    """The day the attack happened and the mention that says so.

    Each attack sentence votes for the days it dates itself to, twice when it
    narrates the attack itself ("gunmen opened fire", "the attack occurred").
    The earliest day with two votes wins (reports go on to date arrests,
    videos and speeches after it); with none, the earliest day mentioned.
    """
    votes: Counter[dt.date] = Counter()
    first: dict[dt.date, DateMention] = {}
    for mention in _infobox_dates(parsed):
        votes[mention.date] += 2
    year = document_year(parsed)
    for sentence in prose_sentences(parsed):
        if not _dates_the_attack(sentence.text):
            continue
        weight = 2 if _narrates_attack(sentence.text) else 1
        for mention in find_dates(
            sentence.text, reference=parsed.reference_date, default_year=year
        ):
            if (
                mention.date
                and mention.precision == "day"
                and _dates_the_sentence(sentence.text, mention)
                and _nearer_the_attack(sentence.text, mention)
            ):
                votes[mention.date] += weight
                first.setdefault(mention.date, _shift(mention, sentence.start))
    if not votes:
        return None, None
    candidates = [d for d in votes if votes[d] >= 2] or list(votes)
    best = min(candidates)
    found = first.get(best)
    return best, Span.of(parsed.text, found.start, found.end) if found else None


def _dates_the_attack(text: str) -> bool:
    return vocabularies.speaks_of_attack(text) and not _OTHER_EVENT.search(text)


def _nearer_the_attack(text: str, mention: DateMention) -> bool:
    """In "sentenced on Friday for the attack in September", Friday dates the sentencing."""
    aftermath = [m.span() for m in _AFTERMATH.finditer(text)]
    if not aftermath:
        return True
    attack = vocabularies.attack_word_spans(text)
    return _distance(mention, attack) < _distance(mention, aftermath)


def _distance(mention: DateMention, spans: list[tuple[int, int]]) -> int:
    return min(
        (max(start - mention.end, mention.start - end, 0) for start, end in spans),
        default=len(mention.text) + 10_000,
    )


def _narrates_attack(text: str) -> bool:
    return bool(_ATTACK_HAPPENED.search(text) or vocabularies.find_cues(text))


def document_year(parsed: ParsedDocument) -> int | None:
    """The year a text speaks in, for dates written without one ("on 22 March").

    The article's own full dates first; then those of the blocks the cleaner removed
    (a photo caption "on March 23, 2024", a dateline), then a copyright year: page
    furniture is no fact of the incident, but it does date the page.
    """
    if parsed.reference_date:
        return parsed.reference_date.year
    for texts in ((parsed.text,), parsed.cleaned.removed):
        year = _most_common_written_year(texts)
        if year:
            return year
    for text in (parsed.text, *parsed.cleaned.removed):
        copyright_year = _COPYRIGHT_YEAR.search(text)
        if copyright_year:
            return int(copyright_year["year"])
    return None


def _most_common_written_year(texts) -> int | None:
    years = Counter(
        m.date.year
        for text in texts
        for m in find_dates(text)
        if m.date and m.year_written and m.precision == "day"
    )
    return years.most_common(1)[0][0] if years else None


def _dates_the_sentence(text: str, mention: DateMention) -> bool:
    """A date introduced by "on" or opening the sentence dates its event."""
    return mention.start < 12 or bool(_ON_DATE.search(text[: mention.start])) or mention.relative


def _infobox_dates(parsed: ParsedDocument) -> list[DateMention]:
    value = parsed.cleaned.infobox.get("Date", "")
    return [m for m in find_dates(value) if m.date and m.precision == "day"]


def _shift(mention: DateMention, offset: int) -> DateMention:
    return DateMention(
        mention.start + offset,
        mention.end + offset,
        mention.text,
        mention.date,
        mention.precision,
        mention.relative,
        mention.year_written,
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
    return other_year or bool(_OTHER_EVENT.search(text))


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
