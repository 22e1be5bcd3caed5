"""The page model around an excerpt's edges: its provenance header, stray long lines, dated list items."""

from __future__ import annotations

from page_shapes import read

from tadori.ingest.documents.layout.lines import split_lines
from tadori.ingest.documents.layout.page import page_of
from tadori.ingest.documents.layout.paragraphs import join_wrapped


def test_a_provenance_header_is_not_read_but_keeps_its_line_number():
    text = "\n".join([
        "# shape: notice, 市民課が保有する住民票の写しを県警察本部へ提供しています (a description, not the page)",
        "白波町の個人情報の外部提供について",
        "",
        "白波町は、県の求めに応じて、選挙人名簿の抄本を選挙管理委員会へ提供しています。",
    ])
    page = page_of(text)
    assert page.lines[0].text == "" and page.lines[1].no == 2
    assert page.title == "白波町の個人情報の外部提供について"
    assert page.municipality == "白波町"
    extraction = read(text)
    assert all(flow.line != 1 for flow in extraction.flows)
    assert all(diagnostic.line != 1 for diagnostic in extraction.diagnostics)


def test_a_header_like_line_inside_the_page_stays_text():
    lines = split_lines("見出し\n# source: 本文の一部")
    assert lines[1].text == "# source: 本文の一部"


def test_a_line_wider_than_the_page_is_not_joined_to_the_heading_below_it():
    wrapped = "北浜町は、災害対策基本法に基づき、避難行動要支援者名簿を作成し、平常時から地域の支援者"
    long_line = "(1)氏名 (2)生年月日 (3)性別 (4)住所 (5)電話番号 (6)支援が必要な理由 (7)そのほか町長が必要と認める事項"
    text = "\n".join([wrapped[:40 - shift] for shift in range(4)] + [long_line, "名簿の提供先", "(1)北浜消防署"])
    joined = join_wrapped(split_lines(text), set())
    assert [line.text for line in joined[4:6]] == [long_line, "名簿の提供先"]


def test_a_list_item_ending_in_a_bracketed_date_ends_there_in_a_double_spaced_transcript():
    items = [f"・新規 市民課 窓口予約受付事務その{number}(令和6年{number}月1日)" for number in range(1, 9)]
    text = "\n\n".join(["報告事項", *items, "このページの先頭へ戻る"])
    joined = join_wrapped(split_lines(text), set())
    assert [line.text for line in joined if line.text][-2:] == [items[-1], "このページの先頭へ戻る"]
