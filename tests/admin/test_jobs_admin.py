"""Import jobs in the admin: queued uploads, and a job page that follows its documents."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from incidents.models import DocumentStatus, Feed, ImportJob, JobDocument, JobOrigin
from tests.ingestion.workers import queue_through

pytestmark = pytest.mark.django_db

IMPORT = reverse("admin:incidents_source_import_documents")
# An in-memory broker: tasks are sent, and no worker takes them, so the job stays queued.
NO_WORKER = "memory://localhost/"


def _job(documents: list[tuple[str, str]]) -> ImportJob:
    job = ImportJob.objects.create(origin=JobOrigin.FILES, max_bytes=1000)
    for position, (name, status) in enumerate(documents):
        JobDocument.objects.create(job=job, position=position, name=name, status=status)
    return job


def test_with_a_broker_an_upload_queues_a_job_and_shows_its_page(curator_client):
    upload = SimpleUploadedFile("report.txt", b"Gunmen attacked a market on Friday.")

    with queue_through(NO_WORKER, "incidents"):
        response = curator_client.post(IMPORT, {"files": [upload]})

    job = ImportJob.objects.get()
    assert response.url == reverse("admin:incidents_importjob_change", args=[job.pk])
    assert (job.origin, job.created_by.username) == (JobOrigin.UPLOAD, "curator")
    assert list(job.documents.values_list("name", "status")) == [("report.txt", "queued")]
    page = curator_client.get(response.url)
    assert page.status_code == 200
    assert b"0 of 1 done" in page.content


def test_a_running_job_page_refreshes_itself_and_a_finished_one_does_not(admin_client):
    job = _job([("a.txt", DocumentStatus.IMPORTED), ("b.txt", DocumentStatus.RUNNING)])
    page = reverse("admin:incidents_importjob_change", args=[job.pk])

    running = admin_client.get(page).content.decode()
    assert '<meta http-equiv="refresh" content="3">' in running
    assert '<progress max="2" value="1">' in running
    assert "1 of 2 done: 1 imported, 0 skipped, 0 failed" in running

    job.documents.filter(name="b.txt").update(status=DocumentStatus.FAILED, message="b.txt: bad")
    finished = admin_client.get(page).content.decode()
    assert "http-equiv" not in finished
    assert "2 of 2 done: 1 imported, 0 skipped, 1 failed" in finished
    assert "b.txt: bad" in finished


def test_feeds_are_registered_in_the_admin(curator_client):
    response = curator_client.post(
        reverse("admin:incidents_feed_add"),
        {
            "url": "https://news.example.org/world.rss",
            "active": "on",
            "poll_every_minutes": "15",
            "entries-TOTAL_FORMS": "0",
            "entries-INITIAL_FORMS": "0",
        },
    )

    assert response.status_code == 302
    assert Feed.objects.get().poll_every_minutes == 15
