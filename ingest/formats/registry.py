"""The one table of converters: a format name → its converter, and a file suffix → its format."""

from __future__ import annotations

from collections.abc import Callable

from ..sources import FORMAT_SUFFIXES as SUFFIXES
from .html import convert_html
from .model import Converted
from .pdf import convert_pdf
from .spreadsheet import convert_csv, convert_xls, convert_xlsx

__all__ = ["CONVERTERS", "SUFFIXES"]

CONVERTERS: dict[str, Callable[[bytes, str], Converted]] = {
    "pdf": convert_pdf,
    "html": convert_html,
    "xlsx": convert_xlsx,
    "xls": convert_xls,
    "csv": convert_csv,
}
