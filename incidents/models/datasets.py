"""The reference-dataset row an incident was imported from, verbatim, and what was odd about it.

The model holds what the database understands of a row; the row itself is kept here so that
an export gives back every column exactly as the file had it (unknown markers, historical
country spellings, columns no model field maps), except where a curator has since changed
what the column says. See docs/interop.md.
"""

from django.db import models

from incidents.models.incidents import Incident


class DatasetRow(models.Model):
    incident = models.OneToOneField(Incident, on_delete=models.CASCADE, related_name="dataset_row")
    system = models.CharField(max_length=10, help_text="The layout the row was read with.")
    external_id = models.CharField(max_length=40, help_text="The row's id in its dataset.")
    # Column -> the cell exactly as read; blank cells are left out (an export writes them blank).
    cells = models.JSONField(default=dict)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["system", "external_id"], name="dataset_row_external_id_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.system} {self.external_id}"


class FlagKind(models.TextChoices):
    OUT_OF_ORDER = "out_of_order", "Values out of order"
    TRUNCATED = "truncated", "Too long for its field (truncated)"
    UNKNOWN_NAME = "unknown_name", "Name not recognised"


class DatasetRowFlag(models.Model):
    """A source inconsistency the import accepted rather than rejecting the row."""

    row = models.ForeignKey(DatasetRow, on_delete=models.CASCADE, related_name="flags")
    kind = models.CharField("dataset flag", max_length=20, choices=FlagKind.choices, db_index=True)
    column_name = models.CharField(max_length=100)
    reason = models.TextField()

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=models.Q(kind__in=FlagKind.values), name="dataset_row_flag_kind_valid"
            )
        ]

    def __str__(self) -> str:
        return f"{self.column_name}: {self.reason}"
