"""Lines with their raw offsets, and markdown inline markup reduced to its text."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Inline markdown, longest constructs first; the named group is the text that stays.
_MD_INLINE = re.compile(
    r"!\[[^\]]*\]\([^)]*\)"  # image: dropped
    r"|\[(?P<link>[^\]]+)\](?:\([^)]*\)|\[[^\]]*\])"  # link: its text
    r"|<https?://[^>]+>"  # bare link: dropped
    r"|(?P<strong>\*\*|__)(?P<strong_text>.+?)(?P=strong)"
    r"|(?<!\w)(?P<em>[*_])(?P<em_text>[^*_\s](?:.*?[^*_\s])?)(?P=em)(?!\w)"
    r"|`(?P<code>[^`]+)`"
)
_MD_BLOCK_PREFIX = re.compile(r"^\s*(?:>\s*)*(?:[-*+]\s+|\d+[.)]\s+)?")
_MD_RULE = re.compile(r"^\s*(?:[-*_]\s*){3,}$")


@dataclass(frozen=True)
class Line:
    start: int  # raw offset of the line's first character
    text: str  # without its line break


def split_lines(raw_text: str) -> list[Line]:
    lines, start = [], 0
    for text in raw_text.splitlines(keepends=True):
        lines.append(Line(start=start, text=text.rstrip("\r\n")))
        start += len(text)
    return lines


def markdown_pieces(text: str, raw_start: int) -> list[tuple[int, str]]:
    """The visible text of a markdown line as (raw_start, text) pieces."""
    if _MD_RULE.match(text):
        return []
    prefix = _MD_BLOCK_PREFIX.match(text).end()
    return [p for p in _inline_pieces(text[prefix:], raw_start + prefix) if p[1].strip()]


def _inline_pieces(text: str, raw_start: int) -> list[tuple[int, str]]:
    pieces, position = [], 0
    for match in _MD_INLINE.finditer(text):
        pieces.append((raw_start + position, text[position : match.start()]))
        group = next(
            (g for g in ("link", "strong_text", "em_text", "code") if match.group(g)), None
        )
        if group:
            inner_start = match.start(group)
            pieces.extend(_inline_pieces(match.group(group), raw_start + inner_start))
        position = match.end()
    pieces.append((raw_start + position, text[position:]))
    return [p for p in pieces if p[1]]
