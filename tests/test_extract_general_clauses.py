"""The general clause grammar and the general registry words, the last readers of their kinds, on invented pages.

Each round of unseen pages brought phrasings no shaped reader knew. These two readers read what is left with the
grammar every such sentence shares — holder, data, other end, verb; a business, an action word and a date — and
give a record only when it is whole. Shapes below are invented; each stands for a kind of sentence the earlier
rounds missed.
"""

from __future__ import annotations

import pytest
from page_shapes import flows, registrations

POU, EXT, ONLINE = "purpose_outside_use", "external_provision", "online_connection"

FLOWS = [
    pytest.param(  # a speaker's turn: the holder's business after 「において」, a database joined
        ["第3回会議録", "【保健課長】保健課は、母子健康事務において、妊婦の氏名及び出産予定日を、妊婦健診データベースと"
         "オンライン結合しております。"],
        [("保健課", "母子健康事務", "妊婦健診データベース", ONLINE, "unknown", ("妊婦の氏名", "出産予定日"), 2)],
        id="speaker-turn-joined-database"),
    pytest.param(  # numbered item, department and business of both ends, the ground in the closing bracket
        ["利用の状況", "(4) 土木課の道路占用事務で保有する占用者の氏名・住所を、"
         "環境課の不法投棄対策事務に利用しました。(相当の理由)"],
        [("土木課", "道路占用事務", "環境課", POU, "reasonable_grounds", ("占用者の氏名", "住所"), 2)],
        id="numbered-use-with-bracketed-ground"),
    pytest.param(  # the contractor told before the data, what it runs for the body in a relative clause
        ["電子媒体での提供", "学務課は、給食費徴収事務において、給食の調理を委託している株式会社ミナト給食へ、"
         "児童の氏名及びアレルギーの有無を電子媒体で提供しています。"],
        [("学務課", "給食費徴収事務", "給食の調理", ONLINE, "unknown", ("児童の氏名", "アレルギーの有無"), 2)],
        id="contractor-before-data"),
    pytest.param(  # a body asks, and receives; consent stated in the closing bracket
        ["外部提供", "・介護課が保有する配食利用者の氏名及び住所を、東谷消防組合の求めに応じて、"
         "救急搬送のため提供しました。(本人同意)"],
        [("介護課", None, "東谷消防組合", EXT, "consent", ("配食利用者の氏名", "住所"), 2)],
        id="asked-by-body"),
    pytest.param(  # an agreement made with the body, cut from its name; no holder's department, only its business
        ["見守り", "高齢者台帳事務で保有する独居高齢者の氏名を、見守り協定を結んだ北谷地区社会福祉協議会に"
                   "外部提供しました。"],
        [(None, "高齢者台帳事務", "北谷地区社会福祉協議会", EXT, "unknown", ("独居高齢者の氏名",), 2)],
        id="relative-clause-cut"),
    pytest.param(  # sent over a network: a connection; the term's bracket lists the data; the statute its ground
        ["お知らせ", "市民課の住民記録事務では、住民基本台帳法に基づき、本人確認情報(氏名、住所)を住基ネットワーク"
                     "システムにより全国機構へ送信しています。"],
        [("市民課", "住民記録事務", "全国機構", ONLINE, "law", ("氏名", "住所"), 2)],
        id="sent-over-a-network"),
    pytest.param(  # a collection with the data told before its one supplier, under a statute
        ["給与の報告", "税務課の市民税事務では、地方税法に基づき、従業員の給与支払報告書を事業所から"
                       "受け取っています。"],
        [(None, "事業所", "税務課", "collection_from_others", "law", ("従業員の給与支払報告書",), 2)],
        id="data-before-its-supplier"),
]

NOTHING = [
    pytest.param(["質疑", "この名簿を町内会に提供してよいのか。"], id="a-question"),
    pytest.param(["留意事項", "2 所管課は、提供を受ける者に対し、提供した個人情報の適切な管理を求めるものとする。"],
                 id="a-role-not-a-body"),
    pytest.param(["方針", "本市は、個人情報を目的外に利用しません。"], id="no-ends"),
    pytest.param(["第5条", "2 申請を受けた課は、可否を決め、その写しを総務課に送付するものとする。"],
                 id="a-paper-sent"),
]


@pytest.mark.parametrize(("lines", "expected"), FLOWS)
def test_a_sentence_no_shaped_reader_knows_gives_its_flow(lines: list[str], expected: list[tuple]) -> None:
    assert flows("\n".join(lines)) == expected


@pytest.mark.parametrize("lines", NOTHING)
def test_a_sentence_without_both_ends_gives_no_flow(lines: list[str]) -> None:
    assert flows("\n".join(lines)) == []


REGISTRATIONS = [
    pytest.param(  # marked lines of department, business, date and the action's word; a business named 請求
        ["個人情報取扱事務の届出一覧", "◎ 市民窓口課 証明書郵送請求事務 令和7年4月1日 新規届出",
         "◎ 資産税課 家屋調査事務 令和7年4月1日 変更届出(記録項目の追加)"],
        [("市民窓口課", "証明書郵送請求事務", "new", "2025-04-01", None, None, [], [], 2),
         ("資産税課", "家屋調査事務", "modify", "2025-04-01", None, None, [], [], 3)],
        id="marked-lines"),
]


@pytest.mark.parametrize(("lines", "expected"), REGISTRATIONS)
def test_a_line_naming_a_registry_change_gives_its_registration(lines: list[str], expected: list[tuple]) -> None:
    assert registrations(lines) == expected
