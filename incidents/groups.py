"""The Curator and Viewer groups of the admin, granted their permissions after every migrate.

Curators view, add and change every curated model (review is a change; import adds rows);
they delete only the small parts edited inline (aliases, name variants, codes, links):
facts, incidents and sources are never deleted, rejecting keeps them. Viewers only view.
Migration 0004 created the groups; granting after every migrate means a model added later
(a new fact type in models.fact_types, say) is visible to both without a migration of its own.
Permissions are only ever added here, so grants an administrator made by hand stay.
"""

from django.apps import AppConfig
from django.contrib.auth.models import Group, Permission

CURATOR, VIEWER = "Curator", "Viewer"
INLINE_PARTS = {
    "actoralias",
    "suspectnamevariant",
    "suspectcitizenship",
    "incidentperpetrator",
    "incidentside",
    "incidentrelation",
    "incidentattacktype",
    "incidentweapontype",
    "incidenttargettype",
}


def groups_grant(sender: AppConfig, **kwargs) -> None:
    """A post_migrate receiver: runs after Django has created the app's permissions."""
    viewer, curator = group_codenames(sender)
    for name, codenames in ((VIEWER, viewer), (CURATOR, curator)):
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label=sender.label, codename__in=codenames)
        )


def group_codenames(app_config: AppConfig) -> tuple[set[str], set[str]]:
    """The Viewer's and the Curator's permission codenames over every model of the app."""
    viewer, curator = set(), set()
    for model in app_config.get_models():
        name = model._meta.model_name
        viewer.add(f"view_{name}")
        curator.add(f"view_{name}")
        if name.startswith("historical"):
            continue
        curator.update({f"add_{name}", f"change_{name}"})
        if name in INLINE_PARTS:
            curator.add(f"delete_{name}")
    return viewer, curator
