"""The ACLED layout: codebook rules on single rows of tests/data/acled_edge_cases.csv."""

import csv
from decimal import Decimal
from pathlib import Path

import pytest

from incidents.interop import acled
from incidents.interop.tables import RowError

DATA = Path(__file__).parent.parent / "data" / "acled_edge_cases.csv"


def rows() -> dict[str, dict[str, str]]:
    with DATA.open(newline="", encoding="utf-8") as handle:
        return {row["event_id_cnty"]: row for row in csv.DictReader(handle)}


def test_the_test_file_has_every_acled_column_in_order():
    with DATA.open(newline="", encoding="utf-8") as handle:
        assert tuple(next(csv.reader(handle))) == acled.COLUMNS


def test_civilian_targeting_makes_actor_1_and_its_associates_the_perpetrators():
    record = acled.parse_row(rows()["RUS12345"])

    assert record.perpetrators == (
        "Islamic State (Khorasan)",
        "Tajik Ethnic Group (Russia)",
        "Islamist Militia (Russia)",
    )
    assert (record.country, record.region, record.city) == ("RU", "Moscow Oblast", "Krasnogorsk")
    assert (record.latitude, record.location_precision) == (Decimal("55.823200"), 1)
    assert record.killed.best == 145
    assert [c.text for c in record.citations] == ["Meduza; Reuters"]


def test_sides_of_a_battle_are_not_perpetrators_and_zero_fatalities_is_a_figure():
    record = acled.parse_row(rows()["UKR98765"])

    assert record.perpetrators == ()
    assert record.killed.best == 0
    assert [(f.kind, f.value) for f in record.figures] == [("killed", 0)]
    assert (record.date_precision, record.location_precision) == ("day", 2)


def test_a_written_date_a_month_precision_and_a_region_placement_are_read():
    record = acled.parse_row(rows()["KEN4321"])

    assert record.start_date.isoformat() == "2024-06-15"
    assert (record.date_precision, record.location_precision) == ("month", 4)
    assert record.perpetrators == ()


def test_a_country_iso_lacks_is_found_by_its_name():
    assert acled.parse_row(rows()["XKX100"]).country == "XK"


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        ("event_id_cnty", "", "event_id_cnty is empty"),
        ("event_date", "22/13/2024", "event_date is not a date"),
        ("time_precision", "4", "time_precision must be 1, 2 or 3"),
        ("geo_precision", "0", "geo_precision must be 1, 2 or 3"),
        ("fatalities", "-1", "fatalities must not be negative"),
        ("latitude", "91", "latitude 91 is outside"),
    ],
)
def test_a_bad_cell_is_refused_naming_its_column(column, value, message):
    row = rows()["RUS12345"] | {column: value}

    with pytest.raises(RowError, match=message):
        acled.parse_row(row)


def test_a_record_formats_back_to_the_columns_it_maps():
    row = rows()["RUS12345"]

    formatted = acled.format_row(acled.parse_row(row))

    for column in ("event_id_cnty", "event_date", "year", "time_precision", "actor1",
                   "assoc_actor_1", "civilian_targeting", "iso", "country", "admin1",
                   "location", "geo_precision", "source", "notes", "fatalities"):  # fmt: skip
        assert formatted[column] == row[column], column
