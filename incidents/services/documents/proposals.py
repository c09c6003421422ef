"""Save one extraction's facts as proposed records, each with its evidence."""

from __future__ import annotations

from collections import Counter

from incidents.extraction.results import (
    CasualtyFigureCandidate,
    Extraction,
    IncidentCandidate,
    Span,
    StatementCandidate,
    StatusEventCandidate,
    SuspectCandidate,
)
from incidents.models import (
    CasualtyFigure,
    Evidence,
    Incident,
    IncidentAttackType,
    IncidentPerpetrator,
    IncidentWeaponType,
    Source,
    Statement,
    Suspect,
    SuspectCitizenship,
    SuspectNameVariant,
    SuspectStatusEvent,
)
from incidents.models.fact_types import FIGURE, STATEMENT, STATUS_EVENT, SUSPECT
from incidents.models.vocabularies import (
    AttackType,
    Channel,
    ClaimMode,
    PerpetratorRole,
    StatementKind,
    Subgroup,
    WeaponType,
)
from incidents.services.documents.resolution import (
    actor_resolve_or_create,
    incident_creation_lock,
    incident_match,
    incident_slug,
    suspect_match,
)

_ATTACK_CODES = {label: code for code, label in AttackType.choices}
_WEAPON_CODES = {label: code for code, label in WeaponType.choices}
_CLAIM_MODES = {label: value for value, label in ClaimMode.choices}
# Incident attributes an extraction may fill, when the incident does not have them yet.
_PLACE_AND_TIME = ("venue", "city", "region", "country", "timezone")


def incident_from_candidate(*, candidate: IncidentCandidate, source: Source) -> Incident:
    """The incident the document is about: an existing one at the same place and date, or new."""
    incident = incident_match(candidate)
    if incident is None and candidate.country:
        # Another worker may be creating it right now: wait for it, then look again.
        incident_creation_lock(candidate)
        incident = incident_match(candidate)
    if incident is None:
        incident = Incident(
            name=candidate.name or "Unnamed incident", slug=incident_slug(candidate)
        )
    _fill_blanks(incident, candidate)
    incident.full_clean()
    incident.save()
    _link_classifications(incident, candidate)
    for attribute, span in candidate.evidence:
        _evidence(source, span, incident=incident, attribute=attribute[:50])
    return incident


def _fill_blanks(incident: Incident, candidate: IncidentCandidate) -> None:
    """Take the document's values only where the incident has none: curated values stay."""
    if incident.start_date is None and candidate.date is not None:
        incident.start_date = candidate.date
        incident.start_time = candidate.time
    for attribute in _PLACE_AND_TIME:
        if not getattr(incident, attribute):
            setattr(incident, attribute, getattr(candidate, attribute)[:200])
    if incident.claimed is None and candidate.claimed is not None:
        incident.claimed = candidate.claimed
    if not incident.claim_mode:
        incident.claim_mode = _CLAIM_MODES.get(candidate.claim_mode, "")


def _link_classifications(incident: Incident, candidate: IncidentCandidate) -> None:
    for label in candidate.attack_types:
        if label in _ATTACK_CODES:
            IncidentAttackType.objects.get_or_create(incident=incident, code=_ATTACK_CODES[label])
    for label in candidate.weapon_types:
        if label in _WEAPON_CODES:
            IncidentWeaponType.objects.get_or_create(incident=incident, code=_WEAPON_CODES[label])
    role = PerpetratorRole.CLAIMED if candidate.claimed else PerpetratorRole.SUSPECTED
    for group in candidate.perpetrator_groups:
        actor = actor_resolve_or_create(name=group)
        IncidentPerpetrator.objects.get_or_create(
            incident=incident, actor=actor, defaults={"role": role}
        )


def facts_propose(*, extraction: Extraction, source: Source, incident: Incident) -> Counter[str]:
    """Save every extracted fact as proposed, with its evidence; count them by kind."""
    counts: Counter[str] = Counter()
    for figure in extraction.casualty_figures:
        _figure_propose(figure, extraction.extractor, source, incident)
        counts[f"{FIGURE.label}: {figure.kind}"] += 1
    for statement in extraction.statements:
        _statement_propose(statement, extraction.extractor, source, incident)
        counts[STATEMENT.label] += 1
    for suspect in extraction.suspects:
        counts += _suspect_propose(suspect, extraction.extractor, source, incident)
    return counts


def _figure_propose(
    candidate: CasualtyFigureCandidate, extractor: str, source: Source, incident: Incident
) -> CasualtyFigure:
    attributed_to = (
        actor_resolve_or_create(name=candidate.attributed_to) if candidate.attributed_to else None
    )
    figure = CasualtyFigure(
        incident=incident,
        kind=candidate.kind,
        value=candidate.value,
        value_max=candidate.value_max,
        qualifier=candidate.qualifier,
        subgroup=candidate.subgroup if candidate.subgroup in Subgroup.values else Subgroup.OTHER,
        attributed_to=attributed_to,
        reported_on=source.published_on,
        as_of=candidate.as_of,
        extractor=extractor,
    )
    return _saved_with_evidence(figure, source, candidate.span, FIGURE.evidence_field)


def _statement_propose(
    candidate: StatementCandidate, extractor: str, source: Source, incident: Incident
) -> Statement:
    statement = Statement(
        incident=incident,
        speaker=actor_resolve_or_create(name=candidate.speaker) if candidate.speaker else None,
        kind=candidate.kind if candidate.kind in StatementKind.values else StatementKind.OTHER,
        channel=candidate.channel if candidate.channel in Channel.values else Channel.OTHER,
        made_on=candidate.date,
        text=candidate.span.quote,
        concerns=actor_resolve_or_create(name=candidate.concerns) if candidate.concerns else None,
        extractor=extractor,
    )
    return _saved_with_evidence(statement, source, candidate.span, STATEMENT.evidence_field)


def _suspect_propose(
    candidate: SuspectCandidate, extractor: str, source: Source, incident: Incident
) -> Counter[str]:
    """A new suspect, or new evidence, variants and events for one the incident already has."""
    counts: Counter[str] = Counter()
    suspect = suspect_match(incident=incident, name=candidate.name, variants=candidate.variants)
    if suspect is None:
        suspect = Suspect(
            incident=incident,
            full_name=candidate.name,
            age=candidate.age,
            age_reported_on=source.published_on if candidate.age else None,
            role=candidate.role,
            extractor=extractor,
        )
        suspect.full_clean()
        suspect.save()
        counts[SUSPECT.label] += 1
    _suspect_details(suspect, candidate)
    _evidence(source, candidate.span, suspect=suspect)
    for event in candidate.status_events:
        _status_event_propose(event, suspect, extractor, source)
        counts[STATUS_EVENT.label] += 1
    return counts


def _suspect_details(suspect: Suspect, candidate: SuspectCandidate) -> None:
    for variant in {candidate.name, *candidate.variants} - {suspect.full_name}:
        SuspectNameVariant.objects.get_or_create(suspect=suspect, name=variant[:300])
    if candidate.nationality:
        SuspectCitizenship.objects.get_or_create(suspect=suspect, country=candidate.nationality)
    if suspect.age is None and candidate.age is not None:
        suspect.age = candidate.age
        suspect.save(update_fields=["age", "updated_at"])


def _status_event_propose(
    candidate: StatusEventCandidate, suspect: Suspect, extractor: str, source: Source
) -> SuspectStatusEvent:
    event = SuspectStatusEvent(
        suspect=suspect,
        status=candidate.status,
        occurred_on=candidate.date,
        until=candidate.until,
        charge=candidate.charge[:300],
        extractor=extractor,
    )
    return _saved_with_evidence(event, source, candidate.span, STATUS_EVENT.evidence_field)


def _saved_with_evidence(fact, source: Source, span: Span, fact_field: str):
    # The database enforces the model's constraints on this insert, in this transaction;
    # checking them first cost a query each, most of a long document's import time.
    fact.full_clean(validate_constraints=False)
    fact.save()
    _evidence(source, span, **{fact_field: fact})
    return fact


def _evidence(source: Source, span: Span, **fact) -> Evidence:
    evidence = Evidence.for_span(source, span.start, span.end, **fact)
    evidence.save()
    return evidence
