"""Changelist filters that stay cheap on large tables: no list of every incident or source."""

from django.contrib import admin

from incidents.models import Evidence
from incidents.models.vocabularies import ReviewStatus


class ReviewStatusFilter(admin.SimpleListFilter):
    """Opens on the proposed facts (the review queue); "All" is one click away."""

    title = "review status"
    parameter_name = "status"
    ALL = "all"

    def lookups(self, request, model_admin):
        return [*ReviewStatus.choices, (self.ALL, "All")]

    def choices(self, changelist):
        current = self.value() or ReviewStatus.PROPOSED
        for value, label in self.lookup_choices:
            yield {
                "selected": current == value,
                "query_string": changelist.get_query_string({self.parameter_name: value}),
                "display": label,
            }

    def queryset(self, request, queryset):
        value = self.value() or ReviewStatus.PROPOSED
        return queryset if value == self.ALL else queryset.filter(review_status=value)


class InputFilter(admin.SimpleListFilter):
    """A text box instead of a list of values: an id or a name typed by the curator."""

    template = "admin/incidents/input_filter.html"

    def __init__(self, request, params, model, model_admin) -> None:
        super().__init__(request, params, model, model_admin)
        self.model_admin = model_admin
        self.kept_params = [
            (key, value)
            for key in request.GET
            if key not in (self.parameter_name, "p")
            for value in request.GET.getlist(key)
        ]

    def lookups(self, request, model_admin):
        return [("", "")]

    def has_output(self) -> bool:
        return True

    def choices(self, changelist):
        yield {"query_string": changelist.get_query_string(remove=[self.parameter_name])}

    def id_value(self) -> int | None:
        value = (self.value() or "").strip()
        return int(value) if value.isdecimal() else None


class IncidentFilter(InputFilter):
    title = "incident id"
    parameter_name = "incident"

    def queryset(self, request, queryset):
        incident_id = self.id_value()
        if incident_id is None:
            return queryset
        return queryset.filter(**{self.model_admin.incident_lookup: incident_id})


class SourceFilter(InputFilter):
    """Facts with evidence in one source (through Evidence)."""

    title = "source id"
    parameter_name = "source"

    def queryset(self, request, queryset):
        source_id = self.id_value()
        if source_id is None:
            return queryset
        fact_field = self.model_admin.evidence_field
        cited = Evidence.objects.filter(source_id=source_id).values(fact_field)
        return queryset.filter(pk__in=cited)


class ExtractorFilter(InputFilter):
    title = "extractor"
    parameter_name = "extractor"

    def queryset(self, request, queryset):
        value = (self.value() or "").strip()
        return queryset.filter(extractor=value) if value else queryset
