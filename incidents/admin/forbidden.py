"""The 403 page: inside the admin's layout, what was refused and what the account may do.

Django answers a refused admin page (a Viewer opening "add" or "import") with a bare
"403 Forbidden"; this handler (handler403 in config/urls.py) names the refused
action, lists what the account's groups allow on that model, and says who may do the rest.
"""

from dataclasses import dataclass

from django.contrib import admin
from django.contrib.admin import ModelAdmin
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import NoReverseMatch, reverse
from django.views import defaults

from incidents.admin.import_export import CURATOR_GROUP, is_curator

# The admin URL's last part -> what the user tried, as a phrase over the model's plural.
REFUSED_ACTIONS = {
    "add": "add {plural}",
    "change": "change {plural}",
    "delete": "delete {plural}",
    "import": "import {plural} from a file",
    "process_import": "import {plural} from a file",
    "import_documents": "import documents",
    "simple_history": "revert {plural} to an earlier version",
    "estimate_derived": "reset the estimate of {plural}",
}
# Checked in this order, so the sentence reads view, export, add, change, import, delete.
ABILITIES = ("view", "export", "add", "change", "import", "delete")
TEMPLATE = "admin/incidents/forbidden.html"


@dataclass(frozen=True)
class Refusal:
    """What a 403 page says: the refused action, and what the account may do instead."""

    refused: str
    roles: str
    allowed: list[str]
    not_allowed: list[str]
    plural: str
    changelist_url: str | None
    # The group that would allow more, for an account not in it.
    ask_for_group: str | None

    def may(self) -> str:
        if not self.allowed:
            return f"Your account ({self.roles}) may not see {self.plural}."
        return f"Your account ({self.roles}) may {_and(self.allowed)} {self.plural}."

    def may_not(self) -> str:
        return f"It may not {_or(self.not_allowed)} them." if self.not_allowed else ""


def permission_denied(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """handler403: the admin's own page for its staff, Django's 403 page elsewhere."""
    if not (_in_admin(request) and request.user.is_active and request.user.is_staff):
        return defaults.permission_denied(request, exception)
    refusal = refusal_for(request)
    context = {
        **admin.site.each_context(request),
        "title": f"You may not {refusal.refused}",
        "refusal": refusal,
    }
    return render(request, TEMPLATE, context, status=403)


def refusal_for(request: HttpRequest) -> Refusal:
    model_admin, action = _model_admin_and_action(request)
    plural = str(model_admin.model._meta.verbose_name_plural) if model_admin else "records"
    refused = REFUSED_ACTIONS.get(action, "open this page").format(plural=plural)
    abilities = _abilities(model_admin, request) if model_admin else {}
    return Refusal(
        refused=refused,
        roles=_roles(request.user),
        allowed=[name for name in ABILITIES if abilities.get(name)],
        not_allowed=[name for name in ABILITIES if name in abilities and not abilities[name]],
        plural=plural,
        changelist_url=_changelist_url(model_admin) if abilities.get("view") else None,
        ask_for_group=None if is_curator(request.user) else CURATOR_GROUP,
    )


def _in_admin(request: HttpRequest) -> bool:
    return request.path.startswith(reverse("admin:index"))


def _model_admin_and_action(request: HttpRequest) -> tuple[ModelAdmin | None, str]:
    match = request.resolver_match
    url_name = (match.url_name if match else None) or ""
    for model, model_admin in admin.site._registry.items():
        prefix = f"{model._meta.app_label}_{model._meta.model_name}_"
        if url_name.startswith(prefix):
            return model_admin, url_name.removeprefix(prefix)
    return None, ""


def _abilities(model_admin: ModelAdmin, request: HttpRequest) -> dict[str, bool]:
    checks = {
        "view": model_admin.has_view_permission,
        "add": model_admin.has_add_permission,
        "change": model_admin.has_change_permission,
        "delete": model_admin.has_delete_permission,
        # Only the admins with spreadsheets (CuratorImportExportMixin) have these two.
        "export": getattr(model_admin, "has_export_permission", None),
        "import": getattr(model_admin, "has_import_permission", None),
    }
    return {name: check(request) for name, check in checks.items() if check is not None}


def _roles(user) -> str:
    if user.is_superuser:
        return "superuser"
    names = sorted(user.groups.values_list("name", flat=True))
    return ", ".join(names) if names else "no group"


def _changelist_url(model_admin: ModelAdmin) -> str | None:
    opts = model_admin.model._meta
    try:
        return reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
    except NoReverseMatch:
        return None


def _and(words: list[str]) -> str:
    return " and ".join([", ".join(words[:-1]), words[-1]]) if len(words) > 1 else words[0]


def _or(words: list[str]) -> str:
    return " or ".join([", ".join(words[:-1]), words[-1]]) if len(words) > 1 else words[0]
