"""Reading a file's bytes into text: UTF-8 (with or without BOM), CP932 / Shift_JIS, any line ends.

>>> decode_bytes("市民課\\r\\n".encode("cp932"), "x.txt")
('市民課\\n', 'cp932')
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from tadori.errors import IngestError

from .records import Document

__all__ = ["FORMAT_SUFFIXES", "decode_bytes", "detect_format", "read_document"]

_ENCODINGS = ("utf-8-sig", "cp932", "euc_jp")


def decode_bytes(data: bytes, source: str) -> tuple[str, str]:
    """Decode ``data`` trying UTF-8 (BOM or not), then CP932, then EUC-JP; normalise line ends."""
    for encoding in _ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return text.replace("\r\n", "\n").replace("\r", "\n"), encoding.replace("utf-8-sig", "utf-8")
    raise IngestError(source, "cannot decode the file as UTF-8, CP932 (Shift_JIS) or EUC-JP")


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
    return Document(path=str(path), sha256=hashlib.sha256(data).hexdigest(), text=text)
