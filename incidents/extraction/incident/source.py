"""When a source was written: its dateline, or a lower bound from the dates it mentions.

A dateline or byline among the first lines ("Updated: 2023-06-14 08:12", "Monday,
January 28, 2019") gives the publication date. Without one, the latest date the text
mentions (or a caption, reference or copyright line the cleaner set aside) is a lower
bound: the source was written on or after it. A date the text looks forward to ("the
trial is set for June 2026") is no such bound.
"""

from __future__ import annotations

import datetime as dt
import re

from incidents.extraction.document import CleanedDocument
from incidents.extraction.lexicons.dates import dateline_date, find_dates

# A dateline sits under the headline, above the article: within its first few lines.
_HEAD_LINES = 8
_FORWARD = re.compile(
    r"\b(?:will|would|shall|scheduled|planned|due|expected|set (?:for|to)|until|till|next"
    r"|upcoming|postponed|adjourned|deadline|by)\W+(?:\w+\W+){0,3}$",
    re.IGNORECASE,
)
_FORWARD_WINDOW = 40
_COPYRIGHT_YEAR = re.compile(r"(?:©|\(c\)|copyright)\s*((?:19|20)\d\d)\b", re.IGNORECASE)


def dateline(cleaned: CleanedDocument) -> dt.date | None:
    """The publication date a dateline or byline states, if the page has one."""
    for line in _head_lines(cleaned.text):
        found = dateline_date(line)
        if found:
            return found
    # The cleaner sets some datelines aside as labels ("(Updated: 14 June 2023)").
    for removed in cleaned.removed:
        reason, _, line = removed.partition(": ")
        found = dateline_date(line) if reason == "label" else None
        if found:
            return found
    return None


def written_after(cleaned: CleanedDocument) -> dt.date | None:
    """The latest date the page mentions with its year, or its copyright year: no older."""
    found = []
    for text in (cleaned.text, *cleaned.removed):
        found += [
            mention.date
            for mention in find_dates(text)
            if mention.date and mention.year_written and not _looks_forward(text, mention.start)
        ]
        found += [dt.date(int(year), 1, 1) for year in _COPYRIGHT_YEAR.findall(text)]
    return max(found, default=None)


def _head_lines(text: str) -> list[str]:
    lines = (line.strip() for line in text.splitlines())
    return [line for line in lines if line][:_HEAD_LINES]


def _looks_forward(text: str, start: int) -> bool:
    return bool(_FORWARD.search(text[max(0, start - _FORWARD_WINDOW) : start]))
