"""The sides of a UCDP event: who fought whom, which is not who perpetrated what.

GED codes every event as side A against side B: in state-based conflict side A is a
government, in non-state conflict both sides are organised groups, and in one-sided violence
side A is the government or group that carries it out and side B is "Civilians". Sides are
kept apart from perpetrators, so civilians and governments fighting a war are never listed
as perpetrators (docs/interop.md says when an import also records side A as one).
"""

from django.db import models

from incidents.models.actors import Actor
from incidents.models.incidents import Incident
from incidents.models.vocabularies import SideKind, SideRole


class IncidentSide(models.Model):
    incident = models.ForeignKey(Incident, on_delete=models.CASCADE, related_name="sides")
    role = models.CharField(max_length=10, choices=SideRole.choices)
    kind = models.CharField(max_length=10, choices=SideKind.choices)
    # The side as the dataset names it; the actor is who that is in this database (none for
    # civilians), so curators may rename or merge actors without changing what UCDP said.
    name = models.CharField(max_length=300)
    actor = models.ForeignKey(
        Actor, null=True, blank=True, on_delete=models.PROTECT, related_name="side_links"
    )
    ucdp_actor_id = models.PositiveIntegerField(
        null=True, blank=True, help_text="UCDP actor id (side_a_new_id / side_b_new_id)."
    )

    class Meta:
        ordering = ["incident", "role"]
        indexes = [models.Index(fields=["kind", "incident"])]
        constraints = [
            models.UniqueConstraint(fields=["incident", "role"], name="incident_side_unique"),
            models.CheckConstraint(
                condition=models.Q(role__in=SideRole.values), name="side_role_valid"
            ),
            models.CheckConstraint(
                condition=models.Q(kind__in=SideKind.values), name="side_kind_valid"
            ),
            models.CheckConstraint(
                condition=models.Q(kind=SideKind.CIVILIANS) | models.Q(actor__isnull=False),
                name="side_actor_unless_civilians",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_role_display()}: {self.name} ({self.get_kind_display().lower()})"
