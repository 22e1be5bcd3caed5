"""Graph elements and view state without a browser: layout, depth, expand, collapse, focus, URLs."""

from __future__ import annotations

import pytest

from tadori.dashboard.elements import STYLESHEET, highlight_stylesheet, trace_elements, visible_hops
from tadori.dashboard.trace_view import hop_row, node_card, trace_params, trace_search
from tadori.dashboard.urls import build_search, parse_search
from tadori.queries.trace import trace

HUB = "business:川口市:住民基本台帳業務"
SUPPORT = "business:川口市:川口市災害時要援護者登録制度"
COUNCIL = "external:川口市:川口市社会福祉協議会"


@pytest.fixture(scope="module")
def dv(sample_store):
    return trace(sample_store, "DV情報等", mode="both")


def nodes(elements):
    return {e["data"]["id"]: e for e in elements if "source" not in e["data"] and not e["data"].get("group")}


def edges(elements):
    return [e for e in elements if "source" in e["data"]]


def test_nodes_sit_in_columns_by_depth_left_to_right(dv):
    placed = nodes(trace_elements(dv))
    assert placed[HUB]["position"]["x"] == 0
    assert placed[SUPPORT]["position"]["x"] == placed["business:川口市:料金収納システム業務"]["position"]["x"] > 0
    assert placed[COUNCIL]["position"]["x"] > placed[SUPPORT]["position"]["x"]
    positions = [tuple(n["position"].values()) for n in placed.values()]
    assert len(positions) == len(set(positions))  # no two nodes on top of each other


def test_upstream_grows_to_the_left(sample_store):
    up = trace(sample_store, "被災者支援システム運用業務", direction="upstream")
    placed = nodes(trace_elements(up))
    assert all(n["position"]["x"] <= 0 for n in placed.values())


def test_shapes_and_lines_say_what_things_are(dv):
    elements = trace_elements(dv)
    assert "external" in nodes(elements)[COUNCIL]["classes"]
    assert "start" in nodes(elements)[HUB]["classes"]
    by_target = {e["data"]["target"]: e["classes"] for e in edges(elements)}
    assert "dashed" in by_target["business:川口市:料金収納システム業務"]  # external provision
    assert "solid" in by_target["business:川口市:介護保険資格管理業務"]
    assert "possible" in by_target["business:川口市:被災者支援システム運用業務"]
    assert "reasonable_grounds" in by_target["business:川口市:被災者支援システム運用業務"]


def test_businesses_are_grouped_in_their_department(dv):
    elements = trace_elements(dv)
    groups = {e["data"]["id"]: e for e in elements if e["data"].get("group")}
    kaigo = "group:川口市:介護保険課"
    assert groups[kaigo]["data"]["label"] == "介護保険課"
    members = [n for n in nodes(elements).values() if n["data"].get("parent") == kaigo]
    assert len(members) == 4
    assert elements.index(groups[kaigo]) < elements.index(members[0])  # parents first


def test_a_depth_hides_further_hops_and_counts_them_on_the_node(dv):
    shown, hidden = visible_hops(dv, depth=1)
    assert all(h.depth == 1 for h in shown) and hidden == {SUPPORT: 1}
    placed = nodes(trace_elements(dv, depth=1))
    assert COUNCIL not in placed and placed[SUPPORT]["data"]["label"].endswith("＋1")
    assert COUNCIL in nodes(trace_elements(dv, depth=1, expanded=[SUPPORT]))


def test_a_collapsed_department_is_one_box_and_its_edges_end_there(dv):
    elements = trace_elements(dv, collapsed=["group:川口市:介護保険課"])
    assert "business:川口市:介護保険資格管理業務" not in nodes(elements)
    box = next(e for e in elements if e["data"]["id"] == "group:川口市:介護保険課")
    assert "collapsed" in box["classes"] and "position" in box
    targets = [e["data"]["target"] for e in edges(elements)]
    assert targets.count("group:川口市:介護保険課") == 4
    assert SUPPORT not in {e["data"]["source"] for e in edges(elements)}  # its onward hop starts from the box


def test_focus_keeps_only_the_hops_from_the_start_to_the_node(dv, sample_store):
    assert {e["data"]["id"] for e in edges(trace_elements(dv, focus=COUNCIL))} == {
        h.flow_id for h in dv.hops if h.recipient["id"] in (SUPPORT, COUNCIL)}
    cycle = trace(sample_store, "住民基本台帳業務")
    focused = edges(trace_elements(cycle, focus="business:川口市:り災証明書等発行業務"))
    assert len(focused) == 2  # 住基 → 被災者支援 → り災証明; the way back is not on the path


def test_the_selected_row_is_highlighted():
    sheet = highlight_stylesheet(["flow:abc"])
    assert sheet[:len(STYLESHEET)] == STYLESHEET
    assert sheet[-1]["selector"] == 'edge[flow_id = "flow:abc"]'


@pytest.mark.parametrize("search", [
    "?item=DV%E6%83%85%E5%A0%B1%E7%AD%89",
    "?item=DV%E6%83%85%E5%A0%B1%E7%AD%89&direction=upstream&mode=confirmed&as_of=2014-03-31",
    "?item=x&kind=external_provision%2Conline_connection&basis=law&municipality=%E5%B7%9D%E5%8F%A3%E5%B8%82&tag=dv"
    "&depth=2&focus=business%3A%E5%B7%9D%E5%8F%A3%E5%B8%82%3Aa&expand=a%7Cb&collapse=group%3Ax&lang=en",
])
def test_a_trace_url_round_trips_through_the_view_state(search):
    assert trace_search(trace_params(parse_search(search))) == search


def test_bad_url_values_fall_back_to_defaults():
    params = trace_params({"direction": "sideways", "mode": "maybe", "depth": "lots"})
    assert (params["direction"], params["mode"], params["depth"]) == ("downstream", "both", 3)
    assert build_search({}) == ""


def test_a_row_and_a_card_are_page_text_in_either_language(dv, sample_store):
    row = hop_row(dv.hops[0], "en")
    assert row["kind"] == "purpose-outside use" and row["document"] == "sample-flows.csv" and row["line"] == 2
    assert hop_row(dv.hops[0])["kind"] == "目的外利用"
    card = node_card(sample_store, "business:川口市:介護保険資格管理業務")
    assert card["departments"] == ["介護保険課"] and "DV情報等" in card["items"]
    assert card["registrations"][0]["action"] == "modify"
    assert node_card(sample_store, "business:nowhere:none") is None
