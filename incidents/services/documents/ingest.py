"""Documents in, proposed facts out: store the source, extract, resolve, save with evidence.

Each document is extracted and written on its own terms, so one bad document costs only
itself, and a document whose content (SHA-256 of its bytes) is already stored is skipped,
so importing the same files again changes nothing. The database decides "already
imported" (the unique SHA-256), so two importers racing on the same content both succeed:
one imports it and the other skips it; a race on a new incident's slug is retried once,
when the incident the other importer created can be matched.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from django.conf import settings
from django.db import IntegrityError, transaction

from incidents.documents.extracting import ExtractedDocument, extract_documents
from incidents.documents.inputs import DocumentInput
from incidents.extraction.results import Extraction
from incidents.models import Incident, Source, content_sha256
from incidents.models.fact_types import FIGURE, STATEMENT, STATUS_EVENT, SUSPECT
from incidents.services.documents.proposals import facts_propose, incident_from_candidate

EXTRACTION_BATCH = 16  # documents per spaCy batch: bounded memory, steady progress


@dataclass
class ImportOutcome:
    name: str
    status: str  # imported | skipped | failed | extracted (dry run)
    message: str = ""
    facts: Counter[str] = field(default_factory=Counter)
    warnings: list[str] = field(default_factory=list)
    source: Source | None = None
    incident: Incident | None = None
    # The exception behind a failure while saving, so that a queue can retry the transient ones.
    error: Exception | None = None


def documents_import(
    documents: Iterable[DocumentInput],
    *,
    incident: Incident | None = None,
    dry_run: bool = False,
    max_bytes: int | None = None,
) -> Iterator[ImportOutcome]:
    """Import documents one transaction each, yielding an outcome per document, in order.

    `incident` attaches every document to that incident instead of matching one;
    `max_bytes` overrides settings.DOCUMENT_MAX_BYTES.
    """
    limit = settings.DOCUMENT_MAX_BYTES if max_bytes is None else max_bytes
    if limit < 1:
        raise ValueError(f"max_bytes must be a positive number of bytes, got {limit}")
    pending = iter(documents)
    while batch := list(islice(pending, EXTRACTION_BATCH)):
        yield from _import_batch(batch, incident=incident, dry_run=dry_run, max_bytes=limit)


def _import_batch(
    batch: list[DocumentInput], *, incident: Incident | None, dry_run: bool, max_bytes: int
) -> Iterator[ImportOutcome]:
    # Stored content is skipped before extraction, so importing the same files again is quick.
    checked = [_already_imported(document) or document for document in batch]
    extracted = iter(
        extract_documents((c for c in checked if isinstance(c, DocumentInput)), max_bytes=max_bytes)
    )
    for item in checked:
        if isinstance(item, ImportOutcome):
            yield item
            continue
        document = next(extracted)
        if document.rejection:
            yield ImportOutcome(document.document.name, "failed", document.rejection)
        elif dry_run:
            yield _dry_run_outcome(document)
        else:
            yield _store_safely(document, incident)


def _already_imported(document: DocumentInput) -> ImportOutcome | None:
    existing = Source.objects.filter(sha256=content_sha256(document.data)).first()
    if existing is None:
        return None
    return ImportOutcome(
        document.name, "skipped", f"{document.name} is already imported", source=existing
    )


def _dry_run_outcome(item: ExtractedDocument) -> ImportOutcome:
    return ImportOutcome(
        item.document.name,
        "extracted",
        f"{item.document.name}: dry run, nothing written",
        facts=_count(item.extraction),
        warnings=item.warnings,
    )


def _store_safely(item: ExtractedDocument, incident: Incident | None) -> ImportOutcome:
    try:
        return _store_once(item, incident)
    except IntegrityError:
        # Another importer stored the same content, or created the same new incident,
        # since this one looked: the content is then already imported, and the incident
        # is now there to be matched.
        pass
    except Exception as error:  # one document's failure must not stop the others
        return _already_imported(item.document) or _failed(item, error)
    try:
        return _already_imported(item.document) or _store_once(item, incident)
    except Exception as error:
        return _failed(item, error)


def _store_once(item: ExtractedDocument, incident: Incident | None) -> ImportOutcome:
    with transaction.atomic():
        return _store(item, incident)


def _failed(item: ExtractedDocument, error: Exception) -> ImportOutcome:
    name = item.document.name
    reason = f"{type(error).__name__}: {error}"
    # The exception itself goes with the outcome, so that a queue can retry the transient ones.
    return ImportOutcome(name, "failed", f"{name} failed: {reason}", error=error)


def _store(item: ExtractedDocument, incident: Incident | None) -> ImportOutcome:
    extraction = item.extraction
    source = _source_create(item, extraction)
    incident = incident or incident_from_candidate(candidate=extraction.incident, source=source)
    facts = facts_propose(extraction=extraction, source=source, incident=incident)
    return ImportOutcome(
        item.document.name,
        "imported",
        f"{item.document.name}: imported into {incident.slug}",
        facts=facts,
        warnings=item.warnings,
        source=source,
        incident=incident,
    )


def _source_create(item: ExtractedDocument, extraction: Extraction) -> Source:
    info, meta = extraction.source, item.document.meta
    source = Source(
        title=info.title[:500],
        publisher=info.publisher[:200],
        url=info.url,
        published_on=info.published,
        published_after=info.published_after,
        kind=info.kind,
        file_name=meta.file_name or item.document.name,
        raw_text=item.decoded.text,
        cleaned_text=extraction.cleaned_text,
        offset_map=[list(segment) for segment in extraction.offset_map],
        sha256=content_sha256(item.document.data),
    )
    source.full_clean()
    source.save()
    return source


def _count(extraction: Extraction) -> Counter[str]:
    counts = Counter(f"{FIGURE.label}: {f.kind}" for f in extraction.casualty_figures)
    counts[STATEMENT.label] = len(extraction.statements)
    counts[SUSPECT.label] = len(extraction.suspects)
    counts[STATUS_EVENT.label] = sum(len(s.status_events) for s in extraction.suspects)
    return +counts
