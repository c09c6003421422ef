"""Reported facts about an incident: each figure and statement is its own reviewable record."""

from django.db import models
from simple_history.models import HistoricalRecords

from incidents.models.actors import Actor
from incidents.models.base import Fact
from incidents.models.incidents import Incident
from incidents.models.vocabularies import (
    Channel,
    FigureKind,
    Qualifier,
    StatementKind,
    Subgroup,
)


class CasualtyFigure(Fact):
    """One figure as one source reported it: never a column on the incident."""

    incident = models.ForeignKey(
        Incident, on_delete=models.CASCADE, related_name="casualty_figures"
    )
    kind = models.CharField(max_length=15, choices=FigureKind.choices)
    value = models.PositiveIntegerField()
    value_max = models.PositiveIntegerField(null=True, blank=True)
    qualifier = models.CharField(
        max_length=10, choices=Qualifier.choices, default=Qualifier.EXACT
    )
    subgroup = models.CharField(max_length=20, choices=Subgroup.choices, blank=True)
    attributed_to = models.ForeignKey(
        Actor,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="attributed_figures",
    )
    reported_on = models.DateField(
        null=True, blank=True, help_text="When the source reported it."
    )
    as_of = models.DateField(
        null=True, blank=True, help_text="The date the figure describes."
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["incident", "kind", "reported_on", "id"]
        indexes = [
            models.Index(fields=["incident", "kind"]),
            models.Index(fields=["review_status", "kind"]),
            models.Index(fields=["extractor"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(kind__in=FigureKind.values), name="figure_kind_valid"
            ),
            models.CheckConstraint(
                condition=models.Q(qualifier__in=Qualifier.values),
                name="figure_qualifier_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(subgroup__in=Subgroup.values),
                name="figure_subgroup_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(value_max__isnull=True)
                | models.Q(value_max__gte=models.F("value")),
                name="figure_range_ordered",
            ),
            Fact.review_status_constraint("figure_review_status_valid"),
        ]

    def __str__(self) -> str:
        shown = (
            f"{self.value}–{self.value_max}"
            if self.value_max is not None
            else str(self.value)
        )
        return (
            f"{self.get_qualifier_display()} {shown} {self.get_kind_display().lower()}"
        )


class Statement(Fact):
    """Something an actor said about the incident: one statement, many citations."""

    incident = models.ForeignKey(
        Incident, on_delete=models.CASCADE, related_name="statements"
    )
    speaker = models.ForeignKey(
        Actor,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="statements",
    )
    kind = models.CharField(max_length=30, choices=StatementKind.choices)
    channel = models.CharField(max_length=20, choices=Channel.choices, blank=True)
    made_on = models.DateField(null=True, blank=True)
    text = models.TextField(help_text="The quoted or paraphrased statement.")
    concerns = models.ForeignKey(
        Actor,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="statements_concerning",
        help_text="The actor the statement accuses or concerns.",
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["incident", "made_on", "id"]
        indexes = [
            models.Index(fields=["incident", "kind"]),
            models.Index(fields=["review_status", "kind"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(kind__in=StatementKind.values),
                name="statement_kind_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(channel__in=Channel.values),
                name="statement_channel_valid",
            ),
            Fact.review_status_constraint("statement_review_status_valid"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} by {self.speaker or 'unknown'}"
