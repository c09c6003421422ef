"""Import jobs and news feeds: a job's page follows its documents live, refreshing itself."""

from django.contrib import admin, messages
from django.db import models
from django.urls import reverse
from django.utils.html import format_html

from incidents.models import Feed, FeedEntry, ImportJob, JobDocument
from incidents.services.ingestion.jobs import job_progress, task_queue

REFRESH_SECONDS = 3


class JobDocumentInline(admin.TabularInline):
    model = JobDocument
    fields = ("position", "name", "status", "outcome", "attempts", "worker", "links")
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = False

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).defer("data")

    @admin.display(description="outcome")
    def outcome(self, document: JobDocument) -> str:
        facts = ", ".join(f"{n} {kind}" for kind, n in sorted(document.facts.items()))
        return format_html("{}<br><small>{}</small>", document.message, facts)

    @admin.display(description="next")
    def links(self, document: JobDocument) -> str:
        parts = []
        if document.source_id:
            url = reverse("admin:incidents_source_change", args=[document.source_id])
            parts.append(format_html('<a href="{}">source</a>', url))
        if document.incident_id:
            url = reverse("admin:incidents_incident_change", args=[document.incident_id])
            parts.append(format_html('<a href="{}">incident</a>', url))
        return format_html(" · ".join(["{}"] * len(parts)), *parts) if parts else "–"


@admin.register(ImportJob)
class ImportJobAdmin(admin.ModelAdmin):
    list_display = ("__str__", "description", "created_by", "created_at", "progress")
    list_filter = ("origin",)
    fields = ("origin", "description", "created_by", "created_at", "finished_at", "progress")
    readonly_fields = fields
    inlines = [JobDocumentInline]
    change_form_template = "admin/incidents/importjob/change_form.html"

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    @admin.display(description="progress")
    def progress(self, job: ImportJob) -> str:
        progress = job_progress(job)
        return format_html(
            '<progress max="{}" value="{}"></progress> {}',
            progress.total or 1,
            progress.done,
            progress.line(),
        )

    def change_view(self, request, object_id, form_url="", extra_context=None):
        job = self.get_object(request, object_id)
        running = job is not None and not job_progress(job).finished
        context = {**(extra_context or {}), "refresh_seconds": REFRESH_SECONDS if running else 0}
        return super().change_view(request, object_id, form_url, context)


class FeedEntryInline(admin.TabularInline):
    model = FeedEntry
    fields = ("entry_id", "url", "seen_at")
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Feed)
class FeedAdmin(admin.ModelAdmin):
    list_display = ("__str__", "url", "active", "poll_every_minutes", "last_polled_at")
    list_filter = ("active",)
    search_fields = ("url", "title")
    readonly_fields = ("last_polled_at", "last_result", "created_at")
    inlines = [FeedEntryInline]
    actions = ["poll_now"]
    # A URL typed without a scheme is taken as https, as in the other admins.
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    @admin.action(description="Poll the selected feeds now")
    def poll_now(self, request, queryset) -> None:
        for feed in queryset:
            task_queue("feed_poll", feed.pk)
        self.message_user(request, f"{queryset.count()} feeds queued for a poll.", messages.INFO)
