"""Turn command-line paths (files, directories, globs, "-") into documents to import."""

from __future__ import annotations

import glob
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from incidents.documents.inputs import DocumentInput, DocumentMeta

FORMATS = {
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
}
STDIN = "-"


class DocumentPathError(ValueError):
    """A path names nothing importable; the message says which and why."""


def document_paths(arguments: list[str]) -> list[Path | str]:
    """Every document the arguments name, in a stable order; STDIN stays as is.

    Raises DocumentPathError for a path that does not exist or a directory or
    pattern with no documents, before anything is read.
    """
    found: list[Path | str] = []
    for argument in arguments:
        found.extend([STDIN] if argument == STDIN else _expand(argument))
    return list(dict.fromkeys(found))


def _expand(argument: str) -> list[Path]:
    path = Path(argument)
    if path.is_file():
        return [path]
    if path.is_dir():
        documents = sorted(p for p in path.rglob("*") if _is_document(p))
        if not documents:
            raise DocumentPathError(
                f"{argument}: the directory holds no .txt, .md or .html documents"
            )
        return documents
    if glob.has_magic(argument):
        matches = sorted(Path(p) for p in glob.glob(argument, recursive=True) if Path(p).is_file())
        if not matches:
            raise DocumentPathError(f"{argument}: no file matches this pattern")
        return matches
    raise DocumentPathError(f"{argument}: no such file or directory")


def _is_document(path: Path) -> bool:
    return path.is_file() and path.suffix.lower() in FORMATS and not path.name.startswith(".")


def documents_read(
    paths: list[Path | str], stdin: BinaryIO, *, max_bytes: int
) -> Iterator[DocumentInput]:
    """Read each document when it is its turn, so memory holds one batch, not every file.

    Reads at most one byte past the size limit: enough for the import to refuse the file.
    """
    for path in paths:
        if path == STDIN:
            data = stdin.read(max_bytes + 1)
            yield DocumentInput(name="<stdin>", data=data, fmt=_sniff_format(data))
        else:
            yield DocumentInput(
                name=str(path),
                data=_read_head(path, max_bytes + 1),
                fmt=FORMATS.get(path.suffix.lower(), "text"),
                meta=DocumentMeta(file_name=path.name),
            )


def _sniff_format(data: bytes) -> str:
    head = data[:2048].lstrip().lower()
    return "html" if head.startswith((b"<!doctype html", b"<html", b"<?xml")) else "text"


def _read_head(path: Path, size: int) -> bytes:
    with path.open("rb") as file:
        return file.read(size)
