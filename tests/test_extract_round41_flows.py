"""Flow shapes of notices the forty-first and forty-second blind rounds (realshapes41-42) taught, on invented pages
of the same shape: the issue of certificates to 第三者 told inside a definition, with the recipients before the
certificates or with who the third parties are in a bracket; the data told as the subject of a passive provision
made without consent (「a・bが、本人の同意を得ないままBに提供されている」).

Each case is a small invented page and the flows expected of it, as (source department, source business or
outside supplier, recipient, kind, basis, items, line).
"""

from __future__ import annotations

import pytest
from page_shapes import flows

CASES = [
    pytest.param(
        ["証明書の交付をお知らせする制度に登録しましょう",
         "「交付お知らせ制度」とは、使者や第三者に戸籍の附票の写しや除票の写し等を交付したとき、あらかじめ登録"
         "された方へその事実を郵便で知らせる仕組みです。",
         "南川町では、令和3年10月1日からこの仕組みを始めました。"],
        [(None, None, "第三者", "external_provision", "unknown", ("戸籍の附票の写しや除票の写し等",), 2)],
        id="notice-definition-tells-the-recipients-before-the-certificates-issued",
    ),
    pytest.param(
        ["交付お知らせ制度とは", "",
         "戸籍の附票の写しや除票の写しなどを第三者(登録者から頼まれた使者、登録者以外の会社・団体、職務上請求をする"
         "士業)に交付したときに、そのことを登録した方に知らせる制度です。"],
        [(None, None, "第三者", "external_provision", "unknown", ("戸籍の附票の写しや除票の写しなど",), 3)],
        id="notice-the-third-parties-explained-in-a-bracket-with-commas-before-the-issue",
    ),
    pytest.param(
        ["交付お知らせ制度とは",
         "使者に戸籍の附票の写しを渡したときは、登録した方に知らせます。"],
        [],
        id="notice-a-messenger-alone-is-no-third-party-nothing-read",
    ),
    pytest.param(
        ["議会だより 一般質問",
         "町は国の求めで募集事務をしている。住民記録にある若者の氏名・住所・性別が、本人にも親にも同意を得ないまま"
         "自衛隊に提供されているのは、問題であると考える。"],
        [(None, None, "自衛隊", "external_provision", "unknown", ("氏名", "住所", "性別"), 2)],
        id="jieikan-the-data-as-subject-of-a-passive-provision-the-consent-not-taken-is-no-object",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), CASES)
def test_round41_notice_flow_shapes(lines: list[str], expected: list[tuple]) -> None:
    assert flows("\n".join(lines)) == expected
