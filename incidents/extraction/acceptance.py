"""The acceptance scorer's counting, so `evaluate_extraction` prints the table it prints.

The development corpus comes with `score.py`, the scorer acceptance uses; this module
counts the same way on the same `extract --format json` and gold shapes:

- figures: killed and injured compared as sets of (kind, value) per document; "all kinds"
  does the same over every kind the gold uses;
- statements: strict when kind, speaker (names match) and quote (overlap) agree, lenient
  on the quote alone; suspects when names match; both greedy, one gold item per prediction;
- incident: date where the gold says the text states it, country (ISO code or name), city
  (similar spelling), perpetrator group where the gold names one; the source's
  publication date where the gold gives one;
- attributes: age and role of matched suspects, the qualifier of matched figures.

`evaluation` is the stricter, quote-aware rule the seed targets are written in.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields
from difflib import SequenceMatcher

from incidents.extraction.lexicons.places import country_code as place_country_code

HEADLINE_KINDS = frozenset({"killed", "injured"})
_NAME_SIMILARITY = 0.85
_CITY_SIMILARITY = 0.8
_SHARED_QUOTE_CHARS = 20
_GROUP_ALIASES = {
    "isis": "islamic state",
    "isil": "islamic state",
    "is": "islamic state",
    "daesh": "islamic state",
    "islamic state of iraq and the levant": "islamic state",
    "islamic state of iraq and syria": "islamic state",
}


@dataclass(frozen=True)
class Count:
    """Matches, predictions and gold items of one fact type."""

    matched: int = 0
    predicted: int = 0
    expected: int = 0

    @property
    def precision(self) -> float:
        if self.predicted:
            return self.matched / self.predicted
        return 0.0 if self.expected else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Count) -> Count:
        return Count(*(a + b for a, b in zip(_values(self), _values(other), strict=True)))


@dataclass(frozen=True)
class Table:
    """The scorer's table over one or more documents."""

    documents: int = 0
    figures: Count = Count()
    all_kinds: Count = Count()
    statements: Count = Count()
    statements_lenient: Count = Count()
    suspects: Count = Count()
    date: Count = Count()  # matched of expected; `predicted` unused
    country: Count = Count()
    city: Count = Count()
    perpetrator: Count = Count()
    published: Count = Count()
    age: Count = Count()
    role: Count = Count()
    qualifier: Count = Count()

    def __add__(self, other: Table) -> Table:
        return Table(*(a + b for a, b in zip(_values(self), _values(other), strict=True)))


FACT_ROWS = (
    ("figures", "figures"),
    ("all kinds", "all_kinds"),
    ("statements", "statements"),
    ("stmt lenient", "statements_lenient"),
    ("suspects", "suspects"),
)
TALLY_ROWS = (
    ("date", "date"),
    ("country", "country"),
    ("city", "city"),
    ("perpetrator", "perpetrator"),
    ("source published", "published"),
    ("suspect age", "age"),
    ("suspect role", "role"),
    ("qualifier", "qualifier"),
)


def score_document(predicted: dict, gold: dict) -> Table:
    """One document's row of the table."""
    gold_figures = gold.get("casualty_figures", [])
    predicted_figures = _list(predicted, "casualty_figures")
    gold_statements, predicted_statements = (
        gold.get("statements", []),
        _list(predicted, "statements"),
    )
    gold_suspects, predicted_suspects = gold.get("suspects", []), _list(predicted, "suspects")
    all_kinds = {f["kind"] for f in gold_figures} | HEADLINE_KINDS
    return Table(
        documents=1,
        figures=_figure_count(gold_figures, predicted_figures, HEADLINE_KINDS),
        all_kinds=_figure_count(gold_figures, predicted_figures, all_kinds),
        statements=_greedy(gold_statements, predicted_statements, _statements_agree),
        statements_lenient=_greedy(gold_statements, predicted_statements, _quotes_agree),
        suspects=_greedy(gold_suspects, predicted_suspects, _suspects_agree),
        **_incident_tallies(predicted, gold),
        **_suspect_attributes(gold_suspects, predicted_suspects),
        qualifier=_qualifiers(gold_figures, predicted_figures),
    )


def table_lines(table: Table) -> list[str]:
    """The lines score.py prints, in its format."""
    lines = [
        f"{label:13s} P={c.precision:.2f} R={c.recall:.2f} F1={c.f1:.2f}  "
        f"(tp={c.matched} pred={c.predicted} gold={c.expected})"
        for label, c in ((label, getattr(table, name)) for label, name in FACT_ROWS)
    ]
    n = table.documents
    lines.append(
        f"incident      date {_tally(table.date)}  country {table.country.matched}/{n}  "
        f"city {table.city.matched}/{n}  perpetrator {_tally(table.perpetrator)}  "
        f"source published {_tally(table.published)}"
    )
    lines.append(
        f"attributes    age {_tally(table.age)}  role {_tally(table.role)}  "
        f"qualifier {_tally(table.qualifier)}"
    )
    lines.append(
        f"figures F1={table.figures.f1:.2f} statements F1={table.statements.f1:.2f} "
        f"suspects F1={table.suspects.f1:.2f}"
    )
    return lines


def side_by_side_lines(columns: dict[str, Table]) -> list[str]:
    """Several tables as columns: P/R/F1 for facts, right/total for the rest."""
    width = max(16, *(len(name) + 2 for name in columns))
    lines = [f"{'':20s}" + "".join(f"{name:>{width}s}" for name in columns)]
    lines.append(
        f"{'documents':20s}" + "".join(f"{t.documents:>{width}d}" for t in columns.values())
    )
    for label, name in FACT_ROWS:
        cells = (_prf(getattr(t, name)) for t in columns.values())
        lines.append(f"{label + ' P/R/F1':20s}" + "".join(f"{c:>{width}s}" for c in cells))
    for label, name in TALLY_ROWS:
        cells = (_whole_tally(t, name) for t in columns.values())
        lines.append(f"{label:20s}" + "".join(f"{c:>{width}s}" for c in cells))
    return lines


def _figure_count(gold: list[dict], predicted: list[dict], kinds: Iterable[str]) -> Count:
    expected, found = _figure_set(gold, kinds), _figure_set(predicted, kinds)
    return Count(len(expected & found), len(found), len(expected))


def _figure_set(figures: list[dict], kinds: Iterable[str]) -> set[tuple[str, int]]:
    wanted = set(kinds)
    found = set()
    for figure in figures:
        try:
            if figure.get("kind") in wanted and figure.get("value") is not None:
                found.add((figure["kind"], int(figure["value"])))
        except (TypeError, ValueError):
            continue
    return found


def _greedy(gold: list[dict], predicted: list[dict], agree: Callable[[dict, dict], bool]) -> Count:
    used: set[int] = set()
    for item in predicted:
        hit = next((i for i, g in enumerate(gold) if i not in used and agree(item, g)), None)
        if hit is not None:
            used.add(hit)
    return Count(len(used), len(predicted), len(gold))


def _statements_agree(a: dict, b: dict) -> bool:
    return (
        a.get("kind") == b.get("kind")
        and names_match(a.get("speaker"), b.get("speaker"))
        and quotes_overlap(a.get("quote"), b.get("quote"))
    )


def _quotes_agree(a: dict, b: dict) -> bool:
    return quotes_overlap(a.get("quote"), b.get("quote"))


def _suspects_agree(a: dict, b: dict) -> bool:
    return names_match(a.get("name"), b.get("name"))


def _incident_tallies(predicted: dict, gold: dict) -> dict[str, Count]:
    gold_incident, incident = gold.get("incident", {}), predicted.get("incident") or {}
    gold_source, source = gold.get("source", {}), predicted.get("source") or {}
    tallies = {
        "country": _tally_of(
            bool(gold_incident.get("country"))
            and _country(incident.get("country")) == _country(gold_incident.get("country"))
        ),
        "city": _tally_of(
            bool(gold_incident.get("city"))
            and _similarity(gold_incident.get("city"), incident.get("city")) >= _CITY_SIMILARITY
        ),
    }
    if gold_incident.get("date") and gold_incident.get("date_stated", True):
        tallies["date"] = _tally_of(_day(incident.get("date")) == _day(gold_incident["date"]))
    if gold_source.get("published"):
        tallies["published"] = _tally_of(
            _day(source.get("published")) == _day(gold_source["published"])
        )
    groups = _groups(gold_incident.get("perpetrator_groups", []))
    if groups:
        found = _groups(incident.get("perpetrator_groups") or [])
        tallies["perpetrator"] = _tally_of(any(a in b or b in a for a in groups for b in found))
    return tallies


def _suspect_attributes(gold: list[dict], predicted: list[dict]) -> dict[str, Count]:
    age, role = Count(), Count()
    for suspect in gold:
        match = next(
            (p for p in predicted if names_match(p.get("name"), suspect.get("name"))), None
        )
        if match is None:
            continue
        if suspect.get("age") is not None:
            age += _tally_of(str(match.get("age")) == str(suspect.get("age")))
        if suspect.get("role"):
            role += _tally_of(match.get("role") == suspect.get("role"))
    return {"age": age, "role": role}


def _qualifiers(gold: list[dict], predicted: list[dict]) -> Count:
    count = Count()
    for figure in gold:
        if figure["kind"] not in HEADLINE_KINDS:
            continue
        same = [
            p
            for p in predicted
            if p.get("kind") == figure["kind"] and str(p.get("value")) == str(figure["value"])
        ]
        if same:
            count += _tally_of(any(p.get("qualifier") == figure.get("qualifier") for p in same))
    return count


def names_match(a: str | None, b: str | None) -> bool:
    """Token subset, or the same surname within a small transliteration distance."""
    words_a, words_b = _words(a), _words(b)
    if not words_a or not words_b:
        return False
    if set(words_a) <= set(words_b) or set(words_b) <= set(words_a):
        return True
    surnames_close = SequenceMatcher(None, words_a[-1], words_b[-1]).ratio() >= _NAME_SIMILARITY
    return (surnames_close and bool(set(words_a) & set(words_b))) or _similarity(
        a, b
    ) >= _NAME_SIMILARITY


def quotes_overlap(a: str | None, b: str | None) -> bool:
    a, b = _joined(a), _joined(b)
    if not a or not b:
        return False
    shared = SequenceMatcher(None, a, b).find_longest_match(0, len(a), 0, len(b)).size
    shorter = min(len(a), len(b))
    return shared >= min(_SHARED_QUOTE_CHARS, shorter) or shared >= 0.5 * shorter


def _words(text: str | None) -> list[str]:
    ascii_text = unicodedata.normalize("NFKD", str(text or "")).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9 ]+", " ", ascii_text.lower()).split()


def _joined(text: str | None) -> str:
    return " ".join(_words(text))


def _similarity(a: str | None, b: str | None) -> float:
    a, b = _joined(a), _joined(b)
    return SequenceMatcher(None, a, b).ratio() if a and b else 0.0


def _country(name: str | None) -> str:
    name = str(name or "").strip()
    if len(name) == 2 and name.isupper():
        return name
    return place_country_code(name) or _joined(name)


def _groups(names: Iterable[str]) -> set[str]:
    return {g for g in (_GROUP_ALIASES.get(_joined(n), _joined(n)) for n in names) if g}


def _day(value: object) -> str:
    return str(value or "")[:10]


def _list(predicted: dict, key: str) -> list[dict]:
    return predicted.get(key) or []


def _tally_of(right: bool) -> Count:
    return Count(matched=int(right), expected=1)


def _tally(count: Count) -> str:
    return f"{count.matched}/{count.expected}"


def _whole_tally(table: Table, name: str) -> str:
    count = getattr(table, name)
    if name in ("country", "city"):
        return f"{count.matched}/{table.documents}"
    return _tally(count)


def _prf(count: Count) -> str:
    return f"{count.precision:.2f}/{count.recall:.2f}/{count.f1:.2f}"


def _values(instance) -> list:
    return [getattr(instance, f.name) for f in fields(instance)]
