"""What extraction produces: plain, frozen dataclasses, free of Django.

Every fact carries a `Span` into the *cleaned* text; `Extraction.cleaned_text`
is that text, so `span.quote == cleaned_text[span.start:span.end]` always holds.
Vocabulary values are the plain strings of the extract JSON shape (issue 3):
the Django models use the same strings as their TextChoices values.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    quote: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        return cls(start=start, end=end, quote=text[start:end])


@dataclass(frozen=True)
class DocumentMeta:
    """What the caller knows about a document before reading it."""

    title: str = ""
    publisher: str = ""
    url: str = ""
    published: dt.date | None = None
    kind: str = "news_article"
    file_name: str = ""


@dataclass(frozen=True)
class SourceInfo:
    title: str
    publisher: str
    url: str
    published: dt.date | None
    kind: str
    # With no published date: the latest date the text mentions, a lower bound (the
    # source was written on or after it), so that undated sources can still be ordered.
    published_after: dt.date | None = None


@dataclass(frozen=True)
class IncidentCandidate:
    name: str = ""
    date: dt.date | None = None
    time: dt.time | None = None
    timezone: str = ""
    country: str = ""  # ISO 3166-1 alpha-2, e.g. "RU"
    region: str = ""
    city: str = ""
    venue: str = ""
    attack_types: tuple[str, ...] = ()  # GTD labels, e.g. "Armed Assault"
    weapon_types: tuple[str, ...] = ()  # GTD labels, e.g. "Firearms"
    perpetrator_groups: tuple[str, ...] = ()  # canonical actor names
    claimed: bool | None = None
    claim_mode: str = ""  # GTD claim mode label, e.g. "Posted to website, blog, etc."
    evidence: tuple[tuple[str, Span], ...] = ()  # (attribute name, span)
    # With no date: the bare weekdays ("on Friday") that date the attack, for other
    # reports of the same attack to resolve (see extraction.corpus).
    weekday_hints: tuple[Span, ...] = ()


@dataclass(frozen=True)
class CasualtyFigureCandidate:
    kind: str  # killed | injured | missing | hostages | detained | rescued | perpetrators
    value: int
    span: Span
    value_max: int | None = None
    qualifier: str = "exact"  # exact | at_least | more_than | about | up_to | fewer_than
    subgroup: str = ""  # "" | children | foreigners | attackers | security_personnel | ...
    attributed_to: str = ""  # canonical actor name, e.g. "Federal Security Service"
    as_of: dt.date | None = None
    status: str = ""  # "" | superseded (revised in the same text) | claimed (by perpetrators)


@dataclass(frozen=True)
class StatementCandidate:
    speaker: str  # canonical actor or person name
    kind: str  # claim_of_responsibility | denial | accusation | condemnation | ...
    span: Span
    channel: str = ""  # telegram | x | television | press_release | news_agency | ...
    date: dt.date | None = None
    concerns: str = ""  # the actor the statement accuses or concerns


@dataclass(frozen=True)
class StatusEventCandidate:
    status: str  # detained | charged | pleaded_guilty | pretrial_detention | ...
    span: Span
    date: dt.date | None = None
    until: dt.date | None = None
    charge: str = ""


@dataclass(frozen=True)
class SuspectCandidate:
    name: str
    span: Span
    variants: tuple[str, ...] = ()
    age: int | None = None
    nationality: str = ""  # ISO 3166-1 alpha-2, e.g. "TJ"
    role: str = "attacker"  # attacker | accomplice | financier | recruiter | organiser | other
    status: str | None = None  # at_large | detained | charged | convicted | killed | dead
    status_events: tuple[StatusEventCandidate, ...] = ()


@dataclass(frozen=True)
class Extraction:
    extractor: str  # name/version, recorded on every proposed fact
    raw_text: str
    cleaned_text: str
    offset_map: tuple[tuple[int, int, int], ...]  # (clean_start, raw_start, length)
    source: SourceInfo
    incident: IncidentCandidate
    casualty_figures: tuple[CasualtyFigureCandidate, ...] = ()
    statements: tuple[StatementCandidate, ...] = ()
    suspects: tuple[SuspectCandidate, ...] = ()
    warnings: tuple[str, ...] = field(default=())

    def as_json(self) -> dict[str, Any]:
        """The `extract --format json` shape: spans flattened to quote/start/end."""
        return _jsonable(
            {
                "source": asdict(self.source),
                "incident": {
                    k: v
                    for k, v in asdict(self.incident).items()
                    if k not in ("evidence", "weekday_hints")
                },
                "casualty_figures": [_flatten_span(asdict(f)) for f in self.casualty_figures],
                "statements": [_flatten_span(asdict(s)) for s in self.statements],
                "suspects": [_flatten_span(asdict(s)) for s in self.suspects],
                "extractor": self.extractor,
                "warnings": list(self.warnings),
            }
        )


def _flatten_span(fact: dict[str, Any]) -> dict[str, Any]:
    span = fact.pop("span")
    if "status_events" in fact:
        fact["status_events"] = [_flatten_span(e) for e in fact["status_events"]]
    return {**fact, **span}


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return value
