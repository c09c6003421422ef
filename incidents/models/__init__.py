from incidents.models.actors import Actor, ActorAlias, alias_key
from incidents.models.changes import RecordRemoval, RemovalReason
from incidents.models.datasets import DatasetRow, DatasetRowFlag, FlagKind
from incidents.models.evidence import Evidence
from incidents.models.facts import CasualtyFigure, Statement
from incidents.models.incidents import (
    Incident,
    IncidentAttackType,
    IncidentPerpetrator,
    IncidentRelation,
    IncidentTargetType,
    IncidentWeaponType,
)
from incidents.models.jobs import DocumentStatus, Feed, FeedEntry, ImportJob, JobDocument, JobOrigin
from incidents.models.sides import IncidentSide
from incidents.models.sources import Source, content_sha256
from incidents.models.suspects import (
    Suspect,
    SuspectCitizenship,
    SuspectNameVariant,
    SuspectStatusEvent,
)

__all__ = [
    "Actor",
    "ActorAlias",
    "CasualtyFigure",
    "DatasetRow",
    "DatasetRowFlag",
    "DocumentStatus",
    "Evidence",
    "Feed",
    "FeedEntry",
    "FlagKind",
    "ImportJob",
    "Incident",
    "IncidentAttackType",
    "IncidentPerpetrator",
    "IncidentRelation",
    "IncidentSide",
    "IncidentTargetType",
    "IncidentWeaponType",
    "JobDocument",
    "JobOrigin",
    "RecordRemoval",
    "RemovalReason",
    "Source",
    "Statement",
    "Suspect",
    "SuspectCitizenship",
    "SuspectNameVariant",
    "SuspectStatusEvent",
    "alias_key",
    "content_sha256",
]
