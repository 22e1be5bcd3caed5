"""Count shapes the thirty-ninth and fortieth blind rounds (realshapes39-40) taught, on invented pages of the
same shape.

- a bulletin's prose breaking a request count down: 「…請求は30件で、そのうち開示が18件、…」 — the bare 開示 after
  「そのうち」 is the full disclosures, not more requests;
- the grounds of the uses before the kind word (「相当の理由があるとして行った目的外利用は12件、外部提供は4件」),
  shared by the next kind counted;
- a numbered table run into the prose as its header cells each followed by its count (「表3 … 請求件数 30 開示
  18 …」); the table of the public-records system beside it is not read;
- the review board's consultations (「(5)個人情報保護審査会への諮問件数」 over 「3件」) are the appeals it heard;
- a pending count in a note (「(2件は処理中)」) is an outcome of no kind, not a request.
"""

from __future__ import annotations

import pytest
from page_shapes import stats

BULLETIN = (
    "2みなと広報 令和7年8月1日号 自分の情報の開示 市の持つ自分の情報は開示を請求できます。 6年度の状況は、表4の"
    "とおりです。自己情報の開示請求は30件で、そのうち開示が18件、部分開示が9件、不開示が3件でした。◎利用と提供 "
    "6年度に相当の理由があるとして行った目的外利用は12件、外部提供は4件でした。表3 公文書公開請求の状況 請求件数 "
    "55 全部公開 40 部分公開 15 表4 自己情報開示請求の状況 請求件数 30 開示 18 部分開示 9 不開示 3"
)

REPORT_TAIL = [
    "(3)開示等の決定件数",
    "",
    "区分",
    "",
    "件数",
    "",
    "開示",
    "",
    "20",
    "",
    "一部開示",
    "",
    "11",
    "",
    "不開示",
    "",
    "4",
    "",
    "注)決定件数が請求件数より少ないのは、請求のうち2件は処理中のためである。",
    "",
    "(4)個人情報保護審査会への諮問件数",
    "",
    "3件",
    "",
    "注)(4)は審査請求に係るものである。",
]

STATISTICS = [
    pytest.param(
        ["◎訂正と利用停止 訂正などの請求の状況は表5のとおりでした。表5 保有個人情報の訂正等の請求(件) 訂正請求 2 "
         "利用停止請求 1 審査請求 1 ◎問合せ 総務課"],
        [("訂正請求", "correction_request", 2, 1), ("利用停止請求", "suspension_request", 1, 1),
         ("審査請求", "review_request", 1, 1)],
        id="a-run-in-table-whose-caption-ends-in-its-unit-then-prose-again",
    ),
    pytest.param(
        [BULLETIN],
        [("請求件数", "disclosure_request", 30, 1), ("開示", "disclosure_granted", 18, 1),
         ("部分開示", "disclosure_partial", 9, 1), ("不開示", "disclosure_refused", 3, 1),
         ("自己情報の開示請求", "disclosure_request", 30, 1), ("開示", "disclosure_granted", 18, 1),
         ("部分開示", "disclosure_partial", 9, 1), ("不開示", "disclosure_refused", 3, 1),
         ("相当の理由があるとして行った目的外利用", "purpose_outside_use", 12, 1),
         ("相当の理由があるとして行った外部提供", "external_provision", 4, 1)],
        id="a-bulletin-line-prose-breakdown-grounds-and-a-run-in-table-beside-a-public-records-one",
    ),
    pytest.param(
        REPORT_TAIL,
        [("個人情報保護審査会への諮問件数", "review_request", 3, 23), ("開示", "disclosure_granted", 20, 9),
         ("一部開示", "disclosure_partial", 11, 13), ("不開示", "disclosure_refused", 4, 17)],
        id="a-pending-count-in-a-note-is-none-and-the-review-boards-consultations-are-appeals",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), STATISTICS)
def test_count_shapes_of_the_thirty_ninth_and_fortieth_rounds(lines: list[str], expected: list[tuple]) -> None:
    assert stats(lines) == expected
