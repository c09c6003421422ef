"""The rows an import points at: the dataset's Source and Actor, perpetrators, citations."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from django.utils import timezone

from incidents.interop.layouts import Layout
from incidents.interop.records import IncidentRecord
from incidents.models import Actor, ActorAlias, Source, alias_key, content_sha256
from incidents.models.vocabularies import ActorKind, ReliabilityGrade, SideKind, SourceKind
from incidents.services.bulk_rows import copy_rows, table_columns

_HASH_CHUNK = 1024 * 1024


def dataset_source(*, path: Path, layout: Layout) -> Source:
    """The Source for the file itself, found again by its SHA-256 on a re-import."""
    digest = file_sha256(path)
    existing = Source.objects.filter(sha256=digest).first()
    if existing is not None:
        return existing
    source = Source(
        title=f"{layout.title}: {path.name}",
        publisher=layout.publisher,
        kind=SourceKind.DATASET,
        file_name=path.name,
        sha256=digest,
        reliability=ReliabilityGrade.B,
    )
    source.full_clean()
    source.save()
    return source


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def dataset_actor(*, layout: Layout) -> Actor:
    """Who gave the imported figures: the dataset's publisher, as an actor."""
    actor = Actor.objects.resolve(layout.title)
    if actor is None:
        actor = Actor(name=layout.title, kind=ActorKind.OTHER)
        actor.full_clean()
        actor.save()
    return actor


# The kind of actor a new side becomes; civilians are a side but never an actor.
_SIDE_ACTOR_KINDS = {
    SideKind.STATE: ActorKind.GOVERNMENT,
    SideKind.NON_STATE: ActorKind.ARMED_GROUP,
}


def actor_kinds(records: Iterable[IncidentRecord]) -> dict[str, str]:
    """Every perpetrator and side name of the records -> the kind a new actor of it gets."""
    kinds: dict[str, str] = {}
    for record in records:
        kinds.update(dict.fromkeys(record.perpetrators, ActorKind.ARMED_GROUP))
        kinds.update(
            (side.name, _SIDE_ACTOR_KINDS[side.kind])
            for side in record.sides
            if side.kind in _SIDE_ACTOR_KINDS
        )
    return kinds


class ActorDirectory:
    """Perpetrator and side names -> actor ids, by alias; unknown names become new actors.

    Keeps what it resolved for the whole import: a dataset names a few thousand groups.
    """

    def __init__(self) -> None:
        self._ids: dict[str, int] = {}

    def ids_for(self, kinds: Mapping[str, str]) -> dict[str, int]:
        """`kinds`: name -> the ActorKind an actor of that name is created with if new."""
        by_key = {alias_key(name): name for name in kinds}
        missing = [key for key in by_key if key not in self._ids]
        if missing:
            self._ids.update(self._resolve(missing))
            self._create({by_key[k]: kinds[by_key[k]] for k in missing if k not in self._ids})
        return {name: self._ids[key] for key, name in by_key.items()}

    def _resolve(self, keys: Sequence[str]) -> dict[str, int]:
        found = dict(Actor.objects.filter(name_key__in=keys).values_list("name_key", "pk"))
        found |= dict(
            ActorAlias.objects.filter(alias_key__in=keys).values_list("alias_key", "actor_id")
        )
        return found

    def _create(self, kinds: Mapping[str, str]) -> None:
        if not kinds:
            return
        # bulk_create skips Actor.save(), which is what fills name_key.
        Actor.objects.bulk_create(
            [Actor(name=name, name_key=alias_key(name), kind=kind) for name, kind in kinds.items()]
        )
        self._ids.update(self._resolve([alias_key(name) for name in kinds]))


_SOURCE_COLUMNS = table_columns(Source, with_id=False)


def citation_sources(records: Iterable[IncidentRecord], *, system: str) -> dict[str, int]:
    """Citation text -> Source id; a citation shared by many rows is one Source.

    New citations are loaded in bulk (COPY on PostgreSQL): a GTD release cites about as many
    articles as it has incidents, and the ORM's bulk_create is the slow part of an import.
    """
    kinds = {citation.text: citation.kind for record in records for citation in record.citations}
    by_hash = {content_sha256(text): text for text in kinds}
    known = dict(Source.objects.filter(sha256__in=by_hash).values_list("sha256", "pk"))
    if len(known) < len(by_hash):
        now = timezone.now()
        note = f"Citation as given in a {system.upper()} file; the work cited is not stored."
        copy_rows(
            Source._meta.db_table,
            _SOURCE_COLUMNS,
            (
                (now, now, 1, text[:500], "", "", "", None, None, None, now,
                 kinds[text], "en", "", text, text, "[]", digest, ReliabilityGrade.F,
                 note)
                for digest, text in by_hash.items()
                if digest not in known
            ),
        )  # fmt: skip
        known = dict(Source.objects.filter(sha256__in=by_hash).values_list("sha256", "pk"))
    return {text: known[digest] for digest, text in by_hash.items()}
