import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from incidents import models
from incidents.models import vocabularies as v
from tests import factories

ACCEPTED = v.ReviewStatus.ACCEPTED


def _dossier(incident):
    """One of everything the detail embeds, all accepted, each with evidence."""
    factories.IncidentAttackTypeFactory(incident=incident)
    factories.IncidentWeaponTypeFactory(incident=incident)
    factories.IncidentTargetTypeFactory(incident=incident)
    factories.IncidentPerpetratorFactory(incident=incident)
    _facts(incident)


def _facts(incident):
    fsb = factories.ActorFactory(name="FSB")
    figure = factories.CasualtyFigureFactory(
        incident=incident, attributed_to=fsb, review_status=ACCEPTED
    )
    factories.EvidenceFactory(figure=figure)
    statement = factories.StatementFactory(incident=incident, review_status=ACCEPTED)
    factories.EvidenceFactory(figure=None, statement=statement)
    suspect = factories.SuspectFactory(incident=incident, review_status=ACCEPTED)
    factories.SuspectCitizenshipFactory(suspect=suspect)
    factories.SuspectNameVariantFactory(suspect=suspect)
    factories.SuspectStatusEventFactory(suspect=suspect, review_status=ACCEPTED)
    factories.SuspectStatusEventFactory(suspect=suspect, status="charged", review_status=ACCEPTED)
    factories.EvidenceFactory(figure=None, suspect=suspect)


def test_it_embeds_the_whole_dossier_in_the_incident_detail(api):
    incident = factories.IncidentFactory(killed_low=40, killed_best=145, killed_high=145)
    _dossier(incident)
    body = api.get(f"/api/v1/incidents/{incident.pk}/").json()
    assert body["location"]["city"] == incident.city
    assert body["attack_types"] == [{"code": 2, "label": "Armed Assault"}]
    assert body["perpetrators"][0]["role"] == "claimed"
    assert body["estimate"] == {
        "killed": {"low": 40, "best": 145, "high": 145},
        "injured": {"low": None, "best": None, "high": None},
        "is_curated": False,
    }
    [figure] = body["figures"]
    assert figure["attributed_to"]["name"] == "FSB"
    quoted = models.Evidence.objects.get(figure_id=figure["id"])
    assert figure["evidence"][0]["quote"] == quoted.source.cleaned_text[quoted.start : quoted.end]
    [suspect] = body["suspects"]
    assert [step["status"] for step in suspect["status_history"]] == ["detained", "charged"]
    assert suspect["nationalities"] == ["TJ"]
    assert len(body["sources"]) == 3
    assert len(body["statements"]) == 1


def test_it_answers_304_when_the_etag_still_matches(api):
    incident = factories.IncidentFactory()
    first = api.get(f"/api/v1/incidents/{incident.pk}/")
    again = api.get(f"/api/v1/incidents/{incident.pk}/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    assert again.content == b""


@pytest.mark.parametrize("header", ["*", ' "other" , * '])
def test_it_answers_304_to_if_none_match_any_when_the_record_exists(api, header):
    incident = factories.IncidentFactory()
    response = api.get(f"/api/v1/incidents/{incident.pk}/", HTTP_IF_NONE_MATCH=header)
    assert response.status_code == 304
    assert response["ETag"] == api.get(f"/api/v1/incidents/{incident.pk}/")["ETag"]


def test_it_answers_404_to_if_none_match_any_when_the_record_is_missing(api):
    assert api.get("/api/v1/incidents/999/", HTTP_IF_NONE_MATCH="*").status_code == 404


def test_it_changes_the_etag_when_an_embedded_fact_changes(api):
    incident = factories.IncidentFactory()
    first = api.get(f"/api/v1/incidents/{incident.pk}/")
    factories.CasualtyFigureFactory(incident=incident, review_status=ACCEPTED)
    again = api.get(f"/api/v1/incidents/{incident.pk}/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 200
    assert again["ETag"] != first["ETag"]


@pytest.mark.parametrize("url", ["/api/v1/incidents/999/", "/api/v1/incidents/x/"])
def test_it_answers_404_for_a_missing_record(api, url):
    assert api.get(url).status_code == 404


def _queries(api, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert api.get(url).status_code == 200
    return len(captured)


LIST_BUILDERS = {
    "/api/v1/incidents/": lambda: _dossier(factories.IncidentFactory()),
    "/api/v1/casualty-figures/": lambda: factories.EvidenceFactory(
        figure=factories.CasualtyFigureFactory(review_status=ACCEPTED)
    ),
    "/api/v1/statements/": lambda: factories.StatementFactory(review_status=ACCEPTED),
    "/api/v1/suspects/": lambda: factories.SuspectStatusEventFactory(
        suspect=factories.SuspectFactory(review_status=ACCEPTED), review_status=ACCEPTED
    ),
    "/api/v1/sources/": factories.SourceFactory,
    "/api/v1/actors/": factories.ActorAliasFactory,
    "/api/v1/changes/": factories.RecordRemovalFactory,
}


@pytest.mark.parametrize("url", LIST_BUILDERS)
def test_it_runs_as_many_queries_for_a_list_of_many_rows_as_for_one(
    api, url, django_assert_num_queries
):
    LIST_BUILDERS[url]()
    one_row = _queries(api, url)
    for _ in range(11):
        LIST_BUILDERS[url]()
    with django_assert_num_queries(one_row):
        assert len(api.get(url).json()["results"]) == 12


def test_it_runs_as_many_queries_for_an_incident_with_many_facts_as_with_one_of_each(
    api, django_assert_num_queries
):
    single = factories.IncidentFactory()
    _dossier(single)
    single_queries = _queries(api, f"/api/v1/incidents/{single.pk}/")
    rich = factories.IncidentFactory()
    _dossier(rich)
    for _ in range(4):
        _facts(rich)
    with django_assert_num_queries(single_queries):
        api.get(f"/api/v1/incidents/{rich.pk}/")


def test_a_source_without_a_published_date_shows_its_lower_bound(api):
    source = factories.SourceFactory(published_on=None, published_after="2025-09-27")

    body = api.get(f"/api/v1/sources/{source.pk}/").json()

    assert (body["published_on"], body["published_after"]) == (None, "2025-09-27")


def _explained_incident():
    """Two dated sources agree on nothing; a proposed figure and an armed group's claim wait."""
    incident = factories.IncidentFactory()
    earlier = factories.SourceFactory(published_on="2024-03-22", title="First report")
    later = factories.SourceFactory(published_on=None, published_after="2025-12-01")
    group = factories.ActorFactory(name="Islamic State", kind=v.ActorKind.ARMED_GROUP)
    for source, value, fields in [
        (earlier, 40, {}),
        (later, 149, {}),
        (later, 300, {"attributed_to": group}),
        (later, 999, {"review_status": v.ReviewStatus.PROPOSED}),
    ]:
        figure = factories.CasualtyFigureFactory(
            incident=incident,
            value=value,
            reported_on=None,
            **{"review_status": ACCEPTED, **fields},
        )
        factories.EvidenceFactory(figure=figure, source=source)
    return incident, later


def test_the_detail_explains_the_derived_estimate_step_by_step(api):
    incident, later = _explained_incident()

    killed = api.get(f"/api/v1/incidents/{incident.pk}/").json()["estimate_explanation"]["killed"]

    assert (killed["best"], killed["best_step"], killed["most_recent"]) == (
        149,
        "single",
        "2025-12-01",
    )
    first = killed["sources"][0]
    assert first["source"]["id"] == later.pk
    assert (first["date_basis"], first["sets_best"], first["questionable"]) == (
        "on_or_after",
        True,
        False,
    )
    assert [f["value"] for f in first["figures"]] == [149]
    assert [(x["figure"]["value"], x["reason"]) for x in killed["left_out"]] == [
        (300, "perpetrator_claim")
    ]
    undated = api.get(f"/api/v1/incidents/{incident.pk}/").json()["estimate_explanation"]
    assert [s["id"] for s in undated["undated_sources"]] == [later.pk]


def test_staff_asking_for_every_status_also_see_the_figures_not_yet_accepted(staff_api):
    incident, _ = _explained_incident()

    body = staff_api.get(f"/api/v1/incidents/{incident.pk}/?status=all").json()

    reasons = [x["reason"] for x in body["estimate_explanation"]["killed"]["left_out"]]
    assert reasons == ["not_accepted", "perpetrator_claim"]
    assert body["estimate_explanation"]["killed"]["best"] == 149
