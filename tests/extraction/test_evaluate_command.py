"""`evaluate_extraction`: bad directories fail in one line; a run lists scores and misses."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

GOLD_DIR = Path(__file__).resolve().parents[1] / "gold"
DOCUMENT = "Gunmen killed 12 people at a market in Kano, Nigeria, on 3 May 2023."
ABSENT_QUOTE = "A sentence that appears nowhere in the document."


def _gold(figures: list[dict]) -> dict:
    incident = {"date": "2023-05-03", "city": "Kano", "country": "NG", "perpetrator_groups": []}
    return {"incident": incident, "casualty_figures": figures, "statements": [], "suspects": []}


def _run(*args: str) -> str:
    out = io.StringIO()
    call_command("evaluate_extraction", *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


@pytest.fixture
def corpus(tmp_path):
    docs, gold = tmp_path / "docs", tmp_path / "gold"
    docs.mkdir()
    gold.mkdir()
    (docs / "kano.txt").write_text(DOCUMENT, encoding="utf-8")
    missing_figure = {"kind": "killed", "value": 999, "value_max": None, "quote": ABSENT_QUOTE}
    (gold / "kano.txt.json").write_text(json.dumps(_gold([missing_figure])), encoding="utf-8")
    return docs, gold


@pytest.mark.parametrize(
    ("option", "message"),
    [("--gold", "no such gold directory"), ("--docs", "no such documents directory")],
)
def test_it_refuses_a_missing_directory(tmp_path, option, message):
    with pytest.raises(CommandError, match=message):
        _run(option, str(tmp_path / "absent"))


def test_it_refuses_a_gold_directory_without_gold_files(tmp_path):
    with pytest.raises(CommandError, match=r"holds no gold \.json files"):
        _run("--gold", str(tmp_path))


def test_it_refuses_when_no_document_has_a_gold_file(corpus, tmp_path):
    _, gold = corpus
    empty_docs = tmp_path / "other"
    empty_docs.mkdir()
    with pytest.raises(CommandError, match="no document has a gold file"):
        _run("--gold", str(gold), "--docs", str(empty_docs))


def test_it_prints_scores_per_fact_type_and_lists_each_miss(corpus):
    docs, gold = corpus
    output = _run("--gold", str(gold), "--docs", str(docs))
    assert output.startswith("1 documents")
    for line in (
        "casualty figures (killed, injured)",
        "casualty figures (all kinds)",
        "statements",
        "suspects",
        "suspect age",
        "suspect role",
        "incident attributes",
    ):
        assert f"\n{line} " in output
    assert f"kano.txt: miss  figure killed 999: '{ABSENT_QUOTE}'" in output


def test_it_reads_the_seed_gold_by_default():
    output = _run()
    assert output.startswith(f"{len(list(GOLD_DIR.glob('*.json')))} documents")


@pytest.fixture
def split_corpus(tmp_path):
    """Two incidents in the corpus layout: gold/<name>.json beside docs/<name>.txt."""
    docs, gold = tmp_path / "docs", tmp_path / "gold"
    docs.mkdir()
    gold.mkdir()
    for name in ("kano-market-2023__01", "tunis-museum-2015__01"):
        (docs / f"{name}.txt").write_text(DOCUMENT, encoding="utf-8")
        figure = {"kind": "killed", "value": 12, "quote": "killed 12 people"}
        (gold / f"{name}.json").write_text(json.dumps(_gold([figure])), encoding="utf-8")
    return tmp_path


def test_it_reads_the_corpus_layout_and_keeps_to_a_slug_range(split_corpus):
    output = _run(
        "--gold", str(split_corpus / "gold"), "--docs", str(split_corpus / "docs"), "--slugs", "n-z"
    )
    assert output.startswith(
        "1 documents\nfigures       P=1.00 R=1.00 F1=1.00  (tp=1 pred=1 gold=1)"
    )


def test_it_refuses_a_slug_range_it_cannot_read(split_corpus):
    with pytest.raises(CommandError, match="--slugs m: give a range"):
        _run(
            "--gold",
            str(split_corpus / "gold"),
            "--docs",
            str(split_corpus / "docs"),
            "--slugs",
            "m",
        )


def test_compare_prints_the_seeds_and_both_halves_side_by_side(split_corpus):
    header, documents, figures, *_ = _run("--compare", str(split_corpus)).splitlines()
    assert header.split() == ["seeds", "dev", "a-m", "dev", "n-z"]
    assert documents.split()[1:] == [str(len(list(GOLD_DIR.glob("*.json")))), "1", "1"]
    assert figures.split()[-2:] == ["1.00/1.00/1.00", "1.00/1.00/1.00"]
