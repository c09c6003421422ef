"""Writing the database out in a reference dataset's layout (GTD, UCDP GED).

Every incident is written; those that came from the same dataset keep their ids, others
are identified by their slug. Incidents are read in chunks with their related rows
prefetched, so memory stays flat.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path

from django.db.models import Model, Prefetch

from incidents.interop.layouts import Layout
from incidents.interop.records import (
    Citation,
    Estimate,
    FigureRecord,
    IncidentRecord,
    Named,
    PropertyDamage,
    SideRecord,
)
from incidents.interop.tables import write_csv
from incidents.models import (
    CasualtyFigure,
    Evidence,
    Incident,
    IncidentPerpetrator,
    IncidentRelation,
)
from incidents.models.vocabularies import RelationKind
from incidents.services.datasets.fidelity import exported_rows

CHUNK_SIZE = 5000
# Only the columns the layouts write: model instances are the cost of an export.
_FIGURE_FIELDS = ("incident_id", "kind", "value", "value_max", "subgroup")


def dataset_export(*, path: Path, layout: Layout) -> int:
    """Write every incident to `path`; returns the number of rows.

    Rows imported from this layout's dataset come back as the file gave them, with the
    curators' changes (see fidelity.py).
    """
    return write_csv(path, layout.columns, _rows(layout))


def _rows(layout: Layout) -> Iterator[dict[str, str]]:
    incidents = _incidents(layout.system)
    while chunk := list(islice(incidents, CHUNK_SIZE)):
        yield from exported_rows(
            layout,
            [(incident_record(i, layout.system), _stored_cells(i, layout.system)) for i in chunk],
        )


def _stored_cells(incident: Incident, system: str) -> dict[str, str] | None:
    row = getattr(incident, "dataset_row", None)
    return row.cells if row is not None and row.system == system else None


def _incidents(system: str) -> Iterator[Incident]:
    return (
        Incident.objects.order_by("id")
        .select_related("dataset_row")
        .prefetch_related(
            "attack_types",
            "weapon_types",
            "target_types",
            "sides",
            Prefetch(
                "perpetrator_links",
                queryset=IncidentPerpetrator.objects.select_related("actor").only(
                    "incident_id", "actor__name"
                ),
            ),
            Prefetch(
                "casualty_figures",
                queryset=CasualtyFigure.objects.accepted().only(*_FIGURE_FIELDS).order_by("id"),
                to_attr="accepted_figures",
            ),
            Prefetch(
                "relations",
                queryset=IncidentRelation.objects.filter(kind=RelationKind.SAME_CAMPAIGN)
                .select_related("to_incident")
                .only(
                    "from_incident_id",
                    "to_incident__slug",
                    "to_incident__external_id",
                    "to_incident__external_system",
                )
                .order_by("id"),
                to_attr="campaign_relations",
            ),
            Prefetch(
                "evidence",
                queryset=Evidence.objects.filter(attribute__startswith=f"{system}:").order_by(
                    "attribute"
                ),
                to_attr="citations",
            ),
        )
        .iterator(chunk_size=CHUNK_SIZE)
    )


def incident_record(incident: Incident, system: str) -> IncidentRecord:
    return IncidentRecord(
        system=system,
        external_id=_identifier(incident, system),
        name=incident.name,
        start_date=incident.start_date,
        end_date=incident.end_date,
        date_precision=incident.date_precision,
        approximate_date=incident.approximate_date,
        country=incident.country,
        region=incident.region,
        city=incident.city,
        latitude=incident.latitude,
        longitude=incident.longitude,
        location_precision=incident.location_precision,
        attack_types=tuple(t.code for t in _by_id(incident.attack_types.all())),
        weapon_types=tuple(t.code for t in _by_id(incident.weapon_types.all())),
        target_types=tuple(t.code for t in _by_id(incident.target_types.all())),
        perpetrators=tuple(link.actor.name for link in _by_id(incident.perpetrator_links.all())),
        claimed=incident.claimed,
        claim_mode=incident.claim_mode,
        summary=incident.summary,
        motive=incident.motive,
        criteria=(
            incident.criterion_political_goal,
            incident.criterion_coerce_audience,
            incident.criterion_outside_ihl,
        ),
        doubt_terrorism_proper=incident.doubt_terrorism_proper,
        killed=Estimate(incident.killed_low, incident.killed_best, incident.killed_high),
        injured=Estimate(incident.injured_low, incident.injured_best, incident.injured_high),
        figures=tuple(
            FigureRecord(f.kind, f.value, f.value_max, f.subgroup)
            for f in incident.accepted_figures
        ),
        related=tuple(
            sorted(_identifier(r.to_incident, system) for r in incident.campaign_relations)
        ),
        citations=tuple(
            Citation(e.attribute.removeprefix(f"{system}:"), e.quote) for e in incident.citations
        ),
        **_dataset_attributes(incident),
    )


def _dataset_attributes(incident: Incident) -> dict:
    """What GTD (outcome, property damage) and UCDP (violence type, conflict, sides) add."""
    return {
        "successful": incident.successful,
        "suicide": incident.suicide,
        "property_damage": PropertyDamage(
            incident.property_damaged,
            incident.property_damage_extent,
            incident.property_damage_value,
        ),
        "violence_type": incident.violence_type,
        "conflict": Named(incident.conflict_new_id, incident.conflict_name),
        "dyad": Named(incident.dyad_new_id, incident.dyad_name),
        "sides": tuple(
            SideRecord(side.role, side.kind, side.name, side.ucdp_actor_id)
            for side in sorted(incident.sides.all(), key=lambda side: side.role)
        ),
    }


def _identifier(incident: Incident, system: str) -> str:
    return incident.external_id if incident.external_system == system else incident.slug


def _by_id(rows: Iterable[Model]) -> list[Model]:
    return sorted(rows, key=lambda row: row.pk)
