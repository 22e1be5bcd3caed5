"""The message catalogue: Japanese and English hold the same keys, and every key the code asks for exists."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tadori.dashboard.messages import has_message, t
from tadori.ingest.records import BASES, DECISIONS, KINDS
from tadori.queries.sensitivity import TAGS

ROOT = Path(__file__).resolve().parents[1]
MESSAGES = ROOT / "dashboard" / "messages"


def catalogue(language: str) -> dict[str, str]:
    return json.loads((MESSAGES / f"{language}.json").read_text(encoding="utf-8"))


def test_japanese_and_english_have_the_same_keys():
    assert set(catalogue("ja")) == set(catalogue("en"))


def test_no_label_is_empty_and_placeholders_agree_between_languages():
    ja, en = catalogue("ja"), catalogue("en")
    for key in ja:
        assert ja[key].strip() and en[key].strip(), key
        assert set(re.findall(r"{(\w+)}", ja[key])) == set(re.findall(r"{(\w+)}", en[key])), key


def test_every_literal_key_in_the_dashboard_code_is_in_the_catalogue():
    keys = set()
    for path in (ROOT / "dashboard").rglob("*.py"):
        keys |= set(re.findall(r'\bt\("([a-z_]+\.[a-zA-Z_.]+)"', path.read_text(encoding="utf-8")))
    missing = sorted(k for k in keys if not has_message(k))
    assert missing == []


@pytest.mark.parametrize("prefix,values", [("kind", KINDS), ("basis", BASES), ("decision", DECISIONS),
                                           ("tag", TAGS), ("action", ("new", "modify", "abolish"))])
def test_every_vocabulary_value_has_a_label(prefix, values):
    assert [v for v in values if not has_message(f"{prefix}.{v}")] == []


def test_english_on_request_japanese_by_default_and_unknown_languages_fall_back():
    assert t("nav.trace") == "追跡"
    assert t("nav.trace", "en") == "Trace"
    assert t("nav.trace", "fr") == "追跡"
