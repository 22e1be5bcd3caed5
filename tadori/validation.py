"""Checks of command-line values that are user mistakes when wrong."""

from __future__ import annotations

from datetime import date

from .errors import TadoriError

__all__ = ["check_date"]


def check_date(value: str | None) -> str | None:
    """An ISO date (YYYY-MM-DD) or a Japanese one (平成26年1月1日, as the template takes), or None.

    >>> check_date("2014-03-31"), check_date("平成26年1月1日")
    ('2014-03-31', '2014-01-01')
    """
    if value is None or value == "":
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        pass
    from tadori.ingest.normalize import to_iso_date

    try:
        iso = to_iso_date(value)
    except ValueError:
        iso = None
    if iso is None:
        raise TadoriError(f"--as-of {value!r} is not a date (2014-01-01 or 平成26年1月1日)")
    return iso
