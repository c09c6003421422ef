"""Publishing a versioned release: checked, written aside, validated, then renamed into place.

A release is never overwritten, and never half-written: it is built in a hidden folder next
to the releases and renamed to its version only once the package, its zip and its summary
are complete and frictionless has validated the package (schemas, keys, checksums).
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Max
from frictionless import validate

from incidents.selectors.releases import (
    PACKAGE_FOLDER,
    SUMMARY_FILE,
    Release,
    is_version,
    release_find,
    release_list,
    version_key,
)
from incidents.services.releases.package import (
    NAME,
    ReleaseInfo,
    package_files,
    package_write,
    sha256_of,
)
from incidents.services.releases.selection import Selection, released_selection

REPORTED_ERRORS = 5


class ReleaseError(Exception):
    """A release that cannot be made, said in one sentence for the person who asked."""


def release_publish(
    *, version: str, date: dt.date | None = None, directory: Path | None = None
) -> Release:
    """Publish the accepted data as release `version` (MAJOR.MINOR.PATCH).

    Without `date` the release is dated by the latest change to the data it holds, so the
    same data gives the same bytes whenever it is released.
    """
    root = Path(directory or settings.RELEASES_DIR)
    previous = _check_version(version, root)
    root.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=root, prefix=f".{version}-") as building:
        folder = Path(building) / version
        with _snapshot():
            selection = released_selection()
            info = _release_info(version, date or _latest_change(selection), previous)
            counts = package_write(folder=folder / PACKAGE_FOLDER, info=info, selection=selection)
        _validate(folder / PACKAGE_FOLDER)
        _write_archive_and_summary(folder, info, counts)
        try:
            folder.rename(root / version)
        except OSError as error:  # another run published the same version meanwhile
            raise ReleaseError(f"Release {version} already exists in {root}.") from error
    return release_find(version, directory=root)


def _check_version(version: str, root: Path) -> Release | None:
    """The release before `version`, after refusing a malformed, existing or older version."""
    if not is_version(version):
        raise ReleaseError(
            f"“{version}” is not a release version: give MAJOR.MINOR.PATCH, e.g. 1.0.0."
        )
    if (root / version).exists():
        raise ReleaseError(
            f"Release {version} already exists in {root}; releases are never overwritten."
        )
    releases = release_list(directory=root)
    latest = releases[0] if releases else None
    if latest and version_key(version) <= version_key(latest.version):
        raise ReleaseError(f"Release {version} would not follow the latest, {latest.version}.")
    return latest


def _release_info(version: str, date: dt.date, previous: Release | None) -> ReleaseInfo:
    return ReleaseInfo(
        version=version,
        date=date.isoformat(),
        author=settings.RELEASE_AUTHOR,
        previous_version=previous.version if previous else None,
        previous_package=previous.package if previous else None,
    )


@contextmanager
def _snapshot() -> Iterator[None]:
    """One consistent view of the data for every table, whatever curators do meanwhile."""
    outermost = not connection.in_atomic_block  # inside a transaction, its own view holds
    with transaction.atomic():
        if outermost and connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        yield


def _latest_change(selection: Selection) -> dt.date:
    changed = [
        records.aggregate(latest=Max("updated_at"))["latest"]
        for records in (
            selection.incidents,
            selection.figures,
            selection.statements,
            selection.suspects,
            selection.status_events,
            selection.sources,
            selection.actors,
        )
    ]
    known = [moment for moment in changed if moment is not None]
    if not known:
        raise ReleaseError("Nothing to release: no fact has been accepted yet.")
    return max(known).date()


def _validate(package: Path) -> None:
    report = validate(package / "datapackage.json")
    if not report.valid:
        errors = report.flatten(["resourceName", "rowNumber", "fieldName", "note"])
        shown = "; ".join(" ".join(str(part) for part in error if part) for error in errors)
        raise ReleaseError(f"The package did not validate, nothing was published: {shown}")


def _write_archive_and_summary(folder: Path, info: ReleaseInfo, counts: dict[str, int]) -> None:
    archive = folder / f"{NAME}-{info.version}.zip"
    _zip(folder / PACKAGE_FOLDER, archive, prefix=f"{NAME}-{info.version}", date=info.date)
    summary = {
        "version": info.version,
        "date": info.date,
        "counts": counts,
        "archive": archive.name,
        "sha256": sha256_of(archive),
        "bytes": archive.stat().st_size,
    }
    (folder / SUMMARY_FILE).write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")


def _zip(package: Path, archive: Path, *, prefix: str, date: str) -> None:
    # Fixed member times and order: the same package zips to the same bytes.
    stamp = dt.date.fromisoformat(date).timetuple()[:6]
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as bundle:
        for path in package_files(package):
            member = zipfile.ZipInfo(f"{prefix}/{path.relative_to(package).as_posix()}", stamp)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o644 << 16
            with path.open("rb") as source, bundle.open(member, "w") as target:
                shutil.copyfileobj(source, target, 1 << 20)
