"""ACLED files through import_dataset / export_dataset: the file comes back byte for byte.

tests/data/acled_edge_cases.csv was written for these tests with every column of an ACLED
export: violence against civilians by actor 1 and two associates separated by ";" (blank
admin3), a battle with no civilian targeting, fatalities 0 and blank admin2 / admin3, a
protest with ACLED's newer text inter codes, a written date ("15 June 2024") and only the
month known, and remote violence in Kosovo (ISO numeric 0) with accented place names. Its
rows are in date order, not event id order, as ACLED's own files are: they come back in
the file's order.
"""

import io
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from incidents import models
from incidents.models.vocabularies import PerpetratorRole, SideKind, SideRole

ACLED_FILE = Path(__file__).parent.parent / "data" / "acled_edge_cases.csv"

pytestmark = pytest.mark.django_db


def run(command: str, *args: str) -> str:
    out = io.StringIO()
    call_command(command, *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def test_import_export_import_gives_the_file_back_byte_for_byte_and_updates_nothing(tmp_path):
    exported = tmp_path / "acled-export.csv"

    first = run("import_dataset", "--layout", "acled", str(ACLED_FILE))
    run("export_dataset", "--layout", "acled", str(exported))
    second = run("import_dataset", "--layout", "acled", str(exported))

    assert "4 inserted, 0 updated, 0 unchanged, 0 skipped" in first
    assert exported.read_bytes() == ACLED_FILE.read_bytes()
    assert "0 inserted, 0 updated, 4 unchanged, 0 skipped" in second


def test_the_import_stores_what_the_model_holds(tmp_path):
    run("import_dataset", "--layout", "acled", str(ACLED_FILE))

    attack = models.Incident.objects.get(external_system="acled", external_id="RUS12345")
    assert (attack.country, attack.city, attack.killed_best) == ("RU", "Krasnogorsk", 145)
    assert set(attack.perpetrator_links.values_list("actor__name", "role")) == {
        ("Islamic State (Khorasan)", PerpetratorRole.SUSPECTED),
        ("Tajik Ethnic Group (Russia)", PerpetratorRole.SUSPECTED),
        ("Islamist Militia (Russia)", PerpetratorRole.SUSPECTED),
    }
    battle = models.Incident.objects.get(external_id="UKR98765")
    assert battle.perpetrator_links.count() == 0
    assert set(battle.sides.values_list("role", "kind", "actor__name")) == {
        (SideRole.SIDE_A, SideKind.NON_STATE, "Military Forces of Russia (2000-)"),
        (SideRole.SIDE_B, SideKind.STATE, "Military Forces of Ukraine (2019-)"),
    }
    assert list(battle.casualty_figures.values_list("kind", "value")) == [("killed", 0)]


def test_a_curated_change_shows_in_the_next_export(tmp_path):
    exported = tmp_path / "acled-export.csv"
    run("import_dataset", "--layout", "acled", str(ACLED_FILE))
    models.Incident.objects.filter(external_id="UKR98765").update(city="Bakhmut (Artemivsk)")

    run("export_dataset", "--layout", "acled", str(exported))

    lines = exported.read_text(encoding="utf-8").splitlines()
    original = ACLED_FILE.read_text(encoding="utf-8").splitlines()
    edited = next(n for n, line in enumerate(lines) if line.startswith("UKR98765,"))
    assert ",Bakhmut (Artemivsk),48.5956," in lines[edited]
    assert lines[:edited] + lines[edited + 1 :] == original[:edited] + original[edited + 1 :]


def test_the_layout_is_required_and_named_among_the_known_ones(tmp_path):
    with pytest.raises(CommandError, match="--layout"):
        run("import_dataset", str(ACLED_FILE))
    with pytest.raises(CommandError, match="invalid choice: 'acled2'"):
        run("export_dataset", "--layout", "acled2", str(tmp_path / "x.csv"))


def test_the_old_command_names_still_work_as_aliases(tmp_path):
    exported = tmp_path / "gtd.csv"

    output = run("export_gtd", str(exported))

    assert "0 incidents written" in output
    assert exported.read_text(encoding="utf-8").startswith("eventid,iyear,")
