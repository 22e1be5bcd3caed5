"""Counts as real operation reports and newspapers state them: invented documents of the same shapes."""

from __future__ import annotations

import pytest

from tadori.ingest.documents import extract_document
from tadori.ingest.records import Document


def stats(text: str) -> list[tuple]:
    extraction = extract_document(Document(path="report.txt", sha256="0" * 64, text=text))
    return [(s.kind, s.count, s.organ_or_basis, s.line) for s in extraction.statistics]


def test_a_table_flattened_into_label_value_pairs_is_read_and_the_public_records_table_is_not():
    text = ("広報 令和5年度の運用状況 ●行政情報公開請求の状況(表1) [請求件数]40 [全部公開]30 [却下]1 "
            "●自己情報開示請求の状況(表2) [請求の種類]開示 [請求手続件数]12 ○決定状況 [承諾]9 [不承諾]2 [却下]1 "
            "○その他 [取り下げ]1 ●個人情報取扱事務の状況(表3) ○令和5年度中の届出数 [新規事務]7 [内容変更]4 [廃止]2 "
            "[令和5年度末現在累計]410 ■請求方法")
    assert stats(text) == [
        ("disclosure_request", 12, "開示", 1), ("disclosure_granted", 9, "開示", 1),
        ("disclosure_refused", 2, "開示", 1), ("disclosure_withdrawn", 1, "開示", 1),
        ("registration_new", 7, "令和5年度中の届出数", 1), ("registration_modify", 4, "令和5年度中の届出数", 1),
        ("registration_abolish", 2, "令和5年度中の届出数", 1), ("registration_total", 410, "令和5年度末現在累計", 1)]


@pytest.mark.parametrize(("lines", "expected"), [
    (  # a kind after its count takes the subject of the first; a separate sentence goes on with it
        ["本人に関係する個人情報の開示請求は7件あり、5件が開示、1件が一部開示。1件は請求者が取り下げた。"],
        [("disclosure_request", 7, "本人に関係する個人情報の開示請求", 1),
         ("disclosure_granted", 5, "本人に関係する個人情報の開示請求", 1),
         ("disclosure_partial", 1, "本人に関係する個人情報の開示請求", 1),
         ("disclosure_withdrawn", 1, "本人に関係する個人情報の開示請求", 1)]),
    (  # counts in 万, and departments counted under the kind the sentence began with
        ["市から他の官公庁へ提供された個人情報は5万2140件で、資産税課が2万310件、保険年金課が9876件など。"],
        [("external_provision", 52140, "市から他の官公庁へ提供された個人情報", 1),
         ("external_provision", 20310, "資産税課", 1), ("external_provision", 9876, "保険年金課", 1)]),
    (  # the public-records system's counts (and the next line that goes on about them) are not read
        ["市の情報公開制度に基づく公文書の開示請求は46件、全部開示は30件だった。",
         "開示請求先は、市長29件、教育委員会8件。",
         "一方、個人情報保護制度に基づく開示請求は前年度比5件増の31件だった。"],
        [("disclosure_request", 31, "個人情報保護制度に基づく開示請求", 3)]),
    (  # the year before in brackets after a count: its own record, labelled as such
        ["個人情報の開示請求は、全部開示が41件(同38件)、一部開示は9件(前年度は12件)。"],
        [("disclosure_granted", 41, "全部開示", 1), ("disclosure_granted", 38, "前年度", 1),
         ("disclosure_partial", 9, "一部開示", 1), ("disclosure_partial", 12, "前年度", 1)]),
    (  # the period the line names labels a count whose subject is only its kind (and keeps the kind word)
        ["令和4年度の自己情報の開示請求は15件あり、決定内容は全部開示が11件、不開示が4件でした。"],
        [("disclosure_request", 15, "令和4年度の自己情報の開示請求", 1),
         ("disclosure_granted", 11, "令和4年度 全部開示", 1), ("disclosure_refused", 4, "令和4年度 不開示", 1)]),
    (  # a stock as of a day is the registry's total; the organ a count belongs to after 「が」
        ["個人情報保護制度の運用状況は、3月31日現在で1520件。手続きの数で、町長部局が1100件と多い。",
         "個人情報の開示請求は12件で、請求先は、12件の全件が町長(福祉部など)だった。請求内容は介護記録5件、"
         "健診記録4件。"],
        [("registration_total", 1520, "3月31日現在", 1), ("registration_total", 1100, "町長部局", 1),
         ("disclosure_request", 12, "個人情報の開示請求", 2), ("disclosure_request", 12, "町長", 2),
         ("disclosure_request", 5, "請求内容は介護記録", 2), ("disclosure_request", 4, "健診記録", 2)]),
    (  # a note on how counts are made is no count
        ["自己情報の開示請求は4件でした。", "※開示請求1件の中に複数の不開示情報がある場合は、それぞれ計上しています。"],
        [("disclosure_request", 4, "自己情報の開示請求", 1)]),
])
def test_counts_in_running_prose(lines, expected):
    assert stats("\n".join(lines)) == expected


def test_a_space_separated_table_with_dropped_cells_reads_what_the_layout_still_proves():
    text = "\n".join([
        "1 自己情報の開示請求と決定の状況", "年度 開示請求 決定の状況", "全部開示 部分開示 不開示 取下げ",
        "3", "4 17 9", "5 30 21 6", "", "2 不開示の理由", "理由 3年度 4年度 5年度", "文書不存在 4 6", "",
        "3 機関別", "実施機関 開示請求 決定の状況", "全部開示 部分開示 不開示 取下げ", "町長 28 20 5", "教育委員会",
        "30 21 6"])
    extraction = extract_document(Document(path="report.txt", sha256="0" * 64, text=text))
    assert [(s.kind, s.count, s.organ_or_basis, s.line) for s in extraction.statistics] == [
        ("disclosure_request", 17, "4", 5), ("disclosure_request", 30, "5", 6),
        ("disclosure_nonexistent", 4, "文書不存在", 10), ("disclosure_nonexistent", 6, "文書不存在", 10),
        ("disclosure_request", 28, "町長", 15), ("disclosure_request", 30, "合計", 17)]
    said = {d.line: d.candidate for d in extraction.diagnostics if d.candidate}
    assert said[5]["counts"] == [9] and said[6]["counts"] == [21, 6] and said[15]["counts"] == [20, 5]
    # a row without its label under a row that lost its counts is their total (合計, said as an inference),
    # read like the rows above it: its first count, the rest said
    assert said[17]["counts"] == [21, 6]
    assert any(d.line == 17 and "合計" in d.message for d in extraction.diagnostics)


def test_digits_glued_together_are_parted_only_when_the_row_adds_up_one_way():
    text = "\n".join(["1 請求の状況", "実施機関 開示請求 全部開示 部分開示 不開示", "町長 12 732", "議会 5 41",
                      "監査委員 9 1111"])
    extraction = extract_document(Document(path="report.txt", sha256="0" * 64, text=text))
    assert [(s.organ_or_basis, s.kind, s.count) for s in extraction.statistics if s.organ_or_basis == "町長"] == [
        ("町長", "disclosure_request", 12), ("町長", "disclosure_granted", 7), ("町長", "disclosure_partial", 3),
        ("町長", "disclosure_refused", 2)]
    said = {d.line: d for d in extraction.diagnostics if d.candidate}
    assert "split" in said[3].message
    # 「5 41」 under four columns: too few digits to part; 「9 1111」: no way adds up. The first count only, and a word.
    assert [(s.organ_or_basis, s.count) for s in extraction.statistics if s.line in (4, 5)] == [
        ("議会", 5), ("監査委員", 9)]
    assert said[4].candidate["counts"] == [41] and said[5].candidate["counts"] == [1111]


@pytest.mark.parametrize(("text", "expected"), [
    (  # an organ named once for its group of rows, the kind in a 区分 column, the count under 件数
        "3 目的外利用等\n実施機関\t区分\t件数\n町長\t目的外利用\t14\n\t外部提供\t22\n"
        "教育委員会\t目的外利用\t3\n\t外部提供\t6",
        [("町長", "purpose_outside_use", 14), ("町長", "external_provision", 22),
         ("教育委員会", "purpose_outside_use", 3), ("教育委員会", "external_provision", 6)]),
    (  # a header over three lines: 「全部」 over 「開示」 is one column
        "5 状況\n\t開示請求\t決定\t\t\n\t\t全部\t部分\t不開示\n\t\t開示\t開示\t\n令和5年度\t11\t7\t3\t1",
        [("令和5年度", "disclosure_request", 11), ("令和5年度", "disclosure_granted", 7),
         ("令和5年度", "disclosure_partial", 3), ("令和5年度", "disclosure_refused", 1)]),
    (  # one cell a line: a kind, then its count
        "6 開示請求の状況\n区分\n件数\n開示請求\n13\n全部開示\n9\n部分開示\n3\n不開示\n1",
        [("開示請求", "disclosure_request", 13), ("全部開示", "disclosure_granted", 9),
         ("部分開示", "disclosure_partial", 3), ("不開示", "disclosure_refused", 1)]),
])
def test_count_tables_of_other_shapes(text, expected):
    extraction = extract_document(Document(path="report.txt", sha256="0" * 64, text=text))
    assert [(s.organ_or_basis, s.kind, s.count) for s in extraction.statistics] == expected
