"""Legal-status events of suspects: detained, charged, pleaded guilty, pre-trial
detention until a date, trial, convicted, sentenced, killed, at large.

Each event takes the first date its sentence gives ("charged with terrorism on
24 March"); "until" dates belong to detention orders.
"""

from __future__ import annotations

import datetime as dt
import re

from incidents.extraction.dates import find_dates
from incidents.extraction.results import Span, StatusEventCandidate
from incidents.extraction.scope import Sentence

STATUS_RANK = {
    "at_large": 1,
    "detained": 2,
    "pretrial_detention": 3,
    "charged": 4,
    "pleaded_guilty": 5,
    "trial": 6,
    "convicted": 7,
    "sentenced": 8,
    "dead": 9,
    "killed": 10,
}
_CUES = (
    ("pretrial_detention", re.compile(r"\bpre-?trial detention\b|\bremanded in custody\b", re.I)),
    (
        "detained",
        re.compile(
            r"\b(?:detained|arrested|apprehended|captured|taken into custody"
            r"|house arrest|confessed)\b",
            re.I,
        ),
    ),
    ("charged", re.compile(r"\b(?:charged with|charges were filed|indicted)\b", re.I)),
    ("pleaded_guilty", re.compile(r"\bpl(?:ed|eaded) guilty\b", re.I)),
    ("trial", re.compile(r"\btrial (?:\w+ ){0,5}(?:began|begins|opened|started)\b", re.I)),
    ("convicted", re.compile(r"\b(?:convicted|found guilty)\b", re.I)),
    ("sentenced", re.compile(r"\bsentenced to\b", re.I)),
    (
        "killed",
        re.compile(r"\b(?:was|were) (?:shot dead|killed) by (?:police|security|officers)", re.I),
    ),
    ("at_large", re.compile(r"\bat large\b|\bon the run\b|\bin absentia\b", re.I)),
)
_NEGATED = re.compile(r"\bif (?:convicted|found guilty)\b|\bcould (?:receive|face)\b", re.I)
_UNTIL = re.compile(r"\buntil (?:at least )?", re.I)
_CHARGE = re.compile(
    r"charged with (?P<charge>[\w\s-]{3,60}?)(?:\s+(?:on|in|and|later)\b|[,.;])", re.I
)


def status_events_in(
    text: str, sentence: Sentence, incident_date: dt.date | None
) -> list[StatusEventCandidate]:
    if _NEGATED.search(sentence.text):
        return []
    dates = [
        d
        for d in find_dates(
            sentence.text,
            incident=incident_date,
            default_year=incident_date.year if incident_date else None,
        )
        if d.date and d.precision == "day"
    ]
    until = next(
        (d.date for d in dates if _UNTIL.search(sentence.text[max(0, d.start - 15) : d.start])),
        None,
    )
    on = next((d.date for d in dates if d.date != until), None)
    span = Span.of(text, sentence.start, sentence.end)
    events = []
    for status, cue in _CUES:
        if cue.search(sentence.text):
            charge = _CHARGE.search(sentence.text) if status == "charged" else None
            events.append(
                StatusEventCandidate(
                    status=status,
                    span=span,
                    date=on,
                    until=until if status == "pretrial_detention" else None,
                    charge=charge["charge"].strip() if charge else "",
                )
            )
    return events
