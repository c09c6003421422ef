"""Table layouts and id allocation for loading synthetic rows with explicit ids."""

from __future__ import annotations

from django.db import connection
from django.db.models import Max

from incidents import models

_FACT = ("id", "created_at", "updated_at", "version", "review_status", "extractor",
         "created_by_id", "reviewed_by_id", "reviewed_at")  # fmt: skip

# In load order: every table after the tables it points at.
COLUMNS: dict[str, tuple[str, ...]] = {
    "incidents_incident": (
        "id", "created_at", "updated_at", "version", "name", "slug", "summary", "start_date",
        "start_time", "timezone", "end_date", "end_time", "date_precision", "approximate_date",
        "venue", "city", "region", "country", "latitude", "longitude", "location_precision",
        "motive", "claimed", "claim_mode", "competing_claims", "attribution_uncertain",
        "criterion_political_goal", "criterion_coerce_audience", "criterion_outside_ihl",
        "doubt_terrorism_proper", "killed_low", "killed_best", "killed_high", "injured_low",
        "injured_best", "injured_high", "estimate_is_curated", "external_system",
        "external_id", "imported_from_id", "import_fingerprint",
    ),
    "incidents_incidentattacktype": ("incident_id", "code"),
    "incidents_incidentweapontype": ("incident_id", "code"),
    "incidents_incidenttargettype": ("incident_id", "code"),
    "incidents_incidentperpetrator": ("id", "incident_id", "actor_id", "role"),
    "incidents_source": (
        "id", "created_at", "updated_at", "version", "title", "publisher", "author", "url",
        "published_on", "imported_at", "kind", "language", "file_name", "raw_text",
        "cleaned_text", "offset_map", "sha256", "reliability", "notes",
    ),
    "incidents_casualtyfigure": (
        *_FACT, "incident_id", "kind", "value", "value_max", "qualifier", "subgroup",
        "attributed_to_id", "reported_on", "as_of",
    ),
    "incidents_statement": (
        *_FACT, "incident_id", "speaker_id", "kind", "channel", "made_on", "text", "concerns_id",
    ),
    "incidents_suspect": (
        *_FACT, "incident_id", "full_name", "name_key", "age", "age_reported_on", "birth_date",
        "role", "affiliation_id",
    ),
    "incidents_suspectstatusevent": (
        *_FACT, "suspect_id", "status", "occurred_on", "until", "charge", "detail",
    ),
    "incidents_evidence": (
        "id", "source_id", "quote", "start", "end", "figure_id", "statement_id", "suspect_id",
        "status_event_id", "incident_id", "attribute", "created_at",
    ),
}  # fmt: skip

_MODELS = {
    "incidents_incident": models.Incident,
    "incidents_incidentperpetrator": models.IncidentPerpetrator,
    "incidents_source": models.Source,
    "incidents_casualtyfigure": models.CasualtyFigure,
    "incidents_statement": models.Statement,
    "incidents_suspect": models.Suspect,
    "incidents_suspectstatusevent": models.SuspectStatusEvent,
    "incidents_evidence": models.Evidence,
}


class IdAllocator:
    """Hands out ids above the current maximum, so rows can point at each other before loading."""

    def __init__(self, last: dict[str, int]) -> None:
        self._last = dict(last)

    @classmethod
    def from_database(cls) -> IdAllocator:
        return cls(
            {
                table: model.objects.aggregate(last=Max("id"))["last"] or 0
                for table, model in _MODELS.items()
            }
        )

    def next(self, table: str) -> int:
        self._last[table] += 1
        return self._last[table]

    def advance_sequences(self, db=connection) -> None:
        """PostgreSQL: move each id sequence past the ids given out here."""
        with db.cursor() as cursor:
            for table, last in self._last.items():
                if last:
                    cursor.execute(
                        "SELECT setval(pg_get_serial_sequence(%s, 'id'), %s)", [table, last]
                    )
