"""The Curator and Viewer groups of the admin.

Curators view, add and change every curated model (review is a change; import adds rows);
they delete only the small parts edited inline (aliases, name variants, codes, links):
facts, incidents and sources are never deleted, rejecting keeps them. Viewers only view.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

APP = "incidents"
INLINE_PARTS = {
    "actoralias",
    "suspectnamevariant",
    "suspectcitizenship",
    "incidentperpetrator",
    "incidentrelation",
    "incidentattacktype",
    "incidentweapontype",
    "incidenttargettype",
}


def _ensure_permissions(apps) -> None:
    # Permissions are created after all migrations run; a fresh database needs them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0)
        app_config.models_module = None


def _codenames(apps) -> tuple[set[str], set[str]]:
    viewer, curator = set(), set()
    for model in apps.get_app_config(APP).get_models():
        name = model._meta.model_name
        if name.startswith("historical"):
            viewer.add(f"view_{name}")
            curator.add(f"view_{name}")
            continue
        viewer.add(f"view_{name}")
        curator.update({f"view_{name}", f"add_{name}", f"change_{name}"})
        if name in INLINE_PARTS:
            curator.add(f"delete_{name}")
    return viewer, curator


def create_groups(apps, schema_editor):
    _ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    viewer, curator = _codenames(apps)
    for group_name, codenames in (("Viewer", viewer), ("Curator", curator)):
        group, _ = Group.objects.get_or_create(name=group_name)
        group.permissions.set(
            Permission.objects.filter(content_type__app_label=APP, codename__in=codenames)
        )


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=["Viewer", "Curator"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("incidents", "0003_admin_search_trigram"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
