"""What the generic steps add to pages the readers had never seen, measured on the kept blind readings.

Each blind round (tests/fixtures/realshapes21..42) was first read by readers that had never seen it; that reading
is kept in benchmarks/blind_readings/ as the extractor wrote it. The steps that apply to every page after the
readers — the line-ends step (resolve/line_ends.py) and the reader of last resort (readers/unclaimed_handovers.py,
after general_clauses, on the lines the blind reading left without a record) — are applied to those readings and
scored with the shared scorer: rounds 21–32 are the half the steps were designed on, rounds 33–42 the held-out half;
rounds 43 and 44, written after the steps, are held out too (their blind readings are those of the readers of
2026-12-06, before and after round 43 was learnt).
The detector of unread lines (resolve/diagnose.py) is measured alone, with no reader before it: how many gold flow
lines it finds, how many of the blind readings' silent misses it leaves, and the flow warnings the known documents
(the corpus and every fixture set, flows nearly all read) carry.

Needs ../shared (the scorer, and the corpus for the detector's corpus figure); writes
benchmarks/results/blind_steps.json.

usage: .venv/bin/python benchmarks/bench_blind_steps.py
"""

from __future__ import annotations

import copy
import json
import sys
import unicodedata
from dataclasses import asdict, fields
from pathlib import Path

from tadori.ingest.documents.layout.page import page_of
from tadori.ingest.documents.readers import general_clauses, unclaimed_handovers
from tadori.ingest.documents.reading import Reader, Reading, Readings
from tadori.ingest.documents.resolve.diagnose import unread_flow_statements
from tadori.ingest.documents.resolve.line_ends import mend_line_ends
from tadori.ingest.records import Flow

sys.path.insert(0, str(Path(__file__).resolve().parent))
from shared_scorer import load_scorer  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
BLIND = ROOT / "benchmarks" / "blind_readings"
FIXTURES = ROOT / "tests" / "fixtures"
SHARED = ROOT.parent / "shared"
RESULTS = ROOT / "benchmarks" / "results" / "blind_steps.json"
HALVES = {"rounds 21-32 (designed on)": range(21, 33), "rounds 33-42 (held out)": range(33, 43),
          "round 43 (held out, read 2026-12-06)": range(43, 44),
          "round 44 (held out, read after round 43 was learnt)": range(44, 45)}
FLOW_FIELDS = {field.name for field in fields(Flow)}
END_FIELDS = ("source_department", "source_business", "source_external", "recipient_department",
              "recipient_business", "recipient_external", "kind")


def with_line_ends(lines: list[str], reading: dict) -> dict:
    """The blind reading's flows after the line-ends step (which may drop a flow another states)."""
    pairs = []
    for found in reading["flows"]:
        line = found.get("line")
        quote = lines[line - 1] if line and 0 < line <= len(lines) else None
        pairs.append((found, Flow(**{key: found.get(key) for key in END_FIELDS}, quote=quote, line=line)))
    flows = [flow for _, flow in pairs]
    mend_line_ends(flows, lines)
    kept = {id(flow) for flow in flows}
    for found, flow in pairs:
        found.update({key: getattr(flow, key) for key in END_FIELDS})
    reading["flows"] = [found for found, flow in pairs if id(flow) in kept]
    return reading


def with_last_resort(lines: list[str], reading: dict) -> dict:
    """The blind reading plus what general_clauses and the last-resort reader read on the lines it left."""
    used = {record.get("line") for part in ("flows", "council_cases", "registrations", "statistics")
            for record in reading.get(part, [])}
    page = page_of("\n".join(lines))
    readings = Readings()
    readings.claim("records", used)
    blind = [Flow(**{key: value for key, value in found.items() if key in FLOW_FIELDS}) for found in reading["flows"]]
    readings.add(Reader("blind", lambda page, readings: Reading()), Reading(flows=blind))
    clauses = general_clauses.read(page, readings)
    readings.add(general_clauses.READER, clauses)
    added = clauses.flows + unclaimed_handovers.read(page, readings).flows
    reading["flows"] = reading["flows"] + [asdict(flow) for flow in added]
    return reading


STEPS = {
    "nothing": lambda lines, reading: reading,
    "line ends": with_line_ends,
    "last resort": with_last_resort,
    "both": lambda lines, reading: with_line_ends(lines, with_last_resort(lines, reading)),
}


def _documents(rounds: range):
    """(text lines, gold, blind reading, page) of every kept blind reading of the rounds."""
    for number in rounds:
        for kept in sorted((BLIND / f"realshapes{number}").glob("*.json")):
            text = (FIXTURES / f"realshapes{number}" / f"{kept.stem}.txt").read_text(encoding="utf-8")
            gold = json.loads((FIXTURES / f"realshapes{number}" / kept.name).read_text(encoding="utf-8"))
            lines = [unicodedata.normalize("NFKC", line) for line in text.split("\n")]
            yield lines, gold, json.loads(kept.read_text(encoding="utf-8")), page_of(text)


def _f1(matched: int, gold: int, predicted: int) -> float:
    return round(2 * matched / (gold + predicted), 3) if matched else 0.0


def _near(line: int, others: set[int]) -> bool:
    """A record or a diagnostic within one line of a gold flow's line: the line was not passed over in silence."""
    return any(abs(line - other) <= 1 for other in others)


def _flagged(page) -> set[int]:
    return {diagnostic.line for diagnostic in unread_flow_statements(page.lines, [], set())}


def measure_half(rounds: range, scorer) -> dict:
    totals = {step: {"matched": 0, "gold": 0, "predicted": 0} for step in STEPS}
    detector = {"gold_lines": 0, "found": 0, "blind_misses": 0, "silent_before": 0, "silent_after": 0}
    for lines, gold, blind, page in _documents(rounds):
        gold_flows = gold.get("flows", [])
        for step, apply in STEPS.items():
            predicted = apply(lines, copy.deepcopy(blind))["flows"]
            matched = scorer.greedy_match(gold_flows, predicted, scorer.flow_pair_score, 0.8)
            totals[step]["matched"] += len(matched)
            totals[step]["gold"] += len(gold_flows)
            totals[step]["predicted"] += len(predicted)
        flagged = _flagged(page)
        said = {record.get("line") for part in ("flows", "diagnostics") for record in blind.get(part, [])} - {None}
        read = scorer.greedy_match(gold_flows, blind["flows"], scorer.flow_pair_score, 0.8)
        matched = {index for index, _, _ in read}
        for index, flow in enumerate(gold_flows):
            detector["gold_lines"] += 1
            detector["found"] += _near(flow["line"], flagged)
            if index not in matched:
                detector["blind_misses"] += 1
                detector["silent_before"] += not _near(flow["line"], said)
                detector["silent_after"] += not _near(flow["line"], said | flagged)
    for figures in totals.values():
        figures["F1"] = _f1(figures["matched"], figures["gold"], figures["predicted"])
    return {"flows": totals, "detector": detector}


def corpus_detector() -> dict:
    found = total = 0
    for gold_path in sorted((SHARED / "corpus").glob("*.json")):
        flagged = _flagged(page_of(gold_path.with_suffix(".txt").read_text(encoding="utf-8")))
        for flow in json.loads(gold_path.read_text(encoding="utf-8")).get("flows", []):
            total += 1
            found += _near(flow["line"], flagged)
    return {"gold_lines": total, "found": found}


def known_warnings() -> dict:
    """The warnings of a flow, a hand-over or a case title every known document (the corpus and every fixture set)
    carries: what the detector costs on pages whose flows are nearly all read."""
    from tadori.ingest.documents import extract_document
    from tadori.ingest.sources import read_document

    texts = sorted((SHARED / "corpus").glob("*.txt")) + sorted(FIXTURES.glob("realshapes*/*.txt"))
    warnings = 0
    for text in texts:
        diagnostics = extract_document(read_document(text)).diagnostics
        warnings += sum(any(word in d.message for word in ("flow", "hand-over", "title")) for d in diagnostics)
    return {"documents": len(texts), "flow_warnings": warnings}


def main() -> None:
    if not (SHARED / "tools" / "score.py").is_file():
        sys.exit("error: the shared scorer is not beside the project (../shared/tools/score.py)")
    scorer = load_scorer()
    figures = {half: measure_half(rounds, scorer) for half, rounds in HALVES.items()}
    figures["corpus detector"] = corpus_detector()
    figures["known documents"] = known_warnings()
    for half in HALVES:
        print(half)
        for step, total in figures[half]["flows"].items():
            print(f"  {step:>12}: {total['matched']}/{total['gold']} p{total['predicted']}  F1 {total['F1']}")
        print(f"  detector: {figures[half]['detector']}")
    print(f"corpus detector: {figures['corpus detector']}")
    print(f"known documents: {figures['known documents']}")
    RESULTS.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
