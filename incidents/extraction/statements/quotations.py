"""Quotations: whose words a quoted sentence holds when its speech verb does not say.

A quotation may run on past the sentence that attributes it ('X tweeted: "Thank you to
the police. My thoughts are with the injured."'): its later sentences are X's, of the
kinds their own words say. A speaker may follow the closing quote where the parser loses
the inversion ('"..." tweeted Mayor of Leeds John Roe').
"""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan

from incidents.extraction.nlp import entities_in
from incidents.extraction.statements.kinds import statement_kinds, voiced_kinds

# '"...", tweeted Mayor of Leeds John Roe': a speech verb right after a closing quote.
_AFTER_QUOTE = re.compile(r'["”]\s*,?\s*(?P<verb>said|says|tweeted|wrote|added|posted)\s', re.I)


def said_after_quote(span: SpacySpan) -> list[tuple[str, str]]:
    """A quotation whose speaker follows it, where the parser loses the inversion: the
    person named within a few words after the verb."""
    match = _AFTER_QUOTE.search(span.text)
    if match is None:
        return []
    after = span.start_char + match.end()
    person = next(
        (
            e
            for e in entities_in(span)
            if e.label_ == "PERSON" and after <= e.start_char <= after + _TITLE_CHARS
        ),
        None,
    )
    if person is None:
        return []
    lemma = "say" if match["verb"].casefold() in ("said", "says") else "write"
    quote = span.text[: match.start()]
    return [(person.text, kind) for kind in statement_kinds(lemma, quote, body=False)]


_TITLE_CHARS = 40  # "Mayor of Leeds ", "Interior Minister "


def quoted_on(text: str, speaker: str) -> list[tuple[str, str]]:
    """A sentence of a quotation still open: its speaker's, of the kinds its words say."""
    return [(speaker, kind) for kind in voiced_kinds(text)] if speaker else []


def leaves_quote_open(text: str, *, attributed: bool) -> bool:
    """An odd number of straight quotes, or more opening than closing curly ones. A
    sentence inside a quotation that closes it ends the run; one the quotation only
    passes through keeps it open."""
    straight = text.count('"') % 2 == 1
    curly = text.count("“") > text.count("”")
    if attributed:
        return straight or curly
    inside = text.count('"') == 0 and text.count("“") == text.count("”") == 0
    return inside
