"""Importing reference-dataset files (GTD, UCDP GED) as accepted, source-attributed facts.

One import is one transaction: a file either lands completely (minus the bad rows it
reports) or, with `strict`, not at all. Rows are parsed and written in batches, so memory
does not grow with the file. Re-importing a row that has not changed touches nothing;
see docs/interop.md.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from django.db import transaction
from django.utils import timezone

from incidents.interop.layouts import Layout
from incidents.interop.tables import DatasetFileError, RowError, open_table
from incidents.models import Incident
from incidents.services.datasets.batch_staging import (
    create_staging_tables,
    drop_staging_tables,
    stage_batch,
)
from incidents.services.datasets.references import (
    ActorDirectory,
    actor_kinds,
    citation_sources,
    dataset_actor,
    dataset_source,
)
from incidents.services.datasets.source_rows import SourceRow, source_row
from incidents.services.datasets.staged_batch_apply import (
    BatchContext,
    apply_batch,
    apply_relations,
)

BATCH_SIZE = 5000
MAX_REPORTED_PROBLEMS = 1000


class DatasetImportError(Exception):
    """The file was refused; nothing was written."""


@dataclass(frozen=True)
class RowProblem:
    """A rejected row, or an inconsistency imported with a flag: where it is and what it is."""

    path: Path
    row: int
    id_column: str
    external_id: str
    message: str

    def __str__(self) -> str:
        return (
            f"{self.path}: row {self.row} ({self.id_column} {self.external_id or '(empty)'}): "
            f"{self.message}"
        )


@dataclass
class ImportReport:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    flagged: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    inconsistencies: list[RowProblem] = field(default_factory=list)

    def add_problem(self, problem: RowProblem) -> None:
        self.skipped += 1
        if len(self.problems) < MAX_REPORTED_PROBLEMS:
            self.problems.append(problem)

    def add_inconsistencies(self, problems: list[RowProblem]) -> None:
        """One flagged row, with what is odd about it."""
        self.flagged += 1
        room = MAX_REPORTED_PROBLEMS - len(self.inconsistencies)
        self.inconsistencies.extend(problems[: max(room, 0)])


def dataset_import(
    *, path: Path, layout: Layout, strict: bool = False, batch_size: int = BATCH_SIZE
) -> ImportReport:
    try:
        return _import(path, layout, strict, batch_size)
    except DatasetFileError as error:
        raise DatasetImportError(str(error)) from error
    except csv.Error as error:
        raise DatasetImportError(f"{path} is not a readable CSV file ({error}).") from error
    finally:
        drop_staging_tables()


@transaction.atomic
def _import(path: Path, layout: Layout, strict: bool, batch_size: int) -> ImportReport:
    report = ImportReport()
    with open_table(path, layout.required_columns) as rows:
        source = dataset_source(path=path, layout=layout)
        context = BatchContext(
            system=layout.system,
            source_id=source.pk,
            dataset_actor_id=dataset_actor(layout=layout).pk,
            extractor=layout.extractor,
            now=timezone.now(),
        )
        actors = ActorDirectory()
        create_staging_tables()
        parsed = _parsed(rows, path, layout, strict, report)
        for batch in _batches_ahead(parsed, batch_size):
            _write_batch(batch, context, actors, report)
        apply_relations(context)
    if report.inserted + report.updated + report.unchanged == 0:
        _write_nothing(path, report)
    return report


def _write_nothing(path: Path, report: ImportReport) -> None:
    """A file without one good row adds nothing, not even its dataset source."""
    if not report.skipped:
        raise DatasetFileError(f"{path} has a header but no rows; nothing was imported.")
    transaction.set_rollback(True)


def _batches_ahead(records: Iterator[SourceRow], size: int) -> Iterator[list[SourceRow]]:
    """Batches in file order; the next is parsed in a thread while the database writes this one.

    Database waits release the GIL, so parsing and writing use two cores. Only the worker
    thread reads the file, and only the caller's thread touches the database.
    """

    def parse_next() -> list[SourceRow]:
        return list(islice(records, size))

    with ThreadPoolExecutor(max_workers=1) as executor:
        pending = executor.submit(parse_next)
        while batch := pending.result():
            pending = executor.submit(parse_next)
            yield batch


def _parsed(
    rows: Iterable[tuple[int, dict]], path: Path, layout: Layout, strict: bool, report: ImportReport
) -> Iterator[SourceRow]:
    first_rows: dict[str, int] = {}
    for number, row in rows:
        where = _RowPlace(path, number, layout.id_column, row.get(layout.id_column, "").strip())
        try:
            parsed = source_row(layout, number, row)
            _first_with_its_id(parsed, first_rows)
        except RowError as error:
            if strict:
                raise DatasetImportError(
                    f"{where.problem(str(error))}; nothing was imported (--strict)."
                ) from None
            report.add_problem(where.problem(str(error)))
            continue
        if parsed.inconsistencies:
            report.add_inconsistencies([where.problem(i.reason) for i in parsed.inconsistencies])
        yield parsed


@dataclass(frozen=True)
class _RowPlace:
    path: Path
    number: int
    id_column: str
    external_id: str

    def problem(self, message: str) -> RowProblem:
        return RowProblem(self.path, self.number, self.id_column, self.external_id, message)


def _first_with_its_id(parsed: SourceRow, first_rows: dict[str, int]) -> None:
    """A file names each incident once; a repeat is a bad row, so the first row stands."""
    first = first_rows.setdefault(parsed.external_id, parsed.number)
    if first != parsed.number:
        raise RowError(f"id {parsed.external_id} is already on row {first}")


def _write_batch(
    batch: list[SourceRow], context: BatchContext, actors: ActorDirectory, report: ImportReport
) -> None:
    known = dict(
        Incident.objects.filter(
            external_system=context.system, external_id__in=[r.external_id for r in batch]
        ).values_list("external_id", "import_fingerprint")
    )
    changed = [r for r in batch if known.get(r.external_id) != r.fingerprint]
    report.unchanged += len(batch) - len(changed)
    new_ids = {r.external_id for r in changed if r.external_id not in known}
    report.inserted += len(new_ids)
    report.updated += len(changed) - len(new_ids)
    if changed:
        records = [r.record for r in changed]
        stage_batch(
            changed,
            new_ids,
            actors.ids_for(actor_kinds(records)),
            citation_sources(records, system=context.system),
        )
        apply_batch(context, has_changed=len(new_ids) < len(changed))
