"""Tombstones for records that leave the published data (see RecordRemoval)."""

from collections.abc import Iterable

from django.db import models

from incidents.models import RecordRemoval, RemovalReason
from incidents.models.fact_types import FACT_TYPES

# API resource names, as RecordRemoval.model documents them.
RESOURCE_NAMES = {
    **{fact_type.model_name: fact_type.resource for fact_type in FACT_TYPES},
    "actor": "actors",
    "source": "sources",
}


def resource_name(model: type[models.Model]) -> str:
    return RESOURCE_NAMES[model._meta.model_name]


def removals_record(
    *,
    model: type[models.Model],
    object_ids: Iterable[int],
    reason: RemovalReason,
    merged_into: int | None = None,
) -> list[RecordRemoval]:
    return RecordRemoval.objects.bulk_create(
        RecordRemoval(
            model=resource_name(model),
            object_id=object_id,
            reason=reason,
            merged_into=merged_into,
        )
        for object_id in object_ids
    )
