"""Extract throughput on a ~10,000-line synthetic annual report, against a bare loop.

The bare loop only NFKC-normalises each line and splits it on tabs: the least any reader must do.
Target: extract throughput >= 0.5x the bare loop's, and the whole 10,000-line extract under 1 s.
Prints the figures and writes them to benchmarks/results/extract.json.

usage: .venv/bin/python benchmarks/bench_extract.py
"""

from __future__ import annotations

import json
import platform
import statistics
import time
import unicodedata
from pathlib import Path

from tadori.ingest.documents import extract_document
from tadori.ingest.records import Document

RESULTS = Path(__file__).resolve().parent / "results" / "extract.json"
DEPARTMENTS = ["市民窓口課", "資産税課", "こども家庭課", "防災危機管理室", "高齢福祉課", "保健予防センター",
               "道路管理課"]
BUSINESSES = ["住民記録業務", "家屋評価業務", "児童手当支給業務", "避難行動支援業務", "介護認定業務", "予防接種業務"]
BASES = ["本人同意", "法令等（根拠法令：災害対策基本法）", "相当の理由・権利利益を害しない",
         "相当の理由・権利利益を書しない"]
FLOW_HEADER = ("No.\t担当課\t利用させる・提供する業務の名称\t区分\t利用する課又は外部提供先\t利用する業務の名称\t"
               "開始年月日\t根拠\t理由")
MOD_HEADER = "No.\t担当課\t業務の名称\t修正の理由\t修正の内容\t修正年月日"


def synthetic_report(target_lines: int = 10_000) -> str:
    """An annual report of an invented town: flow lists, registry changes, counts and prose."""
    out = ["令和5年度 第1回 架空町個人情報保護審議会資料", "", "1 目的外利用・外部提供について", ""]
    row = 0
    while len(out) < target_lines:
        out += ["", FLOW_HEADER]  # each block is a page: the header repeats
        for _ in range(20):
            row += 1
            src, dst = DEPARTMENTS[row % 7], DEPARTMENTS[(row + 3) % 7]
            kind = "外部提供" if row % 9 == 0 else "目的外利用"
            dst = "架空町社会福祉協議会" if kind == "外部提供" else dst
            out.append(f"{row}\t{src}\t{BUSINESSES[row % 6]}\t{kind}\t{dst}\t{BUSINESSES[(row + 1) % 6]}\t"
                       f"令和{1 + row % 5}年{1 + row % 12}月{1 + row % 28}日\t{BASES[row % 4]}\t"
                       f"対象者の世帯員の課税状況を確認するため。")
        out += ["", "2 個人情報取扱業務 修正について", "", MOD_HEADER]
        for index in range(8):
            row += 1
            out.append(f"{index + 1}\t{DEPARTMENTS[row % 7]}\t{BUSINESSES[row % 6]}\t"
                       f"{DEPARTMENTS[(row + 2) % 7]}「{BUSINESSES[(row + 2) % 6]}」から目的外利用するため。\t"
                       f"収集・記録される個人情報の項目に「電話番号・続柄」を追加するもの。\t令和4年4月1日")
        out += ["", "目的外利用が20件、外部提供が3件となっています。", "",
                "実施機関\t目的外利用\t外部提供", "町長\t20\t3", "合計\t20\t3", "",
                "審議会では、各課から提出された資料をもとに説明があり、質疑応答が行われた。" * 2, ""]
    return "\n".join(out[:target_lines])


def bare_loop(text: str) -> int:
    count = 0
    for line in text.split("\n"):
        count += len(unicodedata.normalize("NFKC", line).split("\t"))
    return count


def best_of(function, argument, repeat: int = 7) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function(argument)
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times)


def main() -> None:
    text = synthetic_report()
    lines = text.count("\n") + 1
    document = Document(path="synthetic.txt", sha256="0" * 64, text=text)
    result = extract_document(document)
    bare_best, bare_median = best_of(bare_loop, text)
    extract_best, extract_median = best_of(lambda t: extract_document(Document(path="s.txt", sha256="0" * 64, text=t)),
                                           text)
    figures = {
        "lines": lines,
        "flows": len(result.flows),
        "registrations": len(result.registrations),
        "statistics": len(result.statistics),
        "bare_loop_seconds": round(bare_best, 5),
        "extract_seconds": round(extract_best, 5),
        "extract_median_seconds": round(extract_median, 5),
        "bare_lines_per_second": round(lines / bare_best),
        "extract_lines_per_second": round(lines / extract_best),
        "ratio_to_bare": round(bare_best / extract_best, 3),
        "target_ratio": 0.5,
        "target_seconds": 1.0,
        "python": platform.python_version(),
        "machine": platform.machine(),
    }
    for key, value in figures.items():
        print(f"{key:>26}: {value}")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
