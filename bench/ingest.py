"""Benchmark: documents per second through the import queue with 1 and 2 workers, and in-process.

    python bench/ingest.py [--documents 200] [--database postgres://postgres@127.0.0.1:5432/incidents_bench]
                           [--broker redis://127.0.0.1:6379/5]

The same documents each time, on an emptied database: the five seed documents, variants
of them (a line added, so that each is new content), and invented reports of invented
attacks (tests/ingestion/articles.py), half of them about events another report also
covers. In-process is `documents_import` in this process (spaCy batches of 16), the floor.
Through the queue, `celery worker` processes (solo pool, spaCy loaded at start, as in
production) take one document per task; the time runs from queuing to the job's end.
Prints one Markdown table row per measurement: wall time, and the CPU time of the importing
processes (this one in-process, the workers' through the queue), which other jobs on the
machine disturb less. PostgreSQL's own CPU time is in neither.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

DEFAULT_DATABASE = "postgres://postgres@127.0.0.1:5432/incidents_bench"  # flushed on every run
DEFAULT_BROKER = "redis://127.0.0.1:6379/5"
QUEUE = "incidents-bench"  # apart from the tests' and a deployment's queues


def main() -> None:
    options = _arguments()
    os.environ["DATABASE_URL"] = options.database
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    documents = bench_documents(options.documents)
    rows = [Row("in-process (floor)", *_timed_in_process(documents))]
    print(_row_line(rows[0], rows[0], len(documents)), file=sys.stderr, flush=True)
    for workers in (1, 2):
        label = f"queue, {workers} worker{'s' if workers > 1 else ''}"
        rows.append(Row(label, *_timed_queue(documents, workers, options)))
        print(_row_line(rows[-1], rows[0], len(documents)), file=sys.stderr, flush=True)
    _print_table(rows, len(documents))


@dataclass(frozen=True)
class Row:
    label: str
    seconds: float
    cpu_seconds: float  # of the importing processes (not PostgreSQL's)
    peak_memory: str = "–"


def bench_documents(count: int) -> list:
    from incidents.documents.inputs import DocumentInput, DocumentMeta
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


def _timed_in_process(documents: list) -> tuple[float, float]:
    from incidents.extraction.nlp import english
    from incidents.services.documents.ingest import documents_import

    _empty_database()
    english()  # loaded before the clock starts, as the workers load it at start
    started, cpu = time.perf_counter(), time.process_time()
    outcomes = list(documents_import(documents))
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    _check_all_imported([o.status for o in outcomes].count("imported"), len(documents))
    return elapsed, cpu


def _timed_queue(documents: list, workers: int, options) -> tuple[float, float, str]:
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
        database_url=database_url(connection.settings_dict), broker_url=options.broker, queue=QUEUE
    )
    with tempfile.TemporaryDirectory() as logs:
        pool = WorkerPool(size=workers, environment=environment, log_dir=Path(logs))
        pool.start()
        try:
            started, cpu = time.perf_counter(), pool.cpu_seconds()
            with queue_through(options.broker, QUEUE):
                job = job_create(origin=JobOrigin.FILES, documents=documents)
            while not (progress := job_progress(job)).finished:
                time.sleep(0.1)
            elapsed, cpu = time.perf_counter() - started, pool.cpu_seconds() - cpu
            memory = f"{pool.peak_memory_mb():.0f} MB"
        finally:
            pool.stop()
    _check_all_imported(progress.counts["imported"], len(documents))
    return elapsed, cpu, memory


def _empty_database() -> None:
    from django.core.management import call_command

    call_command("flush", interactive=False, verbosity=0)


def _check_all_imported(imported: int, total: int) -> None:
    if imported != total:
        raise SystemExit(f"only {imported} of {total} documents were imported: no figure")


def _print_table(rows: list[Row], count: int) -> None:
    print("| import | time | documents/s | vs 1 worker | CPU s/document | vs in-process | RSS |")
    print("|---|---|---|---|---|---|---|")
    for row in rows:
        print(_row_line(row, rows[0], count, one_worker=rows[1]))


def _row_line(row: Row, floor: Row, count: int, one_worker: Row | None = None) -> str:
    speedup = f"{one_worker.seconds / row.seconds:.2f}x" if one_worker else "–"
    return (
        f"| {row.label} | {row.seconds:.1f} s | {count / row.seconds:.2f} | {speedup} "
        f"| {row.cpu_seconds / count:.3f} | {row.cpu_seconds / floor.cpu_seconds:.2f}x "
        f"| {row.peak_memory} |"
    )


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=200)
    parser.add_argument("--database", default=DEFAULT_DATABASE)
    parser.add_argument("--broker", default=DEFAULT_BROKER)
    return parser.parse_args()


if __name__ == "__main__":
    main()
