import re

import pytest

from incidents.admin.highlight import Span, highlighted_html, paragraph_bounds, quote_in_paragraph


def span(start, end, fact_type="figure"):
    return Span(start, end, fact_type, f"/{fact_type}/{start}/", f"{fact_type} {start}")


@pytest.mark.parametrize(
    ("text", "spans", "expected_marks"),
    [
        ("40 killed, 145 injured", [span(0, 9), span(11, 22)], ["40 killed", "145 injured"]),
        ("40 killed, 145 injured", [span(11, 22), span(0, 9)], ["40 killed", "145 injured"]),
        # Overlap: the second span is clipped to start where the first ends.
        (
            "at least 40 people killed",
            [span(0, 11), span(9, 25)],
            ["at least 40", " people killed"],
        ),
        # A span inside another adds nothing visible.
        ("at least 40 people", [span(0, 18), span(9, 11)], ["at least 40 people"]),
    ],
)
def test_it_marks_each_span_once(text, spans, expected_marks):
    html = str(highlighted_html(text, spans))
    assert re.findall(r"<mark>(.*?)</mark>", html) == expected_marks
    assert re.sub(r"<[^>]+>", "", html) == text


def test_it_escapes_the_text_around_and_inside_spans():
    html = str(highlighted_html("<b>40</b> killed", [span(3, 5)]))
    assert "<b>" not in html
    assert "<mark>40</mark>" in html


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [(0, 3, (0, 7)), (8, 11, (8, 15)), (12, 14, (8, 15)), (20, 22, (16, 25))],
)
def test_paragraph_bounds(start, end, expected):
    assert paragraph_bounds("first p\nsecond.\nthird one", start, end) == expected


def test_quote_in_paragraph_keeps_only_its_paragraph():
    text = "Intro.\nAt least 40 people were killed, TASS said.\nOutro."
    start = text.index("At least")
    html = str(quote_in_paragraph(text, span(start, start + 30)))
    assert html.endswith(", TASS said.")
    assert "Intro" not in html
    assert "<mark>At least 40 people were killed</mark>" in html
