"""Merging duplicate suspects and actors: everything moves to the record kept, nothing is lost.

The merged record is deleted through the ORM so django-simple-history keeps its last state
(with the reason "merged into N"), and a RecordRemoval tombstone tells API clients where it went.
"""

from django.core.exceptions import ValidationError
from django.db import models, transaction

from incidents.models import (
    Actor,
    ActorAlias,
    CasualtyFigure,
    Evidence,
    IncidentPerpetrator,
    RemovalReason,
    Statement,
    Suspect,
    SuspectCitizenship,
    SuspectNameVariant,
    SuspectStatusEvent,
    alias_key,
)
from incidents.services.curation.locking import version_claim
from incidents.services.curation.removals import removals_record

SUSPECT_FILLABLE = ("age", "age_reported_on", "birth_date", "affiliation")
# Facts that point at an actor, by the field that does.
ACTOR_REFERENCES = (
    (CasualtyFigure, "attributed_to"),
    (Statement, "speaker"),
    (Statement, "concerns"),
    (Suspect, "affiliation"),
)


@transaction.atomic
def suspect_merge(*, keep: Suspect, merged: Suspect, user) -> Suspect:
    """Fold `merged` into `keep`: names become variants; evidence and status events move."""
    _refuse_self_merge(keep, merged)
    if keep.incident_id != merged.incident_id:
        raise ValidationError("Only suspects of the same incident can be merged.")
    _claim_both(keep, merged)
    _suspect_names_move(keep, merged)
    _suspect_citizenships_move(keep, merged)
    for field in SUSPECT_FILLABLE:
        if getattr(keep, field) is None:
            setattr(keep, field, getattr(merged, field))
    Evidence.objects.filter(suspect=merged).update(suspect=keep)
    reason = f"merged suspect {merged.pk} ({merged.full_name}) into {keep.pk}"
    _repoint(SuspectStatusEvent, "suspect", merged, keep, user, reason)
    return _finish(keep, merged, user, reason)


@transaction.atomic
def actor_merge(*, keep: Actor, merged: Actor, user) -> Actor:
    """Fold `merged` into `keep`: its name and aliases become aliases; every reference moves."""
    _refuse_self_merge(keep, merged)
    _claim_both(keep, merged)
    reason = f"merged actor {merged.pk} ({merged.name}) into {keep.pk}"
    _actor_aliases_move(keep, merged)
    for model, field in ACTOR_REFERENCES:
        _repoint(model, field, merged, keep, user, reason)
    _perpetrator_links_move(keep, merged)
    Actor.objects.filter(parent=merged).exclude(pk=keep.pk).update(parent=keep)
    if keep.parent_id == merged.pk:
        keep.parent_id = merged.parent_id
    if merged.description and merged.description not in keep.description:
        keep.description = "\n\n".join(filter(None, [keep.description, merged.description]))
    return _finish(keep, merged, user, reason)


def _refuse_self_merge(keep: models.Model, merged: models.Model) -> None:
    if keep.pk == merged.pk:
        raise ValidationError("A record cannot be merged into itself.")


def _claim_both(keep: models.Model, merged: models.Model) -> None:
    version_claim(obj=keep, seen=keep.version)
    version_claim(obj=merged, seen=merged.version)


def _suspect_names_move(keep: Suspect, merged: Suspect) -> None:
    known = {keep.full_name, *keep.name_variants.values_list("name", flat=True)}
    incoming = [merged.full_name, *merged.name_variants.values_list("name", flat=True)]
    SuspectNameVariant.objects.bulk_create(
        SuspectNameVariant(suspect=keep, name=name)
        for name in dict.fromkeys(incoming)
        if name not in known
    )


def _suspect_citizenships_move(keep: Suspect, merged: Suspect) -> None:
    known = set(keep.citizenships.values_list("country", flat=True))
    SuspectCitizenship.objects.bulk_create(
        SuspectCitizenship(suspect=keep, country=country)
        for country in merged.citizenships.values_list("country", flat=True)
        if country not in known
    )


def _actor_aliases_move(keep: Actor, merged: Actor) -> None:
    merged.aliases.update(actor=keep)
    key = alias_key(merged.name)
    if key != keep.name_key and not ActorAlias.objects.filter(alias_key=key).exists():
        ActorAlias.objects.create(actor=keep, alias=merged.name)


def _perpetrator_links_move(keep: Actor, merged: Actor) -> None:
    # Where both are linked to one incident the kept actor's link (and role) stays.
    already = IncidentPerpetrator.objects.filter(actor=keep).values("incident_id")
    merged.perpetrator_links.filter(incident_id__in=already).delete()
    merged.perpetrator_links.update(actor=keep)


def _repoint(model, field: str, merged, keep, user, reason: str) -> None:
    """Move a foreign key from `merged` to `keep`, bumping versions and writing history."""
    pks = list(model.objects.filter(**{field: merged}).values_list("pk", flat=True))
    if not pks:
        return
    model.objects.filter(pk__in=pks).update(**{field: keep}, version=models.F("version") + 1)
    model.history.bulk_history_create(
        list(model.objects.filter(pk__in=pks)),
        update=True,
        default_user=user,
        default_change_reason=reason,
    )


def _finish(keep, merged, user, reason: str):
    merged_pk = merged.pk
    keep._history_user = user
    keep._change_reason = reason
    keep.full_clean()
    keep.save()
    merged._history_user = user
    merged._change_reason = reason
    merged.delete()
    removals_record(
        model=type(keep),
        object_ids=[merged_pk],
        reason=RemovalReason.MERGED,
        merged_into=keep.pk,
    )
    return keep
