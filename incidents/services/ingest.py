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

from incidents.extraction.pipeline import extract_many
from incidents.extraction.results import DocumentInput, Extraction
from incidents.extraction.text.decoding import DecodedDocument, DocumentRejected, decode_document
from incidents.models import Incident, Source, content_sha256
from incidents.services.proposals import facts_propose, incident_from_candidate

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


@dataclass(frozen=True)
class _Readable:
    document: DocumentInput
    decoded: DecodedDocument
    sha256: str


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
    checked = [_check(document, max_bytes) for document in batch]
    extracted = _extract_each([c for c in checked if isinstance(c, _Readable)])
    for item in checked:
        if isinstance(item, ImportOutcome):
            yield item
        elif isinstance(extracted[id(item)], ImportOutcome):
            yield extracted[id(item)]
        elif dry_run:
            yield _dry_run_outcome(item, extracted[id(item)])
        else:
            yield _store_safely(item, extracted[id(item)], incident)


def _extract_each(readable: list[_Readable]) -> dict[int, Extraction | ImportOutcome]:
    """Each document's extraction, or its failure: the batch together, and when that fails,
    one at a time, so that one document the extractor cannot read costs only itself."""
    try:
        return dict(zip(map(id, readable), _extractions(readable), strict=True))
    except Exception:  # which document failed is found by extracting them one by one
        return {id(item): _extract_alone(item) for item in readable}


def _extractions(readable: list[_Readable]) -> list[Extraction]:
    return list(extract_many((r.decoded.text, r.document.meta, r.document.fmt) for r in readable))


def _extract_alone(item: _Readable) -> Extraction | ImportOutcome:
    try:
        return _extractions([item])[0]
    except Exception as error:  # a bug in a rule must not stop the other documents
        return _failed(item, f"extraction failed: {type(error).__name__}: {error}")


def _failed(item: _Readable, reason: str) -> ImportOutcome:
    return ImportOutcome(item.document.name, "failed", f"{item.document.name} {reason}")


def _check(document: DocumentInput, max_bytes: int) -> _Readable | ImportOutcome:
    try:
        decoded = decode_document(document.data, max_bytes=max_bytes)
    except DocumentRejected as rejected:
        return ImportOutcome(document.name, "failed", f"{document.name} {rejected}")
    readable = _Readable(document, decoded, content_sha256(document.data))
    return _already_imported(readable) or readable


def _already_imported(item: _Readable) -> ImportOutcome | None:
    existing = Source.objects.filter(sha256=item.sha256).first()
    if existing is None:
        return None
    name = item.document.name
    return ImportOutcome(name, "skipped", f"{name} is already imported", source=existing)


def _dry_run_outcome(item: _Readable, extraction: Extraction) -> ImportOutcome:
    return ImportOutcome(
        item.document.name,
        "extracted",
        f"{item.document.name}: dry run, nothing written",
        facts=_count(extraction),
        warnings=_warnings(item, extraction),
    )


def _store_safely(
    item: _Readable, extraction: Extraction, incident: Incident | None
) -> ImportOutcome:
    try:
        return _store_once(item, extraction, incident)
    except IntegrityError:
        # Another importer stored the same content, or created the same new incident,
        # since this one looked: the content is then already imported, and the incident
        # is now there to be matched.
        pass
    except Exception as error:  # one document's failure must not stop the others
        return _already_imported(item) or _failed(item, f"failed: {type(error).__name__}: {error}")
    try:
        return _already_imported(item) or _store_once(item, extraction, incident)
    except Exception as error:
        return _failed(item, f"failed: {type(error).__name__}: {error}")


def _store_once(
    item: _Readable, extraction: Extraction, incident: Incident | None
) -> ImportOutcome:
    with transaction.atomic():
        return _store(item, extraction, incident)


def _store(item: _Readable, extraction: Extraction, incident: Incident | None) -> ImportOutcome:
    source = _source_create(item, extraction)
    incident = incident or incident_from_candidate(candidate=extraction.incident, source=source)
    facts = facts_propose(extraction=extraction, source=source, incident=incident)
    return ImportOutcome(
        item.document.name,
        "imported",
        f"{item.document.name}: imported into {incident.slug}",
        facts=facts,
        warnings=_warnings(item, extraction),
        source=source,
        incident=incident,
    )


def _source_create(item: _Readable, extraction: Extraction) -> Source:
    info, meta = extraction.source, item.document.meta
    source = Source(
        title=info.title[:500],
        publisher=info.publisher[:200],
        url=info.url,
        published_on=info.published,
        kind=info.kind,
        file_name=meta.file_name or item.document.name,
        raw_text=item.decoded.text,
        cleaned_text=extraction.cleaned_text,
        offset_map=[list(segment) for segment in extraction.offset_map],
        sha256=item.sha256,
    )
    source.full_clean()
    source.save()
    return source


def _count(extraction: Extraction) -> Counter[str]:
    counts: Counter[str] = Counter(f"figure: {f.kind}" for f in extraction.casualty_figures)
    counts["statement"] = len(extraction.statements)
    counts["suspect"] = len(extraction.suspects)
    counts["status event"] = sum(len(s.status_events) for s in extraction.suspects)
    return +counts


def _warnings(item: _Readable, extraction: Extraction) -> list[str]:
    found = [item.decoded.warning] if item.decoded.warning else []
    return found + list(extraction.warnings)
