"""Extraction speed: the whole pipeline against spaCy's bare nlp.pipe over the same texts.

    .venv/bin/python bench/extraction.py [--documents 100]

Both runs see the seed documents repeated to at least --documents documents. The bare
pass runs spaCy on the cleaned texts (what the pipeline feeds it); the full pass goes
through the front door every import uses (extract_documents), so the ratio is the cost of
decoding, cleaning and every rule-based extractor on top of the parse. The two passes
alternate --repeat times and each keeps its best time, so that load from other processes
on a shared machine weighs on both alike.
"""

import argparse
import sys
import time
from itertools import cycle, islice
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from incidents.documents.extracting import extract_documents  # noqa: E402
from incidents.documents.inputs import DocumentInput  # noqa: E402
from incidents.extraction.nlp import english  # noqa: E402
from incidents.extraction.text.cleaning import clean  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    seeds = [p.read_text() for p in sorted((ROOT / "fixtures" / "documents").glob("*.txt"))]
    texts = list(islice(cycle(seeds), max(args.documents, len(seeds))))
    nlp = english()
    nlp("warm up")

    cleaned = [clean(text).text for text in texts]
    documents = [DocumentInput(name=str(n), data=text.encode()) for n, text in enumerate(texts)]
    largest = max(len(document.data) for document in documents)
    bare, full = [], []
    for _ in range(args.repeat):
        started = time.perf_counter()
        tokens = sum(len(doc) for doc in nlp.pipe(cleaned))
        bare.append(time.perf_counter() - started)
        started = time.perf_counter()
        extracted = extract_documents(documents, max_bytes=largest)
        full.append(time.perf_counter() - started)
    bare, full = min(bare), min(full)

    print(f"documents: {len(extracted)}, tokens: {tokens:,}")
    print(_rate("spaCy nlp.pipe", bare, len(texts), tokens))
    print(_rate("full pipeline", full, len(texts), tokens))
    print(f"pipeline / bare: {full / bare:.2f}x (target <= 1.5x)")


def _rate(label: str, seconds: float, documents: int, tokens: int) -> str:
    return (
        f"{label + ':':16} {seconds:6.2f} s  {documents / seconds:7.1f} docs/s"
        f"  {tokens / seconds:9,.0f} tokens/s"
    )


if __name__ == "__main__":
    main()
