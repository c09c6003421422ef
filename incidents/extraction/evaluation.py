"""Score an extraction against hand-written gold: precision, recall and F1 per fact type.

Both sides are dicts in the `extract --format json` shape (`Extraction.as_json()`).

Matching rule (also in tests/gold/README.md):

- Quotes are compared as text, never by offsets, so the gold (offsets into the
  raw seed) does not depend on the cleaner. Both quotes are normalised first:
  whitespace runs become one space, typographic quotes and dashes become ASCII,
  case is folded. Two quotes *overlap* when one contains the other, or when
  their longest common substring is at least 20 characters and at least half
  the shorter quote; the second clause lets a cleaner or sentence splitter cut
  a sentence differently, the "half" keeps two sentences that merely share a
  stock phrase ("claimed responsibility for the attack") apart.
- A casualty figure matches when kind and value agree, value_max agrees
  (None only matches None), and the quotes overlap.
- A statement matches when speaker and kind agree and the quotes overlap.
  Speakers agree when they resolve to the same gazetteer actor or one is the
  other's parent ("Amaq News Agency" and "ISIS-K" speak for "Islamic State"),
  when `names.name_key` makes them equal (Nikolay/Nikolai Patrushev), or when
  every word of the shorter name matches a word of the longer one ("Kirby" in
  "John Kirby", "Russia's Foreign Ministry" in "Russian Foreign Ministry");
  words match when equal or sharing a prefix of most of the shorter word.
- A suspect matches when any of its names (name or variants) is the same
  person as any of the other side's names by `names.same_person`
  (transliteration-aware: Mirzoyev/Mirzoev, patronymics dropped, a bare
  surname meets a full name). Age and role are then scored separately as
  accuracy over matched suspects.
- Matching is one-to-one: each gold item is matched at most once and each
  prediction at most once, and the largest possible set of pairs is taken.
- Precision is 1.0 when nothing was predicted and recall 1.0 when nothing was
  expected; F1 is their harmonic mean (0.0 when both are 0).
- Incident attributes per document: date, country and city must equal the
  gold's (city and country case-insensitively); the perpetrator attribution is
  right when the predicted groups include at least one gold group and none
  outside the gold list (the gold lists every group the document holds
  responsible, e.g. both "Islamic State" and its Khorasan Province).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

from incidents.extraction.lexicons.actors import KNOWN_ACTORS, canonical_actor
from incidents.extraction.lexicons.names import name_key, same_person

Fact = dict[str, Any]

MIN_SHARED_CHARS = 20
HEADLINE_FIGURE_KINDS = ("killed", "injured")
_TYPOGRAPHY = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"})
_WORD = re.compile(r"[a-z0-9]+")
_SPEAKER_STOPWORDS = frozenset({"the", "of", "in", "s", "for", "and", "a", "an"})
_UNITED_STATES = re.compile(r"\b(?:U\.S\.|US|USA|American)(?=\W|$)")


@dataclass(frozen=True)
class FactScore:
    """One fact type in one or more documents: matched pairs, misses, false positives."""

    fact_type: str
    matched: tuple[tuple[Fact, Fact], ...] = ()  # (gold, predicted)
    misses: tuple[Fact, ...] = ()
    false_positives: tuple[Fact, ...] = ()

    @property
    def precision(self) -> float:
        predicted = len(self.matched) + len(self.false_positives)
        return len(self.matched) / predicted if predicted else 1.0

    @property
    def recall(self) -> float:
        expected = len(self.matched) + len(self.misses)
        return len(self.matched) / expected if expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def restricted_to(self, kinds: Iterable[str]) -> FactScore:
        """The same score counting only facts of these kinds (matched pairs share a kind)."""
        wanted = set(kinds)
        return FactScore(
            fact_type=f"{self.fact_type} ({'+'.join(sorted(wanted))})",
            matched=tuple(p for p in self.matched if p[0]["kind"] in wanted),
            misses=tuple(f for f in self.misses if f["kind"] in wanted),
            false_positives=tuple(f for f in self.false_positives if f["kind"] in wanted),
        )

    def __add__(self, other: FactScore) -> FactScore:
        return FactScore(
            self.fact_type,
            self.matched + other.matched,
            self.misses + other.misses,
            self.false_positives + other.false_positives,
        )


@dataclass(frozen=True)
class AttributeCheck:
    attribute: str  # date | city | country | perpetrator_groups
    gold: Any
    predicted: Any
    correct: bool


@dataclass(frozen=True)
class Accuracy:
    correct: int
    total: int

    @property
    def rate(self) -> float:
        return self.correct / self.total if self.total else 1.0


@dataclass(frozen=True)
class DocumentScore:
    name: str
    figures: FactScore
    statements: FactScore
    suspects: FactScore
    attributes: tuple[AttributeCheck, ...]

    @property
    def suspect_age(self) -> Accuracy:
        return _accuracy(self.suspects, "age")

    @property
    def suspect_role(self) -> Accuracy:
        return _accuracy(self.suspects, "role")


@dataclass(frozen=True)
class Report:
    documents: tuple[DocumentScore, ...]
    figures: FactScore
    statements: FactScore
    suspects: FactScore

    @property
    def headline_figures(self) -> FactScore:
        return self.figures.restricted_to(HEADLINE_FIGURE_KINDS)

    @property
    def suspect_age(self) -> Accuracy:
        return _accuracy(self.suspects, "age")

    @property
    def suspect_role(self) -> Accuracy:
        return _accuracy(self.suspects, "role")

    @property
    def attributes_correct(self) -> Accuracy:
        checks = [c for d in self.documents for c in d.attributes]
        return Accuracy(sum(c.correct for c in checks), len(checks))


def evaluate_document(predicted: dict, gold: dict, name: str = "") -> DocumentScore:
    """Score one document's extraction JSON against its gold JSON."""
    return DocumentScore(
        name=name,
        figures=score_facts(
            "casualty figures",
            gold["casualty_figures"],
            predicted["casualty_figures"],
            figures_match,
        ),
        statements=score_facts(
            "statements", gold["statements"], predicted["statements"], statements_match
        ),
        suspects=score_facts("suspects", gold["suspects"], predicted["suspects"], suspects_match),
        attributes=incident_checks(predicted["incident"], gold["incident"]),
    )


def combine(scores: Sequence[DocumentScore]) -> Report:
    """Micro-averaged totals over documents (every fact counts once)."""
    return Report(
        documents=tuple(scores),
        figures=sum((s.figures for s in scores), FactScore("casualty figures")),
        statements=sum((s.statements for s in scores), FactScore("statements")),
        suspects=sum((s.suspects for s in scores), FactScore("suspects")),
    )


def score_facts(
    fact_type: str,
    gold: Sequence[Fact],
    predicted: Sequence[Fact],
    match: Callable[[Fact, Fact], bool],
) -> FactScore:
    pairs = one_to_one(gold, predicted, match)
    matched_gold = {g for g, _ in pairs}
    matched_predicted = {p for _, p in pairs}
    return FactScore(
        fact_type=fact_type,
        matched=tuple((gold[g], predicted[p]) for g, p in sorted(pairs)),
        misses=tuple(f for i, f in enumerate(gold) if i not in matched_gold),
        false_positives=tuple(f for i, f in enumerate(predicted) if i not in matched_predicted),
    )


def one_to_one(
    gold: Sequence[Fact], predicted: Sequence[Fact], match: Callable[[Fact, Fact], bool]
) -> list[tuple[int, int]]:
    """A maximum one-to-one matching (Kuhn's augmenting paths; the lists are short)."""
    candidates = [
        [p for p, fact in enumerate(predicted) if match(expected, fact)] for expected in gold
    ]
    owner: dict[int, int] = {}  # predicted index -> gold index

    def augment(g: int, seen: set[int]) -> bool:
        for p in candidates[g]:
            if p not in seen:
                seen.add(p)
                if p not in owner or augment(owner[p], seen):
                    owner[p] = g
                    return True
        return False

    for g in range(len(gold)):
        augment(g, set())
    return [(g, p) for p, g in owner.items()]


def figures_match(gold: Fact, predicted: Fact) -> bool:
    return (
        gold["kind"] == predicted["kind"]
        and gold["value"] == predicted["value"]
        and gold.get("value_max") == predicted.get("value_max")
        and quotes_overlap(gold["quote"], predicted["quote"])
    )


def statements_match(gold: Fact, predicted: Fact) -> bool:
    return (
        gold["kind"] == predicted["kind"]
        and speakers_agree(gold["speaker"], predicted["speaker"])
        and quotes_overlap(gold["quote"], predicted["quote"])
    )


def suspects_match(gold: Fact, predicted: Fact) -> bool:
    return any(same_person(a, b) for a in _suspect_names(gold) for b in _suspect_names(predicted))


def quotes_overlap(a: str, b: str) -> bool:
    a, b = normalise_quote(a), normalise_quote(b)
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    shared = SequenceMatcher(None, a, b, autojunk=False).find_longest_match().size
    return shared >= max(MIN_SHARED_CHARS, min(len(a), len(b)) / 2)


def normalise_quote(text: str) -> str:
    return " ".join(text.translate(_TYPOGRAPHY).split()).casefold()


def speakers_agree(a: str, b: str) -> bool:
    actor_a, actor_b = canonical_actor(a), canonical_actor(b)
    if actor_a and actor_b:
        return actor_a == actor_b or _related_actors(actor_a, actor_b)
    if actor_a or actor_b:
        actor, other = (actor_a, b) if actor_a else (actor_b, a)
        return any(_names_overlap(alias, other) for alias in _actor_names(actor))
    if name_key(a) and name_key(a) == name_key(b):
        return True
    return _names_overlap(a, b)


def incident_checks(predicted: dict, gold: dict) -> tuple[AttributeCheck, ...]:
    def check(attribute: str, same: Callable[[Any, Any], bool]) -> AttributeCheck:
        g, p = gold.get(attribute), predicted.get(attribute)
        return AttributeCheck(attribute, g, p, bool(g) and bool(p) and same(g, p))

    return (
        check("date", lambda g, p: g == p),
        check("city", lambda g, p: g.casefold() == p.casefold()),
        check("country", lambda g, p: g.upper() == p.upper()),
        check("perpetrator_groups", _groups_right),
    )


def _groups_right(gold: list[str], predicted: list[str]) -> bool:
    return bool(set(predicted) & set(gold)) and set(predicted) <= set(gold)


def _accuracy(suspects: FactScore, attribute: str) -> Accuracy:
    correct = sum(g.get(attribute) == p.get(attribute) for g, p in suspects.matched)
    return Accuracy(correct, len(suspects.matched))


def _suspect_names(suspect: Fact) -> list[str]:
    return [suspect["name"], *suspect.get("variants", ())]


def _related_actors(a: str, b: str) -> bool:
    parents = {actor.name: actor.parent for actor in KNOWN_ACTORS}
    return parents.get(a) == b or parents.get(b) == a


def _actor_names(name: str) -> tuple[str, ...]:
    actor = next(a for a in KNOWN_ACTORS if a.name == name)
    return (actor.name, *actor.aliases)


def _names_overlap(a: str, b: str) -> bool:
    """Every word of the shorter name matches a word of the longer: "Kirby" in "John Kirby"."""
    shorter, longer = sorted((_speaker_words(a), _speaker_words(b)), key=len)
    return bool(shorter) and all(any(_words_match(w, v) for v in longer) for w in shorter)


def _speaker_words(speaker: str) -> set[str]:
    text = _UNITED_STATES.sub("United States", speaker.translate(_TYPOGRAPHY))
    text = text.casefold().replace("'s", "")
    return {w for w in _WORD.findall(text) if w not in _SPEAKER_STOPWORDS}


def _words_match(a: str, b: str) -> bool:
    """Equal, or one inflects the other: russia/russian, ukraine/ukrainian, defence/defense."""
    if a == b:
        return True
    prefix = len(_common_prefix(a, b))
    return prefix >= 4 and prefix >= 0.7 * min(len(a), len(b))


def _common_prefix(a: str, b: str) -> str:
    for i, (x, y) in enumerate(zip(a, b, strict=False)):
        if x != y:
            return a[:i]
    return a[: min(len(a), len(b))]
