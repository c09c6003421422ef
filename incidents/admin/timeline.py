"""The casualty timeline chart as server-rendered SVG: pure Python, no JavaScript, no CDN.

Every reported killed/injured figure is a point at its report date, one colour per source,
one shape per kind (circle killed, square injured); proposed figures are hollow. The
incident's low-high estimate is a shaded band per kind with its best value as a dashed line.
Figures whose report date nobody knows (an undated source) stand in an "undated" strip at
the left rather than being left out.
"""

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from html import escape

from django.urls import reverse

from incidents.models import Incident
from incidents.selectors.timeline import TIMELINE_KINDS, DatedFigure

WIDTH, HEIGHT = 760, 320
LEFT, RIGHT, TOP, BOTTOM = 56, 200, 16, 40
UNDATED_STRIP = 56
PALETTE = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2")
KIND_COLOURS = {"killed": "#b2182b", "injured": "#2166ac"}
NO_SOURCE = "(no source)"


@dataclass(frozen=True)
class TimelinePoint:
    reported_on: dt.date | None
    value: int
    kind: str
    series: str
    accepted: bool
    url: str = ""


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
            reverse("admin:incidents_casualtyfigure_change", args=[figure.figure_id]),
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


@dataclass(frozen=True)
class _Scale:
    first: dt.date | None  # None when no figure is dated
    days: int
    top: int
    has_undated: bool

    @property
    def dated_left(self) -> int:
        return LEFT + UNDATED_STRIP if self.has_undated else LEFT

    def x(self, day: dt.date | None) -> float:
        if day is None or self.first is None:
            return LEFT + UNDATED_STRIP / 2
        return self.dated_left + (day - self.first).days / self.days * (
            WIDTH - self.dated_left - RIGHT
        )

    def y(self, value: int) -> float:
        return TOP + (1 - value / self.top) * (HEIGHT - TOP - BOTTOM)


def timeline_svg(points: Sequence[TimelinePoint], band: Mapping[str, EstimateBand]) -> str:
    """An <svg> element: points by report date, one series per source, with the estimate band."""
    if not points:
        return '<p class="timeline-empty">No killed or injured figures to plot.</p>'
    scale = _scale(points, band)
    series = list(dict.fromkeys(p.series for p in points))
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="casualty-timeline" '
        f'width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" role="img">',
        "<title>Casualty figures by report date</title>",
        *_bands(band, scale),
        *_axes(scale),
        *(_point(p, scale, PALETTE[series.index(p.series) % len(PALETTE)]) for p in points),
        *_legend(series),
        "</svg>",
    ]
    return "\n".join(parts)


def _scale(points: Sequence[TimelinePoint], band: Mapping[str, EstimateBand]) -> _Scale:
    days = [p.reported_on for p in points if p.reported_on is not None]
    highs = [b.high or b.best or 0 for b in band.values()]
    top = max([p.value for p in points] + highs + [1])
    first, last = (min(days), max(days)) if days else (None, None)
    return _Scale(
        first=first,
        days=max((last - first).days, 1) if days else 1,
        top=int(top * 1.1) + 1,
        has_undated=len(days) < len(points),
    )


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
                f"{estimate.high}</title></rect>"
            )
        if estimate.best is not None:
            y = scale.y(estimate.best)
            parts.append(
                f'<line class="best best-{escape(kind)}" x1="{x0}" x2="{x1}" y1="{y:.1f}" '
                f'y2="{y:.1f}" stroke="{colour}" stroke-dasharray="4 3"/>'
            )
    return parts


def _axes(scale: _Scale) -> list[str]:
    bottom, right = HEIGHT - BOTTOM, WIDTH - RIGHT
    parts = [
        f'<line x1="{LEFT}" y1="{bottom}" x2="{right}" y2="{bottom}" stroke="#333"/>',
        f'<line x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{bottom}" stroke="#333"/>',
        *_date_labels(scale, bottom, right),
    ]
    for tick in (0, scale.top // 2, scale.top):
        y = scale.y(tick)
        parts.append(
            f'<text x="{LEFT - 6}" y="{y + 4:.1f}" font-size="11" text-anchor="end">{tick}</text>'
        )
    return parts


def _date_labels(scale: _Scale, bottom: int, right: int) -> list[str]:
    labels = []
    if scale.has_undated:
        labels.append(
            f'<text class="undated" x="{LEFT + UNDATED_STRIP / 2}" y="{bottom + 16}" '
            'font-size="11" text-anchor="middle">undated</text>'
        )
    if scale.first is not None:
        last = scale.first + dt.timedelta(days=scale.days)
        labels += [
            f'<text x="{scale.dated_left}" y="{bottom + 16}" font-size="11">'
            f"{scale.first.isoformat()}</text>",
            f'<text x="{right}" y="{bottom + 16}" font-size="11" text-anchor="end">'
            f"{last.isoformat()}</text>",
        ]
    return labels


def _point(point: TimelinePoint, scale: _Scale, colour: str) -> str:
    x, y = scale.x(point.reported_on), scale.y(point.value)
    fill = colour if point.accepted else "white"
    status = "accepted" if point.accepted else "proposed"
    if point.kind == "injured":
        shape = f'<rect x="{x - 4:.1f}" y="{y - 4:.1f}" width="8" height="8"'
    else:
        shape = f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4.5"'
    reported = point.reported_on.isoformat() if point.reported_on else "undated"
    tooltip = f"{point.value} {point.kind} ({status}), {point.series}, {reported}"
    mark = (
        f'{shape} class="point" data-kind="{escape(point.kind)}" data-value="{point.value}" '
        f'data-status="{status}" fill="{fill}" stroke="{colour}" stroke-width="2">'
        f"<title>{escape(tooltip)}</title></{shape.split()[0][1:]}>"
    )
    return f'<a href="{escape(point.url)}">{mark}</a>' if point.url else mark


def _legend(series: list[str]) -> list[str]:
    x = WIDTH - RIGHT + 12
    parts = []
    for index, name in enumerate(series):
        y = TOP + 14 + index * 16
        colour = PALETTE[index % len(PALETTE)]
        label = escape(name if len(name) <= 28 else name[:27] + "…")
        parts.append(
            f'<circle cx="{x}" cy="{y - 4}" r="4" fill="{colour}"/>'
            f'<text class="legend" x="{x + 9}" y="{y}" font-size="11">{label}</text>'
        )
    return parts
