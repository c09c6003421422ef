import hashlib

from django.db import models
from simple_history.models import HistoricalRecords

from incidents.models.base import TimestampedModel
from incidents.models.vocabularies import ReliabilityGrade, SourceKind


def content_sha256(raw: bytes | str) -> str:
    data = raw.encode("utf-8") if isinstance(raw, str) else raw
    return hashlib.sha256(data).hexdigest()


class Source(TimestampedModel):
    """A document that facts are taken from. The same content is never stored twice."""

    title = models.CharField(max_length=500, blank=True)
    publisher = models.CharField(max_length=200, blank=True)
    author = models.CharField(max_length=200, blank=True)
    url = models.URLField(max_length=2000, blank=True)
    published_on = models.DateField(null=True, blank=True, db_index=True)
    published_after = models.DateField(
        null=True,
        blank=True,
        help_text="With no published date: the latest date the text mentions. The source was "
        "written on or after it (a lower bound), which orders it among the sources.",
    )
    fetched_at = models.DateTimeField(
        null=True, blank=True, help_text="When the page was fetched from its URL."
    )
    imported_at = models.DateTimeField(auto_now_add=True)
    kind = models.CharField(
        max_length=30, choices=SourceKind.choices, default=SourceKind.NEWS_ARTICLE
    )
    language = models.CharField(max_length=10, default="en")
    file_name = models.CharField(max_length=500, blank=True)
    raw_text = models.TextField(blank=True)
    cleaned_text = models.TextField(blank=True)
    # (clean_start, raw_start, length) segments: where each cleaned span came from.
    offset_map = models.JSONField(default=list, blank=True)
    sha256 = models.CharField("SHA-256", max_length=64, unique=True)
    reliability = models.CharField(
        max_length=1, choices=ReliabilityGrade.choices, default=ReliabilityGrade.F
    )
    notes = models.TextField(blank=True)

    history = HistoricalRecords(excluded_fields=["raw_text", "cleaned_text", "offset_map"])

    class Meta:
        ordering = ["-published_on", "id"]
        indexes = [
            models.Index(fields=["kind", "id"]),
            models.Index(fields=["reliability", "id"]),
            models.Index(fields=["language", "id"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(kind__in=SourceKind.values), name="source_kind_valid"
            ),
            models.CheckConstraint(
                condition=models.Q(reliability__in=ReliabilityGrade.values),
                name="source_reliability_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(sha256__regex=r"^[0-9a-f]{64}$"),
                name="source_sha256_hex",
            ),
        ]

    def __str__(self) -> str:
        return self.title or self.file_name or f"Source {self.pk}"

    @property
    def is_questionable(self) -> bool:
        """Admiralty D and E: GTD's rule sets such sources aside for the headline figure."""
        return self.reliability in (ReliabilityGrade.D, ReliabilityGrade.E)
