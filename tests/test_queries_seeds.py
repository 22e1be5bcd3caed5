"""The queries on the three seed documents: parsed by ingest, and (the same answers) on their gold extraction.

The gold store is the hand-checked extraction in ../shared/gold loaded as records, so these
answers are checked today; the parsed store passes once the document parser reads the seeds
as the gold says.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from shared_data import require_shared

from tadori.graph.networkx_store import NetworkXStore
from tadori.ingest.loader import ingest_files
from tadori.ingest.records import CouncilCase, Document, Extraction, Flow, Registration, Statistic
from tadori.ingest.recordstore import RecordStore
from tadori.queries.council import cases
from tadori.queries.dv_gap import dv_gap
from tadori.queries.exposure import exposure
from tadori.queries.reconcile import reconcile
from tadori.queries.search import search
from tadori.queries.trace import trace

pytestmark = pytest.mark.seeds

KAWAGUCHI, KURUME = "川口市", "久留米市"


def gold_records(shared: Path, records: RecordStore) -> None:
    """Load each gold file as the extraction of its seed document (its bytes, its municipality)."""
    extractions = []
    for path in sorted((shared / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        seed = shared / "seeds" / gold["doc"]
        data = seed.read_bytes()
        document = Document(path=str(seed), sha256=hashlib.sha256(data).hexdigest(),
                            municipality=gold["municipality"], text=data.decode("utf-8"))
        extractions.append(Extraction(
            document=document,
            flows=[Flow.from_dict(f) for f in gold["flows"]],
            registrations=[Registration.from_dict(r) for r in gold["registrations"]],
            council_cases=[CouncilCase.from_dict({**c, "id": f"c{n}"}) for n, c in enumerate(gold["council_cases"], 1)],
            statistics=[Statistic.from_dict(s) for s in gold["statistics"]],
        ))
    records.add_many(extractions)


@pytest.fixture(scope="module", params=["parsed", "gold"])
def seeds_store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> NetworkXStore:
    shared = require_shared()
    records = RecordStore(tmp_path_factory.mktemp(f"seeds-{request.param}") / "tadori.db")
    if request.param == "parsed":
        ingest_files(records, sorted((shared / "seeds").glob("*.txt")))
    else:
        gold_records(shared, records)
    return NetworkXStore.from_records(records)


def near(line: int | None, expected: int) -> bool:
    return line is not None and abs(line - expected) <= 1  # the gold allows a line off by one


def test_dv_information_reaches_exactly_the_four_kaigo_businesses_and_the_water_bureau(seeds_store):
    result = trace(seeds_store, "DV情報等", municipality=KAWAGUCHI)
    assert sorted(h.recipient["name"] for h in result.hops) == [
        "介護保険料賦課徴収業務", "介護保険資格管理業務", "川口市災害時要援護者登録制度", "料金収納システム業務",
        "生活機能評価関係業務"]
    assert {h.source["name"] for h in result.hops} == {"住民基本台帳業務"}
    assert {h.start_date for h in result.hops} == {"2014-01-14", "2014-01-06"}


def test_the_upstream_of_the_disaster_support_system_in_kawaguchi(seeds_store):
    result = trace(seeds_store, "被災者支援システム運用業務", direction="upstream", municipality=KAWAGUCHI)
    assert sorted((h.depth, h.source["name"]) for h in result.hops) == [
        (1, "り災証明書等発行業務"), (1, "住民基本台帳業務"), (1, "固定資産税・都市計画税賦課業務"),
        (2, "被災者支援システム運用業務")]


def test_the_cumulative_exposure_of_juki_in_kawaguchi_by_fiscal_year(seeds_store):
    result = exposure(seeds_store, "住民基本台帳業務", municipality=KAWAGUCHI)
    assert result.by_fiscal_year == [
        {"fiscal_year": 2013, "businesses": 9, "departments": 6, "external_parties": 1, "contractors": 0,
         "flows": 11, "undated": 1}]  # the undated flow counts from its report's year (平成25年度), marked
    assert result.weakest_basis == "unknown"
    assert result.sensitivity == {"dv": ["DV情報等"]}


def test_the_dv_gap_of_kawaguchi(seeds_store):
    result = dv_gap(seeds_store, municipality=KAWAGUCHI)
    assert [(g.recipient["name"], g.address_items, g.whole_data) for g in result.gaps] == [
        ("川口市社会福祉協議会", [], True),
        ("空き家対策業務", ["住民登録地"], False),
        ("自立支援医療(育成医療)給付業務", ["世帯情報"], False),
        ("被災者支援システム運用業務", [], True),
    ]
    first_lines = [g.lines[0]["line"] for g in result.gaps]
    assert all(near(line, expected) for line, expected in zip(first_lines, [49, 47, 108, 111], strict=True))


def test_the_kurume_report_itemises_the_six_vital_interest_uses_it_counts_and_ten_of_eleven(seeds_store):
    rows = {(r.statistic["organ_or_basis"], r.statistic["kind"]): r for r in reconcile(seeds_store, year=2020).rows}
    vital = rows[("条例第9条第3項第3号(生命等の保護)", "purpose_outside_use")]
    assert (vital.statistic["count"], vital.itemised, vital.status) == (6, 6, "match")
    total = rows[("合計", "purpose_outside_use")]
    assert (total.statistic["count"], total.itemised, total.difference) == (11, 10, 1)
    assert rows[("市長", "registration_new")].status == "match"
    assert near(total.provenance["line"], 52)


def test_the_kurume_council_cases_by_year_and_article(seeds_store):
    everything = cases(seeds_store, municipality=KURUME)
    assert len(everything) == 16
    assert len(cases(seeds_store, municipality=KURUME, article="10-1-2")) == 12
    assert len(cases(seeds_store, municipality=KURUME, year=2020)) == 12
    assert sum(c.decision == "approved_with_opinion" for c in everything) == 2
    payment = next(c for c in everything if "ペイジー" in c.title)
    assert len(payment.flows) == 5


def test_search_finds_a_seed_business_and_a_council_case(seeds_store):
    assert search(seeds_store, "人事給与", limit=1)[0].name == "人事給与出退勤システム"
    assert search(seeds_store, "ペイジー口座振替", types=["CouncilCase"], limit=1)
