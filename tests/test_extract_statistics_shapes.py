"""Count shapes of real operation reports, on invented pages: each count one record, nothing read that is no count."""

from __future__ import annotations

from tadori.ingest.documents import extract_document
from tadori.ingest.records import Document


def stats(text: str) -> list[tuple[str, str, int, int]]:
    extraction = extract_document(Document(path="page.txt", sha256="0" * 64, text=text))
    return [(s.organ_or_basis, s.kind, s.count, s.line) for s in extraction.statistics]


def test_a_table_flattened_one_cell_a_line_with_a_blank_line_after_every_cell():
    cells = ["開示請求の件数の推移", "年度", "請求件数", "処理件数", "令和4年度", "52", "60", "令和5年度", "47", "55"]
    assert stats("\n\n".join(cells)) == [("令和4年度", "disclosure_request", 52, 11),
                                        ("令和5年度", "disclosure_request", 47, 17)]


def test_a_count_set_against_the_year_before_is_of_the_year_the_page_last_named():
    text = "\n".join(["西浜市の2023年度の公文書の公開請求は30件だった。",
                      "一方、個人情報の開示請求については、全部開示が21件(同18件)だった。"])
    assert stats(text) == [("2023年度 全部開示", "disclosure_granted", 21, 2),
                           ("前年度", "disclosure_granted", 18, 2)]


def test_how_counting_works_is_no_count():
    text = "\n".join(["開示請求は12件でした。", "1件の請求で複数の課が決定することがあります。"])
    assert stats(text) == [("開示請求", "disclosure_request", 12, 1)]


def test_the_files_published_as_of_a_day_are_the_registers_total():
    text = "令和7年3月31日現在、ファイル簿で公表している個人情報ファイルは412件です。"
    assert stats(text) == [("令和7年3月31日現在", "registration_total", 412, 1)]


def test_a_request_count_column_and_a_bracketed_of_which_count():
    text = "\n".join(["| 年度 | 請求数 | 不開示決定(うち文書不存在) |", "|---|---|---|",
                      "| 令和6年度 | 9件 | 3(2)件 |"])
    assert stats(text) == [("令和6年度", "disclosure_request", 9, 3), ("令和6年度", "disclosure_refused", 3, 3),
                           ("令和6年度", "disclosure_nonexistent", 2, 3)]


def test_a_two_column_table_of_labels_and_counts():
    text = "\n".join(["開示請求等の状況", "区分 件数", "開示請求 45", "訂正請求 1", "利用停止請求 0"])
    assert stats(text) == [("開示請求", "disclosure_request", 45, 3), ("訂正請求", "correction_request", 1, 4),
                           ("利用停止請求", "suspension_request", 0, 5)]


def test_a_row_that_lost_its_empty_cells_is_placed_by_the_prose_of_its_year():
    text = "\n".join(["平成20年度の開示請求は30件あり,全部開示が18件,部分開示が1件,不開示が11件でした。",
                      "年度 開示請求 決定の状況", "開 示 部分開示 不開示 取下げ", "19 25 15 10", "20 30 18 11"])
    placed = [stat for stat in stats(text) if stat[3] in (4, 5)]
    assert placed == [("19", "disclosure_request", 25, 4), ("19", "disclosure_granted", 15, 4),
                      ("19", "disclosure_refused", 10, 4), ("20", "disclosure_request", 30, 5),
                      ("20", "disclosure_granted", 18, 5), ("20", "disclosure_refused", 11, 5)]


def test_a_glued_table_of_organs_with_its_unlabelled_total_row():
    text = "\n".join(["表2 実施機関別決定の内訳", "実施機関開示部分開示不開示", "市長731", "教育委員会200", "931"])
    assert stats(text) == [("市長", "disclosure_granted", 7, 3), ("市長", "disclosure_partial", 3, 3),
                           ("市長", "disclosure_refused", 1, 3), ("教育委員会", "disclosure_granted", 2, 4),
                           ("教育委員会", "disclosure_partial", 0, 4), ("教育委員会", "disclosure_refused", 0, 4),
                           ("合計", "disclosure_granted", 9, 5), ("合計", "disclosure_partial", 3, 5),
                           ("合計", "disclosure_refused", 1, 5)]


def test_a_glued_request_table_with_a_dash_for_none():
    text = "\n".join(["表1 開示等請求の内訳", " 請求うち取下げ", "開示請求121", "訂正請求1―"])
    assert stats(text) == [("開示請求", "disclosure_request", 12, 3), ("開示請求", "disclosure_withdrawn", 1, 3),
                           ("訂正請求", "correction_request", 1, 4)]


def test_a_glued_single_row_under_a_two_line_header_is_read_when_its_first_count_adds_up_the_others():
    text = "\n".join(["【表① 決定の状況】", "区分処理件数決定の内容", "全部開示部分開示不開示取り下げ",
                      "開示請求に対する決定95220"])
    assert stats(text) == [("開示請求に対する決定", "disclosure_request", 9, 4),
                           ("開示請求に対する決定", "disclosure_granted", 5, 4),
                           ("開示請求に対する決定", "disclosure_partial", 2, 4),
                           ("開示請求に対する決定", "disclosure_refused", 2, 4),
                           ("開示請求に対する決定", "disclosure_withdrawn", 0, 4)]


def test_uses_and_provisions_counted_in_words_of_their_own():
    text = "保有個人情報を目的外に利用したものは27件、実施機関以外に提供したものは9件でした。"
    assert [(kind, count) for _, kind, count, _ in stats(text)] == [("purpose_outside_use", 27),
                                                                    ("external_provision", 9)]


def test_a_table_of_bases_counts_the_kind_its_title_names():
    piped = "\n".join(["目的外利用の状況(根拠別)", "| 根拠 | 件数 |", "|---|---|", "| 法令等に基づくもの | 120 |",
                       "| 本人の同意があるもの | 15 |"])
    spaced = "\n".join(["外部提供の状況", "根拠 件数", "法令に定めがあるとき 30", "本人の同意 4"])
    assert stats(piped) == [("法令等に基づくもの", "purpose_outside_use", 120, 4),
                            ("本人の同意があるもの", "purpose_outside_use", 15, 5)]
    assert stats(spaced) == [("法令に定めがあるとき", "external_provision", 30, 3),
                             ("本人の同意", "external_provision", 4, 4)]
