"""Count and registration shapes the thirteenth and fourteenth blind rounds (realshapes13/14) taught, on invented
pages of the same shape.

Counts: the earlier total in a bracket (「(前回公表時 n件)」) is its own record; 「登録されている…は全部でn件」 is the
registry's stock; the year of a meeting's title (「令和n年度第2回…審議会」) labels none of the counts its record
states; an item's number (「2. 」「- 4 . 」) is no part of a count's label; a register's counts in everyday words
and counters (「2つ増えて1つ消えた」「全部で…40ファイル」), not the count that sums up names just quoted.

Registrations: two businesses each with its date in a bracket, joined by 及び in one reported sentence; two quoted
businesses joined by 及び in one bullet sharing the bracket's date; inline fields whose label 「所管課」 is followed by
the department; a register's changes retold in news sentences (「A課が保有する「X」と、B課が保有する「Y」の2つが
新たに追加」「C課の「Z」は、記録項目に…が加わりました」「…ファイル簿から削除」), a repeated paragraph read once.
"""

from __future__ import annotations

import pytest
from page_shapes import registrations, stats

STATISTICS = [
    pytest.param(
        ["個人情報取扱事務登録簿の公表", "5 登録件数(令和 7年 3月 1日現在)",
         "登録事務数 2, 315件(前回公表時 2, 298件)"],
        [("登録事務数", "registration_total", 2315, 3), ("前回公表時", "registration_total", 2298, 3)],
        id="the-earlier-total-in-a-bracket-is-its-own-record",
    ),
    pytest.param(
        ["登録の状況",
         "令和7年3月31日現在、登録されている事務は全部で517件です。このうち下半期に新たに登録したものは3件でした。"],
        [("登録されている事務は全部", "registration_total", 517, 2),
         ("このうち下半期に新たに登録したもの", "registration_new", 3, 2)],
        id="what-is-registered-in-all-is-the-stock",
    ),
    pytest.param(
        ["令和5年度第2回北川町個人情報保護審議会 開催日:令和5年9月8日 3 報 告 事務局 令和5年4月から8月までに、"
         "新規の登録が4件、廃止が2件ありました。"],
        [("新規の登録", "registration_new", 4, 1), ("廃止", "registration_abolish", 2, 1)],
        id="the-year-of-the-meeting-title-labels-no-count",
    ),
    pytest.param(
        ["取扱状況", "注:", "- 4 . 令和6年度の外部提供は5件で、前年度と同じでした。",
         "  2. 廃止は1件で、市民課の「旧窓口予約事務」であった。"],
        [("令和6年度の外部提供", "external_provision", 5, 3), ("廃止", "registration_abolish", 1, 4)],
        id="an-item-number-is-no-part-of-the-label",
    ),
    pytest.param(
        ["個人情報ファイル簿が新しくなりました",
         "健康課が保有する「A検診ファイル」と「B検診ファイル」の2つが追加されました。",
         "今回は新しいファイルが2つ増えて1つ消えたので、全部で公表されているのは40ファイルになりました。"],
        [("新しいファイル", "registration_new", 2, 3), ("消えた", "registration_abolish", 1, 3),
         ("全部で公表されているの", "registration_total", 40, 3)],
        id="a-register-counted-in-everyday-words-and-counters",
    ),
    pytest.param(
        ["個人情報ファイル簿の見直し", "今年度は3つ追加され、2つ削除されました。",
         "全部で4つの課がファイルを持っています。"],
        [("追加され", "registration_new", 3, 2), ("削除されました", "registration_abolish", 2, 2)],
        id="a-register-count-with-no-subject-is-labelled-by-its-verb-and-a-count-of-departments-is-none",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), STATISTICS)
def test_count_shapes_of_the_thirteenth_and_fourteenth_rounds(lines: list[str], expected: list[tuple]) -> None:
    assert stats(lines) == expected


REGISTRATIONS = [
    pytest.param(
        ["個人情報取扱事務の登録等について", "事務局から、今年度の登録等について報告があった。",
         "  1. 新規の登録は2件で、環境課の「犬猫譲渡希望者登録事務」(令和7年2月3日)及び文化課の「市民ギャラリー"
         "利用申込事務」(令和7年3月10日)であった。"],
        [("環境課", "犬猫譲渡希望者登録事務", "new", "2025-02-03", None, None, [], [], 3),
         ("文化課", "市民ギャラリー利用申込事務", "new", "2025-03-10", None, None, [], [], 3)],
        id="two-businesses-each-with-its-dated-bracket-joined-in-one-reported-sentence",
    ),
    pytest.param(
        ["個人情報取扱事務の登録状況", "1.新たに登録した仕事", "",
         " ・ 子育て支援課 「一時預かり利用申請事務」及び「病児保育利用登録事務」(いずれも令和7年4月1日登録)"],
        [("子育て支援課", "一時預かり利用申請事務", "new", "2025-04-01", None, None, [], [], 4),
         ("子育て支援課", "病児保育利用登録事務", "new", "2025-04-01", None, None, [], [], 4)],
        id="two-quoted-businesses-joined-in-one-bullet-share-its-date",
    ),
    pytest.param(
        ["個人情報保護制度のご案内", "取扱事務の登録簿は、毎年度の上半期と下半期に更新しています。", "",
         " ・ 公園緑地課 「花いっぱい運動参加者名簿事務」及び「公園清掃ボランティア登録事務」"
         "(いずれも令和7年5月1日登録)"],
        [("公園緑地課", "花いっぱい運動参加者名簿事務", "new", "2025-05-01", None, None, [], [], 4),
         ("公園緑地課", "公園清掃ボランティア登録事務", "new", "2025-05-01", None, None, [], [], 4)],
        id="two-quoted-businesses-joined-in-a-bullet-under-no-action-heading",
    ),
    pytest.param(
        ["個人情報保護制度のご案内", "取扱事務の登録簿は、毎年度の上半期と下半期に更新しています。", "",
         " ・ 地域福祉課 「配食サービス利用者登録事務」 利用目的に「安否確認の連絡」を加えました。(令和7年6月2日変更)"],
        [("地域福祉課", "配食サービス利用者登録事務", "modify", "2025-06-02", "安否確認の連絡", None, [], [], 4)],
        id="a-change-adding-to-the-purpose-gives-the-purpose",
    ),
    pytest.param(
        ["個人情報取扱事務登録簿の告示", "2 登録事項を変更した事務", "",
         "( 1) 事務の名称 学童送迎支援事務 ( 2) 所管課 こども育成課 ( 3) 変更年月日 令和 7年 1月 15日 ( 4) 変更の内容 "
         "記録項目に「送迎先住所」を追加"],
        [("こども育成課", "学童送迎支援事務", "modify", "2025-01-15", None, None, [], ["送迎先住所"], 4)],
        id="inline-fields-the-department-follows-its-label",
    ),
    pytest.param(
        ["個人情報取扱事務登録簿の告示", "2 登録事項を変更した事務", "",
         "( 1) 事務の名称 保育料徴収事務 ( 2) 所管課 保育課 ( 3) 変更年月日 令和 7年 2月 1日 ( 4) 変更の内容 "
         "収集先に「年金事務所」を追加し、記録", "", "項目に「児童手当の受給状況」を追加", "", "(4)"],
        [("保育課", "保育料徴収事務", "modify", "2025-02-01", None, None, ["年金事務所"], ["児童手当の受給状況"], 4)],
        id="inline-fields-a-change-broken-over-a-blank-line-by-the-transcript",
    ),
    pytest.param(
        ["北浦町 公開日: 2025年6月2日", "町の個人情報ファイル簿が新しくなりました!",
         "今回は、子育て支援課が保有する「ファミリーサポート会員ファイル」と、健康課が保有する「骨密度検診受診者"
         "ファイル」の2つが新たに追加されました(いずれも令和7年5月1日付け)。",
         "また、環境課の「合併処理浄化槽補助ファイル」は、記録項目に「設置場所」と「人槽」が加わりました(令和7年5月"
         "1日付け)。一方、教育委員会の「遠距離通学費補助ファイル」は、令和7年3月31日付けでファイル簿から削除されています。",
         "今回は、子育て支援課が保有する「ファミリーサポート会員ファイル」と、健康課が保有する「骨密度検診受診者"
         "ファイル」の2つが新たに追加されました(いずれも令和7年5月1日付け)。"],
        [("子育て支援課", "ファミリーサポート会員ファイル", "new", "2025-05-01", None, None, [], [], 3),
         ("健康課", "骨密度検診受診者ファイル", "new", "2025-05-01", None, None, [], [], 3),
         ("環境課", "合併処理浄化槽補助ファイル", "modify", "2025-05-01", None, None, [], ["設置場所", "人槽"], 4),
         ("教育委員会", "遠距離通学費補助ファイル", "abolish", "2025-03-31", None, None, [], [], 4)],
        id="register-changes-retold-in-news-sentences-a-repeated-paragraph-read-once",
    ),
    pytest.param(
        ["個人情報ファイル簿の更新",
         "令和7年7月1日付けで、保険課が保有する「特定健診ファイル」を追加し、農政課の「旧農地台帳ファイル」を削除しました。"],
        [("保険課", "特定健診ファイル", "new", "2025-07-01", None, None, [], [], 2),
         ("農政課", "旧農地台帳ファイル", "abolish", "2025-07-01", None, None, [], [], 2)],
        id="one-sentence-two-names-each-with-its-own-verb",
    ),
    pytest.param(
        ["個人情報取扱事務の登録状況", "1.新たに登録した仕事", "",
         " ・ 市民課 「窓口予約受付事務」、「証明書郵送事務」及び「住所異動届受付事務」(いずれも令和7年4月1日登録)"],
        [("市民課", "窓口予約受付事務", "new", "2025-04-01", None, None, [], [], 4),
         ("市民課", "証明書郵送事務", "new", "2025-04-01", None, None, [], [], 4),
         ("市民課", "住所異動届受付事務", "new", "2025-04-01", None, None, [], [], 4)],
        id="three-quoted-businesses-in-one-bullet-joined-by-commas-and-oyobi",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), REGISTRATIONS)
def test_registration_shapes_of_the_fourteenth_round(lines: list[str], expected: list[tuple]) -> None:
    assert registrations(lines) == expected
