"""Resources: round trips, natural keys, all-or-nothing imports, formula neutralising."""

import datetime as dt
import io
import zipfile
from pathlib import Path

import openpyxl
import pytest
from defusedxml import EntitiesForbidden
from django.db.models import F
from django.urls import reverse
from import_export.formats.base_formats import CSV, JSON, XLSX

from incidents import models
from incidents.resources import (
    ActorResource,
    CasualtyFigureResource,
    IncidentResource,
    SourceResource,
    StatementResource,
    SuspectResource,
)
from incidents.spreadsheets import FORMULA_TRIGGERS, neutralise_formula, restore_formula
from tests import factories

DATA = Path(__file__).resolve().parent.parent / "data" / "import_export"
FORMATS = [CSV, XLSX, JSON]
RESOURCES = [
    ActorResource,
    IncidentResource,
    SourceResource,
    CasualtyFigureResource,
    StatementResource,
    SuspectResource,
]


def export_file(resource_class, file_format) -> str | bytes:
    return file_format().export_data(resource_class().export())


def import_file(resource_class, file_format, content, **kwargs):
    dataset = file_format().create_dataset(content)
    return resource_class().import_data(dataset, **kwargs)


def snapshot(model) -> list[dict]:
    return list(model.objects.order_by("pk").values())


def import_types(result) -> list[str]:
    return [row.import_type for row in result.rows]


@pytest.fixture
def curated_data(db):
    """One incident with a figure, a statement and a suspect, each linked to actors."""
    committee = factories.ActorFactory(
        name="Investigative Committee", kind=models.vocabularies.ActorKind.STATE_BODY
    )
    branch = factories.ActorFactory(name="Islamic State Khorasan Province")
    branch.parent = factories.ActorFactory(name="Islamic State")
    branch.save()
    incident = factories.IncidentFactory(
        slug="crocus-city-hall-attack", latitude="55.825700", longitude="37.389200"
    )
    figure = factories.CasualtyFigureFactory(
        incident=incident, value=143, attributed_to=committee, as_of=dt.date(2024, 3, 24)
    )
    factories.EvidenceFactory(figure=figure)
    factories.CasualtyFigureFactory(incident=incident, kind="injured", value=100, value_max=150)
    factories.StatementFactory(incident=incident, speaker=branch, concerns=committee)
    factories.SuspectFactory(incident=incident, affiliation=branch, birth_date=dt.date(1992, 1, 1))
    return incident


@pytest.mark.parametrize("file_format", FORMATS, ids=lambda f: f.__name__)
@pytest.mark.parametrize("resource_class", RESOURCES, ids=lambda r: r.__name__)
def test_it_changes_nothing_when_its_own_export_is_imported(
    curated_data, resource_class, file_format
):
    model = resource_class._meta.model
    before = snapshot(model)
    exported = export_file(resource_class, file_format)

    result = import_file(resource_class, file_format, exported)

    assert not result.has_errors()
    assert not result.has_validation_errors()
    assert result.totals["skip"] == len(before) > 0
    assert snapshot(model) == before


@pytest.mark.parametrize("resource_class", RESOURCES, ids=lambda r: r.__name__)
def test_it_offers_import_and_export_on_the_project_admin(client, superuser, resource_class):
    opts = resource_class._meta.model._meta
    client.force_login(superuser)

    pages = [
        client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_{view}"))
        for view in ("import", "export")
    ]

    assert [page.status_code for page in pages] == [200, 200]
    for page in pages:
        titles = {title for value, title in page.context["form"].fields["format"].choices if value}
        assert titles == {"csv", "xlsx", "json"}


@pytest.mark.parametrize("file_format", FORMATS, ids=lambda f: f.__name__)
def test_it_recreates_facts_by_natural_key_in_an_empty_database(curated_data, file_format):
    actors, incidents = (export_file(r, file_format) for r in (ActorResource, IncidentResource))
    figures = export_file(CasualtyFigureResource, file_format)
    expected = sorted(str(figure) for figure in models.CasualtyFigure.objects.all())
    models.CasualtyFigure.objects.all().delete()
    models.Statement.objects.all().delete()
    models.Suspect.objects.all().delete()
    models.Incident.objects.all().delete()
    models.Actor.objects.update(parent=None)
    models.Actor.objects.all().delete()

    for resource_class, content in [
        (ActorResource, actors),
        (IncidentResource, incidents),
        (CasualtyFigureResource, figures),
    ]:
        result = import_file(resource_class, file_format, content)
        assert not result.has_validation_errors(), result.invalid_rows

    assert sorted(str(figure) for figure in models.CasualtyFigure.objects.all()) == expected
    recreated = models.CasualtyFigure.objects.get(value=143)
    assert recreated.attributed_to.name == "Investigative Committee"
    assert recreated.review_status == models.vocabularies.ReviewStatus.PROPOSED


@pytest.mark.parametrize("resource_class", RESOURCES, ids=lambda r: r.__name__)
def test_it_exports_in_a_fixed_number_of_queries(
    curated_data, resource_class, django_assert_max_num_queries
):
    for _ in range(5):
        factories.SuspectFactory(incident=curated_data, affiliation=factories.ActorFactory())
        factories.StatementFactory(incident=curated_data, concerns=factories.ActorFactory())
        factories.EvidenceFactory(figure__incident=curated_data, figure__attributed_to=None)

    with django_assert_max_num_queries(4):
        resource_class().export()


def test_it_adds_nothing_on_a_second_import_of_a_file(curated_data):
    content = (DATA / "figures.csv").read_text()
    models.CasualtyFigure.objects.all().delete()

    first = import_file(CasualtyFigureResource, CSV, content)
    after_first = snapshot(models.CasualtyFigure)
    second = import_file(CasualtyFigureResource, CSV, content)

    assert first.totals["new"] == len(after_first) == 3
    assert second.totals["skip"] == 3
    assert snapshot(models.CasualtyFigure) == after_first


def test_it_updates_a_fact_found_by_its_id_and_bumps_its_version(curated_data):
    figure = models.CasualtyFigure.objects.get(value=143)
    dataset = CasualtyFigureResource().export()
    dataset.dict = [
        {**row, "value": "144"} if row["id"] == str(figure.pk) else row for row in dataset.dict
    ]

    result = CasualtyFigureResource().import_data(dataset)

    figure.refresh_from_db()
    assert (result.totals["update"], figure.value, figure.version) == (1, 144, 2)
    assert models.CasualtyFigure.objects.count() == 2


def test_it_fails_the_file_when_a_record_changed_since_it_was_read(curated_data, monkeypatch):
    dataset = CasualtyFigureResource().export()
    dataset.dict = [{**row, "extractor": "corrected"} for row in dataset.dict]
    read_row = CasualtyFigureResource.import_instance

    def read_row_while_someone_saves(self, instance, row, **kwargs):
        type(instance).objects.filter(pk=instance.pk).update(version=F("version") + 1)
        read_row(self, instance, row, **kwargs)

    monkeypatch.setattr(CasualtyFigureResource, "import_instance", read_row_while_someone_saves)
    result = CasualtyFigureResource().import_data(dataset)

    assert [number for number, _ in result.row_errors()] == [1, 2]
    assert "changed by someone else" in str(result.row_errors()[0][1][0].error)
    assert not models.CasualtyFigure.objects.filter(extractor="corrected").exists()


@pytest.mark.parametrize(
    ("resource_class", "sample", "file_format", "bad_row"),
    [
        (CasualtyFigureResource, "figures_bad_row.csv", CSV, 2),
        (IncidentResource, "incidents_bad_row.json", JSON, 2),
    ],
)
def test_it_reports_the_bad_row_and_imports_nothing_of_the_file(
    curated_data, resource_class, sample, file_format, bad_row
):
    model = resource_class._meta.model
    model.objects.all().delete()

    result = import_file(resource_class, file_format, (DATA / sample).read_text())

    assert [row.number for row in result.invalid_rows] == [bad_row]
    assert model.objects.count() == 0


def test_it_rolls_back_even_when_the_caller_asks_to_keep_valid_rows(curated_data):
    models.CasualtyFigure.objects.all().delete()
    content = (DATA / "figures_bad_row.csv").read_text()

    import_file(CasualtyFigureResource, CSV, content, rollback_on_validation_errors=False)

    assert models.CasualtyFigure.objects.count() == 0


def test_it_refuses_a_source_it_does_not_hold(curated_data):
    dataset = SourceResource().export()
    dataset.append(["f" * 64, "Unknown report", *[""] * (len(dataset.headers) - 2)])

    result = SourceResource().import_data(dataset)

    assert [row.number for row in result.invalid_rows] == [2]
    assert "import the document itself first" in str(result.invalid_rows[0].error)


def test_it_imports_an_xlsx_file(curated_data):
    models.CasualtyFigure.objects.all().delete()
    dataset = CSV().create_dataset((DATA / "figures.csv").read_text())
    content = XLSX().export_data(dataset)

    result = import_file(CasualtyFigureResource, XLSX, content)

    assert result.totals["new"] == models.CasualtyFigure.objects.count() == 3


@pytest.mark.parametrize("trigger", FORMULA_TRIGGERS, ids=repr)
@pytest.mark.parametrize("file_format", FORMATS, ids=lambda f: f.__name__)
def test_it_neutralises_formulas_in_text_cells_and_restores_them_on_import(
    db, trigger, file_format
):
    formula = f'{trigger}HYPERLINK("https://evil.example","x")'
    actor = factories.ActorFactory(name=f"{trigger}cmd|' /C calc'!A0", description=formula)
    incident = factories.IncidentFactory(name=formula, summary=formula)
    factories.CasualtyFigureFactory(incident=incident, attributed_to=actor)

    cells = exported_cells(CasualtyFigureResource, file_format) + exported_cells(
        IncidentResource, file_format
    )

    assert not [cell for cell in cells if isinstance(cell, str) and cell.startswith(trigger)]
    assert f"'{formula}" in cells
    assert f"'{actor.name}" in cells
    for resource_class in (ActorResource, IncidentResource, CasualtyFigureResource):
        before = snapshot(resource_class._meta.model)
        result = import_file(resource_class, file_format, export_file(resource_class, file_format))
        assert result.totals["skip"] == len(before)
        assert snapshot(resource_class._meta.model) == before


def exported_cells(resource_class, file_format) -> list:
    """Every cell as a spreadsheet program would read it back from the exported file."""
    content = export_file(resource_class, file_format)
    if file_format is XLSX:
        sheet = openpyxl.load_workbook(io.BytesIO(content)).active
        return [cell.value for row in sheet.iter_rows() for cell in row]
    dataset = file_format().create_dataset(content)
    return [cell for row in dataset for cell in row]


def test_it_leaves_negative_coordinates_as_numbers(db):
    factories.IncidentFactory(latitude="-33.868800", longitude="151.209300")

    row = IncidentResource().export().dict[0]

    assert row["latitude"] == "-33.868800"


def test_it_exports_to_xlsx_text_with_control_characters_xlsx_cannot_hold(db):
    factories.IncidentFactory(summary="Gunmen\x0battacked")

    cells = exported_cells(IncidentResource, XLSX)

    assert "Gunmen\ufffdattacked" in cells


@pytest.mark.parametrize(
    ("value", "neutralised"),
    [
        ("=1+1", "'=1+1"),
        ("+31 20 555", "'+31 20 555"),
        ("-2 killed", "'-2 killed"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tindented", "'\tindented"),
        ("\rreturn", "'\rreturn"),
        ("'=already quoted", "''=already quoted"),
        ("'plain", "'plain"),
        ("plain = text", "plain = text"),
        ("", ""),
        (42, 42),
        (None, None),
    ],
)
def test_neutralise_formula_quotes_only_what_a_spreadsheet_would_run(value, neutralised):
    assert neutralise_formula(value) == neutralised
    assert restore_formula(neutralise_formula(value)) == value


def test_it_reads_xlsx_with_defusedxml():
    assert openpyxl.DEFUSEDXML is True


def test_it_refuses_an_xlsx_file_with_an_entity_expansion_bomb(db):
    with pytest.raises(ValueError, match="Unable to read workbook") as refused:
        XLSX().create_dataset(billion_laughs_xlsx())

    assert isinstance(refused.value.__cause__, EntitiesForbidden)


def billion_laughs_xlsx() -> bytes:
    """A one-sheet workbook whose sheet declares nested entities that expand to ~3 GB."""
    book = openpyxl.Workbook()
    book.active["A1"] = "name"
    plain = io.BytesIO()
    book.save(plain)
    entities = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
    )
    bomb = io.BytesIO()
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(bomb, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                body = data.decode().split("?>", 1)[-1]
                data = f'<?xml version="1.0"?><!DOCTYPE worksheet [{entities}]>{body}'
                data = data.replace("<v>", "<v>&lol9;", 1).encode()
            target.writestr(item, data)
    return bomb.getvalue()
