"""A line that hands personal data over with a verb no reader knows yet still ends in a diagnostic."""

from __future__ import annotations

import pytest

from tadori.ingest.documents.layout.lines import split_lines
from tadori.ingest.documents.resolve.diagnose import unread_flow_statements
from tadori.ingest.records import Flow

STATED = [
    ("a rule's purpose naming the body it provides to",
     "第1条 この告示は、北浜町長が自衛隊北浜地方協力本部長に提供する募集対象者の情報(以下「対象者情報」という。)に"
     "ついて必要な事項を定める。"),
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
    ("an agenda title naming the flow and what it is for",
     "イ 乳児家庭訪問事業の実施に伴う保有個人情報の目的外利用について(子育て支援課)"),
    ("a quoted agenda title of a collection from others",
     "・「健診結果を学校から本人以外から収集することについて」(教育委員会事務局)"),
    ("a certificate issued to a third party",
     "住民票の写しを代理人や第三者に交付したときに、登録した方にお知らせします。"),
    ("a notification told in the passive",
     "村長から知事に対し、住民の本人確認情報が通知されます。"),
    ("a collection from a named kind of body without a word for data",
     "資産税課は、家屋の評価のため、法務局から登記済通知書を受け取っています。"),
    ("the holder's data used in another department's business",
     "- 住民課の住民基本台帳情報を、保険課の国民健康保険事務に利用"),
    ("an inspection allowed to a body",
     "これまで北浜町は、自衛隊の地方協力本部に対し、住民基本台帳の閲覧を認めています。"),
    ("a wire to an outside body",
     "住民課の住民基本台帳事務では、地方公共団体情報システム機構と専用回線で結び、本人確認情報を送っています。"),
    ("the noun form of a use by another department",
     "ア 資産税課が保有する家屋情報の建築課による利用(空家対策事務)"),
    ("a certificate issued on a third party's request",
     "住民票の写しを第三者からの請求により交付したとき、登録した方にお知らせします。"),
    ("a collection from an office named with 部",
     "水産課より、許可事務において、申請者の違反歴を海上保安部から収集することについて説明があった。"),
    ("a data sharing between two bodies",
     "児童相談所と警察との間で、それぞれが保有する情報を相互に共有しています。"),
]

# A row set with spaces, and a list of bodies under words that hand a list over: one diagnostic per line.
SPACED_ROW = "見出し\n3 市民課 選挙管理委員会 選挙人名簿調製事務 氏名、住所 法令"
LISTED = ("名簿を提供する避難支援等関係者と協定事業者は次のとおりです。\n\n・東浜警察署\n\n・東浜市社会福祉協議会\n\n"
          "・民生委員\n・株式会社東浜配食")

NOT_STATED = [
    ("a decision notified to the applicant",
     "審査の結果は、申請者に書面で通知します。"),
    ("a form handed in to the mayor",
     "第4条 提供を受けようとする者は、外部提供申請書を市長に提出しなければならない。"),
    ("a chair's opening",
     "○議長 日程第3を議題といたします。本件は、市長から目的外利用の状況について報告があったものです。"),
    ("a heading naming only a kind", "2 外部提供について"),
    ("a heading naming only the data", "4 募集対象者情報の提供について"),
    ("a web page's breadcrumb", "トップページ > くらし > 福祉課 > 名簿を関係者へ提供します"),
    ("a rule on who may ask", "第4条 個人情報の提供を受けようとする民生委員は、申請書を市長に提出する。"),
    ("a condition of a provision", "名簿を地域の支援者へ提供するには、本人の同意が必要です。"),
    ("a rule's exception listed", "・本人以外の者から個人情報を収集できる場合(条例第7条第3項)"),
    ("a list of the persons on the roll, not of bodies",
     "名簿を提供します。対象となる方\n・要介護3以上の認定を受けている者\n・身体障害者手帳1級の所持者"),
    ("a roster of members", "出席者\n・岡部委員 ・塩谷委員\n・仁科委員 ・村瀬委員"),
    ("a rule's purpose, citing a statute in brackets",
     "第1条 この規程は、北浜町個人情報保護条例(平成12年条例第3号。以下「条例」という。)第8条に規定する"
     "目的外利用等に係る事務の取扱いに関し必要な事項を定める。"),
    ("a term's definition",
     "イ 外部提供とは、実施機関が保有個人情報を実施機関以外のもの(国、他の地方公共団体等)に提供することをいう。"),
]


@pytest.mark.parametrize(("shape", "text"), STATED, ids=[shape for shape, _ in STATED])
def test_a_hand_over_told_with_another_verb_is_diagnosed(shape: str, text: str) -> None:
    diagnostics = unread_flow_statements(split_lines("見出し\n" + text), [], set())
    assert [diagnostic.line for diagnostic in diagnostics] == [2], shape


@pytest.mark.parametrize(("shape", "text"), NOT_STATED, ids=[shape for shape, _ in NOT_STATED])
def test_a_line_without_a_hand_over_of_data_is_not_diagnosed(shape: str, text: str) -> None:
    assert unread_flow_statements(split_lines("見出し\n" + text), [], set()) == [], shape


def test_a_spaced_row_naming_two_parties_is_diagnosed() -> None:
    assert [diagnostic.line for diagnostic in unread_flow_statements(split_lines(SPACED_ROW), [], set())] == [2]


def test_each_body_listed_under_a_hand_over_is_diagnosed_with_its_name() -> None:
    diagnostics = unread_flow_statements(split_lines(LISTED), [], set())
    assert [(d.line, d.candidate["recipient_external"]) for d in diagnostics] == [
        (3, "東浜警察署"), (5, "東浜市社会福祉協議会"), (7, "民生委員"), (8, "株式会社東浜配食")]


def test_a_title_whose_flow_is_read_below_it_is_not_diagnosed() -> None:
    text = "見出し\nア 乳児家庭訪問事業の実施に伴う保有個人情報の目的外利用について\n説明\n住民課の記録を利用する。"
    flow = Flow(id="f1", kind="purpose_outside_use", source_department="住民課", recipient_department="子育て支援課",
                line=4)
    assert unread_flow_statements(split_lines(text), [], set())  # alone it is a flow unread
    assert unread_flow_statements(split_lines(text), [flow], {4}) == []
