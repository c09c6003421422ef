"""What every admin of the curated data shares: history, locking, cheap pagination."""

from django.db import models
from simple_history.admin import SimpleHistoryAdmin

from incidents.admin.locking import VersionLockedAdminMixin
from incidents.admin.pagination import EstimatedCountPaginator


class CuratedAdmin(VersionLockedAdminMixin, SimpleHistoryAdmin):
    paginator = EstimatedCountPaginator
    show_full_result_count = False
    list_per_page = 50
    # The changelists are ordered by primary key, which an index serves on any table size.
    ordering = ["-pk"]
    # A URL typed without a scheme is taken as https (Django 6's default, adopted now).
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
