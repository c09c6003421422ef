"""The timeline's geometry, free of SVG: axis ticks, where marks go, how legend names wrap.

Kept apart from the drawing so that each rule (a 1-2-5 value axis, calendar date ticks,
marks that would cover each other set side by side) is testable on plain numbers.
"""

import datetime as dt
import math
import textwrap
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

MARK_SIZE = 11  # px: marks closer than this, vertically and horizontally, would overlap

# Date tick steps, finest first: (days, months, years) of one step.
_DATE_STEPS = (
    (1, 0, 0),
    (2, 0, 0),
    (7, 0, 0),
    (14, 0, 0),
    (0, 1, 0),
    (0, 2, 0),
    (0, 3, 0),
    (0, 6, 0),
    (0, 0, 1),
    (0, 0, 2),
    (0, 0, 5),
    (0, 0, 10),
    (0, 0, 25),
)


def value_ticks(highest: int, *, at_most: int = 6) -> list[int]:
    """0 up to a round number at or above `highest`, in steps of 1, 2 or 5 times a power of ten."""
    highest = max(highest, 1)
    for power in range(int(math.log10(highest)) + 2):
        for factor in (1, 2, 5):
            step = factor * 10**power
            if math.ceil(highest / step) + 1 <= at_most:
                return list(range(0, math.ceil(highest / step) * step + 1, step))
    raise AssertionError("a step of ten times the highest value always fits")


def date_ticks(first: dt.date, last: dt.date, *, at_most: int = 7) -> list[tuple[dt.date, str]]:
    """Calendar-aligned dates between first and last (days, weeks, months or years), labelled."""
    for days, months, years in _DATE_STEPS:
        ticks = list(_aligned_dates(first, last, days, months, years))
        if len(ticks) <= at_most:
            return _labelled(ticks, days, months)
    return _labelled([first, last], 0, 0)


def _aligned_dates(first: dt.date, last: dt.date, days: int, months: int, years: int):
    if days:
        day = first
        while day <= last:
            yield day
            day += dt.timedelta(days=days)
        return
    step = months or 12 * years
    index = first.year * 12 + first.month - 1
    index += -index % step  # the first month on the step at or after first's month
    if (index // 12, index % 12 + 1) == (first.year, first.month) and first.day > 1:
        index += step
    while (day := dt.date(index // 12, index % 12 + 1, 1)) <= last:
        yield day
        index += step


def _labelled(ticks: list[dt.date], days: int, months: int) -> list[tuple[dt.date, str]]:
    years = [None, *(day.year for day in ticks)]
    return [
        (day, _label(day, days=days, months=months, new_year=year != previous))
        for day, year, previous in zip(ticks, years[1:], years, strict=False)
    ]


def _label(day: dt.date, *, days: int, months: int, new_year: bool) -> str:
    if days:
        # A day carries its year where the axis starts or the year changes: never ambiguous.
        return f"{day.day} {day:%b}" + (f" {day.year}" if new_year else "")
    return f"{day:%b %Y}" if months else str(day.year)


@dataclass(frozen=True)
class Placed:
    """Where one mark goes, and whether it had to cover another mark to stay in reach."""

    x: float
    covers: bool  # no free spot within reach: it stands on another mark, and is counted


def swarm(spots: Sequence[tuple[float, float, float]]) -> list[Placed]:
    """Marks wanted at (x, y), each moved sideways by at most its reach (the third number).

    Taken from the top of the chart down, each mark goes to the free spot nearest to where
    it belongs, free meaning at least a mark's size from every mark placed before it; a
    mark with no free spot within reach stays where it belongs, over another one. A grid of
    mark-sized cells keeps the search to the neighbours, so a thousand marks cost little.
    """
    grid: dict[tuple[int, int], list[tuple[float, float]]] = defaultdict(list)
    placed: list[Placed | None] = [None] * len(spots)
    for index in sorted(range(len(spots)), key=lambda i: (spots[i][1], spots[i][0])):
        x, y, reach = spots[index]
        free = next((x + dx for dx in _offsets(reach) if _is_free(grid, x + dx, y)), None)
        placed[index] = Placed(x if free is None else free, free is None)
        grid[_cell(placed[index].x, y)].append((placed[index].x, y))
    return placed


def _offsets(reach: float) -> Iterator[float]:
    # Half-mark steps: a mark can nestle between two marks of the row above.
    step = MARK_SIZE / 2
    yield 0.0
    for n in range(1, int(reach // step) + 1):
        yield n * step
        yield -n * step


def _cell(x: float, y: float) -> tuple[int, int]:
    return int(x // MARK_SIZE), int(y // MARK_SIZE)


def _is_free(grid, x: float, y: float) -> bool:
    column, row = _cell(x, y)
    return all(
        math.hypot(x - other_x, y - other_y) >= MARK_SIZE
        for dc in (-1, 0, 1)
        for dr in (-1, 0, 1)
        for other_x, other_y in grid.get((column + dc, row + dr), ())
    )


def wrapped(text: str, *, width_px: float, char_px: float = 6.2) -> list[str]:
    """`text` in lines that fit `width_px` at about `char_px` a character, nothing cut."""
    return textwrap.wrap(text, width=max(int(width_px / char_px), 10), break_long_words=True)
