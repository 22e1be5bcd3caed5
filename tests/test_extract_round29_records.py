"""Count and registration shapes the twenty-ninth and thirtieth blind rounds (realshapes29/30) taught, on invented
pages of the same shape.

- a registration report in one sentence, each action word before its group of quoted businesses with the holder
  in a bracket after each (「新規登録は「X事務」(A課)、「Y事務」(B課)の2件、変更は「Z事務」(C課)の1件」): every
  business is a registration of the action named before its group, and each group's count is labelled by
  that word (the kind of 変更 / 廃止 carries to the count after its group, not the first group's);
- a phone-layout table of uses and provisions by basis, the header and each row glued (「根拠目的外利用外部提供」,
  「法律に定めがあるとき4317」) over a digits-only total row: the two columns are split by the total row's
  arithmetic; a total that only repeats the counts the page's prose stated is not recorded again.
"""

from __future__ import annotations

import pytest
from page_shapes import extract, registrations, stats

REPORTED_IN_ONE_SENTENCE = [
    "(3)個人情報取扱事務の登録状況について(報告)",
    "",
    "■事務局が「資料3」により報告した。新規登録は「学童保育入所管理事務」(青少年課)、「雨水貯留槽補助事務」"
    "(下水道課)の2件、変更は「狂犬病予防注射案内事務」(生活衛生課)の1件、廃止は「旧敬老祝品配送事務」(長寿支援課)"
    "の1件であった。",
]

STATISTICS = [
    pytest.param(
        REPORTED_IN_ONE_SENTENCE,
        [("新規登録", "registration_new", 2, 3), ("変更", "registration_modify", 1, 3),
         ("廃止", "registration_abolish", 1, 3)],
        id="each-action-word-labels-the-count-after-its-group-of-quoted-businesses",
    ),
    pytest.param(
        ["個人情報取扱事務の届出について(報告)", "新規登録が「公園愛護会支援事務」(公園緑地課所管)の1件、廃止が"
         "「旧消防団員手帳交付事務」(所管:消防総務課)の1件でした。"],
        [("新規登録", "registration_new", 1, 2), ("廃止", "registration_abolish", 1, 2)],
        id="an-action-word-before-が-labels-the-count-of-its-quoted-business",
    ),
    pytest.param(
        ["なお、目的外利用は61件、外部提供は24件です。", "", "表5 利用と提供の根拠別件数", "",
         "根拠目的外利用外部提供", "法律に定めがあるとき4317", "本人が同意したとき125", "公益上必要があるとき62",
         "6124"],
        [("目的外利用", "purpose_outside_use", 61, 1), ("外部提供", "external_provision", 24, 1),
         ("法律に定めがあるとき", "purpose_outside_use", 43, 6), ("法律に定めがあるとき", "external_provision", 17, 6),
         ("本人が同意したとき", "purpose_outside_use", 12, 7), ("本人が同意したとき", "external_provision", 5, 7),
         ("公益上必要があるとき", "purpose_outside_use", 6, 8), ("公益上必要があるとき", "external_provision", 2, 8)],
        id="glued-basis-rows-of-uses-and-provisions-split-by-the-total-row-the-prose-repeats",
    ),
    pytest.param(
        ["表5 利用と提供の根拠別件数", "", "根拠目的外利用外部提供", "法律に定めがあるとき4317",
         "本人が同意したとき125", "公益上必要があるとき62", "6124"],
        [("法律に定めがあるとき", "purpose_outside_use", 43, 4), ("法律に定めがあるとき", "external_provision", 17, 4),
         ("本人が同意したとき", "purpose_outside_use", 12, 5), ("本人が同意したとき", "external_provision", 5, 5),
         ("公益上必要があるとき", "purpose_outside_use", 6, 6), ("公益上必要があるとき", "external_provision", 2, 6),
         ("合計", "purpose_outside_use", 61, 7), ("合計", "external_provision", 24, 7)],
        id="without-prose-counts-the-glued-total-row-is-the-table-s-total",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), STATISTICS)
def test_count_shapes_of_the_twenty_ninth_and_thirtieth_rounds(lines: list[str], expected: list[tuple]) -> None:
    assert stats(lines) == expected


REGISTRATIONS = [
    pytest.param(
        REPORTED_IN_ONE_SENTENCE,
        [("青少年課", "学童保育入所管理事務", "new", None, None, None, [], [], 3),
         ("下水道課", "雨水貯留槽補助事務", "new", None, None, None, [], [], 3),
         ("生活衛生課", "狂犬病予防注射案内事務", "modify", None, None, None, [], [], 3),
         ("長寿支援課", "旧敬老祝品配送事務", "abolish", None, None, None, [], [], 3)],
        id="quoted-businesses-with-the-holder-bracketed-after-under-the-action-named-before",
    ),
    pytest.param(
        ["個人情報取扱事務の届出について(報告)", "新規登録が「公園愛護会支援事務」(公園緑地課所管)の1件、廃止が"
         "「旧消防団員手帳交付事務」(所管:消防総務課)の1件でした。"],
        [("公園緑地課", "公園愛護会支援事務", "new", None, None, None, [], [], 2),
         ("消防総務課", "旧消防団員手帳交付事務", "abolish", None, None, None, [], [], 2)],
        id="the-holder-bracket-may-say-it-holds-the-business",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), REGISTRATIONS)
def test_registration_shapes_of_the_twenty_ninth_and_thirtieth_rounds(lines: list[str],
                                                                      expected: list[tuple]) -> None:
    assert registrations(lines) == expected


def test_a_glued_basis_table_no_total_or_prose_fixes_is_read_with_an_info_diagnostic() -> None:
    page = extract(["表5 利用と提供の根拠別件数", "", "根拠目的外利用外部提供", "法律に定めがあるとき4317",
                    "本人が同意したとき125"])
    assert [(stat.kind, stat.line) for stat in page.statistics] == [
        ("purpose_outside_use", 4), ("external_provision", 4), ("purpose_outside_use", 5), ("external_provision", 5)]
    assert [(problem.line, problem.severity) for problem in page.diagnostics] == [(3, "info")]
    assert "more than one way" in page.diagnostics[0].message
