"""Find the existing records a document's mentions refer to, or create them."""

from __future__ import annotations

from django.db.models import Q
from django.utils.text import slugify

from incidents.extraction.lexicons import actors as gazetteer
from incidents.extraction.lexicons.names import name_key
from incidents.extraction.results import IncidentCandidate
from incidents.models import Actor, ActorAlias, Incident, Suspect, alias_key
from incidents.models.vocabularies import ActorKind
from incidents.services.ingestion.locks import lock_for, locks_for


def actor_resolve_or_create(*, name: str) -> Actor:
    """The actor a name refers to (by name or alias), created from the gazetteer if new."""
    known = gazetteer.known_actor(name)
    canonical = known.name if known else name
    actor = Actor.objects.resolve(canonical) or Actor.objects.resolve(name)
    if actor is not None:
        return actor
    # New here: let the database decide between workers creating it at once (locks.py).
    lock_for("actor", alias_key(canonical))
    actor = Actor.objects.resolve(canonical) or Actor.objects.resolve(name)
    if actor is not None:
        return actor
    actor = Actor(name=canonical, kind=_actor_kind(known))
    if known and known.parent:
        actor.parent = actor_resolve_or_create(name=known.parent)
    actor.full_clean()
    actor.save()
    for alias in _aliases(known, canonical):
        ActorAlias.objects.get_or_create(
            alias_key=alias_key(alias), defaults={"actor": actor, "alias": alias}
        )
    return actor


def _actor_kind(known: gazetteer.KnownActor | None) -> str:
    if known and known.kind in ActorKind.values:
        return known.kind
    return ActorKind.OTHER


def _aliases(known: gazetteer.KnownActor | None, canonical: str) -> list[str]:
    if known is None:
        return []
    names = (*known.aliases, *known.case_sensitive_aliases)
    return [a for a in names if alias_key(a) != alias_key(canonical)]


def incident_match(candidate: IncidentCandidate) -> Incident | None:
    """An existing incident at the same place on the same date.

    Same country, then the same venue on the same day (or at an incident still
    undated), then the same city that day; a report that names only the country
    matches when exactly one incident that day fits. An undated report (an
    unresolved "on Friday") matches when exactly one incident has its venue.
    """
    if not candidate.country:
        return None
    in_country = Incident.objects.filter(country=candidate.country)
    venue = Q(venue__iexact=candidate.venue) if candidate.venue else None
    if candidate.date is None:
        return _only(in_country.filter(venue)) if venue else None
    same_day = in_country.filter(start_date=candidate.date)
    if venue:
        dated_or_not = Q(start_date=candidate.date) | Q(start_date__isnull=True)
        found = in_country.filter(venue, dated_or_not).order_by("id").first()
        if found is not None:
            return found
    if candidate.city:
        city = Q(city__iexact=candidate.city) | Q(region__iexact=candidate.city)
        found = same_day.filter(city).order_by("id").first()
        if found is not None:
            return found
    return _only(same_day)


def incident_creation_lock(candidate: IncidentCandidate) -> None:
    """Hold, until the transaction ends, every lock an incident matching `candidate` needs.

    incident_match compares the country with the date, or with the venue: two reports
    that could match each other share one of these locks (locks.py).
    """
    names = [("incident", candidate.country, "date", str(candidate.date))]
    if candidate.venue:
        names.append(("incident", candidate.country, "venue", candidate.venue.casefold()))
    locks_for(names)


def _only(incidents) -> Incident | None:
    found = list(incidents.order_by("id")[:2])
    return found[0] if len(found) == 1 else None


def incident_slug(candidate: IncidentCandidate) -> str:
    base = slugify(candidate.name or f"{candidate.venue or candidate.city} attack") or "incident"
    if candidate.date:
        base = f"{base}-{candidate.date.isoformat()}"
    slug, n = base[:280], 2
    while Incident.objects.filter(slug=slug).exists():
        slug, n = f"{base[:280]}-{n}", n + 1
    return slug


def suspect_match(
    *, incident: Incident, name: str, variants: tuple[str, ...] = ()
) -> Suspect | None:
    """The incident's suspect with the same name, across transliterations and variants."""
    keys = {name_key(n) for n in (name, *variants)}
    found = incident.suspects.filter(name_key__in=keys).order_by("id").first()
    if found is not None:
        return found
    return (
        incident.suspects.filter(name_variants__name__in=(name, *variants)).order_by("id").first()
    )
