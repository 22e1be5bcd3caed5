"""The editable vocabularies in ``queries/data/``: read once, matched after normalisation.

Every file is a CSV whose lines starting with ``#`` are comments, so a city can extend a
vocabulary without touching code.

Examples
--------
>>> fold("ＤＶ情報 等")
'dv情報等'
>>> basis_rank("unknown") < basis_rank("law")
True
>>> contains_any("納税義務者住所及び氏名", address_terms())
True
"""

from __future__ import annotations

import csv
import io
from datetime import date
from functools import cache, lru_cache
from importlib import resources

from tadori.graph.model import item_key
from tadori.ingest.normalize import canonical_name

__all__ = [
    "address_terms",
    "basis_order",
    "basis_rank",
    "cached_item_key",
    "contains_any",
    "contractor_terms",
    "fiscal_year",
    "fold",
    "is_weak_basis",
    "public_body_terms",
    "read_rows",
]


def fold(text: str | None) -> str:
    """Canonical spelling, case-folded: the form vocabulary terms and names are compared in."""
    return canonical_name(text).casefold()


# Item names repeat across flows: normalise each spelling once, not once per flow per query.
cached_item_key = lru_cache(maxsize=1 << 16)(item_key)


def read_rows(name: str) -> list[dict[str, str]]:
    """The rows of ``queries/data/<name>``, comment lines dropped."""
    text = resources.files("tadori.queries").joinpath("data", name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(io.StringIO("\n".join(lines)))]


@cache
def _terms(name: str) -> tuple[str, ...]:
    return tuple(fold(row["term"]) for row in read_rows(name))


def address_terms() -> tuple[str, ...]:
    """Terms of address-type items (address_items.csv)."""
    return _terms("address_items.csv")


def contractor_terms() -> tuple[str, ...]:
    """Terms that make an outside party a contractor (contractors.csv)."""
    return _terms("contractors.csv")


def public_body_terms() -> tuple[str, ...]:
    """Terms that make an outside party a public body (public_bodies.csv)."""
    return _terms("public_bodies.csv")


def contains_any(text: str | None, terms: tuple[str, ...]) -> bool:
    """True when the folded text contains one of the (folded) terms."""
    folded = fold(text)
    return any(term in folded for term in terms)


@cache
def _basis_table() -> tuple[tuple[str, int, bool], ...]:
    rows = read_rows("basis_order.csv")
    return tuple(sorted(((r["basis"], int(r["rank"]), r["weak"] == "yes") for r in rows), key=lambda r: r[1]))


def basis_order() -> list[str]:
    """Bases from the weakest to the strongest (basis_order.csv)."""
    return [basis for basis, _, _ in _basis_table()]


@cache
def _basis_facts() -> dict[str, tuple[int, bool]]:
    return {name: (rank, weak) for name, rank, weak in _basis_table()}


def basis_rank(basis: str) -> int:
    """The rank of a basis; a basis the file does not know ranks as the weakest."""
    return _basis_facts().get(basis, (-1, True))[0]


def is_weak_basis(basis: str) -> bool:
    """True for a basis the file marks weak (and for one it does not know)."""
    return _basis_facts().get(basis, (-1, True))[1]


def fiscal_year(iso_date: str | None) -> int | None:
    """The Japanese fiscal year (April–March) of an ISO date.

    >>> fiscal_year("2014-01-14"), fiscal_year("2014-04-01"), fiscal_year(None)
    (2013, 2014, None)
    """
    if not iso_date:
        return None
    day = date.fromisoformat(iso_date[:10])
    return day.year if day.month >= 4 else day.year - 1
