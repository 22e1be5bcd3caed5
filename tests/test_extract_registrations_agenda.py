"""Registrations listed as agenda items and several businesses in one registry cell: invented documents."""

from __future__ import annotations

from tadori.ingest.documents import extract_document
from tadori.ingest.records import Document


def regs(text: str) -> list[tuple]:
    extraction = extract_document(Document(path="agenda.txt", sha256="0" * 64, text=text))
    return [(r.department, r.business, r.action, r.line) for r in extraction.registrations]


def test_each_business_an_agenda_item_reports_is_one_registration():
    text = "\n".join([
        "令和6年度第1回西浜町個人情報保護審議会 次第", "日時 令和6年7月4日(木)午前10時から", "2 報告事項",
        "報告1 国民年金事務について【変更】", "報告2 児童館運営事業、放課後児童クラブ事業について【新規】",
        "報告3 敬老祝金事務について（廃止）【福祉課】", "(4) 防災行政無線戸別受信機貸与事業の登録について",
        "(5) 個人情報取扱事務の登録について"])
    assert regs(text) == [
        (None, "国民年金事務", "modify", 4), (None, "児童館運営事業", "new", 5),
        (None, "放課後児童クラブ事業", "new", 5),
        ("福祉課", "敬老祝金事務", "abolish", 6), (None, "防災行政無線戸別受信機貸与事業", "new", 7)]


def test_a_registry_table_with_a_kind_column_and_several_businesses_in_one_cell():
    text = "\n".join([
        "個人情報取扱事務の登録状況", "No.\t担当課\t事務の名称\t区分\t登録年月日",
        "1\tこども課\t乳児健診事務、幼児健診事務\t新規\t令和6年4月1日",
        "2\t環境課\t畜犬登録事務及び狂犬病予防事務\t廃止\t令和6年5月1日",
        "3\t福祉課\t母子・父子自立支援事務\t変更\t令和6年6月1日"])
    assert regs(text) == [
        ("こども課", "乳児健診事務", "new", 3), ("こども課", "幼児健診事務", "new", 3),
        ("環境課", "畜犬登録事務", "abolish", 4), ("環境課", "狂犬病予防事務", "abolish", 4),
        ("福祉課", "母子・父子自立支援事務", "modify", 5)]


def test_a_registry_list_under_action_marks_names_its_departments_in_brackets():
    text = "\n".join(["報告事項", "(1) 個人情報取扱事務の登録について", "【新規】", "・花火大会運営事務（観光課）",
                      "・街路灯管理事務（道路課）", "【廃止】", "・老人クラブ補助事務（長寿課）"])
    assert regs(text) == [("観光課", "花火大会運営事務", "new", 4), ("道路課", "街路灯管理事務", "new", 5),
                          ("長寿課", "老人クラブ補助事務", "abolish", 7)]


def test_a_table_of_names_under_a_registry_heading_and_rows_that_read_like_their_columns():
    text = "\n".join(["個人情報取扱事務の新規登録", "事務の名称\t担当課\t登録日",
                      "花火大会運営事務\t観光課\t令和6年4月1日", "", "令和6年度に廃止した個人情報取扱事務",
                      "事務の名称\t担当課", "老人クラブ補助事務\t長寿課"])
    assert regs(text) == [("観光課", "花火大会運営事務", "new", 3), ("長寿課", "老人クラブ補助事務", "abolish", 7)]


def test_bullets_under_a_heading_that_names_only_the_action():
    from tadori.ingest.documents import extract_document
    from tadori.ingest.records import Document
    text = "\n".join(["報告事項", "(1)個人情報取扱事務の開始の届出について", "・市民課「証明書交付事務」",
                      "・子育事業(保育課)", "(2)個人情報取扱事務の廃止の届出について", "・商工課「商品券事業」"])
    registrations = extract_document(Document(path="a.txt", sha256="0" * 64, text=text)).registrations
    assert [(r.department, r.business, r.action, r.line) for r in registrations] == [
        ("市民課", "証明書交付事務", "new", 3), ("保育課", "子育事業", "new", 4),
        ("商工課", "商品券事業", "abolish", 6)]


def test_handouts_listed_after_a_registry_report_item_are_no_registrations():
    from tadori.ingest.documents import extract_document
    from tadori.ingest.records import Document
    text = "\n".join(["3.報告事項", "  個人情報取扱事務登録簿の変更について", "4.閉会", "",
                      "配布資料 (資料は全てPDF形式となります。)",
                      "【資料1】 諮問書(諮問第21号)及び説明資料 (PDF形式:388KB)"])
    assert extract_document(Document(path="a.txt", sha256="0" * 64, text=text)).registrations == []
