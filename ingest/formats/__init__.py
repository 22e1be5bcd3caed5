"""Published formats (PDF, HTML, Excel, CSV) turned into the text lines the document readers eat.

Each converter returns a :class:`Converted`: text lines — a table row as tab-separated cells, a
paragraph as one line — and, line for line, a locator saying where the line stands in the original
(page and box for a PDF, table and row for HTML, sheet and row for a workbook). The readers then run
unchanged on the text, and every record takes its page from the locator of its line.

>>> converted = convert("html", "<main><p>市民課</p><table><tr><td>a</td><td>b</td></tr></table></main>".encode(),
...                     "x.html")
>>> converted.lines, converted.locators[1]
(['市民課', 'a\\tb'], {'table': 1, 'row': 1})
"""

from __future__ import annotations

from collections.abc import Callable

from .model import Converted
from .registry import CONVERTERS, SUFFIXES

__all__ = ["CONVERTERS", "SUFFIXES", "Converted", "convert"]


def convert(format_name: str, data: bytes, source: str) -> Converted:
    """Convert the bytes of a document of ``format_name`` (a key of :data:`CONVERTERS`)."""
    converter: Callable[[bytes, str], Converted] = CONVERTERS[format_name]
    return converter(data, source)
