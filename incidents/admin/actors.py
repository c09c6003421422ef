"""Actors and their aliases; merge of duplicates ("ISIS" / "Islamic State")."""

from django.contrib import admin

from incidents.admin.base import CuratedAdmin
from incidents.admin.import_export import CuratorImportExportMixin
from incidents.admin.merging import merge_action
from incidents.models import Actor, ActorAlias
from incidents.services.curation.suspect_actor_merge import actor_merge


class AliasInline(admin.TabularInline):
    model = ActorAlias
    extra = 0


@admin.register(Actor)
class ActorAdmin(CuratorImportExportMixin, CuratedAdmin):
    list_display = ("name", "kind", "parent", "updated_at")
    list_filter = ("kind",)
    list_select_related = ("parent",)
    search_fields = ("name", "aliases__alias")
    autocomplete_fields = ("parent",)
    inlines = (AliasInline,)
    actions = [merge_action(actor_merge, "actors")]
    fields = ("name", "kind", "parent", "description", "seen_version")
