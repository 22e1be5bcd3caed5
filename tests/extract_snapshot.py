"""A characterisation snapshot of the document readers: what every known document extracts to, today.

Refactoring the readers must not change what they read unless the change is meant. The snapshot keeps, per
document, a digest of its whole extraction (records with their quotes and evidence, diagnostics, metadata):
the invented fixtures under ``tests/fixtures``, the two benchmark reports, and, when ``../shared`` is beside the
repository, its seeds and corpus (only their digests are kept here, never their text).

    python -m tests.extract_snapshot --check        # which documents read differently now
    python -m tests.extract_snapshot --dump DIR     # every extraction as JSON, to diff two versions
    python -m tests.extract_snapshot --update       # record today's readings (after a deliberate change)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from tadori.ingest.documents import extract_document
from tadori.ingest.records import Document, Extraction
from tadori.ingest.sources import read_document

ROOT = Path(__file__).resolve().parents[1]
SNAPSHOT = ROOT / "tests" / "extract_snapshot.json"
SHARED = ROOT.parent / "shared"


def _full_json(extraction: Extraction) -> dict:
    data = extraction.to_json()
    for part, records in (("flows", extraction.flows), ("registrations", extraction.registrations),
                          ("council_cases", extraction.council_cases), ("statistics", extraction.statistics)):
        data[part] = [record.to_dict(with_quote=True) for record in records]
    return data


def documents(*, shared: bool = True) -> Iterator[tuple[str, Document]]:
    """(name, document) of everything the snapshot covers; names are stable across machines."""
    for path in sorted((ROOT / "tests" / "fixtures").rglob("*.txt")):
        if path.name != "README.txt":
            yield f"fixtures/{path.relative_to(ROOT / 'tests' / 'fixtures')}", read_document(path)
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import bench_extract  # the benchmark's own invented reports

    for name, text in (("dense", bench_extract.synthetic_report()), ("realistic", bench_extract.realistic_report())):
        yield f"benchmarks/{name}", Document(path=f"{name}.txt", sha256="0" * 64, text=text)
    if shared and SHARED.is_dir():
        for folder in ("seeds", "corpus"):
            for path in sorted((SHARED / folder).glob("*.txt")):
                if path.name != "EXCLUDED.txt":
                    yield f"shared/{folder}/{path.name}", read_document(path)


def reading(document: Document) -> str:
    """A document's whole extraction as canonical JSON text."""
    return json.dumps(_full_json(extract_document(document)), ensure_ascii=False, sort_keys=True, indent=1)


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def current(*, shared: bool = True) -> dict[str, str]:
    return {name: digest(reading(document)) for name, document in documents(shared=shared)}


def differences(recorded: dict[str, str], now: dict[str, str]) -> list[str]:
    """Names whose reading changed, appeared or disappeared (shared documents only when both sides have them)."""
    changed = [name for name in now if recorded.get(name) not in (None, now[name])]
    changed += [f"{name} (new)" for name in now if name not in recorded]
    changed += [f"{name} (gone)" for name in recorded
                if name not in now and not (name.startswith("shared/") and not SHARED.is_dir())]
    return sorted(changed)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--check", action="store_true")
    action.add_argument("--update", action="store_true")
    action.add_argument("--dump", type=Path, metavar="DIR")
    args = parser.parse_args(argv)
    if args.dump:
        for name, document in documents():
            target = args.dump / (name.replace("/", "__") + ".json")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(reading(document), encoding="utf-8")
        return 0
    now = current()
    if args.update:
        SNAPSHOT.write_text(json.dumps(now, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"recorded {len(now)} readings in {SNAPSHOT.relative_to(ROOT)}")
        return 0
    changed = differences(json.loads(SNAPSHOT.read_text(encoding="utf-8")), now)
    print("\n".join(changed) or f"all {len(now)} readings as recorded")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
