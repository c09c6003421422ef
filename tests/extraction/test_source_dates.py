"""When a source was written: its dateline, or else a lower bound from the dates it mentions."""

import datetime as dt

import pytest

from incidents.extraction.lexicons.dates import dateline_date
from incidents.extraction.pipeline import extract
from incidents.extraction.results import DocumentMeta


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Updated: 2023-06-14 08:12", dt.date(2023, 6, 14)),
        ("Friday, December 25, 2009", dt.date(2009, 12, 25)),
        ("Published 23 March 2024 at 10:15", dt.date(2024, 3, 23)),
        ("September 9, 2021", dt.date(2021, 9, 9)),
        ("By Ana Lopes | Thursday, 4 May 2017, 6:05 p.m. EST", dt.date(2017, 5, 4)),
        ("Published 2 May 2018 | Updated 3 May 2018 09:00", dt.date(2018, 5, 2)),
        ("Sat 12 Aug 2017 10.05 BST", dt.date(2017, 8, 12)),
        ("2019-11-30T08:15:00Z", dt.date(2019, 11, 30)),
        # Not datelines: prose, a bare time, a date without its year.
        ("On 12 May 2018, a bomb exploded at a bus station.", None),
        ("11:40 A.M. EDT", None),
        ("Monday, June 4", None),
        ("Memorial service, June 4, 2018", None),
    ],
)
def test_it_reads_a_dateline(line, expected):
    assert dateline_date(line) == expected


REPORT_WITH_DATELINE = (
    "Car bomb kills nine outside a police station\n\n"
    "Thursday, October 4, 2018\n\n"
    "A car bomb exploded outside a police station in Kano, Nigeria on Tuesday, killing nine "
    "people. A man born on March 3, 1968 owned the car.\n"
)
ENCYCLOPEDIA_PAGE = (
    "= 2016 Tartu market bombing =\n\n"
    "The Tartu market bombing was a bombing in Tartu, Estonia on 9 April 2016. "
    "A memorial was unveiled in May 2019. The trial of the organiser is scheduled for "
    "June 2031.\n"
)
UNDATED_REPORT = "Two men were stabbed outside a bar late on Saturday, police said.\n"


def test_it_dates_the_source_by_its_dateline_and_the_attack_against_it():
    extraction = extract(REPORT_WITH_DATELINE)

    assert extraction.source.published == dt.date(2018, 10, 4)
    assert extraction.source.published_after is None
    assert extraction.incident.date == dt.date(2018, 10, 2)


def test_without_a_dateline_the_latest_past_date_mentioned_is_a_lower_bound():
    extraction = extract(ENCYCLOPEDIA_PAGE)

    assert extraction.source.published is None
    assert extraction.source.published_after == dt.date(2019, 5, 1)
    assert extraction.as_json()["source"]["published_after"] == "2019-05-01"


def test_a_copyright_year_is_a_lower_bound_too():
    extraction = extract(f"Copyright © 2021 Example News\n\n{UNDATED_REPORT}")

    assert extraction.source.published_after == dt.date(2021, 1, 1)


def test_a_publication_date_the_caller_gives_wins_over_the_text():
    extraction = extract(REPORT_WITH_DATELINE, DocumentMeta(published=dt.date(2018, 10, 5)))

    assert extraction.source.published == dt.date(2018, 10, 5)


def test_a_text_without_dates_has_neither_date_nor_bound():
    extraction = extract(UNDATED_REPORT)

    assert (extraction.source.published, extraction.source.published_after) == (None, None)
    assert extraction.incident.date is None
