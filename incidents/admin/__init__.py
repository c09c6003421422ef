"""The curation admin, one module per model group; importing them registers the admins."""

from django.contrib import admin

from incidents.admin import actors, evidence, facts, incidents, jobs, sources, suspects

admin.site.site_header = "Incident database"
admin.site.site_title = "Incident database curation"

__all__ = ["actors", "evidence", "facts", "incidents", "jobs", "sources", "suspects"]
