"""Dates a document writes, read without ever ending ``extract`` with a traceback.

A written date that cannot exist (令和5年2月30日) is a typing error in the document, not a reason to stop:
it reads as no date and leaves an error diagnostic naming the line.

>>> problems = []
>>> safe_date("令和5年2月30日", 7, problems), safe_date("令和5年2月3日", 8, problems)
(None, '2023-02-03')
>>> [(d.line, d.severity) for d in problems]
[(7, 'error')]
"""

from __future__ import annotations

from ...normalize import to_iso_date
from ...records import Diagnostic

__all__ = ["WRITTEN_DAY", "iso_or_none", "safe_date"]

# A whole date as a page writes it, in the era's calendar or the western one (「令和6年10月22日」「2024年10月22日」)
WRITTEN_DAY = r"(?:(?:令和|平成)\s*(?:元|\d{1,2})|(?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"


def safe_date(text: str | None, line: int | None, diagnostics: list[Diagnostic]) -> str | None:
    """ISO date, or ``None`` and an error diagnostic when the written date cannot exist."""
    try:
        return to_iso_date(text)
    except ValueError:
        diagnostics.append(Diagnostic(line, "error", f"impossible date {text!r}"))
        return None


def iso_or_none(text: str | None) -> str | None:
    """ISO date, or ``None`` when there is none or it cannot exist — for a reader that only looks at a line another
    reader owns (that one reports an impossible date).

    >>> iso_or_none("令和5年2月3日"), iso_or_none("令和5年2月30日"), iso_or_none(None)
    ('2023-02-03', None, None)
    """
    try:
        return to_iso_date(text)
    except ValueError:
        return None
