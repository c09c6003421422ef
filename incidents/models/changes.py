"""Tombstones: what left the published data, so API clients can sync incrementally."""

from django.db import models


class RemovalReason(models.TextChoices):
    REJECTED = "rejected", "Rejected by review"
    MERGED = "merged", "Merged into another record"
    DELETED = "deleted", "Deleted"


class RecordRemoval(models.Model):
    model = models.CharField(
        max_length=50, help_text="API resource name, e.g. casualty-figures."
    )
    object_id = models.PositiveBigIntegerField()
    reason = models.CharField(max_length=10, choices=RemovalReason.choices)
    merged_into = models.PositiveBigIntegerField(null=True, blank=True)
    removed_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["removed_at", "id"]

    def __str__(self) -> str:
        return f"{self.model} {self.object_id} {self.reason}"
