"""The published data releases: one folder per version under settings.RELEASES_DIR.

A release folder holds the data package (`package/`), its zip and `release.json`, the
summary listed here. The folder appears whole or not at all (it is written elsewhere and
renamed into place), so whatever is listed is complete.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

SUMMARY_FILE = "release.json"
PACKAGE_FOLDER = "package"
# Semantic versioning's MAJOR.MINOR.PATCH, without pre-release or build suffixes.
VERSION_PATTERN = r"(?:0|[1-9][0-9]{0,5})\.(?:0|[1-9][0-9]{0,5})\.(?:0|[1-9][0-9]{0,5})"


@dataclass(frozen=True)
class Release:
    version: str
    date: str
    counts: dict[str, int]
    archive: Path
    sha256: str
    bytes: int

    @property
    def package(self) -> Path:
        return self.archive.parent / PACKAGE_FOLDER


def is_version(text: str) -> bool:
    return re.fullmatch(VERSION_PATTERN, text) is not None


def version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def release_list(*, directory: Path | None = None) -> list[Release]:
    """Every complete release, newest version first."""
    root = Path(directory or settings.RELEASES_DIR)
    if not root.is_dir():
        return []
    found = [
        _read(folder)
        for folder in root.iterdir()
        if is_version(folder.name) and (folder / SUMMARY_FILE).is_file()
    ]
    return sorted(found, key=lambda release: version_key(release.version), reverse=True)


def release_find(version: str, *, directory: Path | None = None) -> Release | None:
    root = Path(directory or settings.RELEASES_DIR)
    folder = root / version
    if not is_version(version) or not (folder / SUMMARY_FILE).is_file():
        return None
    return _read(folder)


def _read(folder: Path) -> Release:
    summary = json.loads((folder / SUMMARY_FILE).read_text(encoding="utf-8"))
    return Release(
        version=summary["version"],
        date=summary["date"],
        counts=summary["counts"],
        archive=folder / summary["archive"],
        sha256=summary["sha256"],
        bytes=summary["bytes"],
    )
