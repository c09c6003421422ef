"""Picking out a figure's number in its quote, and saying how an estimate moved."""

import pytest

from incidents.admin.decisions import estimate_change_text
from incidents.admin.quotes import marked_quote, number_span


@pytest.mark.parametrize(
    ("quote", "values", "picked"),
    [
        ("Investigators said 149 people had been killed.", (149, None), "149"),
        ("The toll rose to 1,500 by Monday.", (1500, None), "1,500"),
        ("Six children were killed and seven more injured.", (6, None), "Six"),
        ("six children were killed and seven more injured.", (7, None), "seven"),
        ("killing and wounding hundreds, the statement said.", (200, 999), "hundreds"),
        ("Killing at least 137 people, 13 of them children.", (13, None), "13"),
        ("On March 22, 2024 gunmen opened fire.", (40, None), None),
        ("Fatalities: 150", (150, None), "150"),
    ],
)
def test_it_finds_the_number_the_figure_was_read_from(quote, values, picked):
    span = number_span(quote, values)

    assert (quote[slice(*span)] if span else None) == picked


def test_the_number_is_marked_and_the_rest_escaped():
    assert str(marked_quote("<b>40</b> killed", (3, 5))) == (
        '&lt;b&gt;<strong class="review-number">40</strong>&lt;/b&gt; killed'
    )


@pytest.mark.parametrize(
    ("before", "after", "said"),
    [
        ({"killed_best": 40}, {"killed_best": 149}, "killed best 40 -> 149"),
        (
            {"killed_low": None, "killed_best": None, "injured_best": 100},
            {"killed_low": 40, "killed_best": 40, "injured_best": 100},
            "killed best none -> 40, low none -> 40",
        ),
        (
            {"killed_high": 150, "injured_best": 100},
            {"killed_high": 149, "injured_best": 609},
            "killed high 150 -> 149; injured best 100 -> 609",
        ),
        ({"killed_best": 40}, {"killed_best": 40}, ""),
    ],
)
def test_an_estimate_change_reads_best_first(before, after, said):
    assert estimate_change_text(before, after) == said
