"""Extract throughput on two ~10,000-line synthetic documents, against a bare loop over the same lines.

- ``dense``: an annual report of flow lists and registry changes; about half its lines produce a flow.
- ``realistic``: the mix the published documents have (the seeds): mostly prose — council minutes in
  question-and-answer form, contract clauses, notices — with count tables, a council case now and then and
  a short flow list.

The bare loop only NFKC-normalises each line and splits it on tabs: the least any reader must do.
Target: extract throughput >= 0.5x the bare loop's, and the whole 10,000-line extract under 1 s.
Prints the figures of both documents and writes them to benchmarks/results/extract.json.

usage: .venv/bin/python benchmarks/bench_extract.py
"""

from __future__ import annotations

import json
import statistics
import sys
import time
import unicodedata
from pathlib import Path

from tadori.ingest.documents import extract_document
from tadori.ingest.documents.layout.page import page_of
from tadori.ingest.records import Document

sys.path.insert(0, str(Path(__file__).resolve().parent))
from machine import machine  # noqa: E402

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


QA = [
    "委員：対象となる方への通知はどのように行うのか。",
    "事務局：対象者には個別に文書で通知し、問い合わせ窓口を案内する予定です。",
    "委員：委託先での保管期間と消去の方法を契約で定めているか。",
    "事務局：契約書の特記事項に、業務終了後の消去と消去証明書の提出を定めています。",
    "会長：ほかに質問はありますか。",
    "委員：特にありません。",
    "事務局：前回の審議会でいただいた御意見を踏まえ、資料を一部修正しております。",
    "第5条 受託者は、委託業務の処理に当たり、知り得た秘密を他に漏らしてはならない。",
    "2 前項の規定は、この契約が終了し、又は解除された後においても同様とする。",
    "（実施機関）システムの利用者は職員に限られ、操作の記録は5年間保存される。",
]
COUNT_TABLE = ["実施機関\t目的外利用\t外部提供", "町長\t12\t31", "教育委員会\t0\t4", "議会\t0\t0",
               "農業委員会\t0\t0", "合計\t12\t35"]


def _qa(page: int, index: int) -> str:
    """A line of the minutes, made unique (real minutes do not repeat their lines)."""
    return QA[(page + index) % len(QA)].replace("。", f"（資料{page}の{index}頁）。", 1)


def realistic_report(target_lines: int = 10_000) -> str:
    """Minutes, clauses and notices with count tables, a council case per page and a short flow list."""
    out = ["令和5年度 第2回 架空町個人情報保護審議会 会議録", "日時：令和5年8月3日（木）午後2時から", ""]
    page = 0
    while len(out) < target_lines:
        page += 1
        source, recipient = DEPARTMENTS[page % 7], DEPARTMENTS[(page + 2) % 7]
        out += [f"【諮問案件{page}】",
                f"{source}が保有する{BUSINESSES[page % 6]}の第{page}期の情報を{recipient}が"
                f"目的外利用することの公益上の必要性（条例第9条第3項第4号）について", ""]
        out += [_qa(page, index) for index in range(24)]
        out += ["・他に質問や意見等はなく、この件に関しては承認される。", "", f"- {page} -", ""]
        out += ["2 目的外利用・外部提供の状況", "", "目的外利用が12件、外部提供が35件となっています。", "",
                *COUNT_TABLE, ""]
        if page % 3 == 0:
            out += [FLOW_HEADER]
            for row in range(1, 4):
                out.append(f"{row}\t{DEPARTMENTS[row]}\t{BUSINESSES[row]}\t目的外利用\t{DEPARTMENTS[row + 2]}\t"
                           f"{BUSINESSES[row + 1]}\t令和5年{row}月1日\t{BASES[row]}\t事務の効率化のため。")
            out.append("")
        out += [_qa(page, index) for index in range(24, 34)]
        if page % 10 == 0:  # a notice of a standing provision, now and then
            out += ["本市は、住民基本台帳法に基づき、18歳になる方の氏名、住所及び生年月日を自衛隊地方協力本部へ"
                    "提供しています。", ""]
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


def measure(text: str) -> dict:
    lines = text.count("\n") + 1
    result = extract_document(Document(path="synthetic.txt", sha256="0" * 64, text=text))
    # Interleaved, best of many: on a shared 2-core machine the ratio of two bests is what is stable.
    bare_times, extract_times, layout_times = [], [], []
    for _ in range(15):
        bare_times.append(best_of(bare_loop, text, repeat=1)[0])
        layout_times.append(best_of(page_of, text, repeat=1)[0])  # the layout stage alone, before any reader
        extract_times.append(best_of(lambda t: extract_document(Document(path="s.txt", sha256="0" * 64, text=t)),
                                     text, repeat=1)[0])
    bare_best, extract_best = min(bare_times), min(extract_times)
    extract_median = statistics.median(extract_times)
    return {
        "lines": lines,
        "flows": len(result.flows),
        "registrations": len(result.registrations),
        "council_cases": len(result.council_cases),
        "statistics": len(result.statistics),
        "bare_loop_seconds": round(bare_best, 5),
        "layout_seconds": round(min(layout_times), 5),
        "extract_seconds": round(extract_best, 5),
        "extract_median_seconds": round(extract_median, 5),
        "bare_lines_per_second": round(lines / bare_best),
        "extract_lines_per_second": round(lines / extract_best),
        "ratio_to_bare": round(bare_best / extract_best, 3),
    }


def main() -> None:
    figures = {"dense": measure(synthetic_report()), "realistic": measure(realistic_report())}
    figures.update({"target_ratio": 0.5, "target_seconds": 1.0, "machine": machine()})
    for name in ("dense", "realistic"):
        print(name)
        for key, value in figures[name].items():
            print(f"{key:>26}: {value}")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
