"""Score every document of ``../shared/corpus`` with the shared scorer and sum the counts per genre.

A genre is the second word of a document's stem (``chofu_jieikan_r06`` → ``jieikan``). Micro F1 sums the matched,
gold and predicted counts of every document of the genre before dividing. A *silent* miss is a gold flow the
scorer matched to nothing and near whose line (±1) there is neither a predicted flow nor a diagnostic.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from tadori.ingest.documents import extract_document
from tadori.ingest.sources import read_document

PARTS = ("flows", "cases", "stats", "regs")
_MISSED_LINE = re.compile(r"^MISSED .* line (\d+)\s*$")


def micro_f1(matched: int, gold: int, predicted: int) -> float:
    """F1 from summed counts; nothing to find and nothing found is a perfect 1.0.

    >>> round(micro_f1(3, 4, 6), 3), micro_f1(0, 0, 0), micro_f1(0, 2, 0)
    (0.6, 1.0, 0.0)
    """
    precision = matched / predicted if predicted else (1.0 if not gold else 0.0)
    recall = matched / gold if gold else 1.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass
class GenreScore:
    documents: int = 0
    counts: Counter = field(default_factory=Counter)
    silent: list[str] = field(default_factory=list)

    def f1(self, part: str) -> float:
        c = self.counts
        return micro_f1(c[part + "_match"], c[part + "_gold"], c[part + "_pred"])


def genre_of(stem: str) -> str:
    return stem.split("_")[1] if "_" in stem else stem


def score_document(text_path: Path, gold_path: Path, scorer: Path, work: Path) -> tuple[dict, list[int]]:
    """The scorer's summary for one document and the gold lines of its silent misses."""
    extraction = extract_document(read_document(text_path))
    predicted = work / (text_path.stem + ".json")
    predicted.write_text(json.dumps(extraction.to_json(), ensure_ascii=False), encoding="utf-8")
    done = subprocess.run([sys.executable, str(scorer), str(gold_path), str(predicted), "--verbose"],
                          capture_output=True, text=True, check=True)
    summary = json.loads(next(line for line in done.stdout.splitlines() if line.startswith("{")))
    near = {flow.line for flow in extraction.flows if flow.line}
    near |= {diagnostic.line for diagnostic in extraction.diagnostics if diagnostic.line}
    silent = []
    for line in done.stdout.splitlines():
        missed = _MISSED_LINE.match(line)
        if missed and not any(abs(int(missed.group(1)) - other) <= 1 for other in near):
            silent.append(int(missed.group(1)))
    return summary, silent


def score_corpus(corpus: Path, scorer: Path, work: Path) -> dict[str, GenreScore]:
    """Every corpus document that has a gold file, scored and summed by genre."""
    genres: dict[str, GenreScore] = {}
    for text_path in sorted(corpus.glob("*.txt")):
        gold_path = text_path.with_suffix(".json")
        if not gold_path.is_file():
            continue  # EXCLUDED.txt and other notes
        summary, silent = score_document(text_path, gold_path, scorer, work)
        genre = genres.setdefault(genre_of(text_path.stem), GenreScore())
        genre.documents += 1
        for part in PARTS:
            for key in ("match", "gold", "pred"):
                genre.counts[f"{part}_{key}"] += summary[part][f"n_{key}"]
        genre.silent += [f"{text_path.stem}:{line}" for line in silent]
    return genres


def table(genres: dict[str, GenreScore]) -> list[str]:
    """A short fixed-width table: one row per genre and a total row."""
    rows = [f"{'genre':12} {'docs':>4} " + " ".join(f"{part:>14}" for part in PARTS) + f" {'silent':>6}"]
    total = GenreScore()
    for name, genre in sorted(genres.items()):
        total.documents += genre.documents
        total.counts.update(genre.counts)
        total.silent += genre.silent
        rows.append(_row(name, genre))
    rows.append(_row("ALL", total))
    return rows


def _row(name: str, genre: GenreScore) -> str:
    cells = []
    for part in PARTS:
        c = genre.counts
        cells.append(f"{genre.f1(part):.2f} {c[part + '_match']:>3}/{c[part + '_gold']:<3}p{c[part + '_pred']:<3}")
    return f"{name:12} {genre.documents:>4} " + " ".join(f"{cell:>14}" for cell in cells) + f" {len(genre.silent):>6}"
