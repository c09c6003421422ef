"""Import -> export gives the file back, column by column, except where curators changed data."""

import csv
from pathlib import Path

import pytest

from incidents import models
from incidents.interop import layouts
from incidents.services.datasets.exporting import dataset_export
from incidents.services.datasets.importing import dataset_import

DATA = Path(__file__).parent.parent / "data"
GTD = DATA / "gtd_small.csv"

pytestmark = pytest.mark.django_db


def read_rows(path: Path, id_column: str) -> dict[str, dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return {row[id_column]: row for row in csv.DictReader(handle)}


def exported(tmp_path: Path, layout: layouts.Layout) -> dict[str, dict[str, str]]:
    path = tmp_path / f"export-{layout.system}.csv"
    dataset_export(layout=layout, path=path)
    return read_rows(path, layout.id_column)


def test_an_export_gives_back_every_cell_of_the_imported_rows(tmp_path):
    report = dataset_import(layout=layouts.GTD, path=GTD)
    rows = exported(tmp_path, layouts.GTD)
    originals = read_rows(GTD, "eventid")
    assert report.skipped == 1
    for eventid, row in rows.items():
        assert {column: row[column] for column in originals[eventid]} == originals[eventid]


def test_an_edit_of_a_mapped_field_shows_and_the_other_cells_stay(tmp_path):
    dataset_import(layout=layouts.GTD, path=GTD)
    germany = models.Incident.objects.get(external_id="201401000003")
    germany.city = "Bonn"
    germany.save()
    row = exported(tmp_path, layouts.GTD)["201401000003"]
    assert (row["city"], row["country_txt"], row["claimed"]) == ("Bonn", "West Germany (FRG)", "-9")


def test_incidents_of_other_datasets_are_written_from_the_database(tmp_path):
    dataset_import(layout=layouts.GTD, path=GTD)
    row = exported(tmp_path, layouts.UCDP)["gtd-201401000003"]
    assert (row["country"], row["where_coordinates"]) == ("Germany", "Unknown")
