"""`tadori sync neo4j` end to end against the session's real Neo4j server, and the CLI on it.

The seeds are ingested and synced by the real command (a separate process, as a user runs it),
twice; then `trace` and `exposure` with TADORI_BACKEND=neo4j print the same JSON as on the
networkx store. A store object kept open across a re-ingest and a sync (the dashboard's)
answers from the new graph, not from its caches of the old one.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from shared_data import require_shared

from tadori.cli import cli
from tadori.graph.build import build_graph_data
from tadori.queries.council import cases
from tadori.queries.exposure import exposure
from tadori.queries.search import search
from tadori.queries.trace import trace

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
SAMPLE_FILES = [EXAMPLES / "sample-flows.csv", EXAMPLES / "sample-registrations.csv"]

# An invented document of the template's shape: 市民課 hands DV情報等 to a new contractor.
EXTRA_FLOW = ("自治体,提供元の課,提供元の業務,区分,提供先の課,提供先の業務,外部提供先,"
              "根拠区分,根拠,開始日,項目,理由,出典\n"
              "川口市,市民課,住民基本台帳業務,外部提供,,,架空データ保守株式会社,,,令和2年4月1日,DV情報等,保守のため,架空の資料\n")


def tadori(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tadori", *args], capture_output=True, text=True, timeout=300,
                          env=os.environ | env, check=False)


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_sync_then_trace_and_exposure_on_neo4j_print_what_networkx_prints(neo4j_uri, tmp_path, monkeypatch):
    seeds = sorted(str(p) for p in (require_shared() / "seeds").glob("*.txt"))
    store = str(tmp_path / "tadori.db")
    monkeypatch.setenv("TADORI_STORE", store)
    assert invoke("ingest", *seeds)[0] == 0
    code, first, err = invoke("sync", "neo4j")
    assert code == 0 and err == "", err  # no server notification reaches the user's terminal
    assert "counts match the record store's graph" in first
    code, second, err = invoke("sync", "neo4j", "--batch-size", "7")  # idempotent: the same counts again
    assert code == 0 and second == first, err
    for question in (["trace", "DV情報等"], ["trace", "住民基本台帳業務"], ["exposure", "住民基本台帳業務"]):
        monkeypatch.setenv("TADORI_BACKEND", "networkx")
        code, on_networkx, _ = invoke(*question, "--json")
        # the command a user runs, in its own process, against the server
        on_neo4j = tadori(*question, "--json", env={"TADORI_BACKEND": "neo4j"})
        assert code == on_neo4j.returncode == 0 and on_neo4j.stderr == "", on_neo4j.stderr
        hops = json.loads(on_neo4j.stdout)["hops"]
        assert hops and hops == json.loads(on_networkx)["hops"]
        assert json.loads(on_neo4j.stdout) == json.loads(on_networkx)


def test_a_store_kept_open_across_a_re_ingest_and_sync_answers_from_the_new_graph(neo4j_uri, tmp_path):
    from tadori.graph.neo4j_store import Neo4jStore
    from tadori.ingest.recordstore import RecordStore

    store = str(tmp_path / "tadori.db")
    assert invoke("ingest", *map(str, SAMPLE_FILES), "--store", store)[0] == 0
    assert invoke("sync", "neo4j", "--store", store)[0] == 0
    with Neo4jStore.from_settings(RecordStore(Path(store))) as kept:
        before = trace(kept, "DV情報等")
        assert search(kept, "架空データ保守") == [] and before.hops
        generation = kept.generation()

        extra = tmp_path / "extra-flows.csv"
        extra.write_text(EXTRA_FLOW, encoding="utf-8")
        assert invoke("ingest", str(extra), "--store", store)[0] == 0
        assert trace(kept, "DV情報等").to_json() == before.to_json()  # Neo4j still holds the old graph
        assert invoke("sync", "neo4j", "--store", store)[0] == 0

        assert kept.generation() != generation
        after = trace(kept, "DV情報等")
        assert len(after.hops) == len(before.hops) + 1
        assert "架空データ保守株式会社" in {h.recipient["external"] for h in after.hops}
        assert [h.name for h in search(kept, "架空データ保守")] == ["架空データ保守株式会社"]
        assert exposure(kept, "住民基本台帳業務").to_json()["transitive"] != exposure(
            kept, "住民基本台帳業務", as_of="2019-01-01").to_json()["transitive"]
        assert cases(kept) == []


def test_sync_with_a_store_that_does_not_exist_is_one_error_line(neo4j_uri, tmp_path):
    code, out, err = invoke("sync", "neo4j", "--store", str(tmp_path / "none.db"))
    assert code == 2 and out == ""
    assert err.startswith("error: ") and err.count("\n") == 1 and "tadori ingest" in err


def test_sync_to_a_port_where_nothing_listens_is_one_error_line(neo4j_server, tmp_path):
    store = str(tmp_path / "tadori.db")
    assert invoke("ingest", *map(str, SAMPLE_FILES), "--store", store)[0] == 0
    from neo4j_server import free_port

    code, _, err = invoke("sync", "neo4j", "--store", store, "--uri", f"bolt://127.0.0.1:{free_port()}")
    assert code == 2 and err.startswith("error: ") and err.count("\n") == 1 and "does not answer" in err


@pytest.mark.parametrize("backend", ["networkx", "neo4j"])
def test_queries_on_the_synced_sample_agree_through_the_cli(neo4j_uri, tmp_path, backend, monkeypatch):
    store = str(tmp_path / "tadori.db")
    assert invoke("ingest", *map(str, SAMPLE_FILES), "--store", store)[0] == 0
    assert invoke("sync", "neo4j", "--store", store)[0] == 0
    monkeypatch.setenv("TADORI_BACKEND", backend)
    code, out, _ = invoke("trace", "DV情報等", "--mode", "confirmed", "--store", store, "--json")
    assert code == 0
    assert {h["recipient"]["business"] for h in json.loads(out)["hops"]} == {
        "介護保険資格管理業務", "介護保険料賦課徴収業務", "生活機能評価関係業務", "川口市災害時要援護者登録制度",
        "料金収納システム業務"}


def test_the_sync_leaves_the_graph_the_record_store_builds(neo4j_uri, tmp_path):
    from tadori.graph.neo4j_store import Neo4jStore, expected_counts
    from tadori.ingest.recordstore import RecordStore

    store = str(tmp_path / "tadori.db")
    assert invoke("ingest", *map(str, SAMPLE_FILES), "--store", store)[0] == 0
    assert invoke("sync", "neo4j", "--store", store)[0] == 0
    records = RecordStore(Path(store))
    with Neo4jStore.from_settings(records) as synced:
        documents = [d.to_dict() for d in records.documents()]
        assert synced.sync_counts() == expected_counts(build_graph_data(records), documents)
