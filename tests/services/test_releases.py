"""Versioned data releases of the seed incident: valid, reproducible, accepted data only."""

import csv
import datetime as dt
import hashlib
import json
import zipfile
from pathlib import Path

import frictionless
import pytest

from incidents.models import (
    Actor,
    CasualtyFigure,
    Incident,
    IncidentSide,
    Source,
    Statement,
    Suspect,
    SuspectStatusEvent,
)
from incidents.models.vocabularies import ReviewStatus
from incidents.services.releases import publishing
from incidents.services.releases.publishing import ReleaseError, release_publish
from incidents.services.releases.tables import TABLES
from tests import factories, releasing
from tests.releasing import review

pytestmark = pytest.mark.django_db
DAY = dt.date(2026, 11, 1)


@pytest.fixture
def releases(settings, tmp_path) -> Path:
    settings.RELEASES_DIR = tmp_path / "releases"
    return settings.RELEASES_DIR


reviewed_seeds = pytest.fixture(scope="module")(releasing.reviewed_seeds)


@pytest.fixture
def reviewed(reviewed_seeds, db):
    return reviewed_seeds


def table(release, name: str) -> list[dict[str, str]]:
    with (release.package / "data" / f"{name}.csv").open(newline="", encoding="utf-8") as file:
        return list(csv.DictReader(file))


def ids(release, name: str) -> set[int]:
    return {int(row["id"]) for row in table(release, name)}


def files_of(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_a_release_of_the_seed_incident_validates_as_a_frictionless_data_package(
    reviewed, releases
):
    release = release_publish(version="1.0.0", date=DAY)

    report = frictionless.validate(release.package / "datapackage.json")

    assert report.valid, report.flatten(["resourceName", "rowNumber", "fieldName", "note"])
    assert release.counts["incidents"] == 1
    assert release.counts["casualty_figures"] == 20
    assert release.counts["suspect_status_events"] > 0
    assert release.counts["sources"] == 5


def test_every_file_is_listed_with_its_sha256_and_each_table_in_the_descriptor(reviewed, releases):
    release = release_publish(version="1.0.0", date=DAY)
    package = release.package
    descriptor = json.loads((package / "datapackage.json").read_text())
    sums = dict(
        reversed(line.split("  ")) for line in (package / "SHA256SUMS").read_text().splitlines()
    )

    for path, data in files_of(package).items():
        if path != "SHA256SUMS":
            assert sums[path] == hashlib.sha256(data).hexdigest(), path
    for resource in descriptor["resources"]:
        assert resource["hash"] == f"sha256:{sums[resource['path']]}"
        assert resource["schema"]["primaryKey"] == ["id"]
    assert release.sha256 == hashlib.sha256(release.archive.read_bytes()).hexdigest()


def test_the_same_data_gives_a_byte_identical_release(reviewed, settings, tmp_path):
    settings.RELEASES_DIR = tmp_path / "first"
    first = release_publish(version="1.0.0")
    settings.RELEASES_DIR = tmp_path / "second"
    second = release_publish(version="1.0.0")

    assert files_of(tmp_path / "first") == files_of(tmp_path / "second")
    assert first.sha256 == second.sha256


def test_undated_a_release_carries_the_day_of_the_latest_change_to_its_data(reviewed, releases):
    changed = dt.datetime(2025, 6, 30, 12, tzinfo=dt.UTC)
    for model in (Incident, CasualtyFigure, Statement, Suspect, SuspectStatusEvent, Source, Actor):
        model.objects.update(updated_at=changed - dt.timedelta(days=3))
    CasualtyFigure.objects.filter(id__in=reviewed.accepted[CasualtyFigure]).update(
        updated_at=changed
    )

    release = release_publish(version="1.0.0")

    assert release.date == "2025-06-30"
    assert json.loads((release.package / "datapackage.json").read_text())["created"] == (
        "2025-06-30T00:00:00Z"
    )


def test_it_releases_accepted_facts_only_and_sources_without_their_text(reviewed, releases):
    release = release_publish(version="1.0.0", date=DAY)

    for model, name in [
        (CasualtyFigure, "casualty_figures"),
        (Statement, "statements"),
        (Suspect, "suspects"),
    ]:
        assert ids(release, name) == reviewed.accepted[model]
        assert not ids(release, name) & reviewed.rejected.get(model, set())
    released_events = ids(release, "suspect_status_events")
    assert released_events == set(
        SuspectStatusEvent.objects.filter(suspect__review_status=ReviewStatus.ACCEPTED).values_list(
            "id", flat=True
        )
    )
    everything = b"".join(files_of(release.package).values()).decode()
    for source in Source.objects.all():
        assert source.cleaned_text[:400] not in everything
    assert set(table(release, "sources")[0]) >= {"title", "publisher", "url", "reliability"}


def test_an_incident_without_accepted_facts_and_its_actors_stay_out(reviewed, releases):
    unreviewed = factories.IncidentFactory()
    factories.CasualtyFigureFactory(incident=unreviewed)
    only_proposed = factories.ActorFactory(name="Named only by a proposed statement")
    factories.StatementFactory(incident=unreviewed, speaker=only_proposed)

    release = release_publish(version="1.0.0", date=DAY)

    assert unreviewed.pk not in ids(release, "incidents")
    assert only_proposed.pk not in ids(release, "actors")


def test_actors_come_with_their_aliases_and_parents(reviewed, releases):
    statement = Statement.objects.filter(
        id__in=reviewed.accepted[Statement], speaker__isnull=False
    ).first()
    parent = factories.ActorFactory(name="Parent organisation")
    Actor.objects.filter(pk=statement.speaker_id).update(parent=parent)
    factories.ActorAliasFactory(actor=statement.speaker, alias="Another name")

    release = release_publish(version="1.0.0", date=DAY)

    actors = {int(row["id"]): row for row in table(release, "actors")}
    speaker = actors[statement.speaker_id]
    assert speaker["parent_id"] == str(parent.pk)
    assert parent.pk in actors
    assert "Another name" in speaker["aliases"].split("; ")


def test_the_codebook_documents_every_column_of_every_table(reviewed, releases):
    release = release_publish(version="1.0.0", date=DAY)
    codebook = (release.package / "README.md").read_text()

    for described in TABLES:
        assert f"`{described.path}`, records: {release.counts[described.name]}." in codebook
        for column in described.columns:
            assert f"| `{column.name}` | {column.type} |" in codebook
    assert "`killed` (Killed)" in codebook


def test_the_changelog_names_what_was_added_removed_and_changed_since_the_last_release(
    reviewed, releases
):
    release_publish(version="1.0.0", date=DAY)
    added = review(CasualtyFigure.objects.proposed().order_by("id")[:2], ReviewStatus.ACCEPTED)
    removed = review(
        CasualtyFigure.objects.filter(id__in=reviewed.accepted[CasualtyFigure]).order_by("id")[:1],
        ReviewStatus.REJECTED,
    )
    changed = Statement.objects.accepted().order_by("id").first()
    Statement.objects.filter(pk=changed.pk).update(text="A corrected quotation.")

    second = release_publish(version="1.1.0", date=DAY + dt.timedelta(days=1))

    changelog = (second.package / "CHANGELOG.md").read_text()
    assert "since 1.0.0" in changelog
    assert f"| casualty_figures | {second.counts['casualty_figures']} | 2 | 1 | 0 |" in changelog
    assert f"| statements | {second.counts['statements']} | 0 | 0 | 1 |" in changelog
    figures_section = changelog.split("## casualty_figures")[1].split("##")[0]
    assert f"- Added: {', '.join(str(i) for i in sorted(added))}" in figures_section
    assert f"- Removed: {removed.pop()}" in figures_section
    assert f"- Changed: {changed.pk}" in changelog.split("## statements")[1]


def test_the_first_changelog_counts_every_record_as_added(reviewed, releases):
    release = release_publish(version="1.0.0", date=DAY)

    changelog = (release.package / "CHANGELOG.md").read_text()

    assert "first release" in changelog
    assert "| incidents | 1 | 1 | 0 | 0 |" in changelog


@pytest.mark.parametrize("version", ["1.0", "v1.0.0", "1.0.0-rc1", "../1.0.0", "01.0.0", ""])
def test_it_refuses_a_malformed_version_and_writes_nothing(reviewed, releases, version):
    with pytest.raises(ReleaseError, match=r"MAJOR\.MINOR\.PATCH"):
        release_publish(version=version)

    assert not releases.exists()


@pytest.mark.parametrize("version", ["1.0.0", "0.9.0"])
def test_it_refuses_an_existing_or_earlier_version_and_keeps_the_release(
    reviewed, releases, version
):
    first = release_publish(version="1.0.0", date=DAY)
    before = files_of(releases)

    with pytest.raises(ReleaseError, match=r"1\.0\.0"):
        release_publish(version=version, date=DAY)

    assert files_of(releases) == before
    assert first.archive.is_file()


def test_a_release_that_fails_while_written_leaves_nothing_behind(reviewed, releases, monkeypatch):
    def broken(package):
        raise ReleaseError("The package did not validate, nothing was published: broken")

    monkeypatch.setattr(publishing, "_validate", broken)

    with pytest.raises(ReleaseError, match="nothing was published"):
        release_publish(version="1.0.0", date=DAY)

    assert list(releases.iterdir()) == []


def test_it_refuses_to_release_when_nothing_was_accepted(reviewed, releases):
    for model in (CasualtyFigure, Statement, Suspect, SuspectStatusEvent):
        model.objects.update(review_status=ReviewStatus.PROPOSED)
    Incident.objects.update(estimate_is_curated=False)

    with pytest.raises(ReleaseError, match="Nothing to release"):
        release_publish(version="1.0.0")


def test_the_zip_holds_the_package_under_a_versioned_folder(reviewed, releases):
    release = release_publish(version="1.0.0", date=DAY)

    with zipfile.ZipFile(release.archive) as bundle:
        names = bundle.namelist()
        descriptor = bundle.read("incident-database-1.0.0/datapackage.json")

    assert names == sorted(names)
    assert "incident-database-1.0.0/data/incidents.csv" in names
    assert descriptor == (release.package / "datapackage.json").read_bytes()


def test_the_sides_of_an_event_and_their_actors_are_released(reviewed, releases):
    incident = Incident.objects.get()
    government = factories.ActorFactory(name="Government of Russia (side)")
    IncidentSide.objects.create(
        incident=incident, role="side_a", kind="state", name="Russia", actor=government
    )
    IncidentSide.objects.create(
        incident=incident, role="side_b", kind="civilians", name="Civilians"
    )

    release = release_publish(version="1.0.0", date=DAY)

    sides = table(release, "incident_sides")
    assert {(row["role"], row["kind"], row["actor_id"]) for row in sides} == {
        ("side_a", "state", str(government.pk)),
        ("side_b", "civilians", ""),
    }
    assert government.pk in ids(release, "actors")
    assert frictionless.validate(release.package / "datapackage.json").valid
