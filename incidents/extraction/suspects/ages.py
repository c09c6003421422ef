"""Ages the parse gives a person or an unnamed suspect in an apposition:
"X, a former soldier aged 41", "X, 31 years old", "the suspect, a 37-year-old man".
"""

from __future__ import annotations

from spacy.tokens import Doc, Token


def apposed_age(doc: Doc, start: int, end: int) -> int | None:
    """An age in the name's apposition: "X, a former soldier aged 41", "X, 31 years old"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return age_in_apposition(span.root) if span is not None and len(span) else None


def age_in_apposition(head: Token) -> int | None:
    """The age an apposition gives the noun: "the suspect, a 37-year-old man"."""
    for apposition in (c for c in head.children if c.dep_ == "appos"):
        for token in apposition.subtree:
            if token.dep_ == "relcl":
                break
            age = _age_at(token)
            if age is not None:
                return age
    return None


def _age_at(token: Token) -> int | None:
    """The number of "aged 41", "41-year-old" or "41 years old" at this token."""
    if not (token.like_num and token.text.isdigit() and len(token.text) <= 2):
        return None
    doc = token.doc
    before = doc[token.i - 1].lower_ if token.i else ""
    after = " ".join(t.lower_ for t in doc[token.i + 1 : token.i + 5])
    if before == "aged" or after.startswith(("- year - old", "years old", "year - old")):
        return int(token.text)
    return None
