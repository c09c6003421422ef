"""Table layouts and id allocation for loading synthetic rows with explicit ids."""

from __future__ import annotations

from django.db import connection
from django.db.models import Max

from incidents import models
from incidents.models.fact_types import FACT_TYPES, INCIDENT
from incidents.services.bulk_rows import table_columns

# In load order: every table after the tables it points at.
_LOADED = (
    models.Incident,
    models.IncidentAttackType,
    models.IncidentWeaponType,
    models.IncidentTargetType,
    models.IncidentPerpetrator,
    models.Source,
    *(fact_type.model for fact_type in FACT_TYPES if fact_type is not INCIDENT),
    models.Evidence,
)
# Code rows are never pointed at, so the database numbers them.
_NUMBERED_BY_DATABASE = (
    models.IncidentAttackType,
    models.IncidentWeaponType,
    models.IncidentTargetType,
)

COLUMNS: dict[str, tuple[str, ...]] = {
    model._meta.db_table: table_columns(model, with_id=model not in _NUMBERED_BY_DATABASE)
    for model in _LOADED
}

_MODELS = {model._meta.db_table: model for model in _LOADED if model not in _NUMBERED_BY_DATABASE}


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
