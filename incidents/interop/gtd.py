"""The Global Terrorism Database column layout <-> IncidentRecord.

Codebook rules kept here: imonth / iday 0 mean an unknown month / day (the date precision
drops to year / month); -9 and -99 mean unknown; gname "Unknown" means no attributed group;
`related` lists other eventids of the same campaign; propextent 4 ("Unknown") is the
codebook's own answer for damage of unknown extent, kept apart from a blank propextent.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from incidents.interop import fields as f
from incidents.interop.countries import country_name, gtd_region
from incidents.interop.records import (
    Citation,
    Estimate,
    FigureRecord,
    IncidentRecord,
    PropertyDamage,
)
from incidents.interop.tables import Row, RowError
from incidents.models.vocabularies import (
    AttackType,
    ClaimMode,
    PropertyDamageExtent,
    TargetType,
    WeaponType,
)

SYSTEM = "gtd"
ATTACK_COLUMNS = ("attacktype1_txt", "attacktype2_txt", "attacktype3_txt")
WEAPON_COLUMNS = ("weaptype1_txt", "weaptype2_txt", "weaptype3_txt", "weaptype4_txt")
TARGET_COLUMNS = ("targtype1_txt", "targtype2_txt", "targtype3_txt")
GROUP_COLUMNS = ("gname", "gname2", "gname3")
CITATION_COLUMNS = ("scite1", "scite2", "scite3")
PROPERTY_COLUMNS = ("property", "propextent", "propextent_txt", "propvalue")
COLUMNS = (
    "eventid", "iyear", "imonth", "iday", "approxdate", "country_txt", "region_txt",
    "provstate", "city", "latitude", "longitude", "specificity",
    *ATTACK_COLUMNS, "success", "suicide", *WEAPON_COLUMNS, *TARGET_COLUMNS, *GROUP_COLUMNS,
    "claimed", "claimmode_txt", "nkill", "nkillter", "nwound", "nperps", "nperpcap",
    *PROPERTY_COLUMNS,
    "summary", "motive", "crit1", "crit2", "crit3", "doubtterr", "related",
    *CITATION_COLUMNS, "dbsource",
)  # fmt: skip
REQUIRED_COLUMNS = ("eventid", "iyear", "imonth", "iday", "country_txt")
UNKNOWN_GROUP = "Unknown"
# GTD specificity (1 exact .. 5 country centroid) <-> UCDP-style location precision.
_SPECIFICITY_TO_PRECISION = {1: 1, 2: 2, 3: 3, 4: 4, 5: 6}
_PRECISION_TO_SPECIFICITY = {1: 1, 2: 2, 3: 3, 4: 4, 5: 4, 6: 5, 7: 5}
_CLAIM_MODES = {label.casefold(): value for value, label in ClaimMode.choices}
# propvalue is in dollars and passes 2**31 (the database column is a 64-bit integer).
_LARGEST_DOLLARS = 2**63 - 1


def parse_row(row: Row) -> IncidentRecord:
    """The record for one GTD row; RowError names the first bad column."""
    eventid = f.identifier(row, "eventid")
    start, precision = _date(row)
    place = _place(row)
    attack_types = f.labelled_codes(row, ATTACK_COLUMNS, AttackType)
    return IncidentRecord(
        system=SYSTEM,
        external_id=eventid,
        name=_name(attack_types, place, start),
        start_date=start,
        date_precision=precision,
        approximate_date=f.text(row, "approxdate", max_length=100),
        **place,
        attack_types=attack_types,
        weapon_types=f.labelled_codes(row, WEAPON_COLUMNS, WeaponType),
        target_types=f.labelled_codes(row, TARGET_COLUMNS, TargetType),
        **_attribution(row),
        summary=f.text(row, "summary"),
        motive=f.text(row, "motive"),
        criteria=(f.flag(row, "crit1"), f.flag(row, "crit2"), f.flag(row, "crit3")),
        doubt_terrorism_proper=f.flag(row, "doubtterr"),
        successful=f.flag(row, "success"),
        suicide=f.flag(row, "suicide"),
        property_damage=_property_damage(row),
        **_casualties(row),
        related=_related(row, eventid),
        citations=tuple(
            Citation(column, value, f.citation_kind(value))
            for column in CITATION_COLUMNS
            if (value := f.text(row, column))
        ),
    )


def format_row(record: IncidentRecord) -> dict[str, str]:
    """The GTD row for a record (region_txt derived from the country; dbsource left empty)."""
    day = record.start_date
    groups = record.perpetrators or (UNKNOWN_GROUP,)
    return {
        "eventid": record.external_id,
        "iyear": str(day.year) if day else "",
        "imonth": str(day.month) if day and record.date_precision != "year" else "0",
        "iday": str(day.day) if day and record.date_precision == "day" else "0",
        "approxdate": record.approximate_date,
        "country_txt": country_name(record.country),
        "region_txt": gtd_region(record.country),
        "provstate": record.region,
        "city": record.city,
        "latitude": f.number_text(record.latitude),
        "longitude": f.number_text(record.longitude),
        "specificity": f.number_text(_PRECISION_TO_SPECIFICITY.get(record.location_precision)),
        **_labels(ATTACK_COLUMNS, record.attack_types, AttackType),
        **_labels(WEAPON_COLUMNS, record.weapon_types, WeaponType),
        **_labels(TARGET_COLUMNS, record.target_types, TargetType),
        **dict(zip(GROUP_COLUMNS, groups, strict=False)),
        "claimed": f.flag_text(record.claimed),
        "claimmode_txt": ClaimMode(record.claim_mode).label if record.claim_mode else "",
        **_figure_columns(record),
        "summary": record.summary,
        "motive": record.motive,
        **{f"crit{n}": f.flag_text(value) for n, value in enumerate(record.criteria, 1)},
        "doubtterr": f.flag_text(record.doubt_terrorism_proper),
        "success": f.number_text(_flag_code(record.successful)),
        "suicide": f.number_text(_flag_code(record.suicide)),
        **_property_columns(record.property_damage),
        "related": ", ".join(record.related),
        **{citation.column: citation.text for citation in record.citations},
    }


def _date(row: Row) -> tuple[date | None, str]:
    year, month, day = (f.integer(row, column) for column in ("iyear", "imonth", "iday"))
    if year is None:
        raise RowError("iyear is empty")
    precision = "year" if not month else "month" if not day else "day"
    try:
        return date(year, month or 1, day or 1), precision
    except ValueError:
        raise RowError(f"iyear/imonth/iday {year}-{month}-{day} is not a date") from None


def _place(row: Row) -> dict:
    country = f.country(row, "country_txt")
    specificity = f.integer(row, "specificity")
    if specificity is not None and specificity not in _SPECIFICITY_TO_PRECISION:
        raise RowError(f"specificity must be 1 to 5, got {row['specificity']!r}")
    return {
        "country": country,
        "region": f.text(row, "provstate", max_length=200),
        "city": f.text(row, "city", max_length=200),
        "latitude": f.coordinate(row, "latitude", 90),
        "longitude": f.coordinate(row, "longitude", 180),
        "location_precision": _SPECIFICITY_TO_PRECISION.get(specificity),
    }


def _name(attack_types: tuple[int, ...], place: dict, start: date | None) -> str:
    what = AttackType(attack_types[0]).label if attack_types else "Incident"
    where = ", ".join(
        p for p in (place["city"], place["region"], country_name(place["country"])) if p
    )
    when = start.isoformat() if start else "unknown date"
    return f"{what} in {where or 'unknown place'}, {when}"[:300]


def _attribution(row: Row) -> dict:
    groups = tuple(
        dict.fromkeys(
            name
            for column in GROUP_COLUMNS
            if (name := f.text(row, column, max_length=200)) and name != UNKNOWN_GROUP
        )
    )
    claimed = f.flag(row, "claimed")
    mode_label = f.text(row, "claimmode_txt")
    if mode_label and mode_label.casefold() not in _CLAIM_MODES:
        raise RowError(f"claimmode_txt has an unknown label: {mode_label!r}")
    return {
        "perpetrators": groups,
        "perpetrator_role": "claimed" if claimed else "suspected",
        "claimed": claimed,
        "claim_mode": _CLAIM_MODES.get(mode_label.casefold(), ""),
    }


# (column, figure kind, subgroup): GTD's counts as reported figures.
_FIGURE_COLUMNS = (
    ("nkill", "killed", ""),
    ("nwound", "injured", ""),
    ("nkillter", "killed", "attackers"),
    ("nperps", "perpetrators", ""),
    ("nperpcap", "detained", "attackers"),
)


def _casualties(row: Row) -> dict:
    counts = {column: f.count(row, column) for column, _, _ in _FIGURE_COLUMNS}
    figures = tuple(
        FigureRecord(kind=kind, value=counts[column], subgroup=subgroup)
        for column, kind, subgroup in _FIGURE_COLUMNS
        if counts[column] is not None
    )
    return {
        "killed": Estimate(best=counts["nkill"]),
        "injured": Estimate(best=counts["nwound"]),
        "figures": figures,
    }


def _figure_columns(record: IncidentRecord) -> dict[str, str]:
    """Counts from the figures; nkill / nwound from the curated best estimate."""
    by_kind = {(figure.kind, figure.subgroup): figure.value for figure in record.figures}
    columns = {
        column: f.number_text(
            by_kind.get((kind, subgroup)), unknown="-99" if kind == "perpetrators" else ""
        )
        for column, kind, subgroup in _FIGURE_COLUMNS
    }
    columns["nkill"] = f.number_text(record.killed.best)
    columns["nwound"] = f.number_text(record.injured.best)
    return columns


def _property_damage(row: Row) -> PropertyDamage:
    return PropertyDamage(
        damaged=f.flag(row, "property"), extent=_extent(row), value=_dollars(row, "propvalue")
    )


def _extent(row: Row) -> int | None:
    """propextent's code, or its label where a file has only propextent_txt."""
    code = f.integer(row, "propextent")
    if code is not None and code not in PropertyDamageExtent.values:
        raise RowError(f"propextent must be 1 to 4, got {row['propextent']!r}")
    label = f.text(row, "propextent_txt")
    if code is None and label:
        # Releases before 2017 wrote "(likely > $1 billion)": the words before "(" decide.
        code = f.code_for_label(PropertyDamageExtent, label.split(" (")[0], "propextent_txt")
    return code


def _dollars(row: Row, column: str) -> int | None:
    value = f.text(row, column)
    if not value or value in f.UNKNOWN_NUMBERS:
        return None
    try:
        number = Decimal(value)
    except InvalidOperation:
        number = None
    if (
        number is None
        or not number.is_finite()
        or not 0 <= number <= _LARGEST_DOLLARS
        or number != number.to_integral_value()
    ):
        raise RowError(f"{column} must be a whole number of US dollars or -99, got {value!r}")
    return int(number)


def _property_columns(damage: PropertyDamage) -> dict[str, str]:
    """propvalue -99 where damage is recorded but its value is not, blank otherwise."""
    extent = PropertyDamageExtent(damage.extent) if damage.extent else None
    return {
        "property": f.flag_text(damage.damaged),
        "propextent": f.number_text(extent and int(extent)),
        "propextent_txt": extent.label if extent else "",
        "propvalue": f.number_text(damage.value, unknown="-99" if damage.damaged else ""),
    }


def _flag_code(value: bool | None) -> int | None:
    """success and suicide are always 1 or 0 in GTD: unknown is left blank, not -9."""
    return None if value is None else int(value)


def _related(row: Row, eventid: str) -> tuple[str, ...]:
    ids = (part.strip() for part in f.text(row, "related").replace(";", ",").split(","))
    # Sorted: the database keeps relations as a set.
    return tuple(sorted({i for i in ids if i and i != eventid}))


def _labels(columns: tuple[str, ...], codes: tuple[int, ...], vocabulary) -> dict[str, str]:
    return {column: vocabulary(code).label for column, code in zip(columns, codes, strict=False)}
