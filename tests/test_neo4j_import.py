"""`tadori export neo4j-csv` read by the real import tool (`neo4j-admin database import full`).

The seeds are exported with the command, imported with exactly the command line the export
prints (run from the same Maven jars as the server) into a fresh home, and a second local
server started on that home, given the exported schema.cypher, answers like the networkx
store and like a synced database: every node, every flow, trace and exposure. A sync on top
changes no count.
"""

from __future__ import annotations

import shlex
from collections.abc import Iterator
from typing import Any

import pytest
from click.testing import CliRunner
from neo4j_server import require_server, run_admin, start_server
from shared_data import require_shared

from tadori.cli import cli
from tadori.graph.build import build_graph_data
from tadori.graph.networkx_store import NetworkXStore
from tadori.ingest.recordstore import RecordStore
from tadori.queries.exposure import exposure
from tadori.queries.trace import trace


@pytest.fixture(scope="module")
def imported(tmp_path_factory) -> Iterator[tuple[RecordStore, Any, str]]:
    """(record store, Neo4jStore on the imported home, the import tool's output)."""
    require_server()
    from tadori.graph.neo4j_store import Neo4jStore

    folder = tmp_path_factory.mktemp("neo4j-import")
    store, csv_dir, home = folder / "tadori.db", folder / "csv", folder / "home"
    seeds = sorted(str(p) for p in (require_shared() / "seeds").glob("*.txt"))
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest", *seeds, "--store", str(store)]).exit_code == 0
    exported = runner.invoke(cli, ["export", "neo4j-csv", str(csv_dir), "--store", str(store)])
    assert exported.exit_code == 0, exported.output
    command = exported.stdout.rsplit(": ", 1)[1].strip()  # "load with (from DIR): neo4j-admin database import …"
    words = shlex.split(command)
    assert words[:4] == ["neo4j-admin", "database", "import", "full"]
    done = run_admin(home, words[1:], cwd=csv_dir)
    assert done.returncode == 0, done.stdout + done.stderr
    server = start_server(home)
    try:
        records = RecordStore(store)
        with Neo4jStore.from_settings(records, uri=server.uri, password="", database="neo4j") as on_import:
            # the documented next step (cypher-shell -f schema.cypher), one statement per line
            for statement in (csv_dir / "schema.cypher").read_text(encoding="utf-8").splitlines():
                if statement.strip():
                    on_import.driver.execute_query(statement.rstrip(";"), database_="neo4j")
            yield records, on_import, done.stdout
    finally:
        server.stop()


def test_the_import_tool_reads_every_file_without_a_bad_entry(imported):
    records, on_import, output = imported
    assert "IMPORT DONE" in output
    data = build_graph_data(records)
    assert f"{len(data.nodes) + len(data.cases) + len(records.documents())} nodes" in output
    assert "bad" not in output.lower().replace("--bad-tolerance", "")


def test_the_imported_graph_reads_back_as_built(imported):
    records, on_import, _ = imported
    oracle = build_graph_data(records)
    assert [n for n in on_import.nodes()] == list(oracle.nodes.values())
    assert [f.to_dict() for f in on_import.flows()] == [f.to_dict() for f in oracle.flows.values()]
    assert on_import.cases() == list(oracle.cases.values())
    assert on_import.generation() is None  # never synced: the caches never need dropping


def test_trace_and_exposure_on_the_imported_graph_answer_as_networkx(imported):
    records, on_import, _ = imported
    in_process = NetworkXStore.from_records(records)
    for ask in (lambda s: trace(s, "DV情報等", mode="both"), lambda s: exposure(s, "住民基本台帳業務")):
        assert ask(on_import).to_json() == ask(in_process).to_json()


def test_a_sync_on_the_imported_graph_changes_no_count(imported):
    records, on_import, _ = imported
    before = on_import.sync_counts()
    assert on_import.sync(build_graph_data(records), [d.to_dict() for d in records.documents()]) == before
