"""Real workers: two `celery worker` processes on Redis and the test PostgreSQL database."""

import os
import time
from collections import defaultdict

import pytest

from incidents.documents.inputs import DocumentInput, DocumentMeta
from incidents.models import (
    Actor,
    DocumentStatus,
    ImportJob,
    Incident,
    JobOrigin,
    Source,
    content_sha256,
)
from incidents.services.ingestion.jobs import job_create, job_progress
from tests.ingestion import articles
from tests.ingestion.conftest import BROKER_URL, QUEUE
from tests.ingestion.workers import queue_through

pytestmark = pytest.mark.django_db(transaction=True)


def _document(report: articles.Report) -> DocumentInput:
    return DocumentInput(
        report.name, report.text.encode(), meta=DocumentMeta(file_name=report.name)
    )


def _queue(reports: list[articles.Report]) -> ImportJob:
    with queue_through(BROKER_URL, QUEUE):
        return job_create(origin=JobOrigin.FILES, documents=[_document(r) for r in reports])


def _wait_until_finished(job: ImportJob, pool, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not job_progress(job).finished:
        if time.monotonic() > deadline:
            pytest.fail(f"job not finished: {job_progress(job).line()}\n{pool.logs()}")
        time.sleep(0.2)


def test_two_workers_import_every_document_once_with_one_incident_per_event(worker_pool):
    reports = articles.reports(singles=20, pairs=10)

    job = _queue(reports)
    _wait_until_finished(job, worker_pool, timeout=300)

    assert job_progress(job).counts == {
        "queued": 0,
        "running": 0,
        "imported": 40,
        "skipped": 0,
        "failed": 0,
    }
    assert Source.objects.count() == 40
    incidents_of_event = defaultdict(set)
    for name, incident_id in job.documents.values_list("name", "incident_id"):
        report = next(r for r in reports if r.name == name)
        incidents_of_event[report.incident.number].add(incident_id)
    assert all(len(found) == 1 for found in incidents_of_event.values())
    assert Incident.objects.count() == len(incidents_of_event) == 30
    # One actor per group name, though both reports of an event created it at the same time.
    assert Actor.objects.filter(name__contains="Liberation Brigade").count() == 30
    workers = {w.split(" ")[0] for w in job.documents.values_list("worker", flat=True)}
    assert len(workers) == 2
    job.refresh_from_db()
    assert job.finished_at is not None


def _long_report() -> articles.Report:
    """A report long enough that a worker is still extracting it a few seconds after taking it."""
    event = articles.incident(40)
    report = articles.first_report(event)
    paragraphs = [
        f"Resident {n} of the {event.city} district told reporters that shop {n} on the "
        f"avenue near the {event.venue} stayed shut for {n % 9 + 2} days after the attack."
        for n in range(150)
    ]
    return articles.Report(report.name, report.text + "\n\n".join(paragraphs), event)


def _running_pid(job: ImportJob, position: int, timeout: float) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        document = job.documents.get(position=position)
        if document.status == DocumentStatus.RUNNING:
            return int(document.worker.rsplit(" ", 1)[1])
        time.sleep(0.05)
    pytest.fail("no worker took the document")


def test_a_worker_killed_mid_document_leaves_it_saved_exactly_once(worker_pool):
    long_report = _long_report()
    others = [articles.first_report(articles.incident(n)) for n in range(41, 45)]
    job = _queue([long_report, *others])

    pid = _running_pid(job, position=0, timeout=120)
    assert pid in worker_pool.pids
    worker_pool.kill(pid)

    killed = job.documents.get(position=0)
    assert killed.status == DocumentStatus.RUNNING, "the worker finished before it was killed"
    _wait_until_finished(job, worker_pool, timeout=180)
    killed.refresh_from_db()
    assert (killed.status, killed.attempts) == (DocumentStatus.IMPORTED, 2)
    assert str(pid) not in killed.worker
    assert Source.objects.filter(sha256=content_sha256(long_report.text.encode())).count() == 1
    assert job_progress(job).counts["imported"] == 5
    assert os.path.exists(f"/proc/{pid}") is False
