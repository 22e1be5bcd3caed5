"""Query strings that carry a view's state, so every view is reproducible from its URL.

>>> build_search({"item": "DV情報等", "as_of": "2014-03-31", "kind": ["a", "b"], "depth": None})
'?item=DV%E6%83%85%E5%A0%B1%E7%AD%89&as_of=2014-03-31&kind=a%2Cb'
>>> parse_search("?item=DV%E6%83%85%E5%A0%B1%E7%AD%89&kind=a%2Cb")["kind"]
'a,b'
>>> split_list("a,b,,c")
['a', 'b', 'c']
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qsl, urlencode

__all__ = ["build_search", "parse_search", "split_list", "with_lang"]


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
