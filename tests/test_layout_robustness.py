"""The same page printed another way reads the same: wrapped at a PDF's line width, with a blank line after every
line, a sentence a line, numbered 「1)」 or 「①」, marked 「(ア)」 or with case numbers in kanji
(tests/printed_variants.py makes each from the invented pages of the blind rounds).

The layout rules that keep it so are tested one by one on invented lines; the floors of
tests/printed_variants_floors.json (flows read again out of those read from the pages as written) only rise.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tadori.ingest.documents.layout.lines import lines_above, split_lines
from tadori.ingest.documents.layout.page import page_of
from tests.page_shapes import flows, read, registrations
from tests.printed_variants import (
    circled,
    double_spaced,
    half_bracketed,
    kana_bracketed,
    kanji_numbered,
    kept,
    pdf_wrapped,
    sentence_a_line,
    western_dated,
)

FIXTURES = Path(__file__).parent / "fixtures"
FLOORS = json.loads((Path(__file__).parent / "printed_variants_floors.json").read_text(encoding="utf-8"))
BLIND_ROUNDS = [FIXTURES / f"realshapes{number}" for number in range(21, 43)]
# an invented council meeting's opening, and its agenda of two consultations (each test reprints it its own way)
MEETING = ["第3回北浜市個人情報保護審議会", "", "日時 令和6年5月20日(月曜日)午後2時から", "", "議題"]
AGENDA = [*MEETING, "(1) 諮問第7号 児童手当支給事務に伴う住民基本台帳情報の目的外利用について【こども家庭課】",
          "(2) 諮問第8号 健康診査事業に伴う保有個人情報の外部提供について【健康推進課】"]


def _joined(text: str) -> list[str]:
    return [line.text for line in page_of(text).lines if line.text]


WRAPPED_PROSE = ["北浜市では、ひとり暮らしの高齢者の見守りのため、地域の事業者と協定を結んでい",
                 "ます。協定を結んだ事業者は、訪問先で異変に気付いたときは市に連絡します。連絡",
                 "を受けた市は、民生委員と協力して本人の安否を確認し、必要な支援につなげます。",
                 "また、見守り活動で知り得た個人情報は、協定に基づき適正に取り扱われています。"]


def test_a_title_that_ends_in_a_closed_bracket_is_not_joined_to_the_prose_below() -> None:
    heading = "■協力事業者(きょうりょくじぎょうしゃ)と市(し)の役割(やくわり)と流れ(ながれ)"
    lines = _joined("\n".join(["見守り協定", "", *WRAPPED_PROSE, "", heading, *WRAPPED_PROSE]))
    assert heading in lines


def test_a_closed_bracket_followed_by_a_particle_still_carries_on() -> None:
    broken = ["市は、協定を結んだ事業者から連絡を受けた高齢者の情報(氏名、住所、連絡先)",
              "を、地域包括支援センターに提供し、民生委員と協力して本人の安否を確認します。"]
    lines = _joined("\n".join(["見守り協定", "", *WRAPPED_PROSE, "", *broken]))
    assert broken[0] + broken[1] in lines


def test_the_next_item_of_a_list_opens_a_line_of_its_own() -> None:
    first = "ア個人情報の取扱いの原則の例外に関する保健医療課及び長寿介護課からの追加の報告"
    second = "イ登録簿の変更について"
    lines = _joined("\n".join(["議題", "", *WRAPPED_PROSE, "", first, second]))
    unspaced = [line.replace(" ", "") for line in lines]  # the mark may be set apart from its item
    assert first in unspaced and second in unspaced


def test_a_word_in_katakana_is_no_item_mark() -> None:
    broken = ["アンケートの結果を踏まえ、協定を結んだ事業者と見守り活動の実施状況を毎年度確認し",
              "イベントの際にも、その結果を民生委員と共有しています。"]
    lines = _joined("\n".join(["見守り協定", "", *WRAPPED_PROSE, "", *broken]))
    assert broken[0] + broken[1] in lines


def test_a_double_spaced_title_broken_after_a_particle_is_one_line() -> None:
    printed = ["審査会答申", "平成21年8月19日", "北浜市情報公開・個人情報保護審査会", "会長 北浜 一郎 様",
               "北浜市長 南野 二郎", "災害時における要援護者の把握のための",
               "個人情報の目的外利用及び提供について(諮問)",
               "市では、災害時の安否確認を希望する方の登録を受けています。",
               "登録した情報は、各町内会及び民生委員に提供します。"]
    lines = _joined("\n\n".join(printed))
    assert "災害時における要援護者の把握のための個人情報の目的外利用及び提供について(諮問)" in lines


def test_the_lines_above_are_counted_in_lines_that_say_something() -> None:
    printed = ["自衛隊北浜地方協力本部", "市は毎年依頼を受けている", "募集案内", "名簿を同本部に提供している"]
    lines = split_lines("\n\n".join(printed))
    assert [line.text for line in lines_above(lines, 6, 3)] == printed[:3]


def test_an_anaphor_finds_its_body_across_a_paragraph_printed_over_many_lines() -> None:
    wrapped = ["同本部によると、県内では昨年、約8400人に募集案内を郵送した。県内に5カ",
               "所ある出張所の広報官が各市町村の役場に出向き、住民基本台帳から本年度に18",
               "歳となる人の氏名、住所、生年月日を書き写しているという。台帳の閲覧は、自衛",
               "隊法施行令に基づく募集事務として認められている。ただし、書き写しには職員の立ち",
               "会いが必要で、市町村の窓口では毎年この時期になると閲覧の対応に追われるという。",
               "閲覧の申請は年に一度、まとめて行われ、対象となる人数は市町村ごとに異なる。"]
    page = ["自衛官募集の案内、今年も", "", "自衛隊北浜地方協力本部が送った募集案内の封書", "", *wrapped, "",
            "一方、南野市は昨年度から書き写しをやめ、対象者の氏名と住所を印字した宛名シールを同本部に提供している。"]
    assert "自衛隊北浜地方協力本部" in {flow[2] for flow in flows("\n".join(page))}


def test_items_numbered_with_a_half_bracket_are_items() -> None:
    agenda = AGENDA
    written = flows("\n".join(agenda))
    assert len(written) == 2
    assert flows(half_bracketed("\n".join(agenda))) == written


def test_items_numbered_with_circled_numbers_are_items() -> None:
    agenda = AGENDA
    written = flows("\n".join(agenda))
    assert len(written) == 2
    assert flows(circled("\n".join(agenda))) == written


def test_a_circled_number_alone_is_no_item_mark() -> None:
    # only ② on the page, and ① in a table row: neither is an item of a list
    page = "②北浜市個人情報保護審議会 答申の概要\n①\t市民課\t住民基本台帳事務"
    assert [line.text for line in split_lines(page)] == ["2北浜市個人情報保護審議会 答申の概要",
                                                         "1\t市民課\t住民基本台帳事務"]


def test_registry_groups_headed_by_circled_numbers_keep_their_action() -> None:
    page = ["個人情報取扱事務の登録状況", "", "①新たに登録した事務", "・見守り訪問事務(高齢支援課) 令和6年4月1日登録",
            "②登録内容を変更した事務", "・学校給食費徴収事務(学校教育課) 記録項目に「緊急連絡先」を追加",
            "③廃止した事務", "・敬老祝金支給事務(福祉課) 令和7年3月31日廃止"]
    assert [(row[1], row[2]) for row in registrations(page)] == [
        ("見守り訪問事務", "new"), ("学校給食費徴収事務", "modify"), ("敬老祝金支給事務", "abolish")]


def test_a_consultations_circled_points_that_state_flows_are_read_as_statements() -> None:
    answer = ["北浜市情報公開・個人情報保護審議会答申", "", "令和6年12月17日", "", "北浜市長 様", "",
              "令和6年11月28日付け北総第38号で諮問のあった「給付金の支給事務に係る保有個人情報の目的外利用等について」"
              "、次のとおり答申します。", "記", "1 結論", "諮問のあった目的外利用及び外部提供は、いずれも妥当である。",
              "2 諮問の内容",
              "(1)税務課が保有する住民税課税台帳の情報(氏名、住所)を、こども支援課が給付金の対象者の抽出に利用する。",
              "(2)こども支援課が保有する児童手当受給者台帳の情報(振込口座)を、北浜市社会福祉協議会に提供する。",
              "3 審議の経過", "令和6年12月10日 審議"]
    written = flows("\n".join(answer))
    assert {flow[3] for flow in written} == {"purpose_outside_use", "external_provision"}
    assert flows(circled("\n".join(answer))) == written


def test_case_numbers_in_kanji_are_case_numbers() -> None:
    agenda = [*MEETING,
              "・諮問第5号 児童手当支給事務に伴う住民基本台帳情報の目的外利用について", "", "審議",
              "諮問第5号について、こども家庭課から説明があった。", "諮問第5号は、原案のとおり承認された。"]
    written = read("\n".join(agenda))
    again = read(kanji_numbered("\n".join(agenda)))
    assert [(case.title, case.decision) for case in written.council_cases] == [
        ("児童手当支給事務に伴う住民基本台帳情報の目的外利用について", "approved")]
    assert [(case.title, case.decision) for case in again.council_cases] == [
        (case.title, case.decision) for case in written.council_cases]


def test_a_reported_case_told_in_the_sentence_on_the_next_line_states_its_flow() -> None:
    report = ["●北浜県政情報課長", " 審議会から2件の諮問について答申をいただきましたので御報告いたします。",
              " 1件目は、諮問第8号「健康診査事業に伴う受診結果の収集について」でございます。",
              "健康推進課が、市町村から受診者の氏名及び受診結果の提供を受けるものでございまして、適当であるとの答申でした。"]
    told = [(flow.kind, flow.source_external, flow.recipient_department, flow.items, flow.line)
            for flow in read("\n".join(report)).flows]
    assert told == [("collection_from_others", "市町村", "健康推進課", ["氏名", "受診結果"], 4)]


def test_ends_named_by_an_arrow_on_a_line_of_their_own_are_a_flow() -> None:
    page = ["審査会の報告", "学校→警察に提供する情報は「非行などの事案」。",
            "警察→学校に収集する情報は「逮捕事案などの事案」。"]
    assert [(flow[3], flow[6]) for flow in flows("\n".join(page))] == [
        ("external_provision", 2), ("collection_from_others", 3)]


ANSWER_LETTER = ["北浜市情報公開・個人情報保護審議会答申", "", "令和6年12月17日", "", "北浜市長 様", "",
                 "令和6年11月28日付け北総第38号で諮問のあった「給付金の支給事務に係る保有個人情報の目的外利用について」"
                 "について、次のとおり答申します。", "記", "1 結論",
                 "税務課が保有する課税台帳の情報を、こども支援課が給付金の支給事務に利用することは、妥当である。"]


def test_an_answer_letter_dated_in_the_western_calendar_is_the_same_case() -> None:
    written = read("\n".join(ANSWER_LETTER))
    again = read(western_dated("\n".join(ANSWER_LETTER)))
    assert [(case.date, case.decision) for case in written.council_cases] == [("2024-12-17", "approved")]
    assert [(case.date, case.decision) for case in again.council_cases] == [("2024-12-17", "approved")]


def test_a_meeting_named_by_its_day_takes_the_western_year_of_the_record() -> None:
    record = ["2009年11月12日会議録", "●県政情報課長",
              " 10月26日に開催されました個人情報保護審議会におきまして、1件の諮問について答申をいただきました。",
              " 1件目は、諮問第8号「健康診査事業に伴う受診結果の収集について」でございます。"
              "健康推進課が、市町村から受診者の氏名及び受診結果の提供を受けるものでございます。"]
    extraction = read("\n".join(record))
    assert [case.date for case in extraction.council_cases] == ["2009-10-26"]


def test_registry_changes_dated_in_the_western_calendar_keep_their_dates() -> None:
    page = ["個人情報取扱事務の届出状況", "", "1 新規の届出",
            "こども課 | 病児保育利用事務(届出日 令和6年4月10日)目的:利用の調整", "2 廃止の届出",
            "・敬老祝金支給事務(福祉課) 令和7年3月31日廃止"]
    written = [(row[1], row[2], row[3]) for row in registrations(page)]
    assert written == [("病児保育利用事務", "new", "2024-04-10"), ("敬老祝金支給事務", "abolish", "2025-03-31")]
    assert [(row[1], row[2], row[3]) for row in registrations(western_dated("\n".join(page)).split("\n"))] == written


def test_agenda_items_bulleted_with_a_circle_are_titled_without_it() -> None:
    agenda = [*MEETING,
              "○諮問第7号 児童手当支給事務に伴う住民基本台帳情報の目的外利用について【こども家庭課】",
              "○諮問第8号 健康診査事業に伴う保有個人情報の外部提供について【健康推進課】"]
    titles = [case.title for case in read("\n".join(agenda)).council_cases]
    assert titles == ["児童手当支給事務に伴う住民基本台帳情報の目的外利用について",
                      "健康診査事業に伴う保有個人情報の外部提供について"]


@pytest.mark.parametrize("mark", [":", " "])
def test_a_label_set_apart_by_a_space_labels_as_a_colon_does(mark: str) -> None:
    page = ["運用状況", "主な外部提供", f"・税務課{mark}自動車税の滞納者の氏名、住所を市町村へ提供(滞納処分のため)"]
    provided = [(flow[0], flow[2], flow[3]) for flow in flows("\n".join(page))]
    assert provided == [("税務課", "市町村", "external_provision")]
    roll = ["避難行動要支援者名簿について", "名簿は、本人の同意を得て、避難支援等関係者(*1)に提供します。",
            f"*1 避難支援等関係者{mark}北浜市消防本部、北浜警察署、民生委員・児童委員"]
    assert [flow[2] for flow in flows("\n".join(roll))] == ["北浜市消防本部", "北浜警察署", "民生委員・児童委員"]


def test_items_numbered_with_kanji_in_brackets_are_items() -> None:
    agenda = AGENDA
    extraction = read("\n".join(agenda))
    kanji = "\n".join(agenda).replace("(1)", "(一)").replace("(2)", "(二)")
    again = read(kanji)
    assert [case.title for case in again.council_cases] == [case.title for case in extraction.council_cases]
    assert flows(kanji) == flows("\n".join(agenda))


def test_katakana_item_marks_glued_to_their_items_are_marks() -> None:
    agenda = [*MEETING, "(1) 諮問事項",
              "ア 児童手当支給事務に伴う住民基本台帳情報の目的外利用について【こども家庭課】",
              "イ 健康診査事業に伴う保有個人情報の外部提供について【健康推進課】"]
    spaced = read("\n".join(agenda))
    glued = "\n".join(agenda).replace("ア ", "ア").replace("イ ", "イ")
    again = read(glued)
    titles = ["児童手当支給事務に伴う住民基本台帳情報の目的外利用について",
              "健康診査事業に伴う保有個人情報の外部提供について"]
    assert [case.title for case in spaced.council_cases] == titles
    assert [case.title for case in again.council_cases] == [case.title for case in spaced.council_cases]
    assert flows(glued) == flows("\n".join(agenda))
    words = ["アンケートの結果", "イベントの案内"]
    assert [line.text for line in split_lines("\n".join(words))] == words


def test_a_page_quoting_with_double_brackets_alone_reads_as_with_single_ones() -> None:
    page = ["個人情報取扱事務の登録状況", "", "1 新たに登録した事務",
            "・「見守り訪問事務」及び「配食サービス事務」(いずれも高齢支援課) 令和6年4月1日登録"]
    written = registrations(page)
    assert [(row[0], row[1], row[3]) for row in written] == [("高齢支援課", "見守り訪問事務", "2024-04-01"),
                                                             ("高齢支援課", "配食サービス事務", "2024-04-01")]
    doubled = "\n".join(page).replace("「", "『").replace("」", "』").split("\n")
    assert registrations(doubled) == written


@pytest.mark.parametrize("bullet", ["・「見守り訪問事務」(高齢支援課) 令和6年4月1日登録",
                                    "・高齢支援課「見守り訪問事務」 令和6年4月1日登録",
                                    "・高齢支援課 見守り訪問事務 令和6年4月1日登録"])
def test_a_registry_bullet_names_its_department_before_or_after_a_quoted_business(bullet: str) -> None:
    page = ["個人情報取扱事務の登録状況", "", "1 新たに登録した事務", bullet]
    assert [(row[0], row[1], row[2], row[3]) for row in registrations(page)] == [
        ("高齢支援課", "見守り訪問事務", "new", "2024-04-01")]


def test_a_day_of_the_week_after_a_date_changes_nothing_read() -> None:
    page = ["個人情報取扱事務の登録状況", "", "1 新たに登録した事務", "・見守り訪問事務(高齢支援課) 令和6年4月1日登録",
            "  税務課 ふるさと納税返礼品発送事務 (令和6年6月3日)"]
    letter = "\n".join(ANSWER_LETTER)
    for weekday in ("(月)", "（月曜日）"):
        dated = [line.replace("日登録", f"日{weekday}登録").replace("3日)", f"3日{weekday})") for line in page]
        assert registrations(dated) == registrations(page)
        weekdayed = letter.replace("17日", f"17日{weekday}")
        again = read(weekdayed)
        assert [(case.date, case.decision) for case in again.council_cases] == [("2024-12-17", "approved")]


def test_an_abbreviated_era_date_reads_as_one_written_out() -> None:
    page = ["個人情報取扱事務の登録状況", "", "1 新たに登録した事務", "・見守り訪問事務(高齢支援課) 令和6年4月1日登録",
            "  税務課 ふるさと納税返礼品発送事務 (令和6年6月3日)"]
    abbreviated = [line.replace("令和6年4月1日", "R6.4.1").replace("令和6年6月3日", "R6.6.3") for line in page]
    assert registrations(abbreviated) == registrations(page)
    again = read("\n".join(ANSWER_LETTER).replace("令和6年12月17日", "R6.12.17"))
    assert [(case.date, case.decision) for case in again.council_cases] == [("2024-12-17", "approved")]
    assert split_lines("ver 1.2.3、R2.0")[0].text == "ver 1.2.3、R2.0"


def test_an_era_date_in_kanji_numerals_reads_as_one_in_digits() -> None:
    page = ["個人情報取扱事務の登録状況", "", "1 新たに登録した事務", "・見守り訪問事務(高齢支援課) 令和6年4月1日登録"]
    in_kanji = [line.replace("令和6年4月1日", "令和六年四月一日") for line in page]
    assert registrations(in_kanji) == registrations(page)
    again = read("\n".join(ANSWER_LETTER).replace("令和6年12月17日", "令和六年十二月十七日"))
    assert [(case.date, case.decision) for case in again.council_cases] == [("2024-12-17", "approved")]


def test_a_list_bulleted_with_circles_reads_as_one_bulleted_with_dots() -> None:
    agenda = ["第5回北浜市個人情報保護審議会", "", "日時 令和6年5月20日(月曜日)午後2時から", "", "議題",
              "(1) 諮問に係る審議について", "ア 条例第9条に基づく保有個人情報の取扱いについて",
              "・「学校給食費管理システム」(教育委員会事務局)", "イ 条例第12条に基づく保有個人情報の取扱いについて",
              "・「図書館システム」(中央図書館)"]
    dotted = read("\n".join(agenda))
    circled_text = "\n".join(agenda).replace("・", "○")
    again = read(circled_text)
    assert [case.title for case in dotted.council_cases] == ["学校給食費管理システム", "図書館システム"]
    assert [case.title for case in again.council_cases] == [case.title for case in dotted.council_cases]
    page = ["個人情報取扱事務の登録状況", "", "1 新たに登録した事務", "・見守り訪問事務(高齢支援課) 令和6年4月1日登録",
            "・配食サービス事務(高齢支援課) 令和6年5月1日登録"]
    assert registrations(page) and registrations([line.replace("・", "○") for line in page]) == registrations(page)
    minutes = ["○山辺会長 それでは諮問第3号について説明をお願いします。", "○山辺会長 ほかにございませんか。",
               "○A市個人情報保護条例施行規則"]
    assert [line.text for line in split_lines("\n".join(minutes))] == minutes  # speakers and a rule's title


def test_a_count_table_with_a_blank_line_between_its_rows_is_one_table() -> None:
    table = ["運用状況", "", "根拠別の件数", "", "| 区分 | 目的外利用 | 外部提供 |", "|---|---|---|",
             "| 法令に基づくもの | 14 | 27 |", "| 本人の同意を得たもの | 6 | 9 |", "| 合計 | 20 | 36 |"]
    def counts(text: str) -> list[tuple]:
        return sorted((count.kind, count.organ_or_basis, count.count) for count in read(text).statistics)
    written = counts("\n".join(table))
    assert len(written) == 6
    assert counts(double_spaced("\n".join(table))) == written
    tabbed = [line.strip("| ").replace(" | ", "\t") for line in table if not line.startswith("|---")]
    assert counts(double_spaced("\n".join(tabbed))) == counts("\n".join(tabbed)) == written


def test_registry_rows_indented_under_a_counted_head_read_the_same_double_spaced() -> None:
    page = ["個人情報取扱事務の登録状況", " 新規登録 2件", "  税務課 ふるさと納税返礼品発送事務 (令和4年6月1日)",
            "  こども課 病児保育利用料助成事務 (令和4年4月1日)", " 廃止 1件",
            "  福祉課 敬老祝金支給事務 (令和4年3月31日)"]
    written = registrations(page)
    assert [(row[0], row[1], row[2]) for row in written] == [
        ("税務課", "ふるさと納税返礼品発送事務", "new"), ("こども課", "病児保育利用料助成事務", "new"),
        ("福祉課", "敬老祝金支給事務", "abolish")]
    spaced = registrations(double_spaced("\n".join(page)).split("\n"))
    assert [row[:8] for row in spaced] == [row[:8] for row in written]  # the same, on other line numbers


def test_an_agenda_of_case_numbers_alone_over_a_common_title_reads_the_same_double_spaced() -> None:
    agenda = [*MEETING, "- 諮問第12号", "個人情報の取扱いの原則の例外について", "(「目的外利用の制限」/保険年金課)",
              "- 諮問第13号・14号", "個人情報の取扱いの原則の例外について", "(「本人収集の原則」/介護保険課)",
              "(「目的外利用の制限」/税務課)", "- その他"]
    written = read("\n".join(agenda))
    assert [case.title.split("(", 1)[1] for case in written.council_cases] == [
        "「目的外利用の制限」/保険年金課)", "「本人収集の原則」/介護保険課)", "「目的外利用の制限」/税務課)"]
    spaced = read(double_spaced("\n".join(agenda)))
    assert [case.title for case in spaced.council_cases] == [case.title for case in written.council_cases]
    assert [(f.kind, f.recipient_department) for f in spaced.flows] == [
        (f.kind, f.recipient_department) for f in written.flows]


def test_a_department_in_tortoise_brackets_is_one_in_lenticular_brackets() -> None:
    agenda = AGENDA[:-1]
    written = flows("\n".join(agenda))
    assert written and flows("\n".join(agenda).replace("【", "〔").replace("】", "〕")) == written


def test_a_statute_keeps_its_number_note() -> None:
    page = ["自衛官募集に係る情報提供について", "",
            "北浜市は、自衛隊法施行令(昭和29年政令第179号)第120条の規定に基づく依頼を受けています。",
            "このため、市民課は、自衛隊北浜地方協力本部に対し、対象者の氏名及び住所を紙媒体で提供しています。"]
    extraction = read("\n".join(page))
    assert extraction.flows, "no flow read"
    assert all(flow.basis_text and flow.basis_text.startswith("自衛隊法施行令(昭和29年政令第179号)第120条")
               for flow in extraction.flows), [flow.basis_text for flow in extraction.flows]


@pytest.mark.parametrize("name, reprint", [("pdf_wrapped", pdf_wrapped), ("double_spaced", double_spaced),
                                           ("half_bracketed", half_bracketed), ("kana_bracketed", kana_bracketed),
                                           ("circled", circled), ("kanji_numbered", kanji_numbered),
                                           ("sentence_a_line", sentence_a_line), ("western_dated", western_dated)])
def test_the_blind_rounds_read_the_same_printed_another_way(name: str, reprint) -> None:
    found = total = 0
    for folder in BLIND_ROUNDS:
        for path in sorted(folder.glob("*.txt")):
            again, before = kept(path.read_text(encoding="utf-8"), reprint)
            found, total = found + again, total + before
    print(f"{name}: {found} of {total} flows read again")
    assert total == FLOORS["of"], "the blind rounds' pages read differently: update the floors with the snapshot"
    assert found >= FLOORS[name], f"{name}: {found} of {total} flows read again, floor {FLOORS[name]}"
