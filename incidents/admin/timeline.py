"""The casualty timeline chart as server-rendered SVG: pure Python, no JavaScript, no CDN.

Every whole-incident killed/injured figure is a mark at its date on a time axis, one colour
per source, one shape per kind (circle killed, square injured); proposed figures are
hollow. Figures whose date nobody knows (their source is undated) stand apart in a
labelled strip at the left rather than being left out or put at a made-up date. Marks that
would cover each other are spread side by side, and counted where they must still touch.
The incident's low-high estimate is a shaded band per kind with its best value as a dashed
line. Each mark's tooltip says the figure (with its qualifier), its kind, status, source and
date; the legend names every source in full, with its date.
"""

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from html import escape

from incidents.admin.record_urls import admin_url
from incidents.admin.timeline_layout import date_ticks, swarm, value_ticks, wrapped
from incidents.models import Incident
from incidents.models.vocabularies import Qualifier
from incidents.selectors.timeline import TIMELINE_KINDS, DatedFigure

WIDTH = 760
LEFT, RIGHT, TOP, PLOT_HEIGHT = 72, 20, 20, 240
BOTTOM = TOP + PLOT_HEIGHT
UNDATED_STRIP, STRIP_GAP = 120, 16
UNDATED_REACH = UNDATED_STRIP / 2 - 8  # px an undated mark may move sideways, inside its strip
INSET = 28  # px between the dated axis' ends and its first and last dates
KEY_TOP = BOTTOM + 58
LEGEND_TOP = KEY_TOP + 22
LINE = 15
PALETTE = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2")
KIND_COLOURS = {"killed": "#b2182b", "injured": "#2166ac"}
NO_SOURCE = "(no source)"


@dataclass(frozen=True)
class TimelinePoint:
    reported_on: dt.date | None
    value: int
    kind: str
    series: str  # the legend's name for the source
    accepted: bool
    url: str = ""
    qualifier: str = Qualifier.EXACT
    value_max: int | None = None
    dated_by: str = ""  # "reported", "published", "as of"; empty when undated
    source_dating: str = ""  # the source's date as the legend shows it


@dataclass(frozen=True)
class EstimateBand:
    low: int | None
    best: int | None
    high: int | None


def timeline_points(figures: Iterable[DatedFigure]) -> list[TimelinePoint]:
    """One point per figure and source, each linked to the figure's admin page."""
    points = [
        TimelinePoint(
            figure.reported_on,
            figure.value,
            figure.kind,
            figure.source_title or NO_SOURCE,
            figure.accepted,
            admin_url("admin:incidents_casualtyfigure_change", figure.figure_id),
            qualifier=figure.qualifier,
            value_max=figure.value_max,
            dated_by=figure.dated_by,
            source_dating=_source_dating(figure),
        )
        for figure in figures
    ]
    return sorted(points, key=lambda p: (p.reported_on or dt.date.min, p.series))


def estimate_bands(incident: Incident) -> dict[str, EstimateBand]:
    return {
        kind: EstimateBand(
            getattr(incident, f"{kind}_low"),
            getattr(incident, f"{kind}_best"),
            getattr(incident, f"{kind}_high"),
        )
        for kind in TIMELINE_KINDS
    }


def timeline_svg(points: Sequence[TimelinePoint], band: Mapping[str, EstimateBand]) -> str:
    """An <svg> element: points on a time axis, undated ones apart, the estimate band, a legend."""
    if not points:
        return '<p class="timeline-empty">No killed or injured figures to plot.</p>'
    scale = _scale(points, band)
    series = list(dict.fromkeys(p.series for p in points))
    colours = {name: PALETTE[i % len(PALETTE)] for i, name in enumerate(series)}
    legend, legend_height = _legend(series, colours, points)
    height = LEGEND_TOP + legend_height
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="casualty-timeline" '
        f'width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" role="img" '
        'font-family="sans-serif">',
        "<title>Casualty figures by date</title>",
        *_undated_strip(scale),
        *_value_axis(scale),
        *_bands(band, scale),
        *_date_axis(scale),
        *_marks(points, scale, colours),
        *_key(),
        *legend,
        "</svg>",
    ]
    return "\n".join(parts)


def _source_dating(figure: DatedFigure) -> str:
    if figure.source_id is None:
        return ""
    if figure.source_published_on:
        return f"published {figure.source_published_on.isoformat()}"
    if figure.source_published_after:
        return f"undated (written on or after {figure.source_published_after.isoformat()})"
    return "undated"


# Scales.


@dataclass(frozen=True)
class _Scale:
    first: dt.date | None  # the first and last dates; None when no figure is dated
    last: dt.date | None
    ticks: tuple[int, ...]
    has_undated: bool

    @property
    def dated_left(self) -> float:
        return LEFT + UNDATED_STRIP + STRIP_GAP if self.has_undated else LEFT

    @property
    def undated_x(self) -> float:
        return LEFT + UNDATED_STRIP / 2

    def x(self, day: dt.date | None) -> float:
        if day is None or self.first is None:
            return self.undated_x
        left, right = self.dated_left + INSET, WIDTH - RIGHT - INSET
        if self.first == self.last:
            return (left + right) / 2
        return left + (day - self.first).days / (self.last - self.first).days * (right - left)

    def y(self, value: int) -> float:
        return BOTTOM - value / self.ticks[-1] * PLOT_HEIGHT


def _scale(points: Sequence[TimelinePoint], band: Mapping[str, EstimateBand]) -> _Scale:
    days = [p.reported_on for p in points if p.reported_on is not None]
    highs = [b.high or b.best or 0 for b in band.values()]
    return _Scale(
        first=min(days, default=None),
        last=max(days, default=None),
        ticks=tuple(value_ticks(max([p.value for p in points] + highs))),
        has_undated=len(days) < len(points),
    )


# The plot.


def _undated_strip(scale: _Scale) -> list[str]:
    if not scale.has_undated:
        return []
    parts = [
        f'<rect class="undated-strip" x="{LEFT}" y="{TOP}" width="{UNDATED_STRIP}" '
        f'height="{PLOT_HEIGHT}" fill="#f2f2f2"/>',
        f'<text class="undated" x="{scale.undated_x}" y="{BOTTOM + 16}" font-size="11" '
        'text-anchor="middle">undated</text>',
    ]
    if scale.first is None:
        parts.append(
            f'<text class="no-dated" x="{(scale.dated_left + WIDTH - RIGHT) / 2:.0f}" '
            f'y="{TOP + PLOT_HEIGHT / 2}" font-size="12" text-anchor="middle" fill="#555">'
            "No figure is dated: give the sources a published date to place them in time."
            "</text>"
        )
    return parts


def _value_axis(scale: _Scale) -> list[str]:
    right = WIDTH - RIGHT
    parts = [f'<line x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{BOTTOM}" stroke="#333"/>']
    for tick in scale.ticks:
        y = scale.y(tick)
        parts.append(
            f'<line class="grid" x1="{LEFT}" x2="{right}" y1="{y:.1f}" y2="{y:.1f}" '
            'stroke="#ddd" stroke-width="0.5"/>'
            f'<text class="value-tick" x="{LEFT - 6}" y="{y + 4:.1f}" font-size="11" '
            f'text-anchor="end">{tick}</text>'
        )
    middle = TOP + PLOT_HEIGHT / 2
    parts.append(
        f'<text class="axis-label" x="16" y="{middle}" font-size="12" text-anchor="middle" '
        f'transform="rotate(-90 16 {middle})">people killed or injured</text>'
    )
    return parts


def _date_axis(scale: _Scale) -> list[str]:
    right = WIDTH - RIGHT
    parts = [
        f'<line x1="{LEFT}" y1="{BOTTOM}" x2="{right}" y2="{BOTTOM}" stroke="#333"/>',
    ]
    if scale.first is not None:
        for day, label in date_ticks(scale.first, scale.last):
            x = scale.x(day)
            parts.append(
                f'<line class="date-tick" x1="{x:.1f}" x2="{x:.1f}" y1="{BOTTOM}" '
                f'y2="{BOTTOM + 4}" stroke="#333"/>'
                f'<text class="date-label" x="{x:.1f}" y="{BOTTOM + 16}" font-size="11" '
                f'text-anchor="middle">{escape(label)}</text>'
            )
        parts.append(
            f'<text class="axis-label" x="{(scale.dated_left + right) / 2:.0f}" '
            f'y="{BOTTOM + 34}" font-size="12" text-anchor="middle">date of the figure '
            "(as reported, else its source's publication date)</text>"
        )
    return parts


def _bands(band: Mapping[str, EstimateBand], scale: _Scale) -> list[str]:
    parts = []
    x0, x1 = LEFT, WIDTH - RIGHT
    for kind, estimate in band.items():
        colour = KIND_COLOURS.get(kind, "#777")
        if estimate.low is not None and estimate.high is not None:
            y_high, y_low = scale.y(estimate.high), scale.y(estimate.low)
            parts.append(
                f'<rect class="band band-{escape(kind)}" x="{x0}" y="{y_high:.1f}" '
                f'width="{x1 - x0}" height="{max(y_low - y_high, 1):.1f}" fill="{colour}" '
                f'fill-opacity="0.12"><title>{escape(kind)} estimate {estimate.low}–'
                f"{estimate.high}, best {estimate.best}</title></rect>"
            )
        if estimate.best is not None:
            y = scale.y(estimate.best)
            parts.append(
                f'<line class="best best-{escape(kind)}" x1="{x0}" x2="{x1}" y1="{y:.1f}" '
                f'y2="{y:.1f}" stroke="{colour}" stroke-dasharray="4 3"/>'
            )
    return parts


def _marks(points: Sequence[TimelinePoint], scale: _Scale, colours: dict[str, str]) -> list[str]:
    """Every point's mark, set beside the marks it would cover; those that must cover counted.

    A counted mark is not drawn: it would sit exactly on one that is, unseen, and at
    hundreds of figures those hidden marks were most of the page's weight.
    """
    spots = [
        (scale.x(p.reported_on), scale.y(p.value), UNDATED_REACH if p.reported_on is None else 30)
        for p in points
    ]
    placed = swarm(spots)
    drawn = [
        _mark(point, spot.x, y, colours[point.series])
        for point, spot, (_, y, _) in zip(points, placed, spots, strict=True)
        if not spot.covers
    ]
    covering = Counter(
        (round(spot.x), round(y))
        for spot, (_, y, _) in zip(placed, spots, strict=True)
        if spot.covers
    )
    return drawn + [_count(x, y, count) for (x, y), count in covering.items()]


def _count(x: float, y: float, count: int) -> str:
    return (
        f'<text class="crowd" x="{x + 7}" y="{y - 6}" font-size="10" font-weight="bold" '
        f'stroke="white" stroke-width="3" paint-order="stroke">+{count}'
        f"<title>{count} more figures under this mark</title></text>"
    )


def _mark(point: TimelinePoint, x: float, y: float, colour: str) -> str:
    fill = colour if point.accepted else "white"
    status = "accepted" if point.accepted else "proposed"
    if point.kind == "injured":
        shape, tag = f'<rect x="{x - 4:.1f}" y="{y - 4:.1f}" width="8" height="8"', "rect"
    else:
        shape, tag = f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4.5"', "circle"
    mark = (
        f'{shape} class="point" data-kind="{escape(point.kind)}" data-value="{point.value}" '
        f'data-status="{status}" fill="{fill}" stroke="{colour}" stroke-width="2">'
        f"<title>{escape(_tooltip(point, status))}</title></{tag}>"
    )
    return f'<a href="{escape(point.url)}">{mark}</a>' if point.url else mark


def _tooltip(point: TimelinePoint, status: str) -> str:
    """The figure as reported ("At least 40 killed"), its status, source and date."""
    shown = f"{point.value}–{point.value_max}" if point.value_max is not None else str(point.value)
    if point.qualifier in Qualifier.values and point.qualifier != Qualifier.EXACT:
        shown = f"{Qualifier(point.qualifier).label} {shown}"
    if point.reported_on:
        when = f"{point.dated_by or 'dated'} {point.reported_on.isoformat()}"
    else:
        when = point.source_dating or "undated"
    return f"{shown} {point.kind} ({status})\n{point.series}\n{when}"


# The key and the legend, below the plot.


def _key() -> list[str]:
    y = KEY_TOP
    entries = [
        '<circle cx="{x}" cy="{cy}" r="4.5" fill="#555"/>',
        '<rect x="{x0}" y="{y0}" width="8" height="8" fill="#555"/>',
        '<circle cx="{x}" cy="{cy}" r="4.5" fill="white" stroke="#555" stroke-width="2"/>',
        '<rect x="{x0}" y="{y0}" width="12" height="8" fill="#777" fill-opacity="0.25"/>',
        '<line x1="{x0}" x2="{x1}" y1="{cy}" y2="{cy}" stroke="#555" stroke-dasharray="4 3"/>',
    ]
    labels = ("killed", "injured", "proposed (hollow)", "estimate low–high", "best estimate")
    parts, x = [], LEFT
    for shape, label in zip(entries, labels, strict=True):
        parts.append(shape.format(x=x + 4, cy=y - 4, x0=x, y0=y - 8, x1=x + 14))
        parts.append(f'<text class="key" x="{x + 18}" y="{y}" font-size="11">{label}</text>')
        x += 28 + 6.2 * len(label)
    return parts


def _legend(
    series: list[str], colours: dict[str, str], points: Sequence[TimelinePoint]
) -> tuple[list[str], int]:
    """One entry per source: its colour, its full name wrapped, and how it is dated."""
    dating = {p.series: p.source_dating for p in points}
    parts, y = [], LEGEND_TOP
    for name in series:
        lines = wrapped(name, width_px=WIDTH - LEFT - RIGHT - 14)
        parts.append(
            f'<g class="legend-entry"><circle cx="{LEFT + 4}" cy="{y - 4}" r="4.5" '
            f'fill="{colours[name]}"/>'
        )
        parts += [
            f'<text class="legend" x="{LEFT + 14}" y="{y + number * LINE}" '
            f'font-size="11">{escape(line)}</text>'
            for number, line in enumerate(lines)
        ]
        y += len(lines) * LINE
        if dating[name]:
            parts.append(
                f'<text class="legend-date" x="{LEFT + 14}" y="{y - 2}" font-size="10" '
                f'fill="#555">{escape(dating[name])}</text>'
            )
            y += LINE - 2
        parts.append("</g>")
        y += 4
    return parts, y - LEGEND_TOP
