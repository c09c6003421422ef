"""People linked to an incident, with their names, roles and dated legal history."""

from django.db import models
from simple_history.models import HistoricalRecords

from incidents.extraction.lexicons.names import name_key
from incidents.models.actors import Actor
from incidents.models.base import Fact
from incidents.models.incidents import Incident
from incidents.models.vocabularies import LegalStatus, SuspectRole


class Suspect(Fact):
    incident = models.ForeignKey(Incident, on_delete=models.CASCADE, related_name="suspects")
    full_name = models.CharField(max_length=300)
    name_key = models.CharField(
        max_length=300,
        db_index=True,
        editable=False,
        help_text="Transliteration-aware match key.",
    )
    age = models.PositiveSmallIntegerField(null=True, blank=True)
    age_reported_on = models.DateField(null=True, blank=True)
    birth_date = models.DateField(null=True, blank=True)
    role = models.CharField(
        max_length=15, choices=SuspectRole.choices, default=SuspectRole.ATTACKER
    )
    affiliation = models.ForeignKey(
        Actor, null=True, blank=True, on_delete=models.SET_NULL, related_name="members"
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["incident", "full_name"]
        indexes = [
            models.Index(fields=["review_status", "role"]),
            models.Index(fields=["review_status", "id"]),
            models.Index(fields=["role", "id"]),
            models.Index(fields=["extractor"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(role__in=SuspectRole.values),
                name="suspect_role_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(age__isnull=True) | models.Q(age__lte=120),
                name="suspect_age_plausible",
            ),
            Fact.review_status_constraint("suspect_review_status_valid"),
        ]

    def __str__(self) -> str:
        return self.full_name

    def save(self, *args, **kwargs) -> None:
        self.name_key = name_key(self.full_name)
        super().save(*args, **kwargs)

    @property
    def current_status(self) -> str | None:
        latest = self.status_events.order_by("-occurred_on", "-id").first()
        return latest.status if latest else None


class SuspectNameVariant(models.Model):
    suspect = models.ForeignKey(Suspect, on_delete=models.CASCADE, related_name="name_variants")
    name = models.CharField(max_length=300)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["suspect", "name"], name="suspect_variant_unique"),
        ]

    def __str__(self) -> str:
        return self.name


class SuspectCitizenship(models.Model):
    suspect = models.ForeignKey(Suspect, on_delete=models.CASCADE, related_name="citizenships")
    country = models.CharField(max_length=2, db_index=True, help_text="ISO 3166-1 alpha-2.")

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["suspect", "country"], name="suspect_citizenship_unique"
            ),
        ]

    def __str__(self) -> str:
        return self.country


class SuspectStatusEvent(Fact):
    """One step in a suspect's legal history: detained, charged, convicted, ..."""

    suspect = models.ForeignKey(Suspect, on_delete=models.CASCADE, related_name="status_events")
    status = models.CharField(max_length=20, choices=LegalStatus.choices)
    occurred_on = models.DateField(null=True, blank=True)
    until = models.DateField(null=True, blank=True, help_text="E.g. pre-trial detention until.")
    charge = models.CharField(max_length=300, blank=True)
    detail = models.TextField(blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["suspect", "occurred_on", "id"]
        indexes = [
            models.Index(fields=["review_status", "id"]),
            models.Index(fields=["status", "id"]),
            models.Index(fields=["extractor"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status__in=LegalStatus.values),
                name="status_event_status_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(until__isnull=True)
                | models.Q(occurred_on__isnull=True)
                | models.Q(until__gte=models.F("occurred_on")),
                name="status_event_until_after_start",
            ),
            Fact.review_status_constraint("status_event_review_status_valid"),
        ]

    def __str__(self) -> str:
        return f"{self.get_status_display()} {self.occurred_on or ''}".strip()
