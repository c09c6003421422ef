"""What a release publishes: accepted facts, and only the records they need.

Facts (figures, statements, suspects, status events) are released when a curator accepted
them; a status event also needs its suspect accepted. An incident is released when it has
an accepted fact or a curator set its estimate; its attributes, perpetrators and sides (of
a UCDP or ACLED event) come with it. Sources and actors carry no review status of their
own: a source is released when it is cited by released evidence, an actor when a released
record names it (and its parents, so that every `parent_id` resolves).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Q, QuerySet

from incidents.models import (
    Actor,
    CasualtyFigure,
    Evidence,
    Incident,
    IncidentPerpetrator,
    IncidentSide,
    Source,
    Statement,
    Suspect,
    SuspectStatusEvent,
)
from incidents.models.vocabularies import ReviewStatus


@dataclass(frozen=True)
class Selection:
    figures: QuerySet[CasualtyFigure]
    statements: QuerySet[Statement]
    suspects: QuerySet[Suspect]
    status_events: QuerySet[SuspectStatusEvent]
    incidents: QuerySet[Incident]
    perpetrators: QuerySet[IncidentPerpetrator]
    sides: QuerySet[IncidentSide]
    evidence: QuerySet[Evidence]
    sources: QuerySet[Source]
    actors: QuerySet[Actor]


def released_selection() -> Selection:
    """The released records of every table, as lazy querysets."""
    figures = CasualtyFigure.objects.accepted()
    statements = Statement.objects.accepted()
    suspects = Suspect.objects.accepted()
    status_events = SuspectStatusEvent.objects.accepted().filter(
        suspect__review_status=ReviewStatus.ACCEPTED
    )
    incidents = Incident.objects.filter(
        Q(id__in=figures.values("incident_id"))
        | Q(id__in=statements.values("incident_id"))
        | Q(id__in=suspects.values("incident_id"))
        | Q(estimate_is_curated=True)
    )
    perpetrators = IncidentPerpetrator.objects.filter(incident__in=incidents)
    sides = IncidentSide.objects.filter(incident__in=incidents)
    evidence = Evidence.objects.filter(
        Q(figure__in=figures)
        | Q(statement__in=statements)
        | Q(suspect__in=suspects)
        | Q(status_event__in=status_events)
        | Q(incident__in=incidents)
    )
    named = _actors_named(figures, statements, suspects, perpetrators, sides)
    return Selection(
        figures=figures,
        statements=statements,
        suspects=suspects,
        status_events=status_events,
        incidents=incidents,
        perpetrators=perpetrators,
        sides=sides,
        evidence=evidence,
        sources=Source.objects.filter(id__in=evidence.values("source_id")),
        actors=Actor.objects.filter(id__in=_with_parents(named)),
    )


def _actors_named(figures, statements, suspects, perpetrators, sides) -> set[int]:
    references = (
        figures.values_list("attributed_to_id", flat=True),
        statements.values_list("speaker_id", flat=True),
        statements.values_list("concerns_id", flat=True),
        suspects.values_list("affiliation_id", flat=True),
        perpetrators.values_list("actor_id", flat=True),
        sides.values_list("actor_id", flat=True),
    )
    return {actor_id for ids in references for actor_id in ids.order_by().distinct() if actor_id}


def _with_parents(actor_ids: set[int]) -> set[int]:
    found, missing = set(actor_ids), set(actor_ids)
    while missing:
        parents = set(
            Actor.objects.filter(id__in=missing, parent__isnull=False).values_list(
                "parent_id", flat=True
            )
        )
        missing = parents - found
        found |= parents
    return found
