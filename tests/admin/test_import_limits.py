"""An admin import refuses a file of more rows than it takes, before validating any row."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from import_export.formats.base_formats import CSV

from incidents import models
from incidents.admin.import_limits import BoundedXLSX

pytestmark = pytest.mark.django_db

HEADER = "incident,kind,value,value_max,qualifier,subgroup,attributed_to,reported_on,as_of"
ROW = "no-such-incident,killed,{n},,exact,,,2024-03-22,"
REFUSED = (
    "The file has more than 3 rows, the most one import here takes; split it into smaller files."
)


def rows(count: int) -> str:
    return "\n".join([HEADER, *(ROW.format(n=n) for n in range(count))]) + "\n"


def upload(client, name: str, content: bytes, format_index: str):
    return client.post(
        reverse("admin:incidents_casualtyfigure_import"),
        {"format": format_index, "resource": "0", "import_file": SimpleUploadedFile(name, content)},
    )


@pytest.fixture(autouse=True)
def three_rows_at_most(settings):
    settings.ADMIN_IMPORT_MAX_ROWS = 3


@pytest.mark.parametrize(
    ("name", "content", "format_index"),
    [
        ("figures.csv", lambda n: rows(n).encode(), "0"),
        ("figures.xlsx", lambda n: BoundedXLSX().export_data(CSV().create_dataset(rows(n))), "1"),
    ],
    ids=["CSV", "XLSX"],
)
def test_a_file_past_the_row_limit_is_refused_with_the_reason(
    curator_client, name, content, format_index
):
    refused = upload(curator_client, name, content(4), format_index)
    read = upload(curator_client, name, content(3), format_index)

    assert REFUSED in refused.content.decode()
    assert "result" not in refused.context
    assert REFUSED not in read.content.decode()
    assert read.context["result"].has_validation_errors()  # read, and its rows validated
    assert not models.CasualtyFigure.objects.exists()
