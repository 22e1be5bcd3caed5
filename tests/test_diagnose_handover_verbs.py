"""A line that hands personal data over with a verb no reader knows yet still ends in a diagnostic."""

from __future__ import annotations

import pytest

from tadori.ingest.documents.layout.lines import split_lines
from tadori.ingest.documents.resolve.diagnose import unread_flow_statements

STATED = [
    ("a notification of data to a governor",
     "住民課は、住民票の氏名及び住所の変更情報を、専用の回線を通じて県知事に通知しています。"),
    ("a notification to the mayor of another town",
     "転出する方の転出証明書情報を、転出先の市区町村長へ通知します。"),
    ("a collection from a named kind of body",
     "3. 奨学生を選ぶため、学業成績に関する個人情報を在籍する学校から収集するとき。"),
    ("data sent over a line",
     "図書館システムを委託先のサーバと専用回線で結び、利用者の氏名及び貸出履歴を送信するものである。"),
    ("a provision to an agency",
     "令和5年度は、年金の給付のため日本年金機構に、延べ2万件の本人確認情報を提供しました。"),
    ("the noun form of two flows",
     "主なものは、税務課が保有する課税情報の保育料算定事務への利用、防災課が保有する名簿の自治会への提供です。"),
    ("a provision to neighbourhood bodies named with 等",
     "同意された方の名簿情報を、見守りを担う自治会等に平常時から提供します。"),
]

NOT_STATED = [
    ("a decision notified to the applicant",
     "審査の結果は、申請者に書面で通知します。"),
    ("a form handed in to the mayor",
     "第4条 提供を受けようとする者は、外部提供申請書を市長に提出しなければならない。"),
    ("a chair's opening",
     "○議長 日程第3を議題といたします。本件は、市長から目的外利用の状況について報告があったものです。"),
]


@pytest.mark.parametrize(("shape", "text"), STATED, ids=[shape for shape, _ in STATED])
def test_a_hand_over_told_with_another_verb_is_diagnosed(shape: str, text: str) -> None:
    diagnostics = unread_flow_statements(split_lines("見出し\n" + text), [], set())
    assert [diagnostic.line for diagnostic in diagnostics] == [2], shape


@pytest.mark.parametrize(("shape", "text"), NOT_STATED, ids=[shape for shape, _ in NOT_STATED])
def test_a_line_without_a_hand_over_of_data_is_not_diagnosed(shape: str, text: str) -> None:
    assert unread_flow_statements(split_lines("見出し\n" + text), [], set()) == [], shape
