"""Place vocabularies: countries (ISO 3166-1 alpha-2) with their adjectives and
demonyms, and a small gazetteer of cities and regions often named in incident
reports. spaCy's GPE entities find place names; these tables give them a country.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from incidents.extraction.lexicons import world


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    aliases: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()  # also demonyms: "Tajik", "Tajikistani"


@dataclass(frozen=True)
class City:
    name: str
    country: str
    region: str = ""


COUNTRIES: tuple[Country, ...] = (
    Country("AF", "Afghanistan", (), ("Afghan",)),
    Country("AM", "Armenia", (), ("Armenian",)),
    Country("AT", "Austria", (), ("Austrian",)),
    Country("AU", "Australia", (), ("Australian",)),
    Country("AZ", "Azerbaijan", (), ("Azerbaijani", "Azeri")),
    Country("BD", "Bangladesh", (), ("Bangladeshi",)),
    Country("BE", "Belgium", (), ("Belgian",)),
    Country("BF", "Burkina Faso", (), ("Burkinabe",)),
    Country("BY", "Belarus", (), ("Belarusian",)),
    Country("CA", "Canada", (), ("Canadian",)),
    Country("CD", "Democratic Republic of the Congo", ("DR Congo", "DRC"), ("Congolese",)),
    Country("CH", "Switzerland", (), ("Swiss",)),
    Country("CN", "China", (), ("Chinese",)),
    Country("CO", "Colombia", (), ("Colombian",)),
    Country("DE", "Germany", (), ("German",)),
    Country("DK", "Denmark", (), ("Danish", "Dane")),
    Country("DZ", "Algeria", (), ("Algerian",)),
    Country("EG", "Egypt", (), ("Egyptian",)),
    Country("ES", "Spain", (), ("Spanish", "Spaniard")),
    Country("ET", "Ethiopia", (), ("Ethiopian",)),
    Country("FR", "France", (), ("French", "Frenchman")),
    Country(
        "GB",
        "United Kingdom",
        ("UK", "U.K.", "Britain", "Great Britain", "England", "Scotland", "Wales"),
        ("British", "English", "Scottish", "Welsh"),
    ),
    Country("GE", "Georgia", (), ("Georgian",)),
    Country("GR", "Greece", (), ("Greek",)),
    Country("ID", "Indonesia", (), ("Indonesian",)),
    Country("IE", "Ireland", (), ("Irish",)),
    Country("IL", "Israel", (), ("Israeli",)),
    Country("IN", "India", (), ("Indian",)),
    Country("IQ", "Iraq", (), ("Iraqi",)),
    Country("IR", "Iran", (), ("Iranian",)),
    Country("IT", "Italy", (), ("Italian",)),
    Country("JO", "Jordan", (), ("Jordanian",)),
    Country("JP", "Japan", (), ("Japanese",)),
    Country("KE", "Kenya", (), ("Kenyan",)),
    Country("KG", "Kyrgyzstan", ("Kyrgyz Republic",), ("Kyrgyz", "Kyrgyzstani")),
    Country("KZ", "Kazakhstan", (), ("Kazakh", "Kazakhstani")),
    Country("LB", "Lebanon", (), ("Lebanese",)),
    Country("LK", "Sri Lanka", (), ("Sri Lankan",)),
    Country("LY", "Libya", (), ("Libyan",)),
    Country("MA", "Morocco", (), ("Moroccan",)),
    Country("MD", "Moldova", (), ("Moldovan",)),
    Country("ML", "Mali", (), ("Malian",)),
    Country("MX", "Mexico", (), ("Mexican",)),
    Country("NE", "Niger", (), ("Nigerien",)),
    Country("NG", "Nigeria", (), ("Nigerian",)),
    Country("NL", "Netherlands", ("Holland",), ("Dutch",)),
    Country("NO", "Norway", (), ("Norwegian",)),
    Country("NZ", "New Zealand", (), ("New Zealander",)),
    Country("PH", "Philippines", (), ("Filipino", "Philippine")),
    Country("PK", "Pakistan", (), ("Pakistani",)),
    Country("PL", "Poland", (), ("Polish",)),
    Country("PS", "Palestine", ("Gaza", "West Bank"), ("Palestinian",)),
    Country("RU", "Russia", ("Russian Federation",), ("Russian",)),
    Country("SA", "Saudi Arabia", (), ("Saudi",)),
    Country("SE", "Sweden", (), ("Swedish", "Swede")),
    Country("SO", "Somalia", (), ("Somali",)),
    Country("SY", "Syria", (), ("Syrian",)),
    Country("TJ", "Tajikistan", (), ("Tajik", "Tajikistani")),
    Country("TM", "Turkmenistan", (), ("Turkmen",)),
    Country("TN", "Tunisia", (), ("Tunisian",)),
    Country("TR", "Turkey", ("Türkiye", "Turkiye"), ("Turkish",)),
    Country("UA", "Ukraine", (), ("Ukrainian",)),
    Country(
        "US",
        "United States",
        ("US", "U.S.", "USA", "United States of America", "America"),
        ("American",),
    ),
    Country("UZ", "Uzbekistan", (), ("Uzbek", "Uzbekistani")),
    Country("YE", "Yemen", (), ("Yemeni",)),
    *(
        Country(code, name, aliases, adjectives)
        for code, name, aliases, adjectives, _ in world.countries()
    ),
)

CITIES: tuple[City, ...] = (
    City("Moscow", "RU", "Moscow"),
    City("Krasnogorsk", "RU", "Moscow Oblast"),
    City("Saint Petersburg", "RU", "Saint Petersburg"),
    City("Beslan", "RU", "North Ossetia–Alania"),
    City("Makhachkala", "RU", "Dagestan"),
    City("Paris", "FR", "Île-de-France"),
    City("Nice", "FR", "Provence-Alpes-Côte d'Azur"),
    City("London", "GB", "England"),
    City("Manchester", "GB", "England"),
    City("Brussels", "BE", "Brussels-Capital Region"),
    City("Berlin", "DE", "Berlin"),
    City("Vienna", "AT", "Vienna"),
    City("Barcelona", "ES", "Catalonia"),
    City("Madrid", "ES", "Community of Madrid"),
    City("Istanbul", "TR", "Istanbul"),
    City("Ankara", "TR", "Ankara"),
    City("Nairobi", "KE", "Nairobi"),
    City("Garissa", "KE", "Garissa"),
    City("Mogadishu", "SO", "Banadir"),
    City("Maiduguri", "NG", "Borno"),
    City("Kabul", "AF", "Kabul"),
    City("Peshawar", "PK", "Khyber Pakhtunkhwa"),
    City("Quetta", "PK", "Balochistan"),
    City("Kerman", "IR", "Kerman"),
    City("Baghdad", "IQ", "Baghdad"),
    City("Colombo", "LK", "Western Province"),
    City("Mumbai", "IN", "Maharashtra"),
    City("Jerusalem", "IL", "Jerusalem"),
    City("Christchurch", "NZ", "Canterbury"),
    City("Sydney", "AU", "New South Wales"),
    City("Kyiv", "UA", "Kyiv"),
    City("Dushanbe", "TJ", "Dushanbe"),
    City("Bamako", "ML", "Bamako"),
    City("Ouagadougou", "BF", "Centre"),
    City("Sousse", "TN", "Sousse"),
    City("Las Vegas", "US", "Nevada"),
    City("Orlando", "US", "Florida"),
    City("Parkland", "US", "Florida"),
    City("El Paso", "US", "Texas"),
    City("Uvalde", "US", "Texas"),
    City("Buffalo", "US", "New York"),
    City("New York", "US", "New York"),
    City("Boston", "US", "Massachusetts"),
    City("San Bernardino", "US", "California"),
)

# Every national capital and the world's largest cities, after the cities above.
CITIES += tuple(
    City(name, code, region)
    for name, code, region in (
        *((capital, code, "") for code, _, _, _, capital in world.countries() if capital),
        *world.cities(),
    )
    if name.casefold() not in {c.name.casefold() for c in CITIES}
)

# Well-known venues of past attacks, so that a report naming only the venue
# ("the Crocus City Hall on the outskirts of Moscow") still gets its municipality.
VENUES: tuple[tuple[str, City], ...] = (
    ("Crocus City Hall", City("Krasnogorsk", "RU", "Moscow Oblast")),
    ("Bataclan", City("Paris", "FR", "Île-de-France")),
    ("Manchester Arena", City("Manchester", "GB", "England")),
    ("Westgate", City("Nairobi", "KE", "Nairobi")),
    ("Pulse", City("Orlando", "US", "Florida")),
    ("Robb Elementary School", City("Uvalde", "US", "Texas")),
    ("Dubrovka Theater", City("Moscow", "RU", "Moscow")),
    ("Beslan School Number One", City("Beslan", "RU", "North Ossetia–Alania")),
)

US_STATES = (
    "Alabama",
    "Alaska",
    "Arizona",
    "Arkansas",
    "California",
    "Colorado",
    "Connecticut",
    "Delaware",
    "Florida",
    "Georgia",
    "Hawaii",
    "Idaho",
    "Illinois",
    "Indiana",
    "Iowa",
    "Kansas",
    "Kentucky",
    "Louisiana",
    "Maine",
    "Maryland",
    "Massachusetts",
    "Michigan",
    "Minnesota",
    "Mississippi",
    "Missouri",
    "Montana",
    "Nebraska",
    "Nevada",
    "New Hampshire",
    "New Jersey",
    "New Mexico",
    "New York",
    "North Carolina",
    "North Dakota",
    "Ohio",
    "Oklahoma",
    "Oregon",
    "Pennsylvania",
    "Rhode Island",
    "South Carolina",
    "South Dakota",
    "Tennessee",
    "Texas",
    "Utah",
    "Vermont",
    "Virginia",
    "Washington",
    "West Virginia",
    "Wisconsin",
    "Wyoming",
)

# "Moscow Oblast", "Bryansk Oblast", "Khyber Pakhtunkhwa Province", "Borno State"
REGION_NAME = re.compile(
    r"\b(?:[A-Z][\w'’-]+ ){1,3}(?:Oblast|Krai|Province|Governorate|Prefecture|County|Region"
    r"|District)\b"
)


def country_code(name: str) -> str:
    """ISO alpha-2 for a country name, alias, adjective or demonym; "" if unknown."""
    return _country_index().get(_fold(name), "")


def city(name: str) -> City | None:
    return _city_index().get(_fold(name))


def venue_city(venue: str) -> City | None:
    folded = _fold(venue)
    return next((c for name, c in VENUES if _fold(name) in folded), None)


def known_venue_pattern() -> re.Pattern[str]:
    """Matches the gazetteer's venues by name ("the Bataclan concert hall" -> Bataclan)."""
    return _known_venue_pattern()


def is_us_state(name: str) -> bool:
    return name in US_STATES


def nationality_pattern() -> re.Pattern[str]:
    """Matches "Tajik", "citizens of Tajikistan", "a native of Tajikistan", "Tajikistani"."""
    return _nationality_pattern()


def _fold(name: str) -> str:
    name = re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE)
    return re.sub(r"['’]s$", "", name).casefold()


@cache
def _country_index() -> dict[str, str]:
    index = {}
    for country in COUNTRIES:
        for form in (country.name, *country.aliases, *country.adjectives):
            index[_fold(form)] = country.code
            index.setdefault(_fold(form) + "s", country.code)  # plural demonyms: "Tajiks"
    return index


@cache
def _city_index() -> dict[str, City]:
    return {_fold(c.name): c for c in CITIES}


@cache
def _known_venue_pattern() -> re.Pattern[str]:
    names = sorted((name for name, _ in VENUES), key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, names))})\b")


@cache
def _nationality_pattern() -> re.Pattern[str]:
    names = sorted((c.name for c in COUNTRIES), key=len, reverse=True)
    adjectives = sorted((a for c in COUNTRIES for a in c.adjectives), key=len, reverse=True)
    return re.compile(
        rf"\b(?:(?:citizens?|nationals?|natives?) of (?:the )?(?P<country>{'|'.join(names)})"
        rf"|(?P<adjective>{'|'.join(adjectives)})(?= (?:citizens?|nationals?|man|woman|men|women"
        rf"|national|migrants?|immigrants?|origin|descent|passport)))\b"
        rf"|\bborn in (?P<birth>{'|'.join(names)})\b"
        rf"|(?<=year-old )(?P<aged>{'|'.join(adjectives)})\b"
        rf"|\b(?P<born>{'|'.join(adjectives)})-born\b"
    )
