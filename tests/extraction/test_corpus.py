import datetime as dt

import pytest

from incidents.extraction.pipeline import extract_many
from incidents.extraction.results import DocumentMeta

UNDATED = (
    "Gunmen opened fire at the Bataclan concert hall in Paris, France on Friday, "
    "killing at least 80 people.\n"
)
DATED_FRIDAY = (
    "Gunmen attacked the Bataclan concert hall in Paris, France on 13 November 2015, "
    "killing 90 people.\n"
)
DATED_SATURDAY = DATED_FRIDAY.replace("13 November", "14 November")
OTHER_VENUE = DATED_FRIDAY.replace("the Bataclan concert hall", "the Stade de France")


def dates_of(*texts: str) -> list[dt.date | None]:
    return [e.incident.date for e in extract_many((t, DocumentMeta(), "text") for t in texts)]


def test_a_report_dated_only_by_weekday_takes_the_day_of_a_report_of_the_same_venue():
    assert dates_of(UNDATED, DATED_FRIDAY) == [dt.date(2015, 11, 13)] * 2


def test_the_undated_report_cites_its_own_weekday_as_the_evidence():
    undated, _ = extract_many(
        [(UNDATED, DocumentMeta(), "text"), (DATED_FRIDAY, DocumentMeta(), "text")]
    )

    [date_span] = [span for name, span in undated.incident.evidence if name == "date"]
    assert date_span.quote == "Friday"
    assert undated.cleaned_text[date_span.start : date_span.end] == "Friday"


@pytest.mark.parametrize(
    "others",
    [
        pytest.param([DATED_SATURDAY], id="the weekday does not fit"),
        pytest.param([OTHER_VENUE], id="another venue"),
        pytest.param(
            [DATED_FRIDAY, DATED_FRIDAY.replace("13 November 2015", "20 November 2015")],
            id="two Fridays fit",
        ),
        pytest.param([], id="alone"),
    ],
)
def test_an_undated_report_stays_undated_unless_exactly_one_day_fits(others):
    assert dates_of(UNDATED, *others)[0] is None
