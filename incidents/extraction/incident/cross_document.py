"""What one report cannot settle alone but reports read together can.

A report that dates the attack only "on Friday" and carries no publication date cannot
be dated by itself. When another report in the same batch places an attack at the same
venue in the same country on a day that is a Friday, the two describe one attack, and
the undated report takes that day, with its own "Friday" as the evidence. Exactly one
such day must fit: two candidates settle nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from incidents.extraction.lexicons.dates import WEEKDAYS
from incidents.extraction.results import Extraction, IncidentCandidate, Span


def complete_dates(extractions: list[Extraction]) -> list[Extraction]:
    """The extractions, undated ones dated from the others where exactly one day fits."""
    dated = {
        (_place(e.incident), e.incident.date)
        for e in extractions
        if e.incident.date and e.incident.venue
    }
    return [_dated(extraction, dated) for extraction in extractions]


def _dated(extraction: Extraction, dated: set[tuple[tuple[str, str], dt.date]]) -> Extraction:
    incident = extraction.incident
    if incident.date or not incident.venue:
        return extraction
    days_here = [day for place, day in dated if place == _place(incident)]
    for hint in incident.weekday_hints:
        fitting = {day for day in days_here if WEEKDAYS[day.weekday()] == hint.quote}
        if len(fitting) == 1:
            return replace(extraction, incident=_with_date(incident, fitting.pop(), hint))
    return extraction


def _with_date(incident: IncidentCandidate, day: dt.date, hint: Span) -> IncidentCandidate:
    return replace(
        incident, date=day, weekday_hints=(), evidence=(*incident.evidence, ("date", hint))
    )


def _place(incident: IncidentCandidate) -> tuple[str, str]:
    return incident.venue.casefold(), incident.country
