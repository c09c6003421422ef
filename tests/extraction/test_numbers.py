"""Counts as news text writes them."""

from __future__ import annotations

import pytest

from incidents.extraction.lexicons.numbers import find_quantities, parse_number


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("6,200", (6200, None)),
        ("four", (4, None)),
        ("a hundred", (100, None)),
        ("twenty-one", (21, None)),
        ("one hundred and twenty-one", (121, None)),
        ("a dozen", (12, None)),
        ("a half-dozen", (6, None)),
        ("half a dozen", (6, None)),
        ("1.5 million", (1_500_000, None)),
        ("hundreds", (200, 999)),
        ("dozens", (24, 99)),
        ("tens of thousands", (20_000, 99_999)),
        ("several", None),
    ],
)
def test_it_parses_number_phrases(phrase, expected):
    assert parse_number(phrase) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("killing at least 137 people", (137, None, "at_least", "at least 137")),
        ("a minimum of four individuals", (4, None, "at_least", "a minimum of four")),
        ("wounded more than 100", (100, None, "more_than", "more than 100")),
        ("over 120 injured", (120, None, "more_than", "over 120")),
        ("about 60 dead", (60, None, "about", "about 60")),
        ("approximately 100 people", (100, None, "about", "approximately 100")),
        ("around 200 fans", (200, None, "about", "around 200")),
        ("nearly 50 victims", (50, None, "about", "nearly 50")),
        ("up to four individuals", (4, None, "up_to", "up to four")),
        ("fewer than 10 people", (10, None, "fewer_than", "fewer than 10")),
        ("182 or 183 injured", (182, 183, "exact", "182 or 183")),
        ("between 40 and 60 people", (40, 60, "exact", "between 40 and 60")),
        ("killing and wounding hundreds", (200, 999, "about", "hundreds")),
        ("Killing At Least 137 People", (137, None, "at_least", "At Least 137")),
    ],
)
def test_it_finds_quantities_with_qualifier_and_range(text, expected):
    (quantity,) = find_quantities(text)
    assert (
        quantity.value,
        quantity.value_max,
        quantity.qualifier,
        text[quantity.start : quantity.end],
    ) == expected


@pytest.mark.parametrize(
    "text",
    [
        "a woman in her 70s",
        "$11,005",
        "more than 50% of Russians",
        "someone often tends to",
        "several people",
    ],
)
def test_it_finds_no_count_in_non_counts(text):
    assert find_quantities(text) == []


def test_it_gives_offsets_of_the_number_without_its_qualifier():
    text = "left at least 60 people dead"
    (quantity,) = find_quantities(text)
    assert text[quantity.number_start : quantity.number_end] == "60"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("killed 27 people.[3]", [(27, None, "exact", False, False)]),
        ("Wounded c. 300", [(300, None, "about", False, False)]),
        ("a dozen people", [(12, None, "about", False, False)]),
        ("dozens of people", [(24, 99, "about", True, False)]),
        (
            "revised the toll from 52 to 47",
            [(52, None, "exact", False, True), (47, None, "exact", False, False)],
        ),
        (
            "rose from 52 to 57",
            [(52, None, "exact", False, True), (57, None, "exact", False, False)],
        ),
        ("between 40 and 60 people", [(40, 60, "exact", False, False)]),
    ],
)
def test_it_marks_vague_plurals_revisions_and_skips_reference_markers(text, expected):
    found = [
        (q.value, q.value_max, q.qualifier, q.vague, q.replaced) for q in find_quantities(text)
    ]
    assert found == expected
