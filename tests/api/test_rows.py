"""List pages are built from .values() rows; they must equal what the documented serializer
gives for the same records, field for field and in the same order (the CSV's column order)."""

import datetime as dt
import json
from decimal import Decimal

import pytest

from incidents.api import rows
from incidents.api.incident_serializers import IncidentListSerializer
from incidents.api.serializers import (
    ActorSerializer,
    FigureSerializer,
    SourceSerializer,
    StatementSerializer,
    SuspectSerializer,
)
from incidents.models import vocabularies as v
from incidents.selectors import querysets
from tests import factories

ACCEPTED, PROPOSED = v.ReviewStatus.ACCEPTED, v.ReviewStatus.PROPOSED
STATUSES = (ACCEPTED, PROPOSED)


def _varied_records() -> None:
    """Nulls and values in every kind of column, several rows per relation, two statuses."""
    fsb = factories.ActorFactory(name="FSB")
    factories.ActorAliasFactory(actor=fsb, alias="Federal Security Service")
    factories.ActorAliasFactory(actor=fsb, alias="ФСБ")
    located = factories.IncidentFactory(
        latitude=Decimal("55.825400"),
        longitude=Decimal("37.390800"),
        killed_best=145,
        claimed=True,
        end_date=dt.date(2024, 3, 23),
    )
    undated = factories.IncidentFactory(start_date=None, latitude=None, longitude=None)
    for code in (7, 2):
        factories.IncidentAttackTypeFactory(incident=located, code=code)
    factories.IncidentPerpetratorFactory(incident=located, actor=fsb)
    factories.IncidentPerpetratorFactory(incident=located)
    for incident in (located, undated):
        _facts(incident, fsb)


def _facts(incident, actor) -> None:
    for status, attributed in ((ACCEPTED, actor), (PROPOSED, None)):
        figure = factories.CasualtyFigureFactory(
            incident=incident, attributed_to=attributed, review_status=status
        )
        factories.EvidenceFactory(figure=figure)
        factories.EvidenceFactory(figure=figure)
        statement = factories.StatementFactory(
            incident=incident, speaker=attributed, review_status=status
        )
        factories.EvidenceFactory(figure=None, statement=statement)
    suspect = factories.SuspectFactory(incident=incident, affiliation=actor, review_status=ACCEPTED)
    factories.SuspectFactory(incident=incident, review_status=PROPOSED)
    factories.SuspectNameVariantFactory(suspect=suspect)
    factories.SuspectCitizenshipFactory(suspect=suspect)
    factories.SuspectStatusEventFactory(suspect=suspect, review_status=ACCEPTED)
    event = factories.SuspectStatusEventFactory(
        suspect=suspect, status="charged", review_status=PROPOSED
    )
    factories.EvidenceFactory(figure=None, status_event=event)
    factories.EvidenceFactory(figure=None, suspect=suspect)


RESOURCES = {
    "incidents": (rows.incident_rows(), IncidentListSerializer, querysets.incident_list, None),
    "figures": (rows.FIGURE_ROWS, FigureSerializer, querysets.figure_list, querysets.figure_detail),
    "statements": (
        rows.STATEMENT_ROWS,
        StatementSerializer,
        querysets.statement_list,
        querysets.statement_detail,
    ),
    "suspects": (
        rows.SUSPECT_ROWS,
        SuspectSerializer,
        querysets.suspect_list,
        querysets.suspect_detail,
    ),
    "sources": (rows.SOURCE_ROWS, SourceSerializer, querysets.source_list, None),
    "actors": (rows.ACTOR_ROWS, ActorSerializer, querysets.actor_list, querysets.actor_detail),
}


def _records(select, statuses):
    try:
        return select(statuses=statuses)
    except TypeError:  # resources without a review status
        return select()


def _as_json(data) -> str:
    # No encoder: a date or Decimal left unconverted fails here, as it would garble the CSV.
    return json.dumps(data, ensure_ascii=False)


@pytest.mark.django_db
@pytest.mark.parametrize("statuses", [(ACCEPTED,), STATUSES], ids=["accepted", "all"])
@pytest.mark.parametrize("resource", RESOURCES)
def test_it_builds_list_rows_identical_to_the_documented_serializer(resource, statuses):
    _varied_records()
    shape, serializer, list_select, detail_select = RESOURCES[resource]
    listed = _records(list_select, statuses).order_by("id")
    if resource == "incidents":
        instances = querysets.incident_detail(statuses=statuses).order_by("id")
    else:
        instances = _records(detail_select or list_select, statuses).order_by("id")
    built = shape.represent(list(shape.rows_of(listed)), statuses=statuses)
    assert built, "the records must not be empty, or the comparison proves nothing"
    assert _as_json(built) == _as_json(serializer(instances, many=True).data)


def test_it_reads_every_column_a_shape_needs_from_values():
    assert rows.INCIDENT_ROWS.columns == querysets.INCIDENT_LIST_FIELDS
    assert rows.FIGURE_ROWS.columns[:1] == ("id",)
    assert {"attributed_to_id", "attributed_to__name"} <= set(rows.FIGURE_ROWS.columns)
