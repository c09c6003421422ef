"""The attack's date: which mentions date it, read against the source's dateline."""

import datetime as dt

import pytest

from incidents.extraction.incident.dating import incident_date
from tests.extraction.helpers import parsed

D = dt.date


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # A relative day counts back from the dateline.
        ("A gunman killed four people at a bakery on Tuesday.", D(2021, 6, 10), D(2021, 6, 8)),
        (
            "We condemn yesterday's bombing of the market, which killed nine.",
            D(2016, 2, 3),
            D(2016, 2, 2),
        ),
        # "Today" in a speech is the day of the speech, not of the attack ...
        (
            "Families are mourning the victims of this act of terrorism last Thursday. "
            "Today, we stand with the 20 people who were wounded in the attack.",
            D(2022, 9, 5),
            D(2022, 9, 1),
        ),
        # ... and an anniversary statement dates the attack years back.
        (
            "Marking Three Years Since the March 9th Attack\n"
            "Today we remember the 11 people who were killed in the attack on March 9th.",
            D(2021, 3, 9),
            D(2018, 3, 9),
        ),
        ("Two years ago today, a gunman killed six worshippers.", D(2020, 4, 2), D(2018, 4, 2)),
        # A full date wins over a round "four years ago".
        (
            "Four years ago, a bomber struck the stadium. On May 3, 2017, the blast killed 12.",
            D(2021, 5, 2),
            D(2017, 5, 3),
        ),
        # An encyclopedia lead opens with the date, whatever it calls the event.
        (
            "On 4 June 2013, two men forced their way into a newsroom and held staff for hours. "
            "Police ended the siege on 6 June.",
            None,
            D(2013, 6, 4),
        ),
        # A range starts the day the attacks began.
        ("From 12 to 14 May 2012, militants attacked three villages.", None, D(2012, 5, 12)),
        # Other events: the attack it is compared with, a biography line.
        (
            "On 8 August 2019 a gunman killed seven at a mall, the deadliest attack in the "
            "region since the bombing of 14 July 2005. The gunman was born on March 3, 1988.",
            None,
            D(2019, 8, 8),
        ),
        # Remarks that date the attack only in passing.
        (
            "Today's briefing was hard. The officer put on his uniform yesterday morning, "
            "not knowing what the day would bring.",
            D(2021, 7, 9),
            D(2021, 7, 8),
        ),
        ("Residents said the town had been quiet for years.", D(2019, 1, 2), None),
    ],
)
def test_it_dates_the_attack(text, published, expected):
    date, _span = incident_date(parsed(text, published=published))

    assert date == expected


def test_an_infobox_date_alone_dates_the_attack():
    document = parsed("- Date: 14 July 2016\n\nA lorry drove into the crowd.")
    document.cleaned.infobox["Date"] = "14 July 2016"

    assert incident_date(document)[0] == D(2016, 7, 14)
