"""Printing answers: JSON for machines, rich tables for people.

A table never breaks what an auditor cites: provenance (``file:line``), dates, statuses,
kinds and bases stay whole on one line; only names wrap. When even those columns do not fit
the terminal, each row is printed as a block of ``column: value`` lines instead. ``--wide``
prints every column whole, however wide the table gets.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Sequence
from typing import Any

import click
from rich import box
from rich.cells import cell_len
from rich.console import Console
from rich.table import Table
from rich.text import Text

__all__ = ["KEPT_WHOLE", "console", "print_json", "print_table", "set_wide", "table_width"]

# A pipe gets a wide table (the hops are read in files and terminals alike) unless COLUMNS says otherwise.
console = Console(soft_wrap=False, width=None if sys.stdout.isatty() else int(os.environ.get("COLUMNS") or 200))

# Columns whose values are cited or compared: never wrapped, never cut.
KEPT_WHOLE = frozenset({
    "#", "depth", "status", "kind", "basis", "start", "date", "year", "fiscal year", "line", "source line",
    "source lines", "proof", "has flag", "published", "itemised", "difference", "score", "type", "69条", "flows",
    "reach", "cites", "flags", "municipality", "hops",
})
_PADDING = 3  # rich's SIMPLE_HEAD box: one space either side and a separator
_NAME_MIN = 8  # a name column narrower than this is unreadable: print blocks instead
_wide = False


def set_wide(wide: bool) -> None:
    """Print every column whole from now on (the ``--wide`` option)."""
    global _wide
    _wide = bool(wide)


def print_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def _widest_token(values: Sequence[str]) -> int:
    return max((cell_len(token) for value in values for token in value.split()), default=0)


def table_width(columns: Sequence[str], rows: Sequence[Sequence[str]]) -> int:
    """Cells the kept columns need whole, plus a narrow share for every name column."""
    width = 0
    for n, column in enumerate(columns):
        if column in KEPT_WHOLE:
            width += max(cell_len(column), _widest_token([row[n] for row in rows])) + _PADDING
        else:
            width += _NAME_MIN + _PADDING
    return width


def print_table(title: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    cells = [["" if v is None else str(v) for v in row] for row in rows]
    if _wide:
        widths = [max([cell_len(c), *(cell_len(r[n]) for r in cells)]) for n, c in enumerate(columns)]
        wide = Console(width=sum(widths) + _PADDING * len(widths) + 2, soft_wrap=False, file=console.file)
        _print(wide, title, columns, cells, whole=set(columns))
    elif cells and table_width(columns, cells) > console.width:
        _print_blocks(title, columns, cells)
    else:
        # A cell of several citations puts each on its own line: kept columns never wrap inside one.
        kept = [[" ".join(v.split()).replace(" ", "\n") if c in KEPT_WHOLE else v for c, v in zip(columns, row,
                                                                                                 strict=False)]
                for row in cells]
        _print(console, title, columns, kept, whole=KEPT_WHOLE)


def _print(target: Console, title: str, columns: Sequence[str], cells: Sequence[Sequence[str]],
           whole: set[str] | frozenset[str]) -> None:
    table = Table(title=Text(title), box=box.SIMPLE_HEAD, show_lines=False, title_justify="left")
    for column in columns:
        if column in whole:
            table.add_column(column, no_wrap=True)
        else:
            table.add_column(column, overflow="fold")
    for row in cells:
        table.add_row(*(Text(v) for v in row))  # names may hold [brackets]: text, never markup
    target.print(table, highlight=False)


def _print_blocks(title: str, columns: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """Each row as ``column: value`` lines: nothing cited is broken however narrow the terminal."""
    console.print(title, soft_wrap=True, highlight=False)
    label = max(cell_len(c) for c in columns)
    for row in rows:
        console.print("")
        for column, value in zip(columns, row, strict=False):
            if value:
                console.print(f"  {column}{' ' * (label - cell_len(column))}  {value}", soft_wrap=True,
                              highlight=False, markup=False)
