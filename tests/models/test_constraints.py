"""Every database constraint refuses what it names, on SQLite and PostgreSQL alike.

Each case builds a valid row with its factory, then writes one bad value straight to the
database (queryset.update skips model validation), so only the constraint can refuse it.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest
from django.apps import apps
from django.db import IntegrityError, models, transaction

from tests import factories as f


@dataclass(frozen=True)
class Violation:
    factory: type
    # Fields set to a bad value; a callable gets the valid row and returns them.
    bad: dict | Callable = field(default_factory=dict)
    # For unique rules: these fields are copied from a first row onto a second one.
    copy_from_first: tuple[str, ...] = ()


CHECKS = {
    "source_kind_valid": Violation(f.SourceFactory, {"kind": "rumour"}),
    "source_reliability_valid": Violation(f.SourceFactory, {"reliability": "G"}),
    "source_sha256_hex": Violation(f.SourceFactory, {"sha256": "not-a-hash"}),
    "actor_kind_valid": Violation(f.ActorFactory, {"kind": "alien"}),
    "incident_date_precision_valid": Violation(f.IncidentFactory, {"date_precision": "hour"}),
    "incident_ends_after_start": Violation(
        f.IncidentFactory, {"end_date": f.IncidentFactory.start_date.replace(day=21)}
    ),
    "incident_external_system_valid": Violation(f.IncidentFactory, {"external_system": "gdelt"}),
    "incident_latitude_range": Violation(f.IncidentFactory, {"latitude": 90.5}),
    "incident_longitude_range": Violation(f.IncidentFactory, {"longitude": -180.5}),
    "incident_killed_low_best_high_ordered": Violation(
        f.IncidentFactory, {"killed_low": 150, "killed_best": 149}
    ),
    "incident_injured_low_best_high_ordered": Violation(
        f.IncidentFactory, {"injured_best": 609, "injured_high": 182}
    ),
    "perpetrator_role_valid": Violation(f.IncidentPerpetratorFactory, {"role": "inspired"}),
    "incident_relation_not_self": Violation(
        f.IncidentRelationFactory, lambda row: {"to_incident": row.from_incident}
    ),
    "attack_type_valid": Violation(f.IncidentAttackTypeFactory, {"code": 10}),
    "weapon_type_valid": Violation(f.IncidentWeaponTypeFactory, {"code": 14}),
    "target_type_valid": Violation(f.IncidentTargetTypeFactory, {"code": 23}),
    "figure_kind_valid": Violation(f.CasualtyFigureFactory, {"kind": "affected"}),
    "figure_qualifier_valid": Violation(f.CasualtyFigureFactory, {"qualifier": "roughly"}),
    "figure_subgroup_valid": Violation(f.CasualtyFigureFactory, {"subgroup": "fans"}),
    "figure_range_ordered": Violation(f.CasualtyFigureFactory, {"value": 183, "value_max": 182}),
    "figure_review_status_valid": Violation(f.CasualtyFigureFactory, {"review_status": "maybe"}),
    "statement_kind_valid": Violation(f.StatementFactory, {"kind": "boast"}),
    "statement_channel_valid": Violation(f.StatementFactory, {"channel": "pigeon"}),
    "statement_review_status_valid": Violation(f.StatementFactory, {"review_status": "maybe"}),
    "suspect_role_valid": Violation(f.SuspectFactory, {"role": "bystander"}),
    "suspect_age_plausible": Violation(f.SuspectFactory, {"age": 121}),
    "suspect_review_status_valid": Violation(f.SuspectFactory, {"review_status": "maybe"}),
    "status_event_status_valid": Violation(f.SuspectStatusEventFactory, {"status": "pardoned"}),
    "status_event_until_after_start": Violation(
        f.SuspectStatusEventFactory, lambda row: {"until": row.occurred_on.replace(day=1)}
    ),
    "status_event_review_status_valid": Violation(
        f.SuspectStatusEventFactory, {"review_status": "maybe"}
    ),
    "evidence_span_nonempty": Violation(f.EvidenceFactory, lambda row: {"end": row.start}),
    "evidence_has_exactly_one_fact": Violation(f.EvidenceFactory, {"figure": None}),
    "job_document_status_valid": Violation(f.JobDocumentFactory, {"status": "lost"}),
    "feed_poll_interval_positive": Violation(f.FeedFactory, {"poll_every_minutes": 0}),
    "incident_violence_type_valid": Violation(f.IncidentFactory, {"violence_type": 4}),
    "incident_property_damage_extent_valid": Violation(
        f.IncidentFactory, {"property_damage_extent": 5}
    ),
    "side_role_valid": Violation(f.IncidentSideFactory, {"role": "side_c"}),
    "side_kind_valid": Violation(f.IncidentSideFactory, {"kind": "rebels"}),
    "side_actor_unless_civilians": Violation(f.IncidentSideFactory, {"actor": None}),
    "dataset_row_flag_kind_valid": Violation(f.DatasetRowFlagFactory, {"kind": "odd"}),
}

UNIQUES = {
    "incident_external_id_unique": Violation(
        f.DatasetIncidentFactory, copy_from_first=("external_system", "external_id")
    ),
    "incident_perpetrator_unique": Violation(
        f.IncidentPerpetratorFactory, copy_from_first=("incident", "actor")
    ),
    "incident_relation_unique": Violation(
        f.IncidentRelationFactory, copy_from_first=("from_incident", "to_incident", "kind")
    ),
    "incident_attack_type_unique": Violation(
        f.IncidentAttackTypeFactory, copy_from_first=("incident", "code")
    ),
    "incident_weapon_type_unique": Violation(
        f.IncidentWeaponTypeFactory, copy_from_first=("incident", "code")
    ),
    "incident_target_type_unique": Violation(
        f.IncidentTargetTypeFactory, copy_from_first=("incident", "code")
    ),
    "suspect_variant_unique": Violation(
        f.SuspectNameVariantFactory, copy_from_first=("suspect", "name")
    ),
    "suspect_citizenship_unique": Violation(
        f.SuspectCitizenshipFactory, copy_from_first=("suspect", "country")
    ),
    "job_document_position": Violation(f.JobDocumentFactory, copy_from_first=("job", "position")),
    "feed_entry_id_unique": Violation(f.FeedEntryFactory, copy_from_first=("feed", "entry_id")),
    "feed_entry_url_unique": Violation(f.FeedEntryFactory, copy_from_first=("feed", "url")),
    "incident_side_unique": Violation(f.IncidentSideFactory, copy_from_first=("incident", "role")),
    "dataset_row_external_id_unique": Violation(
        f.DatasetRowFactory, copy_from_first=("system", "external_id")
    ),
}

# Unique fields (not Meta constraints): the database reports them by column.
UNIQUE_FIELDS = {
    "source sha256": Violation(f.SourceFactory, copy_from_first=("sha256",)),
    "incident slug": Violation(f.IncidentFactory, copy_from_first=("slug",)),
    "actor name": Violation(f.ActorFactory, copy_from_first=("name",)),
    "actor name_key": Violation(f.ActorFactory, copy_from_first=("name_key",)),
    "actoralias alias_key": Violation(f.ActorAliasFactory, copy_from_first=("alias_key",)),
    "feed url": Violation(f.FeedFactory, copy_from_first=("url",)),
    "datasetrow incident": Violation(f.DatasetRowFactory, copy_from_first=("incident_id",)),
}

# Positive integer fields: SQLite names the column, PostgreSQL "<table>_<column>_check".
NON_NEGATIVE = {
    "figure value": Violation(f.CasualtyFigureFactory, {"value": -1}),
    "incident killed_low": Violation(f.IncidentFactory, {"killed_low": -1}),
    "incident injured_best": Violation(f.IncidentFactory, {"injured_best": -1}),
    "suspect age": Violation(f.SuspectFactory, {"age": -1}),
    "evidence start": Violation(f.EvidenceFactory, {"start": -1}),
    "incident property_damage_value": Violation(f.IncidentFactory, {"property_damage_value": -1}),
}


def assert_refused(case: Violation, pattern: str) -> None:
    row = case.factory()
    if case.copy_from_first:
        first, row = row, case.factory()
        bad = {name: getattr(first, name) for name in case.copy_from_first}
    else:
        bad = case.bad(row) if callable(case.bad) else case.bad
    with pytest.raises(IntegrityError, match=pattern), transaction.atomic():
        type(row).objects.filter(pk=row.pk).update(**bad)


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "case"), CHECKS.items(), ids=list(CHECKS))
def test_it_enforces_the_check_constraint(name, case):
    assert_refused(case, re.escape(name))


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "case"), UNIQUES.items(), ids=list(UNIQUES))
def test_it_enforces_the_unique_constraint(name, case):
    table = case.factory._meta.model._meta.db_table
    # SQLite reports a unique index by its columns, PostgreSQL by its name.
    assert_refused(case, rf"{name}|UNIQUE constraint failed: {table}\.")


@pytest.mark.django_db
@pytest.mark.parametrize("case", UNIQUE_FIELDS.values(), ids=list(UNIQUE_FIELDS))
def test_it_enforces_the_unique_field(case):
    assert_refused(case, rf"\b{case.copy_from_first[0]}\b")


@pytest.mark.django_db
@pytest.mark.parametrize("case", NON_NEGATIVE.values(), ids=list(NON_NEGATIVE))
def test_it_refuses_a_negative_count(case):
    (column,) = case.bad
    assert_refused(case, rf"\b{column}\b|_{column}_check")


@pytest.mark.django_db
def test_it_refuses_evidence_for_two_facts_at_once():
    case = Violation(f.EvidenceFactory, lambda row: {"incident": row.figure.incident})
    assert_refused(case, "evidence_has_exactly_one_fact")


def test_it_has_a_case_for_every_declared_constraint():
    declared = {
        constraint.name
        for model in apps.get_app_config("incidents").get_models()
        for constraint in model._meta.constraints
    }
    assert declared == set(CHECKS) | set(UNIQUES)


def test_it_has_a_case_for_every_unique_field():
    unique_fields = {
        f"{model._meta.model_name} {fld.name}"
        for model in apps.get_app_config("incidents").get_models()
        for fld in model._meta.get_fields()
        if isinstance(fld, models.Field) and fld.unique and not fld.primary_key
    }
    assert unique_fields == set(UNIQUE_FIELDS)
