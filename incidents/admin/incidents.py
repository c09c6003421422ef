"""Incidents: facts inline, the curated estimate against the derived one, the timeline chart."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect
from django.urls import path, reverse
from django.utils.html import format_html_join
from django.utils.text import Truncator

from incidents.admin.base import CuratedAdmin
from incidents.admin.dataset_attributes import DATASET_FIELDSETS, DATASET_LIST_FILTERS, SideInline
from incidents.admin.import_export import CuratorImportExportMixin
from incidents.admin.locking import VersionLockedInlineMixin
from incidents.admin.timeline import estimate_bands, timeline_points, timeline_svg
from incidents.models import (
    CasualtyFigure,
    Incident,
    IncidentAttackType,
    IncidentPerpetrator,
    IncidentTargetType,
    IncidentWeaponType,
    Statement,
    Suspect,
)
from incidents.selectors.timeline import incident_dated_figures
from incidents.services.curation.estimates import (
    derived_estimate,
    incident_estimate_reset,
    incident_reported_figures,
)
from incidents.services.curation.locking import StaleVersionError, version_claim

ESTIMATE_FIELDS = tuple(f"{k}_{p}" for k in ("killed", "injured") for p in ("low", "best", "high"))


class FigureInline(VersionLockedInlineMixin, admin.TabularInline):
    model = CasualtyFigure
    extra = 0
    fields = (
        "kind",
        "qualifier",
        "value",
        "value_max",
        "subgroup",
        "attributed",
        "reported_on",
        "review_status",
        "seen_version",
    )
    readonly_fields = ("attributed",)
    show_change_link = True

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("attributed_to")
            .order_by("kind", "reported_on", "pk")
        )

    @admin.display(description="according to")
    def attributed(self, obj) -> str:
        return str(obj.attributed_to or "")


class StatementInline(VersionLockedInlineMixin, admin.TabularInline):
    model = Statement
    fk_name = "incident"
    extra = 0
    fields = ("kind", "speaker_name", "made_on", "short_text", "review_status", "seen_version")
    readonly_fields = ("speaker_name", "short_text")
    show_change_link = True

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("speaker")

    @admin.display(description="speaker")
    def speaker_name(self, obj) -> str:
        return str(obj.speaker or "")

    @admin.display(description="text")
    def short_text(self, obj) -> str:
        return Truncator(obj.text).chars(120)


class SuspectInline(VersionLockedInlineMixin, admin.TabularInline):
    model = Suspect
    extra = 0
    fields = ("full_name", "age", "role", "review_status", "status_history", "seen_version")
    readonly_fields = ("status_history",)
    show_change_link = True

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("status_events")

    @admin.display(description="legal status events")
    def status_history(self, obj) -> str:
        events = sorted(
            obj.status_events.all(), key=lambda e: (e.occurred_on is None, e.occurred_on, e.pk)
        )
        return (
            format_html_join(
                ", ",
                '<a href="{}">{}</a> <small>({})</small>',
                (
                    (
                        reverse("admin:incidents_suspectstatusevent_change", args=[e.pk]),
                        e,
                        e.review_status,
                    )
                    for e in events
                ),
            )
            or "—"
        )


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
    inlines = (
        FigureInline,
        StatementInline,
        SuspectInline,
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
        derived = derived_estimate(incident_reported_figures(incident=incident))
        return {
            "timeline_svg": timeline_svg(timeline_points(figures), estimate_bands(incident)),
            "timeline_includes_proposed": include_proposed,
            "estimate_rows": [
                (
                    kind,
                    [getattr(incident, f"{kind}_{p}") for p in ("low", "best", "high")],
                    getattr(derived, kind),
                )
                for kind in ("killed", "injured")
            ],
            "estimate_is_curated": incident.estimate_is_curated,
            "estimate_reset_url": reverse(
                "admin:incidents_incident_estimate_derived", args=[incident.pk]
            ),
            "review_queue_url": reverse("admin:incidents_casualtyfigure_changelist")
            + f"?incident={incident.pk}",
        }

    def get_urls(self):
        reset = path(
            "<path:object_id>/estimate/derived/",
            self.admin_site.admin_view(self.estimate_derived_view),
            name="incidents_incident_estimate_derived",
        )
        return [reset, *super().get_urls()]

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
        css = {"all": ["incidents/admin.css"]}
