"""What the commands that queue an import job print: its id, then its progress and outcome."""

from __future__ import annotations

import sys
import time

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from incidents.models import DocumentStatus, ImportJob
from incidents.services.ingestion.jobs import JobProgress, job_progress, queue_runs_in_process

POLL_SECONDS = 0.5


def job_report(command: BaseCommand, job: ImportJob, *, wait: bool, verbosity: int) -> None:
    """Print the job id; with `wait` (or without a broker, where it is done) its outcome.

    Raises CommandError when any document failed, for a non-zero exit status.
    """
    progress = job_progress(job)
    command.stdout.write(f"Job {job.pk}: {progress.total} documents queued.")
    if not (wait or queue_runs_in_process()):
        return
    try:
        progress = _wait(command, job, progress, verbosity)
    except KeyboardInterrupt:
        raise CommandError(f"Stopped waiting; job {job.pk} goes on in the workers.") from None
    _report_outcome(command, job, progress)


def _wait(command: BaseCommand, job: ImportJob, progress: JobProgress, verbosity: int):
    show_bar = verbosity > 0 and command.stdout.isatty()
    with tqdm(total=progress.total, disable=not show_bar, unit="doc", file=sys.stderr) as bar:
        while not progress.finished:
            bar.update(progress.done - bar.n)
            time.sleep(POLL_SECONDS)
            progress = job_progress(job)
        bar.update(progress.done - bar.n)
    return progress


def _report_outcome(command: BaseCommand, job: ImportJob, progress: JobProgress) -> None:
    failed = job.documents.filter(status=DocumentStatus.FAILED).order_by("position")
    for document in failed:
        command.stderr.write(command.style.ERROR(document.message))
    command.stdout.write(f"Job {job.pk}: {progress.line()}.")
    if progress.counts["failed"]:
        raise CommandError(f"{progress.counts['failed']} of {progress.total} documents failed.")
