"""A synthetic but realistic dataset for benchmarks and demos (generate_dataset command).

Per incident: GTD attack / weapon / target types, a perpetrator group, three news sources
whose text holds the quoted figures, five figures (killed revised twice, injured twice)
with evidence at the exact offsets, a statement, and for some incidents suspects with a
legal history. The same seed gives the same data. Rows are loaded with COPY on PostgreSQL
(batched inserts elsewhere) with explicit ids, bypassing model save() and
django-simple-history: synthetic data has no edit history to keep.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import accumulate

from django.db import connection, transaction
from django.utils import timezone

from incidents.extraction.lexicons.names import name_key
from incidents.models import Actor, Incident, alias_key, content_sha256
from incidents.models.fact_types import FACT_TYPES, FIGURE, FactType
from incidents.models.vocabularies import ActorKind
from incidents.services.bulk_rows import copy_rows, is_postgresql
from incidents.services.synthetic import world
from incidents.services.synthetic.tables import COLUMNS, IdAllocator

CHUNK_SIZE = 5000
_FIRST_DAY = date(1970, 1, 1)
_DAYS = (date(2024, 12, 31) - _FIRST_DAY).days
# Cumulative weights, computed once: rng.choices would otherwise redo it on every call.
_PLACE_WEIGHTS = list(accumulate(place[-1] for place in world.PLACES))
_ATTACK_WEIGHTS = list(accumulate((4, 18, 45, 1, 2, 8, 12, 2, 8)))
_TARGET_WEIGHTS = list(accumulate((8, 8, 10, 9, *[1] * 9, 20, *[1] * 8)))
_PRECISION_WEIGHTS = list(accumulate((90, 7, 3)))
_STATUS_WEIGHTS = list(accumulate((80, 15, 5)))


class DatasetExistsError(Exception):
    """This seed's dataset is already in the database."""


@dataclass(frozen=True)
class Cast:
    """Actor ids the incidents point at."""

    groups: tuple[int, ...]
    officials: tuple[int, ...]


def dataset_generate(*, incidents: int, seed: int, chunk_size: int = CHUNK_SIZE) -> int:
    """Write `incidents` synthetic incidents; returns the number of rows written in all."""
    if incidents < 1:
        raise ValueError("incidents must be at least 1")
    prefix = f"synthetic-{seed}-"
    if Incident.objects.filter(slug__startswith=prefix).exists():
        raise DatasetExistsError(f"The dataset for seed {seed} is already in the database.")
    rng = random.Random(seed)
    with transaction.atomic():
        cast = _cast(rng)
        ids = IdAllocator.from_database()
        written = 0
        for chunk in _chunks(rng, incidents, chunk_size, prefix, cast, ids, timezone.now()):
            for table, rows in chunk.items():
                copy_rows(table, COLUMNS[table], rows)
                written += len(rows)
        if is_postgresql():
            ids.advance_sequences(connection)
    return written


def _chunks(rng, incidents, chunk_size, prefix, cast, ids, now) -> Iterator[dict]:
    """Chunks in order; the next is generated in a thread while the database loads this one.

    Database waits release the GIL, so Python and PostgreSQL use two cores at once. Only the
    worker thread draws from `rng`, one chunk after the other, so the data stay deterministic.
    """
    starts = range(0, incidents, chunk_size)

    def make(start: int) -> dict:
        return _chunk(rng, range(start, min(start + chunk_size, incidents)), prefix, cast, ids, now)

    with ThreadPoolExecutor(max_workers=1) as executor:
        pending = executor.submit(make, starts[0])
        for start in starts[1:]:
            ready = pending.result()
            pending = executor.submit(make, start)
            yield ready
        yield pending.result()


def _cast(rng: random.Random) -> Cast:
    names = {
        f"{rng.choice(world.GROUP_QUALIFIERS)} {rng.choice(world.GROUP_STEMS)} "
        f"for {rng.choice(world.GROUP_CAUSES)}"
        for _ in range(400)
    }
    groups = _actors(sorted(names), ActorKind.ARMED_GROUP)
    officials = _actors(world.OFFICIAL_SPEAKERS, ActorKind.STATE_BODY)
    return Cast(groups, officials)


def _actors(names, kind: str) -> tuple[int, ...]:
    """Ids of the named actors, created where missing (bulk_create: name_key set here)."""
    keys = {alias_key(name): name for name in names}
    known = dict(Actor.objects.filter(name_key__in=keys).values_list("name_key", "pk"))
    Actor.objects.bulk_create(
        [
            Actor(name=name, name_key=key, kind=kind)
            for key, name in keys.items()
            if key not in known
        ]
    )
    known = dict(Actor.objects.filter(name_key__in=keys).values_list("name_key", "pk"))
    return tuple(known[key] for key in keys)


def _chunk(rng, numbers, prefix, cast, ids, now) -> dict[str, list[tuple]]:
    chunk: dict[str, list[tuple]] = {table: [] for table in COLUMNS}
    for number in numbers:
        _incident(rng, f"{prefix}{number}", cast, ids, now, chunk)
    return chunk


def _incident(rng, slug, cast, ids, now, chunk) -> None:
    incident_id = ids.next("incidents_incident")
    country, region, city, lat, lon, _ = rng.choices(world.PLACES, cum_weights=_PLACE_WEIGHTS)[0]
    day = _FIRST_DAY + timedelta(days=rng.randrange(_DAYS))
    attack = rng.choices(range(1, 10), cum_weights=_ATTACK_WEIGHTS)[0]
    killed = _revisions(rng, rng.choice((0, 0, 1, 2, 3, 5, 8, 13, 40)))
    injured = _revisions(rng, rng.choice((0, 1, 3, 6, 10, 25, 80)))[1:]
    group = rng.choice(cast.groups)
    claimed = rng.random() < 0.3
    chunk["incidents_incident"].append(
        (incident_id, now, now, 1, f"{_ATTACKS[attack]} in {city}, {day.isoformat()}", slug,
         f"Synthetic incident: {_ATTACKS[attack].lower()} in {city}.", day, None, "", None,
         None, _precision(rng), "", "", city, region,
         country, round(lat + rng.uniform(-0.2, 0.2), 6), round(lon + rng.uniform(-0.2, 0.2), 6),
         rng.choice((1, 1, 2, 3, 4)), "", claimed, "website" if claimed else "", None, None,
         True, True, rng.random() < 0.9, rng.random() < 0.1,
         None, None, None, None, None, None, None, "", None, "",  # GTD outcome, UCDP conflict
         killed[0], killed[-1],
         killed[-1] + rng.choice((0, 0, 1, 3)), injured[0], injured[-1], injured[-1] + 2,
         rng.random() < 0.2, "", "", None, "")
    )  # fmt: skip
    _types(rng, incident_id, attack, chunk)
    chunk["incidents_incidentperpetrator"].append(
        (ids.next("incidents_incidentperpetrator"), incident_id, group,
         "claimed" if claimed else "suspected")
    )  # fmt: skip
    sources = _sources(rng, slug, city, day, killed, injured, ids, now, chunk)
    _figures(rng, incident_id, sources, cast, ids, now, chunk)
    _statement(rng, incident_id, group, claimed, day, sources[-1], ids, now, chunk)
    if rng.random() < 0.4:
        _suspects(rng, incident_id, group, day, ids, now, chunk)


_ATTACKS = {1: "Assassination", 2: "Armed assault", 3: "Bombing", 4: "Hijacking",
            5: "Barricade hostage taking", 6: "Kidnapping", 7: "Facility attack",
            8: "Unarmed assault", 9: "Attack"}  # fmt: skip
_WEAPON_FOR_ATTACK = {1: 5, 2: 5, 3: 6, 4: 5, 5: 5, 6: 5, 7: 8, 8: 9, 9: 13}


def _precision(rng: random.Random) -> str:
    return rng.choices(("day", "month", "year"), cum_weights=_PRECISION_WEIGHTS)[0]


def _revisions(rng: random.Random, final: int) -> list[int]:
    """Three reported values rising to the final toll, as early counts usually do."""
    early = rng.randint(0, final)
    return [early, rng.randint(early, final), final]


def _types(rng, incident_id, attack, chunk) -> None:
    attacks = {attack, rng.choice((2, 3, 7))} if rng.random() < 0.2 else {attack}
    for code in sorted(attacks):
        chunk["incidents_incidentattacktype"].append((incident_id, code))
    weapons = {_WEAPON_FOR_ATTACK[attack], rng.choice((5, 6, 8))}
    for code in sorted(weapons):
        chunk["incidents_incidentweapontype"].append((incident_id, code))
    chunk["incidents_incidenttargettype"].append(
        (incident_id, rng.choices(range(1, 23), cum_weights=_TARGET_WEIGHTS)[0])
    )


@dataclass(frozen=True)
class SourceText:
    id: int
    reported_on: date
    publisher: str
    # (figure kind, value, qualifier, start, end) of each quoted figure.
    figures: tuple[tuple[str, int, str, int, int], ...]
    text: str


def _sources(rng, slug, city, day, killed, injured, ids, now, chunk) -> list[SourceText]:
    sources = []
    reports = ((killed[0], injured[0], "at_least"), (killed[1], injured[1], "about"),
               (killed[2], None, "exact"))  # fmt: skip
    for offset, (dead, hurt, qualifier) in enumerate(reports):
        publisher, grade = rng.choice(world.PUBLISHERS)
        reported_on = day + timedelta(days=offset * rng.randint(1, 3))
        source = _source_text(ids.next("incidents_source"), slug, city, publisher, reported_on,
                              dead, hurt, qualifier)  # fmt: skip
        sources.append(source)
        chunk["incidents_source"].append(
            (source.id, now, now, 1, f"{city}: {dead} dead ({publisher})", publisher, "",
             f"https://news.example.org/{slug}/{offset}", reported_on, None, None, now,
             "news_article", "en", "", source.text, source.text, "[]",
             content_sha256(source.text), grade, "")
        )  # fmt: skip
    return sources


_WORDS = {"at_least": "At least", "about": "About", "exact": "Officials said"}


def _source_text(source_id, slug, city, publisher, reported_on, dead, hurt, qualifier):
    opening = f"{city}, {reported_on:%d %B %Y} ({publisher}). "
    killed = f"{_WORDS[qualifier]} {dead} people were killed"
    figures = [("killed", dead, qualifier, len(opening), len(opening) + len(killed))]
    text = f"{opening}{killed} in the attack"
    if hurt is not None:
        wounded = f"{hurt} were injured"
        figures.append(("injured", hurt, qualifier, len(text) + 5, len(text) + 5 + len(wounded)))
        text += f" and {wounded}"
    text += f". Investigators continue to work at the scene. [{slug}]"
    return SourceText(source_id, reported_on, publisher, tuple(figures), text)


def _figures(rng, incident_id, sources, cast, ids, now, chunk) -> None:
    for source in sources:
        for kind, value, qualifier, start, end in source.figures:
            status = rng.choices(("accepted", "proposed", "rejected"), cum_weights=_STATUS_WEIGHTS)[
                0
            ]
            figure_id = ids.next("incidents_casualtyfigure")
            chunk["incidents_casualtyfigure"].append(
                (figure_id, now, now, 1, status, "synthetic", None, None,
                 now if status != "proposed" else None, incident_id, kind, value, None,
                 qualifier, "", rng.choice(cast.officials), source.reported_on,
                 source.reported_on)
            )  # fmt: skip
            quote = Span(source.id, source.text[start:end], start, end)
            chunk["incidents_evidence"].append(
                _evidence_row(ids.next("incidents_evidence"), quote, FIGURE, figure_id, now)
            )


@dataclass(frozen=True)
class Span:
    source_id: int
    quote: str
    start: int
    end: int


def _evidence_row(evidence_id, span: Span, fact_type: FactType, fact_id: int, now) -> tuple:
    """In Evidence's field order: its own columns, then one foreign key per fact type."""
    facts = (fact_id if each is fact_type else None for each in FACT_TYPES)
    return (evidence_id, span.source_id, span.quote, span.start, span.end, "", now, *facts)


def _statement(rng, incident_id, group, claimed, day, source, ids, now, chunk) -> None:
    kind = "claim_of_responsibility" if claimed else "denial"
    text = "We carried out the operation." if claimed else "We had no part in this attack."
    chunk["incidents_statement"].append(
        (ids.next("incidents_statement"), now, now, 1, "accepted", "synthetic", None, None, now,
         incident_id, group, kind, rng.choice(("telegram", "website", "news_agency")),
         day + timedelta(days=1), text, None)
    )  # fmt: skip


def _suspects(rng, incident_id, group, day, ids, now, chunk) -> None:
    for _ in range(rng.randint(1, 3)):
        suspect_id = ids.next("incidents_suspect")
        full_name = f"{rng.choice(world.GIVEN_NAMES)} {rng.choice(world.SURNAMES)}"
        chunk["incidents_suspect"].append(
            (suspect_id, now, now, 1, "accepted", "synthetic", None, None, now, incident_id,
             full_name, name_key(full_name), rng.randint(18, 60), day, None, "attacker", group)
        )  # fmt: skip
        detained = day + timedelta(days=rng.randint(0, 30))
        for status, occurred in (
            ("detained", detained),
            ("charged", detained + timedelta(days=rng.randint(1, 10))),
        ):
            chunk["incidents_suspectstatusevent"].append(
                (ids.next("incidents_suspectstatusevent"), now, now, 1, "accepted", "synthetic",
                 None, None, now, suspect_id, status, occurred, None, "", "")
            )  # fmt: skip
