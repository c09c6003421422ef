"""The day of the attack, voted over the sentences that date it.

Each sentence about the attack votes for the days it dates itself to, twice when
it narrates the attack ("gunmen opened fire", "the attack occurred"); the earliest
day with two votes wins, since reports go on to date arrests, videos and speeches
after it. What the sentences say is read against the source's dateline: "on
Tuesday", "yesterday" and "one year ago today" count back from it. Sentences
about other events do not vote: warnings and foiled plots, earlier attacks, the
worst attack "since" another, and in a statement marking an anniversary the day
of the commemoration ("Today we remember") is not the day of the attack.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import replace

from incidents.extraction.document import ParsedDocument
from incidents.extraction.lexicons import vocabularies
from incidents.extraction.lexicons.dates import WEEKDAYS, DateMention, find_dates
from incidents.extraction.results import Span
from incidents.extraction.scope import Sentence, prose_sentences

_COPYRIGHT_YEAR = re.compile(r"(?:©|\(c\)|copyright)\s*(?P<year>(?:19|20)\d\d)", re.IGNORECASE)
_ATTACK_HAPPENED = re.compile(
    r"\b(?:attack|shooting|bombing|massacre|assault)\s+(?:\w+\s+){0,8}?(?:began|occurred|happened"
    r"|took place|started|unfolded)\b",
    re.IGNORECASE,
)
_BARE_WEEKDAY = re.compile(r"(?<![Ll]ast )\b(?P<weekday>" + "|".join(WEEKDAYS) + r")\b")
# Sentences about other events: warnings before, foiled plots, earlier attacks, and
# commemorations of this one ("on the first anniversary of the attack").
OTHER_EVENT = re.compile(
    r"\b(?:previous|earlier (?:[\w-]+ )?(?:attack|incident|bombing|shooting|massacre|plot|siege)s?"
    r"|similar|planned|planning|thwarted|foiled|neutrali[sz]ed|disrupted"
    r"|in the past|warn\w*"
    r"|(?:first|second|third|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,2}?anniversary"
    r"|anniversar(?:y|ies)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:attacks?|shootings?|bombings?|massacres?|sieges?))\b",
    re.IGNORECASE,
)
# What follows "the deadliest attack since" or "born on" dates another event.
_OTHER_EVENT_BEFORE = re.compile(
    r"\b(?:deadliest|worst|bloodiest|largest|biggest|most \w+)\b[^;]{0,80}?\bsince\b"
    r"|\bborn\s+(?:on\s+|in\s+)?$",
    re.IGNORECASE,
)
# Words of harm that speak of the attack without naming it ("this act of terrorism
# last Wednesday", "took the lives of 18").
_HARM = re.compile(
    r"\b(?:terror(?:ism|ist)?|violence|murder(?:ed|s)?|gunned down|massacred|carnage|atrocity"
    r"|(?:took|taken|claimed) the lives|lives were (?:\w+ )?(?:taken|lost)|lost their lives)\b",
    re.IGNORECASE,
)
# What followed the attack (claims, arrests, court hearings) is dated after it.
_AFTERMATH = re.compile(
    r"\b(?:claimed responsibility|claim(?:ed)? credit|arrested|detained|charged|sentenced"
    r"|convicted|pleaded|trial|court|funerals?|vigils?|mourning)\b",
    re.IGNORECASE,
)
_ON_DATE = re.compile(
    r"\b(?:on|of)\s+(?:the\s+(?:evening|morning|night|afternoon)\s+of\s+)?$", re.IGNORECASE
)
# "Today" and "tonight" date the attack only where the sentence tells it happening
# ("today's attack", "Today in Kabul a bomb killed 13"); elsewhere they are the day of
# the speech ("Today, we stand with the injured").
_PRESENT = re.compile(r"^(?:today|tonight|this (?:morning|afternoon|evening))$", re.IGNORECASE)
_POSSESSIVE_EVENT = re.compile(
    r"^['’]s\s+(?:[\w-]+\s+){0,3}?(?:attacks?|shootings?|bombings?|massacre|assault|violence"
    r"|explosions?|blasts?|stabbings?)\b",
    re.IGNORECASE,
)
_HAPPENING = re.compile(
    r"\b(?:killed|killing|attacked|opened fire|shot|stabbed|exploded|detonated|struck"
    r"|gunned down|took place|occurred|happened|stormed|rammed)\b",
    re.IGNORECASE,
)
_SPEECH_DAY_WEIGHT = 0.5
_RECENT_DAY_WEIGHT = 0.25
_RANGE_START = re.compile(r"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:[–-]|to|and|until)\s*$")
_YEARS_AGO = re.compile(r"\bago\b", re.IGNORECASE)
# A statement marking an anniversary: "One Year Since the Attack", "five years ago
# today", "the second anniversary".
_ANNIVERSARY = re.compile(
    r"\b(?P<count>\w+)\s+years?\s+(?:since|after|ago)\b"
    r"|\b(?P<ordinal>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|\d+(?:st|nd|rd|th))\s+anniversary\b(?=\s+of\s+(?:the|this)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:attacks?|shootings?|bombings?|massacre|siege|stabbings?))",
    re.IGNORECASE,
)
_COUNTS = {
    "a": 1,
    "one": 1,
    "first": 1,
    "two": 2,
    "second": 2,
    "three": 3,
    "third": 3,
    "four": 4,
    "fourth": 4,
    "five": 5,
    "fifth": 5,
    "six": 6,
    "sixth": 6,
    "seven": 7,
    "seventh": 7,
    "eight": 8,
    "eighth": 8,
    "nine": 9,
    "ninth": 9,
    "ten": 10,
    "tenth": 10,
}
# The first sentences of an encyclopedia lead ("On 7 May 2015, two men forced their way
# into ...") date the event they introduce, whatever words they use for it.
_LEAD_SENTENCES = 3
_OPENS_WITH_DATE = re.compile(r"^\s*On\s+")


def incident_date(parsed: ParsedDocument) -> tuple[dt.date | None, Span | None]:
    """The day the attack happened and the mention that says so."""
    votes: Counter[dt.date] = Counter()
    first: dict[dt.date, DateMention] = {}
    for mention in _infobox_dates(parsed):
        votes[mention.date] += 2
    year = document_year(parsed)
    years_back = anniversary_years(parsed)
    for index, sentence in enumerate(prose_sentences(parsed)):
        for mention, weight in _votes_of(parsed, sentence, index, year, years_back):
            votes[mention.date] += weight
            first.setdefault(mention.date, replace(mention, start=mention.start + sentence.start))
    if max(votes.values(), default=0) < 1 and not years_back:
        for mention in _days_just_before(parsed):
            votes[mention.date] += _RECENT_DAY_WEIGHT
            first.setdefault(mention.date, mention)
    if not votes:
        return None, None
    candidates = [d for d in votes if votes[d] >= 2] or list(votes)
    best = min(candidates)
    found = first.get(best)
    return best, Span.of(parsed.text, found.start, found.start + len(found.text)) if found else None


def _days_just_before(parsed: ParsedDocument) -> list[DateMention]:
    """ "Yesterday", "last night", "on Saturday" anywhere in a text that dates nothing else.

    Remarks made the days after an attack ("when he pinned on that badge yesterday
    morning") often date it only in passing.
    """
    reference = parsed.reference_date
    if reference is None:
        return []
    found = []
    for sentence in prose_sentences(parsed):
        for mention in find_dates(sentence.text, reference=reference):
            if mention.relative and mention.date and 0 < (reference - mention.date).days <= 7:
                found.append(replace(mention, start=mention.start + sentence.start))
    return found


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


def anniversary_years(parsed: ParsedDocument) -> int:
    """How many years back a statement marking an anniversary looks, from its opening; or 0.

    Only with a dateline: the years count back from the day the statement was made.
    """
    if parsed.reference_date is None:
        return 0
    for sentence in list(prose_sentences(parsed))[:_LEAD_SENTENCES]:
        match = _ANNIVERSARY.search(sentence.text)
        if match and speaks_of_harm(sentence.text):
            return _year_count(match)
    return 0


def _year_count(match: re.Match[str]) -> int:
    word = (match["count"] or match["ordinal"]).casefold()
    count = int(re.sub(r"\D", "", word)) if word[0].isdigit() else _COUNTS.get(word, 0)
    return count if 0 < count <= 100 else 0


def _votes_of(
    parsed: ParsedDocument, sentence: Sentence, index: int, year: int | None, years_back: int
):
    """(mention, weight) for each day the sentence dates the attack to."""
    text = sentence.text
    opens_lead = opens_the_lead(index, text)
    if not (_dates_the_attack(text) or opens_lead):
        return
    weight = 2 if _narrates_attack(text) or opens_lead else 1
    for found in find_dates(text, reference=parsed.reference_date, default_year=year):
        mention = _range_start(text, found)
        if not (
            mention.date
            and mention.precision == "day"
            and _dates_the_sentence(text, mention)
            and _nearer_the_attack(text, mention)
            and not _OTHER_EVENT_BEFORE.search(text, 0, mention.start)
        ):
            continue
        if _PRESENT.match(mention.text):
            if years_back:
                continue  # the day of the commemoration
            if not _tells_it_happening(text, mention):
                yield mention, _SPEECH_DAY_WEIGHT
                continue
        if _YEARS_AGO.search(mention.text):
            yield mention, 1  # "four years ago" is the day only in round figures
            continue
        yield _years_before(mention, years_back, parsed.reference_date), weight


def _years_before(mention: DateMention, years: int, reference: dt.date | None) -> DateMention:
    """In an anniversary statement, "October 7" without a year is that day years back."""
    if not years or mention.year_written or reference is None or mention.date is None:
        return mention
    if abs((mention.date - reference).days) > 7:
        return mention
    day = mention.date
    shifted = day.replace(year=day.year - years) if (day.month, day.day) != (2, 29) else None
    return replace(mention, date=shifted or day.replace(year=day.year - years, day=28))


def opens_the_lead(index: int, text: str) -> bool:
    """One of the first sentences, opening with its date: it introduces the event."""
    return index < _LEAD_SENTENCES and bool(_OPENS_WITH_DATE.match(text))


def _range_start(text: str, mention: DateMention) -> DateMention:
    """In "from 7 to 9 May 2015" or "on 7–9 May 2015" the attack began on the 7th."""
    start = _RANGE_START.search(text, 0, mention.start)
    if start is None or mention.date is None or mention.text[:1].isalpha():
        return mention
    try:
        day = mention.date.replace(day=int(start["day"]))
    except ValueError:
        return mention
    return replace(mention, start=start.start("day"), date=day) if day < mention.date else mention


def _tells_it_happening(text: str, mention: DateMention) -> bool:
    return bool(_POSSESSIVE_EVENT.match(text[mention.end :]) or _HAPPENING.search(text))


def _dates_the_attack(text: str) -> bool:
    return speaks_of_harm(text) and not OTHER_EVENT.search(text)


def speaks_of_harm(text: str) -> bool:
    """An attack word or cue, or words of harm ("this act of terrorism", "took the lives")."""
    return vocabularies.speaks_of_attack(text) or bool(_HARM.search(text))


def _nearer_the_attack(text: str, mention: DateMention) -> bool:
    """In "sentenced on Friday for the attack in September", Friday dates the sentencing."""
    aftermath = [m.span() for m in _AFTERMATH.finditer(text)]
    if not aftermath:
        return True
    attack = vocabularies.attack_word_spans(text) + [m.span() for m in _HARM.finditer(text)]
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
