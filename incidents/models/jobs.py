"""Import jobs: documents queued for the workers, and what became of each.

Job state lives in the database, not in the broker: any worker, the admin and the
command that queued the job read the same rows, and a lost broker message loses no
outcome. A job's counts are read from its documents' rows, so they never drift.
"""

from django.conf import settings
from django.db import models


class JobOrigin(models.TextChoices):
    FILES = "files", "files"
    UPLOAD = "upload", "admin upload"
    URLS = "urls", "URLs"
    FEED = "feed", "news feed"


class DocumentStatus(models.TextChoices):
    QUEUED = "queued", "queued"
    RUNNING = "running", "running"
    IMPORTED = "imported", "imported"
    SKIPPED = "skipped", "skipped"
    FAILED = "failed", "failed"


FINAL_STATUSES = (DocumentStatus.IMPORTED, DocumentStatus.SKIPPED, DocumentStatus.FAILED)


class ImportJob(models.Model):
    """One request to import documents: a command run, an upload, a feed poll."""

    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    origin = models.CharField(max_length=10, choices=JobOrigin.choices)
    description = models.CharField(max_length=500, blank=True, help_text="What was asked for.")
    incident = models.ForeignKey(
        "incidents.Incident",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        help_text="Every document is attached to this incident instead of matching one.",
    )
    max_bytes = models.PositiveIntegerField(help_text="Larger documents are refused.")
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"Import job {self.pk} ({self.get_origin_display()})"

    def counts(self) -> dict[str, int]:
        """Documents per status, every status present (0 when none)."""
        found = dict(self.documents.values_list("status").annotate(n=models.Count("id")).order_by())
        return {status: found.get(status, 0) for status in DocumentStatus.values}

    @property
    def total(self) -> int:
        return self.documents.count()


class JobDocument(models.Model):
    """One document of a job: its bytes or URL until a worker takes it, then its outcome."""

    job = models.ForeignKey(ImportJob, on_delete=models.CASCADE, related_name="documents")
    position = models.PositiveIntegerField()
    name = models.CharField(max_length=2000, help_text="File name or URL, for messages.")
    url = models.URLField(max_length=2000, blank=True, help_text="Fetched by the worker.")
    # The document's bytes travel through the database, not the broker: workers on other
    # machines cannot read the queuing machine's files. Emptied once the document is done.
    data = models.BinaryField(blank=True, default=b"")
    fmt = models.CharField(max_length=10, default="text")
    meta = models.JSONField(default=dict, blank=True)
    status = models.CharField(
        max_length=10, choices=DocumentStatus.choices, default=DocumentStatus.QUEUED
    )
    message = models.TextField(blank=True)
    facts = models.JSONField(default=dict, blank=True)
    attempts = models.PositiveIntegerField(default=0)
    worker = models.CharField(max_length=200, blank=True, help_text="Who took it last.")
    source = models.ForeignKey("incidents.Source", null=True, blank=True, on_delete=models.SET_NULL)
    incident = models.ForeignKey(
        "incidents.Incident",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["job", "position"]
        constraints = [
            models.UniqueConstraint(fields=["job", "position"], name="job_document_position"),
            models.CheckConstraint(
                condition=models.Q(status__in=DocumentStatus.values),
                name="job_document_status_valid",
            ),
        ]
        indexes = [models.Index(fields=["job", "status"])]

    def __str__(self) -> str:
        return self.name

    @property
    def is_final(self) -> bool:
        return self.status in FINAL_STATUSES


class Feed(models.Model):
    """An RSS or Atom feed whose new entries are imported on a schedule."""

    url = models.URLField(max_length=2000, unique=True)
    title = models.CharField(max_length=500, blank=True)
    active = models.BooleanField(default=True, help_text="Polled on schedule while on.")
    poll_every_minutes = models.PositiveIntegerField(default=30)
    last_polled_at = models.DateTimeField(null=True, blank=True)
    last_result = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["url"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(poll_every_minutes__gte=1), name="feed_poll_interval_positive"
            ),
        ]

    def __str__(self) -> str:
        return self.title or self.url


class FeedEntry(models.Model):
    """An entry already seen in a feed, remembered by its id and by its URL."""

    feed = models.ForeignKey(Feed, on_delete=models.CASCADE, related_name="entries")
    entry_id = models.CharField(max_length=2000)
    url = models.URLField(max_length=2000)
    seen_at = models.DateTimeField(auto_now_add=True)
    job_document = models.ForeignKey(
        JobDocument, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name_plural = "feed entries"
        constraints = [
            models.UniqueConstraint(fields=["feed", "entry_id"], name="feed_entry_id_unique"),
            models.UniqueConstraint(fields=["feed", "url"], name="feed_entry_url_unique"),
        ]

    def __str__(self) -> str:
        return self.url
