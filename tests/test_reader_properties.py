"""Random text, random tables and random bytes thrown at every reader: each answer is records or
Tadori's own error, never another exception, and each example finishes within a time bound
(an alarm stops a hang and fails the test)."""

from __future__ import annotations

import csv
import io
import signal
from collections.abc import Iterator
from contextlib import contextmanager, suppress

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tadori.errors import TadoriError
from tadori.ingest.documents import extract_document
from tadori.ingest.loader import extract_file
from tadori.ingest.records import Document
from tadori.ingest.sources import decode_bytes
from tadori.ingest.template import FLOW_COLUMNS, REGISTRATION_COLUMNS

EXAMPLE_SECONDS = 10  # an example takes milliseconds; ten seconds is a hang
# Words the readers look for, so random documents reach deep into them, not only their first check.
WORDS = ["目的外利用", "外部提供", "提供先", "利用する課", "担当課", "業務の名称", "根拠", "条例第9条第3項第4号",
         "審議会", "承認", "平成26年1月14日", "令和元年", "令和5年4月1日", "市民課", "住民基本台帳業務", "DV情報等",
         "→", "|", "\t", "  ", "\u3000", "・", "、", "。", "(", ")", "第1回", "No.", "1", "12", "件", "川口市",
         "業務", "項目", "氏名", "住所", "登録", "廃止", "変更", "\n", "\n\n", "-", "※", "記", "別表", "合計"]
HEADERS = [c.header for c in FLOW_COLUMNS + REGISTRATION_COLUMNS] + ["番号", "備考", "", "提供先の業務 ", "項目名"]
# How each format's files start: random bytes after them reach that format's reader.
MAGIC = [b"", b"%PDF-1.4\n", b"PK\x03\x04", b"<!DOCTYPE html><html><body>", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
         "<html><table><tr><td>提供先</td><td>根拠</td></tr>".encode()]
CELLS = st.one_of(st.sampled_from(WORDS + ["2014-02-30", "99999-01-01", "=1+1", "<script>", "令和99年13月1日"]),
                  st.text(max_size=20))


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    def stop(_signum, _frame):
        raise TimeoutError(f"a reader took over {seconds} s on one example")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _document(text: str) -> Document:
    return Document(path="random.txt", sha256="0" * 64, text=text)


def _extract_text(text: str) -> None:
    with time_limit(EXAMPLE_SECONDS), suppress(TadoriError):
        extract_document(_document(text))


PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(st.text(max_size=3000))
def test_random_text(text):
    _extract_text(text)


@PROPERTY
@given(st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=10)), max_size=400))
def test_random_text_of_the_readers_own_words(words):
    _extract_text("".join(words))


@PROPERTY
@given(st.lists(st.lists(CELLS, min_size=1, max_size=8), min_size=1, max_size=30),
       st.sampled_from(["\t", " | ", "  ", ","]))
def test_random_tables_in_documents(rows, separator):
    _extract_text("\n".join(separator.join(row) for row in rows))


@PROPERTY
@given(st.binary(max_size=4000))
def test_random_bytes_decode_or_are_refused(data):
    with time_limit(EXAMPLE_SECONDS):
        try:
            text, _ = decode_bytes(data, "random.bin")
        except TadoriError:
            return
        _extract_text(text)


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("random-files")


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(HEADERS), min_size=1, max_size=10),
       st.lists(st.lists(CELLS, max_size=12), max_size=15),
       st.sampled_from(["utf-8", "cp932"]))
def test_random_template_csvs(folder, headers, rows, encoding):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(headers)
    writer.writerows(rows)
    path = folder / "random.csv"
    path.write_bytes(buffer.getvalue().encode(encoding, errors="replace"))
    with time_limit(EXAMPLE_SECONDS):
        try:
            extract_file(path)
        except TadoriError as error:
            assert "internal error" not in str(error), error


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(st.sampled_from(MAGIC),
       st.binary(max_size=3000), st.sampled_from([".txt", ".csv", ".xlsx", ".xls", ".pdf", ".html"]))
def test_random_bytes_as_any_file(folder, magic, data, suffix):
    """Each format's reader gets bytes that start like its format and then go wrong."""
    path = folder / f"random{suffix}"
    path.write_bytes(magic + data)
    with time_limit(EXAMPLE_SECONDS):
        try:
            extract_file(path)
        except TadoriError as error:
            assert "internal error" not in str(error), error
