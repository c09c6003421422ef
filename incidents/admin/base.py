"""What every admin of the curated data shares: history, locking, cheap pagination."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import HttpResponseRedirect

from incidents.admin.history import LabelledHistoryAdmin
from incidents.admin.locking import VersionLockedAdminMixin
from incidents.admin.pagination import EstimatedCountPaginator
from incidents.services.curation.locking import StaleVersionError


class CuratedAdmin(VersionLockedAdminMixin, LabelledHistoryAdmin):
    paginator = EstimatedCountPaginator
    show_full_result_count = False
    list_per_page = 50
    # The changelists are ordered by primary key, which an index serves on any table size.
    ordering = ["-pk"]
    # A URL typed without a scheme is taken as https (Django 6's default, adopted now).
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        # django-simple-history only hides the Revert button from users who may not change
        # the record; its POST saves the old version for anyone who may view it.
        if request.method == "POST" and not self._may_revert(request, object_id):
            raise PermissionDenied
        try:
            return super().history_form_view(request, object_id, version_id, extra_context)
        except StaleVersionError as error:
            self.message_user(request, str(error), messages.ERROR)
            return HttpResponseRedirect(request.get_full_path())

    def get_form(self, request, obj=None, change=False, **kwargs):
        if obj is not None and _is_revert_form(request):
            # A revert restores an old version's values over the stored record: the version
            # the curator saw, and the lock claims, is the stored one, not the old one.
            stored = type(obj)._default_manager.filter(pk=obj.pk)
            obj.version = stored.values_list("version", flat=True).first() or obj.version
        return super().get_form(request, obj, change, **kwargs)

    def _may_revert(self, request, object_id: str) -> bool:
        obj = self.get_object(request, object_id)
        return (
            obj is not None
            and self.has_change_permission(request, obj)
            and not self.revert_disabled(request, obj)
        )


def _is_revert_form(request) -> bool:
    match = request.resolver_match
    return match is not None and match.url_name.endswith("_simple_history")
