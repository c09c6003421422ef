"""What the reference datasets record about an incident, on its change page: GTD's outcome
and property damage, UCDP's violence type, conflict and dyad, and the sides of an event.

Sides are their own inline, apart from perpetrators: a government at war and the civilians
it shot at are sides of an event, not its perpetrators (docs/interop.md).
"""

from django.contrib import admin

from incidents.models import IncidentSide

DATASET_FIELDSETS = (
    (
        "Outcome and property damage (GTD)",
        {
            "classes": ["collapse"],
            "fields": (
                ("successful", "suicide"),
                ("property_damaged", "property_damage_extent", "property_damage_value"),
            ),
        },
    ),
    (
        "Conflict (UCDP)",
        {
            "classes": ["collapse"],
            "fields": (
                "violence_type",
                ("conflict_new_id", "conflict_name"),
                ("dyad_new_id", "dyad_name"),
            ),
        },
    ),
)
DATASET_LIST_FILTERS = ("violence_type", "sides__kind", "successful", "suicide")


class SideInline(admin.TabularInline):
    model = IncidentSide
    extra = 0
    max_num = 2  # side A and side B
    fields = ("role", "kind", "name", "actor", "ucdp_actor_id")
    autocomplete_fields = ("actor",)
    verbose_name = "side (UCDP)"
    verbose_name_plural = "sides (UCDP: who fought whom, not perpetrators)"
