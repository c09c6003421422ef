"""Bytes in, text out: the checks every document passes before it is read."""

from __future__ import annotations

from dataclasses import dataclass

from charset_normalizer import from_bytes

# Encodings worth guessing for news text that is not UTF-8: Western and Cyrillic
# Windows code pages, and UTF-16 (which always carries a BOM from the tools that write it).
_FALLBACK_ENCODINGS = ["cp1252", "cp1251", "utf_16"]

_BINARY_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF file"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable"),
)


class DocumentRejected(ValueError):
    """The document cannot be read as text; the message says why, for the user."""


@dataclass(frozen=True)
class DecodedDocument:
    text: str
    encoding: str
    warning: str = ""


def decode_document(data: bytes, *, max_bytes: int) -> DecodedDocument:
    """Decode a document's bytes, refusing what is empty, too large, binary or undecodable."""
    if len(data) > max_bytes:
        raise DocumentRejected(f"is larger than the {_size(max_bytes)} limit")
    if not data.strip():
        raise DocumentRejected("is empty")
    _refuse_binary(data)
    try:
        decoded = DecodedDocument(text=data.decode("utf-8-sig"), encoding="utf-8")
    except UnicodeDecodeError:
        decoded = _decode_guessing(data)
    _refuse_nul(decoded.text)
    return decoded


def _refuse_binary(data: bytes) -> None:
    for signature, what in _BINARY_SIGNATURES:
        if data.startswith(signature):
            raise DocumentRejected(f"is {what}, not a text document")
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DocumentRejected("is a binary file, not a text document")


def _refuse_nul(text: str) -> None:
    """A NUL character anywhere (past the sniffed head too) marks a binary or corrupt file;
    PostgreSQL cannot store it in text."""
    at = text.find("\x00")
    if at >= 0:
        raise DocumentRejected(f"holds a NUL character (at character {at:,}); it is not text")


def _decode_guessing(data: bytes) -> DecodedDocument:
    guess = from_bytes(data, cp_isolation=_FALLBACK_ENCODINGS).best()
    # Coherence 0 means no language was recognised in the decoded text: mojibake.
    if guess is None or guess.coherence <= 0:
        raise DocumentRejected("is not valid UTF-8 and its encoding cannot be recognised")
    return DecodedDocument(
        text=str(guess),
        encoding=guess.encoding,
        warning=f"not valid UTF-8; decoded as {guess.encoding}",
    )


def _size(size: int) -> str:
    megabytes = size / 1024 / 1024
    return f"{megabytes:.1f} MB" if megabytes >= 0.1 else f"{size:,} bytes"
