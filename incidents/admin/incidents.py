"""Incidents: their own fields, the estimate and why, the timeline, and their facts to review.

Facts are shown read-only, a page of each kind at a time, with accept and reject buttons
that post one fact each (incident_facts.py): the change form carries only the incident's
own fields and the small code inlines, so it saves at any number of facts.
"""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import path, reverse

from incidents.admin.base import CuratedAdmin
from incidents.admin.dataset_attributes import DATASET_FIELDSETS, DATASET_LIST_FILTERS, SideInline
from incidents.admin.estimate_panel import estimate_panels
from incidents.admin.import_export import CuratorImportExportMixin
from incidents.admin.incident_facts import GROUPS, fact_groups
from incidents.admin.review import accept_selected, reject_selected
from incidents.admin.timeline import estimate_bands, timeline_points, timeline_svg
from incidents.models import (
    Incident,
    IncidentAttackType,
    IncidentPerpetrator,
    IncidentTargetType,
    IncidentWeaponType,
)
from incidents.models.fact_types import FactType
from incidents.models.vocabularies import ReviewStatus
from incidents.selectors.estimate_rule import ESTIMATE_FIELDS
from incidents.selectors.estimates import incident_estimate_explanation
from incidents.selectors.timeline import incident_dated_figures
from incidents.services.curation.estimates import incident_estimate_reset
from incidents.services.curation.locking import StaleVersionError, version_claim

# The bulk actions of the review queue, applied to one fact: same locking, same messages.
REVIEW_ACTIONS = {ReviewStatus.ACCEPTED: accept_selected, ReviewStatus.REJECTED: reject_selected}
REVIEWED_ON_THE_PAGE = {spec.fact_type.evidence_field: spec for spec in GROUPS}


class PerpetratorInline(admin.TabularInline):
    model = IncidentPerpetrator
    extra = 0
    autocomplete_fields = ("actor",)


class AttackTypeInline(admin.TabularInline):
    model = IncidentAttackType
    extra = 0


class WeaponTypeInline(admin.TabularInline):
    model = IncidentWeaponType
    extra = 0


class TargetTypeInline(admin.TabularInline):
    model = IncidentTargetType
    extra = 0


@admin.action(description="Go back to the derived estimate", permissions=["change"])
def estimate_back_to_derived(modeladmin, request, queryset) -> None:
    for incident in queryset.filter(estimate_is_curated=True):
        incident_estimate_reset(incident=incident)
    modeladmin.message_user(request, "The selected incidents now show their derived estimate.")


@admin.register(Incident)
class IncidentAdmin(CuratorImportExportMixin, CuratedAdmin):
    change_form_template = "admin/incidents/incident/change_form.html"
    list_display = (
        "name",
        "start_date",
        "country",
        "city",
        "killed_best",
        "injured_best",
        "estimate_is_curated",
    )
    list_filter = (
        "estimate_is_curated",
        "date_precision",
        "attack_types__code",
        "dataset_row__flags__kind",
        *DATASET_LIST_FILTERS,
    )
    search_fields = ("name", "slug")
    prepopulated_fields = {"slug": ("name",)}
    save_on_top = True
    inlines = (
        PerpetratorInline,
        SideInline,
        AttackTypeInline,
        WeaponTypeInline,
        TargetTypeInline,
    )
    actions = [estimate_back_to_derived]
    fieldsets = (
        (None, {"fields": ("name", "slug", "summary")}),
        (
            "When",
            {
                "fields": (
                    ("start_date", "start_time", "timezone"),
                    ("end_date", "end_time"),
                    ("date_precision", "approximate_date"),
                )
            },
        ),
        (
            "Where",
            {
                "fields": (
                    ("venue", "city"),
                    ("region", "country"),
                    ("latitude", "longitude", "location_precision"),
                )
            },
        ),
        (
            "Responsibility",
            {
                "fields": (
                    "motive",
                    ("claimed", "claim_mode"),
                    ("competing_claims", "attribution_uncertain"),
                )
            },
        ),
        (
            "Inclusion criteria",
            {
                "classes": ["collapse"],
                "fields": (
                    "criterion_political_goal",
                    "criterion_coerce_audience",
                    "criterion_outside_ihl",
                    "doubt_terrorism_proper",
                ),
            },
        ),
        *DATASET_FIELDSETS,
        (
            "Casualty estimate",
            {
                "fields": (
                    ("killed_low", "killed_best", "killed_high"),
                    ("injured_low", "injured_best", "injured_high"),
                    "estimate_is_curated",
                    "seen_version",
                )
            },
        ),
    )

    def save_model(self, request, obj, form, change) -> None:
        # Typing numbers into the estimate is curating it: derivation must not overwrite them.
        if (
            set(ESTIMATE_FIELDS) & set(form.changed_data)
            and "estimate_is_curated" not in form.changed_data
        ):
            obj.estimate_is_curated = True
        super().save_model(request, obj, form, change)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        incident = self.get_object(request, object_id)
        if incident is not None:
            extra_context = {**(extra_context or {}), **self._curation_context(request, incident)}
        return super().change_view(request, object_id, form_url, extra_context)

    def _curation_context(self, request, incident: Incident) -> dict:
        include_proposed = request.GET.get("proposed") == "1"
        figures = incident_dated_figures(incident=incident, include_proposed=include_proposed)
        explanation = incident_estimate_explanation(incident=incident, statuses=ReviewStatus.values)
        return {
            "timeline_svg": timeline_svg(timeline_points(figures), estimate_bands(incident)),
            "timeline_includes_proposed": include_proposed,
            "estimate_rows": [
                (
                    kind.kind,
                    [getattr(incident, f"{kind.kind}_{p}") for p in ("low", "best", "high")],
                    kind.range,
                )
                for kind in explanation.kinds
            ],
            **estimate_panels(incident=incident, explanation=explanation),
            "estimate_is_curated": incident.estimate_is_curated,
            "estimate_reset_url": reverse(
                "admin:incidents_incident_estimate_derived", args=[incident.pk]
            ),
            "review_queue_url": reverse("admin:incidents_casualtyfigure_changelist")
            + f"?incident={incident.pk}",
            "fact_groups": fact_groups(
                incident=incident,
                query=request.GET,
                may_review=lambda fact_type: self._may_review(request, fact_type),
            ),
            # A decision comes back to the same pages and filters.
            "review_query": f"?{request.GET.urlencode()}" if request.GET else "",
        }

    def get_urls(self):
        reset = path(
            "<path:object_id>/estimate/derived/",
            self.admin_site.admin_view(self.estimate_derived_view),
            name="incidents_incident_estimate_derived",
        )
        review = path(
            "<path:object_id>/facts/<str:fact_type>/<int:pk>/<str:decision>/",
            self.admin_site.admin_view(self.fact_review_view),
            name="incidents_incident_fact_review",
        )
        return [reset, review, *super().get_urls()]

    def fact_review_view(self, request, object_id: str, fact_type: str, pk: int, decision: str):
        """Accept or reject one fact from the incident page, then show the page again."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        incident = self.get_object(request, object_id)
        group = REVIEWED_ON_THE_PAGE.get(fact_type)
        if incident is None or group is None or decision not in REVIEW_ACTIONS:
            raise Http404
        kind = group.fact_type
        if not self._may_review(request, kind):
            raise PermissionDenied
        facts = group.queryset(incident).filter(pk=pk)
        get_object_or_404(facts)
        REVIEW_ACTIONS[decision](self.admin_site.get_model_admin(kind.model), request, facts)
        change_url = reverse("admin:incidents_incident_change", args=[incident.pk])
        query = f"?{request.GET.urlencode()}" if request.GET else ""
        return HttpResponseRedirect(f"{change_url}{query}#{fact_type}-{pk}")

    def _may_review(self, request, fact_type: FactType) -> bool:
        return self.admin_site.get_model_admin(fact_type.model).has_change_permission(request)

    def estimate_derived_view(self, request, object_id: str):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        incident = self.get_object(request, object_id)
        if incident is None:
            raise Http404
        if not self.has_change_permission(request, incident):
            raise PermissionDenied
        change_url = reverse("admin:incidents_incident_change", args=[incident.pk])
        try:
            self._estimate_reset(request, incident)
        except StaleVersionError as error:
            self.message_user(request, str(error), messages.ERROR)
        else:
            self.message_user(request, "The estimate is derived from the accepted figures again.")
        return HttpResponseRedirect(change_url)

    @transaction.atomic
    def _estimate_reset(self, request, incident: Incident) -> None:
        seen = request.POST.get("seen_version", "")
        version_claim(obj=incident, seen=int(seen) if seen.isdecimal() else incident.version)
        incident_estimate_reset(incident=incident)

    class Media:
        # review.css: the number in a quote looks as it does in the review queue.
        css = {"all": ["incidents/admin.css", "incidents/review.css"]}
