"""Reading a file's bytes into text: UTF-8 (with or without BOM), CP932 / Shift_JIS, any line ends.

>>> decode_bytes("市民課\\r\\n".encode("cp932"), "x.txt")
('市民課\\n', 'cp932')
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from tadori.errors import IngestError

from .records import Document

__all__ = ["decode_bytes", "read_document"]

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


def read_document(path: str | Path) -> Document:
    """Read a text document: its decoded text and the sha256 of its bytes."""
    data = read_bytes(path)
    text, _ = decode_bytes(data, str(path))
    return Document(path=str(path), sha256=hashlib.sha256(data).hexdigest(), text=text)
