"""Bad input, as a careless or hostile user brings it: every case is one `error:` line or a clean
result, never a traceback, never a hang (each case runs in a process with a time limit), and the
store is exactly as it was after a refusal.

The corpus is written here, at test time: invented files of the shapes that broke before.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tadori.ingest.sources import MAX_LINE_CHARS, decode_bytes
from tadori.ingest.template import FLOW_COLUMNS

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "sample-flows.csv"
HEADER = ",".join(c.header for c in FLOW_COLUMNS)
_VALUES = {"自治体": "架空市", "提供元の課": "市民課", "提供元の業務": "住民基本台帳業務", "区分": "目的外利用",
           "提供先の課": "健康課", "提供先の業務": "検診業務", "開始日": "2014-01-14", "項目": "住所",
           "出典": "架空の資料 1"}
ROW = ",".join(_VALUES.get(c.header, "") for c in FLOW_COLUMNS)
CASE_SECONDS = 60  # the slowest case here takes a few seconds; a hang is stopped, and fails the test


def _write(folder: Path, name: str, content: bytes | str) -> Path:
    path = folder / name
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def _utf8_cut_at_4096() -> bytes:
    """A valid UTF-8 template whose byte 4096 falls inside a three-byte character."""
    head = (HEADER + "\n").encode("utf-8")
    rows, size, n = [], len(head), 0
    while size < 4200:
        row = (ROW.replace("検診業務", f"検診業務{n}") + "\n").encode("utf-8")
        rows.append(row)
        size += len(row)
        n += 1
    for pad in range(3):  # shift by ASCII spaces (harmless after the header) until byte 4096 is mid-character
        candidate = head + b" " * pad + b"".join(rows)
        if 0x80 <= candidate[4096] < 0xC0:
            return candidate
    pytest.fail("could not place a character across byte 4096")


# name → (file name, content, expected: None = accepted, else a text the error line holds)
CORPUS = {
    "empty file": ("empty.txt", b"", "the file is empty"),
    "only blank lines": ("blank.txt", "\n \n\u3000\n", "the file is empty"),
    "empty csv": ("empty.csv", b"", "the file is empty"),
    "unknown columns": ("unknown.csv", "品目,数量\nりんご,3\n", "expected the template's flow columns"),
    "header only": ("header-only.csv", HEADER + "\n", "header but no rows"),
    "binary": ("random.txt", bytes(range(256)) * 40, "NUL bytes (a binary file)"),
    "pdf given as text": ("report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n",
                          "not a readable PDF"),
    "xlsx given as csv": ("flows.csv", b"PK\x03\x04" + bytes(200), "cannot decode"),
    "impossible date": ("bad-date.csv", f"{HEADER}\n{ROW.replace('2014-01-14', '2014-02-30')}\n", ":2"),
    "undecodable": ("latin.txt", b"\xff\xfe\xfd\x81" * 100, "cannot decode"),
    "line too long": ("long.txt", "見出し\n" + "提供先  利用する課  " * (MAX_LINE_CHARS // 8), ":2"),
    "duplicated rows": ("dup.csv", f"{HEADER}\n{ROW}\n{ROW}\n", None),
    "utf-8 cut at byte 4096": ("cut.csv", None, None),
    "script and formula names": ("hostile.csv", None, None),
}


def _case_file(folder: Path, name: str) -> tuple[Path, str | None]:
    file_name, content, expected = CORPUS[name]
    if name == "utf-8 cut at byte 4096":
        content = _utf8_cut_at_4096()
    if name == "script and formula names":
        from hostile import write_hostile_flows

        return write_hostile_flows(folder), None
    return _write(folder, file_name, content), expected


def tadori(*args: str, env: dict | None = None, timeout: float = CASE_SECONDS) -> subprocess.CompletedProcess:
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "tadori", *args], capture_output=True, text=True, env=full_env,
                          timeout=timeout)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def store(tmp_path: Path) -> Path:
    path = tmp_path / "tadori.db"
    assert tadori("ingest", str(SAMPLE), "--store", str(path)).returncode == 0
    return path


def _one_error_line(result: subprocess.CompletedProcess) -> str:
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1, result.stderr
    assert "internal error" not in result.stderr, result.stderr  # a bug, even when reported politely
    return result.stderr


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_each_bad_input_is_refused_in_one_line_or_read_cleanly(name, store, tmp_path):
    path, expected = _case_file(tmp_path, name)
    before = digest(store)
    started = time.monotonic()
    result = tadori("ingest", str(path), "--store", str(store))
    assert time.monotonic() - started < CASE_SECONDS
    if expected is None:
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr
        return
    assert result.returncode == 2
    line = _one_error_line(result)
    assert str(path) in line and expected in line
    assert digest(store) == before


def test_a_bad_file_among_good_ones_stores_none_of_them(store, tmp_path):
    good = _write(tmp_path, "good.csv", f"{HEADER}\n{ROW}\n")
    bad, _ = _case_file(tmp_path, "empty file")
    before = digest(store)
    result = tadori("ingest", str(good), str(bad), "--store", str(store))
    assert result.returncode == 2 and str(bad) in _one_error_line(result)
    assert digest(store) == before


def test_a_directory_is_refused(store, tmp_path):
    result = tadori("ingest", str(tmp_path), "--store", str(store))
    assert result.returncode == 2 and "not a regular file" in _one_error_line(result)


def test_extract_of_a_bad_file_is_one_line_too(tmp_path):
    path, _ = _case_file(tmp_path, "pdf given as text")
    result = tadori("extract", str(path))
    assert result.returncode == 2 and "PDF" in _one_error_line(result)  # read as the PDF it is, and refused


def test_the_file_cut_at_4096_is_read_as_the_template_it_is(tmp_path):
    path, _ = _case_file(tmp_path, "utf-8 cut at byte 4096")
    result = tadori("extract", str(path), "--json")
    assert result.returncode == 0, result.stderr
    assert '"source_business": "住民基本台帳業務"' in result.stdout


def test_a_long_line_is_refused_with_its_number(tmp_path):
    path, _ = _case_file(tmp_path, "line too long")
    result = tadori("extract", str(path))
    assert result.returncode == 2
    assert f"{path}:2" in _one_error_line(result) and f"{MAX_LINE_CHARS:,}" in result.stderr


def test_a_long_space_aligned_table_is_read_in_linear_time(tmp_path):
    """Just under the limit: a space-aligned flow list of 2,000 long rows (was quadratic in each line)."""
    header = "番号  業務名  担当課  提供先  根拠"
    row = "1  検診業務  保健課  医師団体  本人同意  " + "補足  " * 2000
    path = _write(tmp_path, "wide.txt", "\n".join([header] + [row] * 200))
    started = time.monotonic()
    result = tadori("extract", str(path), timeout=120)
    assert result.returncode == 0, result.stderr
    assert time.monotonic() - started < 60


def test_a_long_run_of_names_does_not_make_a_pattern_backtrack(tmp_path):
    """A name list's receivers written as one run (「A、B、C…と協定」, names glued or spaced) once took minutes to
    search: a pattern whose separator between names was optional could split each name every way."""
    towns = "東西南北上下中本新古"
    names = "、".join(f"北浜市{first}{second}地区自主防災組織連絡協議会" for first in towns for second in towns[:4])
    lines = ["避難行動要支援者名簿の提供について", "", f"名簿は、{names} そのほかの団体に提供します。",
             f"{names.replace('、', '')} と協定を結んでいます。"]
    path = _write(tmp_path, "names.txt", "\n".join(lines))
    started = time.monotonic()
    result = tadori("extract", str(path), timeout=120)
    assert result.returncode == 0, result.stderr
    assert time.monotonic() - started < 60


@pytest.mark.parametrize(("args", "env", "expected"), [
    (("serve", "--port", "99999"), {}, "--port"),
    (("serve",), {"TADORI_PORT": "abc"}, "TADORI_PORT='abc'"),
    (("serve",), {"TADORI_THREADS": "0"}, "TADORI_THREADS"),
    (("trace", "x"), {"TADORI_BUSY_TIMEOUT": "soon"}, "TADORI_BUSY_TIMEOUT"),
    (("serve",), {"TADORI_AUTH_USER": "somebody"}, "TADORI_AUTH_PASSWORD"),
    (("no-such-command",), {}, "No such command"),
])
def test_a_bad_setting_or_option_is_one_line(args, env, expected, store):
    result = tadori(*args, "--store", str(store), env=env, timeout=30) if args[0] != "no-such-command" else \
        tadori(*args, env=env, timeout=30)
    assert result.returncode == 2
    assert expected in _one_error_line(result)


def test_debug_is_a_visible_option_that_shows_the_traceback(store):
    assert "--debug" in tadori("--help").stdout
    result = tadori("--debug", "trace", "存在しない項目", "--store", str(store))
    assert result.returncode == 2 and "Traceback" in result.stderr and "error: no " in result.stderr


def test_serve_has_no_hidden_debug_switch():
    result = tadori("serve", "--debug")
    assert result.returncode == 2 and "No such option" in result.stderr


def test_an_unforeseen_failure_is_an_internal_error_line_naming_the_file(tmp_path):
    """A reader that crashes (forced here by a sabotaged reader) is reported, not dumped."""
    path = _write(tmp_path, "doc.txt", "見出し\n本文\n")
    code = ("import sys, tadori.ingest.loader as loader\n"
            "def broken(document): raise KeyError('surprise')\n"
            "loader.extract_document = broken\n"
            "from tadori.cli import main\n"
            f"sys.argv = ['tadori', 'extract', {str(path)!r}]\n"
            "main()\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1
    assert f"internal error while reading {path} (please report)" in result.stderr


def test_decoding_is_of_the_whole_file():
    text = "市民課\n" * 2000
    assert decode_bytes(text.encode("utf-8"), "x")[0] == text
    assert decode_bytes(text.encode("cp932"), "x") == (text, "cp932")
