"""Import and export in the admin: Curators import, anyone who may view a model exports.

Add `CuratorImportExportMixin` before `admin.ModelAdmin` in the bases of the admins for
incidents, sources, casualty figures, statements, suspects and actors; it picks the
model's resource from `incidents.resources`, so every export neutralises formulas.
"""

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.http import HttpRequest
from import_export.admin import ImportExportMixin

from incidents.admin.import_limits import ImportRowLimitMixin
from incidents.resources import RESOURCES_BY_MODEL, CuratedResource

CURATOR_GROUP = "Curator"


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
