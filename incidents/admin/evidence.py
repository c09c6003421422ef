"""Evidence rows and removal tombstones, mostly for looking things up.

Curators reach evidence through the facts and sources that show it, and tombstones are
for API clients, so both tables are listed on the start page for superusers only.
"""

from django.contrib import admin

from incidents.admin.pagination import EstimatedCountPaginator
from incidents.models import Evidence, RecordRemoval
from incidents.models.fact_types import EVIDENCE_FIELDS


@admin.register(Evidence)
class EvidenceAdmin(admin.ModelAdmin):
    list_display = ("id", "source", "quote", "start", "end", "attribute")
    list_select_related = ("source",)
    fields = ("source", "quote", "start", "end", *EVIDENCE_FIELDS, "attribute")
    raw_id_fields = ("source", *EVIDENCE_FIELDS)
    search_fields = ("quote",)
    paginator = EstimatedCountPaginator
    show_full_result_count = False
    ordering = ["-pk"]

    def has_module_permission(self, request) -> bool:
        return request.user.is_superuser

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .defer("source__raw_text", "source__cleaned_text", "source__offset_map")
        )


@admin.register(RecordRemoval)
class RecordRemovalAdmin(admin.ModelAdmin):
    list_display = ("model", "object_id", "reason", "merged_into", "removed_at")
    list_filter = ("reason", "model")
    paginator = EstimatedCountPaginator
    show_full_result_count = False

    def has_module_permission(self, request) -> bool:
        return request.user.is_superuser

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
