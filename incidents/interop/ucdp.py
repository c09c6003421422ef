"""The UCDP Georeferenced Event Dataset (GED) CSV layout <-> IncidentRecord.

low / best / high deaths become the incident's curated estimate and one accepted figure
(a range when low and high differ); deaths_a, deaths_b, deaths_civilians and deaths_unknown
become figures of killed with the subgroups side A, side B, civilians and status unknown.
side_a and side_b become the incident's sides, not its perpetrators: only in one-sided
violence (type_of_violence 3), where UCDP defines side A as the actor that carries it out,
is side A also its confirmed perpetrator. number_of_sources is not stored: it is written
back as the count of the semicolon-separated entries of source_article.
"""

from __future__ import annotations

from datetime import date

from incidents.interop import fields as f
from incidents.interop.countries import country_code, country_name
from incidents.interop.records import (
    Citation,
    Estimate,
    FigureRecord,
    IncidentRecord,
    Named,
    SideRecord,
)
from incidents.interop.tables import Row, RowError
from incidents.models.vocabularies import SideKind, SideRole, Subgroup, ViolenceType

SYSTEM = "ucdp"
# (side, its name column, its UCDP actor id column, its Gleditsch-Ward state number column:
# read to tell a state from a group, kept in the verbatim row only)
SIDE_COLUMNS = (
    (SideRole.SIDE_A, "side_a", "side_a_new_id", "gwnoa"),
    (SideRole.SIDE_B, "side_b", "side_b_new_id", "gwnob"),
)
# GED's deaths by side, as figures of killed in a subgroup.
DEATH_COLUMNS = (
    ("deaths_a", Subgroup.SIDE_A),
    ("deaths_b", Subgroup.SIDE_B),
    ("deaths_civilians", Subgroup.CIVILIANS),
    ("deaths_unknown", Subgroup.UNKNOWN),
)
COLUMNS = (
    "id", "type_of_violence", "conflict_new_id", "conflict_name", "dyad_new_id", "dyad_name",
    "side_a_new_id", "side_a", "side_b_new_id", "side_b",
    "date_start", "date_end", "country", "where_coordinates", "latitude", "longitude",
    "where_prec", "date_prec", *(column for column, _ in DEATH_COLUMNS),
    "best", "low", "high",
    "source_article", "source_headline", "number_of_sources",
)  # fmt: skip
REQUIRED_COLUMNS = ("id", "date_start", "country", "best")
# source_headline is the headline of the reports cited, not another source: it is kept in the
# verbatim row only.
CITATION_COLUMNS = ("source_article",)
# UCDP date_prec: 1 exact day, 2 a range of 2-6 days, 3 a week, 4 a month, 5 a year.
_DATE_PRECISION = {1: "day", 2: "day", 3: "day", 4: "month", 5: "year"}


def parse_row(row: Row) -> IncidentRecord:
    """The record for one GED row; RowError names the first bad column."""
    event_id = f.identifier(row, "id")
    start, end = _day(row, "date_start"), _day(row, "date_end")
    if start is None:
        raise RowError("date_start is empty")
    if end is not None and end < start:
        raise RowError(f"date_end {end} is before date_start {start}")
    if end == start:
        end = None
    estimate = _estimate(row)
    violence_type = _violence_type(row)
    sides = _sides(row)
    return IncidentRecord(
        system=SYSTEM,
        external_id=event_id,
        name=_name(row, start),
        start_date=start,
        end_date=end,
        date_precision=_date_precision(row),
        **_place(row),
        perpetrators=_perpetrators(violence_type, sides),
        perpetrator_role="confirmed",
        killed=estimate,
        figures=_figures(estimate, row),
        violence_type=violence_type,
        conflict=_named(row, "conflict_new_id", "conflict_name"),
        dyad=_named(row, "dyad_new_id", "dyad_name"),
        sides=sides,
        citations=tuple(
            Citation(column, value, f.citation_kind(value))
            for column in CITATION_COLUMNS
            if (value := f.text(row, column))
        ),
    )


def format_row(record: IncidentRecord) -> dict[str, str]:
    citations = {citation.column: citation.text for citation in record.citations}
    article = citations.get("source_article", "")
    return {
        "id": record.external_id,
        "type_of_violence": f.number_text(record.violence_type),
        "conflict_new_id": f.number_text(record.conflict.id),
        "conflict_name": record.conflict.name,
        "dyad_new_id": f.number_text(record.dyad.id),
        "dyad_name": record.dyad.name,
        **_side_columns(record.sides),
        **_death_columns(record.figures),
        "date_start": _day_text(record.start_date),
        "date_end": _day_text(record.end_date or record.start_date),
        "country": country_name(record.country),
        "where_coordinates": record.city,
        "latitude": f.number_text(record.latitude),
        "longitude": f.number_text(record.longitude),
        "where_prec": f.number_text(record.location_precision),
        "date_prec": _date_prec_text(record),
        "best": f.number_text(record.killed.best),
        "low": f.number_text(record.killed.low),
        "high": f.number_text(record.killed.high),
        "source_article": article,
        "source_headline": citations.get("source_headline", ""),
        "number_of_sources": str(len([p for p in article.split(";") if p.strip()])),
    }


def _day(row: Row, column: str) -> date | None:
    value = f.text(row, column)[:10]
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise RowError(f"{column} is not a YYYY-MM-DD date: {row[column]!r}") from None


def _date_precision(row: Row) -> str:
    code = f.integer(row, "date_prec")
    if code is not None and code not in _DATE_PRECISION:
        raise RowError(f"date_prec must be 1 to 5, got {row['date_prec']!r}")
    return _DATE_PRECISION.get(code, "day")


def _place(row: Row) -> dict:
    country = f.country(row, "country")
    precision = f.integer(row, "where_prec")
    if precision is not None and not 1 <= precision <= 7:
        raise RowError(f"where_prec must be 1 to 7, got {row['where_prec']!r}")
    return {
        "country": country,
        "city": f.text(row, "where_coordinates", max_length=200),
        "latitude": f.coordinate(row, "latitude", 90),
        "longitude": f.coordinate(row, "longitude", 180),
        "location_precision": precision,
    }


def _side(row: Row, column: str) -> str:
    return f.text(row, column, max_length=200)


def _violence_type(row: Row) -> int | None:
    code = f.integer(row, "type_of_violence")
    if code is not None and code not in ViolenceType.values:
        raise RowError(f"type_of_violence must be 1, 2 or 3, got {row['type_of_violence']!r}")
    return code


def _named(row: Row, id_column: str, name_column: str) -> Named:
    return Named(id=f.count(row, id_column), name=f.text(row, name_column, max_length=500))


def _sides(row: Row) -> tuple[SideRecord, ...]:
    return tuple(
        SideRecord(
            role=role,
            kind=_side_kind(name, gwno=f.text(row, gwno_column)),
            name=name,
            ucdp_actor_id=f.count(row, id_column),
        )
        for role, name_column, id_column, gwno_column in SIDE_COLUMNS
        if (name := _side(row, name_column))
    )


def _side_kind(name: str, *, gwno: str) -> str:
    """UCDP gives a state side its Gleditsch-Ward number; files without gwnoa/gwnob name
    governments "Government of ...". One-sided violence is against "Civilians"."""
    if name.casefold() == "civilians":
        return SideKind.CIVILIANS
    if gwno or name.startswith("Government of"):
        return SideKind.STATE
    return SideKind.NON_STATE


def _perpetrators(violence_type: int | None, sides: tuple[SideRecord, ...]) -> tuple[str, ...]:
    """Side A carries out one-sided violence (UCDP's definition); in fighting, nobody is."""
    if violence_type != ViolenceType.ONE_SIDED:
        return ()
    return tuple(side.name for side in sides if side.role == SideRole.SIDE_A)


def _estimate(row: Row) -> Estimate:
    low, best, high = (f.count(row, column) for column in ("low", "best", "high"))
    if best is None:
        raise RowError("best is empty")
    return Estimate(*f.ordered_estimate(low, best, high))


def _figures(estimate: Estimate, row: Row) -> tuple[FigureRecord, ...]:
    low = estimate.low if estimate.low is not None else estimate.best
    high = estimate.high if estimate.high not in (None, low) else None
    by_side = tuple(
        FigureRecord(kind="killed", value=deaths, subgroup=subgroup)
        for column, subgroup in DEATH_COLUMNS
        if (deaths := f.count(row, column)) is not None
    )
    return (FigureRecord(kind="killed", value=low, value_max=high), *by_side)


def _death_columns(figures: tuple[FigureRecord, ...]) -> dict[str, str]:
    by_subgroup = {g.subgroup: g.value for g in figures if g.kind == "killed" and g.subgroup}
    return {column: f.number_text(by_subgroup.get(subgroup)) for column, subgroup in DEATH_COLUMNS}


def _side_columns(sides: tuple[SideRecord, ...]) -> dict[str, str]:
    by_role = {side.role: side for side in sides}
    columns = {}
    for role, name_column, id_column, _ in SIDE_COLUMNS:
        side = by_role.get(role)
        columns[name_column] = side.name if side else ""
        columns[id_column] = f.number_text(side and side.ucdp_actor_id)
    return columns


def _name(row: Row, start: date) -> str:
    sides = " vs ".join(s for s in (_side(row, "side_a"), _side(row, "side_b")) if s)
    place = f.text(row, "where_coordinates") or country_name(country_code(row["country"]) or "")
    return f"{sides or 'Event'} in {place or 'unknown place'}, {start.isoformat()}"[:300]


def _day_text(day: date | None) -> str:
    return day.isoformat() if day else ""


def _date_prec_text(record: IncidentRecord) -> str:
    if record.date_precision == "year":
        return "5"
    if record.date_precision == "month":
        return "4"
    return "1" if record.end_date in (None, record.start_date) else "2"
