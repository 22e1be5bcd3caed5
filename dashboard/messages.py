"""The message catalogue: every label the dashboard shows, Japanese by default.

>>> t("kind.external_provision")
'外部提供'
>>> t("kind.external_provision", "en")
'external provision'
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

__all__ = ["LANGUAGES", "has_message", "t"]

LANGUAGES = ("ja", "en")


@cache
def _catalogue(language: str) -> dict[str, str]:
    text = resources.files("tadori.dashboard").joinpath("messages", f"{language}.json").read_text("utf-8")
    return json.loads(text)


def t(key: str, language: str = "ja") -> str:
    """The label for ``key`` in ``language``, falling back to Japanese, then to the key itself."""
    lang = language if language in LANGUAGES else "ja"
    return _catalogue(lang).get(key) or _catalogue("ja").get(key) or key


def has_message(key: str) -> bool:
    """True when the catalogue has ``key`` (for labels of values that may be new)."""
    return key in _catalogue("ja")
