import datetime as dt
import re
import xml.etree.ElementTree as ET

from incidents.admin.timeline import EstimateBand, TimelinePoint, timeline_svg

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
