"""The ACLED (Armed Conflict Location & Event Data) export layout <-> IncidentRecord.

Codebook rules kept here: `time_precision` 1 is the actual day, 2 a day within a reported
week, 3 a day within a reported month; `geo_precision` 1 is the exact place, 2 a place near
it or within its district, 3 only the larger region. `fatalities` is ACLED's single,
conservative estimate: it becomes the curated best killed and one accepted figure.

Actor 1 and actor 2 are the event's sides A and B (a state, non-state or civilian side by
their inter code). They "do not imply directionality" (ACLED's codebook): they are
perpetrators only where ACLED marks civilian targeting, in which case actor 1 and its
associated actors (`assoc_actor_1`, separated by ";") acted against civilians. The event
and disorder types, the inter / interaction codes, admin2 / admin3, tags and timestamp are
kept verbatim with the row (see services/datasets/fidelity.py), as is every cell as the
file spelled it.
"""

from __future__ import annotations

from datetime import date, datetime

import pycountry

from incidents.interop import fields as f
from incidents.interop.countries import country_name
from incidents.interop.records import Citation, Estimate, FigureRecord, IncidentRecord, SideRecord
from incidents.interop.tables import Row, RowError
from incidents.models.vocabularies import SideKind, SideRole

SYSTEM = "acled"
# The columns of an ACLED export, in its order.
COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
)  # fmt: skip
REQUIRED_COLUMNS = ("event_id_cnty", "event_date", "country", "fatalities")
CIVILIAN_TARGETING = "Civilian targeting"
ACTOR_SEPARATOR = ";"
_DATE_PRECISION = {1: "day", 2: "day", 3: "month"}
# ACLED geo_precision <-> UCDP-style location precision (1 exact, 2 near, 4 first-order region).
_GEO_TO_PRECISION = {1: 1, 2: 2, 3: 4}
_PRECISION_TO_GEO = {1: 1, 2: 2, 3: 2, 4: 3, 5: 3, 6: 3, 7: 3}
# ACLED's export tool writes "22 March 2024"; its API and newer files, ISO dates.
_WRITTEN_DATE_FORMATS = ("%d %B %Y", "%d-%B-%Y", "%d/%m/%Y")
SIDE_COLUMNS = ((SideRole.SIDE_A, "actor1", "inter1"), (SideRole.SIDE_B, "actor2", "inter2"))
# Inter codes 1 (state forces) and 7 (civilians), or their names in files since 2024.
_STATE_INTER = {"1", "state forces"}
_CIVILIAN_INTER = {"7", "civilians"}


def parse_row(row: Row) -> IncidentRecord:
    """The record for one ACLED row; RowError names the first bad column."""
    event_id = f.identifier(row, "event_id_cnty")
    day = _event_date(row)
    fatalities = f.count(row, "fatalities")
    killed = Estimate(best=fatalities)
    return IncidentRecord(
        system=SYSTEM,
        external_id=event_id,
        name=_name(row, day),
        start_date=day,
        date_precision=_date_precision(row),
        **_place(row),
        perpetrators=_perpetrators(row),
        sides=_sides(row),
        summary=f.text(row, "notes"),
        killed=killed,
        figures=() if fatalities is None else (FigureRecord(kind="killed", value=fatalities),),
        citations=tuple(
            Citation("source", value, f.citation_kind(value))
            for value in [f.text(row, "source")]
            if value
        ),
    )


def format_row(record: IncidentRecord) -> dict[str, str]:
    """The ACLED row for a record; columns the database does not hold are left empty."""
    day = record.start_date
    sides = {side.role: side.name for side in record.sides}
    actor1 = sides.get(SideRole.SIDE_A) or next(iter(record.perpetrators), "")
    associates = [name for name in record.perpetrators if name != actor1]
    citations = {citation.column: citation.text for citation in record.citations}
    return {
        "event_id_cnty": record.external_id,
        "event_date": day.isoformat() if day else "",
        "year": str(day.year) if day else "",
        "time_precision": "3" if record.date_precision in ("month", "year") else "1",
        "actor1": actor1,
        "assoc_actor_1": f"{ACTOR_SEPARATOR} ".join(associates),
        "actor2": sides.get(SideRole.SIDE_B, ""),
        "civilian_targeting": CIVILIAN_TARGETING if record.perpetrators else "",
        "iso": _iso_numeric(record.country),
        "country": country_name(record.country),
        "admin1": record.region,
        "location": record.city,
        "latitude": f.number_text(record.latitude),
        "longitude": f.number_text(record.longitude),
        "geo_precision": f.number_text(_PRECISION_TO_GEO.get(record.location_precision)),
        "source": citations.get("source", ""),
        "notes": record.summary,
        "fatalities": f.number_text(record.killed.best),
    }


def _event_date(row: Row) -> date:
    value = f.text(row, "event_date")
    if not value:
        raise RowError("event_date is empty")
    try:
        return date.fromisoformat(value)
    except ValueError:
        pass
    for written in _WRITTEN_DATE_FORMATS:
        try:
            return datetime.strptime(value, written).date()
        except ValueError:
            continue
    raise RowError(f"event_date is not a date (YYYY-MM-DD or 22 March 2024): {value!r}")


def _date_precision(row: Row) -> str:
    code = f.integer(row, "time_precision")
    if code is not None and code not in _DATE_PRECISION:
        raise RowError(f"time_precision must be 1, 2 or 3, got {row['time_precision']!r}")
    return _DATE_PRECISION.get(code, "day")


def _place(row: Row) -> dict:
    geo = f.integer(row, "geo_precision")
    if geo is not None and geo not in _GEO_TO_PRECISION:
        raise RowError(f"geo_precision must be 1, 2 or 3, got {row['geo_precision']!r}")
    return {
        "country": _country(row),
        "region": f.text(row, "admin1", max_length=200),
        "city": f.text(row, "location", max_length=200),
        "latitude": f.coordinate(row, "latitude", 90),
        "longitude": f.coordinate(row, "longitude", 180),
        "location_precision": _GEO_TO_PRECISION.get(geo),
    }


def _country(row: Row) -> str:
    """By ACLED's numeric ISO code where it gives one, else by the name (flagged if unknown)."""
    numeric = f.integer(row, "iso")
    found = pycountry.countries.get(numeric=f"{numeric:03d}") if numeric is not None else None
    return found.alpha_2 if found else f.country(row, "country")


def _iso_numeric(code: str) -> str:
    found = pycountry.countries.get(alpha_2=code) if code else None
    return str(int(found.numeric)) if found else ""


def _perpetrators(row: Row) -> tuple[str, ...]:
    if f.text(row, "civilian_targeting") != CIVILIAN_TARGETING:
        return ()
    associates = f.text(row, "assoc_actor_1").split(ACTOR_SEPARATOR)
    names = [f.text(row, "actor1", max_length=200)] + [
        # Each associate on its own: a long name is cut (and flagged) alone.
        f.text({"assoc_actor_1": name}, "assoc_actor_1", max_length=200)
        for name in associates
    ]
    return tuple(dict.fromkeys(name for name in names if name))


def _sides(row: Row) -> tuple[SideRecord, ...]:
    return tuple(
        SideRecord(role=role, kind=_side_kind(f.text(row, inter_column)), name=name)
        for role, name_column, inter_column in SIDE_COLUMNS
        if (name := f.text(row, name_column, max_length=200))
    )


def _side_kind(inter: str) -> str:
    if inter.casefold() in _STATE_INTER:
        return SideKind.STATE
    if inter.casefold() in _CIVILIAN_INTER:
        return SideKind.CIVILIANS
    return SideKind.NON_STATE


def _name(row: Row, day: date) -> str:
    what = f.text(row, "sub_event_type") or f.text(row, "event_type") or "Event"
    place = f.text(row, "location") or f.text(row, "admin1") or f.text(row, "country")
    return f"{what} in {place or 'unknown place'}, {day.isoformat()}"[:300]
