"""A refused admin page is a 403 inside the admin's layout that says what the account may do."""

import pytest
from django.urls import reverse

from incidents.admin.forbidden import permission_denied
from tests import factories
from tests.admin.conftest import logged_in

pytestmark = pytest.mark.django_db


def text_of(response) -> str:
    return " ".join(response.content.decode().split())


@pytest.mark.parametrize(
    ("url_name", "refused"),
    [
        ("admin:incidents_casualtyfigure_add", "add casualty figures"),
        ("admin:incidents_incident_import", "import incidents from a file"),
        ("admin:incidents_source_import_documents", "import documents"),
    ],
)
def test_a_viewer_who_opens_an_add_or_import_page_reads_what_the_role_allows(
    viewer_client, url_name, refused
):
    response = viewer_client.get(reverse(url_name))

    assert response.status_code == 403
    page = text_of(response)
    assert 'id="site-name"' in page  # the admin's header: the page is inside its layout
    assert f"your account may not {refused}" in page
    assert "Your account (Viewer) may view and export" in page
    assert "add your account to the <strong>Curator</strong> group" in page


def test_it_names_what_the_viewer_may_not_do_on_that_model(viewer_client):
    page = text_of(viewer_client.get(reverse("admin:incidents_casualtyfigure_add")))

    assert (
        "may view and export casualty figures. It may not add, change, import or delete them."
        in page
    )
    assert f'href="{reverse("admin:incidents_casualtyfigure_changelist")}"' in page


def test_a_curator_refused_a_delete_is_not_told_to_ask_for_the_curator_group(curator_client):
    figure = factories.CasualtyFigureFactory()
    response = curator_client.get(
        reverse("admin:incidents_casualtyfigure_delete", args=[figure.pk])
    )

    assert response.status_code == 403
    page = text_of(response)
    assert "your account may not delete casualty figures" in page
    assert (
        "Your account (Curator) may view, export, add, change and import casualty figures." in page
    )
    assert "Curator</strong> group" not in page


def test_an_account_without_a_group_may_see_nothing(db):
    nobody = logged_in(factories.UserFactory(username="staff-only", is_staff=True))

    response = nobody.get(reverse("admin:incidents_statement_add"))

    assert response.status_code == 403
    assert "Your account (no group) may not see statements." in text_of(response)


def test_a_refusal_outside_the_admin_is_django_s_page_with_the_favicon(rf, viewer):
    request = rf.get("/elsewhere/")
    request.user = viewer

    response = permission_denied(request)

    assert response.status_code == 403
    assert b"incidents/favicon.svg" in response.content
