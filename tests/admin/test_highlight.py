import re

import pytest

from incidents.admin.highlight import Span, highlighted_html, paragraph_bounds, quote_in_paragraph


def span(start, end, fact_type="figure"):
    return Span(start, end, fact_type, f"/{fact_type}/{start}/", f"{fact_type} {start}")


def without_links(html: str) -> str:
    """The text a reader sees, less the links listed after overlapping spans."""
    return re.sub(r"<[^>]+>", "", re.sub(r'<span class="span-links">.*?</span>', "", html))


@pytest.mark.parametrize(
    ("text", "spans", "expected_marks"),
    [
        ("40 killed, 145 injured", [span(0, 9), span(11, 22)], ["40 killed", "145 injured"]),
        ("40 killed, 145 injured", [span(11, 22), span(0, 9)], ["40 killed", "145 injured"]),
        # Overlapping spans share one mark over the words they cover together.
        ("at least 40 people killed", [span(0, 11), span(9, 25)], ["at least 40 people killed"]),
        ("at least 40 people", [span(0, 18), span(9, 11)], ["at least 40 people"]),
        # Overlap through a third span: one group.
        ("a b c d", [span(0, 3), span(2, 5), span(4, 7)], ["a b c d"]),
    ],
)
def test_it_marks_each_stretch_of_quoted_words_once(text, spans, expected_marks):
    html = str(highlighted_html(text, spans))
    assert re.findall(r"<mark>(.*?)</mark>", html) == expected_marks
    assert without_links(html) == text


def test_every_overlapping_span_keeps_its_own_link():
    text = "The Islamic State said 40 people were killed in Moscow."
    spans = [
        span(0, len(text), "statement"),
        span(23, 44, "figure"),
        span(48, 54, "incident"),
    ]

    html = str(highlighted_html(text, spans))

    assert re.findall(r'href="([^"]+)"', html) == ["/statement/0/", "/figure/23/", "/incident/48/"]
    assert html.count("<mark>") == 1


def test_a_span_alone_is_itself_the_link_and_carries_its_status():
    html = str(highlighted_html("40 killed", [Span(0, 9, "figure", "/f/1/", "f", "rejected")]))
    assert html == (
        '<a class="fact-span fact-figure" href="/f/1/" title="f" data-status="rejected">'
        "<mark>40 killed</mark></a>"
    )


def test_overlapping_links_read_as_their_labels_with_their_status():
    spans = [
        Span(0, 9, "figure", "/f/1/", "figure #1", "accepted", "figure: 40 killed"),
        Span(0, 2, "figure", "/f/2/", "figure #2", "rejected", "figure: 40 people"),
    ]

    html = str(highlighted_html("40 killed", spans))

    assert 'data-status="accepted">figure: 40 killed</a>' in html
    assert 'data-status="rejected">figure: 40 people</a>' in html


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
