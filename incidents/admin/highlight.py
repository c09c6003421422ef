"""Marking quoted spans in a source's cleaned text, escaped and linked to their facts."""

from collections.abc import Iterable
from dataclasses import dataclass

from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString, mark_safe


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    fact_type: str
    url: str
    title: str


def highlighted_html(text: str, spans: Iterable[Span], offset: int = 0) -> SafeString:
    """`text` (which starts at `offset` of the cleaned text) with each span in a linked <mark>.

    Overlapping spans are clipped to where the previous one ends, so every span stays visible
    and no text is repeated.
    """
    parts: list[str] = []
    cursor = 0
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        start, end = max(span.start - offset, cursor), min(span.end - offset, len(text))
        if start >= end:
            continue
        parts.append(conditional_escape(text[cursor:start]))
        parts.append(_marked(text[start:end], span))
        cursor = end
    parts.append(conditional_escape(text[cursor:]))
    return mark_safe("".join(parts))  # every part is escaped above


def paragraph_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The line(s) of `text` around start:end: cleaned text keeps one paragraph per line."""
    paragraph_start = text.rfind("\n", 0, start) + 1
    paragraph_end = text.find("\n", end)
    return paragraph_start, len(text) if paragraph_end == -1 else paragraph_end


def quote_in_paragraph(text: str, span: Span) -> SafeString:
    start, end = paragraph_bounds(text, span.start, span.end)
    return highlighted_html(text[start:end], [span], offset=start)


def _marked(quote: str, span: Span) -> SafeString:
    return format_html(
        '<a class="fact-span fact-{}" href="{}" title="{}"><mark>{}</mark></a>',
        span.fact_type,
        span.url,
        span.title,
        quote,
    )
