"""The shape of the document readers (ingest/documents), kept by tests rather than by memory.

- every reader has a unique name in the READERS table, and its module's docstring shows it at work;
- nothing in the readers finds a record by its address in memory (``id(…)``): claim ids do that;
- no reader module imports another reader module: what two genres share lives in a library module;
- the orchestrator imports no genre: a new genre is one module and one row of READERS;
- the stages point one way: layout → text → readers → resolve.
"""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

from tadori.ingest.documents.readers import READERS

DOCUMENTS = Path(__file__).resolve().parents[1] / "ingest" / "documents"
READER_MODULES = sorted({reader.read.__module__ for reader in READERS})


def _relative_imports(path: Path) -> set[str]:
    """The sibling modules a module of ingest/documents imports, as dotted names under tadori.ingest.documents."""
    package = "tadori.ingest." + ".".join(path.relative_to(DOCUMENTS.parent).with_suffix("").parts[:-1])
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
            if node.module:
                found.add(f"{base}.{node.module}")
            else:
                found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def _path_of(module: str) -> Path:
    file = importlib.import_module(module).__file__
    assert file is not None
    return Path(file)


def test_reader_names_are_unique() -> None:
    names = [reader.name for reader in READERS]
    assert len(names) == len(set(names)), names


def test_every_reader_module_shows_itself_at_work() -> None:
    for module in READER_MODULES:
        doc = importlib.import_module(module).__doc__ or ""
        assert ">>>" in doc, f"{module} has no example in its docstring"


def test_no_record_is_found_by_its_address() -> None:
    offenders = [f"{path.name}:{number}" for path in DOCUMENTS.rglob("*.py")
                 for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
                 if re.search(r"(?<![\w.])id\(", line)]
    assert not offenders, offenders


def test_no_reader_imports_another() -> None:
    readers = set(READER_MODULES)
    crossings = {module: sorted((_relative_imports(_path_of(module)) & readers) - {module}) for module in readers}
    assert not {module: found for module, found in crossings.items() if found}


def test_the_pipeline_imports_no_genre() -> None:
    imported = _relative_imports(DOCUMENTS / "pipeline.py")
    assert not imported & set(READER_MODULES), imported


def test_stages_point_one_way() -> None:
    """layout knows no genre, text is shared grammar, readers never call the resolver."""
    allowed_below = {
        "layout": {"layout"},
        "text": {"layout", "text", "model"},
        "readers": {"layout", "text", "readers", "model", "reading"},
    }
    wrong = []
    for stage, allowed in allowed_below.items():
        for path in (DOCUMENTS / stage).rglob("*.py"):
            for module in _relative_imports(path):
                inside = module.removeprefix("tadori.ingest.documents.")
                if inside != module and inside.split(".")[0] not in allowed:
                    wrong.append(f"{path.relative_to(DOCUMENTS)} imports {inside}")
    assert not wrong, wrong
