"""Import and export in the admin: Curators import, anyone who may view a model exports.

Add `CuratorImportExportMixin` before `admin.ModelAdmin` in the bases of the admins for
incidents, sources, casualty figures, statements, suspects and actors; it picks the
model's resource from `incidents.resources`, so every export neutralises formulas.
"""

import logging
import os

from django.contrib import messages
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.views.decorators.http import require_POST
from import_export.admin import ImportExportMixin

from incidents.admin.import_limits import ImportRowLimitMixin
from incidents.resources import RESOURCES_BY_MODEL, CuratedResource

CURATOR_GROUP = "Curator"
# The temporary files whose dry run this session saw, the only ones it may confirm.
ISSUED_IMPORTS_KEY = "import_files_issued"
ISSUED_IMPORTS_KEPT = 20
IMPORT_REFUSED = "This import was already confirmed or has expired: choose the file again."

logger = logging.getLogger(__name__)


def is_curator(user: AbstractBaseUser | AnonymousUser) -> bool:
    """Members of the Curator group, and superusers, may change the curated data."""
    if not (user.is_active and user.is_staff):
        return False
    return user.is_superuser or user.groups.filter(name=CURATOR_GROUP).exists()


class CuratorImportExportMixin(ImportRowLimitMixin, ImportExportMixin):
    """CSV, XLSX and JSON import (dry run, then confirm) and export for a ModelAdmin."""

    def get_resource_classes(self, request: HttpRequest) -> list[type[CuratedResource]]:
        return [RESOURCES_BY_MODEL[self.model]]

    def has_import_permission(self, request: HttpRequest) -> bool:
        # The group makes the curator; the model permissions keep a curator whose rights on
        # this model were withdrawn from adding or changing its rows through a file.
        return (
            is_curator(request.user)
            and self.has_add_permission(request)
            and self.has_change_permission(request)
        )

    def has_export_permission(self, request: HttpRequest) -> bool:
        # Exports are read-only: a Viewer may take away what the admin already shows them.
        return self.has_view_permission(request)

    def get_import_data_kwargs(self, **kwargs) -> dict:
        # The confirm step would otherwise commit the valid rows of a file with bad ones.
        kwargs = super().get_import_data_kwargs(**kwargs)
        return {**kwargs, "use_transactions": True, "rollback_on_validation_errors": True}

    def import_action(self, request: HttpRequest, **kwargs) -> HttpResponse:
        response = super().import_action(request, **kwargs)
        result = getattr(response, "context_data", {}).get("result")
        if result is not None:
            _hide_tracebacks(result)
        return response

    def get_confirm_form_initial(self, request: HttpRequest, import_form) -> dict:
        initial = super().get_confirm_form_initial(request, import_form)
        if import_form is not None:
            _issue_import_file(request, initial["import_file_name"])
        return initial

    @method_decorator(require_POST)
    def process_import(self, request: HttpRequest, **kwargs) -> HttpResponse:
        # django-import-export opens whatever file of the temporary directory the form
        # names, imports it and deletes it; only the file of this session's dry run may be.
        if not self.has_import_permission(request):
            raise PermissionDenied
        if not _redeem_import_file(request, request.POST.get("import_file_name", "")):
            return self._import_refused(request)
        try:
            return super().process_import(request, **kwargs)
        except FileNotFoundError:
            return self._import_refused(request)

    def _import_refused(self, request: HttpRequest) -> HttpResponse:
        self.message_user(request, IMPORT_REFUSED, messages.ERROR)
        opts = self.model._meta
        url = f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_import"
        return HttpResponseRedirect(reverse(url))


def _issue_import_file(request: HttpRequest, name: str) -> None:
    issued = request.session.get(ISSUED_IMPORTS_KEY, [])
    issued.append(os.path.basename(name))
    request.session[ISSUED_IMPORTS_KEY] = issued[-ISSUED_IMPORTS_KEPT:]


def _redeem_import_file(request: HttpRequest, name: str) -> bool:
    """Whether this session was issued the file; each issue is good for one confirmation."""
    issued = request.session.get(ISSUED_IMPORTS_KEY, [])
    name = os.path.basename(name)
    if not name or name not in issued:
        return False
    issued.remove(name)
    request.session[ISSUED_IMPORTS_KEY] = issued
    return True


def _hide_tracebacks(result) -> None:
    # A file-wide error (e.g. a header without the key columns) is the curator's to fix
    # and its message says how; the traceback is for the server log.
    for error in result.base_errors:
        logger.info("Import refused: %s\n%s", error.error, error.traceback)
        error.traceback = ""
