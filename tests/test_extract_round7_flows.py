"""Flow shapes the seventh blind round (realshapes7) taught, on invented pages of the same shape.

Each case is a small invented page and the flows expected of it, as (source department, source business or
outside supplier, recipient, kind, basis, items, line).
"""

from __future__ import annotations

import pytest

from tadori.ingest.documents import extract_document
from tadori.ingest.records import Document


def read(text: str):
    return extract_document(Document(path="page.txt", sha256="0" * 64, text=text))


def flows(text: str) -> list[tuple]:
    return [(f.source_department, f.source_business or f.source_external,
             f.recipient_department or f.recipient_business or f.recipient_external, f.kind, f.basis,
             tuple(f.items), f.line) for f in read(text).flows]


CASES = [
    pytest.param(
        ["○小石村個人情報の反復的な利用に関する規程", "この規程は、令和5年4月1日から施行する。", "別表(第3関係)",
         "区分 保有課 事務 利用課又は提供先 項目 根拠",
         "目的外利用 企画課 統計調査事務 福祉課 見守り事業 世帯主氏名、電話番号 相当の理由",
         "外部提供 水道課 料金徴収事務 小石村消防団 氏名、所在地 法令"],
        [("企画課", "統計調査事務", "福祉課", "purpose_outside_use", "reasonable_grounds",
          ("世帯主氏名", "電話番号"), 5),
         ("水道課", "料金徴収事務", "小石村消防団", "external_provision", "law", ("氏名", "所在地"), 6)],
        id="annexed-table-rows-one-a-line-with-cells-parted-by-spaces",
    ),
    pytest.param(
        ["目 的 外 利 用 と 外 部 提 供 の 状 況", "", "目的外利用", "",
         "(1) 保 有 課 : 農 政 課 ( 農 地 台 帳 事 務 )", "", "ア", "",
         "利 用 課 : 防 災 課 ( 避 難 所 運 営 事 務 )", "", "イ", "",
         "項 目 : 耕 作 者 氏 名 , 連 絡 先", "", "ウ", "",
         "根 拠 : 相 当 の 理 由 が あ る も の", "", "外部提供", "",
         "(1) 保 有 課 : 下 水 道 課 ( 排 水 設 備 事 務 )", "", "ア", "",
         "提 供 先 : 北 浜 管 工 事 協 同 組 合", "", "イ", "", "項 目 : 申 請 者 氏 名", "", "ウ", "",
         "根 拠 : 本 人 の 同 意 が あ る も の"],
        [("農政課", "農地台帳事務", "防災課", "purpose_outside_use", "reasonable_grounds", ("耕作者氏名", "連絡先"), 9),
         ("下水道課", "排水設備事務", "北浜管工事協同組合", "external_provision", "consent", ("申請者氏名",), 25)],
        id="spaced-out-card-opened-by-its-numbered-holder-with-lone-item-labels",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), CASES)
def test_flow_shapes_of_the_seventh_round(lines: list[str], expected: list[tuple]) -> None:
    assert flows("\n".join(lines)) == expected


def test_a_spaced_row_that_does_not_fit_its_header_is_a_diagnostic() -> None:
    page = ["別表", "区分 保有課 事務 利用課又は提供先 項目 根拠",
            "目的外利用 企画課 統計調査事務 福祉課 見守り事業 世帯主氏名 電話番号 相当 の 理由"]
    document = read("\n".join(page))
    assert not document.flows
    assert any(diagnostic.line == 3 for diagnostic in document.diagnostics)
