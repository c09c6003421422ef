"""Legal-status events of suspects: detained, charged, pleaded guilty, pre-trial
detention until a date, trial, released, convicted, sentenced, killed, at large.

Each event takes the day its sentence gives nearest its cue ("after a trial that
began on 5 December, the jury found him guilty on 25 July"); "until" dates
belong to detention orders.
"""

from __future__ import annotations

import datetime as dt
import re

from incidents.extraction.lexicons import vocabularies
from incidents.extraction.lexicons.dates import MONTH_NAMES, find_dates
from incidents.extraction.results import Span, StatusEventCandidate
from incidents.extraction.scope import Sentence

# Released (on bail, without charge) comes before a conviction, never after one.
STATUS_RANK = {
    "at_large": 1,
    "detained": 2,
    "pretrial_detention": 3,
    "charged": 4,
    "pleaded_guilty": 5,
    "trial": 6,
    "released": 7,
    "convicted": 8,
    "sentenced": 9,
    "dead": 10,
    "killed": 11,
}
_CUES = (
    ("pretrial_detention", re.compile(r"\bpre-?trial detention\b|\bremanded in custody\b", re.I)),
    (
        "detained",
        re.compile(
            r"\b(?:detained|arrested|apprehended|captured|taken into custody|house arrest"
            r"|confessed|surrendered to (?:police|officers|authorities))\b",
            re.I,
        ),
    ),
    (
        "charged",
        re.compile(
            r"\bcharged\b[^.;]{0,40}?\bwith\b|\bindicted\b"
            r"|\bcharges (?:were|have been|had been) (?:filed|brought|laid)\b",
            re.I,
        ),
    ),
    ("pleaded_guilty", re.compile(r"\bpl(?:ed|eaded) guilty\b", re.I)),
    ("trial", re.compile(r"\btrial (?:\w+ ){0,5}(?:began|begins|opened|started)\b", re.I)),
    ("convicted", re.compile(r"\bconvicted\b|\bfound (?:[\w-]+ ){0,5}guilty\b", re.I)),
    ("sentenced", re.compile(r"\bsentenced\b|\bjailed for\b", re.I)),
    (
        "killed",
        re.compile(
            r"\b(?:was|were) (?:shot dead|killed|shot and killed|fatally shot|gunned down)"
            r"(?: \w+){0,2}? (?:by|when|as) (?:the )?"
            r"(?:police|security|officers|troops|soldiers|special forces)"
            r"|\b(?:was|were) (?:shot dead|killed|gunned down) in (?:an? |the )?(?:[\w-]+ ){0,2}?"
            r"(?:raid|operation|encounter|shootout|firefight|gunfight)\b",
            re.I,
        ),
    ),
    (
        "dead",
        re.compile(
            r"\bblew (?:himself|herself|themselves) up\b|\bdied in the (?:blast|explosion|attack)\b"
            r"|\bkilled (?:himself|herself|themselves)\b|\b(?:took|taking) (?:his|her|their) own "
            r"li(?:fe|ves)\b|\bcommitted suicide\b",
            re.I,
        ),
    ),
    (
        "killed",
        re.compile(
            r"\b(?:police|officers|troops|soldiers|security forces|snipers)\b[^.;]{0,40}?"
            r"\b(?:shot|gunned)\s+(?:him|her|them)\s+(?:down\s+)?dead\b"
            r"|\b(?:police|officers|troops|soldiers|security forces)\b[^.;]{0,40}?"
            r"\bkilled\s+(?:him|her|them)\b",
            re.I,
        ),
    ),
    (
        "released",
        re.compile(
            r"\breleased\s+(?:\w+\s+){0,3}?(?:on\s+(?:\S+\s+){0,3}?(?:bail|bond)"
            r"|without charge|from (?:an? |the )?(?:[\w-]+ ){0,2}(?:custody|jail|detention))\b"
            r"|\bfreed on (?:bail|bond)\b",
            re.I,
        ),
    ),
    ("at_large", re.compile(r"\bat large\b|\bon the run\b|\bin absentia\b", re.I)),
)
_NEGATED = re.compile(r"\bif (?:convicted|found guilty)\b|\bcould (?:receive|face)\b", re.I)
_UNTIL = re.compile(r"\buntil (?:at least )?", re.I)
_CHARGE = re.compile(
    r"\bcharged\b[^.;]{0,40}?\bwith (?P<charge>[\w\s-]{3,60}?)(?:\s+(?:on|in|and|later|by|at"
    r"|after|before|over|for|the following|the next|last|this|earlier)\b|[,.;]|$)",
    re.I,
)


def status_events_in(
    text: str,
    sentence: Sentence,
    incident_date: dt.date | None,
    reference: dt.date | None = None,
) -> list[StatusEventCandidate]:
    """Status events of one sentence, each dated by the day mention nearest its cue.

    `reference` (the publication date) resolves "on Thursday"; "until" dates
    look forward, so they are resolved without it ("until 3 July" in a May report).
    """
    if _NEGATED.search(sentence.text):
        return []
    cues = [(status, cue) for status, pattern in _CUES for cue in [pattern.search(sentence.text)]]
    cues = [(status, cue) for status, cue in cues if cue]
    if not cues:
        return []
    until, until_at = _until_date(sentence.text, incident_date, reference)
    mentions = [m for m in _mentions(sentence.text, incident_date, reference) if m[0] != until_at]
    span = Span.of(text, sentence.start, sentence.end)
    charge = _CHARGE.search(sentence.text)
    return [
        StatusEventCandidate(
            status=status,
            span=span,
            date=_event_date(cue, mentions, [c for _, c in cues], sentence.text),
            until=until if status == "pretrial_detention" else None,
            charge=charge["charge"].strip() if charge and status == "charged" else "",
        )
        for status, cue in cues
    ]


# "found guilty in March": a month without a year still says which day it is not.
_BARE_MONTH = re.compile(rf"\bin (?:early |mid-|late )?(?:{'|'.join(MONTH_NAMES)})\b(?! \d)")
_Mention = tuple[int, int, dt.date | None]  # start, end, day (None: not a day)


def _mentions(text: str, incident: dt.date | None, reference: dt.date | None) -> list[_Mention]:
    year = incident.year if incident else reference.year if reference else None
    found = find_dates(text, reference=reference, incident=incident, default_year=year)
    mentions = [(d.start, d.end, d.date if d.precision == "day" else None) for d in found]
    taken = [(start, end) for start, end, _ in mentions]
    for month in _BARE_MONTH.finditer(text):
        if not any(s < month.end() and month.start() < e for s, e in taken):
            mentions.append((month.start(), month.end(), None))
    return mentions


def _until_date(
    text: str, incident: dt.date | None, reference: dt.date | None
) -> tuple[dt.date | None, int]:
    year = incident.year if incident else reference.year if reference else None
    for mention in find_dates(text, incident=incident, default_year=year):
        if mention.date and _UNTIL.search(text[max(0, mention.start - 15) : mention.start]):
            return mention.date, mention.start
    return None, -1


def _event_date(
    cue: re.Match[str], mentions: list[_Mention], cues: list[re.Match[str]], text: str
) -> dt.date | None:
    """The date mention nearest this cue among those no other cue is nearer to.

    The attack's own words compete too: in "charged with murder after two people
    were stabbed on Saturday", Saturday dates the stabbing. A cue left without a
    mention takes the nearest day of another cue ("charged on 5 May and remanded").
    """
    attack = vocabularies.attack_word_spans(text)
    anchors = [(c.start(), c.end()) for c in cues] + attack
    own = (cue.start(), cue.end())

    def owner(mention: _Mention) -> tuple[int, int]:
        return min(anchors, key=lambda anchor: _gap(mention, anchor))

    mine = [m for m in mentions if owner(m) == own]
    mine = mine or [m for m in mentions if m[2] and owner(m) not in attack]
    if not mine:
        return None
    return min(mine, key=lambda m: (_gap(m, own), m[0] < own[0]))[2]


def _gap(mention: _Mention, span: tuple[int, int]) -> int:
    return max(span[0] - mention[1], mention[0] - span[1], 0)
