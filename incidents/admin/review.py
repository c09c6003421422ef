"""The review changelists: proposed facts with their quotes, bulk accept/reject, quotes in context.

They are for bulk work and looking things up; one fact at a time, with keys, is the review
queue (incidents/admin/queue.py).
"""

from django.contrib import admin, messages
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.text import Truncator

from incidents.admin.base import CuratedAdmin
from incidents.admin.decisions import decision_message, refusal_message, review_decide
from incidents.admin.filters import (
    ExtractorFilter,
    IncidentFilter,
    ReviewStatusFilter,
    SourceFilter,
)
from incidents.admin.highlight import Span, quote_in_paragraph
from incidents.admin.queue import decide_url, is_local_url
from incidents.admin.queue_card import decision_value
from incidents.admin.quotes import marked_quote, number_span
from incidents.models.fact_types import REVIEWED_FACT_TYPES
from incidents.models.vocabularies import ReviewStatus
from incidents.selectors.evidence import facts_with_evidence
from incidents.services.curation.review import fact_review_stamp

# Quotes up to this length are shown whole; longer ones open with a click.
QUOTE_SHOWN_CHARS = 400

REVIEW_FIELDS = ("review_status", "extractor", "created_by", "reviewed_by", "reviewed_at")


def seen_versions(request, queryset) -> dict[int, int]:
    """The version of each selected row as rendered on the curator's page (hidden inputs),
    falling back to the current one for rows the page did not carry."""
    seen = {}
    for pk, version in queryset.values_list("pk", "version"):
        posted = request.POST.get(f"seen-{pk}", "")
        seen[pk] = int(posted) if posted.isdecimal() else version
    return seen


def _review(modeladmin, request, queryset, status: ReviewStatus) -> None:
    decision = review_decide(
        model=modeladmin.model,
        seen_versions=seen_versions(request, queryset),
        status=status,
        user=request.user,
    )
    changed = len(decision.outcome.changed)
    if changed:
        opts = modeladmin.model._meta
        name = opts.verbose_name if changed == 1 else opts.verbose_name_plural
        message = decision_message(decision, f"{changed} {name}")
        modeladmin.message_user(request, message, messages.SUCCESS)
    if decision.outcome.refused:
        modeladmin.message_user(request, refusal_message(decision), messages.WARNING)


@admin.action(description="Accept the selected facts", permissions=["change"])
def accept_selected(modeladmin, request, queryset) -> None:
    _review(modeladmin, request, queryset, ReviewStatus.ACCEPTED)


@admin.action(description="Reject the selected facts (they are kept)", permissions=["change"])
def reject_selected(modeladmin, request, queryset) -> None:
    _review(modeladmin, request, queryset, ReviewStatus.REJECTED)


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
    # Added to each admin's own search fields: a word of the quote or the source's title.
    evidence_search_fields = ("evidence__quote", "evidence__source__title")

    def get_queryset(self, request):
        return facts_with_evidence(super().get_queryset(request))

    def get_search_fields(self, request):
        return [*super().get_search_fields(request), *self.evidence_search_fields]

    def get_list_display(self, request):
        shown = super().get_list_display(request)
        if not self.has_change_permission(request):
            return shown
        with_buttons = self._review_with_buttons(request.get_full_path())
        return [with_buttons if column == "review" else column for column in shown]

    def quote_numbers(self, obj) -> tuple[int | None, ...]:
        """The numbers to pick out in the quote: a figure's value (see CasualtyFigureAdmin)."""
        return ()

    @admin.display(description="review", ordering="review_status")
    def review(self, obj) -> str:
        # The hidden version is posted with a bulk action, so the action can refuse rows
        # changed since this page loaded. The extractor is a filter; here it is a tooltip.
        made_by = obj.extractor or ("by hand" if obj.created_by_id else "unknown")
        return format_html(
            '<span title="made by {}">{} <small>v{}</small></span>'
            '<input type="hidden" name="seen-{}" value="{}">',
            made_by,
            obj.get_review_status_display(),
            obj.version,
            obj.pk,
            obj.version,
        )

    def _review_with_buttons(self, back: str):
        """The review column with Accept and Reject buttons that come back to this page."""
        fact_type = next(t for t in REVIEWED_FACT_TYPES if t.model is self.model)
        action = decide_url(back)

        @admin.display(description="review", ordering="review_status")
        def review(obj) -> str:
            if obj.review_status != ReviewStatus.PROPOSED:
                return self.review(obj)
            return format_html(
                '{}<span class="row-decisions">'
                '<button type="submit" class="button" formaction="{}" name="decision" '
                'value="{}">Accept</button>'
                '<button type="submit" class="button" formaction="{}" name="decision" '
                'value="{}">Reject</button></span>',
                self.review(obj),
                action,
                decision_value("accept", fact_type, obj),
                action,
                decision_value("reject", fact_type, obj),
            )

        return review

    @admin.display(description="quote")
    def quote(self, obj) -> str:
        cited = list(obj.evidence.all())
        if not cited:
            return "—"
        first = cited[0]
        more = f" (+{len(cited) - 1} more)" if len(cited) > 1 else ""
        marked = marked_quote(first.quote, number_span(first.quote, self.quote_numbers(obj)))
        if len(first.quote) > QUOTE_SHOWN_CHARS:
            marked = format_html(
                "<details><summary>{}</summary>{}</details>",
                Truncator(first.quote).chars(QUOTE_SHOWN_CHARS // 2),
                marked,
            )
        return format_html(
            '<span title="{}">“{}”</span><br><small>{}{}</small>',
            first.quote,
            marked,
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

    def response_change(self, request, obj):
        # Opened from the review queue ("Edit"): saving goes back to the queue.
        back = request.GET.get("next", "")
        stays = any(key in request.POST for key in ("_continue", "_addanother", "_saveasnew"))
        if back and not stays and is_local_url(request, back):
            self.message_user(request, f"Saved {obj._meta.verbose_name} #{obj.pk} ({obj}).")
            return HttpResponseRedirect(back)
        return super().response_change(request, obj)

    class Media:
        css = {"all": ["incidents/admin.css", "incidents/review.css"]}
