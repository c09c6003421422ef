"""The kinds of record a quote can support, in the one table everything that lists them reads.

A new kind of fact is a row here and its model (then its extractor and its serializer): the
evidence link, the admin's highlighted spans and review links, removal tombstones, the
selectors' column lists, synthetic data, import counts and the Curator and Viewer
permissions follow from this table (tests/test_fact_types.py checks each of them).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import models

from incidents.models.facts import CasualtyFigure, Statement
from incidents.models.incidents import Incident
from incidents.models.suspects import Suspect, SuspectStatusEvent


@dataclass(frozen=True)
class FactType:
    model: type[models.Model]
    evidence_field: str  # the Evidence foreign key that points at a record of this kind
    resource: str  # the API resource name, as RecordRemoval.model records it
    label: str  # how the admin's spans and the import counts name one record
    reviewed: bool = True  # proposed first, then accepted or rejected by a curator

    @property
    def model_name(self) -> str:
        return self.model._meta.model_name

    @property
    def evidence_column(self) -> str:
        return f"{self.evidence_field}_id"


FIGURE = FactType(CasualtyFigure, "figure", "casualty-figures", "figure")
STATEMENT = FactType(Statement, "statement", "statements", "statement")
SUSPECT = FactType(Suspect, "suspect", "suspects", "suspect")
# Status events are published inside their suspect; a tombstone still names their own kind.
STATUS_EVENT = FactType(SuspectStatusEvent, "status_event", "suspect-status-events", "status event")
# The incident's own attributes (date, place, types) are quoted too, and reviewed on its page.
INCIDENT = FactType(Incident, "incident", "incidents", "incident", reviewed=False)

FACT_TYPES: tuple[FactType, ...] = (FIGURE, STATEMENT, SUSPECT, STATUS_EVENT, INCIDENT)
REVIEWED_FACT_TYPES = tuple(fact_type for fact_type in FACT_TYPES if fact_type.reviewed)
EVIDENCE_FIELDS = tuple(fact_type.evidence_field for fact_type in FACT_TYPES)
