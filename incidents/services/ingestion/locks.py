"""Which of two racing workers creates a record: the database decides.

The rule (README "Scaling out"): a worker looks for the existing record without a lock;
only when it finds none does it take a PostgreSQL advisory lock named after what it is
about to create (a content hash, an actor's name key, an incident's place and date), look
again, and create. The lock is held until its transaction commits, so the second worker
waits, then finds the first one's record instead of making its own. Unique constraints
(Source.sha256, Actor.name_key, ActorAlias.alias_key, Incident.slug) remain the backstop.
On SQLite the locks are no-ops: SQLite lets one writer at a time in anyway.
"""

from __future__ import annotations

import hashlib

from django.db import connection


def lock_for(*words: str) -> None:
    """Wait for, then hold until the end of the transaction, the lock named by `words`."""
    if connection.vendor != "postgresql":
        return
    if not connection.in_atomic_block:
        raise RuntimeError("lock_for needs a transaction: the lock would end at once.")
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_xact_lock(%s)", [_lock_key(words)])


def locks_for(names: list[tuple[str, ...]]) -> None:
    """Several locks, always in the same order, so that two takers cannot deadlock."""
    for words in sorted(set(names)):
        lock_for(*words)


def _lock_key(words: tuple[str, ...]) -> int:
    digest = hashlib.blake2b("\x1f".join(words).encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)
