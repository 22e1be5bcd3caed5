"""Imports point one way: ingest → graph → queries → dashboard; tadori/ wires them."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# What each layer folder may import from the project (besides itself).
ALLOWED = {
    "ingest": {"tadori.errors"},
    "graph": {"tadori.errors", "tadori.ingest"},
    "queries": {"tadori.errors", "tadori.ingest", "tadori.graph"},
    "dashboard": {"tadori.errors", "tadori.ingest", "tadori.graph", "tadori.queries"},
}
OWN = {"ingest": "tadori.ingest", "graph": "tadori.graph", "queries": "tadori.queries",
       "dashboard": "tadori.dashboard"}


def project_imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
    return {n for n in names if n.split(".")[0] in ("tadori", "ingest", "graph", "queries", "dashboard")}


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_a_layer_imports_only_the_layers_below_it(layer):
    allowed = ALLOWED[layer] | {OWN[layer]}
    offences = []
    for path in sorted((ROOT / layer).rglob("*.py")):
        for name in project_imports(path):
            if not any(name == a or name.startswith(a + ".") for a in allowed):
                offences.append(f"{path.relative_to(ROOT)} imports {name}")
    assert offences == []


def test_the_tadori_package_is_only_wiring_and_errors_import_nothing_of_the_project():
    assert project_imports(ROOT / "tadori" / "errors.py") == set()
