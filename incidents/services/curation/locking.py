"""Optimistic locking on the `version` field every curated model carries."""

from django.db import models


class StaleVersionError(Exception):
    """The record changed since the curator loaded it; their write must not overwrite it."""

    def __init__(self, obj: models.Model) -> None:
        self.obj = obj
        super().__init__(stale_message(obj))


def stale_message(obj: models.Model) -> str:
    name = obj._meta.verbose_name
    return (
        f"{name[:1].upper()}{name[1:]} “{obj}” was changed by someone else "
        "since you opened it; reload the page and make your change again."
    )


def version_claim(*, obj: models.Model, seen: int) -> None:
    """Bump the stored version if it is still `seen` (UPDATE ... WHERE version = seen), else raise.

    Run inside the transaction that then saves `obj`: on PostgreSQL the UPDATE holds the row
    lock, so a concurrent claim waits and then finds the new version and fails.
    """
    claimed = type(obj)._default_manager.filter(pk=obj.pk, version=seen).update(version=seen + 1)
    if not claimed:
        raise StaleVersionError(obj)
    obj.version = seen + 1
