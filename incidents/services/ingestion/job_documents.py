"""One queued document, as a worker imports it: fetch if it is a URL, then the ingest service.

Safe to run twice for the same document, at once or one after the other (a worker killed
after saving but before acknowledging, a message delivered again): the document's row is
locked for the whole import and its outcome is saved in the same transaction as the
source, so the second run finds the document done and does nothing.
"""

from __future__ import annotations

import datetime as dt

from django.db import InterfaceError, OperationalError, transaction
from django.db.models import F
from django.utils import timezone

from incidents.documents.inputs import DocumentInput
from incidents.models import DocumentStatus, JobDocument, Source, content_sha256
from incidents.services.documents.ingest import ImportOutcome, documents_import
from incidents.services.ingestion.fetching import PageRefused, PageUnavailable, page_fetch
from incidents.services.ingestion.jobs import job_finish_if_done, meta_from_json
from incidents.services.ingestion.locks import lock_for

# Worth another try later: the database or the page's server was away for a moment.
TRANSIENT_ERRORS = (OperationalError, InterfaceError, PageUnavailable)


def job_document_import(*, document_id: int, worker: str) -> None:
    """Import the queued document; raises only TRANSIENT_ERRORS (and bugs)."""
    document = _claim(document_id, worker)
    if document is None:
        return
    try:
        document_input, fetched_at = _document_input(document)
    except PageRefused as refused:
        _record_refusal(document_id, str(refused))
    else:
        _import(document_id, document_input, fetched_at)
    job_finish_if_done(document_id=document_id)


def _claim(document_id: int, worker: str) -> JobDocument | None:
    """Mark the document running (committed at once, for progress pages); None if done."""
    claimed = JobDocument.objects.filter(
        pk=document_id, status__in=(DocumentStatus.QUEUED, DocumentStatus.RUNNING)
    ).update(
        status=DocumentStatus.RUNNING,
        attempts=F("attempts") + 1,
        worker=worker[:200],
        started_at=timezone.now(),
    )
    return JobDocument.objects.filter(pk=document_id).first() if claimed else None


def _document_input(document: JobDocument) -> tuple[DocumentInput, dt.datetime | None]:
    meta = meta_from_json(document.meta)
    if not document.url:
        return DocumentInput(document.name, bytes(document.data), document.fmt, meta), None
    page = page_fetch(document.url)
    return DocumentInput(document.name, page.data, page.fmt, meta), page.fetched_at


def _import(document_id: int, document: DocumentInput, fetched_at: dt.datetime | None) -> None:
    with transaction.atomic():
        # The document's row only: with its job's row too, a job's workers would queue up.
        row = (
            JobDocument.objects.select_for_update(of=("self",))
            .select_related("job")
            .get(pk=document_id)
        )
        if row.is_final:
            return
        # Two workers with the same content: the second waits and finds it already imported.
        lock_for("source", content_sha256(document.data))
        job = row.job
        imported = documents_import([document], incident=job.incident, max_bytes=job.max_bytes)
        outcome = next(imported)
        if isinstance(outcome.error, TRANSIENT_ERRORS):
            raise outcome.error
        _record(row, outcome, fetched_at)


def _record(row: JobDocument, outcome: ImportOutcome, fetched_at: dt.datetime | None) -> None:
    row.status = outcome.status
    row.message = "\n".join([outcome.message, *outcome.warnings])
    row.facts = dict(outcome.facts)
    row.source = outcome.source
    row.incident = outcome.incident
    row.finished_at = timezone.now()
    row.data = b""
    row.save()
    if fetched_at is not None and outcome.status == DocumentStatus.IMPORTED:
        Source.objects.filter(pk=outcome.source.pk).update(fetched_at=fetched_at)


def _record_refusal(document_id: int, reason: str) -> None:
    JobDocument.objects.filter(pk=document_id).exclude(
        status__in=(DocumentStatus.IMPORTED, DocumentStatus.SKIPPED)
    ).update(status=DocumentStatus.FAILED, message=reason, finished_at=timezone.now())
