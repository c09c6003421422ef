"""Numbers as news text writes them: "6,200", "four", "a hundred", "at least 40", "182 or 183".

Pure functions over plain strings. `find_quantities` scans a text and returns every
count it can read, with its qualifier and character offsets, so the casualty rules
can work on sentences without re-parsing numbers.

Vague plurals ("dozens", "scores", "hundreds") are not numbers: they are found, so
that nothing reads a number into them, but marked `vague`, and a casualty figure is
never made of one (except a perpetrator's claim, which is recorded as claimed). Their
range follows one rule: "<unit>s" means at least two of the unit and fewer than the
next order of magnitude ("dozens" 24..99, "hundreds" 200..999, "thousands"
2,000..9,999, "tens of thousands" 20,000..99,999, "hundreds of thousands"
200,000..999,999). "A dozen" is a number, 12, with the qualifier "about".

Reference markers ("[3]") are not counts, and a count written after "from" and
before "to" is two counts ("revised the toll from 52 to 47"), not a range.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

EXACT = "exact"
AT_LEAST = "at_least"
MORE_THAN = "more_than"
ABOUT = "about"
UP_TO = "up_to"
FEWER_THAN = "fewer_than"


@dataclass(frozen=True)
class Quantity:
    value: int
    start: int  # offsets of the whole phrase, qualifier included
    end: int
    value_max: int | None = None
    qualifier: str = EXACT
    number_start: int = 0  # offsets of the number itself, without the qualifier
    number_end: int = 0
    vague: bool = False  # "dozens", "hundreds": a range, not a number
    replaced: bool = False  # 52 in "from 52 to 47": a count the next one revised


_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_VAGUE = {  # plural unit -> (low, high); see the module docstring
    "dozens": (24, 99),
    "scores": (40, 99),
    "hundreds": (200, 999),
    "thousands": (2_000, 9_999),
    "tens of thousands": (20_000, 99_999),
    "hundreds of thousands": (200_000, 999_999),
    "millions": (2_000_000, 9_999_999),
}

# Longest phrases first so "a minimum of" wins over "a".
_QUALIFIERS = {
    "at least": AT_LEAST, "a minimum of": AT_LEAST, "no fewer than": AT_LEAST,
    "no less than": AT_LEAST, "not less than": AT_LEAST,
    "more than": MORE_THAN, "over": MORE_THAN, "upwards of": MORE_THAN,
    "in excess of": MORE_THAN, "well over": MORE_THAN, "above": MORE_THAN,
    "about": ABOUT, "approximately": ABOUT, "around": ABOUT, "roughly": ABOUT,
    "nearly": ABOUT, "almost": ABOUT, "close to": ABOUT, "an estimated": ABOUT,
    "estimated": ABOUT, "some": ABOUT, "approx.": ABOUT, "circa": ABOUT, "c.": ABOUT,
    "ca.": ABOUT,
    "up to": UP_TO, "as many as": UP_TO, "at most": UP_TO, "a maximum of": UP_TO,
    "no more than": UP_TO,
    "fewer than": FEWER_THAN, "less than": FEWER_THAN, "under": FEWER_THAN,
}  # fmt: skip

_WORD = "|".join(sorted([*_UNITS, *_SCALES, "dozen", "half-dozen"], key=len, reverse=True))
_WORD_NUMBER = (
    rf"(?:(?:a|one)[\s-]+half[\s-]+dozen|half[\s-]+a[\s-]+dozen|an?\s+(?:half-)?(?:dozen|hundred|thousand|million)"
    rf"|(?:{_WORD})(?:(?:[\s-]+|\s+and\s+)(?:{_WORD}))*)"
)
_DIGITS = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?"
_DIGIT_NUMBER = rf"(?:{_DIGITS})(?:\s+(?:million|thousand|billion))?"
_VAGUE_NUMBER = "|".join(sorted(_VAGUE, key=len, reverse=True))
_NUMBER = rf"(?:{_VAGUE_NUMBER}|{_DIGIT_NUMBER}|{_WORD_NUMBER})"
_QUALIFIER = "|".join(re.escape(q) for q in sorted(_QUALIFIERS, key=len, reverse=True))
_RANGE_LINK = r"\s*(?:[-–—]|to|or)\s*"

_QUANTITY_RE = re.compile(
    rf"(?<![\w.,$£€₽%\[-])"
    rf"(?:(?P<qualifier>{_QUALIFIER})\s+)?"
    rf"(?:between\s+(?P<between_low>{_NUMBER})\s+and\s+(?P<between_high>{_NUMBER})"
    rf"|(?P<low>{_NUMBER})(?:(?P<link>{_RANGE_LINK})(?P<high>{_NUMBER}))?)"
    rf"(?![\w%\]]|[.,]\d)",
    re.IGNORECASE,
)


def parse_number(phrase: str) -> tuple[int, int | None] | None:
    """(value, value_max) of one number phrase, or None when it is not a number.

    value_max is set only for vague plurals ("hundreds" -> (200, 999)).
    """
    text = re.sub(r"\s+", " ", phrase.strip().lower())
    if text in _VAGUE:
        return _VAGUE[text]
    if re.fullmatch(_DIGIT_NUMBER, text):
        return _digits_value(text), None
    words = re.split(r"[\s-]+", text)
    value = _words_value(words)
    return (value, None) if value is not None else None


def find_quantities(text: str) -> list[Quantity]:
    """Every count in `text`, left to right, with qualifier and range."""
    found = []
    for match in _QUANTITY_RE.finditer(text):
        found.extend(_quantities(match, text))
    return found


def _quantities(match: re.Match, text: str) -> list[Quantity]:
    low_group = "between_low" if match.group("between_low") else "low"
    high_group = "between_high" if match.group("between_low") else "high"
    low = parse_number(match.group(low_group))
    if low is None:
        return []
    if not match.group(high_group):
        return [_quantity(match, low_group, low)]
    high = parse_number(match.group(high_group))
    if high is None:
        return [_quantity(match, low_group, low)]
    if _is_revision(match, text, low[0], high[0]):
        earlier = replace(_quantity(match, low_group, low), replaced=True)
        return [earlier, _quantity(match, high_group, high)]
    if high[0] < low[0]:
        return [_quantity(match, low_group, low)]  # "40 or four": not a range
    return [_quantity(match, low_group, (low[0], high[1] or high[0]), high_group)]


def _is_revision(match: re.Match, text: str, low: int, high: int) -> bool:
    """ "from 52 to 47", "52 to 47": a count and the count that replaced it."""
    if (match.group("link") or "").strip().lower() != "to":
        return False
    return high < low or text[: match.start()].rstrip().lower().endswith("from")


def _quantity(
    match: re.Match, group: str, number: tuple[int, int | None], high_group: str = ""
) -> Quantity:
    """The count read from `group` (through `high_group` for a range)."""
    first = group in ("low", "between_low")
    qualifier = _QUALIFIERS.get((match.group("qualifier") or "").lower(), EXACT) if first else EXACT
    words = match.group(group).strip().lower()
    vague = words in _VAGUE
    if qualifier == EXACT and (vague or "dozen" in words):
        qualifier = ABOUT
    end_group = high_group or group
    return Quantity(
        value=number[0],
        value_max=number[1],
        qualifier=qualifier,
        start=match.start() if first else match.start(group),
        end=match.end() if high_group or group == "high" else match.end(group),
        number_start=match.start(group),
        number_end=match.end(end_group),
        vague=vague,
    )


def _digits_value(text: str) -> int:
    number, _, scale = text.partition(" ")
    value = float(number.replace(",", ""))
    return round(value * _SCALES.get(scale, 1))


def _words_value(words: list[str]) -> int | None:
    """English number words to an int: "one hundred and twenty-one" -> 121."""
    words = [w for w in words if w != "and"]
    if words[:1] in (["a"], ["an"]):
        words = ["one", *words[1:]]
    if "dozen" in words or "half" in words:
        return _dozens_value(words)
    total, current = 0, 0
    for word in words:
        if word in _UNITS:
            current += _UNITS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in _SCALES:
            total += max(current, 1) * _SCALES[word]
            current = 0
        else:
            return None
    return total + current


def _dozens_value(words: list[str]) -> int | None:
    if "half" in words:
        return 6
    count = _words_value([w for w in words if w != "dozen"]) if len(words) > 1 else 1
    return count * 12 if count is not None else None
