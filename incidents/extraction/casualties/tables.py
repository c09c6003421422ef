"""Casualty figures from structured parts of a page: infobox fields and table totals.

Infobox: "- Fatalities: 150", "- Injuries: 609", "- Numparts: 4 (per IS, ...)"; the
quote is the field ("Fatalities: 150"), and "per X" in the value names its source.
A page copied as plain text keeps its infobox as label lines, the number often glued
to its label and followed by reference markers: "Deaths27[3]", "Wounded c. 300",
"Injured 1,017+"; a line that is a casualty label and one count is read the same way.
Tables: a "| Total | 150 |" row of a table whose header has a deaths or injured
column ("| Citizenship | Deaths |"); the quote is the row from "Total" to the number.
"""

from __future__ import annotations

import re

from incidents.extraction.document import ParsedDocument
from incidents.extraction.lexicons import actors
from incidents.extraction.lexicons.numbers import find_quantities
from incidents.extraction.results import CasualtyFigureCandidate, Span

_FIELD_KINDS = {
    "fatalities": "killed", "deaths": "killed", "killed": "killed", "dead": "killed",
    "injuries": "injured", "injured": "injured", "wounded": "injured",
    "non-fatal injuries": "injured",
    "missing": "missing", "hostages": "hostages", "numparts": "perpetrators",
    "participants": "perpetrators", "no. of participants": "perpetrators",
    "arrests": "detained", "arrested": "detained",
}  # fmt: skip
_COLUMN_KINDS = (
    (re.compile(r"^(?:deaths?|killed|dead|fatalities)$", re.I), "killed"),
    (re.compile(r"^(?:injured|injuries|wounded)$", re.I), "injured"),
)
_TABLE = re.compile(r"(?:^\|.*\n?)+", re.MULTILINE)
_CELL = re.compile(r"[^|]+")
_LABELS = "|".join(re.escape(key) for key in sorted(_FIELD_KINDS, key=len, reverse=True))
_LABEL_LINE = re.compile(
    rf"^[ \t]*[-*|]?[ \t]*(?P<field>(?P<key>{_LABELS})"
    r"[ \t]*[:=]?[ \t]*"
    r"(?P<value>(?:c\.|ca\.|~|about|over|at least|more than)?[ \t]*\d[^\n]{0,60}?))"
    r"[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# What may follow the count on a label line: a "+", reference markers, a note in
# brackets, a few words ("27 civilians", "300 (estimated)[4]").
_MARKERS = r"(?:\s*\[[^\]]{1,12}\])*"
_VALUE_TAIL = re.compile(rf"^\+?{_MARKERS}(?:\s+[a-z]+){{0,3}}\s*(?:\(.*\))?{_MARKERS}\s*$")
_PLUS_PERPETRATORS = re.compile(
    r"(?:\+|plus|including|incl\.)\s*(?:the\s+|(?P<both>both)\s+)?"
    r"(?P<count>\d+|one|two|three|four|five)?\s*"
    r"(?P<noun>perpetrators?|attackers?|assailants?|gunm[ae]n|terrorists?|shooters?|bombers?)",
    re.IGNORECASE,
)
_PER_SOURCE = re.compile(r"\b(?:per|according to)\s+(.+?)(?:[,;)]|$)", re.IGNORECASE)


def infobox_line_starts(parsed: ParsedDocument) -> set[int]:
    return {match.start() for _, match in _field_lines(parsed)}


def infobox_figures(parsed: ParsedDocument) -> list[CasualtyFigureCandidate]:
    figures = []
    for key, match in _field_lines(parsed):
        kind, value = _FIELD_KINDS.get(key.casefold()), match.group("value")
        quantities = find_quantities(value)
        if kind is None or not quantities:
            continue
        quantity = quantities[0]
        plus = value[quantity.end : quantity.end + 1] == "+"
        span = Span.of(parsed.text, match.start("field"), match.end("value"))
        figures.append(
            CasualtyFigureCandidate(
                kind=kind,
                value=quantity.value,
                value_max=quantity.value_max,
                qualifier="at_least" if plus else quantity.qualifier,
                attributed_to=_per_source(value),
                span=span,
            )
        )
        figures.extend(_perpetrators_dead(kind, value, span))
    return figures


def _perpetrators_dead(kind: str, value: str, span: Span) -> list[CasualtyFigureCandidate]:
    """ "Deaths: 22 (+1 perpetrator)": the attackers' own dead, a figure of their own."""
    added = _PLUS_PERPETRATORS.search(value) if kind == "killed" else None
    if added is None:
        return []
    count = find_quantities(added.group("count") or "")
    if count or added.group("both"):
        dead = count[0].value if count else 2
    elif added.group("noun").lower().endswith(("s", "men")):
        return []  # "including the perpetrators": how many, it does not say
    else:
        dead = 1  # "(including the perpetrator)"
    return [CasualtyFigureCandidate(kind=kind, value=dead, subgroup="attackers", span=span)]


def table_figures(parsed: ParsedDocument) -> list[CasualtyFigureCandidate]:
    figures = []
    for table in _TABLE.finditer(parsed.text):
        rows = [
            (m.start(), m.group())
            for m in re.finditer(r"^.*$", table.group(), re.MULTILINE)
            if m.group()
        ]
        if len(rows) < 2:
            continue
        header = [cell.strip() for cell in rows[0][1].strip("|").split("|")]
        for offset, row in rows[1:]:
            figures.extend(_total_row(parsed, table.start() + offset, row, header))
    return figures


def _total_row(parsed: ParsedDocument, row_start: int, row: str, header: list[str]):
    cells = [m for m in _CELL.finditer(row) if m.group().strip()]
    if not cells or not cells[0].group().strip().lower().startswith("total"):
        return
    all_cells = list(re.finditer(r"(?<=\|)[^|]*(?=\|)", row))
    for column, cell in enumerate(all_cells):
        kind = next(
            (
                k
                for pattern, k in _COLUMN_KINDS
                if column < len(header) and pattern.match(header[column])
            ),
            None,
        )
        quantities = find_quantities(cell.group())
        if kind is None or not quantities:
            continue
        first = cells[0].start() + len(cells[0].group()) - len(cells[0].group().lstrip())
        end = cell.start() + quantities[0].end
        yield CasualtyFigureCandidate(
            kind=kind,
            value=quantities[0].value,
            value_max=quantities[0].value_max,
            qualifier=quantities[0].qualifier,
            span=Span.of(parsed.text, row_start + first, row_start + end),
        )


def _field_lines(parsed: ParsedDocument):
    """Infobox fields, then label lines outside an infobox, each line once."""
    starts = set()
    for key in parsed.cleaned.infobox:
        pattern = rf"^[-*|]\s*(?P<field>{re.escape(key)}\s*[:=]\s*(?P<value>.*?))\s*$"
        match = re.search(pattern, parsed.text, re.MULTILINE)
        if match:
            starts.add(match.start())
            yield key, match
    for match in _LABEL_LINE.finditer(parsed.text):
        if match.start() not in starts and _is_one_count(match.group("value")):
            yield match.group("key"), match


def _is_one_count(value: str) -> bool:
    """ "27[3]", "c. 300", "1,017+", "22 (+1 perpetrator)"; not "12 killed, 40 wounded"."""
    quantities = find_quantities(value)
    return bool(quantities) and bool(_VALUE_TAIL.match(value[quantities[0].end :]))


def _per_source(value: str) -> str:
    source = _PER_SOURCE.search(value)
    if source is None:
        return ""
    mentions = actors.find_actor_mentions(source.group(1))
    return mentions[0].actor.name if mentions else ""
