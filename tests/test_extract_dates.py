"""An impossible written date (令和5年2月30日) in any reader: an error diagnostic, never a traceback."""

from __future__ import annotations

import pytest

from tadori.ingest.documents import extract_document
from tadori.ingest.records import Document


def extract(text: str):
    return extract_document(Document(path="doc.txt", sha256="0" * 64, text=text))


CASES = {
    "a registration change stated in prose (registry)": [
        "市民課の住基事務及び税務課の課税事務の2事務について、「電話番号」を記録項目に追加し、令和5.2.30から取り扱う。"],
    "the note of an arrow list (arrows)": [
        "オンライン結合の一覧", "【市民課】",
        "・住基事務 → 情報機構（根拠：住民基本台帳法第30条、令和5年2月30日から）"],
    "an explanatory annex of an agenda (annexes)": [
        "令和5年度第1回西浜市個人情報保護審議会 次第", "日 時 令和5年6月1日(木)午後2時から", "",
        "2 諮問案件",
        "(1) 諮問第1号 住民基本台帳業務において保有する住所情報を、水道課が「料金徴収業務」に利用することについて",
        "", "【諮問第1号 説明資料】", "担当課 市民課", "○提供する個人情報の項目 住所", "○開始予定日 令和5年2月30日"],
    "the follow-up line of a newsletter sentence (holdings)": [
        "市では、見舞金を支給するため、税務課が固定資産税事務で保有する所有者の氏名を、防災課の見舞金支給事務で利用しています。",
        "この利用は、西浜市個人情報保護条例第9条第2項第2号に基づくもので、令和5年2月30日から行っています。"],
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_an_impossible_date_is_an_error_diagnostic_and_the_record_stays(case):
    lines = CASES[case]
    extraction = extract("\n".join(lines))
    errors = [d for d in extraction.diagnostics if d.severity == "error" and "impossible date" in d.message]
    assert len(errors) == 1, extraction.diagnostics
    assert 1 <= errors[0].line <= len(lines)
    records = [*extraction.flows, *extraction.registrations]
    assert records, "the record is read without its date"
    assert all(getattr(r, "start_date", None) is None and getattr(r, "date", None) is None for r in records)
