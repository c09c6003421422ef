"""Where an incident happened: venue, city, region and country, with evidence.

Sources, strongest first: the infobox "Location" field ("Crocus City Hall,
Krasnogorsk, Moscow Oblast, Russia"), then votes over the place names of
sentences that speak of the attack. A city only named as a reference point
("near Moscow", "on the outskirts of Moscow") loses to a city the text places
the attack in ("in the city of Krasnogorsk"); when the text names no other,
the reference city stands, as the reporter's best statement of the place.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from incidents.extraction.document import ParsedDocument
from incidents.extraction.lexicons import places, vocabularies
from incidents.extraction.results import Span
from incidents.extraction.scope import Sentence, prose_sentences

_VENUE_NOUNS = (
    r"Hall|Arena|Theatre|Theater|Stadium|Mall|Centre|Center|Mosque|Church|Cathedral|Synagogue"
    r"|Temple|School|University|College|Hotel|Club|Nightclub|Market|Airport|Station|Café|Cafe"
    r"|Restaurant|Bar|Festival|Square|Plaza|Park|Hospital|Embassy|Museum|Supermarket|Store"
)
VENUE = re.compile(
    rf"\b(?:at|inside|outside|in|into|on|to|stormed|attacked|targeted) (?:the )?"
    rf"(?:[A-Z][\w-]+['’]s )?(?P<venue>(?:[A-Z][\w'’&.-]*\s){{0,4}}(?:{_VENUE_NOUNS}))\b"
)
_REFERENCE_POINT = re.compile(
    r"(?:near|outside|outskirts of|suburbs? of|north of|south of|east of"
    r"|west of|from|to|capital of|neighbou?ring(?: the)?(?: \w+)*)\s+$",
    re.IGNORECASE,
)
_PLACED_IN = re.compile(r"(?:\bin|\bcity of|\btown of|\bvillage of)\s+$", re.IGNORECASE)


@dataclass(frozen=True)
class Location:
    venue: str = ""
    city: str = ""
    region: str = ""
    country: str = ""
    evidence: tuple[tuple[str, Span], ...] = ()


def extract_location(parsed: ParsedDocument) -> Location:
    from_infobox = _infobox_location(parsed)
    from_text = _text_location(parsed)
    known = places.venue_city(from_infobox.venue or from_text.venue)
    if known:
        from_text = Location(
            from_text.venue, known.name, known.region, known.country, from_text.evidence
        )
    return Location(
        venue=from_infobox.venue or from_text.venue,
        city=from_infobox.city or from_text.city,
        region=from_infobox.region or from_text.region,
        country=from_infobox.country or from_text.country,
        evidence=from_infobox.evidence + from_text.evidence,
    )


def _infobox_location(parsed: ParsedDocument) -> Location:
    value = parsed.cleaned.infobox.get("Location", "")
    parts = [p.strip() for p in value.split(",") if p.strip()]
    if not parts:
        return Location()
    country = places.country_code(parts[-1])
    region = next(
        (p for p in parts if places.REGION_NAME.fullmatch(p) or places.is_us_state(p)), ""
    )
    city = next((p for p in parts if places.city(p)), "")
    if not city:
        rest = [p for p in parts if p not in (region, parts[-1])]
        city = rest[-1] if len(rest) >= 2 else ""
    venue = parts[0] if parts[0] not in (city, region) and not places.country_code(parts[0]) else ""
    return Location(venue, city, region, country or _city_country(city))


# A wire dateline: "EL PASO, Texas (AP) - ", "NAIROBI (Reuters) — ".
DATELINE = re.compile(
    r"^\s*(?P<city>[A-Z][A-Z .'-]+?)(?:,\s*(?P<where>[A-Z][\w .]+?))?\s*(?:\([^)]{1,40}\))?"
    r"\s+[-–—]\s"
)
# The reporter files from the dateline city, usually but not always the attack's.
DATELINE_WEIGHT = 1.5


def _text_location(parsed: ParsedDocument) -> Location:
    votes = _PlaceVotes()
    votes.read_dateline(parsed.text)
    for sentence in prose_sentences(parsed):
        if vocabularies.speaks_of_attack(sentence.text):
            votes.read(parsed.text, sentence)
    return votes.result(parsed.text)


class _PlaceVotes:
    def __init__(self) -> None:
        self.cities: Counter[str] = Counter()
        self.countries: Counter[str] = Counter()
        self.regions: Counter[str] = Counter()
        self.venues: Counter[str] = Counter()
        self.first_seen: dict[tuple[str, str], tuple[int, int]] = {}

    def read(self, text: str, sentence: Sentence) -> None:
        for entity in sentence.ents:
            if entity.label_ in ("GPE", "LOC", "FAC", "ORG", "PERSON"):
                self._place(text, entity)
        for match in places.known_venue_pattern().finditer(sentence.text):
            start = sentence.start_char + match.start()
            self._vote(self.venues, "venue", match.group(), start, 2.0)
        for match in VENUE.finditer(sentence.text):
            start = sentence.start_char + match.start("venue")
            self._vote(self.venues, "venue", match["venue"], start, 1.0)
        for match in places.REGION_NAME.finditer(sentence.text):
            self._vote(
                self.regions, "region", match.group(), sentence.start_char + match.start(), 1.0
            )

    def read_dateline(self, text: str) -> None:
        dateline = DATELINE.match(text)
        if not dateline:
            return
        city = dateline["city"].strip().title()
        self._vote(self.cities, "city", city, dateline.start("city"), DATELINE_WEIGHT, len(city))
        where = dateline["where"] or ""
        if places.is_us_state(where):
            self._vote(self.regions, "region", where, dateline.start("where"), 1.0)
        elif places.country_code(where):
            country = places.country_code(where)
            self._vote(self.countries, "country", country, dateline.start("where"), 1.0, len(where))

    def _place(self, text: str, entity) -> None:
        name = re.sub(r"^the\s+", "", entity.text)
        name = name.title() if name.isupper() and len(name) > 4 else name
        before = text[max(0, entity.start_char - 40) : entity.start_char]
        weight = (
            0.5 if _REFERENCE_POINT.search(before) else 2.0 if _PLACED_IN.search(before) else 1.0
        )
        country = places.country_code(name)
        if country and entity.label_ in ("GPE", "LOC"):
            self._vote(self.countries, "country", country, entity.start_char, 1.0, len(name))
        elif places.city(name) or (
            entity.label_ == "GPE"
            and not places.is_us_state(name)
            and not places.REGION_NAME.fullmatch(name)
        ):
            self._vote(self.cities, "city", name, entity.start_char, weight, len(name))
        elif places.is_us_state(name):
            self._vote(self.regions, "region", name, entity.start_char, 1.0, len(name))

    def _vote(self, box, attribute, value, start, weight, length=None) -> None:
        box[value] += weight
        self.first_seen.setdefault((attribute, value), (start, length or len(value)))

    def result(self, text: str) -> Location:
        city = _best(self.cities, self.first_seen, "city")
        known = places.city(city) if city else None
        country = _best(self.countries, self.first_seen, "country") or (
            known.country if known else ""
        )
        if known and known.country != country and self.countries[known.country]:
            country = known.country
        region = _best(self.regions, self.first_seen, "region") or (known.region if known else "")
        if not country and places.is_us_state(region):
            country = "US"
        venue = _best(self.venues, self.first_seen, "venue")
        evidence = tuple(
            (attribute, Span.of(text, start, start + length))
            for (attribute, value), (start, length) in self.first_seen.items()
            if value in (venue, city, region, country)
        )
        return Location(venue, city, region, country, evidence)


def _best(votes: Counter[str], first_seen, attribute) -> str:
    if not votes:
        return ""
    return max(votes, key=lambda v: (votes[v], -first_seen[(attribute, v)][0]))


def _city_country(city: str) -> str:
    known = places.city(city)
    return known.country if known else ""
