from django.apps import AppConfig
from django.db.models.signals import post_migrate


class IncidentsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "incidents"
    verbose_name = "Incident database"

    def ready(self) -> None:
        from incidents.groups import groups_grant

        post_migrate.connect(groups_grant, sender=self, dispatch_uid="incidents.groups_grant")
