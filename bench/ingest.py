"""Benchmark: documents per second through the import queue with 1 and 2 workers, and in-process.

    python bench/ingest.py [--documents 200] [--database postgres://postgres@127.0.0.1:5432/h_celery]
                           [--broker redis://127.0.0.1:6379/5]

The same documents each time, on an emptied database: the five seed documents, variants
of them (a line added, so that each is new content), and invented reports of invented
attacks (tests/ingestion/articles.py), half of them about events another report also
covers. In-process is `documents_import` in this process (spaCy batches of 16), the floor.
Through the queue, `celery worker` processes (solo pool, spaCy loaded at start, as in
production) take one document per task; the time runs from queuing to the job's end.
Prints one Markdown table row per measurement.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

DEFAULT_DATABASE = "postgres://postgres@127.0.0.1:5432/h_celery"
DEFAULT_BROKER = "redis://127.0.0.1:6379/5"


def main() -> None:
    options = _arguments()
    os.environ["DATABASE_URL"] = options.database
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    documents = bench_documents(options.documents)
    floor = _timed_in_process(documents)
    rows = [("in-process (floor)", floor)]
    for workers in (1, 2):
        rows.append((f"queue, {workers} worker(s)", _timed_queue(documents, workers, options)))
    _print_table(rows, len(documents), floor)


def bench_documents(count: int) -> list:
    from incidents.extraction.results import DocumentInput, DocumentMeta
    from tests.ingestion import articles

    seeds = sorted((ROOT / "fixtures" / "documents").glob("*.txt"))
    invented = articles.reports(singles=count // 4, pairs=count // 8)  # half the documents
    seed_texts = [path.read_bytes() for path in seeds]
    variants = [
        seed_texts[n % len(seeds)] + f"\n\nFiled by desk {n}.\n".encode()
        for n in range(count - len(invented) - len(seeds))
    ]
    found = [
        DocumentInput(path.name, data, meta=DocumentMeta(file_name=path.name))
        for path, data in zip(seeds, seed_texts, strict=True)
    ]
    found += [DocumentInput(f"variant-{n}.txt", data) for n, data in enumerate(variants)]
    found += [DocumentInput(r.name, r.text.encode()) for r in invented]
    return found


def _timed_in_process(documents: list) -> float:
    from incidents.extraction.nlp import english
    from incidents.services.documents.ingest import documents_import

    _empty_database()
    english()  # loaded before the clock starts, as the workers load it at start
    started = time.perf_counter()
    outcomes = list(documents_import(documents))
    elapsed = time.perf_counter() - started
    _check_all_imported([o.status for o in outcomes].count("imported"), len(documents))
    return elapsed


def _timed_queue(documents: list, workers: int, options) -> float:
    from django.db import connection

    from incidents.models import JobOrigin
    from incidents.services.ingestion.jobs import job_create, job_progress
    from tests.ingestion.workers import (
        WorkerPool,
        database_url,
        queue_through,
        worker_environment,
    )

    _empty_database()
    environment = worker_environment(
        database_url=database_url(connection.settings_dict), broker_url=options.broker
    )
    with tempfile.TemporaryDirectory() as logs:
        pool = WorkerPool(size=workers, environment=environment, log_dir=Path(logs))
        pool.start()
        try:
            started = time.perf_counter()
            with queue_through(options.broker):
                job = job_create(origin=JobOrigin.FILES, documents=documents)
            while not (progress := job_progress(job)).finished:
                time.sleep(0.1)
            elapsed = time.perf_counter() - started
        finally:
            pool.stop()
    _check_all_imported(progress.counts["imported"], len(documents))
    return elapsed


def _empty_database() -> None:
    from django.core.management import call_command

    call_command("flush", interactive=False, verbosity=0)


def _check_all_imported(imported: int, total: int) -> None:
    if imported != total:
        raise SystemExit(f"only {imported} of {total} documents were imported: no figure")


def _print_table(rows: list[tuple[str, float]], count: int, floor: float) -> None:
    print("| import | documents | time | documents/s | vs in-process | vs 1 worker |")
    print("|---|---|---|---|---|---|")
    one_worker = rows[1][1]
    for label, elapsed in rows:
        print(
            f"| {label} | {count} | {elapsed:.1f} s | {count / elapsed:.2f} "
            f"| {floor / elapsed:.2f}x | {one_worker / elapsed:.2f}x |"
        )


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=200)
    parser.add_argument("--database", default=DEFAULT_DATABASE)
    parser.add_argument("--broker", default=DEFAULT_BROKER)
    return parser.parse_args()


if __name__ == "__main__":
    main()
