from datetime import date

import pytest

from incidents.interop import ucdp
from incidents.interop.tables import RowError

BASE = {
    "id": "244657",
    "date_start": "2017-07-14 00:00:00.000",
    "date_end": "2017-07-14 00:00:00.000",
    "country": "Afghanistan",
    "where_coordinates": "Kabul town",
    "side_a": "Government of Afghanistan",
    "side_b": "Taleban",
    "best": "4",
    "low": "3",
    "high": "6",
}


def parse(**changes):
    return ucdp.parse_row({**BASE, **changes})


def test_it_maps_low_best_high_onto_the_estimate_and_one_range_figure():
    record = parse()
    assert (record.killed.low, record.killed.best, record.killed.high) == (3, 4, 6)
    assert [(f.kind, f.value, f.value_max) for f in record.figures] == [("killed", 3, 6)]


def test_it_keeps_both_sides_in_order_and_single_days_without_an_end():
    record = parse()
    assert record.perpetrators == ("Government of Afghanistan", "Taleban")
    assert (record.start_date, record.end_date) == (date(2017, 7, 14), None)


def test_it_reads_former_country_names_in_parentheses():
    assert parse(country="DR Congo (Zaire)").country == "CD"
    assert parse(country="Cambodia (Kampuchea)").country == "KH"


@pytest.mark.parametrize(
    ("changes", "column"),
    [
        ({"best": ""}, "best"),
        ({"date_start": "2017-07"}, "date_start"),
        ({"date_end": "2017-07-01"}, "date_end"),
        ({"where_prec": "8"}, "where_prec"),
    ],
)
def test_it_refuses_a_bad_row_naming_the_column(changes, column):
    with pytest.raises(RowError, match=column):
        parse(**changes)


def test_it_formats_a_row_that_parses_back_to_the_same_record():
    record = parse(
        date_end="2017-07-16",
        date_prec="2",
        latitude="34.5",
        longitude="69.1",
        where_prec="1",
        source_article="AFP;Reuters",
        source_headline="Blast",
    )
    assert ucdp.parse_row(ucdp.format_row(record)) == record
