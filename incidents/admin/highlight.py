"""Marking quoted spans in a source's cleaned text, escaped and linked to their facts.

Spans overlap often: a statement quotes a whole sentence, a figure and the incident's city
quote words inside it. Overlapping spans are marked once, over the words they cover
together, and followed by one link per span, so that every span can be reached.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from django.utils.html import conditional_escape, format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    fact_type: str
    url: str
    title: str
    status: str = ""  # the fact's review status; empty for what is not reviewed one by one
    label: str = ""  # how the span's link reads when it is listed with overlapping ones


def span_groups(spans: Iterable[Span]) -> list[list[Span]]:
    """Spans in text order, those that overlap (directly or through another) grouped."""
    groups: list[list[Span]] = []
    group_end = -1
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if groups and span.start < group_end:
            groups[-1].append(span)
            group_end = max(group_end, span.end)
        else:
            groups.append([span])
            group_end = span.end
    return groups


def highlighted_html(text: str, spans: Iterable[Span], offset: int = 0) -> SafeString:
    """`text` (which starts at `offset` of the cleaned text) with its spans marked and linked.

    A span alone is a linked <mark>; overlapping spans share one <mark> over their words,
    followed by a link per span.
    """
    parts: list[str] = []
    cursor = 0
    for group in span_groups(spans):
        start = max(group[0].start - offset, cursor)
        end = min(max(span.end for span in group) - offset, len(text))
        if start >= end:
            continue
        parts.append(conditional_escape(text[cursor:start]))
        parts.append(_marked(text[start:end], group))
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


def _marked(quote: str, group: list[Span]) -> SafeString:
    if len(group) == 1:
        return _link(group[0], format_html("<mark>{}</mark>", quote))
    links = format_html_join(
        " ", "{}", ((_link(span, span.label or span.title),) for span in group)
    )
    return format_html(
        '<span class="span-group"><mark>{}</mark><span class="span-links">{}</span></span>',
        quote,
        links,
    )


def _link(span: Span, content: str) -> SafeString:
    status = format_html(' data-status="{}"', span.status) if span.status else ""
    return format_html(
        '<a class="fact-span fact-{}" href="{}" title="{}"{}>{}</a>',
        span.fact_type,
        span.url,
        span.title,
        status,
        content,
    )
