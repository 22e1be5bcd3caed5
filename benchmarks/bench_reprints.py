"""The flows read from the same pages printed another way, scored with the shared scorer.

An unseen city's page may come as a PDF transcript broken at every printed line, as a web page copied with a blank
line after each line, or numbered and bracketed in another house style. tests/printed_variants.py reprints a page
each way (the line numbers move, the flows do not); this benchmark reads the corpus and the blind rounds
(tests/fixtures/realshapes21..42, which have golds) as written and reprinted, and scores every reading against the
page's gold: a reprint that loses flows shows a layout or a reader that depends on how the page was printed.

Needs ../shared (the scorer and the corpus); writes benchmarks/results/reprints.json.

usage: .venv/bin/python benchmarks/bench_reprints.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from tadori.ingest.documents import extract_document
from tadori.ingest.records import Document

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests.printed_variants import (  # noqa: E402
    circled,
    double_spaced,
    half_bracketed,
    kana_bracketed,
    kanji_numbered,
    pdf_wrapped,
    sentence_a_line,
    western_dated,
)

sys.path.insert(0, str(ROOT / "benchmarks"))
from shared_scorer import load_scorer  # noqa: E402

SHARED = ROOT.parent / "shared"
RESULTS = ROOT / "benchmarks" / "results" / "reprints.json"
SETS = [SHARED / "corpus", *(ROOT / "tests" / "fixtures" / f"realshapes{number}" for number in range(21, 43))]
REPRINTS = {
    "as written": lambda text: text,
    "PDF-wrapped at 68 columns": pdf_wrapped,
    "PDF-wrapped at 56 columns": lambda text: pdf_wrapped(text, columns=56),
    "double-spaced": double_spaced,
    "a sentence a line": sentence_a_line,
    "numbered 1) for (1)": half_bracketed,
    "marked (ア) for ア": kana_bracketed,
    "departments in 〔〕 for 【】": lambda text: text.replace("【", "〔").replace("】", "〕"),
    "no blank lines": lambda text: "\n".join(line for line in text.split("\n") if line.strip()),
    "tabs as two spaces": lambda text: text.replace("\t", "  "),
    "numbered ① for (1)": circled,
    "case numbers in kanji": kanji_numbered,
    "years in the western calendar": western_dated,
}


def main() -> None:
    if not (SHARED / "tools" / "score.py").is_file():
        sys.exit("error: ../shared (the scorer and the corpus) is not beside the project")
    score = load_scorer()
    totals = {name: {"matched": 0, "predicted": 0} for name in REPRINTS}
    gold_flows = documents = 0
    for folder in SETS:
        for path in sorted(folder.glob("*.txt")):
            gold_path = path.with_suffix(".json")
            if not gold_path.is_file():
                continue
            gold = json.loads(gold_path.read_text(encoding="utf-8")).get("flows", [])
            if not gold:
                continue
            documents += 1
            gold_flows += len(gold)
            text = path.read_text(encoding="utf-8")
            for name, reprint in REPRINTS.items():
                document = Document(path=path.name, sha256="0" * 64, text=reprint(text))
                predicted = extract_document(document).to_json()["flows"]
                matched = score.greedy_match(gold, predicted, score.flow_pair_score, 0.8)
                totals[name]["matched"] += len(matched)
                totals[name]["predicted"] += len(predicted)
    for name, total in totals.items():
        total["f1"] = round(2 * total["matched"] / (gold_flows + total["predicted"]), 3)
        print(f"{name:28} {total['matched']:4}/{gold_flows} p{total['predicted']:<4} F1 {total['f1']}")
    RESULTS.write_text(json.dumps({"documents": documents, "gold_flows": gold_flows, "reprints": totals},
                                  ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
