"""The link from a fact to the exact words of its source."""

from django.core.exceptions import ValidationError
from django.db import models

from incidents.models.fact_types import EVIDENCE_FIELDS, FACT_TYPES
from incidents.models.sources import Source


def _exactly_one_fact() -> models.Q:
    alternatives = models.Q()
    for chosen in EVIDENCE_FIELDS:
        only_this = models.Q(**{f"{chosen}__isnull": False})
        for other in EVIDENCE_FIELDS:
            if other != chosen:
                only_this &= models.Q(**{f"{other}__isnull": True})
        alternatives |= only_this
    return alternatives


class Evidence(models.Model):
    """A quote with its offsets in the source's cleaned text: quote == cleaned_text[start:end]."""

    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="evidence")
    quote = models.TextField()
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()

    # One nullable foreign key per fact type (figure, statement, ...): added below the class,
    # from FACT_TYPES.
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

    def save(self, *args, **kwargs) -> None:
        self.check_offsets()
        super().save(*args, **kwargs)

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
        text = self.source.cleaned_text
        if not 0 <= self.start < self.end <= len(text):
            raise ValidationError(
                {"end": f"{self.start}:{self.end} is not a span of the {len(text)}-character text."}
            )
        found = text[self.start : self.end]
        if found != self.quote:
            raise ValidationError(
                {"quote": f"The quote does not match the source text at {self.start}:{self.end}."}
            )


for _fact_type in FACT_TYPES:
    Evidence.add_to_class(
        _fact_type.evidence_field,
        models.ForeignKey(
            _fact_type.model,
            null=True,
            blank=True,
            on_delete=models.CASCADE,
            related_name="evidence",
        ),
    )
