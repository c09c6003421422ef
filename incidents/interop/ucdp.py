"""The UCDP Georeferenced Event Dataset (GED) CSV layout <-> IncidentRecord.

low / best / high deaths become the incident's curated estimate and one accepted figure
(a range when low and high differ). side_a and side_b become the incident's actors, in that
order. number_of_sources is not stored: it is written back as the count of the
semicolon-separated entries of source_article.
"""

from __future__ import annotations

from datetime import date

from incidents.interop import fields as f
from incidents.interop.countries import country_code, country_name
from incidents.interop.records import Citation, Estimate, FigureRecord, IncidentRecord
from incidents.interop.tables import Row, RowError

SYSTEM = "ucdp"
COLUMNS = (
    "id", "date_start", "date_end", "country", "where_coordinates", "latitude", "longitude",
    "where_prec", "date_prec", "side_a", "side_b", "best", "low", "high",
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
    return IncidentRecord(
        system=SYSTEM,
        external_id=event_id,
        name=_name(row, start),
        start_date=start,
        end_date=end,
        date_precision=_date_precision(row),
        **_place(row),
        perpetrators=tuple(
            dict.fromkeys(s for s in (_side(row, "side_a"), _side(row, "side_b")) if s)
        ),
        perpetrator_role="confirmed",
        killed=estimate,
        figures=_figures(estimate),
        citations=tuple(
            Citation(column, value, f.citation_kind(value))
            for column in CITATION_COLUMNS
            if (value := f.text(row, column))
        ),
    )


def format_row(record: IncidentRecord) -> dict[str, str]:
    sides = [*record.perpetrators, "", ""]
    citations = {citation.column: citation.text for citation in record.citations}
    article = citations.get("source_article", "")
    return {
        "id": record.external_id,
        "date_start": _day_text(record.start_date),
        "date_end": _day_text(record.end_date or record.start_date),
        "country": country_name(record.country),
        "where_coordinates": record.city,
        "latitude": f.number_text(record.latitude),
        "longitude": f.number_text(record.longitude),
        "where_prec": f.number_text(record.location_precision),
        "date_prec": _date_prec_text(record),
        "side_a": sides[0],
        "side_b": sides[1],
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


def _estimate(row: Row) -> Estimate:
    low, best, high = (f.count(row, column) for column in ("low", "best", "high"))
    if best is None:
        raise RowError("best is empty")
    return Estimate(*f.ordered_estimate(low, best, high))


def _figures(estimate: Estimate) -> tuple[FigureRecord, ...]:
    low = estimate.low if estimate.low is not None else estimate.best
    high = estimate.high if estimate.high not in (None, low) else None
    return (FigureRecord(kind="killed", value=low, value_max=high),)


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
