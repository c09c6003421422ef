"""Suspects with their names, citizenships and dated legal history; merge of duplicates."""

from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html

from incidents.admin.import_export import CuratorImportExportMixin
from incidents.admin.locking import VersionLockedInlineMixin
from incidents.admin.merging import merge_action
from incidents.admin.review import REVIEW_FIELDSETS, ReviewQueueAdmin
from incidents.models import (
    Suspect,
    SuspectCitizenship,
    SuspectNameVariant,
    SuspectStatusEvent,
)
from incidents.services.curation.suspect_actor_merge import suspect_merge


class NameVariantInline(admin.TabularInline):
    model = SuspectNameVariant
    extra = 0


class CitizenshipInline(admin.TabularInline):
    model = SuspectCitizenship
    extra = 0


class StatusEventInline(VersionLockedInlineMixin, admin.TabularInline):
    model = SuspectStatusEvent
    extra = 0
    fields = ("status", "occurred_on", "until", "charge", "review_status", "link", "seen_version")
    readonly_fields = ("link",)
    show_change_link = True

    @admin.display(description="")
    def link(self, obj) -> str:
        return "" if obj.pk is None else format_html("#{}", obj.pk)


@admin.register(Suspect)
class SuspectAdmin(CuratorImportExportMixin, ReviewQueueAdmin):
    evidence_field = "suspect"
    fact_type = "suspect"
    list_display = (
        "full_name",
        "quote",
        "age",
        "role",
        "review",
    )
    list_filter = ("role",)
    list_select_related = ("incident", "affiliation")
    search_fields = ("full_name", "name_key", "incident__name")
    raw_id_fields = ("incident",)
    autocomplete_fields = ("affiliation",)
    inlines = (NameVariantInline, CitizenshipInline, StatusEventInline)
    actions = [*ReviewQueueAdmin.actions, merge_action(suspect_merge, "suspects")]
    fieldsets = (
        (
            None,
            {
                "fields": (
                    "incident",
                    "full_name",
                    ("age", "age_reported_on", "birth_date"),
                    ("role", "affiliation"),
                )
            },
        ),
        *REVIEW_FIELDSETS,
    )


@admin.register(SuspectStatusEvent)
class SuspectStatusEventAdmin(ReviewQueueAdmin):
    incident_lookup = "suspect__incident_id"
    evidence_field = "status_event"
    fact_type = "status_event"
    list_display = (
        "__str__",
        "quote",
        "suspect_link",
        "charge",
        "review",
    )
    list_filter = ("status",)
    list_select_related = ("suspect",)
    search_fields = ("suspect__full_name", "charge")
    raw_id_fields = ("suspect",)
    fieldsets = (
        (None, {"fields": ("suspect", "status", ("occurred_on", "until"), "charge", "detail")}),
        *REVIEW_FIELDSETS,
    )

    @admin.display(description="suspect", ordering="suspect__full_name")
    def suspect_link(self, obj) -> str:
        url = reverse("admin:incidents_suspect_change", args=[obj.suspect_id])
        return format_html('<a href="{}">{}</a>', url, obj.suspect)
