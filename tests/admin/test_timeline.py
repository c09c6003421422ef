import datetime as dt
import itertools
import re
import xml.etree.ElementTree as ET

from incidents.admin.timeline import EstimateBand, TimelinePoint, timeline_svg
from incidents.admin.timeline_layout import MARK_SIZE

D = dt.date
SVG = "{http://www.w3.org/2000/svg}"


def point(day, value, kind="killed", series="TASS", accepted=True):
    return TimelinePoint(D(2024, 3, day), value, kind, series, accepted, f"/figure/{value}/")


def parsed(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def marks(svg: str) -> list[ET.Element]:
    return [e for e in parsed(svg).iter() if e.get("class") == "point"]


def test_it_plots_one_mark_per_figure_with_its_kind_value_and_status():
    points = [point(22, 40), point(23, 145, "injured", accepted=False), point(24, 137)]

    found = [
        (m.tag.removeprefix(SVG), m.get("data-kind"), m.get("data-value"), m.get("data-status"))
        for m in marks(timeline_svg(points, {}))
    ]

    assert found == [
        ("circle", "killed", "40", "accepted"),
        ("rect", "injured", "145", "proposed"),
        ("circle", "killed", "137", "accepted"),
    ]


def test_later_reports_are_further_right_and_larger_values_higher():
    svg = timeline_svg([point(22, 40), point(24, 137)], {})
    first, second = marks(svg)
    assert float(first.get("cx")) < float(second.get("cx"))
    assert float(first.get("cy")) > float(second.get("cy"))


def test_it_gives_each_source_its_own_colour_and_legend_entry():
    svg = timeline_svg(
        [point(22, 40, series="TASS"), point(23, 60, series="BBC"), point(24, 70, series="TASS")],
        {},
    )
    strokes = [m.get("stroke") for m in marks(svg)]
    assert strokes[0] == strokes[2] != strokes[1]
    assert [t.text for t in parsed(svg).iter(f"{SVG}text") if t.get("class") == "legend"] == [
        "TASS",
        "BBC",
    ]


def test_it_draws_the_low_high_band_and_the_best_line_per_kind():
    svg = timeline_svg(
        [point(22, 40)],
        {"killed": EstimateBand(40, 137, 150), "injured": EstimateBand(None, None, None)},
    )
    root = parsed(svg)
    assert [
        e.get("class") for e in root.iter() if (e.get("class") or "").startswith(("band", "best"))
    ] == [
        "band band-killed",
        "best best-killed",
    ]
    band = next(e for e in root.iter(f"{SVG}rect") if e.get("class") == "band band-killed")
    # The band spans 40..150 on the value axis, so it is taller than the 40..137 gap's share.
    assert float(band.get("height")) > 0


def test_it_escapes_source_names():
    svg = timeline_svg([point(22, 40, series='<b>"x"</b>')], {})
    assert "<b>" not in svg
    parsed(svg)


def test_a_single_day_does_not_divide_by_zero():
    assert len(marks(timeline_svg([point(22, 40), point(22, 60)], {}))) == 2


def test_no_points_gives_a_message_instead_of_an_empty_chart():
    assert not re.search("<svg", timeline_svg([], {}))


def test_figures_without_a_report_date_stand_in_an_undated_strip_at_the_left():
    undated = TimelinePoint(None, 150, "killed", "Encyclopedia", True)

    svg = timeline_svg([undated, point(22, 40), point(24, 137)], {})

    first, *dated = marks(svg)
    assert first.get("data-value") == "150"
    assert all(float(first.get("cx")) < float(m.get("cx")) for m in dated)
    assert "undated" in [t.text for t in parsed(svg).iter(f"{SVG}text")]


def test_it_plots_figures_when_no_source_is_dated():
    svg = timeline_svg([TimelinePoint(None, 40, "killed", "TASS", False)], {})

    assert [m.get("data-value") for m in marks(svg)] == ["40"]


def texts(svg: str, css_class: str) -> list[str]:
    return [t.text for t in parsed(svg).iter(f"{SVG}text") if t.get("class") == css_class]


def centre_x(mark: ET.Element) -> float:
    if mark.tag == f"{SVG}circle":
        return float(mark.get("cx"))
    return float(mark.get("x")) + float(mark.get("width")) / 2


def test_dated_points_stand_at_their_dates_on_a_labelled_time_axis():
    svg = timeline_svg([point(22, 40), point(23, 60), point(25, 137)], {})

    labels = texts(svg, "date-label")
    assert labels == ["22 Mar 2024", "23 Mar", "24 Mar", "25 Mar"]
    ticks = [float(t.get("x1")) for t in parsed(svg).iter() if t.get("class") == "date-tick"]
    assert [centre_x(m) for m in marks(svg)] == [ticks[0], ticks[1], ticks[3]]


def test_a_long_span_of_dates_is_ticked_by_month():
    long_ago = TimelinePoint(D(2024, 3, 22), 40, "killed", "TASS", True)
    later = TimelinePoint(D(2024, 9, 30), 145, "killed", "Wikipedia", True)

    assert texts(timeline_svg([long_ago, later], {}), "date-label") == [
        "Apr 2024",
        "May 2024",
        "Jun 2024",
        "Jul 2024",
        "Aug 2024",
        "Sep 2024",
    ]


def test_undated_points_stand_apart_in_a_labelled_strip():
    undated = TimelinePoint(None, 150, "killed", "Encyclopedia", True)

    svg = timeline_svg([undated, point(22, 40)], {})

    strip = next(e for e in parsed(svg).iter() if e.get("class") == "undated-strip")
    left, right = float(strip.get("x")), float(strip.get("x")) + float(strip.get("width"))
    undated_mark, dated_mark = marks(svg)
    assert left < centre_x(undated_mark) < right < centre_x(dated_mark)
    assert texts(svg, "undated") == ["undated"]


def test_the_value_axis_is_labelled_with_round_ticks():
    svg = timeline_svg([point(22, 40), point(23, 137)], {})

    assert texts(svg, "value-tick") == ["0", "50", "100", "150"]
    assert texts(svg, "axis-label")[0] == "people killed or injured"


def test_marks_that_would_cover_each_other_are_set_side_by_side():
    same = [point(22, 40, series=name) for name in ("TASS", "BBC", "CNN")]

    xs = sorted(centre_x(m) for m in marks(timeline_svg(same, {})))

    assert all(b - a >= MARK_SIZE for a, b in itertools.pairwise(xs))


def test_a_crowd_too_large_to_set_apart_is_counted():
    crowd = [point(22, 40, series=f"Source {n}") for n in range(20)]

    svg = timeline_svg(crowd, {})

    spots = {centre_x(m) for m in marks(svg)}
    assert len(spots) == 5  # as far to each side as a day's marks may go
    assert texts(svg, "crowd") == ["+15"]
    # The counted marks would sit unseen under the drawn ones: they are not drawn at all.
    assert len(marks(svg)) == 5


def test_the_legend_gives_every_source_name_in_full_wrapped_and_its_date():
    name = (
        "The terrorist organization Isis has taken credit for the attack at a concert hall in "
        "Moscow that resulted in the death of 40 individuals due to gunshots, officials said"
    )
    dated = TimelinePoint(D(2024, 3, 22), 40, "killed", name, True, source_dating="published x")

    svg = timeline_svg([dated], {})

    entry = next(e for e in parsed(svg).iter() if e.get("class") == "legend-entry")
    lines = [t.text for t in entry if t.get("class") == "legend"]
    assert len(lines) == 2
    assert " ".join(lines) == name
    assert [t.text for t in entry if t.get("class") == "legend-date"] == ["published x"]


def test_the_tooltip_gives_value_qualifier_kind_status_source_and_date():
    figure = TimelinePoint(
        D(2024, 3, 22),
        40,
        "killed",
        "TASS report",
        True,
        qualifier="at_least",
        dated_by="published",
    )
    undated = TimelinePoint(
        None,
        200,
        "injured",
        "Encyclopedia",
        False,
        qualifier="about",
        value_max=999,
        source_dating="undated (written on or after 2025-12-01)",
    )

    tooltips = [m.find(f"{SVG}title").text for m in marks(timeline_svg([figure, undated], {}))]

    assert tooltips == [
        "At least 40 killed (accepted)\nTASS report\npublished 2024-03-22",
        "About 200–999 injured (proposed)\nEncyclopedia\nundated (written on or after 2025-12-01)",
    ]
