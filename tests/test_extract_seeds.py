"""Every seed document, extracted and scored by the shared scorer (run as it is), meets the bar."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from shared_data import SHARED, require_shared

from tadori.ingest.documents import extract_document
from tadori.ingest.sources import read_document

pytestmark = pytest.mark.seeds

BAR_FLOWS = {"F1": 0.95, "basis": 0.95, "items": 0.90, "line": 0.95}
BAR_OTHERS = 0.90


def seed_names() -> list[str]:
    seeds = SHARED / "seeds"
    return sorted(path.name for path in seeds.glob("*.txt")) if seeds.is_dir() else ["(no seeds)"]


def score(seed: Path, gold: Path, tmp_path: Path) -> dict:
    extraction = extract_document(read_document(seed))
    predicted = tmp_path / "pred.json"
    predicted.write_text(json.dumps(extraction.to_json(), ensure_ascii=False), encoding="utf-8")
    scorer = gold.parents[1] / "tools" / "score.py"
    done = subprocess.run([sys.executable, str(scorer), str(gold), str(predicted)], capture_output=True,
                          text=True, check=True)
    first_json = next(line for line in done.stdout.splitlines() if line.startswith("{"))
    return json.loads(first_json)


@pytest.mark.parametrize("name", seed_names())
def test_extraction_of_each_seed_meets_the_bar(name, tmp_path):
    shared = require_shared()
    seed = shared / "seeds" / name
    gold = shared / "gold" / (seed.stem + ".json")
    assert gold.is_file(), f"no gold file for {name}"
    result = score(seed, gold, tmp_path)
    flows = result["flows"]
    failures = [f"flows {key}={flows[key]:.3f} < {bar}" for key, bar in BAR_FLOWS.items() if flows[key] < bar]
    failures += [f"{part} F1={result[part]['F']:.3f} < {BAR_OTHERS}" for part in ("regs", "cases", "stats")
                 if result[part]["F"] < BAR_OTHERS]
    assert not failures, f"{name}: " + "; ".join(failures)


@pytest.mark.parametrize("name", seed_names())
def test_every_record_of_each_seed_carries_its_line_and_quote(name):
    shared = require_shared()
    document = read_document(shared / "seeds" / name)
    extraction = extract_document(document)
    lines = document.text.split("\n")
    assert extraction.document.municipality
    for record in [*extraction.flows, *extraction.registrations, *extraction.council_cases, *extraction.statistics]:
        assert record.line is not None and 1 <= record.line <= len(lines)
        assert record.quote == lines[record.line - 1].strip()
