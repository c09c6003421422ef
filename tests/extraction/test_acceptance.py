"""The acceptance scorer's counting: hand-made cases, and agreement with score.py itself."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from incidents.extraction.acceptance import Table, score_document, table_lines
from incidents.management.commands.evaluate_extraction import extract_json, gold_documents

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"


def _gold(**parts) -> dict:
    incident = {"date": "2021-06-04", "date_stated": True, "country": "Kenya", "city": "Garissa"}
    gold = {"incident": incident, "source": {}, "casualty_figures": [], "statements": []}
    gold["suspects"] = []
    gold.update(parts)
    return gold


def _figure(kind: str, value: int, qualifier: str = "exact") -> dict:
    return {"kind": kind, "value": value, "qualifier": qualifier, "quote": f"{value} {kind}"}


def test_figures_are_compared_as_kind_and_value_whatever_the_quote():
    gold = _gold(casualty_figures=[_figure("killed", 12), _figure("injured", 30)])
    predicted = {"casualty_figures": [_figure("killed", 12, "at_least"), _figure("killed", 30)]}

    table = score_document(predicted, gold)

    assert (table.figures.matched, table.figures.predicted, table.figures.expected) == (1, 2, 2)
    assert (table.qualifier.matched, table.qualifier.expected) == (0, 1)


def test_a_statement_counts_strictly_only_when_kind_speaker_and_quote_agree():
    quote = "We condemn this cowardly attack on innocent worshippers in the strongest terms"
    gold = _gold(
        statements=[{"speaker": "Prime Minister Jane Doe", "kind": "condemnation", "quote": quote}]
    )
    wrong_kind = {"speaker": "Jane Doe", "kind": "official_statement", "quote": quote}
    right = {"speaker": "Jane Doe", "kind": "condemnation", "quote": quote}

    assert score_document({"statements": [wrong_kind]}, gold).statements.matched == 0
    assert score_document({"statements": [wrong_kind]}, gold).statements_lenient.matched == 1
    assert score_document({"statements": [right]}, gold).statements.matched == 1


def test_countries_match_by_name_or_code_and_an_unstated_date_is_not_scored():
    gold = _gold()
    gold["incident"]["date_stated"] = False
    predicted = {"incident": {"country": "KE", "city": "Garissa", "date": None}}

    table = score_document(predicted, gold)

    assert (table.country.matched, table.city.matched) == (1, 1)
    assert table.date.expected == 0


def test_the_table_reads_like_the_scorer():
    lines = table_lines(score_document({}, _gold(casualty_figures=[_figure("killed", 3)])))
    assert lines[0] == "figures       P=0.00 R=0.00 F1=0.00  (tp=0 pred=0 gold=1)"
    assert lines[-1] == "figures F1=0.00 statements F1=1.00 suspects F1=1.00"
    assert lines[5].startswith("incident      date 0/1  country 0/1  city 0/1")


@pytest.mark.skipif(
    not CORPUS.is_dir(), reason="../shared/corpus is absent: no scorer to agree with"
)
def test_it_prints_what_the_corpus_scorer_prints_on_the_same_predictions(tmp_path):
    pairs = gold_documents(CORPUS / "dev" / "gold", CORPUS / "dev" / "docs", slugs="n-p")
    predicted = extract_json([pair.path for pair in pairs])
    (tmp_path / "pred.json").write_text(json.dumps(predicted))
    (tmp_path / "names.txt").write_text("\n".join(pair.path.stem for pair in pairs))
    scorer = subprocess.run(
        [
            sys.executable,
            CORPUS / "score.py",
            CORPUS / "dev" / "gold",
            tmp_path / "pred.json",
            tmp_path / "names.txt",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    ours = sum(
        (score_document(p, pair.gold) for pair, p in zip(pairs, predicted, strict=True)), Table()
    )
    assert table_lines(ours) == scorer.stdout.splitlines()
