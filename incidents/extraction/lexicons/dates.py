"""Date mentions and their resolution.

News text dates events relative to something: "on Friday" to the publication
date, "the day after the attack" to the incident date, "March 22" to a year
the reader knows. `find_dates` finds every mention with its offsets and
resolves what it can from the anchors it is given:

- a weekday ("on Friday") is the latest such day on or before the reference
  date (reports speak of the past);
- a day and month without a year take the anchor's year, moved one year back
  when that would put them more than a week after the reference;
- a weekday *with* a day and month ("Friday, March 22") and no year anywhere
  takes the latest year, not after the reference (or today), in which that day
  fell on that weekday;
- "N days after/before the attack" counts from the incident date;
- "N years ago" and "this evening" count back from the reference date (an
  anniversary statement dated the day it marks says "one year ago today").

`dateline_date` reads a line that only dates the page ("Updated: 2023-06-14
08:12", "Monday, January 28, 2019", "Published 23 March 2024 at 10:15").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_MONTH_NAMES = {
    m: i
    for i, names in enumerate(
        (
            ("January", "Jan"),
            ("February", "Feb"),
            ("March", "Mar"),
            ("April", "Apr"),
            ("May",),
            ("June", "Jun"),
            ("July", "Jul"),
            ("August", "Aug"),
            ("September", "Sept", "Sep"),
            ("October", "Oct"),
            ("November", "Nov"),
            ("December", "Dec"),
        ),
        start=1,
    )
    for m in names
}
MONTHS = {m.casefold(): i for m, i in _MONTH_NAMES.items()}
MONTH_NAMES = tuple(sorted(_MONTH_NAMES, key=len, reverse=True))  # longest first, for regexes
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_NUMBER_WORDS = {
    "a": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}

# Case-sensitive on purpose: "may 10 people" is not a date, "May 10" is.
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTH_NAMES, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?P<weekday>" + "|".join(WEEKDAYS) + r")(?:,|\s)\s*)?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d\d))?"
_PATTERNS = tuple(
    (kind, re.compile(pattern))
    for kind, pattern in (
        ("day_month", rf"\b{_WEEKDAY}(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}{_YEAR}\b"),
        ("month_day", rf"\b{_WEEKDAY}{_MONTH}\s+{_DAY}(?!\d|:){_YEAR}\b(?!\s*(?:km|%))"),
        (
            "month_year",
            rf"\b(?:(?P<early>[Ee]arly|[Mm]id|[Ll]ate)[\s-]+)?{_MONTH}\s+(?P<year>(?:19|20)\d\d)\b",
        ),
        ("weekday", r"\b(?P<last>[Ll]ast\s+)?(?P<weekday>" + "|".join(WEEKDAYS) + r")\b"),
        (
            "relative",
            r"(?i:\b(?:(?:the|a)\s+)?(?P<count>\w+\s+)?(?P<unit>days?|weeks?)\s+"
            r"(?P<direction>after|before|prior to)\s+the\s+(?:[\w-]+\s+){0,4}?"
            r"(?:attacks?|shooting|bombing"
            r"|massacre|assault|incident)\b)",
        ),
        ("iso", r"\b(?P<year>(?:19|20)\d\d)-(?P<month_number>[01]\d)-(?P<day>[0-3]\d)(?!\d)"),
        (
            "years_ago",
            r"(?i:\b(?P<count>\w+)\s+years?\s+ago(?:\s+today)?\b)",
        ),
        (
            "deictic",
            r"\b(?P<word>[Yy]esterday|[Tt]oday|[Tt]onight|[Ll]ast night"
            r"|[Tt]his (?:morning|afternoon|evening))\b",
        ),
        ("year", r"\b(?:[Ii]n|[Ss]ince|of|by)\s+(?P<year>(?:19|20)\d\d)\b"),
    )
)


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    date: dt.date | None  # None when the anchors do not allow resolution
    precision: str  # day | month | year
    relative: bool = False  # resolved from an anchor, not written out in full
    year_written: bool = False


def find_dates(
    text: str,
    *,
    reference: dt.date | None = None,
    incident: dt.date | None = None,
    default_year: int | None = None,
) -> list[DateMention]:
    """Every date mention in `text`, resolved against the anchors, in text order."""
    taken: list[tuple[int, int]] = []
    mentions = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            mention = _resolve(kind, match, reference, incident, default_year)
            if mention is not None:
                taken.append((match.start(), match.end()))
                mentions.append(mention)
    return sorted(mentions, key=lambda m: m.start)


def _resolve(kind, match, reference, incident, default_year) -> DateMention | None:
    resolver = _RESOLVERS[kind]
    found = resolver(match, reference, incident, default_year)
    if found is None:
        return None
    date, precision, relative = found
    year_written = bool(match.groupdict().get("year"))
    return DateMention(
        match.start(), match.end(), match.group(), date, precision, relative, year_written
    )


def _day_month(match, reference, incident, default_year):
    month = MONTHS[match["month"].casefold()]
    day = int(match["day"])
    if not 1 <= day <= 31:
        return None
    if match["year"]:
        return _safe_date(int(match["year"]), month, day), "day", False
    weekday = match["weekday"]
    anchor = reference or incident
    if weekday and not default_year:
        return _year_from_weekday(month, day, WEEKDAYS.index(weekday), anchor), "day", True
    return _infer_year(month, day, reference, incident, default_year), "day", True


def _month_year(match, reference, incident, default_year):
    month = MONTHS[match["month"].casefold()]
    return _safe_date(int(match["year"]), month, 1), "month", False


def _weekday(match, reference, incident, default_year):
    if reference is None:
        return None, "day", True
    wanted = WEEKDAYS.index(match["weekday"])
    back = (reference.weekday() - wanted) % 7
    if match["last"] and back == 0:
        back = 7
    return reference - dt.timedelta(days=back), "day", True


def _relative(match, reference, incident, default_year):
    count_word = (match["count"] or "one").strip().casefold()
    count = int(count_word) if count_word.isdigit() else _NUMBER_WORDS.get(count_word)
    if count is None:
        return None
    days = count * (7 if match["unit"].casefold().startswith("week") else 1)
    sign = 1 if match["direction"].casefold() == "after" else -1
    date = incident + dt.timedelta(days=sign * days) if incident else None
    return date, "day", True


def _deictic(match, reference, incident, default_year):
    if reference is None:
        return None, "day", True
    back = 1 if match["word"].casefold() in ("yesterday", "last night") else 0
    return reference - dt.timedelta(days=back), "day", True


def _iso(match, reference, incident, default_year):
    date = _safe_date(int(match["year"]), int(match["month_number"]), int(match["day"]))
    return (date, "day", False) if date else None


def _years_ago(match, reference, incident, default_year):
    count_word = match["count"].casefold()
    count = int(count_word) if count_word.isdigit() else _NUMBER_WORDS.get(count_word)
    if count is None or count > 100:
        return None
    if reference is None:
        return None, "day", True
    # 29 February has no anniversary in most years: the day before stands in.
    date = _safe_date(reference.year - count, reference.month, reference.day)
    return date or _safe_date(reference.year - count, reference.month, 28), "day", True


def _year(match, reference, incident, default_year):
    return dt.date(int(match["year"]), 1, 1), "year", False


_RESOLVERS = {
    "day_month": _day_month,
    "month_day": _day_month,
    "month_year": _month_year,
    "weekday": _weekday,
    "relative": _relative,
    "iso": _iso,
    "years_ago": _years_ago,
    "deictic": _deictic,
    "year": _year,
}


def _infer_year(month, day, reference, incident, default_year) -> dt.date | None:
    anchor = reference or incident
    year = anchor.year if anchor else default_year
    if year is None:
        return None
    date = _safe_date(year, month, day)
    if date and reference and date > reference + dt.timedelta(days=7):
        date = _safe_date(year - 1, month, day)
    return date


def _year_from_weekday(month, day, weekday, anchor) -> dt.date | None:
    """The year nearest the anchor (or the latest up to today) where the weekday fits."""
    if anchor:
        years = (anchor.year, anchor.year - 1, anchor.year + 1)
    else:
        years = range(dt.date.today().year, dt.date.today().year - 28, -1)
    for year in years:
        date = _safe_date(year, month, day)
        if date and date.weekday() == weekday and (anchor or date <= dt.date.today()):
            return date
    return None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# What a dateline may hold besides its date: labels, a byline, a clock time and its zone.
_DATELINE_FILLER = re.compile(
    r"^\s*by\s+[^|•·]{1,60}[|•·]"
    r"|\b(?:(?:last|first)\s+)?(?:updated|published|posted|modified|created|dated?)\b"
    r"|\b(?:on|at)\b"
    r"|\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\b\.?"
    r"|T\d{1,2}:\d\d(?::\d\d)?(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)?"
    r"|\b\d{1,2}[:.]\d\d(?:[:.]\d\d)?(?:\s*[ap]\.?\s?m\b\.?)?"
    r"|\b(?:UTC|GMT|[ECMP][SD]T|BST|CES?T|EES?T|MSK|IST|JST|AES?T)\b(?:\s*[+−-]\s*\d{1,2}(?::?\d\d)?)?"
    r"|[\s,:;|·•–—()/-]+",
    re.IGNORECASE,
)
_DATELINE_LENGTH = 100


def dateline_date(line: str) -> dt.date | None:
    """The date of a line that only dates the page, or None for any other line.

    A dateline holds one full date (a second, "Updated ...", may follow) and
    nothing but labels, a byline, a clock time and a zone; its first date is
    the publication date.
    """
    if len(line) > _DATELINE_LENGTH:
        return None
    mentions = find_dates(line)
    full = [m for m in mentions if m.date and m.precision == "day" and m.year_written]
    if not full:
        return None
    rest = line
    for mention in reversed(mentions):
        rest = rest[: mention.start] + " " + rest[mention.end :]
    return full[0].date if not _DATELINE_FILLER.sub("", rest).strip() else None
