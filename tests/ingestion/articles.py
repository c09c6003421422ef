"""Invented news reports about invented attacks, for the queue's tests and benchmark.

Each incident has its own date and venue, so reports of different incidents never
match one another; a second report of the same incident (a follow-up, worded differently,
with revised figures) must land on the first one's incident. Each incident is claimed by
its own invented group, which both reports name.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

PLACES = (
    ("Lyon", "France"),
    ("Hamburg", "Germany"),
    ("Valencia", "Spain"),
    ("Antwerp", "Belgium"),
    ("Graz", "Austria"),
    ("Basel", "Switzerland"),
    ("Aarhus", "Denmark"),
    ("Patras", "Greece"),
    ("Cork", "Ireland"),
    ("Winnipeg", "Canada"),
)
VENUE_KINDS = ("Market", "Mall", "Hotel", "Stadium", "Theatre")
GROUP_WORDS = (
    "Dawn", "Iron", "Silent", "Red", "Northern", "Free", "Black", "Storm", "Crescent", "Stone",
    "Ash", "River", "Eagle", "Valley", "Thunder", "Night", "Cedar", "Granite", "Amber", "Falcon",
    "Ember", "Frost", "Oak", "Raven", "Summit", "Tide", "Wolf", "Harbor", "Lantern", "Copper",
)  # fmt: skip


@dataclass(frozen=True)
class Incident:
    number: int
    city: str
    country: str
    venue: str
    date: dt.date
    group: str
    killed: int
    injured: int


@dataclass(frozen=True)
class Report:
    name: str
    text: str
    incident: Incident


def incident(number: int) -> Incident:
    city, country = PLACES[number % len(PLACES)]
    return Incident(
        number=number,
        city=city,
        country=country,
        venue=f"{GROUP_WORDS[number % len(GROUP_WORDS)]} {VENUE_KINDS[number % len(VENUE_KINDS)]}",
        date=dt.date(2025, 1, 6) + dt.timedelta(days=9 * number),
        group=f"{GROUP_WORDS[number % len(GROUP_WORDS)]} Liberation Brigade {number}",
        killed=3 + number % 11,
        injured=12 + 2 * number,
    )


def first_report(event: Incident) -> Report:
    day = event.date.strftime("%d %B %Y").lstrip("0")
    text = (
        f"Gunmen attack {event.venue} in {event.city}, killing {event.killed}\n\n"
        f"{event.city.upper()}, {event.country}, {day} (Wire) - Gunmen opened fire at the "
        f"{event.venue} in {event.city} on {event.date:%A}, {day}, killing at least {event.killed} "
        f"people and wounding {event.injured} others, police said.\n\n"
        f"The {event.group} claimed responsibility for the attack in a statement posted "
        "online.\n\n"
        "Witnesses described a scene of panic as shoppers ran for the exits, and the city "
        "closed nearby streets for the night.\n"
    )
    return Report(f"incident-{event.number:02d}-first.txt", text, event)


def follow_up(event: Incident) -> Report:
    later = event.date + dt.timedelta(days=1)
    text = (
        f"Death toll in {event.city} attack rises to {event.killed + 2}\n\n"
        f"Officials in {event.city} said on {later.day} {later:%B %Y} that the shooting at the "
        f"{event.venue} in {event.city}, {event.country}, on {event.date.day} "
        f"{event.date:%B} had killed {event.killed + 2} people. More than "
        f"{event.injured + 3} were injured.\n\n"
        f"The {event.group} said it carried out the attack.\n"
    )
    return Report(f"incident-{event.number:02d}-follow-up.txt", text, event)


def reports(*, singles: int, pairs: int) -> list[Report]:
    """`pairs` incidents with two reports each, then `singles` incidents with one."""
    paired = [incident(n) for n in range(pairs)]
    alone = [incident(n) for n in range(pairs, pairs + singles)]
    found = [r for event in paired for r in (first_report(event), follow_up(event))]
    return found + [first_report(event) for event in alone]
