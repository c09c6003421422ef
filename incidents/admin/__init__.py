"""The curation admin, one module per model group; importing them registers the admins."""

from incidents.admin import actors, evidence, facts, incidents, jobs, sources, suspects

__all__ = ["actors", "evidence", "facts", "incidents", "jobs", "sources", "suspects"]
