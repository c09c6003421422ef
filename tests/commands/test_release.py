"""manage.py release: clear messages, a non-zero exit and nothing written on bad input."""

import io

import pytest
from django.core.management import CommandError, call_command

from incidents.models.vocabularies import ReviewStatus
from tests import factories


@pytest.fixture
def releases(db, settings, tmp_path):
    settings.RELEASES_DIR = tmp_path / "releases"
    figure = factories.CasualtyFigureFactory(review_status=ReviewStatus.ACCEPTED)
    factories.EvidenceFactory(figure=figure)
    return settings.RELEASES_DIR


def release(*args: str) -> str:
    out = io.StringIO()
    call_command("release", *args, stdout=out)
    return out.getvalue()


def test_it_reports_the_release_with_its_counts_and_checksum(releases):
    output = release("1.0.0", "--date", "2026-03-01")

    assert "Release 1.0.0 (2026-03-01): 1 incidents" in output
    assert "1 casualty_figures" in output
    assert f"{releases / '1.0.0' / 'incident-database-1.0.0.zip'} sha256 " in output


@pytest.mark.parametrize("version", ["1.0", "latest", "1.0.0/../x"])
def test_a_bad_version_fails_with_a_clear_message_and_writes_nothing(releases, version):
    with pytest.raises(CommandError, match="not a release version: give MAJOR"):
        release(version)

    assert not releases.exists()


def test_an_existing_version_is_refused(releases):
    release("1.0.0")

    with pytest.raises(CommandError, match=r"already exists .* never overwritten"):
        release("1.0.0")


def test_a_bad_date_is_refused(releases):
    with pytest.raises(CommandError, match="is not a date: give YYYY-MM-DD"):
        release("1.0.0", "--date", "yesterday")

    assert not releases.exists()
