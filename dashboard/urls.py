"""Query strings that carry a view's state, so every view is reproducible from its URL.

>>> build_search({"item": "DV情報等", "as_of": "2014-03-31", "kind": ["a", "b"], "depth": None})
'?item=DV%E6%83%85%E5%A0%B1%E7%AD%89&as_of=2014-03-31&kind=a%2Cb'
>>> parse_search("?item=DV%E6%83%85%E5%A0%B1%E7%AD%89&kind=a%2Cb")["kind"]
'a,b'
>>> split_list("a,b,,c")
['a', 'b', 'c']

Every parameter of an address is checked before a page sees it (:func:`clean_query`): a value
that cannot be used is dropped, and the page says so, instead of failing.

>>> clean_query({"line": "²", "as_of": "99999-01-01", "mode": "<x>", "item": "DV情報等"})[0]
{'item': 'DV情報等'}
>>> clean_query({"kind": "目的外利用,bogus"})[0]
{'kind': 'purpose_outside_use'}
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Mapping
from datetime import date
from typing import Any
from urllib.parse import parse_qsl, urlencode

from tadori.errors import TadoriError
from tadori.ingest.records import BASES, KINDS
from tadori.queries.filters import resolve_bases, resolve_kinds
from tadori.queries.sensitivity import TAGS

__all__ = ["MAX_TEXT", "Problem", "build_search", "clean_query", "parse_search", "split_list", "with_lang"]

MAX_TEXT = 200  # a name (item, business, city) is tens of characters; 200 is generous and still cheap to search
_LONG_TEXT = {"expand": 4000, "collapse": 4000, "focus": 1000}  # node ids, "|"-separated
_WHOLE_NUMBERS = {"line": (1, 10_000_000), "depth": (1, 99), "year": (1868, 2200)}
_DATES = {"as_of"}
_CHOICES = {"mode": ("confirmed", "both", "possible"), "direction": ("downstream", "upstream"),
            "lang": ("ja", "en"), "tag": TAGS}
_LIST_CHOICES = {"kind": (KINDS, resolve_kinds), "basis": (BASES, resolve_bases)}
_DIGITS = re.compile(r"[0-9]{1,9}")  # ASCII only: "²".isdigit() is True, but int("²") fails
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")

Problem = tuple[str, str, str, dict]  # name, the value as shown (cut short), why (a message key), its fields


def _shown(value: str) -> str:
    return value if len(value) <= 40 else value[:40] + "…"


def _check(name: str, value: str) -> tuple[str | None, tuple[str, dict] | None]:
    """The value to keep (None: drop it) and why it was dropped or cut."""
    if name in _WHOLE_NUMBERS:
        low, high = _WHOLE_NUMBERS[name]
        if not _DIGITS.fullmatch(value) or not low <= int(value) <= high:
            return None, ("param.why.number", {"low": low, "high": high})
        return value, None
    if name in _DATES:
        try:
            valid = bool(_ISO_DATE.fullmatch(value)) and 1868 <= date.fromisoformat(value).year <= 2200
        except ValueError:
            valid = False
        return (value, None) if valid else (None, ("param.why.date", {}))
    if name in _CHOICES:
        allowed = _CHOICES[name]
        return (value, None) if value in allowed else (None, ("param.why.choice", {"choices": ", ".join(allowed)}))
    if name in _LIST_CHOICES:  # the codes, or the words people write (目的外利用), read as the CLI reads them
        allowed, resolve = _LIST_CHOICES[name]
        values = split_list(value)
        kept = []
        for one in values:
            with contextlib.suppress(TadoriError):
                kept.extend(resolve([one]) or ())
        if len(kept) != len(values):
            return ",".join(kept) or None, ("param.why.choice", {"choices": ", ".join(allowed)})
        return ",".join(kept), None
    limit = _LONG_TEXT.get(name, MAX_TEXT)
    if len(value) > limit:
        return None, ("param.why.length", {"limit": limit})
    return value, None


def clean_query(query: Mapping[str, Any]) -> tuple[dict[str, str], list[Problem]]:
    """The parameters a page may use, and the problems with the others (each value dropped, never guessed).

    A repeated parameter keeps its last value; control characters are removed.
    """
    clean: dict[str, str] = {}
    problems: list[Problem] = []
    for name, raw in query.items():
        value = raw[-1] if isinstance(raw, list | tuple) and raw else raw
        value = _CONTROL.sub("", str(value if value is not None else "")).strip()
        if not isinstance(name, str) or len(name) > 40:
            continue  # not a parameter of any page
        if not value:
            continue
        kept, why = _check(name, value)
        if why is not None:
            problems.append((name, _shown(value), *why))
        if kept:
            clean[name] = kept
    return clean, problems


def split_list(value: str | list[str] | None) -> list[str]:
    """A comma-separated URL value (or a list) as a list without empties."""
    if not value:
        return []
    if isinstance(value, list):
        return [v for v in value if v]
    return [v for v in value.split(",") if v]


def build_search(params: Mapping[str, Any]) -> str:
    """``?k=v&…`` for the non-empty values, lists joined with commas, in the given order."""
    pairs = []
    for key, value in params.items():
        if value is None or value == "" or value == []:
            continue
        if isinstance(value, list | tuple):
            value = ",".join(str(v) for v in value)
        pairs.append((key, str(value)))
    return "?" + urlencode(pairs) if pairs else ""


def parse_search(search: str | None) -> dict[str, str]:
    """The query string as a dict (the last value of a repeated key wins)."""
    return dict(parse_qsl((search or "").lstrip("?"), keep_blank_values=False))


def with_lang(path: str, lang: str | None) -> str:
    """A link to ``path`` that keeps the language (Japanese needs no parameter)."""
    return f"{path}?lang={lang}" if lang and lang != "ja" else path
