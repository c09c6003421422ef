import csv
import shutil
from datetime import date
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from incidents import models
from incidents.interop import layouts
from incidents.models.vocabularies import DatePrecision, SourceKind
from incidents.services.datasets.exporting import dataset_export
from incidents.services.datasets.importing import DatasetImportError, dataset_import
from tests import factories

DATA = Path(__file__).parent.parent / "data"
GTD = DATA / "gtd_small.csv"
SNAPSHOT_MODELS = (
    models.Incident,
    models.IncidentAttackType,
    models.IncidentWeaponType,
    models.IncidentTargetType,
    models.IncidentPerpetrator,
    models.IncidentRelation,
    models.IncidentSide,
    models.CasualtyFigure,
    models.Evidence,
    models.Actor,
    models.Source,
)

pytestmark = pytest.mark.django_db


def snapshot() -> dict:
    return {
        model.__name__: list(model.objects.order_by("pk").values()) for model in SNAPSHOT_MODELS
    }


def incident(eventid: str) -> models.Incident:
    return models.Incident.objects.get(external_system="gtd", external_id=eventid)


def test_it_imports_good_rows_and_reports_bad_ones_by_row_number():
    report = dataset_import(layout=layouts.GTD, path=GTD)
    assert (report.inserted, report.updated, report.unchanged, report.skipped) == (5, 0, 0, 1)
    assert [(p.row, p.message.split()[0]) for p in report.problems] == [(5, "iyear")]
    assert [(p.row, p.message) for p in report.inconsistencies] == [
        (6, "country_txt 'Atlantis' is not a known country")
    ]


def test_it_stores_dates_places_and_types_of_the_file():
    dataset_import(layout=layouts.GTD, path=GTD)
    baghdad, mosul, unknown = (
        incident(i) for i in ("201401010001", "201401010002", "201401000003")
    )
    assert (baghdad.start_date, baghdad.date_precision) == (date(2014, 1, 1), DatePrecision.DAY)
    assert (mosul.date_precision, mosul.approximate_date) == ("month", "early January 2014")
    assert (unknown.date_precision, unknown.country) == ("year", "DE")
    assert (mosul.latitude, mosul.longitude) == (None, None)
    assert list(baghdad.attack_types.order_by("id").values_list("code", flat=True)) == [3, 2]
    assert baghdad.slug == "gtd-201401010001"


def test_it_stores_counts_as_accepted_figures_attributed_to_the_dataset():
    dataset_import(layout=layouts.GTD, path=GTD)
    baghdad = incident("201401010001")
    figures = {(f.kind, f.subgroup): f for f in baghdad.casualty_figures.all()}
    assert {key: f.value for key, f in figures.items()} == {
        ("killed", ""): 12,
        ("injured", ""): 30,
        ("killed", "attackers"): 1,
        ("detained", "attackers"): 0,
    }
    assert {f.review_status for f in figures.values()} == {"accepted"}
    assert {f.attributed_to.name for f in figures.values()} == {"Global Terrorism Database"}
    assert (baghdad.killed_best, baghdad.injured_best, baghdad.estimate_is_curated) == (
        12,
        30,
        True,
    )
    assert baghdad.imported_from.kind == SourceKind.DATASET


def test_it_resolves_perpetrators_by_alias():
    islamic_state = factories.ActorFactory(name="Islamic State")
    factories.ActorAliasFactory(actor=islamic_state, alias="ISIL")
    dataset_import(layout=layouts.GTD, path=GTD)
    assert list(incident("201401010002").perpetrators.order_by("perpetrator_links__id")) == [
        islamic_state,
        models.Actor.objects.get(name="Ansar al-Sunna"),
    ]


def test_it_links_related_incidents_and_cited_sources():
    dataset_import(layout=layouts.GTD, path=GTD)
    baghdad = incident("201401010001")
    related = baghdad.relations.values_list("to_incident__external_id", "kind")
    assert sorted(related) == [("201401000003", "same_campaign"), ("201401010002", "same_campaign")]
    cited = models.Evidence.objects.filter(incident=baghdad).order_by("attribute")
    assert [e.attribute for e in cited] == ["gtd:scite1", "gtd:scite2"]
    # Two rows cite the same article: it is one Source.
    assert cited[0].source == models.Evidence.objects.get(incident=incident("201401010002")).source


def test_it_adds_nothing_on_a_second_import():
    dataset_import(layout=layouts.GTD, path=GTD)
    before = snapshot()
    report = dataset_import(layout=layouts.GTD, path=GTD)
    assert (report.inserted, report.updated, report.unchanged) == (0, 0, 5)
    assert snapshot() == before


def test_it_changes_nothing_on_an_import_export_import_round_trip(tmp_path):
    dataset_import(layout=layouts.GTD, path=GTD)
    before = snapshot()
    exported = tmp_path / "export.csv"
    dataset_export(layout=layouts.GTD, path=exported)
    report = dataset_import(layout=layouts.GTD, path=exported)
    assert (report.inserted, report.updated, report.skipped) == (0, 0, 0)
    after = snapshot()
    after["Source"] = [s for s in after["Source"] if s["file_name"] != "export.csv"]
    assert after == before


def test_it_updates_a_changed_row_and_keeps_curators_figures(tmp_path):
    dataset_import(layout=layouts.GTD, path=GTD)
    baghdad = incident("201401010001")
    by_hand = factories.CasualtyFigureFactory(incident=baghdad, value=14, extractor="")
    changed = tmp_path / "changed.csv"
    changed.write_text(GTD.read_text().replace(",12,1,30,", ",13,1,30,"))
    report = dataset_import(layout=layouts.GTD, path=changed)
    assert (report.inserted, report.updated, report.unchanged) == (0, 1, 4)
    baghdad.refresh_from_db()
    assert baghdad.killed_best == 13
    killed = baghdad.casualty_figures.filter(kind="killed", subgroup="")
    assert sorted(killed.values_list("value", flat=True)) == [13, by_hand.value]


def test_it_reads_xlsx_like_csv():
    dataset_import(layout=layouts.GTD, path=DATA / "gtd_small.xlsx")
    from_xlsx = [i.import_fingerprint for i in models.Incident.objects.order_by("external_id")]
    report = dataset_import(layout=layouts.GTD, path=GTD)
    assert report.unchanged == len(from_xlsx) == 5


def test_it_writes_nothing_when_strict_meets_a_bad_row():
    with pytest.raises(
        DatasetImportError, match=r"gtd_small.csv: row 5 \(eventid 201401020004\): iyear"
    ):
        dataset_import(layout=layouts.GTD, path=GTD, strict=True)
    assert not models.Incident.objects.exists()
    assert not models.Source.objects.exists()


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("missing.csv", "does not exist"),
        ("empty.csv", "is empty"),
        ("binary.csv", "binary file"),
        ("gtd_wrong_columns.csv", "lacks the column"),
    ],
)
def test_the_command_refuses_bad_files_and_writes_nothing(name, message):
    with pytest.raises(CommandError, match=message):
        call_command("import_gtd", str(DATA / name))
    assert not models.Incident.objects.exists()
    assert not models.Source.objects.exists()


def test_the_command_reports_counts_and_skipped_rows_and_fails(capsys):
    with pytest.raises(CommandError, match="1 row was rejected; the other 5 were imported"):
        call_command("import_gtd", str(GTD))
    out, err = capsys.readouterr()
    assert "5 inserted, 0 updated, 0 unchanged, 1 skipped, 1 flagged" in out
    assert f"{GTD}: row 5 (eventid 201401020004): iyear is not a number: '20x4'; skipped" in err
    assert (
        f"{GTD}: row 6 (eventid 201401020005): country_txt 'Atlantis' is not a known country; "
        "imported with a flag"
    ) in err


def test_the_strict_command_stops_with_a_clear_error():
    with pytest.raises(CommandError, match="nothing was imported"):
        call_command("import_gtd", str(GTD), "--strict")
    assert not models.Incident.objects.exists()


def test_export_writes_the_curated_best_estimate(tmp_path):
    dataset_import(layout=layouts.GTD, path=GTD)
    baghdad = incident("201401010001")
    baghdad.killed_best = 15
    baghdad.save()
    exported = tmp_path / "export.csv"
    dataset_export(layout=layouts.GTD, path=exported)
    with exported.open(newline="") as handle:
        rows = {row["eventid"]: row for row in csv.DictReader(handle)}
    assert (rows["201401010001"]["nkill"], rows["201401010001"]["nwound"]) == ("15", "30")


def test_ucdp_round_trip_keeps_the_estimate_and_changes_nothing(tmp_path):
    report = dataset_import(layout=layouts.UCDP, path=DATA / "ucdp_small.csv")
    assert (report.inserted, report.skipped, report.flagged) == (3, 1, 1)
    kabul = models.Incident.objects.get(external_system="ucdp", external_id="244657")
    assert (kabul.killed_low, kabul.killed_best, kabul.killed_high) == (3, 4, 6)
    before = snapshot()
    exported = tmp_path / "ucdp.csv"
    dataset_export(layout=layouts.UCDP, path=exported)
    again = dataset_import(layout=layouts.UCDP, path=exported)
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 3)
    after = snapshot()
    after["Source"] = [s for s in after["Source"] if s["file_name"] != "ucdp.csv"]
    assert after == before


def test_a_moved_file_is_the_same_dataset_source(tmp_path):
    dataset_import(layout=layouts.GTD, path=GTD)
    copy = tmp_path / "renamed.csv"
    shutil.copy(GTD, copy)
    dataset_import(layout=layouts.GTD, path=copy)
    assert models.Source.objects.filter(kind=SourceKind.DATASET).count() == 1


def test_binary_garbage_after_good_rows_is_a_bad_row_not_a_crash(tmp_path):
    path = tmp_path / "truncated.csv"
    header, first_row = GTD.read_text().splitlines()[:2]
    # Past the 64 KB the reader sniffs, so that only the parser can notice.
    rows = "\n".join(first_row.replace("201401010001", f"2014010100{n:02}", 1) for n in range(200))
    path.write_bytes(f"{header}\n{rows}\n".encode() + b"\x00\x01\x02" * 10)
    report = dataset_import(layout=layouts.GTD, path=path)
    assert (report.inserted, report.skipped) == (200, 1)
    assert report.problems[0].row == 202
