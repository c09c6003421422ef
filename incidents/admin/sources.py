"""Sources: the cleaned text with every quoted span highlighted and linked to its fact."""

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join

from incidents.admin.base import CuratedAdmin
from incidents.admin.documents import document_import_view
from incidents.admin.highlight import Span, highlighted_html
from incidents.admin.import_export import CuratorImportExportMixin
from incidents.models import Evidence, Source
from incidents.models.fact_types import FACT_TYPES
from incidents.selectors.evidence import source_spans


def evidence_span(evidence: Evidence) -> Span:
    fact_type = next(f for f in FACT_TYPES if getattr(evidence, f.evidence_column) is not None)
    fact_id = getattr(evidence, fact_type.evidence_column)
    url = reverse(f"admin:incidents_{fact_type.model_name}_change", args=[fact_id])
    css = fact_type.evidence_field
    return Span(evidence.start, evidence.end, css, url, f"{fact_type.label} #{fact_id}")


def _span_legend() -> str:
    return format_html_join(
        " ",
        '<span class="fact-{}"><mark>{}</mark></span>',
        ((fact_type.evidence_field, fact_type.label) for fact_type in FACT_TYPES),
    )


@admin.register(Source)
class SourceAdmin(CuratorImportExportMixin, CuratedAdmin):
    list_display = ("__str__", "publisher", "kind", "published_on", "reliability", "imported_at")
    list_filter = ("kind", "reliability", "language")
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

    def get_queryset(self, request):
        # The list never needs the document texts, which can be megabytes each.
        queryset = super().get_queryset(request)
        if request.resolver_match and request.resolver_match.url_name.endswith("changelist"):
            return queryset.defer("raw_text", "cleaned_text", "offset_map")
        return queryset

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
        if not object_id.isdigit():
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
        legend = format_html("<p>{} spans: {}</p>", len(spans), _span_legend())
        return format_html(
            '{}<div class="source-text">{}</div>', legend, highlighted_html(obj.cleaned_text, spans)
        )

    class Media:
        css = {"all": ["incidents/admin.css"]}
