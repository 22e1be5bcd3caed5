"""A synthetic national record store: many cities, each shaped like the published reports.

``tadori synth`` and the benchmarks use it. Each city has the departments and businesses a Japanese
city registers (市民課's 住民基本台帳業務, the tax businesses, insurance, welfare, schools, the water
bureau …) plus numbered filler businesses up to ``businesses``. Its flows fan out heavy-tailed: most
leave 住民基本台帳業務 and the tax businesses, as in the seeds; DV情報等 leaves 住民基本台帳業務 for
the insurance and billing businesses, and one of them passes it on. Kinds, bases and start dates
spread over fiscal years 2005–2024; flows on a council basis are grouped into one council case per
city and fiscal year. The same seed gives the same store, byte for byte.

>>> extraction = next(city_extractions(municipalities=1, flows_per_city=50, seed=1))
>>> extraction.document.municipality, len(extraction.flows)
('架空市0000', 50)
>>> sorted({f.recipient_business for f in extraction.flows if "DV情報等" in f.items})[:2]
['介護保険料賦課徴収業務', '介護保険資格管理業務']
"""

from __future__ import annotations

import hashlib
import itertools
import random
from collections.abc import Callable, Iterator
from pathlib import Path

from .records import CouncilCase, Document, Extraction, Flow
from .recordstore import RecordStore

__all__ = ["CATALOGUE", "city_extractions", "report_text", "write_record_store"]

# Department → the businesses it registers; the first rows are the heavy sources of the seeds.
CATALOGUE: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("市民課", ("住民基本台帳業務", "戸籍業務", "印鑑登録業務")),
    ("市民税課", ("個人住民税賦課業務", "税証明発行業務")),
    ("資産税課", ("固定資産税賦課業務",)),
    ("収納課", ("市税収納業務", "滞納整理業務")),
    ("保険年金課", ("国民健康保険業務", "国民年金業務", "後期高齢者医療業務")),
    ("介護保険課", ("介護保険資格管理業務", "介護保険料賦課徴収業務")),
    ("障害福祉課", ("障害者手帳交付業務", "障害福祉サービス業務")),
    ("子育て支援課", ("児童手当業務", "保育所入所業務")),
    ("生活福祉課", ("生活保護業務",)),
    ("健康増進課", ("予防接種業務", "がん検診業務")),
    ("防災課", ("避難行動要支援者名簿業務",)),
    ("学務課", ("就学事務", "就学援助業務")),
    ("水道局営業課", ("料金収納システム業務",)),
    ("選挙管理委員会事務局", ("選挙人名簿管理業務",)),
)
# Relative weight of a business as a source of flows; the rest fall off as 1 / rank.
_HEAVY_SOURCES = {"住民基本台帳業務": 30.0, "個人住民税賦課業務": 15.0, "固定資産税賦課業務": 6.0,
                  "国民健康保険業務": 6.0, "市税収納業務": 4.0}
# Where the DV flag goes from 住民基本台帳業務, and the one business that passes it on (as in the seeds).
_DV_RECIPIENTS = ("介護保険資格管理業務", "介護保険料賦課徴収業務", "国民健康保険業務", "料金収納システム業務",
                  "児童手当業務")
_DV_ONWARD = ("国民健康保険業務", "後期高齢者医療業務")
_EXTERNAL = ("社会福祉協議会", "日本年金機構", "自衛隊地方協力本部", "警察署", "民生委員",
             "地方公共団体情報システム機構", "委託事業者")
_ITEMS = ("住所", "氏名", "生年月日", "性別", "世帯情報", "課税状況", "国民健康保険加入状況", "電話番号",
          "口座情報", "障害の程度", "要介護度")
_BASES = {
    "purpose_outside_use": (("reasonable_grounds", "相当の理由・権利利益を害しない", 5), ("law", "法令等", 3),
                            ("consent", "本人同意", 2), ("council", "条例第9条第3項第4号", 2)),
    "external_provision": (("law", "法令等", 5), ("consent", "本人同意", 2), ("vital_interest", "生命等の保護", 1),
                           ("council", "条例第10条第1項第2号", 2)),
    "online_connection": (("council", "条例第12条第2項", 3), ("law", "法令等", 2)),
}
FISCAL_YEARS = range(2005, 2025)


def _businesses(total: int) -> list[tuple[str, str]]:
    """(department, business) of one city: the catalogue, then numbered filler businesses."""
    named = [(department, business) for department, names in CATALOGUE for business in names]
    filler = [(f"課{n % 40:02d}", f"業務{n:04d}") for n in range(len(named), max(total, len(named)))]
    return named + filler


def _date(rng: random.Random, fiscal_year: int) -> str:
    month = rng.randrange(4, 16)  # April of the fiscal year to March of the next
    year, month = (fiscal_year, month) if month <= 12 else (fiscal_year + 1, month - 12)
    return f"{year}-{month:02d}-{rng.randrange(1, 29):02d}"


def _basis(rng: random.Random, kind: str) -> tuple[str, str]:
    choices = _BASES[kind]
    basis, text, _ = rng.choices(choices, weights=[weight for *_, weight in choices])[0]
    return basis, text


def _city_flows(rng: random.Random, flows_per_city: int, businesses: list[tuple[str, str]]) -> list[Flow]:
    index = {business: n for n, (_, business) in enumerate(businesses)}
    weights = [_HEAVY_SOURCES.get(business, 1.0 / (1 + rank * 0.05)) for rank, (_, business) in enumerate(businesses)]
    cumulative = list(itertools.accumulate(weights))
    population = range(len(businesses))
    planned: list[tuple[int, int | None, str | None, list[str], str]] = []
    for name in _DV_RECIPIENTS:  # the DV flag leaves the resident register …
        kind = "external_provision" if name == "料金収納システム業務" else "purpose_outside_use"
        planned.append((index["住民基本台帳業務"], index[name], None, ["DV情報等", "住所"], kind))
    source, target = _DV_ONWARD  # … and one recipient passes it on
    planned.append((index[source], index[target], None, ["DV情報等", "住所"], "purpose_outside_use"))
    flows: list[Flow] = []
    for n in range(flows_per_city):
        if n < len(planned):
            source_at, target_at, external, items, kind = planned[n]
        else:
            source_at = rng.choices(population, cum_weights=cumulative)[0]
            roll = rng.random()
            if roll < 0.15:
                kind, target_at, external = "external_provision", None, rng.choice(_EXTERNAL[:-1])
            elif roll < 0.22:
                kind, target_at, external = "online_connection", None, "委託事業者"
            else:
                kind, target_at, external = "purpose_outside_use", rng.randrange(len(businesses)), None
                if target_at == source_at:
                    target_at = (target_at + 1) % len(businesses)
            items = rng.sample(_ITEMS, rng.randrange(0, 4))
        basis, basis_text = _basis(rng, kind)
        source_department, source_business = businesses[source_at]
        recipient_department, recipient_business = businesses[target_at] if target_at is not None else (None, None)
        flows.append(Flow(
            id=f"f{n + 1}", source_department=source_department, source_business=source_business,
            recipient_department=recipient_department, recipient_business=recipient_business,
            recipient_external=external, kind=kind, basis=basis, basis_text=basis_text,
            start_date=_date(rng, rng.choice(FISCAL_YEARS)), items=items, line=n + 3,
        ))
    return flows


def _fiscal_year(date: str) -> int:
    year, month = int(date[:4]), int(date[5:7])
    return year if month >= 4 else year - 1


def _council_cases(flows: list[Flow], first_line: int) -> list[CouncilCase]:
    """One case a fiscal year for the flows on a council basis, decided the day before the first starts."""
    by_year: dict[int, list[Flow]] = {}
    for flow in flows:
        if flow.basis == "council" and flow.start_date:
            by_year.setdefault(_fiscal_year(flow.start_date), []).append(flow)
    cases = []
    for n, (year, approved) in enumerate(sorted(by_year.items()), start=1):
        first = min(flow.start_date or "" for flow in approved)
        cases.append(CouncilCase(
            id=f"c{n}", date=first, title=f"{year}年度 保有個人情報の目的外利用及び外部提供について",
            articles=sorted({flow.basis_text or "" for flow in approved}), decision="approved",
            flow_ids=[flow.id for flow in approved], line=first_line + n - 1,
        ))
    return cases


def report_text(municipality: str, extraction: Extraction) -> str:
    """The city's flows as a published report would list them: a tab-separated table the readers take."""
    header = "番号\t提供元の課\t提供元の業務\t提供先\t提供先の業務\t区分\t根拠\t開始日\t項目"
    kinds = {"purpose_outside_use": "目的外利用", "external_provision": "外部提供",
             "online_connection": "オンライン結合"}
    rows = [
        "\t".join((str(n), f.source_department or "", f.source_business or "",
                   f.recipient_department or f.recipient_external or "", f.recipient_business or "",
                   kinds[f.kind], f.basis_text or "", f.start_date or "", "、".join(f.items)))
        for n, f in enumerate(extraction.flows, start=1)
    ]
    return "\n".join([f"{municipality} 個人情報の目的外利用・外部提供の状況", header, *rows]) + "\n"


def city_extractions(*, municipalities: int, flows_per_city: int, businesses: int = 400,
                     seed: int = 7) -> Iterator[Extraction]:
    """One extraction (one template document) per city, deterministic for ``seed``."""
    rng = random.Random(seed)
    catalogue = _businesses(businesses)
    for m in range(municipalities):
        name = f"架空市{m:04d}"
        flows = _city_flows(rng, flows_per_city, catalogue)
        for flow in flows:
            flow.quote = f"{name} {flow.source_business} → {flow.recipient_business or flow.recipient_external}"
        cases = _council_cases(flows, first_line=flows_per_city + 3)
        sha = hashlib.sha256(f"tadori-synth:{seed}:{m}:{flows_per_city}:{businesses}".encode()).hexdigest()
        document = Document(path=f"{name}.csv", sha256=sha, municipality=name, genre="template",
                            title=f"{name} 個人情報の目的外利用・外部提供の状況")
        yield Extraction(document=document, flows=flows, council_cases=cases)


def write_record_store(path: Path, *, municipalities: int, flows_per_city: int, businesses: int = 400,
                       seed: int = 7, documents: Path | None = None,
                       on_city: Callable[[], None] | None = None) -> RecordStore:
    """Write ``municipalities × flows_per_city`` flows into the store at ``path``, 100 cities a transaction.

    With ``documents``, each city's flows are also written there as a text report (``report_text``).
    """
    store = RecordStore(path)
    if documents is not None:
        documents.mkdir(parents=True, exist_ok=True)
    batch: list[Extraction] = []
    for extraction in city_extractions(municipalities=municipalities, flows_per_city=flows_per_city,
                                       businesses=businesses, seed=seed):
        if documents is not None:
            municipality = extraction.document.municipality or ""
            (documents / f"{municipality}.txt").write_text(report_text(municipality, extraction), encoding="utf-8")
        batch.append(extraction)
        if len(batch) == 100:
            store.add_many(batch)
            batch = []
        if on_city:
            on_city()
    if batch:
        store.add_many(batch)
    return store
