"""The merge action shared by suspects and actors: pick two, choose which one is kept, confirm."""

from collections.abc import Callable

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.core.exceptions import ValidationError
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html

from incidents.services.curation.locking import StaleVersionError


def merge_action(service: Callable, noun: str):
    @admin.action(description=f"Merge two selected {noun}", permissions=["change"])
    def merge_selected(modeladmin, request, queryset):
        records = list(queryset.order_by("pk")[:3])
        if len(records) != 2:
            modeladmin.message_user(request, f"Select exactly two {noun} to merge.", messages.ERROR)
            return None
        keep_pk = request.POST.get("keep", "")
        if request.POST.get("confirm") != "yes" or keep_pk not in {str(r.pk) for r in records}:
            return _confirm_page(modeladmin, request, records, noun)
        keep, merged = sorted(records, key=lambda r: str(r.pk) != keep_pk)
        _merge(modeladmin, request, service, keep, merged)
        return None

    return merge_selected


def _merge(modeladmin, request, service, keep, merged) -> None:
    merged_label = str(merged)
    try:
        service(keep=keep, merged=merged, user=request.user)
    except (ValidationError, StaleVersionError) as error:
        text = "; ".join(error.messages) if isinstance(error, ValidationError) else str(error)
        modeladmin.message_user(request, text, messages.ERROR)
        return
    url = reverse(f"admin:{keep._meta.app_label}_{keep._meta.model_name}_change", args=[keep.pk])
    modeladmin.message_user(
        request,
        format_html('Merged “{}” into <a href="{}">{}</a>.', merged_label, url, keep),
        messages.SUCCESS,
    )


def _confirm_page(modeladmin, request, records, noun: str) -> TemplateResponse:
    context = {
        **modeladmin.admin_site.each_context(request),
        "title": f"Merge two {noun}",
        "opts": modeladmin.model._meta,
        "records": records,
        "noun": noun,
        "action": request.POST.get("action", ""),
        "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
    }
    return TemplateResponse(request, "admin/incidents/merge_confirm.html", context)
