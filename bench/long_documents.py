"""Long documents: seconds and peak memory to import one document, 50 KB to the 4.9 MB limit.

    .venv/bin/python bench/long_documents.py [--sizes 50000 100000 ...]

Each document is generated prose of our own (every sentence different, so the cleaner
keeps it all), once with sentence and paragraph breaks and once as one run-on line with
none. Each import runs `documents_import` in a fresh process against a throwaway SQLite
database, so the peak RSS printed is that import's alone; the seconds exclude loading
Django and spaCy (printed once, as the baseline RSS). Prints one Markdown table row each.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = (50_000, 100_000, 200_000, 500_000, 1_000_000, 2_000_000, 4_900_000)
_SENTENCES = (
    "Gunmen opened fire on a bus station in district {i} on Tuesday, killing {a} people "
    "and wounding {b} others",
    "The governor of province {i} said on 4 May that at least {b} of the wounded were still "
    "in hospital",
    "Police arrested {c} suspects after raid number {i}, according to the interior ministry",
    "A spokesman for the armed group claimed attack {i} in a statement posted online",
    "Witnesses near checkpoint {i} described hearing {c} explosions before the shooting began",
)


def prose(size: int, *, breaks: bool) -> str:
    """`size` characters of prose; without breaks, one line of clauses joined by "and"."""
    parts, length, i = [], 0, 0
    while length < size:
        template = _SENTENCES[i % len(_SENTENCES)]
        part = template.format(i=i, a=i % 90 + 3, b=i % 40 + 5, c=i % 7 + 2)
        part += (".\n\n" if i % 5 == 4 else ". ") if breaks else ", and "
        parts.append(part)
        length += len(part)
        i += 1
    return "".join(parts)[:size]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=SIZES)
    parser.add_argument("--one", nargs=2, metavar=("SIZE", "BREAKS"), help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.one:
        _import_one(int(options.one[0]), breaks=options.one[1] == "yes")
        return
    with tempfile.TemporaryDirectory() as folder:
        environment = {**os.environ, "DATABASE_URL": f"sqlite:///{folder}/bench.sqlite3"}
        subprocess.run(
            [sys.executable, "manage.py", "migrate", "-v0"], cwd=ROOT, env=environment, check=True
        )
        print("| size | sentence breaks | seconds | peak RSS (MB) | baseline RSS (MB) |")
        print("|---:|---|---:|---:|---:|")
        for size in options.sizes:
            for breaks in ("yes", "no"):
                result = _run_one(size, breaks, environment)
                print(
                    f"| {size / 1e6:.2f} MB | {breaks} | {result['seconds']:.1f} "
                    f"| {result['peak_mb']:.0f} | {result['baseline_mb']:.0f} |",
                    flush=True,
                )


def _run_one(size: int, breaks: str, environment: dict) -> dict:
    command = [sys.executable, __file__, "--one", str(size), breaks]
    done = subprocess.run(command, cwd=ROOT, env=environment, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    return json.loads(done.stdout.splitlines()[-1])


def _import_one(size: int, *, breaks: bool) -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    from incidents.documents.inputs import DocumentInput, DocumentMeta
    from incidents.extraction.nlp import english
    from incidents.services.documents.ingest import documents_import

    english()("warm up")
    baseline = _peak_mb()
    data = prose(size, breaks=breaks).encode()
    document = DocumentInput(name=f"{size}-{breaks}.txt", data=data, meta=DocumentMeta())
    started = time.perf_counter()
    (outcome,) = documents_import([document])
    seconds = time.perf_counter() - started
    if outcome.status != "imported":
        raise SystemExit(outcome.message)
    print(json.dumps({"seconds": seconds, "peak_mb": _peak_mb(), "baseline_mb": baseline}))


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    main()
