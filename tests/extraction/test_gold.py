"""The gold is the yardstick: every file must be well formed and quote its seed exactly."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from incidents.extraction.lexicons.actors import KNOWN_ACTORS, canonical_actor

ROOT = Path(__file__).resolve().parents[2]
GOLD_DIR = ROOT / "tests" / "gold"
DOCUMENTS_DIR = ROOT / "fixtures" / "documents"
GOLD_FILES = sorted(GOLD_DIR.glob("*.json"))

FIGURE_KINDS = {"killed", "injured", "missing", "hostages", "detained", "rescued", "perpetrators"}
QUALIFIERS = {"exact", "at_least", "more_than", "about", "up_to", "fewer_than"}
STATEMENT_KINDS = {
    "claim_of_responsibility",
    "denial",
    "accusation",
    "condemnation",
    "warning",
    "official_statement",
    "condolence",
    "other",
}
ROLES = {"attacker", "accomplice", "financier", "recruiter", "organiser", "other"}
STATUSES = {"at_large", "detained", "charged", "convicted", "killed", "dead", None}
CANONICAL_GROUPS = {a.name for a in KNOWN_ACTORS if a.kind == "armed_group"}
ALPHA_2 = re.compile(r"^[A-Z]{2}$")


def _gold(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _raw(path: Path) -> str:
    return (DOCUMENTS_DIR / path.name.removesuffix(".json")).read_bytes().decode("utf-8")


def _facts(gold: dict) -> list[dict]:
    return [fact for key in ("casualty_figures", "statements", "suspects") for fact in gold[key]]


def _is_iso_date(value: str | None) -> bool:
    if value is None:
        return True
    return dt.date.fromisoformat(value).isoformat() == value


def test_it_has_a_gold_file_for_every_seed_document():
    seeds = {p.name for p in DOCUMENTS_DIR.iterdir() if p.is_file()}
    assert {p.name.removesuffix(".json") for p in GOLD_FILES} == seeds


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_every_quote_is_the_raw_text_at_its_offsets(path):
    raw = _raw(path)
    wrong = [f for f in _facts(_gold(path)) if raw[f["start"] : f["end"]] != f["quote"]]
    assert wrong == []


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_every_quote_is_a_non_empty_passage_within_one_paragraph(path):
    quotes = [f["quote"] for f in _facts(_gold(path))]
    assert all(q.strip() == q and q and "\n\n" not in q for q in quotes)


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_casualty_figures_use_the_vocabularies(path):
    for figure in _gold(path)["casualty_figures"]:
        assert figure["kind"] in FIGURE_KINDS, figure
        assert figure["qualifier"] in QUALIFIERS, figure
        assert isinstance(figure["value"], int), figure
        assert figure["value"] >= 0, figure
        assert figure["value_max"] is None or figure["value_max"] > figure["value"], figure
        assert _is_iso_date(figure["as_of"]), figure


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_statements_use_the_vocabularies(path):
    for statement in _gold(path)["statements"]:
        assert statement["kind"] in STATEMENT_KINDS, statement
        assert statement["speaker"].strip(), statement
        assert _is_iso_date(statement["date"]), statement


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_suspects_use_the_vocabularies(path):
    for suspect in _gold(path)["suspects"]:
        assert suspect["role"] in ROLES, suspect
        assert suspect["status"] in STATUSES, suspect
        assert suspect["nationality"] == "" or ALPHA_2.match(suspect["nationality"]), suspect
        assert suspect["age"] is None or 0 < suspect["age"] < 120, suspect


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_the_incident_is_dated_placed_and_attributed_canonically(path):
    incident = _gold(path)["incident"]
    assert incident["date"]
    assert _is_iso_date(incident["date"])
    assert ALPHA_2.match(incident["country"])
    assert incident["city"]
    assert set(incident["perpetrator_groups"]) <= CANONICAL_GROUPS


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_no_fact_is_annotated_twice(path):
    gold = _gold(path)
    for key in ("casualty_figures", "statements", "suspects"):
        facts = [json.dumps(f, sort_keys=True) for f in gold[key]]
        repeated = {f for f in facts if facts.count(f) > 1}
        # "one each from Moldova, Armenia and Azerbaijan" is three equal figures on purpose.
        assert all(
            json.loads(f)["kind"] == "killed" and json.loads(f)["value"] == 1 for f in repeated
        )


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_actors_the_gazetteer_knows_are_written_with_their_canonical_name(path):
    gold = _gold(path)
    names = [s["speaker"] for s in gold["statements"]]
    names += [f["attributed_to"] for f in gold["casualty_figures"] if f["attributed_to"]]
    assert [n for n in names if canonical_actor(n) not in (None, n)] == []
