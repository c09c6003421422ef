"""Score the extraction pipeline against the hand-written gold annotations.

The matching rule is `incidents.extraction.evaluation`'s (and tests/gold/README.md's).
Writes nothing to the database.
"""

import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from incidents.documents.files import FORMATS
from incidents.extraction.evaluation import (
    Accuracy,
    FactScore,
    Report,
    combine,
    evaluate_document,
)
from incidents.extraction.pipeline import extract_many
from incidents.extraction.results import DocumentMeta
from incidents.extraction.text.decoding import DocumentRejected, decode_document

QUOTE_WIDTH = 90


class Command(BaseCommand):
    help = "Print precision, recall and F1 of the extraction per fact type against gold files."

    def add_arguments(self, parser):
        parser.add_argument("--gold", default="tests/gold", help="directory of <document>.json")
        parser.add_argument("--docs", default="fixtures/documents", help="the documents' directory")

    def handle(self, *args, **options):
        gold_dir = _directory(options["gold"], "gold")
        docs_dir = _directory(options["docs"], "documents")
        pairs = self._gold_pairs(gold_dir, docs_dir)
        texts = [_document_input(document) for document, _ in pairs]
        scores = [
            evaluate_document(extraction.as_json(), gold, name=document.name)
            for (document, gold), extraction in zip(pairs, extract_many(texts), strict=True)
        ]
        for line in report_lines(combine(scores)):
            self.stdout.write(line)

    def _gold_pairs(self, gold_dir: Path, docs_dir: Path) -> list[tuple[Path, dict]]:
        gold_files = sorted(gold_dir.glob("*.json"))
        if not gold_files:
            raise CommandError(f"{gold_dir}: the directory holds no gold .json files")
        pairs = []
        for gold_file in gold_files:
            document = docs_dir / gold_file.name.removesuffix(".json")
            if document.is_file():
                pairs.append((document, json.loads(gold_file.read_text(encoding="utf-8"))))
            else:
                self.stderr.write(f"{gold_file.name}: no document {document.name} in {docs_dir}")
        if not pairs:
            raise CommandError(f"{docs_dir}: no document has a gold file in {gold_dir}")
        return pairs


def _directory(argument: str, what: str) -> Path:
    path = Path(argument)
    path = path if path.is_absolute() else Path(settings.BASE_DIR) / path
    if not path.is_dir():
        raise CommandError(f"{argument}: no such {what} directory")
    return path


def _document_input(path: Path) -> tuple[str, DocumentMeta, str]:
    try:
        text = decode_document(path.read_bytes(), max_bytes=settings.DOCUMENT_MAX_BYTES).text
    except DocumentRejected as rejected:
        raise CommandError(f"{path.name} {rejected}") from None
    fmt = FORMATS.get(path.suffix.lower(), "text")
    return text, DocumentMeta(file_name=path.name), fmt


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
