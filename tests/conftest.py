"""Fixtures shared by the whole suite: the bundled sample as a record store and a graph store."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tadori.graph.networkx_store import NetworkXStore
from tadori.ingest.loader import ingest_files
from tadori.ingest.recordstore import RecordStore

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_FILES = [ROOT / "examples" / "sample-flows.csv", ROOT / "examples" / "sample-registrations.csv"]

# neo4j_server / neo4j_uri: one real local Neo4j server per session (tests/neo4j_server.py).
pytest_plugins = ["neo4j_server"]


@pytest.fixture(scope="session")
def sample_records(tmp_path_factory: pytest.TempPathFactory) -> RecordStore:
    """The bundled sample ingested into a fresh SQLite store (read-only for tests)."""
    records = RecordStore(tmp_path_factory.mktemp("sample") / "tadori.db")
    ingest_files(records, SAMPLE_FILES)
    return records


@pytest.fixture(scope="session")
def sample_store(sample_records: RecordStore) -> NetworkXStore:
    return NetworkXStore.from_records(sample_records)


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:
    """The corpus figures (tests/test_extract_corpus.py), when that test ran, at the end of the output."""
    module = sys.modules.get("test_extract_corpus")
    report = getattr(module, "REPORT", None)
    if report:
        terminalreporter.section("corpus scores")
        for line in report:
            terminalreporter.write_line(line)
