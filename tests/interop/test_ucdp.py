from datetime import date

import pytest

from incidents.interop import ucdp
from incidents.interop.records import FigureRecord, Named, SideRecord
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
    assert [(s.role, s.kind, s.name) for s in record.sides] == [
        ("side_a", "state", "Government of Afghanistan"),
        ("side_b", "non_state", "Taleban"),
    ]
    assert (record.start_date, record.end_date) == (date(2017, 7, 14), None)


@pytest.mark.parametrize("violence_type", ["1", "2", ""])
def test_sides_that_fight_are_not_perpetrators(violence_type):
    assert parse(type_of_violence=violence_type).perpetrators == ()


def test_side_a_of_one_sided_violence_is_its_perpetrator_and_civilians_are_no_actor():
    record = parse(type_of_violence="3", side_a="IS", side_b="Civilians", side_b_new_id="1")
    assert record.perpetrators == ("IS",)
    assert record.sides[1] == SideRecord("side_b", "civilians", "Civilians", 1)


def test_a_state_side_has_a_gleditsch_ward_number_or_else_a_government_name():
    record = parse(side_a="Government of India", side_b="Kashmir insurgents")
    assert [s.kind for s in record.sides] == ["state", "non_state"]
    record = parse(side_b="Pakistan", gwnob="770")
    assert [s.kind for s in record.sides] == ["state", "state"]


def test_it_reads_violence_type_conflict_dyad_and_deaths_by_side():
    record = parse(
        type_of_violence="1",
        conflict_new_id="333",
        conflict_name="Afghanistan: Government",
        dyad_new_id="754",
        dyad_name="Government of Afghanistan - Taleban",
        side_a_new_id="130",
        side_b_new_id="303",
        deaths_a="1",
        deaths_b="2",
        deaths_civilians="0",
        deaths_unknown="1",
    )
    assert record.violence_type == 1
    assert record.conflict == Named(333, "Afghanistan: Government")
    assert record.dyad == Named(754, "Government of Afghanistan - Taleban")
    assert [s.ucdp_actor_id for s in record.sides] == [130, 303]
    assert record.figures[1:] == (
        FigureRecord("killed", 1, subgroup="side_a"),
        FigureRecord("killed", 2, subgroup="side_b"),
        FigureRecord("killed", 0, subgroup="civilians"),
        FigureRecord("killed", 1, subgroup="unknown"),
    )


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
        ({"type_of_violence": "4"}, "type_of_violence"),
        ({"deaths_a": "-1"}, "deaths_a"),
        ({"conflict_new_id": "x"}, "conflict_new_id"),
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
        type_of_violence="3",
        side_b="Civilians",
        side_a_new_id="130",
        conflict_new_id="333",
        conflict_name="Government of Afghanistan - Civilians",
        dyad_new_id="754",
        dyad_name="Government of Afghanistan - Civilians",
        deaths_a="0",
        deaths_b="0",
        deaths_civilians="4",
        deaths_unknown="0",
    )
    assert ucdp.parse_row(ucdp.format_row(record)) == record
