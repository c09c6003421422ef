"""Sources: their dates, and the cleaned text with every quoted span linked to its fact."""

from collections import Counter

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.text import Truncator

from incidents.admin.base import CuratedAdmin
from incidents.admin.documents import document_import_view
from incidents.admin.highlight import Span, highlighted_html, span_groups
from incidents.admin.import_export import CuratorImportExportMixin
from incidents.admin.record_urls import admin_url
from incidents.models import Evidence, Source
from incidents.models.fact_types import FACT_TYPES
from incidents.models.vocabularies import ReviewStatus
from incidents.selectors.evidence import source_spans
from incidents.services.curation.source_dates import source_estimates_refresh


def evidence_span(evidence: Evidence) -> Span:
    fact_type = next(f for f in FACT_TYPES if getattr(evidence, f.evidence_column) is not None)
    fact = getattr(evidence, fact_type.evidence_field)
    url = admin_url(f"admin:incidents_{fact_type.model_name}_change", fact.pk)
    status = fact.review_status if fact_type.reviewed else ""
    if evidence.attribute:  # an incident attribute: the span quotes its value
        attribute = evidence.attribute.replace("_", " ")
        said, label = f"{attribute} of {fact}", f"{fact_type.label} {attribute}"
    else:
        said, label = f"#{fact.pk}: {fact}", f"{fact_type.label}: {Truncator(str(fact)).chars(60)}"
    title = f"{fact_type.label} {said}" + (f" ({status})" if status else "")
    return Span(evidence.start, evidence.end, fact_type.evidence_field, url, title, status, label)


def _span_legend(spans: list[Span]) -> str:
    statuses = Counter(span.status or "incident attributes" for span in spans)
    summary = format_html(
        "<p>{} spans in {} places ({}). Overlapping spans share one mark, followed by a link "
        "to each.</p>",
        len(spans),
        len(span_groups(spans)),
        ", ".join(f"{count} {status}" for status, count in sorted(statuses.items())),
    )
    kinds = format_html_join(
        " ",
        '<span class="fact-{}"><mark>{}</mark></span>',
        ((fact_type.evidence_field, fact_type.label) for fact_type in FACT_TYPES),
    )
    statuses_key = format_html_join(
        " ",
        '<span class="fact-span" data-status="{}"><mark>{}</mark></span>',
        ((status, label.lower()) for status, label in ReviewStatus.choices),
    )
    return format_html(
        '<div class="span-legend">{}<p>{} · {}</p></div>', summary, kinds, statuses_key
    )


PUBLISHED_HELP = (
    "The derived estimate takes the most recent source's figures, so dating an undated "
    "source can change the estimates of the incidents it is cited by: they are refreshed "
    "when you save (as they are when the reliability changes)."
)


class DatingFilter(admin.SimpleListFilter):
    """Undated sources rank last in the derived estimate: this finds the ones to date."""

    title = "date"
    parameter_name = "dated"
    LOOKUPS = {
        "dated": ("Dated", {"published_on__isnull": False}),
        "bound": (
            "Only “on or after”",
            {"published_on__isnull": True, "published_after__isnull": False},
        ),
        "undated": ("Undated", {"published_on__isnull": True, "published_after__isnull": True}),
    }

    def lookups(self, request, model_admin):
        return [(value, label) for value, (label, _) in self.LOOKUPS.items()]

    def queryset(self, request, queryset):
        if self.value() not in self.LOOKUPS:
            return queryset
        return queryset.filter(**self.LOOKUPS[self.value()][1])


@admin.register(Source)
class SourceAdmin(CuratorImportExportMixin, CuratedAdmin):
    list_display = ("__str__", "publisher", "kind", "dating", "reliability", "imported_at")
    list_filter = (DatingFilter, "kind", "reliability", "language")
    search_fields = ("title", "publisher", "url")
    exclude = ("raw_text", "cleaned_text", "offset_map")
    readonly_fields = (
        "published_after",
        "sha256",
        "imported_at",
        "file_name",
        "raw_text_link",
        "text_with_facts",
    )
    change_list_template = "admin/incidents/source/change_list.html"
    fieldsets = (
        (None, {"fields": ("title", "publisher", "author", "url", "kind", "language")}),
        # The date first among what a curator sets: it decides which source is the most recent.
        ("Date and reliability", {"fields": ("published_on", "published_after", "reliability")}),
        (
            "The document",
            {
                "fields": (
                    "file_name",
                    "fetched_at",
                    "imported_at",
                    "sha256",
                    "notes",
                    "raw_text_link",
                    "text_with_facts",
                    "seen_version",
                )
            },
        ),
    )

    def get_queryset(self, request):
        # The list never needs the document texts, which can be megabytes each.
        queryset = super().get_queryset(request)
        if request.resolver_match and request.resolver_match.url_name.endswith("changelist"):
            return queryset.defer("raw_text", "cleaned_text", "offset_map")
        return queryset

    @admin.display(description="published", ordering="published_on")
    def dating(self, obj: Source) -> str:
        if obj.published_on:
            return obj.published_on.isoformat()
        bound = f" (on or after {obj.published_after.isoformat()})" if obj.published_after else ""
        return format_html('<span class="source-undated">undated{}</span>', bound)

    def get_form(self, request, obj=None, change=False, **kwargs):
        kwargs.setdefault("help_texts", {"published_on": PUBLISHED_HELP})
        return super().get_form(request, obj, change, **kwargs)

    def save_model(self, request, obj, form, change) -> None:
        super().save_model(request, obj, form, change)
        # The date and the grade decide which source's figures the derived estimate takes.
        if change and {"published_on", "reliability"} & set(form.changed_data):
            for refreshed in source_estimates_refresh(source=obj):
                level = messages.SUCCESS if refreshed.changed else messages.INFO
                self.message_user(request, f"Estimate of {refreshed.describe()}", level)

    def get_urls(self):
        raw = path(
            "<path:object_id>/raw/",
            self.admin_site.admin_view(self.raw_text_view),
            name="incidents_source_raw",
        )
        import_documents = path(
            "import-documents/",
            self.admin_site.admin_view(self.import_documents_view),
            name="incidents_source_import_documents",
        )
        return [raw, import_documents, *super().get_urls()]

    def import_documents_view(self, request):
        return document_import_view(self, request)

    def raw_text_view(self, request, object_id: str) -> HttpResponse:
        if not object_id.isdecimal():
            raise Http404
        source = get_object_or_404(Source.objects.only("raw_text"), pk=object_id)
        if not self.has_view_permission(request, source):
            raise PermissionDenied
        return HttpResponse(source.raw_text, content_type="text/plain; charset=utf-8")

    @admin.display(description="raw text")
    def raw_text_link(self, obj) -> str:
        if obj.pk is None:
            return "—"
        return format_html(
            '<a href="{}">the raw text as imported</a>',
            reverse("admin:incidents_source_raw", args=[obj.pk]),
        )

    @admin.display(description="cleaned text with extracted facts")
    def text_with_facts(self, obj) -> str:
        if obj.pk is None:
            return "—"
        spans = [evidence_span(e) for e in source_spans(obj)]
        return format_html(
            '{}<div class="source-text">{}</div>',
            _span_legend(spans),
            highlighted_html(obj.cleaned_text, spans),
        )

    class Media:
        css = {"all": ["incidents/admin.css"]}
