"""The ingest service on articles of our own: resolution across documents."""

import pytest

from incidents import models
from incidents.documents.inputs import DocumentInput, DocumentMeta
from incidents.services.documents.ingest import documents_import
from tests.factories import ActorAliasFactory, ActorFactory, IncidentFactory

FIRST_REPORT = (
    "Gunmen opened fire at the Grand Arena in Lyon, France, on 3 May 2023, killing 12 people.\n\n"
    "Police detained Dalerdzhon Mirzoyev, 32, a citizen of Tajikistan, who is suspected of "
    "being one of the gunmen.\n"
)
SECOND_REPORT = (
    "At least 14 people were killed when gunmen attacked the Grand Arena in Lyon, France on "
    "3 May 2023. ISIS claimed the attack on Telegram.\n\n"
    "A court in Lyon charged Dalerjon Mirzoev, 32, with terrorism on 5 May 2023.\n"
)

pytestmark = pytest.mark.django_db


def ingest(*texts: str, **options) -> list:
    documents = [
        DocumentInput(name=f"report-{n}.txt", data=text.encode(), meta=DocumentMeta())
        for n, text in enumerate(texts)
    ]
    return list(documents_import(documents, **options))


def test_reports_of_the_same_place_and_day_share_one_incident():
    ingest(FIRST_REPORT, SECOND_REPORT)

    incident = models.Incident.objects.get()
    assert (incident.city, incident.country, str(incident.start_date)) == (
        "Lyon",
        "FR",
        "2023-05-03",
    )
    assert sorted(incident.casualty_figures.values_list("value", flat=True)) == [12, 14]


def test_a_suspect_spelled_two_ways_is_one_suspect_with_both_spellings():
    ingest(FIRST_REPORT, SECOND_REPORT)

    suspect = models.Suspect.objects.get()
    assert suspect.full_name == "Dalerdzhon Mirzoyev"
    assert list(suspect.name_variants.values_list("name", flat=True)) == ["Dalerjon Mirzoev"]
    assert suspect.evidence.count() == 2
    assert list(suspect.citizenships.values_list("country", flat=True)) == ["TJ"]


def test_a_group_named_by_an_alias_resolves_to_the_existing_actor():
    islamic_state = ActorFactory(name="Islamic State")
    ActorAliasFactory(actor=islamic_state, alias="ISIS")

    ingest(SECOND_REPORT)

    perpetrator = models.IncidentPerpetrator.objects.get()
    assert perpetrator.actor == islamic_state
    assert models.Actor.objects.filter(name__icontains="islamic").count() == 1


def test_a_new_group_is_created_with_the_gazetteer_aliases():
    ingest(SECOND_REPORT)

    actor = models.Actor.objects.get(name="Islamic State")
    assert models.Actor.objects.resolve("Isis") == actor
    assert models.Actor.objects.resolve("IS") == actor


def test_every_fact_is_proposed_by_the_extractor_with_a_quote_from_its_source():
    (outcome,) = ingest(FIRST_REPORT)

    figure = models.CasualtyFigure.objects.get()
    assert figure.review_status == "proposed"
    assert figure.extractor.startswith("incidents.extraction/")
    evidence = figure.evidence.get()
    assert evidence.source == outcome.source
    assert "killing 12 people" in evidence.quote


def test_curated_incident_values_are_not_overwritten_by_a_document():
    incident = IncidentFactory(
        city="Lyon", country="FR", venue="Grand Arena", start_date="2023-05-03", region="Rhône"
    )

    ingest(FIRST_REPORT)

    incident.refresh_from_db()
    assert incident.region == "Rhône"
    assert models.Incident.objects.count() == 1


def test_a_dry_run_counts_facts_and_writes_nothing():
    (outcome,) = ingest(FIRST_REPORT, dry_run=True)

    assert outcome.status == "extracted"
    assert outcome.facts["figure: killed"] == 1
    assert not models.Source.objects.exists()
