"""Celery tasks: thin entry points that call the ingestion services.

The services are imported inside each task: this module is loaded by every process that
queues something (the admin, commands), and the ingest service loads spaCy.
"""

from __future__ import annotations

import os

from celery import shared_task
from django.utils import timezone

MAX_RETRIES = 5


def retry_delay(retries: int) -> int:
    """Seconds before the next try: 2, 4, 8, 16, 32."""
    return 2 ** (retries + 1)


@shared_task(bind=True, acks_late=True, max_retries=MAX_RETRIES)
def document_import(self, document_id: int) -> None:
    """Import one queued document; retried with backoff while the database or page is away."""
    from incidents.services.ingestion.job_documents import TRANSIENT_ERRORS, job_document_import
    from incidents.services.ingestion.jobs import job_document_give_up

    try:
        job_document_import(document_id=document_id, worker=_worker_name(self))
    except TRANSIENT_ERRORS as error:
        if self.request.retries >= MAX_RETRIES:
            reason = f"gave up after {MAX_RETRIES + 1} tries: {type(error).__name__}: {error}"
            job_document_give_up(document_id=document_id, reason=reason)
            return
        raise self.retry(exc=error, countdown=retry_delay(self.request.retries)) from None
    except Exception as error:
        # A bug: record it on the document, so that its job still ends, then let Celery log it.
        reason = f"failed on an unexpected error: {type(error).__name__}: {error}"
        job_document_give_up(document_id=document_id, reason=reason)
        raise


@shared_task(acks_late=True)
def feed_poll(feed_id: int) -> str:
    from incidents.models import Feed
    from incidents.services.ingestion.feeds import feed_poll as poll
    from incidents.services.ingestion.fetching import PageRefused, PageUnavailable

    feed = Feed.objects.get(pk=feed_id)
    try:
        return f"{poll(feed=feed).new} new entries"
    except (PageRefused, PageUnavailable) as error:
        Feed.objects.filter(pk=feed_id).update(
            last_polled_at=timezone.now(), last_result=str(error)[:500]
        )
        return str(error)


@shared_task
def feeds_poll_due() -> int:
    """Queue a poll of every feed whose interval has passed (run by beat every minute)."""
    from incidents.services.ingestion.feeds import feeds_due

    due = feeds_due(timezone.now())
    for feed in due:
        feed_poll.delay(feed.pk)
    return len(due)


def _worker_name(task) -> str:
    return f"{task.request.hostname or 'in-process'} pid {os.getpid()}"
