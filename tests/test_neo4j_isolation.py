"""The networkx path never imports the Neo4j driver (it is imported only when asked for)."""

from __future__ import annotations

import subprocess
import sys

PROGRAM = """
import importlib, pkgutil, sys
import tadori.graph.networkx_store, tadori.graph.backends, tadori.graph.cypher, tadori.graph.neo4j_export
import tadori.queries
for module in pkgutil.walk_packages(tadori.queries.__path__, "tadori.queries."):
    importlib.import_module(module.name)
import tadori.cli, tadori.wiring
tadori.wiring.open_graph_store  # the composition root itself imports no backend
print(sorted(name for name in sys.modules if name == "neo4j" or name.startswith("neo4j.")))
"""


def test_networkx_store_queries_and_cli_do_not_import_neo4j():
    done = subprocess.run([sys.executable, "-c", PROGRAM], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_asking_for_the_neo4j_backend_imports_the_driver():
    done = subprocess.run([sys.executable, "-c", "import sys\nfrom tadori.graph.backends import store_class\n"
                           "store_class('neo4j')\nprint('neo4j' in sys.modules)"],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "True"
