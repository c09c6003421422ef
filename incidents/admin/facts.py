"""Casualty figures and statements: each changelist is a review queue."""

from django.contrib import admin
from django.utils.html import format_html

from incidents.admin.import_export import CuratorImportExportMixin
from incidents.admin.review import REVIEW_FIELDSETS, ReviewQueueAdmin
from incidents.models import CasualtyFigure, Statement


@admin.register(CasualtyFigure)
class CasualtyFigureAdmin(CuratorImportExportMixin, ReviewQueueAdmin):
    list_display = ("figure", "quote", "review")
    list_filter = ("kind", "qualifier", "subgroup")
    list_select_related = ("incident", "attributed_to")
    search_fields = ("incident__name", "attributed_to__name")
    raw_id_fields = ("incident",)
    autocomplete_fields = ("attributed_to",)
    fieldsets = (
        (None, {"fields": ("incident", ("kind", "subgroup"), ("qualifier", "value", "value_max"))}),
        ("Attribution", {"fields": ("attributed_to", ("reported_on", "as_of"))}),
        *REVIEW_FIELDSETS,
    )

    @admin.display(description="figure", ordering="value")
    def figure(self, obj) -> str:
        # Subgroup, who gave it, when, and the incident under the figure: one column, not five.
        said = [
            obj.subgroup and obj.get_subgroup_display(),
            obj.attributed_to,
            obj.reported_on,
            obj.incident,
        ]
        return format_html(
            "{}<br><small>{}</small>", obj, " · ".join(str(part) for part in said if part)
        )

    def quote_numbers(self, obj) -> tuple[int | None, ...]:
        return (obj.value, obj.value_max)


@admin.register(Statement)
class StatementAdmin(CuratorImportExportMixin, ReviewQueueAdmin):
    evidence_field = "statement"
    fact_type = "statement"
    list_display = ("statement", "quote", "review")
    list_filter = ("kind", "channel")
    list_select_related = ("incident", "speaker")
    search_fields = ("incident__name", "text", "speaker__name", "concerns__name")
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

    @admin.display(description="statement", ordering="kind")
    def statement(self, obj) -> str:
        return format_html(
            "{}<br><small>{} · {}</small>", obj, obj.made_on or "undated", obj.incident
        )
