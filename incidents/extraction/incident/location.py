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
from incidents.extraction.incident.dating import opens_the_lead
from incidents.extraction.lexicons import actors, places, vocabularies
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
    r"|west of|from|to|capital of|neighbou?ring(?: the)?(?: \w+)*"
    r"|(?:branch|affiliate|wing|offshoot|headquartered|based) in)\s+$",
    re.IGNORECASE,
)
# "the town of Pandeglang in the province of Banten": a region, not the town.
_REGION_BEFORE = re.compile(
    r"\b(?:province|region|state|governorate|oblast|county|prefecture|department) of\s+$",
    re.IGNORECASE,
)
# "The 2016 Ruse attack", "the Ruse Air Base attack": an event named after its place.
_EVENT_NAMED_AFTER_PLACE = re.compile(
    r"\b(?:(?:19|20)\d\d\s+)?(?P<place>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)"
    r"(?:\s[A-Z][\w'’-]+){0,3}\s(?:attacks?|shootings?|bombings?|massacre|siege|stabbings?)\b"
)
_PLACED_IN = re.compile(
    r"(?:\bin|\bcity of|\btown of|\bvillage of|\bdistrict of|\bneighbou?rhood of|\bborough of)"
    r"\s+$",
    re.IGNORECASE,
)
# "the Moosach district of Munich": a part of the city, which is the place to report.
_SUBDIVISION_AFTER = re.compile(
    r"^\s+(?:district|neighbou?rhood|suburb|quarter|borough|area)\b", re.IGNORECASE
)
# A name the text also calls a province ("the Wardak province") is less likely the town:
# many provinces share their name with their capital, so it only loses to another town.
REGION_NAME_WEIGHT = 0.25
_REGION_AFTER = r"\s+(?:province|region|state|governorate|district|county|oblast|division)\b"
# spaCy's entity sometimes runs on into the event's name: "the Las Vegas Shooting".
_EVENT_NOUN_AFTER = re.compile(
    r"\s+(?:shootings?|attacks?|bombings?|massacre|siege|stabbings?|explosions?|blasts?)$",
    re.IGNORECASE,
)
# "Atlanta, Georgia": after a town and a comma, a US state name is the state.
_AFTER_TOWN = re.compile(r"[A-Z][\w.'’-]+,\s*$")
# "Two shootings ... at churches in Tulsa and Enid": one incident at sites in several towns.
_SEVERAL_ATTACKS = re.compile(
    r"\b(?:two|three|twin|both|separate|simultaneous|coordinated|multiple)\b"
    r"|\b(?:attacks|shootings|bombings|blasts|explosions|stabbings)\b",
    re.IGNORECASE,
)
# A town named with another in one sentence about the attack counts as a second site only
# when the text gives it about as much weight as the first.
SECOND_SITE_SHARE = 0.5


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
    """Votes of the sentences about the attack; the other sentences fill in what they lack.

    A statement marking an anniversary may name the city only where it speaks of the
    families ("the families in Uvalde"), and a report may name the country only in an
    adjective ("Indian police"): the whole text then decides.
    """
    votes, rest = _PlaceVotes(), _PlaceVotes()
    votes.read_dateline(parsed.text)
    for index, sentence in enumerate(prose_sentences(parsed)):
        about_it = vocabularies.speaks_of_attack(sentence.text) or opens_the_lead(
            index, sentence.text
        )
        (votes if about_it else rest).read(parsed.text, sentence)
    found = votes.result(parsed.text)
    if not found.city:
        found = _filled(found, rest.result(parsed.text))
    if not found.city:
        found = _filled(found, Location(city=_place_naming_the_event(parsed)))
    if not found.country:
        found = _filled(found, Location(country=_country_of_text(parsed)))
    return found


def _filled(found: Location, other: Location) -> Location:
    return Location(
        venue=found.venue or other.venue,
        city=found.city or other.city,
        region=found.region or other.region,
        country=found.country or other.country,
        evidence=found.evidence + other.evidence,
    )


def _country_of_text(parsed: ParsedDocument) -> str:
    """The country the whole text names most, by name or adjective ("American", "Indian")."""
    counts = Counter(
        places.country_code(entity.text)
        for entity in parsed.doc.ents
        if entity.label_ in ("GPE", "NORP", "LOC")
    )
    counts.update("US" for entity in parsed.doc.ents if places.is_us_state(entity.text))
    del counts[""]
    return counts.most_common(1)[0][0] if counts else ""


class _PlaceVotes:
    def __init__(self) -> None:
        self.cities: Counter[str] = Counter()
        self.countries: Counter[str] = Counter()
        self.regions: Counter[str] = Counter()
        self.venues: Counter[str] = Counter()
        self.first_seen: dict[tuple[str, str], tuple[int, int]] = {}
        # towns the text joins ("in Tulsa and Enid"), with the sentence that joins them
        self.sites: list[tuple[int, tuple[str, ...]]] = []
        self.towns_by_sentence: list[set[str]] = []

    def read(self, text: str, sentence: Sentence) -> None:
        self.towns_by_sentence.append(set())
        for entity in sentence.ents:
            if entity.label_ in ("GPE", "LOC", "FAC", "ORG", "PERSON"):
                self._place(text, entity)
        if _SEVERAL_ATTACKS.search(sentence.text):
            index = len(self.towns_by_sentence) - 1
            self.sites += [(index, towns) for towns in _joined_towns(sentence)]
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
        name = _place_name(entity)
        before = text[max(0, entity.start_char - 40) : entity.start_char]
        weight = _placement_weight(before, text[entity.end_char : entity.end_char + 20])
        country = places.country_code(name)
        if _names_region(name, country, before):
            self._vote(self.regions, "region", name, entity.start_char, 1.0, len(name))
        elif country and entity.label_ in ("GPE", "LOC"):
            self._vote(self.countries, "country", country, entity.start_char, weight, len(name))
        elif places.city(name) or _may_be_town(entity, name, before):
            self._vote(self.cities, "city", name, entity.start_char, weight, len(name))
            if self.towns_by_sentence:
                self.towns_by_sentence[-1].add(name)

    def _vote(self, box, attribute, value, start, weight, length=None) -> None:
        box[value] += weight
        self.first_seen.setdefault((attribute, value), (start, length or len(value)))

    def result(self, text: str) -> Location:
        for name in [c for c in self.cities if _called_region(text, c)]:
            self.cities[name] *= REGION_NAME_WEIGHT
        towns = self._sites_of(_best(self.cities, self.first_seen, "city"))
        city = "; ".join(towns)
        known = next(filter(None, map(places.city, towns)), None)
        # A known city settles its country: the others named are often the speakers'.
        country = (known.country if known else "") or _best(
            self.countries, self.first_seen, "country"
        )
        region = _best(self.regions, self.first_seen, "region")
        if known and len(towns) == 1:
            region = region or known.region
        if not country and places.is_us_state(region):
            country = "US"
        venue = _best(self.venues, self.first_seen, "venue")
        evidence = tuple(
            (attribute, Span.of(text, start, start + length))
            for (attribute, value), (start, length) in self.first_seen.items()
            if value in (venue, *towns, region, country)
        )
        return Location(venue, city, region, country, evidence)

    def _sites_of(self, city: str) -> tuple[str, ...]:
        """The town, or several ("Tulsa; Enid") when the attacks struck towns weighed alike.

        The towns come in the order the text tells of each on its own (the sentence that
        names them together is a summary), as an annotator lists the sites.
        """
        if not city:
            return ()
        least = self.cities[city] * SECOND_SITE_SHARE
        for summary, towns in self.sites:
            if city in towns and all(self.cities[town] >= least for town in towns):
                return tuple(sorted(towns, key=lambda town: self._narrated_at(town, summary)))
        return (city,)

    def _narrated_at(self, town: str, summary: int) -> int:
        told = self.towns_by_sentence
        alone = (i for i, towns in enumerate(told) if i != summary and town in towns)
        return next(alone, len(told))


def _joined_towns(sentence: Sentence) -> list[tuple[str, ...]]:
    """Towns joined after "in" ("in Tulsa and Enid"), neither a country nor a region.

    The first must be a place to spaCy; the small model often takes a less known town
    joined to it for an organisation or a person.
    """
    names = {entity.root.i: entity for entity in sentence.ents if _may_name_town(entity)}
    found = []
    for entity in names.values():
        root = entity.root
        if entity.label_ != "GPE" or root.dep_ != "pobj" or root.head.lower_ != "in":
            continue
        joined = [names[t.i] for t in root.conjuncts if t.i in names]
        if joined:
            found.append(tuple(_place_name(e) for e in (entity, *joined)))
    return found


def _may_name_town(entity) -> bool:
    name = _place_name(entity)
    return entity.label_ in ("GPE", "ORG", "PERSON") and not (
        places.country_code(name) or places.is_us_state(name) or places.REGION_NAME.search(name)
    )


def _place_name(entity) -> str:
    name = _EVENT_NOUN_AFTER.sub("", re.sub(r"^the\s+", "", entity.text, flags=re.IGNORECASE))
    return name.title() if name.isupper() and len(name) > 4 else name


def _names_region(name: str, country: str, before: str) -> bool:
    """ "the province of Banten"; a US state, unless it is the country ("Georgia") alone."""
    is_state = places.is_us_state(name)
    if is_state and _AFTER_TOWN.search(before):
        return True
    return not country and (is_state or bool(_REGION_BEFORE.search(before)))


def _placement_weight(before: str, after: str) -> float:
    if _REFERENCE_POINT.search(before) or _SUBDIVISION_AFTER.match(after):
        return 0.5
    return 2.0 if _PLACED_IN.search(before) else 1.0


def _may_be_town(entity, name: str, before: str) -> bool:
    """An unknown GPE, or a name spaCy took for a person right after "in" ("in Maidan Shahr")."""
    if places.is_us_state(name) or places.REGION_NAME.fullmatch(name):
        return False
    if entity.label_ == "GPE":
        return True
    return entity.label_ in ("PERSON", "ORG") and bool(_PLACED_IN.search(before))


def _place_naming_the_event(parsed: ParsedDocument) -> str:
    """The place an event is named after ("the 2016 Ruse attack"), when the parse sees a place.

    Only a last resort, and only for a name spaCy tags as a place or that opens a
    place's name ("the Ruse Air Base"): events are named after newspapers and people too.
    """
    for match in _EVENT_NAMED_AFTER_PLACE.finditer(parsed.text):
        name = match["place"]
        if places.country_code(name) or actors.known_actor(name):
            continue
        if any(_opens_a_place(entity, name) for entity in parsed.doc.ents):
            return name
    return ""


def _opens_a_place(entity, name: str) -> bool:
    text = re.sub(r"^the\s+", "", entity.text, flags=re.IGNORECASE)
    if entity.label_ in ("GPE", "LOC"):
        return text == name
    return entity.label_ in ("FAC", "ORG") and text.startswith(name + " ")


def _called_region(text: str, name: str) -> bool:
    if places.city(name):
        return False
    return bool(re.search(re.escape(name) + _REGION_AFTER, text, re.IGNORECASE))


def _best(votes: Counter[str], first_seen, attribute) -> str:
    if not votes:
        return ""
    return max(votes, key=lambda v: (votes[v], -first_seen[(attribute, v)][0]))


def _city_country(city: str) -> str:
    known = places.city(city)
    return known.country if known else ""
