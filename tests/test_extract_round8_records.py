"""Registration and count shapes the eighth and ninth blind rounds (realshapes8, realshapes9) taught, on invented
pages of the same shape.

Registrations: one-line items 「(n) A課 B事務 届出年月日 … 目的 … 収集方法 …」 whose action only the sub-head
above names (「1 新規」「2 変更」「3 廃止」); cards laid out one field a line, each label alone over its value
(「事務の名称」 / the business / 「所属」 / the department / 「登録日」 / the date), grouped under headings that name
the action (「新規登録」「変更登録」「登録抹消」).
"""

from __future__ import annotations

import pytest
from page_shapes import extract, registrations

REGISTRATIONS = [
    pytest.param(
        ["○浜風町個人情報取扱事務の届出状況", "第3 届出の内容", "1 新規",
         "(1) 防災課 避難行動支援アプリ事務 届出年月日 令和6年6月10日 目的 避難情報の個別配信 対象者 アプリ利用者 "
         "収集方法 本人、消防本部",
         "2 変更", "(1) 税務課 軽自動車税事務 変更年月日 令和6年8月1日 変更内容 記録項目に車台番号を追加",
         "3 廃止", "(1) 商工課 プレミアム商品券事務 廃止年月日 令和7年3月31日"],
        [("防災課", "避難行動支援アプリ事務", "new", "2024-06-10", "避難情報の個別配信", "アプリ利用者",
          ["本人", "消防本部"], [], 4),
         ("税務課", "軽自動車税事務", "modify", "2024-08-01", None, None, [], ["車台番号"], 6),
         ("商工課", "プレミアム商品券事務", "abolish", "2025-03-31", None, None, [], [], 8)],
        id="one-line-items-with-their-details-under-action-sub-heads",
    ),
    pytest.param(
        ["個人情報取扱事務の登録状況", "", "新規登録", "", "事務の名称", "里親委託支援事務", "所属",
         "こども家庭課", "登録日", "令和6年7月1日", "収集目的", "里親の登録及び委託の調整", "対象者",
         "里親希望者", "収集方法", "本人、児童相談所", "", "変更登録", "", "事務の名称", "犬の登録事務", "所属",
         "生活衛生課", "変更日", "令和6年9月2日", "変更の内容", "記録項目に「マイクロチップ番号」を追加", "",
         "登録抹消", "", "事務の名称", "敬老乗車証交付事務", "所属", "高齢福祉課", "抹消日", "令和7年3月31日"],
        [("こども家庭課", "里親委託支援事務", "new", "2024-07-01", "里親の登録及び委託の調整", "里親希望者",
          ["本人", "児童相談所"], [], 6),
         ("生活衛生課", "犬の登録事務", "modify", "2024-09-02", None, None, [], ["マイクロチップ番号"], 21),
         ("高齢福祉課", "敬老乗車証交付事務", "abolish", "2025-03-31", None, None, [], [], 32)],
        id="cards-one-field-a-line-under-headings-naming-the-action",
    ),
    pytest.param(
        ["事務の名称", "公営墓地使用許可事務", "所属", "環境課", "抹消日", "令和7年1月31日"],
        [("環境課", "公営墓地使用許可事務", "abolish", "2025-01-31", None, None, [], [], 2)],
        id="card-without-a-heading-takes-its-action-from-the-date-label",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), REGISTRATIONS)
def test_registration_shapes_of_the_eighth_and_ninth_rounds(lines: list[str], expected: list[tuple]) -> None:
    assert registrations(lines) == expected


def test_an_impossible_date_on_a_value_line_is_reported() -> None:
    result = extract(["新規登録", "事務の名称", "駐輪場定期利用事務", "所属", "交通課", "登録日", "令和6年2月30日"])
    assert [r.date for r in result.registrations] == [None]
    assert any(d.line == 7 and "impossible date" in d.message for d in result.diagnostics)
