"""manage.py release VERSION [--date YYYY-MM-DD]: publish the accepted data (docs/releases.md)."""

import datetime as dt
from argparse import ArgumentTypeError

from django.core.management.base import BaseCommand, CommandError

from incidents.services.releases.publishing import ReleaseError, release_publish


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ArgumentTypeError(f"“{text}” is not a date: give YYYY-MM-DD.") from None


class Command(BaseCommand):
    help = (
        "Publish the accepted data as a versioned Frictionless Data Package in RELEASES_DIR, "
        "with a codebook, a changelog against the previous release, checksums and a citation."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("version", help="MAJOR.MINOR.PATCH, after the latest release")
        parser.add_argument(
            "--date",
            type=_date,
            help="Release date (default: the day of the latest change to the released data).",
        )

    def handle(self, *args, version: str, date: dt.date | None, **options) -> None:
        try:
            release = release_publish(version=version, date=date)
        except ReleaseError as error:
            raise CommandError(str(error)) from None
        counts = ", ".join(f"{count} {table}" for table, count in release.counts.items())
        self.stdout.write(f"Release {release.version} ({release.date}): {counts}")
        self.stdout.write(f"{release.archive} sha256 {release.sha256}")
