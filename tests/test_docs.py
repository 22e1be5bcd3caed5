"""The README documents every setting, every command and every template column."""

from __future__ import annotations

from pathlib import Path

import pytest

from tadori.cli import cli
from tadori.ingest.template import FLOW_COLUMNS, REGISTRATION_COLUMNS
from tadori.settings import SETTINGS

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(SETTINGS))
def test_every_setting_is_in_the_readme(name):
    assert f"`{SETTINGS[name].env}`" in README


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_is_in_the_readme(command):
    assert f"tadori {command}" in README


@pytest.mark.parametrize("column", FLOW_COLUMNS + REGISTRATION_COLUMNS, ids=lambda c: c.field)
def test_every_template_column_is_in_the_readme_with_its_field_name(column):
    assert f"| {column.header} | `{column.field}` |" in README


def test_the_readme_names_both_setup_commands():
    assert "make run" in README and "make test" in README
