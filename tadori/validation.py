"""Checks of command-line values that are user mistakes when wrong."""

from __future__ import annotations

from datetime import date

from .errors import TadoriError

__all__ = ["check_date"]


def check_date(value: str | None) -> str | None:
    """An ISO date (YYYY-MM-DD) or None; anything else is a user error.

    >>> check_date("2014-03-31")
    '2014-03-31'
    """
    if value is None or value == "":
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise TadoriError(f"--as-of {value!r} is not a date of the form YYYY-MM-DD") from None
