"""The admin's import (dry run, then confirm) and export, through CuratorImportExportMixin.

The admins are registered on a private AdminSite served by this module's urlpatterns, so
these tests depend on the mixin alone, not on how the project's admin is assembled.
"""

import tempfile
from pathlib import Path

import pytest
from django.contrib import admin
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import path, reverse
from import_export.formats.base_formats import CSV, XLSX

from incidents import models
from incidents.admin.import_export import CURATOR_GROUP, CuratorImportExportMixin
from tests import factories

DATA = Path(__file__).resolve().parent.parent / "data" / "import_export"
FORMAT_INDEX = {CSV: "0", XLSX: "1"}

site = admin.AdminSite(name="admin")


@admin.register(models.Incident, site=site)
class IncidentAdmin(CuratorImportExportMixin, admin.ModelAdmin):
    pass


@admin.register(models.CasualtyFigure, site=site)
class CasualtyFigureAdmin(CuratorImportExportMixin, admin.ModelAdmin):
    pass


urlpatterns = [path("admin/", site.urls)]
pytestmark = pytest.mark.urls(__name__)

IMPORT_URL = "admin:incidents_casualtyfigure_import"
PROCESS_URL = "admin:incidents_casualtyfigure_process_import"


def staff_user(*, groups=(), permissions=()):
    user = factories.UserFactory(is_staff=True)
    user.groups.set(Group.objects.get_or_create(name=name)[0] for name in groups)
    user.user_permissions.set(Permission.objects.filter(codename__in=permissions))
    return user


FIGURE_RIGHTS = ["view_casualtyfigure", "add_casualtyfigure", "change_casualtyfigure"]


@pytest.fixture
def curator(db):
    return staff_user(groups=[CURATOR_GROUP], permissions=FIGURE_RIGHTS)


@pytest.fixture
def viewer(db):
    return staff_user(groups=["Viewer"], permissions=["view_casualtyfigure", "view_incident"])


@pytest.fixture
def incident(db):
    factories.ActorFactory(name="Investigative Committee")
    return factories.IncidentFactory(slug="crocus-city-hall-attack")


def upload(client, file_format, content: bytes):
    name = f"figures.{file_format().get_extension()}"
    return client.post(
        reverse(IMPORT_URL),
        {
            "format": FORMAT_INDEX[file_format],
            "resource": "0",
            "import_file": SimpleUploadedFile(name, content),
        },
    )


def xlsx_of(csv_name: str) -> bytes:
    return XLSX().export_data(CSV().create_dataset((DATA / csv_name).read_text()))


def confirm(client, dry_run):
    form = dry_run.context["confirm_form"]
    return client.post(reverse(PROCESS_URL), {name: form[name].value() for name in form.fields})


@pytest.mark.parametrize(
    ("file_format", "content"),
    [
        (CSV, lambda: (DATA / "figures.csv").read_bytes()),
        (XLSX, lambda: xlsx_of("figures.csv")),
    ],
    ids=["CSV", "XLSX"],
)
def test_it_imports_after_a_dry_run_and_a_confirmation(
    client, curator, incident, file_format, content
):
    client.force_login(curator)

    dry_run = upload(client, file_format, content())
    after_dry_run = models.CasualtyFigure.objects.count()
    confirmed = confirm(client, dry_run)

    assert (dry_run.status_code, after_dry_run) == (200, 0)
    assert confirmed.status_code == 302
    imported = models.CasualtyFigure.objects.filter(incident=incident)
    assert imported.count() == 3
    assert {figure.history.get().history_user for figure in imported} == {curator}
    assert {figure.created_by for figure in imported} == {curator}


def test_it_skips_every_row_of_a_file_imported_twice(client, curator, incident):
    client.force_login(curator)
    content = (DATA / "figures.csv").read_bytes()
    confirm(client, upload(client, CSV, content))
    before = list(models.CasualtyFigure.objects.order_by("pk").values())

    second = upload(client, CSV, content)

    assert second.context["result"].totals["skip"] == 3
    confirm(client, second)
    assert list(models.CasualtyFigure.objects.order_by("pk").values()) == before


def test_it_shows_the_bad_row_number_and_offers_no_confirmation(client, curator, incident):
    client.force_login(curator)

    response = upload(client, CSV, (DATA / "figures_bad_row.csv").read_bytes())

    assert "confirm_form" not in response.context
    assert [row.number for row in response.context["result"].invalid_rows] == [2]
    assert "No actor with name &#x27;Nobody We Know&#x27;." in response.content.decode()
    assert models.CasualtyFigure.objects.count() == 0


def test_it_rolls_back_a_confirmed_file_that_went_bad_after_its_dry_run(client, curator, incident):
    client.force_login(curator)
    dry_run = upload(client, CSV, (DATA / "figures.csv").read_bytes())
    models.Actor.objects.filter(name="Investigative Committee").delete()

    confirm(client, dry_run)

    assert models.CasualtyFigure.objects.count() == 0


@pytest.mark.parametrize(
    ("groups", "permissions"),
    [
        (["Viewer"], ["view_casualtyfigure"]),
        ([], FIGURE_RIGHTS),
    ],
    ids=["viewer", "staff-with-rights-outside-the-group"],
)
def test_it_refuses_import_to_anyone_but_a_curator(client, incident, groups, permissions):
    client.force_login(staff_user(groups=groups, permissions=permissions))

    page = client.get(reverse(IMPORT_URL))
    posted = upload(client, CSV, (DATA / "figures.csv").read_bytes())
    confirmed = client.post(reverse(PROCESS_URL), {"format": "0", "import_file_name": "x"})

    assert (page.status_code, posted.status_code, confirmed.status_code) == (403, 403, 403)
    assert models.CasualtyFigure.objects.count() == 0


def test_it_sends_an_anonymous_user_to_the_login_page(client, db):
    response = client.get(reverse(IMPORT_URL))

    assert response.status_code == 302
    assert reverse("admin:login") in response["Location"]


def test_it_lets_a_viewer_export_with_formulas_neutralised(client, viewer):
    factories.CasualtyFigureFactory(incident=factories.IncidentFactory(slug="x"), extractor="=cmd")
    client.force_login(viewer)
    export_url = reverse("admin:incidents_casualtyfigure_export")
    form = client.get(export_url).context["form"]
    selected = {name: "on" for name in form.fields if name.startswith("casualtyfigureresource_")}

    response = client.post(export_url, {"format": "0", "resource": "0", **selected})

    assert response.status_code == 200
    assert ",'=cmd," in response.content.decode()


def test_it_refuses_export_to_a_user_who_may_not_view(client, db):
    client.force_login(staff_user(permissions=["view_incident"]))

    response = client.get(reverse("admin:incidents_casualtyfigure_export"))

    assert response.status_code == 403


def confirm_file_named(client, name: str):
    data = {"format": "0", "resource": "0", "import_file_name": name, "original_file_name": "a.csv"}
    return client.post(reverse(PROCESS_URL), data, follow=True)


def messages_of(response) -> list[str]:
    return [str(message) for message in response.context["messages"]]


REFUSED = "This import was already confirmed or has expired: choose the file again."


def test_it_refuses_to_confirm_a_temporary_file_it_did_not_issue(client, curator, incident):
    client.force_login(curator)
    planted = tempfile.NamedTemporaryFile(suffix=".csv", delete=False)  # noqa: SIM115
    planted.write((DATA / "figures.csv").read_bytes())
    planted.close()

    try:
        response = confirm_file_named(client, Path(planted.name).name)
        assert Path(planted.name).exists()
    finally:
        Path(planted.name).unlink(missing_ok=True)
    assert messages_of(response) == [REFUSED]
    assert models.CasualtyFigure.objects.count() == 0


def test_it_refuses_a_file_issued_to_another_curator(client, curator, incident):
    client.force_login(curator)
    name = (
        upload(client, CSV, (DATA / "figures.csv").read_bytes())
        .context["confirm_form"]["import_file_name"]
        .value()
    )
    other = Client()
    other.force_login(staff_user(groups=[CURATOR_GROUP], permissions=FIGURE_RIGHTS))

    response = confirm_file_named(other, name)

    assert messages_of(response) == [REFUSED]
    assert models.CasualtyFigure.objects.count() == 0
    confirm_file_named(client, name)
    assert models.CasualtyFigure.objects.count() == 3


def test_it_answers_a_second_confirmation_with_a_message(client, curator, incident):
    client.force_login(curator)
    dry_run = upload(client, CSV, (DATA / "figures.csv").read_bytes())
    client.get(confirm(client, dry_run)["Location"])  # shows "Import finished"

    again = confirm(client, dry_run)

    assert again.status_code == 302
    assert messages_of(client.get(again["Location"])) == [REFUSED]
    assert models.CasualtyFigure.objects.count() == 3


def test_it_names_the_missing_columns_of_a_wrong_header_without_a_traceback(
    client, curator, incident
):
    client.force_login(curator)

    response = upload(client, CSV, b"foo,bar\n1,2\n")

    page = response.content.decode()
    assert "not present in the file headers: incident, kind, value" in page
    assert "Traceback" not in page
    assert "confirm_form" not in response.context
