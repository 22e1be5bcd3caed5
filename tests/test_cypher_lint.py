"""Neo4j's own Cypher parser as a gate over every statement the Neo4j store can send.

The linter (npm ``@neo4j-cypher/language-support``, run by ``graph/cypher_lint/lint.mjs``)
parses and semantically analyses each statement as Cypher 5, knowing our labels,
relationship types, property keys and parameters. Errors fail the test, and so do
warnings: with the schema declared, a warning means a label, type or property the sync
never writes (a typo), or a Neo4j notice such as an unbounded shortest path, which we
would rather fix than ship. Information and hints are not failures.

Needs ``npm ci --prefix graph/cypher_lint``. Without node or the package the tests skip,
except under CI (env ``CI`` set), where they fail: the gate must not silently vanish.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tadori.graph import cypher

LINT_DIR = Path(cypher.__file__).parent / "cypher_lint"
FAILING = ("error", "warning")


def _unavailable() -> str | None:
    if shutil.which("node") is None:
        return "node is not installed"
    if not (LINT_DIR / "node_modules" / "@neo4j-cypher" / "language-support").is_dir():
        return f"the Cypher linter is not installed: run npm ci --prefix {LINT_DIR}"
    return None


@pytest.fixture(scope="module")
def lint():
    reason = _unavailable()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)

    def run(statements: dict[str, str], parameters: list[str] | None = None) -> dict[str, list[dict[str, Any]]]:
        names = parameters if parameters is not None else sorted(
            {p for q in statements.values() for p in cypher.parameters_of(q)})
        request = {
            "schema": {
                "labels": list(cypher.NODE_LABELS),
                "relationshipTypes": list(cypher.RELATIONSHIP_TYPES),
                "propertyKeys": list(cypher.PROPERTY_KEYS + cypher.ROW_KEYS),
                "parameters": dict.fromkeys(names, ""),
                "defaultLanguage": "CYPHER 5",
            },
            "statements": [{"name": n, "query": q} for n, q in statements.items()],
        }
        done = subprocess.run(["node", str(LINT_DIR / "lint.mjs")], input=json.dumps(request), text=True,
                              capture_output=True, timeout=120, check=False)
        assert done.returncode == 0, done.stderr
        return {entry["name"]: entry["diagnostics"] for entry in json.loads(done.stdout)}

    return run


BAD = {  # statements the gate must refuse, with the words of the diagnostic
    "CREATE CONSTRAINT ON (b:Business) ASSERT b.id IS UNIQUE": "ON and ASSERT should not be used",  # Neo4j 4
    "MATCHH (n) RETURN n": "Invalid input 'MATCHH'",
    "MATCH (b:Business) RETURN x": "Variable `x` not defined",
    "MATCH (b:Busines) RETURN b": "Busines is not present in the database",
    "MATCH (b:Business) RETURN b.nmae": "nmae is not present in the database",
    "MATCH p = shortestPath((a:Business)-[:FLOWS_TO*]->(b:Business)) RETURN p": "unbounded",
}


@pytest.fixture(scope="module")
def results(lint) -> dict[str, list[dict[str, Any]]]:
    """One run of the linter over every statement of the store and every bad example."""
    return lint({**cypher.statements(), **{f"bad: {q}": q for q in BAD}})


def _failures(diagnostics: dict[str, list[dict[str, Any]]]) -> dict[str, list[str]]:
    return {name: [f"{d['severity']} {d['line']}:{d['column']} {d['message']}" for d in found
                   if d["severity"] in FAILING]
            for name, found in diagnostics.items() if any(d["severity"] in FAILING for d in found)}


def test_every_statement_the_store_can_send_passes_neo4j_s_parser(results):
    statements = cypher.statements()
    assert len(statements) > 50
    assert set(statements) <= set(results)
    assert _failures({name: results[name] for name in statements}) == {}


def test_each_statement_is_linted_with_exactly_the_parameters_it_uses(lint):
    # Declaring no parameters makes every $parameter an error: proof the linter sees them.
    found = lint({"node": cypher.NODE_QUERY}, parameters=[])["node"]
    assert any("Parameter $id is not defined" in d["message"] and d["severity"] == "error" for d in found)


@pytest.mark.parametrize(("statement", "expected"), BAD.items())
def test_the_gate_fails_on_neo4j_4_syntax_typos_and_notices(results, statement, expected):
    found = results[f"bad: {statement}"]
    assert any(expected in d["message"] for d in found if d["severity"] in FAILING), found
