"""Import jobs and feeds in the admin groups: curators follow their jobs and manage feeds."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

APP = "incidents"
VIEWER = {"view_importjob", "view_jobdocument", "view_feed", "view_feedentry"}
CURATOR = VIEWER | {"add_feed", "change_feed", "delete_feed"}


def _ensure_permissions(apps) -> None:
    # Permissions are created after all migrations run; a fresh database needs them now.
    app_config = apps.get_app_config(APP)
    app_config.models_module = True
    create_permissions(app_config, verbosity=0)
    app_config.models_module = None


def grant(apps, schema_editor):
    _ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group_name, codenames in (("Viewer", VIEWER), ("Curator", CURATOR)):
        group = Group.objects.filter(name=group_name).first()
        if group is not None:
            group.permissions.add(
                *Permission.objects.filter(content_type__app_label=APP, codename__in=codenames)
            )


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    for permission in Permission.objects.filter(content_type__app_label=APP, codename__in=CURATOR):
        permission.group_set.clear()


class Migration(migrations.Migration):
    dependencies = [("incidents", "0007_import_jobs")]

    operations = [migrations.RunPython(grant, revoke)]
