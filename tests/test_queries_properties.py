"""Properties of trace and paths on generated graphs (hypothesis), cycles and dates included."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tadori.queries.paths import paths
from tadori.queries.testing import store_from_flows
from tadori.queries.trace import trace

NAMES = [f"業務{i}" for i in range(6)]
ITEMS = ["項目A", "項目B"]
DATES = [None, "2013-04-01", "2014-01-14", "2015-10-01", "2017-03-31"]
CHECK_DATES = ["2013-01-01", "2013-04-01", "2014-06-30", "2016-01-01", "2018-01-01"]

flow_rows = st.fixed_dictionaries({
    "source": st.sampled_from(NAMES),
    "target": st.sampled_from(NAMES),  # self-loops and cycles on purpose
    "kind": st.sampled_from(["purpose_outside_use", "external_provision"]),
    "basis": st.sampled_from(["law", "consent", "unknown"]),
    "start_date": st.sampled_from(DATES),
    "items": st.lists(st.sampled_from(ITEMS), max_size=2, unique=True),
})
graphs = st.lists(flow_rows, min_size=1, max_size=14)
EXAMPLES = settings(max_examples=40, deadline=None)


def ids(result) -> set[str]:
    return {h.flow_id for h in result.hops}


def start_name(rows) -> str:
    return rows[0]["source"]


@EXAMPLES
@given(graphs, st.sampled_from(ITEMS))
def test_confirmed_hops_are_a_subset_of_possible_hops(rows, item):
    store = store_from_flows(rows)
    confirmed = trace(store, start_name(rows), item=item, mode="confirmed")
    both = trace(store, start_name(rows), item=item, mode="both")
    assert ids(confirmed) <= ids(both)
    assert all(h.status == "confirmed" for h in confirmed.hops)


@EXAMPLES
@given(graphs, st.sampled_from(CHECK_DATES), st.sampled_from(CHECK_DATES))
def test_a_later_as_of_never_hides_a_hop_an_earlier_one_showed(rows, first, second):
    early, late = sorted((first, second))
    store = store_from_flows(rows)
    assert ids(trace(store, start_name(rows), as_of=early)) <= ids(trace(store, start_name(rows), as_of=late))


@EXAMPLES
@given(graphs, st.sampled_from(CHECK_DATES), st.sampled_from(CHECK_DATES), st.sampled_from(NAMES),
       st.sampled_from(DATES[1:]))
def test_a_later_as_of_hides_hops_only_when_something_was_abolished_or_ended(rows, first, second, abolished_name,
                                                                           abolished_on):
    early, late = sorted((first, second))
    rows = [dict(r, end_date="2016-06-30") if n % 3 == 0 else r for n, r in enumerate(rows)]
    store = store_from_flows(rows, abolished={abolished_name: abolished_on})
    lost = ids(trace(store, start_name(rows), as_of=early)) - ids(trace(store, start_name(rows), as_of=late))
    changed = early < "2016-06-30" <= late or early < abolished_on <= late
    assert not lost or changed


@EXAMPLES
@given(graphs, st.sampled_from([None, *CHECK_DATES]), st.sampled_from([None, *ITEMS]),
       st.sampled_from(["confirmed", "both"]))
def test_the_upstream_trace_of_any_node_reached_downstream_contains_the_start(rows, as_of, item, mode):
    store = store_from_flows(rows)
    down = trace(store, start_name(rows), as_of=as_of, item=item, mode=mode)
    start_id = down.start_ids[0]
    for name in {h.recipient["name"] for h in down.hops}:
        up = trace(store, name, direction="upstream", as_of=as_of, item=item, mode=mode)
        assert start_id in up.node_ids()


@EXAMPLES
@given(graphs, st.sampled_from(["downstream", "upstream"]), st.sampled_from([None, 1, 3]))
def test_traces_terminate_on_cyclic_graphs_with_each_flow_once(rows, direction, max_depth):
    store = store_from_flows(rows)
    result = trace(store, start_name(rows), direction=direction, max_depth=max_depth)
    flow_ids = [h.flow_id for h in result.hops]
    assert len(flow_ids) == len(set(flow_ids)) <= len(rows)
    assert max_depth is None or all(h.depth <= max_depth for h in result.hops)


@EXAMPLES
@given(graphs, st.integers(min_value=1, max_value=5))
def test_paths_are_simple_end_at_the_target_and_respect_the_depth(rows, max_depth):
    store = store_from_flows(rows)
    source, target = start_name(rows), rows[-1]["target"]
    if source == target:
        return
    for path in paths(store, source, target, max_depth=max_depth).paths:
        nodes = [path.hops[0].source["name"]] + [h.recipient["name"] for h in path.hops]
        assert nodes[0] == source and nodes[-1] == target
        assert len(nodes) == len(set(nodes)) and len(path.hops) <= max_depth
        assert all(a.recipient["id"] == b.source["id"] for a, b in zip(path.hops, path.hops[1:], strict=False))
