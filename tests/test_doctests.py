"""Docstring examples are part of the documentation: they must run."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

PACKAGES = ("tadori", "tadori.ingest", "tadori.graph", "tadori.queries", "tadori.dashboard")


def modules() -> list[str]:
    """Every module of every layer, but the entry point and the dashboard's page modules (they register pages)."""
    names = []
    for package_name in PACKAGES:
        package = importlib.import_module(package_name)
        for info in pkgutil.walk_packages(package.__path__, package_name + "."):
            if info.name == "tadori.__main__" or info.name.startswith("tadori.dashboard.pages"):
                continue
            names.append(info.name)
    return sorted(set(names))


@pytest.mark.parametrize("name", modules())
def test_the_examples_in_the_docstrings_run(name):
    module = importlib.import_module(name)
    failures, _ = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert failures == 0
