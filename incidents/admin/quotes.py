"""A quote as the review pages show it: in its paragraph, with a figure's number picked out.

The extractor keeps the sentence as a figure's evidence, not the number's own offsets, so
the number is found again in the quote: its digits ("1,500", "149"), its word for small
numbers ("six"), or the vague word a range came from ("hundreds").
"""

import re

from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString, mark_safe

from incidents.admin.highlight import paragraph_bounds

SMALL_NUMBERS = (
    *("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
    *("eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"),
    *("eighteen", "nineteen", "twenty"),
)
TENS = {30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy", 80: "eighty"}
VAGUE = ("dozens", "scores", "hundreds", "thousands", "a dozen", "a hundred")


def number_span(quote: str, values: tuple[int | None, ...]) -> tuple[int, int] | None:
    """Where the quote states the first of `values` it states, or a vague amount; else None."""
    for value in values:
        if value is None:
            continue
        for pattern in _patterns(value):
            found = re.search(pattern, quote, flags=re.IGNORECASE)
            if found:
                return found.span()
    for word in VAGUE:
        found = re.search(rf"\b{word}\b", quote, flags=re.IGNORECASE)
        if found:
            return found.span()
    return None


def marked_quote(quote: str, number: tuple[int, int] | None) -> SafeString:
    """The quote escaped, with the number (offsets within the quote) in <strong>."""
    if number is None:
        return conditional_escape(quote)
    start, end = number
    return format_html(
        '{}<strong class="review-number">{}</strong>{}',
        quote[:start],
        quote[start:end],
        quote[end:],
    )


def quote_in_paragraph_marked(
    text: str, start: int, end: int, number: tuple[int, int] | None
) -> SafeString:
    """The paragraph of text[start:end] with the quote in <mark> and its number in <strong>."""
    paragraph_start, paragraph_end = paragraph_bounds(text, start, end)
    return mark_safe(  # every part is escaped by conditional_escape or format_html
        conditional_escape(text[paragraph_start:start])
        + format_html('<mark class="review-quote">{}</mark>', marked_quote(text[start:end], number))
        + conditional_escape(text[end:paragraph_end])
    )


def _patterns(value: int) -> list[str]:
    digits = [rf"(?<![\d,.]){value:,}(?![\d,])", rf"(?<![\d,.]){value}(?!\d)"]
    word = _word(value)
    return [*digits, rf"\b{word}\b"] if word else digits


def _word(value: int) -> str | None:
    if value < len(SMALL_NUMBERS):
        return SMALL_NUMBERS[value]
    return TENS.get(value)
