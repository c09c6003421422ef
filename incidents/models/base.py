"""What every reviewable fact shares: provenance, review status, timestamps, a version."""

from django.conf import settings
from django.db import models

from incidents.models.vocabularies import ReviewStatus


class TimestampedModel(models.Model):
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)
    # Optimistic locking: a save that started from an older version is refused.
    version = models.PositiveIntegerField(default=1)

    class Meta:
        abstract = True


class FactQuerySet(models.QuerySet):
    def accepted(self):
        return self.filter(review_status=ReviewStatus.ACCEPTED)

    def proposed(self):
        return self.filter(review_status=ReviewStatus.PROPOSED)

    def rejected(self):
        return self.filter(review_status=ReviewStatus.REJECTED)


class Fact(TimestampedModel):
    """A reviewable claim: made by an extractor or a user, proposed until a curator decides."""

    review_status = models.CharField(
        max_length=10, choices=ReviewStatus.choices, default=ReviewStatus.PROPOSED
    )
    extractor = models.CharField(
        max_length=100,
        blank=True,
        help_text="Name/version of the extractor that proposed it.",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)

    objects = FactQuerySet.as_manager()

    class Meta:
        abstract = True

    @classmethod
    def review_status_constraint(cls, name: str) -> models.CheckConstraint:
        return models.CheckConstraint(
            condition=models.Q(review_status__in=ReviewStatus.values), name=name
        )
