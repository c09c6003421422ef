"""Country names as reference datasets spell them <-> ISO 3166-1 alpha-2 codes.

Names come from pycountry (ISO 3166-1: name, official and common name; ISO 3166-3 for
states that no longer exist, where their old code is unambiguous) and from the datasets'
own spellings below, including historical states, which keep their ISO 3166-3 alpha-2
codes. An imported row keeps its spelling verbatim (see services/datasets/fidelity.py);
these names are what an export writes for an incident the dataset did not give.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

import pycountry

# Where GTD's spelling differs from ISO's short name; exports write these.
_WRITTEN_NAMES = {
    "AG": "Antigua and Barbuda",
    "BA": "Bosnia-Herzegovina",
    "BN": "Brunei",
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "CI": "Ivory Coast",
    "CS": "Czechoslovakia",
    "CZ": "Czech Republic",
    "DD": "East Germany (GDR)",
    "FK": "Falkland Islands",
    "FM": "Micronesia",
    "HK": "Hong Kong",
    "KN": "St. Kitts and Nevis",
    "XK": "Kosovo",  # a user-assigned code, as CLDR and the EU use it; not in ISO 3166
    "LC": "St. Lucia",
    "MK": "Macedonia",
    "MM": "Myanmar",
    "MO": "Macau",
    "NH": "New Hebrides",
    "PS": "West Bank and Gaza Strip",
    "RH": "Rhodesia",
    "RU": "Russia",
    "SK": "Slovak Republic",
    "SU": "Soviet Union",
    "SZ": "Swaziland",
    "TL": "East Timor",
    "TR": "Turkey",
    "TT": "Trinidad and Tobago",
    "VA": "Vatican City",
    "VD": "South Vietnam",
    "WF": "Wallis and Futuna",
    "XX": "International",
    "YD": "South Yemen",
    "YU": "Yugoslavia",
    "ZR": "Zaire",
}
# Further spellings read but never written (their country has a current name above or in CLDR).
_READ_ALIASES = {
    "North Macedonia": "MK",
    "West Germany (FRG)": "DE",
    "North Yemen": "YE",
    "Serbia-Montenegro": "RS",
    "DR Congo (Zaire)": "CD",
    "Russia (Soviet Union)": "RU",
    "Serbia (Yugoslavia)": "RS",
    "People's Republic of the Congo": "CG",
    "Cape Verde": "CV",
    # UCDP GED's Gleditsch-Ward names.
    "Macedonia, FYR": "MK",
}
_PARENTHESIS = re.compile(r"\s*\(.*\)\s*$")


def country_code(name: str) -> str | None:
    """The alpha-2 code for a dataset's country name; '' for no name, None if unknown."""
    name = name.strip()
    if not name:
        return ""
    by_name = _codes_by_name()
    code = by_name.get(name.casefold())
    if code is None and _PARENTHESIS.search(name):
        # UCDP appends former names: "Cambodia (Kampuchea)", "Zimbabwe (Rhodesia)".
        code = by_name.get(_PARENTHESIS.sub("", name).casefold())
    return code


def country_name(code: str) -> str:
    """The dataset spelling for an alpha-2 code ('' for none)."""
    return _names_by_code().get(code, code)


@cache
def _codes_by_name() -> dict[str, str]:
    names = {name: code for code, name in _former_names()}
    names.update({name: country.alpha_2 for country, name in _iso_names()})
    names.update({name: code for code, name in _WRITTEN_NAMES.items()})
    names.update(_READ_ALIASES)
    return {name.casefold(): code for name, code in names.items()}


@cache
def _names_by_code() -> dict[str, str]:
    short = {country.alpha_2: _short_name(country) for country in pycountry.countries}
    return dict(_former_names()) | short | _WRITTEN_NAMES


def _iso_names():
    for country in pycountry.countries:
        for attribute in ("official_name", "name", "common_name"):
            if name := getattr(country, attribute, None):
                yield country, name


def _short_name(country) -> str:
    return getattr(country, "common_name", None) or country.name


def _former_names():
    """ISO 3166-3 names whose old alpha-2 code no current country or other old state reuses
    (CS was Czechoslovakia and then Serbia and Montenegro; SK was Sikkim)."""
    current = {country.alpha_2 for country in pycountry.countries}
    uses = Counter(state.alpha_2 for state in pycountry.historic_countries)
    for state in pycountry.historic_countries:
        if state.alpha_2 not in current and uses[state.alpha_2] == 1:
            yield state.alpha_2, state.name


# GTD's twelve regions (region_txt), by member code. GTD derives the region from the country.
_GTD_REGIONS = {
    "North America": "US CA MX",
    "Central America & Caribbean": (
        "AG BS BB BZ CR CU DM DO SV GD GT HT HN JM NI PA KN LC VC TT PR VI VG KY TC AI MS GP MQ"
    ),
    "South America": "AR BO BR CL CO EC FK GF GY PY PE SR UY VE",
    "East Asia": "CN HK MO JP KP KR MN TW",
    "Southeast Asia": "BN KH ID LA MY MM PH SG TH TL VN VD",
    "South Asia": "AF BD BT IN MV NP PK LK",
    "Central Asia": "AM AZ GE KZ KG TJ TM UZ",
    "Western Europe": (
        "AD AT BE DK FI FR DE GI GR IS IE IM IT LI LU MT MC NL NO PT SM ES SE CH GB VA FO GL"
    ),
    "Eastern Europe": "AL BY BA BG HR CZ CS DD EE HU XK LV LT MK MD ME PL RO RU RS SK SI SU UA YU",
    "Middle East & North Africa": (
        "DZ BH CY EG IR IQ IL JO KW LB LY MA OM PS QA SA SY TN TR AE YE YD EH"
    ),
    "Sub-Saharan Africa": (
        "AO BJ BW BF BI CM CV CF TD KM CD CG CI DJ GQ ER SZ ET GA GM GH GN GW KE LS LR MG MW ML "
        "MR MU MZ NA NE NG RW ST SN SC SL SO ZA SS SD TZ TG UG ZM ZW ZR RH RE YT"
    ),
    "Australasia & Oceania": "AU FJ PF NC NZ PG SB VU WS TO KI FM MH NR PW TV NH",
}


def gtd_region(code: str) -> str:
    """GTD's region_txt for a country code ('' if the code is in none of them)."""
    return _regions_by_code().get(code, "")


@cache
def _regions_by_code() -> dict[str, str]:
    return {code: region for region, codes in _GTD_REGIONS.items() for code in codes.split()}
