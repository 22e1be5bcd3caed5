"""Neo4jStore against a mocked ``neo4j.Driver`` that answers with real Records and EagerResults.

No server runs here: these tests pin down what the store sends (the exact statement from
tadori.graph.cypher, its parameters, database and routing) and how it reads the answers
back into Tadori's types, and how driver errors become Tadori's errors.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any
from unittest.mock import MagicMock

import neo4j
import neo4j.time
import pytest
from click.testing import CliRunner
from neo4j import Address, EagerResult, Record, ResultSummary, RoutingControl, ServerInfo
from neo4j.exceptions import AuthError, ConstraintError, CypherSyntaxError, ServiceUnavailable

from tadori.errors import StoreError, StoreUnavailable
from tadori.graph import cypher
from tadori.graph.build import build_graph_data
from tadori.graph.model import Case, FlowEdge, Node
from tadori.graph.neo4j_store import Neo4jStore, expected_counts, sync_plan
from tadori.ingest.loader import ingest_files
from tadori.ingest.recordstore import RecordStore

EXAMPLES = ["examples/sample-flows.csv", "examples/sample-registrations.csv"]
ADDRESS = Address(("localhost", 7687))


def eager(*rows: dict[str, Any]) -> EagerResult:
    """What execute_query returns: real Record objects and a real ResultSummary."""
    summary = ResultSummary(ADDRESS, bool(rows), bool(rows), {"server": ServerInfo(ADDRESS, (5, 8)), "db": "tadori"})
    keys = list(rows[0]) if rows else []
    return EagerResult([Record(row) for row in rows], summary, keys)


def fake_driver(answer=None) -> MagicMock:
    """A Driver whose execute_query answers ``answer(query, parameters)`` (default: no records)."""
    driver = MagicMock(spec=neo4j.Driver)

    def execute_query(query, parameters_=None, routing_=RoutingControl.WRITE, database_=None, **_):
        return answer(query, parameters_ or {}) if answer else eager()

    driver.execute_query.side_effect = execute_query
    return driver


def sent(driver: MagicMock) -> list[tuple[str, dict[str, Any], Any, Any]]:
    return [(c.args[0], c.kwargs["parameters_"], c.kwargs["routing_"], c.kwargs["database_"])
            for c in driver.execute_query.call_args_list]


FLOW_PROPERTIES = {
    "id": "flow:1", "seq": 0, "kind": "purpose_outside_use", "basis": "law", "basis_text": "法令等",
    "start_date": neo4j.time.Date(2014, 1, 14), "items": ["DV情報等"], "item_keys": ["dv情報"],
    "municipality": "川口市", "source_department": "市民課", "source_business": "住民基本台帳業務",
    "recipient_department": "介護保険課", "recipient_business": "介護保険資格管理業務", "council_cases": ["case:d:1"],
    "provenance": json.dumps([{"document": "a.csv", "document_id": "d", "line": 2, "quote": None}]),
    "doc": "a.csv", "line": 2,
}
FLOW_RECORD = {"flow": FLOW_PROPERTIES, "source": "business:川口市:住民基本台帳業務",
               "target": "business:川口市:介護保険資格管理業務"}


@pytest.fixture
def sample_records(tmp_path, monkeypatch) -> RecordStore:
    monkeypatch.chdir(__import__("pathlib").Path(__file__).parent.parent)
    records = RecordStore(tmp_path / "t.db")
    ingest_files(records, EXAMPLES)
    return records


# -- reads --------------------------------------------------------------------------------------
def test_node_sends_the_union_lookup_as_a_read_on_the_configured_database():
    driver = fake_driver(lambda q, p: eager({"node": {"id": "business:x:a", "name": "a", "municipality": "x",
                                                      "departments": ["課"], "abolished": neo4j.time.Date(2020, 3, 31)},
                                             "label": "Business"}))
    node = Neo4jStore(driver, database="tadori").node("business:x:a")
    assert sent(driver) == [(cypher.NODE_QUERY, {"id": "business:x:a"}, RoutingControl.READ, "tadori")]
    assert node == Node(id="business:x:a", label="Business", name="a", municipality="x", departments=["課"],
                        abolished="2020-03-31")


def test_a_missing_node_or_flow_is_none():
    store = Neo4jStore(fake_driver())
    assert store.node("nope") is None
    assert store.flow("nope") is None


def test_flow_records_map_back_to_flow_edges_with_dates_and_provenance():
    driver = fake_driver(lambda q, p: eager(FLOW_RECORD))
    store = Neo4jStore(driver)
    assert store.out_flows("business:川口市:住民基本台帳業務") == [FlowEdge(
        id="flow:1", source="business:川口市:住民基本台帳業務", target="business:川口市:介護保険資格管理業務",
        kind="purpose_outside_use", basis="law", basis_text="法令等", start_date="2014-01-14", end_date=None,
        items=["DV情報等"], reason=None, municipality="川口市", source_department="市民課",
        source_business="住民基本台帳業務", recipient_department="介護保険課",
        recipient_business="介護保険資格管理業務", recipient_external=None,
        provenance=[{"document": "a.csv", "document_id": "d", "line": 2, "quote": None}],
        council_cases=["case:d:1"])]
    assert sent(driver) == [(cypher.OUT_FLOWS_QUERY, {"id": "business:川口市:住民基本台帳業務"},
                             RoutingControl.READ, "neo4j")]


def test_flows_with_an_item_are_read_once_per_sync_generation():
    answers = {cypher.GENERATION_QUERY: [{"generation": "g1"}], cypher.FLOWS_WITH_ITEM_QUERY: [FLOW_RECORD]}
    driver = fake_driver(lambda q, p: eager(*answers[q]))
    store = Neo4jStore(driver)
    # the item key is computed in Python (NFKC, no trailing 等), as the networkx store does
    assert [f.id for f in store.flows_with_item("ＤＶ情報等")] == ["flow:1"]
    assert [f.id for f in store.flows_with_item("DV情報")] == ["flow:1"]
    answers[cypher.GENERATION_QUERY] = [{"generation": "g2"}]  # a sync happened
    store.flows_with_item("DV情報等")
    assert [(q, p) for q, p, *_ in sent(driver)] == [
        (cypher.GENERATION_QUERY, {}), (cypher.FLOWS_WITH_ITEM_QUERY, {"key": "dv情報"}),
        (cypher.GENERATION_QUERY, {}),
        (cypher.GENERATION_QUERY, {}), (cypher.FLOWS_WITH_ITEM_QUERY, {"key": "dv情報"})]


@pytest.mark.parametrize(("call", "query", "parameters"), [
    (lambda s: s.in_flows("n"), cypher.IN_FLOWS_QUERY, {"id": "n"}),
    (lambda s: s.flow("flow:1"), cypher.FLOW_QUERY, {"id": "flow:1"}),
    (lambda s: s.flows(), cypher.FLOWS_QUERY, {"municipality": None}),
    (lambda s: s.flows("川口市"), cypher.FLOWS_QUERY, {"municipality": "川口市"}),
    # the item key is computed in Python (NFKC, no trailing 等), as the networkx store does
])
def test_flow_reads_send_their_statement_and_parameters(call, query, parameters):
    driver = fake_driver(lambda q, p: eager(FLOW_RECORD))
    result = call(Neo4jStore(driver))
    assert sent(driver) == [(query, parameters, RoutingControl.READ, "neo4j")]
    assert (result if isinstance(result, FlowEdge) else result[0]).id == "flow:1"


def test_nodes_of_one_label_use_that_label_s_statement():
    driver = fake_driver(lambda q, p: eager({"node": {"id": "department:x:課", "name": "課"}, "label": "Department",
                                             "seq": 3}))
    nodes = Neo4jStore(driver).nodes("Department", "x")
    assert sent(driver) == [(cypher.nodes_query("Department"), {"municipality": "x"}, RoutingControl.READ, "neo4j")]
    assert nodes == [Node(id="department:x:課", label="Department", name="課")]


def test_nodes_of_an_unknown_label_are_none_and_send_nothing():
    driver = fake_driver()
    assert Neo4jStore(driver).nodes("Robot") == []
    assert driver.execute_query.call_count == 0


def test_holders_businesses_names_and_counts():
    answers = {
        cypher.HOLDERS_QUERY: eager({"id": "business:x:a"}, {"id": "business:x:b"}),
        cypher.BUSINESSES_OF_QUERY: eager({"id": "business:x:a"}),
        cypher.NODE_NAMES_QUERY: eager({"name": "a", "label": "Business", "id": "business:x:a"}),
        cypher.CASE_NAMES_QUERY: eager({"name": "諮問1", "label": "CouncilCase", "id": "case:d:1"}),
        cypher.COUNTS_QUERY: eager({"Business": 2, "Department": 1, "DataItem": 1, "ExternalParty": 0,
                                    "FLOWS_TO": 1, "CouncilCase": 1}),
    }
    driver = fake_driver(lambda q, p: answers[q])
    store = Neo4jStore(driver)
    assert store.holders("DV情報等") == ["business:x:a", "business:x:b"]
    assert store.businesses_of("department:x:課") == ["business:x:a"]
    assert store.names() == [("a", "Business", "business:x:a"), ("諮問1", "CouncilCase", "case:d:1")]
    assert store.counts()["FLOWS_TO"] == 1
    assert sent(driver)[0] == (cypher.HOLDERS_QUERY, {"item_id": "item:dv情報"}, RoutingControl.READ, "neo4j")
    assert sent(driver)[1][1] == {"id": "department:x:課"}


def test_cases_map_back_with_their_flow_ids_and_provenance():
    provenance = {"document": "m.txt", "document_id": "d", "line": 7, "quote": "諮問第1号"}
    driver = fake_driver(lambda q, p: eager({"case": {
        "id": "case:d:1", "seq": 0, "municipality": "川口市", "date": neo4j.time.Date(2013, 12, 20), "title": "諮問1",
        "articles": ["第9条"], "decision": "approved", "flow_ids": ["flow:1"], "provenance": json.dumps(provenance)}}))
    case = Case(id="case:d:1", municipality="川口市", date="2013-12-20", title="諮問1", articles=["第9条"],
                decision="approved", flow_ids=["flow:1"], provenance=provenance)
    store = Neo4jStore(driver)
    assert store.cases("川口市") == [case]
    assert store.case("case:d:1") == case
    assert sent(driver) == [(cypher.CASES_QUERY, {"municipality": "川口市"}, RoutingControl.READ, "neo4j"),
                            (cypher.CASE_QUERY, {"id": "case:d:1"}, RoutingControl.READ, "neo4j")]


def test_records_come_from_the_record_store_not_from_neo4j(sample_records):
    driver = fake_driver()
    store = Neo4jStore(driver, records=sample_records)
    assert [d["name"] for d in store.documents()] == ["sample-flows.csv", "sample-registrations.csv"]
    assert len(store.registrations()) == 10
    assert store.diagnostics() == [] and store.statistics() == []
    assert driver.execute_query.call_count == 0


def test_without_a_record_store_documents_are_the_document_nodes():
    driver = fake_driver(lambda q, p: eager({"document": {"id": "d", "name": "a.csv", "seq": 0}}))
    store = Neo4jStore(driver)
    assert store.documents() == [{"id": "d", "name": "a.csv"}]
    assert store.document_text("d") is None and store.registrations() == []


# -- sync -----------------------------------------------------------------------------------------
def _answer_counts(expected: dict[str, int]):
    def answer(query, parameters):
        return eager(expected) if query == cypher.SYNC_COUNTS_QUERY else eager()
    return answer


def test_sync_creates_the_schema_then_writes_batches_and_checks_the_counts(sample_records):
    data = build_graph_data(sample_records)
    documents = [d.to_dict() for d in sample_records.documents()]
    expected = expected_counts(data, documents)
    driver = fake_driver(_answer_counts(expected))
    progress: list[tuple[str, int]] = []
    counts = Neo4jStore(driver, database="tadori").sync(data, documents, batch_size=10,
                                                        on_progress=lambda d, n: progress.append((d, n)))
    assert counts == expected
    calls = sent(driver)
    assert [q for q, *_ in calls[:len(cypher.SCHEMA_STATEMENTS)]] == list(cypher.SCHEMA_STATEMENTS)
    writes = calls[len(cypher.SCHEMA_STATEMENTS):-1]
    assert all(routing == RoutingControl.WRITE and db == "tadori" for _, _, routing, db in writes)
    assert calls[-1] == (cypher.SYNC_COUNTS_QUERY, {}, RoutingControl.READ, "tadori")
    batches = [p["rows"] for _, p, _, _ in writes if "rows" in p]
    assert all(0 < len(rows) <= 10 for rows in batches)
    flow_rows = [row for q, p, _, _ in writes if "FLOWS_TO {id: row.id}" in q for row in p["rows"]]
    assert sorted(row["id"] for row in flow_rows) == sorted(data.flows)
    assert sum(n for _, n in progress) == sum(step.size for step in sync_plan(data, documents))
    # dates travel as dates (the driver sends a Cypher DATE), ids and values as parameters
    first = next(row for row in flow_rows if row["properties"]["seq"] == 0)
    assert first["properties"]["start_date"] == date(2014, 1, 14)


def test_syncing_twice_sends_the_same_statements_and_parameters(sample_records):
    data = build_graph_data(sample_records)
    expected = expected_counts(data)
    first, second = fake_driver(_answer_counts(expected)), fake_driver(_answer_counts(expected))
    Neo4jStore(first).sync(data)
    Neo4jStore(second).sync(build_graph_data(sample_records))
    stamp = [i for i, (query, *_) in enumerate(sent(first)) if query == cypher.STAMP_SYNC_QUERY]
    assert stamp == [len(sent(first)) - 2]  # the last write, just before the counts
    assert [c for i, c in enumerate(sent(first)) if i not in stamp] == [
        c for i, c in enumerate(sent(second)) if i not in stamp]
    assert sent(first)[stamp[0]][1]["generation"] != sent(second)[stamp[0]][1]["generation"]  # readers see a sync


def test_sync_fails_when_neo4j_does_not_hold_what_was_sent(sample_records):
    data = build_graph_data(sample_records)
    wrong = {**expected_counts(data), "FLOWS_TO": 0}
    with pytest.raises(StoreError, match=r"FLOWS_TO 0 \(expected 39\)"):
        Neo4jStore(fake_driver(_answer_counts(wrong)), where="bolt://db:7687").sync(data)


def test_every_statement_sent_is_one_the_lint_gate_checks(sample_records):
    data = build_graph_data(sample_records)
    driver = fake_driver(_answer_counts(expected_counts(data)))
    store = Neo4jStore(driver)
    store.sync(data)
    store.node("x"), store.nodes(), store.nodes("Business"), store.flow("x"), store.flows(), store.out_flows("x")
    store.in_flows("x"), store.flows_with_item("x"), store.holders("x"), store.businesses_of("x"), store.cases()
    store.names(), store.counts(), store.documents(), store.case("x"), store.generation()
    known = set(cypher.statements().values())
    assert {q for q, *_ in sent(driver)} - known == set()


def _native(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _native(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_native(v) for v in value]
    return value.to_native() if isinstance(value, neo4j.time.Date) else value


def test_every_parameter_sent_survives_the_driver_s_bolt_encoding(sample_records):
    # The driver's own PackStream encoder and decoder (private modules: no public API packs
    # offline), so a value Bolt cannot carry (a set, a tuple key, a custom object) fails here.
    import io

    from neo4j._codec.hydration.bolt.v2 import HydrationHandler
    from neo4j._codec.packstream.v1 import Packer, UnpackableBuffer, Unpacker

    data = build_graph_data(sample_records)
    documents = [d.to_dict() for d in sample_records.documents()]
    driver = fake_driver(_answer_counts(expected_counts(data, documents)))
    store = Neo4jStore(driver)
    store.sync(data, documents)
    handler = HydrationHandler()
    for query, parameters, _, _ in sent(driver):
        stream = io.BytesIO()
        Packer(stream).pack(parameters, dehydration_hooks=handler.dehydration_hooks)
        buffer = UnpackableBuffer()
        buffer.data, buffer.used = bytearray(stream.getvalue()), len(stream.getvalue())
        decoded = Unpacker(buffer).unpack(handler.new_hydration_scope().hydration_hooks)
        assert _native(decoded) == parameters, query


# -- errors -----------------------------------------------------------------------------------------
def _failing(error: Exception) -> MagicMock:
    driver = MagicMock(spec=neo4j.Driver)
    driver.execute_query.side_effect = error
    return driver


@pytest.mark.parametrize(("error", "tadori_error", "message"), [
    (ServiceUnavailable("Couldn't connect to db:7687\n(reason: refused)"), StoreUnavailable,
     r"^bolt://db:7687: Neo4j does not answer \(Couldn't connect to db:7687 \(reason: refused\)\); is the server"),
    (AuthError("The client is unauthorized"), StoreUnavailable, "refused the credentials .*TADORI_NEO4J_PASSWORD"),
    (ConstraintError("already exists with label `Business`"), StoreError, "uniqueness constraint failed"),
    (CypherSyntaxError("Invalid input"), StoreError, "Neo4j failed to read a node: Invalid input"),
])
def test_driver_errors_become_tadori_errors_on_one_line(error, tadori_error, message):
    with pytest.raises(tadori_error, match=message) as raised:
        Neo4jStore(_failing(error), where="bolt://db:7687").node("x")
    assert "\n" not in str(raised.value)
    assert type(raised.value) is tadori_error


def test_a_constraint_error_during_sync_is_a_store_error(sample_records):
    with pytest.raises(StoreError, match="refused to create the schema: a uniqueness constraint failed"):
        Neo4jStore(_failing(ConstraintError("conflicting data"))).sync(build_graph_data(sample_records))


# -- composition -------------------------------------------------------------------------------------
def test_from_settings_without_a_uri_says_which_variable_to_set(monkeypatch):
    monkeypatch.delenv("TADORI_NEO4J_URI", raising=False)
    with pytest.raises(StoreUnavailable, match="set TADORI_NEO4J_URI"):
        Neo4jStore.from_settings(None)


def test_from_settings_builds_the_driver_from_the_environment_and_verifies_it(monkeypatch):
    driver = fake_driver()
    made: list[tuple[str, Any]] = []
    monkeypatch.setattr(neo4j.GraphDatabase, "driver",
                        lambda uri, auth, **config: made.append((uri, auth)) or driver)
    monkeypatch.setenv("TADORI_NEO4J_URI", "neo4j://db:7687")
    monkeypatch.setenv("TADORI_NEO4J_USER", "reader")
    monkeypatch.setenv("TADORI_NEO4J_PASSWORD", "secret")
    monkeypatch.setenv("TADORI_NEO4J_DATABASE", "tadori")
    store = Neo4jStore.from_settings(None)
    assert made == [("neo4j://db:7687", ("reader", "secret"))]
    assert store.database == "tadori" and store.driver is driver
    driver.verify_connectivity.assert_called_once()


def test_from_settings_follows_the_names_and_defaults_of_tadori_settings(monkeypatch):
    from tadori.settings import SETTINGS

    made: list[tuple[str, Any]] = []
    monkeypatch.setattr(neo4j.GraphDatabase, "driver", lambda uri, auth, **config: made.append((uri, auth)) or
                        fake_driver())
    for name in ("neo4j_uri", "neo4j_user", "neo4j_password", "neo4j_database"):
        monkeypatch.delenv(SETTINGS[name].env, raising=False)
    monkeypatch.setenv(SETTINGS["neo4j_uri"].env, "bolt://db:7687")
    store = Neo4jStore.from_settings(None)
    assert made == [("bolt://db:7687", (SETTINGS["neo4j_user"].default, ""))]
    assert store.database == SETTINGS["neo4j_database"].default
    monkeypatch.setenv(SETTINGS["neo4j_user"].env, "u")
    monkeypatch.setenv(SETTINGS["neo4j_password"].env, "p")
    monkeypatch.setenv(SETTINGS["neo4j_database"].env, "d")
    assert Neo4jStore.from_settings(None, user="arg").database == "d"
    assert made[-1] == ("bolt://db:7687", ("arg", "p"))  # an argument beats the environment


def test_from_settings_closes_the_driver_when_the_server_does_not_answer(monkeypatch):
    driver = fake_driver()
    driver.verify_connectivity.side_effect = ServiceUnavailable("no route")
    monkeypatch.setattr(neo4j.GraphDatabase, "driver", lambda uri, auth, **config: driver)
    with pytest.raises(StoreUnavailable, match="neo4j://db:7687: Neo4j does not answer"):
        Neo4jStore.from_settings(None, uri="neo4j://db:7687")
    driver.close.assert_called_once()


def test_the_wiring_opens_a_neo4j_store_when_the_backend_says_so(monkeypatch, sample_records):
    from tadori.wiring import open_graph_store

    monkeypatch.setattr(neo4j.GraphDatabase, "driver", lambda uri, auth, **config: fake_driver())
    monkeypatch.setenv("TADORI_NEO4J_URI", "bolt://db:7687")
    store = open_graph_store(str(sample_records.path), "neo4j")
    assert isinstance(store, Neo4jStore) and store.records is not None


# -- the command line -------------------------------------------------------------------------------
def test_tadori_sync_neo4j_loads_and_reports_the_counts(monkeypatch, sample_records):
    from tadori.cli import cli

    data = build_graph_data(sample_records)
    documents = [d.to_dict() for d in sample_records.documents()]
    driver = fake_driver(_answer_counts(expected_counts(data, documents)))
    monkeypatch.setattr(neo4j.GraphDatabase, "driver", lambda uri, auth, **config: driver)
    monkeypatch.setenv("TADORI_NEO4J_URI", "bolt://db:7687")
    monkeypatch.setenv("TADORI_NEO4J_PASSWORD", "secret")
    result = CliRunner().invoke(cli, ["sync", "neo4j", "--store", str(sample_records.path), "--batch-size", "7"])
    assert result.exit_code == 0, result.output
    assert "counts match" in result.output and "FLOWS_TO" in result.output
    driver.close.assert_called_once()


@pytest.mark.parametrize(("environment", "message"), [
    ({}, "error: no Neo4j server configured: set TADORI_NEO4J_URI"),
    # a real driver against a closed loopback port: refused at once
    ({"TADORI_NEO4J_URI": "bolt://127.0.0.1:9"}, "error: bolt://127.0.0.1:9: Neo4j does not answer"),
    ({"TADORI_NEO4J_URI": "http:/x"}, "error: TADORI_NEO4J_URI='http:/x' is not a usable Neo4j URI"),
])
def test_tadori_sync_neo4j_without_a_server_is_one_error_line_and_exit_2(monkeypatch, sample_records,
                                                                           environment, message):
    from tadori.cli import cli

    monkeypatch.delenv("TADORI_NEO4J_URI", raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    result = CliRunner().invoke(cli, ["sync", "neo4j", "--store", str(sample_records.path)])
    assert result.exit_code == 2
    assert result.output.startswith(message), result.output
    assert result.output.count("\n") == 1
