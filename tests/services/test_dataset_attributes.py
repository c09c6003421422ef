"""What GTD and UCDP GED know beyond the core incident: outcome, property damage, violence
type, conflict and dyad, deaths by side, and the sides of an event apart from perpetrators."""

import csv
from pathlib import Path

import pytest

from incidents import models
from incidents.interop import layouts, ucdp
from incidents.services.datasets.exporting import dataset_export
from incidents.services.datasets.importing import dataset_import

DATA = Path(__file__).parent.parent / "data"
GED_SAMPLE = Path(__file__).parents[2].parent / "shared/datasets/ucdp-ged-23.1-sample-1000.csv"
# Every GED column this project maps to the model beyond the core incident.
GED_MODELLED = (
    "type_of_violence", "conflict_new_id", "conflict_name", "dyad_new_id", "dyad_name",
    "side_a_new_id", "side_a", "side_b_new_id", "side_b",
    *(column for column, _ in ucdp.DEATH_COLUMNS),
)  # fmt: skip

pytestmark = pytest.mark.django_db


@pytest.fixture
def ged_sample() -> Path:
    if not GED_SAMPLE.exists():
        pytest.skip(f"the real GED sample is absent ({GED_SAMPLE}); see the issue")
    return GED_SAMPLE


def ucdp_incident(event_id: str) -> models.Incident:
    return models.Incident.objects.get(external_system="ucdp", external_id=event_id)


def test_the_real_ged_sample_stores_no_side_as_a_perpetrator_except_one_sided_side_a(ged_sample):
    report = dataset_import(layout=layouts.UCDP, path=ged_sample)
    assert report.inserted > 950
    assert not models.Actor.objects.filter(name__iexact="Civilians").exists()
    one_sided = models.Incident.objects.filter(violence_type=3)
    perpetrated = models.IncidentPerpetrator.objects.all()
    assert perpetrated.count() == one_sided.count() > 100
    assert set(perpetrated.values_list("incident", flat=True)) == set(
        one_sided.values_list("pk", flat=True)
    )
    assert perpetrated.filter(role="confirmed").count() == perpetrated.count()
    # Side A of every one-sided event is its perpetrator, side B is civilians.
    side_a = models.IncidentSide.objects.filter(incident__violence_type=3, role="side_a")
    assert set(side_a.values_list("incident", "actor")) == set(
        perpetrated.values_list("incident", "actor")
    )
    assert set(
        models.IncidentSide.objects.filter(incident__violence_type=3, role="side_b").values_list(
            "kind", "actor"
        )
    ) == {("civilians", None)}


def test_the_real_ged_sample_keeps_sides_with_their_kinds_and_actors(ged_sample):
    dataset_import(layout=layouts.UCDP, path=ged_sample)
    syria = ucdp_incident("300380")
    assert (syria.violence_type, syria.conflict_new_id, syria.conflict_name) == (
        1,
        299,
        "Syria: Government",
    )
    assert (syria.dyad_new_id, syria.dyad_name) == (
        11973,
        "Government of Syria - Syrian insurgents",
    )
    sides = {side.role: side for side in syria.sides.select_related("actor")}
    assert (sides["side_a"].kind, sides["side_a"].ucdp_actor_id) == ("state", 118)
    assert sides["side_a"].actor.kind == "government"
    assert (sides["side_b"].kind, sides["side_b"].actor.kind) == ("non_state", "armed_group")
    assert models.IncidentSide.objects.count() == 2 * models.Incident.objects.count()


def test_the_real_ged_sample_keeps_deaths_by_side_as_subgroup_figures(ged_sample):
    dataset_import(layout=layouts.UCDP, path=ged_sample)
    syria = ucdp_incident("300380")
    by_side = dict(
        syria.casualty_figures.filter(kind="killed")
        .exclude(subgroup="")
        .values_list("subgroup", "value")
    )
    assert by_side == {"side_a": 0, "side_b": 2, "civilians": 0, "unknown": 0}
    # Figures by side are parts of the total, not competing totals: the estimate is unchanged.
    assert (syria.killed_low, syria.killed_best, syria.killed_high) == (2, 2, 2)


def test_the_real_ged_sample_exports_every_modelled_column_as_the_file_has_it(ged_sample, tmp_path):
    dataset_import(layout=layouts.UCDP, path=ged_sample)
    exported = tmp_path / "ged.csv"
    dataset_export(layout=layouts.UCDP, path=exported)
    with ged_sample.open(newline="") as handle:
        given = {row["id"]: row for row in csv.DictReader(handle)}
    with exported.open(newline="") as handle:
        written = list(csv.DictReader(handle))
    assert len(written) == models.Incident.objects.count()
    differing = [
        (row["id"], column)
        for row in written
        for column in GED_MODELLED
        if row[column] != given[row["id"]][column]
    ]
    assert differing == []
    again = dataset_import(layout=layouts.UCDP, path=exported)
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, len(written))


def test_a_changed_side_replaces_the_sides_and_perpetrator_of_the_event(tmp_path):
    path = tmp_path / "ged.csv"
    header = "id,type_of_violence,side_a,side_b,date_start,country,best\n"
    path.write_text(header + "1,3,Taleban,Civilians,2017-07-14,Afghanistan,4\n")
    dataset_import(layout=layouts.UCDP, path=path)
    path.write_text(header + "1,1,Government of Afghanistan,Taleban,2017-07-14,Afghanistan,4\n")
    report = dataset_import(layout=layouts.UCDP, path=path)
    assert report.updated == 1
    event = ucdp_incident("1")
    assert [(s.role, s.kind, s.name) for s in event.sides.order_by("role")] == [
        ("side_a", "state", "Government of Afghanistan"),
        ("side_b", "non_state", "Taleban"),
    ]
    assert not event.perpetrator_links.exists()


def test_gtd_outcome_and_property_damage_are_stored_and_round_trip(tmp_path):
    report = dataset_import(layout=layouts.GTD, path=DATA / "gtd_outcomes.csv")
    assert (report.inserted, report.skipped) == (4, 0)
    rows = {i.external_id: i for i in models.Incident.objects.filter(external_system="gtd")}
    wtc = rows["200109110004"]
    assert (wtc.successful, wtc.suicide) == (True, True)
    assert (wtc.property_damaged, wtc.property_damage_extent, wtc.property_damage_value) == (
        True,
        1,
        2_700_000_000,
    )
    assert (rows["201401010101"].successful, rows["201401010101"].property_damaged) == (
        False,
        False,
    )
    unknown_value = rows["201401010102"]
    assert (unknown_value.property_damage_extent, unknown_value.property_damage_value) == (4, None)
    assert rows["201401010103"].property_damaged is None
    exported = tmp_path / "gtd.csv"
    dataset_export(layout=layouts.GTD, path=exported)
    with exported.open(newline="") as handle:
        written = {row["eventid"]: row for row in csv.DictReader(handle)}
    with (DATA / "gtd_outcomes.csv").open(newline="") as handle:
        given = {row["eventid"]: row for row in csv.DictReader(handle)}
    columns = ("success", "suicide", "property", "propextent", "propextent_txt", "propvalue")
    assert {i: [written[i][c] for c in columns] for i in given} == {
        i: [row[c] for c in columns] for i, row in given.items()
    }
    again = dataset_import(layout=layouts.GTD, path=exported)
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 4)


def test_the_full_0919_header_fills_outcome_and_property_damage():
    dataset_import(layout=layouts.GTD, path=DATA / "gtd_0919_edge_cases.csv")
    rows = {i.external_id: i for i in models.Incident.objects.filter(external_system="gtd")}
    damaged = rows["198601050001"]
    assert (damaged.property_damaged, damaged.property_damage_extent) == (True, 3)
    assert damaged.property_damage_value is None  # -99: unknown
    assert (rows["200105010001"].successful, rows["200105010001"].suicide) == (False, True)
    assert rows["198601050002"].property_damaged is None  # -9: unknown


def test_the_full_ged_header_keeps_an_over_long_side_as_a_side_not_a_perpetrator():
    dataset_import(layout=layouts.UCDP, path=DATA / "ged_231_edge_cases.csv")
    valleys = ucdp_incident("100003").sides.get(role="side_b")
    assert (valleys.kind, len(valleys.name)) == ("non_state", 200)
    one_sided = ucdp_incident("100002")
    [perpetrator] = one_sided.perpetrator_links.select_related("actor")
    assert (perpetrator.actor.name, perpetrator.actor.kind) == (
        "Government of South Africa",
        "government",
    )
    assert not models.IncidentPerpetrator.objects.exclude(incident=one_sided).exists()
