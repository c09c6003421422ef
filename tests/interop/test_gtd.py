from datetime import date
from decimal import Decimal

import pytest

from incidents.interop import gtd
from incidents.interop.records import PropertyDamage
from incidents.interop.tables import RowError
from incidents.models.vocabularies import AttackType, TargetType, WeaponType

BASE = {
    "eventid": "201401010001",
    "iyear": "2014",
    "imonth": "3",
    "iday": "22",
    "country_txt": "Russia",
    "city": "Krasnogorsk",
    "attacktype1_txt": "Armed Assault",
}


def parse(**changes):
    return gtd.parse_row({**BASE, **changes})


@pytest.mark.parametrize(
    ("imonth", "iday", "expected_date", "expected_precision"),
    [
        ("3", "22", date(2024, 3, 22), "day"),
        ("3", "0", date(2024, 3, 1), "month"),
        ("0", "0", date(2024, 1, 1), "year"),
    ],
)
def test_it_lowers_the_date_precision_for_unknown_months_and_days(
    imonth, iday, expected_date, expected_precision
):
    record = parse(iyear="2024", imonth=imonth, iday=iday)
    assert (record.start_date, record.date_precision) == (expected_date, expected_precision)


@pytest.mark.parametrize("unknown", ["-99", "-9", ""])
def test_it_reads_unknown_counts_as_no_figure(unknown):
    record = parse(nkill=unknown, nperps=unknown, nwound="4")
    assert record.killed.best is None
    assert [(f.kind, f.value) for f in record.figures] == [("injured", 4)]


def test_it_keeps_every_attack_weapon_and_target_type_in_column_order():
    record = parse(
        attacktype1_txt="Bombing/Explosion",
        attacktype2_txt="Armed Assault",
        attacktype3_txt="Bombing/Explosion",
        weaptype1_txt="Explosives",
        weaptype2_txt="Vehicle",
        targtype1_txt="Police",
        targtype2_txt="Business",
    )
    assert record.attack_types == (AttackType.BOMBING, AttackType.ARMED_ASSAULT)
    assert record.weapon_types == (WeaponType.EXPLOSIVES, WeaponType.VEHICLE)
    assert record.target_types == (TargetType.POLICE, TargetType.BUSINESS)


def test_it_leaves_missing_coordinates_empty_and_rounds_given_ones():
    assert (parse().latitude, parse().longitude) == (None, None)
    record = parse(latitude="55.8236", longitude="37.3861", specificity="1")
    assert record.latitude == Decimal("55.823600")
    assert record.location_precision == 1


def test_it_maps_counts_to_figures_with_subgroups():
    record = parse(nkill="145", nkillter="0", nwound="551", nperps="4", nperpcap="4")
    assert {(f.kind, f.subgroup): f.value for f in record.figures} == {
        ("killed", ""): 145,
        ("injured", ""): 551,
        ("killed", "attackers"): 0,
        ("perpetrators", ""): 4,
        ("detained", "attackers"): 4,
    }
    assert (record.killed.best, record.injured.best) == (145, 551)


def test_it_drops_the_unknown_group_and_repeated_groups():
    record = parse(gname="Unknown", gname2="Islamic State", gname3="Islamic State")
    assert record.perpetrators == ("Islamic State",)


def test_it_reads_the_claim_and_its_mode():
    record = parse(claimed="1", claimmode_txt="Posted to website, blog, etc.", gname="IS-K")
    assert (record.claimed, record.claim_mode, record.perpetrator_role) == (
        True,
        "website",
        "claimed",
    )


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        (
            {"property": "1", "propextent": "3", "propvalue": "250000"},
            PropertyDamage(True, 3, 250_000),
        ),
        # 9/11's damage is past what a 32-bit column holds.
        (
            {"property": "1", "propextent": "1", "propvalue": "2700000000"},
            PropertyDamage(True, 1, 2_700_000_000),
        ),
        ({"property": "1", "propextent": "4", "propvalue": "-99"}, PropertyDamage(True, 4, None)),
        ({"property": "-9", "propextent": "", "propvalue": ""}, PropertyDamage(None, None, None)),
        ({"property": "0"}, PropertyDamage(False, None, None)),
        # A file with only the label column, in the 0919 release's or an older release's words.
        (
            {"propextent_txt": "Major (likely >= $1 million but < $1 billion)"},
            PropertyDamage(None, 2),
        ),
        ({"propextent_txt": "Catastrophic (likely > $1 billion)"}, PropertyDamage(None, 1)),
    ],
)
def test_it_reads_property_damage_with_unknown_markers_as_none(cells, expected):
    assert parse(**cells).property_damage == expected


@pytest.mark.parametrize(("cell", "expected"), [("1", True), ("0", False), ("", None)])
def test_it_reads_success_and_suicide(cell, expected):
    record = parse(success=cell, suicide=cell)
    assert (record.successful, record.suicide) == (expected, expected)


def test_it_reads_related_events_without_the_event_itself():
    record = parse(related="201401010003, 201401010001,201401010002")
    assert record.related == ("201401010002", "201401010003")


@pytest.mark.parametrize(
    ("changes", "column"),
    [
        ({"eventid": ""}, "eventid"),
        ({"iyear": "20x4"}, "iyear"),
        ({"imonth": "2", "iday": "30"}, "imonth/iday"),
        ({"latitude": "95"}, "latitude"),
        ({"attacktype1_txt": "Cyber Attack"}, "attacktype1_txt"),
        ({"nkill": "-3"}, "nkill"),
        ({"nwound": "2.5"}, "nwound"),
        ({"claimmode_txt": "Carrier pigeon"}, "claimmode_txt"),
        ({"specificity": "9"}, "specificity"),
        ({"propextent": "5"}, "propextent"),
        ({"propextent_txt": "Enormous"}, "propextent_txt"),
        ({"propvalue": "12.5"}, "propvalue"),
        ({"propvalue": "-5"}, "propvalue"),
        ({"success": "2"}, "success"),
        ({"property": "3"}, "property"),
    ],
)
def test_it_refuses_a_bad_row_naming_the_column(changes, column):
    with pytest.raises(RowError, match=column):
        parse(**changes)


def test_it_formats_a_row_that_parses_back_to_the_same_record():
    record = parse(
        iday="0",
        attacktype2_txt="Hijacking",
        gname="Islamic State",
        claimed="0",
        nkill="-99",
        nwound="3",
        nperps="-99",
        crit1="1",
        crit2="0",
        doubtterr="-9",
        related="201401010009",
        scite1="A citation.",
        latitude="1.5",
        longitude="-2.25",
        specificity="5",
        success="1",
        suicide="0",
        property="1",
        propextent="3",
        propvalue="-99",
    )
    assert gtd.parse_row(gtd.format_row(record)) == record


def test_it_writes_the_codebook_label_beside_the_extent_code():
    row = gtd.format_row(parse(property="1", propextent="2", propvalue="1500000"))
    assert (row["property"], row["propextent"], row["propvalue"]) == ("1", "2", "1500000")
    assert row["propextent_txt"] == "Major (likely >= $1 million but < $1 billion)"
    assert gtd.format_row(parse(property="0"))["propvalue"] == ""
