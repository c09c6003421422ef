import datetime as dt

import pytest

from incidents.extraction.lexicons.dates import find_dates

FRIDAY = dt.date(2015, 11, 13)


@pytest.mark.parametrize(
    ("text", "reference", "incident", "expected"),
    [
        ("gunmen attacked the Bataclan on Friday", dt.date(2015, 11, 14), None, FRIDAY),
        ("On 13 November 2015, attackers struck Paris", None, None, FRIDAY),
        ("the bombing on May 22, 2017 in Manchester", None, None, dt.date(2017, 5, 22)),
        ("On Friday, March 15, a gunman entered the mosque", None, None, dt.date(2024, 3, 15)),
        (
            "On Friday, March 15, a gunman entered the mosque",
            dt.date(2019, 3, 16),
            None,
            dt.date(2019, 3, 15),
        ),
        (
            "on September 21 militants stormed Westgate",
            dt.date(2013, 9, 23),
            None,
            dt.date(2013, 9, 21),
        ),
        (
            "he was detained the day after the attack",
            None,
            dt.date(2019, 3, 15),
            dt.date(2019, 3, 16),
        ),
        (
            "Three days before the shooting, police were warned",
            None,
            dt.date(2017, 10, 1),
            dt.date(2017, 9, 28),
        ),
        ("yesterday a man opened fire", dt.date(2022, 5, 25), None, dt.date(2022, 5, 24)),
        ("the blast this evening at the port", dt.date(2020, 8, 4), None, dt.date(2020, 8, 4)),
        ("Two years ago today, a gunman", dt.date(2021, 6, 12), None, dt.date(2019, 6, 12)),
        ("a year ago, a bomb went off", dt.date(2018, 4, 9), None, dt.date(2017, 4, 9)),
        ("Updated: 2023-06-14 08:12", None, None, dt.date(2023, 6, 14)),
    ],
)
def test_it_resolves_dates(text, reference, incident, expected):
    dates = [
        m.date
        for m in find_dates(text, reference=reference, incident=incident)
        if m.precision == "day"
    ]
    assert dates == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "officials may 10 people",
        "the venue holds 6,200 people",
        "at least 40 were killed",
        "many years ago",
        "invoice 2023-19-44",
    ],
)
def test_it_finds_no_date_in_distractors(text):
    assert find_dates(text, reference=dt.date(2024, 3, 23)) == []


def test_it_leaves_a_weekday_unresolved_without_a_reference():
    (mention,) = find_dates("the attack on Friday")
    assert mention.date is None
