"""The record store under stress: another writer, a reader during a write, a kill mid-ingest,
a damaged file; and the two commands that look after it (check, backup)."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tadori.errors import StoreBusy, StoreError
from tadori.ingest.recordstore import RecordStore
from tadori.ingest.template import FLOW_COLUMNS

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "sample-flows.csv"


def tadori(*args: str, env: dict | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tadori", *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=timeout)


@pytest.fixture
def store(tmp_path: Path) -> Path:
    path = tmp_path / "tadori.db"
    assert tadori("ingest", str(SAMPLE), "--store", str(path)).returncode == 0
    return path


def _flow_file(folder: Path, n: int, rows: int) -> Path:
    header = [c.header for c in FLOW_COLUMNS]
    lines = [",".join(header)]
    for r in range(rows):
        values = {"自治体": f"架空市{n}", "提供元の課": "市民課", "提供元の業務": "住民基本台帳業務",
                  "区分": "目的外利用", "提供先の課": f"課{r % 30}", "提供先の業務": f"業務{r}",
                  "開始日": "2014-01-14", "項目": "住所",
                  "出典": f"架空 {n}"}
        lines.append(",".join(values.get(h, "") for h in header))
    path = folder / f"flows-{n:03d}.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_the_store_is_in_wal_mode(store):
    with sqlite3.connect(store) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_writer_waits_a_bounded_time_for_another_then_says_busy(store, tmp_path):
    blocker = sqlite3.connect(store, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")  # another process writing
    try:
        started = time.monotonic()
        result = tadori("ingest", str(_flow_file(tmp_path, 1, 3)), "--store", str(store),
                        env={"TADORI_BUSY_TIMEOUT": "0.5"})
        assert time.monotonic() - started < 30
        assert result.returncode == 2 and "Traceback" not in result.stderr
        assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1
        assert "busy" in result.stderr and str(store) in result.stderr
        # a reader is not blocked by the writer: WAL
        assert tadori("trace", "DV情報等", "--store", str(store), "--json").returncode == 0
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()


def test_busy_is_a_store_error_in_the_api(store):
    blocker = sqlite3.connect(store, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        from tadori.ingest.records import Document, Extraction

        with pytest.raises(StoreBusy):
            RecordStore(store, busy_timeout=0.2).add(Extraction(document=Document(path="x", sha256="1" * 64)))
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()


def test_check_passes_on_a_sound_store(store):
    result = tadori("store", "check", "--store", str(store), "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["ok"] and report["counts"]["flows"] == 39 and report["journal_mode"] == "wal"


def test_check_finds_a_row_whose_document_is_gone(store):
    with sqlite3.connect(store) as db:  # foreign keys off: what a hand edit or a bug could leave
        db.execute("PRAGMA foreign_keys = OFF")
        db.execute("UPDATE flows SET document_id = 'gone' WHERE rowid = 1")
    result = tadori("store", "check", "--store", str(store))
    assert result.returncode == 1
    assert "foreign key: flows row 1" in result.stdout and "NOT OK" in result.stdout


def test_a_file_that_is_not_a_store_is_one_error_line(tmp_path):
    bogus = tmp_path / "notes.db"
    bogus.write_text("これは記録ストアではない\n" * 200, encoding="utf-8")
    for args in (("store", "check"), ("trace", "DV情報等")):
        result = tadori(*args, "--store", str(bogus))
        assert result.returncode == 2 and "Traceback" not in result.stderr
        assert result.stderr.count("\n") == 1 and str(bogus) in result.stderr


def test_backup_is_a_consistent_copy_even_during_a_write(store, tmp_path):
    blocker = sqlite3.connect(store, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    blocker.execute("DELETE FROM diagnostics")  # uncommitted: must not be in the copy
    try:
        copy = tmp_path / "copy.db"
        result = tadori("store", "backup", str(copy), "--store", str(store))
        assert result.returncode == 0, result.stderr
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert RecordStore(copy).counts() == RecordStore(store).counts()
    assert RecordStore(copy).check()["ok"]
    again = tadori("store", "backup", str(copy), "--store", str(store))
    assert again.returncode == 2 and "already exists" in again.stderr


def test_backup_into_a_missing_folder_is_refused(store, tmp_path):
    with pytest.raises(StoreError, match="no such folder"):
        RecordStore(store).backup(tmp_path / "nowhere" / "copy.db")


def test_kill_9_mid_ingest_leaves_the_store_as_before_or_complete(store, tmp_path):
    """200 documents in one ingest, killed at moments spread over its run: never a partial store."""
    files = [str(_flow_file(tmp_path, n, 40)) for n in range(200)]
    before = RecordStore(store).counts()
    reference = tmp_path / "reference.db"
    reference.write_bytes(store.read_bytes())
    started = time.monotonic()
    assert tadori("ingest", *files, "--store", str(reference)).returncode == 0
    duration = time.monotonic() - started
    after = RecordStore(reference).counts()
    outcomes = []
    for fraction in (0.2, 0.4, 0.55, 0.7, 0.8, 0.9, 0.95, 1.0):
        target = tmp_path / f"killed-{fraction}.db"
        target.write_bytes(store.read_bytes())
        process = subprocess.Popen([sys.executable, "-m", "tadori", "ingest", *files, "--store", str(target)],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(duration * fraction)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        records = RecordStore(target)
        assert records.check()["ok"]
        counts = records.counts()
        assert counts in (before, after), f"partial store after a kill at {fraction:.0%}: {counts}"
        outcomes.append(counts == after)
    assert not all(outcomes), "every kill came after the ingest had finished: nothing was tested"

