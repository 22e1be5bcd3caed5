"""Every record read from every known page, read again from the page printed another way: what changes.

bench_reprints scores flows against gold; this one needs no gold. It reads the corpus (when ../shared is beside
the project) and every fixture page (tests/fixtures/*), reprinted each way of tests/printed_variants.py, and
counts per kind (flows, registrations, council cases, statistics) the records of the page as written that the
reprint does not read the same. A record is compared by what it says, not where: a flow by its kind and ends,
a registration by its action, business and date, a case by its title, date and decision, a count by its kind
and number. Pages a reprint leaves as they are count for nothing.

Some differences are the reprint's, not the readers': a page wrapped again changes where its lines break, a
date abbreviated shortens the line, a page that already numbered two ways loses one. The figures are a measure
to watch fall, not a target of zero.

usage: .venv/bin/python benchmarks/bench_variants.py [VARIANT ...]   (writes benchmarks/results/variants.json)
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

from tadori.ingest.documents import extract_document
from tadori.ingest.records import Document

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests import printed_variants as printed  # noqa: E402

SHARED = ROOT.parent / "shared"
RESULTS = ROOT / "benchmarks" / "results" / "variants.json"
VARIANTS: dict[str, Callable[[str], str]] = {
    "PDF-wrapped at 68 columns": printed.pdf_wrapped,
    "a blank line after every line": printed.double_spaced,
    "a sentence a line": printed.sentence_a_line,
    "numbered 1) for (1)": printed.half_bracketed,
    "numbered ① for (1)": printed.circled,
    "numbered (一) for (1)": printed.kanji_bracketed,
    "marked (ア) for ア": printed.kana_bracketed,
    "no space after an item's mark": printed.unspaced_marks,
    "bulleted ○ for ・": printed.circle_bulleted,
    "quoted 『』 for 「」": printed.double_quoted,
    "case numbers in kanji": printed.kanji_numbered,
    "years in the western calendar": printed.western_dated,
    "era dates abbreviated (R6.4.1)": printed.era_abbreviated,
    "era dates in kanji numerals": printed.kanji_dated,
    "a weekday after each date": printed.weekday_dated,
}
KEYS: dict[str, Callable[[dict], tuple]] = {
    "flows": lambda flow: (flow["kind"],
                           flow["source_department"] or flow["source_business"] or flow["source_external"],
                           flow["recipient_department"] or flow["recipient_business"] or flow["recipient_external"]),
    "registrations": lambda registration: (registration["action"], registration["business"], registration["date"]),
    "council_cases": lambda case: (case["title"], case["date"], case["decision"]),
    "statistics": lambda statistic: (statistic["kind"], statistic["count"]),
}


def _pages() -> list[Path]:
    folders = [SHARED / "corpus"] if (SHARED / "corpus").is_dir() else []
    folders += sorted(folder for folder in (ROOT / "tests" / "fixtures").iterdir() if folder.is_dir())
    return [path for folder in folders for path in sorted(folder.glob("*.txt"))]


def _records(text: str, name: str) -> dict[str, list[tuple]]:
    read = extract_document(Document(path=name, sha256="0" * 64, text=text)).to_json()
    return {kind: [key(record) for record in read[kind]] for kind, key in KEYS.items()}


def main(names: list[str]) -> None:
    chosen = {name: VARIANTS[name] for name in names} if names else VARIANTS
    pages = [(path, path.read_text(encoding="utf-8")) for path in _pages()]
    written = {path: _records(text, path.name) for path, text in pages}
    results: dict[str, dict[str, dict[str, int]]] = {}
    for name, reprint in chosen.items():
        counts = {kind: {"read": 0, "differently": 0} for kind in KEYS}
        for path, text in pages:
            again_text = reprint(text)
            if again_text == text:
                continue
            again = _records(again_text, path.name)
            for kind in KEYS:
                counts[kind]["read"] += len(written[path][kind])
                counts[kind]["differently"] += sum(1 for record in written[path][kind] if record not in again[kind])
        results[name] = counts
        told = "  ".join(f"{kind} {count['differently']}/{count['read']}" for kind, count in counts.items())
        print(f"{name:32} {told}")
    if not names:
        RESULTS.write_text(json.dumps({"pages": len(pages), "corpus": (SHARED / "corpus").is_dir(),
                                       "variants": results}, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
