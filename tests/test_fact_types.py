"""The fact table lists every kind of fact, and everything that reads it covers every row.

Nothing here names a fact type: a row added to models.fact_types is checked by every test.
"""

from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib import admin
from django.contrib.auth.models import Group
from django.urls import reverse

from incidents.api.urls import router
from incidents.groups import CURATOR, VIEWER, groups_grant
from incidents.models import Evidence
from incidents.models.base import Fact
from incidents.models.fact_types import FACT_TYPES, REVIEWED_FACT_TYPES, FactType
from incidents.selectors.evidence import evidence_with_source_titles, source_spans
from incidents.services.curation.removals import resource_name
from incidents.services.synthetic.tables import COLUMNS
from tests import factories


def by_label(fact_type: FactType) -> str:
    return fact_type.label


def a_record_of(fact_type: FactType):
    return getattr(factories, f"{fact_type.model.__name__}Factory")()


def quoted(fact_type: FactType) -> Evidence:
    fact = {"figure": None, fact_type.evidence_field: a_record_of(fact_type)}
    return factories.EvidenceFactory(**fact)


def test_every_reviewed_model_is_in_the_fact_table():
    reviewed = {m for m in apps.get_app_config("incidents").get_models() if issubclass(m, Fact)}

    assert {fact_type.model for fact_type in REVIEWED_FACT_TYPES} == reviewed


def test_evidence_has_one_foreign_key_per_fact_type():
    links = {
        field.name: field.related_model
        for field in Evidence._meta.concrete_fields
        if field.is_relation and field.name != "source"
    }

    assert links == {fact_type.evidence_field: fact_type.model for fact_type in FACT_TYPES}


@pytest.mark.parametrize("fact_type", FACT_TYPES, ids=by_label)
def test_every_fact_type_has_an_admin_page_and_a_synthetic_table(fact_type):
    assert fact_type.model in admin.site._registry
    assert fact_type.model._meta.db_table in COLUMNS


@pytest.mark.django_db
@pytest.mark.parametrize("fact_type", FACT_TYPES, ids=by_label)
def test_a_source_page_links_the_quote_of_every_fact_type(admin_client, fact_type):
    evidence = quoted(fact_type)
    fact_id = getattr(evidence, fact_type.evidence_column)

    page = admin_client.get(reverse("admin:incidents_source_change", args=[evidence.source_id]))

    url = reverse(f"admin:incidents_{fact_type.model_name}_change", args=[fact_id])
    assert f'class="fact-span fact-{fact_type.evidence_field}" href="{url}"' in page.text
    assert f"{fact_type.label} #{fact_id}" in page.text


@pytest.mark.django_db
@pytest.mark.parametrize("fact_type", FACT_TYPES, ids=by_label)
def test_reading_which_fact_a_quote_supports_costs_no_query(django_assert_num_queries, fact_type):
    evidence = quoted(fact_type)

    for selected in (source_spans(evidence.source), evidence_with_source_titles()):
        with django_assert_num_queries(1):
            assert [getattr(e, fact_type.evidence_column) for e in selected] == [
                getattr(evidence, fact_type.evidence_column)
            ]


@pytest.mark.parametrize("fact_type", FACT_TYPES, ids=by_label)
def test_a_removed_record_of_every_fact_type_names_its_api_resource(fact_type):
    assert resource_name(fact_type.model) == fact_type.resource


@pytest.mark.django_db
@pytest.mark.parametrize("fact_type", FACT_TYPES, ids=by_label)
def test_curators_edit_and_viewers_see_every_fact_type(fact_type):
    name = fact_type.model_name
    curator = set(Group.objects.get(name=CURATOR).permissions.values_list("codename", flat=True))
    viewer = set(Group.objects.get(name=VIEWER).permissions.values_list("codename", flat=True))

    assert {f"view_{name}", f"add_{name}", f"change_{name}"} <= curator
    assert f"delete_{name}" not in curator
    assert f"view_{name}" in viewer
    assert f"change_{name}" not in viewer


@pytest.mark.django_db
def test_a_migrate_grants_the_groups_what_they_are_missing():
    curators = Group.objects.get(name=CURATOR)
    curators.permissions.clear()

    groups_grant(sender=apps.get_app_config("incidents"))

    assert curators.permissions.filter(codename="change_casualtyfigure").exists()


@pytest.mark.parametrize("fact_type", FACT_TYPES, ids=by_label)
def test_every_resource_a_tombstone_names_is_served_or_documented_as_embedded(fact_type):
    served = {prefix for prefix, _, _ in router.registry}
    documented = (Path(settings.BASE_DIR) / "docs" / "api.md").read_text()

    assert fact_type.resource in served or f"`{fact_type.resource}`" in documented
