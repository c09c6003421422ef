"""Read queries shared by the admin and the API."""

from django.db.models import Prefetch, QuerySet
from django.urls import reverse

from incidents.models import CasualtyFigure, Evidence, Incident, Source
from incidents.models.vocabularies import FigureKind, ReviewStatus
from incidents.timeline import EstimateBand, TimelinePoint

TIMELINE_KINDS = (FigureKind.KILLED, FigureKind.INJURED)
NO_SOURCE = "(no source)"


def incident_timeline_points(*, incident: Incident, include_proposed: bool) -> list[TimelinePoint]:
    """Killed/injured figures by report date (reported_on, else the source's date), per source."""
    statuses = [ReviewStatus.ACCEPTED, *([ReviewStatus.PROPOSED] if include_proposed else [])]
    rows = (
        CasualtyFigure.objects.filter(
            incident=incident, kind__in=TIMELINE_KINDS, review_status__in=statuses
        )
        .values_list(
            "pk",
            "kind",
            "value",
            "review_status",
            "reported_on",
            "evidence__source__title",
            "evidence__source__published_on",
        )
        .distinct()
    )
    points = []
    for pk, kind, value, status, reported_on, title, published_on in rows:
        day = reported_on or published_on
        if day is None:
            continue
        url = reverse("admin:incidents_casualtyfigure_change", args=[pk])
        points.append(
            TimelinePoint(
                day, value, kind, title or NO_SOURCE, status == ReviewStatus.ACCEPTED, url
            )
        )
    return sorted(points, key=lambda p: (p.reported_on, p.series))


def incident_estimate_bands(incident: Incident) -> dict[str, EstimateBand]:
    return {
        kind: EstimateBand(
            getattr(incident, f"{kind}_low"),
            getattr(incident, f"{kind}_best"),
            getattr(incident, f"{kind}_high"),
        )
        for kind in TIMELINE_KINDS
    }


def evidence_with_source_titles() -> QuerySet[Evidence]:
    """Evidence for list pages: the source's title, never its (large) texts."""
    return Evidence.objects.select_related("source").only(
        "id",
        "quote",
        "start",
        "end",
        "source_id",
        "source__title",
        "figure_id",
        "statement_id",
        "suspect_id",
        "status_event_id",
    )


def facts_with_evidence(queryset: QuerySet) -> QuerySet:
    return queryset.prefetch_related(Prefetch("evidence", queryset=evidence_with_source_titles()))


def source_spans(source: Source) -> QuerySet[Evidence]:
    return source.evidence.only(
        "id",
        "start",
        "end",
        "figure_id",
        "statement_id",
        "suspect_id",
        "status_event_id",
        "incident_id",
        "attribute",
        "source_id",
    ).order_by("start")
