"""List and detail querysets of each published model, filtered by review status.

Every selector returns a lazy queryset whose related data is fetched in a fixed number of
queries, so a page costs the same whatever the number of rows and facts.
"""

from collections.abc import Iterable

from django.db.models import Prefetch, QuerySet

from incidents.models import (
    Actor,
    CasualtyFigure,
    Evidence,
    Incident,
    IncidentAttackType,
    IncidentPerpetrator,
    IncidentSide,
    IncidentTargetType,
    IncidentWeaponType,
    RecordRemoval,
    Source,
    Statement,
    Suspect,
    SuspectStatusEvent,
)
from incidents.models.vocabularies import ReviewStatus

ACCEPTED_ONLY: tuple[str, ...] = (ReviewStatus.ACCEPTED,)

INCIDENT_LIST_FIELDS = (
    "id",
    "slug",
    "name",
    "start_date",
    "end_date",
    "date_precision",
    "city",
    "region",
    "country",
    "latitude",
    "longitude",
    "location_precision",
    "claimed",
    "violence_type",
    "killed_low",
    "killed_best",
    "killed_high",
    "injured_low",
    "injured_best",
    "injured_high",
    "estimate_is_curated",
    "updated_at",
)


def _evidence() -> Prefetch:
    """Evidence has no review status of its own: it is shown with the fact it supports."""
    return Prefetch("evidence", queryset=Evidence.objects.select_related("source"))


def _perpetrators() -> Prefetch:
    return Prefetch(
        "perpetrator_links",
        queryset=IncidentPerpetrator.objects.select_related("actor").order_by("actor__name"),
    )


def _codes(lookup: str, model: type) -> Prefetch:
    return Prefetch(lookup, queryset=model.objects.order_by("code"))


def incident_list() -> QuerySet[Incident]:
    """Incidents to filter and page; the page reads INCIDENT_LIST_FIELDS as .values() rows."""
    return Incident.objects.all()


def incident_detail(*, statuses: Iterable[str] = ACCEPTED_ONLY) -> QuerySet[Incident]:
    """Incidents with every embedded fact of the given review statuses and its evidence."""
    statuses = tuple(statuses)
    figures = (
        CasualtyFigure.objects.filter(review_status__in=statuses)
        .select_related("attributed_to")
        .prefetch_related(_evidence())
        .order_by("reported_on", "kind", "id")
    )
    return Incident.objects.prefetch_related(
        _codes("attack_types", IncidentAttackType),
        _codes("weapon_types", IncidentWeaponType),
        _codes("target_types", IncidentTargetType),
        _perpetrators(),
        Prefetch("sides", queryset=IncidentSide.objects.select_related("actor").order_by("role")),
        Prefetch("casualty_figures", queryset=figures),
        Prefetch("statements", queryset=statement_detail(statuses=statuses)),
        Prefetch("suspects", queryset=suspect_detail(statuses=statuses)),
        _evidence(),
    )


def figure_list(*, statuses: Iterable[str] = ACCEPTED_ONLY) -> QuerySet[CasualtyFigure]:
    return CasualtyFigure.objects.filter(review_status__in=tuple(statuses))


def figure_detail(*, statuses: Iterable[str] = ACCEPTED_ONLY) -> QuerySet[CasualtyFigure]:
    return (
        figure_list(statuses=statuses).select_related("attributed_to").prefetch_related(_evidence())
    )


def statement_list(*, statuses: Iterable[str] = ACCEPTED_ONLY) -> QuerySet[Statement]:
    return Statement.objects.filter(review_status__in=tuple(statuses))


def statement_detail(*, statuses: Iterable[str] = ACCEPTED_ONLY) -> QuerySet[Statement]:
    return (
        statement_list(statuses=statuses)
        .select_related("speaker", "concerns")
        .prefetch_related(_evidence())
    )


def suspect_list(*, statuses: Iterable[str] = ACCEPTED_ONLY) -> QuerySet[Suspect]:
    return Suspect.objects.filter(review_status__in=tuple(statuses))


def suspect_detail(*, statuses: Iterable[str] = ACCEPTED_ONLY) -> QuerySet[Suspect]:
    """Suspects with names, citizenships and the legal history of the same statuses."""
    events = (
        SuspectStatusEvent.objects.filter(review_status__in=tuple(statuses))
        .prefetch_related(_evidence())
        .order_by("occurred_on", "id")
    )
    return (
        suspect_list(statuses=statuses)
        .select_related("affiliation")
        .prefetch_related(
            "name_variants",
            "citizenships",
            Prefetch("status_events", queryset=events),
            _evidence(),
        )
    )


def source_list() -> QuerySet[Source]:
    """Sources without their texts, which only a detail request needs."""
    return Source.objects.defer("raw_text", "cleaned_text", "offset_map")


def source_detail() -> QuerySet[Source]:
    return Source.objects.defer("raw_text", "offset_map")


def actor_list() -> QuerySet[Actor]:
    return Actor.objects.all()


def actor_detail() -> QuerySet[Actor]:
    return Actor.objects.prefetch_related("aliases")


def removal_list() -> QuerySet[RecordRemoval]:
    return RecordRemoval.objects.all()
