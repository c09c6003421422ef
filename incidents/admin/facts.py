"""Casualty figures and statements: each changelist is a review queue."""

from django.contrib import admin

from incidents.admin.import_export import CuratorImportExportMixin
from incidents.admin.review import REVIEW_FIELDSETS, ReviewQueueAdmin
from incidents.models import CasualtyFigure, Statement


@admin.register(CasualtyFigure)
class CasualtyFigureAdmin(CuratorImportExportMixin, ReviewQueueAdmin):
    list_display = (
        "__str__",
        "quote",
        "incident",
        "subgroup",
        "reported_on",
        "review_status",
        "extractor",
        "seen",
    )
    list_filter = ("kind", "qualifier", "subgroup")
    list_select_related = ("incident", "attributed_to")
    search_fields = ("incident__name",)
    raw_id_fields = ("incident",)
    autocomplete_fields = ("attributed_to",)
    fieldsets = (
        (None, {"fields": ("incident", ("kind", "subgroup"), ("qualifier", "value", "value_max"))}),
        ("Attribution", {"fields": ("attributed_to", ("reported_on", "as_of"))}),
        *REVIEW_FIELDSETS,
    )


@admin.register(Statement)
class StatementAdmin(CuratorImportExportMixin, ReviewQueueAdmin):
    evidence_field = "statement"
    fact_type = "statement"
    list_display = ("__str__", "quote", "incident", "made_on", "review_status", "extractor", "seen")
    list_filter = ("kind", "channel")
    list_select_related = ("incident", "speaker")
    search_fields = ("incident__name",)
    raw_id_fields = ("incident",)
    autocomplete_fields = ("speaker", "concerns")
    fieldsets = (
        (
            None,
            {
                "fields": (
                    "incident",
                    ("kind", "channel"),
                    ("speaker", "concerns"),
                    "made_on",
                    "text",
                )
            },
        ),
        *REVIEW_FIELDSETS,
    )
