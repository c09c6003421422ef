from pathlib import Path

import pytest

from incidents.interop.tables import DatasetFileError, open_table

DATA = Path(__file__).parent.parent / "data"
REQUIRED = ("eventid", "iyear", "imonth", "iday", "country_txt")


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("missing.csv", "does not exist"),
        ("empty.csv", "is empty"),
        ("binary.csv", "binary file"),
        ("gtd_wrong_columns.csv", "lacks the column"),
        ("not_a_workbook.xlsx", "not a readable XLSX workbook"),
    ],
)
def test_it_refuses_unreadable_files_with_one_sentence_naming_them(name, message):
    with (
        pytest.raises(DatasetFileError, match=message) as raised,
        open_table(DATA / name, REQUIRED),
    ):
        pass
    assert name in str(raised.value)


def test_it_reads_the_same_rows_from_xlsx_as_from_csv():
    with open_table(DATA / "gtd_small.csv", REQUIRED) as rows:
        from_csv = list(rows)
    with open_table(DATA / "gtd_small.xlsx", REQUIRED) as rows:
        from_xlsx = list(rows)
    assert from_xlsx == from_csv
    assert [number for number, _ in from_csv] == [2, 3, 4, 5, 6, 7]


def test_it_reads_rows_lazily(tmp_path):
    path = tmp_path / "long.csv"
    path.write_text("eventid,iyear,imonth,iday,country_txt\n" + "1,2014,1,1,Iraq\n" * 1000)
    with open_table(path, REQUIRED) as rows:
        assert next(rows)[1]["country_txt"] == "Iraq"
