"""Search on 100k synthetic names: one autocomplete answer, against the bare baselines.

    python benchmarks/bench_search.py [--names 100000]

Prints the figures and writes benchmarks/results/search.json. Target (DESIGN.md): ≤ 5 ms per
query on 100k names (50 ms at most). Baselines measured in the same run: rapidfuzz WRatio
over every name (what a prefilter saves) and a plain substring scan.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path

from rapidfuzz import fuzz, process

from tadori.queries.search import TYPES, SearchIndex, fold_search

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from machine import machine  # noqa: E402

PREFIXES = ("住民", "介護保険", "国民健康保険", "児童", "子ども", "障害者", "生活保護", "市県民税", "固定資産税",
            "水道", "図書館", "保健センター", "防災", "被災者", "選挙", "教育", "学校", "上下水道", "都市計画", "道路")
MIDDLES = ("資格", "賦課徴収", "給付", "認定", "管理", "台帳", "証明書発行", "相談", "システム", "手当支給",
           "医療費助成", "健康診査", "予防接種", "滞納整理", "届出受付", "登録", "申請", "調査", "通知", "貸出")
SUFFIXES = ("業務", "事務", "事業", "制度", "システム運用業務", "課", "室", "センター", "情報", "状況")
QUERIES = ("介護保険資格", "かいごほけん", "ｶｲｺﾞ", "住民基本台帳", "児童手当", "生活保護受給", "こくみんけんこう",
           "被災者支援ｼｽﾃﾑ", "固定資産税賦課", "図書館貸出", "DV情報", "予防接種通知", "水道料金", "教育相談", "住所")


def synthetic_names(count: int, seed: int = 11) -> list[tuple[str, str, str, str | None]]:
    """``count`` (name, type, id, municipality) entries shaped like a national graph's names."""
    rng = random.Random(seed)
    entries = []
    for n in range(count):
        name = rng.choice(PREFIXES) + rng.choice(MIDDLES) + rng.choice(SUFFIXES)
        if rng.random() < 0.5:
            name = f"{name}{n % 997}"  # distinct names, as the many cities' businesses are
        entries.append((name, rng.choice(TYPES), f"id:{n}", f"架空市{n % 1700:04d}"))
    return entries


def median_ms(function, queries, repeat: int) -> tuple[float, float]:
    """Median and 95th percentile milliseconds per query over ``repeat`` rounds."""
    samples = []
    for _ in range(repeat):
        for query in queries:
            start = time.perf_counter()
            function(query)
            samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.95) - 1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--names", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    entries = synthetic_names(args.names)
    start = time.perf_counter()
    index = SearchIndex(entries)
    build_s = time.perf_counter() - start
    search_median, search_p95 = median_ms(lambda q: index.search(q, limit=20), QUERIES, args.repeat)
    folded = [fold_search(name) for name, *_ in entries]
    wratio_median, _ = median_ms(
        lambda q: process.extract(fold_search(q), folded, scorer=fuzz.WRatio, limit=20), QUERIES[:5], 1)
    scan_median, _ = median_ms(lambda q: [f for f in folded if fold_search(q) in f][:20], QUERIES, 3)
    results = {
        "names": len(index),
        "queries": len(QUERIES),
        "index_build_s": round(build_s, 3),
        "search_median_ms": round(search_median, 3),
        "search_p95_ms": round(search_p95, 3),
        "target_ms": 5.0,
        "limit_ms": 50.0,
        "baseline_wratio_all_median_ms": round(wratio_median, 2),
        "baseline_substring_scan_median_ms": round(scan_median, 2),
        "python": sys.version.split()[0],
    }
    print(json.dumps(results, ensure_ascii=False, indent=2))
    out = HERE / "results" / "search.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps({"machine": machine(), **results}, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
