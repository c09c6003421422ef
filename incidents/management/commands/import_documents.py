import argparse
import sys
from collections import Counter

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from incidents.documents.files import DocumentPathError, document_paths, documents_read
from incidents.management.commands._job_progress import job_report
from incidents.models import Incident, JobOrigin
from incidents.services.documents.ingest import ImportOutcome, documents_import
from incidents.services.ingestion.jobs import job_create


class Command(BaseCommand):
    help = (
        "Import news documents (.txt, .md, .html; files, directories, glob patterns, or - for "
        "standard input) as sources with proposed, evidence-linked facts."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument("--dry-run", action="store_true", help="Extract and report only.")
        parser.add_argument("--incident", metavar="SLUG", help="Attach every document to it.")
        parser.add_argument(
            "--max-bytes",
            type=_positive_bytes,
            default=settings.DOCUMENT_MAX_BYTES,
            help="Refuse documents larger than this (default: %(default)s).",
        )
        parser.add_argument(
            "--queue", action="store_true", help="Queue for the workers; print the job id."
        )
        parser.add_argument("--wait", action="store_true", help="With --queue: wait, with a bar.")

    def handle(self, *args, **options):
        incident = _incident(options["incident"])
        try:
            paths = document_paths(options["paths"])
        except DocumentPathError as error:
            raise CommandError(str(error)) from None
        documents = documents_read(paths, sys.stdin.buffer, max_bytes=options["max_bytes"])
        if options["queue"]:
            self._queue(documents, incident, options)
            return
        if options["wait"]:
            raise CommandError("--wait waits for a queued job: add --queue.")
        outcomes = documents_import(
            documents,
            incident=incident,
            dry_run=options["dry_run"],
            max_bytes=options["max_bytes"],
        )
        statuses, facts = self._report(outcomes, len(paths), options["verbosity"])
        self.stdout.write(_summary(statuses, facts, options["dry_run"]))
        if statuses["failed"]:
            raise CommandError(f"{statuses['failed']} of {len(paths)} documents failed.")

    def _queue(self, documents, incident: Incident | None, options) -> None:
        if options["dry_run"]:
            raise CommandError("--dry-run writes nothing, so there is nothing to queue.")
        job = job_create(
            origin=JobOrigin.FILES,
            documents=documents,
            incident=incident,
            description=" ".join(options["paths"]),
            max_bytes=options["max_bytes"],
        )
        job_report(self, job, wait=options["wait"], verbosity=options["verbosity"])

    def _report(self, outcomes, total: int, verbosity: int) -> tuple[Counter, Counter]:
        statuses: Counter[str] = Counter()
        facts: Counter[str] = Counter()
        show_bar = total > 1 and verbosity > 0 and self.stdout.isatty()
        with tqdm(total=total, disable=not show_bar, unit="doc", file=sys.stderr) as bar:
            for outcome in outcomes:
                statuses[outcome.status] += 1
                facts += outcome.facts
                self._report_one(outcome, verbosity)
                bar.update()
        return statuses, facts

    def _report_one(self, outcome: ImportOutcome, verbosity: int) -> None:
        if outcome.status == "failed":
            self.stderr.write(self.style.ERROR(outcome.message))
        elif verbosity > 0:
            self.stdout.write(outcome.message)
        for warning in outcome.warnings:
            self.stderr.write(self.style.WARNING(f"{outcome.name}: {warning}"))
        if verbosity > 1 and outcome.facts:
            self.stdout.write("  " + _facts_line(outcome.facts))


def _positive_bytes(value: str) -> int:
    try:
        size = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of bytes") from None
    if size < 1:
        raise argparse.ArgumentTypeError(f"{value} must be a positive number of bytes")
    return size


def _incident(slug: str | None) -> Incident | None:
    if slug is None:
        return None
    incident = Incident.objects.filter(slug=slug).first()
    if incident is None:
        raise CommandError(f"--incident {slug}: no incident has this slug.")
    return incident


def _summary(statuses: Counter, facts: Counter, dry_run: bool) -> str:
    done = "extracted (dry run)" if dry_run else "imported"
    documents = (
        f"Documents: {statuses['extracted' if dry_run else 'imported']} {done}, "
        f"{statuses['skipped']} skipped, {statuses['failed']} failed."
    )
    verb = "found" if dry_run else "proposed"
    return f"{documents}\nFacts {verb}: {_facts_line(facts) or 'none'}."


def _facts_line(facts: Counter) -> str:
    return ", ".join(f"{count} {kind}" for kind, count in sorted(facts.items()))
