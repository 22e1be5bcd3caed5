"""Reading a file's bytes into text: UTF-8 (with or without BOM), CP932 / Shift_JIS, any line ends.

>>> decode_bytes("市民課\\r\\n".encode("cp932"), "x.txt")
('市民課\\n', 'cp932')
"""

from __future__ import annotations

import codecs
import hashlib
from pathlib import Path

from tadori.errors import IngestError

from .records import Document

__all__ = ["FORMAT_SUFFIXES", "MAX_DOCUMENT_BYTES", "MAX_LINE_CHARS", "check_document_size", "check_line_lengths",
           "decode_bytes", "detect_format", "read_document"]

_ENCODINGS = ("utf-8-sig", "cp932", "euc_jp")

# A published document is a few hundred kilobytes, its longest line a few thousand characters;
# far past that it is not a document (a dump, a binary file), and refusing beats a long parse.
MAX_DOCUMENT_BYTES = 20_000_000
MAX_LINE_CHARS = 100_000


def decode_bytes(data: bytes, source: str) -> tuple[str, str]:
    """Decode ``data`` trying UTF-8 (BOM or not), then CP932, then EUC-JP; normalise line ends.

    The whole of ``data`` is decoded. A character cut at the very end (the first kilobytes of a
    file, read to sniff it) is dropped rather than held against the encoding:

    >>> decode_bytes("市民課".encode("utf-8")[:-1], "x.csv")
    ('市民', 'utf-8')
    """
    if b"\x00" in data[:65536]:  # no text encoding Tadori reads has NUL bytes: UTF-16, an image, a program
        raise IngestError(source, "cannot decode the file as text: it holds NUL bytes (a binary file); "
                          "save a document as UTF-8 or Shift_JIS text")
    for encoding in _ENCODINGS:
        decoder = codecs.getincrementaldecoder(encoding)()
        try:
            text = decoder.decode(data, final=False)  # an incomplete last character stays pending
        except UnicodeDecodeError:
            continue
        return text.replace("\r\n", "\n").replace("\r", "\n"), encoding.replace("utf-8-sig", "utf-8")
    raise IngestError(source, "cannot decode the file as UTF-8, CP932 (Shift_JIS) or EUC-JP")


def check_document_size(data: bytes, text: str, source: str) -> None:
    """Refuse a text document past the stated limits, naming the file (and the first line that is too long)."""
    if len(data) > MAX_DOCUMENT_BYTES:
        raise IngestError(source, f"the file has {len(data):,} bytes; a text document may have at most "
                          f"{MAX_DOCUMENT_BYTES:,} (split it, or use the template for large tables)")
    check_line_lengths(text, source)


def check_line_lengths(text: str, source: str) -> None:
    """Refuse text with a line over :data:`MAX_LINE_CHARS` characters, naming the line."""
    if len(text) <= MAX_LINE_CHARS:
        return
    for number, line in enumerate(text.split("\n"), start=1):
        if len(line) > MAX_LINE_CHARS:
            raise IngestError(source, f"line of {len(line):,} characters; a document line may have at most "
                              f"{MAX_LINE_CHARS:,}", line=number)


def read_bytes(path: str | Path) -> bytes:
    """The file's bytes, or an :class:`IngestError` naming the file."""
    source = str(path)
    file = Path(path)
    if not file.exists():
        raise IngestError(source, "no such file")
    if not file.is_file():
        raise IngestError(source, "not a regular file")
    try:
        return file.read_bytes()
    except OSError as error:
        raise IngestError(source, f"cannot read the file ({error.strerror or error})") from None


FORMAT_SUFFIXES = {".pdf": "pdf", ".html": "html", ".htm": "html", ".xhtml": "html", ".xlsx": "xlsx", ".xlsm": "xlsx",
             ".xls": "xls", ".csv": "csv"}
_HTML_START = (b"<!doctype html", b"<html", b"<?xml", b"<!--", b"<head", b"<body", b"<meta")


def detect_format(path: str | Path, data: bytes) -> str:
    """The format of a document, by its magic bytes first and its suffix second: ``pdf``, ``html``, ``xlsx``,
    ``xls``, ``csv`` or ``text``. A PDF saved as .txt is a PDF; an .html file that is plain text stays text.

    >>> detect_format("report.txt", b"%PDF-1.7 ...")
    'pdf'
    >>> detect_format("page.txt", "<!DOCTYPE html><html>".encode())
    'html'
    >>> detect_format("list.csv", b"a,b")
    'csv'
    """
    head = data[:1024]
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"%PDF-") or b"%PDF-" in head[:1024]:
        return "pdf"
    suffix = Path(path).suffix.lower()
    if head.startswith(b"PK\x03\x04"):
        return "xlsx" if suffix not in (".docx", ".pptx", ".odt", ".ods", ".zip") else "unsupported"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):  # OLE2: the legacy Office container
        return "xls" if suffix not in (".doc", ".ppt") else "unsupported"
    opening = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if opening.startswith(_HTML_START) and (suffix in (".html", ".htm", ".xhtml") or b"<html" in head.lower()):
        return "html"
    found = FORMAT_SUFFIXES.get(suffix)
    if found in ("html", "csv"):
        return found
    if found in ("pdf", "xlsx", "xls"):
        return "mismatch"  # the suffix promises a binary format the bytes are not
    return "text"


def read_document(path: str | Path) -> Document:
    """Read a text document: its decoded text and the sha256 of its bytes."""
    data = read_bytes(path)
    text, _ = decode_bytes(data, str(path))
    check_document_size(data, text, str(path))
    return Document(path=str(path), sha256=hashlib.sha256(data).hexdigest(), text=text)
