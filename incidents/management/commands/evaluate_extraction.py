"""Score the extraction pipeline against gold annotations.

Reads the seed gold (`tests/gold/`, `<document>.txt.json`) and the development corpus's
(`../shared/corpus/dev/gold/`, `<document>.json` beside `docs/<document>.txt`). Prints the
acceptance scorer's table (`incidents.extraction.acceptance`), then the quote-aware report
the seed targets use (`incidents.extraction.evaluation`) with every miss. `--compare`
prints the seeds and the corpus's two halves side by side. Writes nothing to the database.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from incidents.documents.extracting import extract_documents
from incidents.documents.files import FORMATS
from incidents.documents.inputs import DocumentInput, DocumentMeta
from incidents.extraction import acceptance
from incidents.extraction.evaluation import (
    Accuracy,
    FactScore,
    Report,
    combine,
    evaluate_document,
)

QUOTE_WIDTH = 90
SEED_GOLD, SEED_DOCS = "tests/gold", "fixtures/documents"
SLUG_RANGE = re.compile(r"^[a-z]-[a-z]$")
# Develop on a-m, measure on n-z: the corpus README's split by incident slug.
CORPUS_HALVES = (("dev a-m", "a-m"), ("dev n-z", "n-z"))


@dataclass(frozen=True)
class GoldDocument:
    path: Path
    gold: dict


class Command(BaseCommand):
    help = "Print precision, recall and F1 of the extraction per fact type against gold files."

    def add_arguments(self, parser):
        parser.add_argument("--gold", default=SEED_GOLD, help="directory of gold .json files")
        parser.add_argument("--docs", default=SEED_DOCS, help="the documents' directory")
        parser.add_argument(
            "--slugs", help="only documents whose name starts with a letter in this range, e.g. a-m"
        )
        parser.add_argument(
            "--compare",
            metavar="CORPUS",
            help="a corpus directory holding gold/ and docs/: print the seeds and its "
            "a-m and n-z halves side by side",
        )

    def handle(self, *args, **options):
        if options["compare"]:
            self._compare(Path(options["compare"]))
            return
        pairs = gold_documents(
            _directory(options["gold"], "gold"),
            _directory(options["docs"], "documents"),
            slugs=_slug_range(options["slugs"]),
            warn=self.stderr.write,
        )
        predicted = extract_json([pair.path for pair in pairs])
        self.stdout.write(f"{len(pairs)} documents")
        for line in acceptance.table_lines(_table(pairs, predicted)):
            self.stdout.write(line)
        self.stdout.write("Quote-aware matching (the seed targets' rule):")
        scores = [
            evaluate_document(p, pair.gold, name=pair.path.name)
            for pair, p in zip(pairs, predicted, strict=True)
        ]
        for line in report_lines(combine(scores)):
            self.stdout.write(line)

    def _compare(self, corpus: Path) -> None:
        sets = {
            "seeds": gold_documents(
                _directory(SEED_GOLD, "gold"), _directory(SEED_DOCS, "documents")
            )
        }
        if (corpus / "gold").is_dir() and (corpus / "docs").is_dir():
            for name, slugs in CORPUS_HALVES:
                sets[name] = gold_documents(corpus / "gold", corpus / "docs", slugs=slugs)
        else:
            self.stderr.write(f"{corpus}: no gold/ and docs/ here; scoring the seeds only")
        predicted = extract_json([pair.path for pairs in sets.values() for pair in pairs])
        columns, start = {}, 0
        for name, pairs in sets.items():
            columns[name] = _table(pairs, predicted[start : start + len(pairs)])
            start += len(pairs)
        for line in acceptance.side_by_side_lines(columns):
            self.stdout.write(line)


def gold_documents(
    gold_dir: Path, docs_dir: Path, *, slugs: str | None = None, warn=None
) -> list[GoldDocument]:
    """Every gold file with its document, in name order; a gold file without one is reported."""
    gold_files = sorted(gold_dir.glob("*.json"))
    if not gold_files:
        raise CommandError(f"{gold_dir}: the directory holds no gold .json files")
    pairs = []
    for gold_file in gold_files:
        stem = gold_file.name.removesuffix(".json")
        if slugs and not slugs[0] <= stem[:1].lower() <= slugs[-1]:
            continue
        document = _document_for(docs_dir, stem)
        if document is None:
            if warn:
                warn(f"{gold_file.name}: no document {stem} in {docs_dir}")
            continue
        pairs.append(GoldDocument(document, json.loads(gold_file.read_text(encoding="utf-8"))))
    if not pairs:
        raise CommandError(f"{docs_dir}: no document has a gold file in {gold_dir}")
    return pairs


def extract_json(paths: list[Path]) -> list[dict]:
    """The `extract --format json` dict of each document, read together as one batch."""
    documents = [_document_input(path) for path in paths]
    extracted = extract_documents(documents, max_bytes=settings.DOCUMENT_MAX_BYTES)
    if rejected := next((e for e in extracted if e.rejection), None):
        raise CommandError(rejected.rejection)
    return [e.extraction.as_json() for e in extracted]


def _document_for(docs_dir: Path, stem: str) -> Path | None:
    # Seed gold names the file with its extension; the corpus's names it without.
    candidates = [docs_dir / stem, *(docs_dir / f"{stem}{suffix}" for suffix in FORMATS)]
    return next((path for path in candidates if path.is_file()), None)


def _table(pairs: list[GoldDocument], predicted: list[dict]) -> acceptance.Table:
    tables = (
        acceptance.score_document(p, pair.gold) for pair, p in zip(pairs, predicted, strict=True)
    )
    return sum(tables, acceptance.Table())


def _slug_range(argument: str | None) -> str | None:
    if argument is not None and not SLUG_RANGE.match(argument):
        raise CommandError(f"--slugs {argument}: give a range of two lower-case letters, e.g. a-m")
    return argument


def _directory(argument: str, what: str) -> Path:
    path = Path(argument)
    path = path if path.is_absolute() else Path(settings.BASE_DIR) / path
    if not path.is_dir():
        raise CommandError(f"{argument}: no such {what} directory")
    return path


def _document_input(path: Path) -> DocumentInput:
    return DocumentInput(
        name=path.name,
        data=path.read_bytes(),
        fmt=FORMATS.get(path.suffix.lower(), "text"),
        meta=DocumentMeta(file_name=path.name),
    )


def report_lines(report: Report) -> list[str]:
    return [
        f"{len(report.documents)} documents",
        f"{'fact type':<40} {'P':>5} {'R':>5} {'F1':>5} {'TP':>4} {'FP':>4} {'FN':>4}",
        _score_line("casualty figures (killed, injured)", report.headline_figures),
        _score_line("casualty figures (all kinds)", report.figures),
        _score_line("statements", report.statements),
        _score_line("suspects", report.suspects),
        _accuracy_line("suspect age", report.suspect_age),
        _accuracy_line("suspect role", report.suspect_role),
        _accuracy_line("incident attributes", report.attributes_correct),
        *_attribute_lines(report),
        *_error_lines(report),
    ]


def _score_line(name: str, score: FactScore) -> str:
    return (
        f"{name:<40} {score.precision:5.2f} {score.recall:5.2f} {score.f1:5.2f} "
        f"{len(score.matched):4d} {len(score.false_positives):4d} {len(score.misses):4d}"
    )


def _accuracy_line(name: str, accuracy: Accuracy) -> str:
    return f"{name:<40} {accuracy.rate:5.2f} ({accuracy.correct}/{accuracy.total} right)"


def _attribute_lines(report: Report) -> list[str]:
    lines = []
    for document in report.documents:
        for check in document.attributes:
            if not check.correct:
                lines.append(
                    f"  {document.name}: {check.attribute} wrong: "
                    f"predicted {check.predicted!r}, gold {check.gold!r}"
                )
    return lines


def _error_lines(report: Report) -> list[str]:
    lines = []
    for document in report.documents:
        for score in (document.figures, document.statements, document.suspects):
            lines += [f"  {document.name}: miss  {_fact(fact)}" for fact in score.misses]
            lines += [f"  {document.name}: false {_fact(fact)}" for fact in score.false_positives]
        for gold, predicted in document.suspects.matched:
            for attribute in ("age", "role"):
                if gold.get(attribute) != predicted.get(attribute):
                    lines.append(
                        f"  {document.name}: suspect {gold['name']} {attribute} "
                        f"{predicted.get(attribute)!r}, gold {gold.get(attribute)!r}"
                    )
    return ["Misses and false positives:", *lines] if lines else []


def _fact(fact: dict) -> str:
    if "speaker" in fact:
        label = f"statement {fact['kind']} by {fact['speaker']}"
    elif "value" in fact:
        upper = f"-{fact['value_max']}" if fact.get("value_max") else ""
        label = f"figure {fact['kind']} {fact['value']}{upper}"
    else:
        label = f"suspect {fact['name']} (age {fact.get('age')}, {fact.get('role')})"
    return f"{label}: {_abbreviated(fact.get('quote', ''))}"


def _abbreviated(quote: str) -> str:
    quote = " ".join(quote.split())
    return repr(quote if len(quote) <= QUOTE_WIDTH else quote[: QUOTE_WIDTH - 1] + "…")
