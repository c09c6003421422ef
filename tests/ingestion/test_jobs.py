"""Import jobs without a broker: the tasks run in the calling process, as imports always did."""

import datetime as dt

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone

from incidents.documents.inputs import DocumentInput
from incidents.models import DocumentStatus, Feed, ImportJob, JobOrigin, Source
from incidents.services.ingestion.jobs import job_create, job_progress
from incidents.tasks import feeds_poll_due
from tests.ingestion import articles

pytestmark = pytest.mark.django_db(transaction=True)


def test_import_documents_queue_prints_the_job_and_its_outcome(tmp_path, capsys):
    for report in articles.reports(singles=3, pairs=0):
        (tmp_path / report.name).write_text(report.text)

    call_command("import_documents", str(tmp_path), "--queue", "--wait")

    job = ImportJob.objects.get()
    out = capsys.readouterr().out
    assert f"Job {job.pk}: 3 documents queued." in out
    assert f"Job {job.pk}: 3 of 3 done: 3 imported, 0 skipped, 0 failed." in out
    assert Source.objects.count() == 3
    assert job.finished_at is not None

    call_command("import_documents", str(tmp_path), "--queue")
    assert "3 of 3 done: 0 imported, 3 skipped, 0 failed." in capsys.readouterr().out


def test_a_document_that_fails_for_its_own_reasons_fails_once_with_its_reason(capsys):
    png = DocumentInput("photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    big = DocumentInput("huge.txt", b"a" * 2048)

    job = job_create(origin=JobOrigin.FILES, documents=[png, big], max_bytes=1024)

    assert job_progress(job).counts["failed"] == 2
    photo, huge = job.documents.order_by("position")
    assert (photo.status, photo.attempts) == (DocumentStatus.FAILED, 1)
    assert photo.message == "photo.txt is a PNG image, not a text document"
    assert (huge.status, huge.attempts) == (DocumentStatus.FAILED, 1)
    assert huge.message == "huge.txt is larger than the 1,024 bytes limit"
    assert Source.objects.count() == 0


def test_queue_refuses_a_dry_run():
    with pytest.raises(CommandError, match="--dry-run writes nothing"):
        call_command("import_documents", "fixtures/documents", "--queue", "--dry-run")


def test_the_schedule_polls_only_the_feeds_that_are_due(site):
    site.add(
        "/feed.xml",
        b'<rss version="2.0"><channel><title>Quiet</title></channel></rss>',
        content_type="application/rss+xml",
    )
    now = timezone.now()
    due = Feed.objects.create(
        url=site.url("/feed.xml"),
        poll_every_minutes=30,
        last_polled_at=now - dt.timedelta(minutes=31),
    )
    Feed.objects.create(url=site.url("/recent.xml"), last_polled_at=now - dt.timedelta(minutes=5))
    Feed.objects.create(url=site.url("/off.xml"), active=False)

    assert feeds_poll_due() == 1

    due.refresh_from_db()
    assert due.last_polled_at > now
    assert due.last_result == "0 new entries of 0"
