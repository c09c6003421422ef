"""What every import path hands over: a document's bytes, format and what is known of it."""

from __future__ import annotations

from dataclasses import dataclass, field

from incidents.extraction.results import DocumentMeta

__all__ = ["DocumentInput", "DocumentMeta"]


@dataclass(frozen=True)
class DocumentInput:
    """A document as read from a file, standard input or a form, before it is decoded."""

    name: str  # the file name or "<stdin>", for messages
    data: bytes
    fmt: str = "text"  # text | markdown | html
    meta: DocumentMeta = field(default_factory=DocumentMeta)
