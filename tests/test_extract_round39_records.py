"""Count and registration shapes the second pass over realshapes35-38 taught, on invented pages of the same shape.

- a count whose topic ends in は and whose count says where the page shows it (「…の開示請求は、別表2のとおり41件」):
  the topic labels it, not the table; 「利用目的以外の目的で利用したもの」 is a use like 「…のために利用」;
- a member asks 「外部提供の23件のうち、…は何件か」 and the answer names no kind (「…に回答したものが9件」): a count of
  the kind asked about (「うち、…は何件か」 with no kind word: of the count just stated; a 「回答」 tag labels
  nothing);
- 「目的外利用及び外部提供の状況について、…報告のあったものは4件」: a count of both kinds at once is of none;
- five registrations in one spoken paragraph, the last pair closed by 「…の2件」, a change adding 「収集する項目」;
- 「…日付けで、教育委員会A課から「X事務」の開始の届出がありました」 is a new business; 「同日付けで」 takes that day;
- 「表Bのとおり」「次表のとおり」 say where a count is shown: the topic before them labels it.
"""

from __future__ import annotations

import pytest
from page_shapes import registrations, stats

QUESTION_AND_ANSWER = [
    "外部提供の23件のうち、警察からの照会に応じたものは何件か。",
    "",
    "<税務課>",
    "",
    "捜査関係事項照会に回答したものが9件でございます。",
]

STATISTICS = [
    pytest.param(
        ["令和4年度の保有個人情報の開示請求は、別表2のとおり41件でした。"
         "内訳は、開示が20件、部分開示が21件でした。"],
        [("令和4年度の保有個人情報の開示請求", "disclosure_request", 41, 1),
         ("令和4年度 開示", "disclosure_granted", 20, 1), ("令和4年度 部分開示", "disclosure_partial", 21, 1)],
        id="a-topic-then-where-the-table-shows-the-count-labelled-by-the-topic",
    ),
    pytest.param(
        ["町が保有個人情報を利用目的以外の目的で利用したものは、表Bのとおり88件でした。"
         "このうち法令に基づくものが60件でした。"],
        [("町が保有個人情報を利用目的以外の目的で利用したもの", "purpose_outside_use", 88, 1),
         ("このうち法令に基づくもの", "purpose_outside_use", 60, 1)],
        id="used-for-other-than-its-purpose-with-de-is-a-use",
    ),
    pytest.param(
        ["令和5年度の訂正請求は、次表のとおり3件でした。"],
        [("令和5年度の訂正請求", "correction_request", 3, 1)],
        id="the-next-table-shows-the-count-the-topic-labels-it",
    ),
    pytest.param(
        QUESTION_AND_ANSWER,
        [("外部提供の", "external_provision", 23, 1),
         ("捜査関係事項照会に回答したもの", "external_provision", 9, 5)],
        id="an-answer-to-how-many-counts-the-kind-asked-about",
    ),
    pytest.param(
        ["○佐伯委員 目的外利用のうち、福祉部門に回ったものは何件ありましたか。",
         "○事務局 福祉部門の事業に使ったものが14件です。"],
        [("福祉部門の事業に使ったもの", "purpose_outside_use", 14, 2)],
        id="a-question-stating-no-count-still-names-the-kind-its-answer-counts",
    ),
    pytest.param(
        ["外部提供の30件のうち、警察へのものは何件でしたか。", "【事務局】 捜査関係事項照会への回答が11件です。"],
        [("外部提供の", "external_provision", 30, 1), ("捜査関係事項照会への回答", "external_provision", 11, 2)],
        id="a-bracketed-speaker-answers-how-many-there-were",
    ),
    pytest.param(
        ["目的外利用は25件でした。", "", "質問 うち、福祉関係は何件になりますか。", "", "回答 福祉関係は8件です。"],
        [("目的外利用", "purpose_outside_use", 25, 1), ("福祉関係", "purpose_outside_use", 8, 5)],
        id="a-question-on-part-of-the-count-just-stated-and-its-tagged-answer",
    ),
    pytest.param(
        ["外部提供は何件か。", "", "これについては後ほど説明します。", *[""] * 7, "会場の案内は3件です。"],
        [],
        id="a-count-far-below-a-question-answers-nothing",
    ),
    pytest.param(
        ["次に、保有個人情報の目的外利用及び外部提供の状況について、前回の会議以降に各課から報告のあったものは4件"
         "でございます。"],
        [],
        id="a-count-of-uses-and-provisions-together-is-of-no-kind",
    ),
    pytest.param(
        ["目的外利用及び外部提供の状況は、目的外利用が5件、外部提供が2件でした。"],
        [("目的外利用", "purpose_outside_use", 5, 1), ("外部提供", "external_provision", 2, 1)],
        id="each-kind-named-after-both-keeps-its-count",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), STATISTICS)
def test_count_shapes_of_the_second_pass_over_rounds_35_to_38(lines: list[str], expected: list[tuple]) -> None:
    assert stats(lines) == expected


SPOKEN_PARAGRAPH = [
    "個人情報取扱事務の届出について報告します。",
    "新規の主なものは、市民課の窓口予約事務と、税務課の納税相談事務でございます。変更の主なものは、保険課の国民健康保険税"
    "賦課事務で、収集する項目に電話番号を加えたものでございます。廃止は、観光課の花火大会協賛金事業と、環境課の古紙回収補助"
    "事務の2件でございます。",
]

NOTIFIED_FROM = [
    "次に、個人情報取扱事務の届出についてでございます。",
    "",
    "令和7年3月1日付けで、教育委員会生涯学習課から「公民館講座受講者管理事務」の開始の届出がありました。",
    "",
    "また、同日付けで、農林課の「有害鳥獣駆除報償金事務」が制度終了により廃止となっております。",
]

REGISTRATIONS = [
    pytest.param(
        ["個人情報取扱事務の届出について",
         "令和7年1月10日付けで、福祉課から「敬老祝金支給事務」の廃止の届出がありました。",
         "同日付けで、税務課から「軽自動車税申告事務」の変更の届出がありました。"],
        [("福祉課", "敬老祝金支給事務", "abolish", "2025-01-10", [], 2),
         ("税務課", "軽自動車税申告事務", "modify", "2025-01-10", [], 3)],
        id="departments-notified-an-abolition-and-a-change-of-quoted-businesses",
    ),
    pytest.param(
        SPOKEN_PARAGRAPH,
        [("市民課", "窓口予約事務", "new", None, [], 2), ("税務課", "納税相談事務", "new", None, [], 2),
         ("保険課", "国民健康保険税賦課事務", "modify", None, ["電話番号"], 2),
         ("観光課", "花火大会協賛金事業", "abolish", None, [], 2),
         ("環境課", "古紙回収補助事務", "abolish", None, [], 2)],
        id="five-registrations-in-one-paragraph-the-last-pair-counted",
    ),
    pytest.param(
        NOTIFIED_FROM,
        [("農林課", "有害鳥獣駆除報償金事務", "abolish", "2025-03-01", [], 5),
         ("生涯学習課", "公民館講座受講者管理事務", "new", "2025-03-01", [], 3)],
        id="a-department-notified-the-start-of-a-quoted-business",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), REGISTRATIONS)
def test_registration_shapes_of_the_second_pass_over_rounds_35_to_38(lines: list[str],
                                                                     expected: list[tuple]) -> None:
    assert [(row[0], row[1], row[2], row[3], row[7], row[8]) for row in registrations(lines)] == expected
