"""The review queue: proposed facts with their quotes, bulk accept/reject, quotes in context."""

from django.contrib import admin, messages
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.text import Truncator

from incidents.admin.base import CuratedAdmin
from incidents.admin.filters import (
    ExtractorFilter,
    IncidentFilter,
    ReviewStatusFilter,
    SourceFilter,
)
from incidents.admin.highlight import Span, quote_in_paragraph
from incidents.models.vocabularies import ReviewStatus
from incidents.selectors.evidence import facts_with_evidence
from incidents.services.curation.review import ReviewOutcome, fact_review, fact_review_stamp

REVIEW_FIELDS = ("review_status", "extractor", "created_by", "reviewed_by", "reviewed_at")


def seen_versions(request, queryset) -> dict[int, int]:
    """The version of each selected row as rendered on the curator's page (hidden inputs),
    falling back to the current one for rows the page did not carry."""
    seen = {}
    for pk, version in queryset.values_list("pk", "version"):
        posted = request.POST.get(f"seen-{pk}", "")
        seen[pk] = int(posted) if posted.isdigit() else version
    return seen


def _report(modeladmin, request, outcome: ReviewOutcome, verb: str) -> None:
    opts = modeladmin.model._meta
    if outcome.changed:
        name = opts.verbose_name if len(outcome.changed) == 1 else opts.verbose_name_plural
        modeladmin.message_user(request, f"{verb} {len(outcome.changed)} {name}.", messages.SUCCESS)
    if outcome.refused:
        ids = ", ".join(f"#{pk}" for pk in outcome.refused)
        modeladmin.message_user(
            request,
            f"Not {verb.lower()}: {ids} changed by someone else since you loaded the page; "
            "reload and review them again.",
            messages.WARNING,
        )


def _review(modeladmin, request, queryset, status: ReviewStatus, verb: str) -> None:
    outcome = fact_review(
        model=modeladmin.model,
        seen_versions=seen_versions(request, queryset),
        status=status,
        user=request.user,
    )
    _report(modeladmin, request, outcome, verb)


@admin.action(description="Accept the selected facts", permissions=["change"])
def accept_selected(modeladmin, request, queryset) -> None:
    _review(modeladmin, request, queryset, ReviewStatus.ACCEPTED, "Accepted")


@admin.action(description="Reject the selected facts (they are kept)", permissions=["change"])
def reject_selected(modeladmin, request, queryset) -> None:
    _review(modeladmin, request, queryset, ReviewStatus.REJECTED, "Rejected")


# The closing sections of every reviewable fact's page: who made and reviewed it, its quotes.
REVIEW_FIELDSETS = (
    (
        "Review",
        {"fields": ("review_status", "extractor", ("reviewed_by", "reviewed_at"), "created_by")},
    ),
    ("Evidence", {"fields": ("quotes_in_context", "seen_version")}),
)


class ReviewQueueAdmin(CuratedAdmin):
    """Base for the admins of reviewable facts (figures, statements, suspects, status events)."""

    incident_lookup = "incident_id"
    evidence_field = "figure"
    fact_type = "figure"
    actions = [accept_selected, reject_selected]
    review_filters = [ReviewStatusFilter, IncidentFilter, SourceFilter, ExtractorFilter]
    readonly_fields = ("extractor", "created_by", "reviewed_by", "reviewed_at", "quotes_in_context")

    def get_queryset(self, request):
        return facts_with_evidence(super().get_queryset(request))

    @admin.display(description="v")
    def seen(self, obj) -> str:
        # Posted with a bulk action, so the action can refuse rows changed since this page loaded.
        return format_html(
            '<input type="hidden" name="seen-{}" value="{}">{}', obj.pk, obj.version, obj.version
        )

    @admin.display(description="quote")
    def quote(self, obj) -> str:
        cited = list(obj.evidence.all())
        if not cited:
            return "—"
        first = cited[0]
        more = f" (+{len(cited) - 1} more)" if len(cited) > 1 else ""
        return format_html(
            "“{}”<br><small>{}{}</small>",
            Truncator(first.quote).chars(160),
            first.source.title,
            more,
        )

    @admin.display(description="quotes in their paragraphs")
    def quotes_in_context(self, obj) -> str:
        if obj.pk is None:
            return "—"
        cited = obj.evidence.select_related("source").order_by("source_id", "start")
        return (
            format_html_join(
                "",
                '<div class="quote-in-context"><a href="{}">{}</a><p>{}</p></div>',
                (
                    (
                        reverse("admin:incidents_source_change", args=[e.source_id]),
                        e.source,
                        quote_in_paragraph(
                            e.source.cleaned_text,
                            Span(e.start, e.end, self.fact_type, "#", "quoted here"),
                        ),
                    )
                    for e in cited
                ),
            )
            or "—"
        )

    def save_model(self, request, obj, form, change) -> None:
        if change and "review_status" in form.changed_data:
            fact_review_stamp(
                fact=obj, user=request.user, previous_status=form.initial["review_status"]
            )
        super().save_model(request, obj, form, change)

    def get_list_filter(self, request):
        return [*self.review_filters, *self.list_filter]

    class Media:
        css = {"all": ["incidents/admin.css"]}
