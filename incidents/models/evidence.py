"""The link from a fact to the exact words of its source."""

from django.core.exceptions import ValidationError
from django.db import models

from incidents.models.facts import CasualtyFigure, Statement
from incidents.models.incidents import Incident
from incidents.models.sources import Source
from incidents.models.suspects import Suspect, SuspectStatusEvent

# Exactly one of these is set on each Evidence row.
FACT_FIELDS = ("figure", "statement", "suspect", "status_event", "incident")


def _exactly_one_fact() -> models.Q:
    alternatives = models.Q()
    for chosen in FACT_FIELDS:
        only_this = models.Q(**{f"{chosen}__isnull": False})
        for other in FACT_FIELDS:
            if other != chosen:
                only_this &= models.Q(**{f"{other}__isnull": True})
        alternatives |= only_this
    return alternatives


class Evidence(models.Model):
    """A quote with its offsets in the source's cleaned text: quote == cleaned_text[start:end]."""

    source = models.ForeignKey(
        Source, on_delete=models.PROTECT, related_name="evidence"
    )
    quote = models.TextField()
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()

    figure = models.ForeignKey(
        CasualtyFigure,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="evidence",
    )
    statement = models.ForeignKey(
        Statement,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="evidence",
    )
    suspect = models.ForeignKey(
        Suspect,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="evidence",
    )
    status_event = models.ForeignKey(
        SuspectStatusEvent,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="evidence",
    )
    incident = models.ForeignKey(
        Incident,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="evidence",
    )
    attribute = models.CharField(
        max_length=50,
        blank=True,
        help_text="For incident evidence: the attribute it supports.",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name_plural = "evidence"
        ordering = ["source", "start"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end__gt=models.F("start")),
                name="evidence_span_nonempty",
            ),
            models.CheckConstraint(
                condition=_exactly_one_fact(), name="evidence_has_exactly_one_fact"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.source}: “{self.quote[:60]}”"

    @classmethod
    def for_span(cls, source: Source, start: int, end: int, **fact) -> "Evidence":
        """Evidence whose quote is cut from the source itself, so it cannot disagree."""
        return cls(
            source=source,
            start=start,
            end=end,
            quote=source.cleaned_text[start:end],
            **fact,
        )

    def clean(self) -> None:
        super().clean()
        self.check_offsets()

    def check_offsets(self) -> None:
        if self.source_id is None:
            return
        found = self.source.cleaned_text[self.start : self.end]
        if found != self.quote:
            raise ValidationError(
                {
                    "quote": f"The quote does not match the source text at {self.start}:{self.end}."
                }
            )

    def save(self, *args, **kwargs) -> None:
        self.check_offsets()
        super().save(*args, **kwargs)
