"""Create import jobs, queue their documents, and read their progress.

A job's documents are rows; the broker carries only their ids, once the rows are
committed. Without a broker (no CELERY_BROKER_URL) the tasks run in this process as
they are queued, so a job is finished when `job_create` returns.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, partial
from itertools import count, islice

from celery import current_app
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from incidents.documents.inputs import DocumentInput, DocumentMeta
from incidents.models import DocumentStatus, ImportJob, Incident, JobDocument, JobOrigin

ROWS_PER_INSERT = 50  # documents are up to DOCUMENT_MAX_BYTES each: bounded memory


@dataclass(frozen=True)
class JobProgress:
    total: int
    counts: dict[str, int]

    @property
    def done(self) -> int:
        return sum(self.counts[s] for s in ("imported", "skipped", "failed"))

    @property
    def finished(self) -> bool:
        return self.done == self.total

    def line(self) -> str:
        c = self.counts
        return (
            f"{self.done} of {self.total} done: {c['imported']} imported, "
            f"{c['skipped']} skipped, {c['failed']} failed"
        )


def job_create(
    *,
    origin: JobOrigin,
    documents: Iterable[DocumentInput] = (),
    pages: Iterable[DocumentMeta] = (),
    description: str = "",
    incident: Incident | None = None,
    created_by=None,
    max_bytes: int | None = None,
) -> ImportJob:
    """A job for these documents (bytes) and pages (meta.url is fetched by the worker), queued.

    The documents are queued when the transaction commits, never before: a worker must
    find the rows it is sent.
    """
    with transaction.atomic():
        job = ImportJob.objects.create(
            origin=origin,
            description=description[:500],
            incident=incident,
            created_by=created_by,
            max_bytes=max_bytes or settings.DOCUMENT_MAX_BYTES,
        )
        positions = count()
        rows = (_document_row(job, next(positions), d) for d in documents)
        _insert(rows)
        _insert(_page_row(job, next(positions), meta) for meta in pages)
        transaction.on_commit(partial(_queue, job.pk))
    return job


def queue_runs_in_process() -> bool:
    """True without a broker: a queued task runs at once, in the process that queued it."""
    return bool(current_app.conf.task_always_eager)


def job_progress(job: ImportJob) -> JobProgress:
    counts = job.counts()
    return JobProgress(total=sum(counts.values()), counts=counts)


def job_document_give_up(*, document_id: int, reason: str) -> None:
    """Record a document whose retries ran out (the database or the page stayed away)."""
    JobDocument.objects.filter(pk=document_id).exclude(status__in=_FINAL).update(
        status=DocumentStatus.FAILED, message=reason, finished_at=timezone.now(), data=b""
    )
    job_finish_if_done(document_id=document_id)


def job_finish_if_done(*, document_id: int) -> None:
    """Stamp the document's job finished once none of its documents is left to do."""
    job_id = JobDocument.objects.filter(pk=document_id).values_list("job_id", flat=True).first()
    unfinished = JobDocument.objects.filter(job_id=job_id).exclude(status__in=_FINAL)
    if job_id is not None and not unfinished.exists():
        ImportJob.objects.filter(pk=job_id, finished_at__isnull=True).update(
            finished_at=timezone.now()
        )


_FINAL = (DocumentStatus.IMPORTED, DocumentStatus.SKIPPED, DocumentStatus.FAILED)


def meta_as_json(meta: DocumentMeta) -> dict:
    published = meta.published.isoformat() if meta.published else None
    return {**meta.__dict__, "published": published}


def meta_from_json(data: dict) -> DocumentMeta:
    published = dt.date.fromisoformat(data["published"]) if data.get("published") else None
    return DocumentMeta(**{**data, "published": published})


def _document_row(job: ImportJob, position: int, document: DocumentInput) -> JobDocument:
    return JobDocument(
        job=job,
        position=position,
        name=document.name[:2000],
        data=document.data,
        fmt=document.fmt,
        meta=meta_as_json(document.meta),
    )


def _page_row(job: ImportJob, position: int, meta: DocumentMeta) -> JobDocument:
    return JobDocument(
        job=job, position=position, name=meta.url, url=meta.url, meta=meta_as_json(meta)
    )


def _insert(rows: Iterable[JobDocument]) -> None:
    pending = iter(rows)
    while batch := list(islice(pending, ROWS_PER_INSERT)):
        JobDocument.objects.bulk_create(batch)


def task_queue(name: str, *args) -> None:
    """Queue the task `name` of incidents/tasks.py (run it here when there is no broker).

    Found by name: the tasks are entry points above the services, which do not import
    them. The queue is read now, not when Celery first routed a task.
    """
    task = registered_tasks()[f"incidents.tasks.{name}"]
    task.apply_async(args, queue=current_app.conf.task_default_queue)


@cache
def registered_tasks():
    """Celery's task registry with incidents/tasks.py in it, in any process.

    `autodiscover_tasks()` is lazy: a worker imports the tasks as it starts, but a command
    or a web request registers them only once Celery imports its default modules.
    """
    current_app.loader.import_default_modules()
    return current_app.tasks


def _queue(job_id: int) -> None:
    ids = JobDocument.objects.filter(job_id=job_id).order_by("position").values_list("pk")
    for (document_id,) in ids:
        task_queue("document_import", document_id)
    if not ids:
        ImportJob.objects.filter(pk=job_id).update(finished_at=timezone.now())
