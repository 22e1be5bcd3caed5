"""`Page.section(no)`: the numbered heading a line sits under, one look-up for every reader (layout/sections.py).

Invented lines only. The table says, for a page and a line, which heading (line, words) the line sits under and
what that heading states; then the readers that ask it (count tables, registry rows) are run end to end.
"""

from __future__ import annotations

import pytest

from tadori.ingest.documents import extract_document
from tadori.ingest.documents.layout.lines import split_lines
from tadori.ingest.documents.layout.page import page_of
from tadori.ingest.documents.layout.sections import SECTION_WINDOW, Section, Sections, section_heading
from tadori.ingest.records import Document

FILLER = ["本文の行です。"] * (SECTION_WINDOW - 1)

CASES = [
    # (why, lines, asked line, expected (heading line, words) or None)
    ("a numbered heading", ["1 目的外利用の状況", "市民課\t3"], 2, (1, "目的外利用の状況")),
    ("a bracketed number", ["(2) 外部提供", "", "市民課\t3"], 3, (1, "外部提供")),
    ("a full-width bracket", ["（3） 開示請求の件数", "開示\t4"], 2, (1, "開示請求の件数")),
    ("a dotted number", ["4. 登録件数", "市長\t5"], 2, (1, "登録件数")),
    ("the nearest of two", ["1 概要", "説明の行。", "2 外部提供", "市民課\t3"], 4, (3, "外部提供")),
    ("a heading does not sit under itself", ["1 概要", "2 外部提供"], 2, (1, "概要")),
    ("nothing above", ["市民課\t3"], 1, None),
    ("an unnumbered line is no heading", ["外部提供の状況", "市民課\t3"], 2, None),
    ("a number alone is no heading", ["1.", "市民課\t3"], 2, None),
    ("a table row is no heading", ["1\t市民課\t住民記録事務", "2\t税務課\t課税事務"], 2, None),
    ("at the window's edge", ["1 外部提供", *FILLER, "市民課\t3"], SECTION_WINDOW + 1, (1, "外部提供")),
    ("past the window", ["1 外部提供", *FILLER, "", "市民課\t3"], SECTION_WINDOW + 2, None),
]


@pytest.mark.parametrize(("why", "lines", "asked", "expected"), CASES, ids=[case[0] for case in CASES])
def test_the_section_a_line_sits_under(why, lines, asked, expected):
    section = page_of("\n".join(lines)).section(asked)
    assert (None if section is None else (section.line, section.text)) == expected


STATES = [
    # (heading, kind, basis_text, action)
    ("1 目的外利用の状況", "purpose_outside_use", None, None),
    ("2 外部提供", "external_provision", None, None),
    ("(1) 新たに登録した事務", None, None, "new"),
    ("2 廃止した事務", None, None, "abolish"),
    ("3-1 記録項目を変更した事務", None, None, None),  # 「3-1」 is no section number of this grammar
    ("3 記録項目を変更した事務", None, None, "modify"),
    ("1 個人情報取扱事務の登録状況", None, None, None),  # titles a status page: the 登録 names no action
    ("2 登録事務の一覧", None, None, None),
    ("(2) 法令に基づく外部提供", "external_provision", "法令に基づく外部提供", None),
    ("(3) 本人の同意による提供", None, "本人の同意による提供", None),
]


@pytest.mark.parametrize(("heading", "kind", "basis_text", "action"), STATES, ids=[row[0] for row in STATES])
def test_what_a_heading_states(heading, kind, basis_text, action):
    section = section_heading(split_lines(heading)[0])
    if kind is None and basis_text is None and action is None and section is None:
        return  # no heading at all states nothing either
    assert section is not None
    assert (section.kind, section.basis_text, section.action) == (kind, basis_text, action)


def test_a_section_is_a_frozen_value():
    section = page_of("1 外部提供\n市民課\t3").section(2)
    assert section == Section(line=1, text="外部提供", kind="external_provision", basis_text=None, action=None)
    with pytest.raises(AttributeError):
        section.line = 2  # type: ignore[misc]


STATING = [
    # (why, lines, asked position, stating, expected heading line)
    ("the nearest that states an action, past a sub-heading",
     ["2 廃止した事務", "(1) 市長部局", "市民課\t住民記録事務"], 2, "action", 1),
    ("the nearest heading when nothing is asked",
     ["2 廃止した事務", "(1) 市長部局", "市民課\t住民記録事務"], 2, None, 2),
    ("none states a kind", ["2 廃止した事務", "(1) 市長部局", "市民課\t住民記録事務"], 2, "kind", None),
    ("a stating heading past the window is not reached",
     ["2 廃止した事務", *FILLER, "(1) 市長部局", "市民課\t住民記録事務"], SECTION_WINDOW + 1, "action", None),
]


@pytest.mark.parametrize(("why", "lines", "position", "stating", "expected"), STATING, ids=[row[0] for row in STATING])
def test_the_nearest_heading_stating_something(why, lines, position, stating, expected):
    section = Sections(split_lines("\n".join(lines))).above(position, stating=stating)
    assert (None if section is None else section.line) == expected


def test_the_page_indexes_its_sections_once():
    page = page_of("1 外部提供\n市民課\t3\n2 目的外利用\n税務課\t4")
    assert page.sections is page.sections
    assert [page.section(no).text for no in (2, 4)] == ["外部提供", "目的外利用"]


def _read(lines: list[str]):
    return extract_document(Document(path="invented.txt", sha256="0" * 64, text="\n".join(lines) + "\n"))


READ = [
    # (why, lines, (business, action) of each registration)
    ("a caption just above the table names the action",
     ["廃止した事務", "", "番号 担当課 事務の名称 年月日", "1 市民課 住民記録事務 令和6年4月1日"],
     [("住民記録事務", "abolish")]),
    ("the section heading names it, past a sub-heading",
     ["2 廃止した事務", "(1) 市長部局", "番号 担当課 事務の名称 年月日", "1 市民課 住民記録事務 令和6年4月1日"],
     [("住民記録事務", "abolish")]),
    ("a page's title names none",
     ["1 個人情報取扱事務の登録状況", "番号 担当課 事務の名称 年月日", "1 市民課 住民記録事務 令和6年4月1日"], []),
]


@pytest.mark.parametrize(("why", "lines", "expected"), READ, ids=[row[0] for row in READ])
def test_registry_rows_take_the_action_their_heading_states(why, lines, expected):
    assert [(r.business, r.action) for r in _read(lines).registrations] == expected


COUNTED = [
    # (why, lines, table name of the count)
    ("the section heading names the table", ["3 目的外利用の件数", "件数の表", "実施機関\t目的外利用", "市長\t12"],
     "目的外利用の件数"),
    ("without a section, the caption just above", ["件数の表", "実施機関\t目的外利用", "市長\t12"], "件数の表"),
    ("a section past the window: the caption", ["3 目的外利用の件数", *FILLER, "件数の表", "実施機関\t目的外利用",
                                               "市長\t12"], "件数の表"),
]


@pytest.mark.parametrize(("why", "lines", "table"), COUNTED, ids=[row[0] for row in COUNTED])
def test_count_tables_are_named_by_their_section(why, lines, table):
    assert [s.table for s in _read(lines).statistics] == [table]
