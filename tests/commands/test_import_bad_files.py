"""Every bad file the adversarial tester tried, against every importer: a clear one-line
reason naming the file or row, the good input still imported, never a traceback."""

import csv
import io
import re
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse

from incidents import models
from tests.admin.conftest import logged_in, staff_in

pytestmark = pytest.mark.django_db

DATA = Path(__file__).parent.parent / "data"
GOOD = "Gunmen attacked a police post in Quetta, Pakistan, on 2 June 2022, killing 3 officers.\n"
LONG = ("Casualty" + "x" * 991 + " ") * 1300  # over spaCy's million characters, quick to parse
NUL_PAST_HEAD = (GOOD + "x" * 9000 + "\x00 tail").encode()

# (file name, bytes, the reason printed, or None when the document imports)
DOCUMENTS = [
    ("empty.txt", b"", "empty.txt is empty"),
    ("blank.txt", b" \n\t\n", "blank.txt is empty"),
    ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(100), "image.txt is a PNG image"),
    ("binary.txt", b"\x00\x01\x02" * 100, "binary.txt is a binary file, not a text document"),
    ("latin.txt", b"\x81\x8d\x8f\x90\x9d" * 40, "latin.txt is not valid UTF-8"),
    ("nul.txt", NUL_PAST_HEAD, "nul.txt holds a NUL character (at character 9,087)"),
    ("large.txt", b"killed " * 2_000_000, "large.txt is larger than the 5.0 MB limit"),
    ("long.txt", LONG.encode(), None),
    ("utf16.txt", GOOD.replace("3", "4").encode("utf-16"), None),
]

# The admin form refuses these before the import service sees them.
ADMIN_FORM_ERRORS = {"empty.txt": "The submitted file is empty."}


def gtd_rows(*changes: dict) -> list[dict]:
    with (DATA / "gtd_small.csv").open(newline="") as handle:
        first = next(csv.DictReader(handle))
    return [{**first, "eventid": f"20220602000{n}", **change} for n, change in enumerate(changes)]


def ucdp_rows(*changes: dict) -> list[dict]:
    with (DATA / "ucdp_small.csv").open(newline="") as handle:
        first = next(csv.DictReader(handle))
    return [{**first, "id": f"90000{n}", **change} for n, change in enumerate(changes)]


def write_csv(path: Path, rows: list[dict], encoding: str = "utf-8") -> Path:
    with path.open("w", newline="", encoding=encoding) as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def run(command: str, path: Path) -> tuple[str, str, str]:
    """stdout, stderr and the CommandError's message ("" when the command succeeded)."""
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command(command, str(path), stdout=out, stderr=err)
    except CommandError as error:
        return out.getvalue(), err.getvalue(), str(error)
    return out.getvalue(), err.getvalue(), ""


@pytest.mark.parametrize(("name", "data", "reason"), DOCUMENTS, ids=[d[0] for d in DOCUMENTS])
def test_import_documents_reports_a_bad_file_and_imports_the_good_one(tmp_path, name, data, reason):
    (tmp_path / name).write_bytes(data)
    (tmp_path / "zz-good.txt").write_text(GOOD)

    _, err, error = run("import_documents", tmp_path)

    names = set(models.Source.objects.values_list("file_name", flat=True))
    if reason is None:
        assert (error, names) == ("", {name, "zz-good.txt"})
    else:
        assert reason in err
        assert error == "1 of 2 documents failed."
        assert names == {"zz-good.txt"}


def test_import_documents_refuses_a_missing_file(tmp_path):
    with pytest.raises(CommandError, match=r"missing\.txt: no such file or directory"):
        call_command("import_documents", str(tmp_path / "missing.txt"))


@pytest.mark.parametrize("size", ["0", "-5000", "five"])
def test_import_documents_refuses_a_size_limit_that_is_not_a_positive_number(tmp_path, size):
    (tmp_path / "good.txt").write_text(GOOD)

    with pytest.raises(CommandError, match=r"--max-bytes: .* (positive|whole) number of bytes"):
        call_command("import_documents", str(tmp_path), "--max-bytes", size)

    assert not models.Source.objects.exists()


@pytest.mark.parametrize(("name", "data", "reason"), DOCUMENTS, ids=[d[0] for d in DOCUMENTS])
def test_the_admin_upload_reports_a_bad_file_and_imports_the_good_one(name, data, reason):
    curator_client = logged_in(staff_in("Curator", "curator"))
    files = [SimpleUploadedFile(name, data), SimpleUploadedFile("zz-good.txt", GOOD.encode())]

    response = curator_client.post(
        reverse("admin:incidents_source_import_documents"), {"files": files}
    )

    assert response.status_code == 200
    if name in ADMIN_FORM_ERRORS:
        assert ADMIN_FORM_ERRORS[name] in response.content.decode()
        return
    outcomes = [row["outcome"] for row in response.context["outcomes"]]
    assert [o.status for o in outcomes] == ["imported" if reason is None else "failed", "imported"]
    if reason is not None:
        assert reason in outcomes[0].message


SAMPLES = {"import_gtd": DATA / "gtd_small.csv", "import_ucdp": DATA / "ucdp_small.csv"}


def header_only(path: Path, command: str) -> None:
    path.write_text(SAMPLES[command].read_text().splitlines()[0] + "\n")


def shift_jis(path: Path, command: str) -> None:
    """Shift-JIS text whose "。" (0x81 0x42) has a byte Windows-1252 does not define."""
    text = "東京都で三人が死亡した。"
    rows = gtd_rows({"city": text}) if command == "import_gtd" else ucdp_rows({"side_a": text})
    write_csv(path, rows, "shift_jis")


# (file name, how to write it, the error)
DATASET_FILES = [
    ("missing.csv", None, "missing.csv does not exist."),
    ("empty.csv", lambda p, _: p.write_bytes(b""), "empty.csv is empty."),
    ("binary.csv", lambda p, _: p.write_bytes(b"\x00\x01" * 50), "binary.csv is a binary file"),
    ("columns.csv", lambda p, _: p.write_text("event,year\n1,2014\n"), "lacks the column(s)"),
    ("header.csv", header_only, "header.csv has a header but no rows; nothing was imported."),
    ("shift_jis.csv", shift_jis, "shift_jis.csv is not Windows-1252 (or UTF-8) text"),
]


@pytest.mark.parametrize("command", ["import_gtd", "import_ucdp"])
@pytest.mark.parametrize(
    ("name", "write", "message"), DATASET_FILES, ids=[f[0] for f in DATASET_FILES]
)
def test_a_dataset_file_that_cannot_be_read_is_refused_and_nothing_written(
    tmp_path, command, name, write, message
):
    path = tmp_path / name
    if write is not None:
        write(path, command)

    with pytest.raises(CommandError) as refused:
        call_command(command, str(path), stdout=io.StringIO(), stderr=io.StringIO())

    assert message in str(refused.value)
    assert not models.Source.objects.exists()
    assert not models.Incident.objects.exists()


# (the bad cells, the row problem printed)
GTD_BAD_CELLS = [
    ({"nkill": "3e9"}, "nkill 3e9 is out of range (at most 2,147,483,647)"),
    ({"nwound": "1" + "0" * 29}, "nwound 1" + "0" * 29 + " is out of range"),
    ({"nkill": "inf"}, "nkill is not a number: 'inf'"),
    ({"nwound": "Infinity"}, "nwound is not a number: 'Infinity'"),
    ({"nkill": "sNaN"}, "nkill is not a number: 'sNaN'"),
    ({"nkill": "NaN"}, "nkill is not a number: 'NaN'"),
    ({"iyear": "1e30"}, "iyear 1e30 is out of range"),
    ({"latitude": "NaN"}, "latitude is not a number: 'NaN'"),
    ({"longitude": "-Infinity"}, "longitude is not a number: '-Infinity'"),
    ({"eventid": "202206020000"}, "id 202206020000 is already on row 2"),
]


@pytest.mark.parametrize(("cells", "problem"), GTD_BAD_CELLS, ids=[p for _, p in GTD_BAD_CELLS])
def test_import_gtd_reports_a_bad_cell_as_a_row_error_and_fails(tmp_path, cells, problem):
    path = write_csv(tmp_path / "gtd.csv", gtd_rows({}, cells, {}))

    out, err, error = run("import_gtd", path)

    assert re.search(rf"gtd\.csv: row 3 \(eventid \d+\): {re.escape(problem)}", err)
    assert "2 inserted, 0 updated, 0 unchanged, 1 skipped, 0 flagged" in out
    assert error.endswith("1 row was rejected; the other 2 were imported.")
    assert models.Incident.objects.count() == 2


UCDP_BAD_CELLS = [
    ({"best": "1" + "0" * 29}, "best 1" + "0" * 29 + " is out of range"),
    ({"best": "inf"}, "best is not a number: 'inf'"),
    ({"low": "sNaN"}, "low is not a number: 'sNaN'"),
    ({"id": "900000"}, "id 900000 is already on row 2"),
]


@pytest.mark.parametrize(("cells", "problem"), UCDP_BAD_CELLS, ids=[p for _, p in UCDP_BAD_CELLS])
def test_import_ucdp_reports_a_bad_cell_as_a_row_error_and_fails(tmp_path, cells, problem):
    path = write_csv(tmp_path / "ged.csv", ucdp_rows({}, cells, {}))

    _, err, error = run("import_ucdp", path)

    assert re.search(rf"ged\.csv: row 3 \(id \d+\): {re.escape(problem)}", err)
    assert error.endswith("1 row was rejected; the other 2 were imported.")
    assert models.Incident.objects.count() == 2


def test_a_file_of_only_bad_rows_writes_nothing_and_fails(tmp_path):
    path = write_csv(tmp_path / "junk.csv", gtd_rows({"iyear": "x"}, {"iyear": "y"}))

    *_, error = run("import_gtd", path)

    assert error.endswith("2 rows were rejected; nothing was imported.")
    assert not models.Source.objects.exists()


@pytest.mark.parametrize("command", ["import_gtd", "import_ucdp"])
def test_a_utf16_file_with_its_byte_order_mark_is_read(tmp_path, command):
    rows = gtd_rows({}, {}) if command == "import_gtd" else ucdp_rows({}, {})
    path = write_csv(tmp_path / "utf16.csv", rows, "utf-16")

    _, err, error = run(command, path)

    assert (error, err) == ("", "")
    assert models.Incident.objects.count() == 2
