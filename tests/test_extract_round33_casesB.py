"""Council answer letters the thirty-first to thirty-fourth rounds (realshapes31-34) taught, on invented pages."""

from __future__ import annotations

from page_shapes import read

_PAIRED_FIELDS = [
    "                                                  若葉原個審第3号",
    "                                                  令和7年2月14日",
    "",
    "若葉原市長　堀内　正志　様",
    "",
    "                                      若葉原市個人情報保護審議会",
    "                                        会長　竹下　恵理",
    "",
    "保有個人情報の目的外利用及び外部提供について（答申）",
    "",
    "令和7年1月20日付け若総第77号で諮問のあった事項について、次のとおり答申します。",
    "",
    "1　審議会の結論",
    "　諮問のとおり目的外利用及び外部提供を行うことは、妥当である。",
    "",
    "2　諮問の内容",
    "（1）件名",
    "　　通学路見守り事業における児童名簿の目的外利用及び保護者連絡先の外部提供について",
    "（2）利用し、又は提供する個人情報",
    "　　ア　学務課が保有する児童の氏名及び通学区域",
    "　　イ　子育て推進課が保有する保護者の氏名、電話番号",
    "（3）利用する課又は提供先",
    "　　ア　交通安全対策課",
    "　　イ　見守り活動に関する協定を締結した若葉原市交通安全協力センター",
    "（4）根拠規定",
    "　　若葉原市個人情報の保護に関する法律施行条例第5条第3項",
    "（5）理由",
    "　　登下校の時間帯に見守りの担い手を必要な地点へ配置するため。",
    "",
    "3　審議会の判断",
    "　通学路の安全確保のために必要な範囲に限られており、妥当と認められる。",
]


def test_an_answers_paired_rows_of_holders_and_receivers_state_one_flow_a_row() -> None:
    document = read("\n".join(_PAIRED_FIELDS))
    assert [(f.source_department, f.recipient_department, f.recipient_business, f.recipient_external, f.kind,
             f.basis, f.items, f.line) for f in document.flows] == [
        ("学務課", "交通安全対策課", "通学路見守り事業", None, "purpose_outside_use", "council",
         ["児童の氏名", "通学区域"], 20),
        ("子育て推進課", None, "通学路見守り事業", "若葉原市交通安全協力センター", "external_provision", "council",
         ["保護者の氏名", "電話番号"], 21)]
    assert {f.reason for f in document.flows} == {"登下校の時間帯に見守りの担い手を必要な地点へ配置するため"}
    assert [(case.line, case.date, case.title[:9], case.decision, len(case.flow_ids))
            for case in document.council_cases] == [(17, "2025-02-14", "通学路見守り事業に", "approved", 2)]


_REVIEWED_BY_NUMBER = [
    "個人情報の目的外利用に関する答申について",
    "このページに関するお問合せは企画課まで",
    "朝霧野市個人情報保護審議会からの答申",
    "令和7年6月3日",
    "朝霧野市長 小野寺 亮 様",
    "朝霧野市個人情報保護審議会",
    "会長 宮本 直子",
    "答申書",
    "令和7年5月12日付け朝企第31号・第32号をもって諮問のありました下記の件について審査した結果、"
    "審議会としていずれもこれを認めることとしましたので答申します。",
    "記",
    "諮問1",
    "「高齢者見守り給付金」の支給に伴う介護認定情報の目的外利用について(条例第7条第1項第3号)",
    "諮問2",
    "「転入者総合案内」の実施に伴う転入届出情報の関係各課への提供について(条例第7条第1項第3号)",
    "(検討結果)",
    "諮問1",
    "介護福祉課が保有する要介護認定者の氏名、住所、認定区分を、給付金の支給事務に利用し、申請を省略する。",
    "諮問2",
    "住民窓口課が保有する転入届出情報(転入者の氏名、転入日、前住所)を、学校教育課及び上下水道課に提供し、案内に",
]


def test_an_answer_reviews_each_numbered_matter_under_its_number_and_is_dated_and_decided_by_its_letter() -> None:
    document = read("\n".join(_REVIEWED_BY_NUMBER))
    assert [(f.source_department, f.recipient_department, f.recipient_business, f.kind, f.basis, f.items, f.line)
            for f in document.flows] == [
        ("介護福祉課", None, "「高齢者見守り給付金」の支給", "purpose_outside_use", "council",
         ["氏名", "住所", "認定区分"], 12),
        ("住民窓口課", "学校教育課", "転入者総合案内", "purpose_outside_use", "council",
         ["転入者の氏名", "転入日", "前住所"], 19),
        ("住民窓口課", "上下水道課", "転入者総合案内", "purpose_outside_use", "council",
         ["転入者の氏名", "転入日", "前住所"], 19)]
    assert [(case.line, case.date, case.decision, len(case.flow_ids)) for case in document.council_cases] == [
        (12, "2025-06-03", "approved", 1), (14, "2025-06-03", "approved", 2)]


_QUOTED_MATTER = [
    "保有個人情報の目的外利用等に関する答申",
    "このページに関するお問合せは企画財政課まで",
    "答申第4号",
    "令和7年8月21日",
    "青嶺村長 様",
    "青嶺村個人情報保護審議会",
    "会長 内田 恭平",
    "答申書",
    "令和7年7月30日付け青企第105号で諮問のあった「高齢者への灯油購入費助成の支給事務に係る保有個人情報の"
    "目的外利用等について」、次のとおり答申します。",
    "記",
    "1 結論",
    "諮問のあった保有個人情報の目的外利用及び外部提供は、いずれも相当の理由があるものと認められ、妥当である。"
    "ただし、助成が終わった後は、提供した情報を速やかに消去させること。",
    "2 諮問の内容",
    "(1)住民生活課が保有する住民基本台帳の情報(氏名、生年月日、世帯構成)を、保健福祉課が助成の対象世帯の確認に"
    "利用すること。",
    "(2)保健福祉課が保有する助成申請者名簿の情報(申請者の氏名、口座番号)を、助成金の振込事務を行う青嶺村信用組合に"
    "提供すること。",
    "(3)申請の受付業務を委託する有限会社みどりソフトのサーバと、保健福祉課の助成金管理システムとをオンライン結合し、"
    "申請者の氏名及び電話番号を送信すること。",
    "3 審議の経過",
    "令和7年7月30日 諮問",
]


def test_an_answer_quoting_its_matter_in_its_opening_sentence_is_a_case_with_the_flows_it_numbers() -> None:
    document = read("\n".join(_QUOTED_MATTER))
    assert [(f.source_department, f.source_business, f.recipient_department, f.recipient_business,
             f.recipient_external, f.kind, f.basis, f.items, f.reason, f.line) for f in document.flows] == [
        ("住民生活課", "住民基本台帳", "保健福祉課", "高齢者への灯油購入費助成の支給事務", None, "purpose_outside_use",
         "council", ["氏名", "生年月日", "世帯構成"], "助成の対象世帯の確認", 14),
        ("保健福祉課", "助成申請者名簿", None, "助成金の振込事務", "青嶺村信用組合", "external_provision", "council",
         ["申請者の氏名", "口座番号"], "助成金の振込事務", 15),
        ("保健福祉課", "助成金管理システム", None, "申請の受付業務", "有限会社みどりソフト", "online_connection",
         "council", ["氏名", "電話番号"], None, 16)]
    assert [(case.line, case.date, case.title[:8], case.decision, len(case.flow_ids))
            for case in document.council_cases] == [(9, "2025-08-21", "高齢者への灯油購", "approved_with_opinion", 3)]


_ONE_LINE_TRANSCRIPT = [
    "令和 5 年度諮問第 4 号 帯状疱疹ワクチン接種助成事業に係る個人情報の目的外利用及び外部提供について(答申) "
    "令和 5 年 6 月 2 日付けで潮見台町長から諮問のあった標記の件について、潮見台町個人情報保護審議会は、"
    "令和 5 年 7 月 11 日に審議を行い、潮見台町個人情報保護条例(平成 16 年潮見台町条例第 9 号。以下「条例」という。)"
    "第 7 条第 1 項第 5 号の規定により、以下のとおり答申する。 1 保有個人情報の目的外利用について (1) 住民記録について "
    "保健推進課が行う帯状疱疹ワクチン接種助成事業において、助成券の送付のため、町民課が保有する住民基本台帳の氏名、"
    "住所及び生年月日を目的外利用することは、適当である。 (2) 課税の情報について 同事業において、"
    "助成額の区分を判定するため、税務課が保有する住民税の課税区分を目的外利用することは、適当である。 "
    "2 外部提供について 同事業において、接種費用の精算のため、保健推進課が保有する助成対象者の氏名及び助成券番号を"
    "町内の協力医療機関へ提供することは、そ の提供先に条例第 8 条に基づく措置を求めることを条件として、適当である。 "
    "【説明】 帯状疱疹ワクチンの接種は、",
]


def test_a_one_line_answer_transcript_with_spaced_numbers_is_a_case_with_one_flow_a_numbered_conclusion() -> None:
    document = read("\n".join(_ONE_LINE_TRANSCRIPT))
    assert [(f.source_department, f.source_business, f.recipient_department, f.recipient_business,
             f.recipient_external, f.kind, f.basis, f.items, f.reason) for f in document.flows] == [
        ("町民課", "住民基本台帳", "保健推進課", "帯状疱疹ワクチン接種助成事業", None, "purpose_outside_use", "council",
         ["氏名", "住所", "生年月日"], "助成券の送付"),
        ("税務課", None, "保健推進課", "帯状疱疹ワクチン接種助成事業", None, "purpose_outside_use", "council",
         ["住民税の課税区分"], "助成額の区分を判定する"),
        ("保健推進課", None, None, "帯状疱疹ワクチン接種助成事業", "町内の協力医療機関", "external_provision",
         "council", ["氏名", "助成券番号"], "接種費用の精算")]
    assert [(case.line, case.date, case.title[:10], case.decision) for case in document.council_cases] == [
        (1, "2023-07-11", "帯状疱疹ワクチン接種", "approved_with_opinion")]


def test_an_answers_opening_sentence_may_say_the_consultation_and_the_answer_in_other_words() -> None:
    lines = ["令和7年10月1日", "答申書",
             "令和7年9月3日付け東総第61号で諮問されました「学童保育の利用調整に係る保有個人情報の目的外利用について」、"
             "下記のとおり答申します。",
             "第1 審議会の結論", "諮問のとおり目的外利用することは、適当である。", "第2 諮問の内容",
             "(1)市民税課が保有する課税台帳の情報(氏名、所得割額)を、こども家庭課が利用料の算定に利用すること。"]
    document = read("\n".join(lines))
    assert [(case.line, case.date, case.decision, len(case.flow_ids)) for case in document.council_cases] == [
        (3, "2025-10-01", "approved", 1)]
    assert [(f.source_department, f.source_business, f.recipient_department, f.items) for f in document.flows] == [
        ("市民税課", "課税台帳", "こども家庭課", ["氏名", "所得割額"])]


def test_paired_rows_may_be_marked_in_brackets() -> None:
    bracketed = [line.replace("　　ア　", "　　（ア）").replace("　　イ　", "　　（イ）") for line in _PAIRED_FIELDS]
    document = read("\n".join(bracketed))
    assert [(f.source_department, f.recipient_department, f.recipient_external, f.line) for f in document.flows] == [
        ("学務課", "交通安全対策課", None, 20), ("子育て推進課", None, "若葉原市交通安全協力センター", 21)]


_NUMBERED_CONCLUSIONS = [
    "更新日:2025年11月4日",
    "",
    "ここから本文です。",
    "",
    "個人情報保護審議会答申(答申第12号)",
    "",
    "1 諮問の内容",
    "",
    "令和7年9月30日付けで北浦市長から諮問のあった「保有個人情報の目的外利用及び外部提供について(諮問第12号)」"
    "について、本審議会は令和7年10月24日、次のとおり答申しました。",
    "",
    "2 審議会の結論",
    "",
    "(1)資産税課が保有する固定資産課税台帳の情報を、環境保全課が空き地管理指導事務に利用することは、適当である。",
    "",
    "(2)障害福祉課が保有する手帳交付情報を、生涯学習課が公民館講座案内事業に利用することは、適当である。",
    "",
    "(3)健康推進課が保有する乳幼児健診情報を、子育て相談事業の受託法人に提供することは、妥当である。ただし、"
    "受託法人との契約に、再提供の禁止を定めること。",
    "",
    "3 判断の理由",
]


def test_an_answers_numbered_conclusions_are_its_one_cases_flows_and_a_proviso_adds_an_opinion() -> None:
    document = read("\n".join(_NUMBERED_CONCLUSIONS))
    assert [(f.source_department, f.source_business, f.recipient_department, f.recipient_business,
             f.recipient_external, f.kind, f.basis, f.line) for f in document.flows] == [
        ("資産税課", "固定資産課税台帳", "環境保全課", "空き地管理指導事務", None, "purpose_outside_use", "council",
         13),
        ("障害福祉課", None, "生涯学習課", "公民館講座案内事業", None, "purpose_outside_use", "council", 15),
        ("健康推進課", None, None, "子育て相談事業", "子育て相談事業の受託法人", "external_provision", "council", 17)]
    assert [(case.date, case.decision, len(case.flow_ids)) for case in document.council_cases] == [
        ("2025-10-24", "approved_with_opinion", 3)]


def test_one_value_under_the_user_or_receiver_label_and_the_holder_under_the_data_label_state_one_flow() -> None:
    lines = ["                                    令和7年5月8日", "南浜町長　様", "南浜町個人情報保護審議会",
             "保有個人情報の外部提供について（答申）",
             "令和7年4月1日付け南総第3号で諮問のあった事項について、次のとおり答申します。",
             "1　審議会の結論", "　諮問のとおり外部提供することは、妥当である。", "2　諮問の内容",
             "（1）件名", "　　高齢者配食事業における利用者情報の外部提供について",
             "（2）利用し、又は提供する個人情報", "　　長寿支援課が保有する利用者の氏名、住所及び食事制限",
             "（3）利用する課又は提供先", "　　配食に関する協定を締結した南浜町社会福祉協議会",
             "（4）理由", "　　配達の順路と献立を定めるため。"]
    document = read("\n".join(lines))
    assert [(f.source_department, f.recipient_business, f.recipient_external, f.kind, f.items) for f in
            document.flows] == [("長寿支援課", "高齢者配食事業", "南浜町社会福祉協議会", "external_provision",
                                 ["利用者の氏名", "住所", "食事制限"])]
    assert [(case.date, case.decision, len(case.flow_ids)) for case in document.council_cases] == [
        ("2025-05-08", "approved", 1)]


def test_review_labels_may_be_bracketed_and_the_data_run_into_the_receivers() -> None:
    reworded = [line.replace("諮問1", "【諮問1】").replace("諮問2", "【諮問2】") for line in _REVIEWED_BY_NUMBER]
    reworded[-1] = reworded[-1].replace("前住所)を、", "前住所)を")
    document = read("\n".join(reworded))
    assert [(f.source_department, f.recipient_department, f.line) for f in document.flows] == [
        ("介護福祉課", None, 12), ("住民窓口課", "学校教育課", 19), ("住民窓口課", "上下水道課", 19)]


def test_an_unnumbered_conclusion_under_a_title_naming_only_a_kind_is_the_cases_flow() -> None:
    lines = ["令和7年3月10日", "東野市長 様", "東野市個人情報保護審議会", "保有個人情報の外部提供について（答申）",
             "令和7年2月3日付け東総第20号で諮問のあった事項について、次のとおり答申します。", "1 結論",
             "地域福祉課が保有する避難行動要支援者の氏名、住所及び電話番号を、東野市社会福祉協議会に提供することは、"
             "妥当である。", "2 理由", "災害に備えるため。"]
    document = read("\n".join(lines))
    assert [(f.source_department, f.recipient_external, f.kind, f.basis, f.items, f.line) for f in document.flows] == [
        ("地域福祉課", "東野市社会福祉協議会", "external_provision", "council", ["氏名", "住所", "電話番号"], 7)]
    assert [(case.decision, len(case.flow_ids)) for case in document.council_cases] == [("approved", 1)]
    assert not document.diagnostics


def test_numbered_matters_may_use_outside_their_purpose_or_give_to_the_body_a_work_is_entrusted_to() -> None:
    lines = ["答申第2号", "令和7年6月30日", "西原町長 様", "西原町個人情報保護審議会", "答申書",
             "令和7年6月2日付け西総第71号で諮問のあった「がん検診受診勧奨事業に係る保有個人情報の目的外利用及び外部提供"
             "について」、次のとおり答申します。", "記", "1 結論",
             "諮問のあった目的外利用及び外部提供は、いずれも妥当である。", "2 諮問の内容",
             "(1)住民課が保有する住民基本台帳の氏名、住所及び生年月日を、健康課ががん検診の受診勧奨に目的外利用すること。",
             "(2)健康課が保有する受診者名簿の情報(氏名、受診日)を、検診の実施を委託する西原町医師会に提供すること。"]
    document = read("\n".join(lines))
    assert [(f.source_department, f.source_business, f.recipient_department, f.recipient_business,
             f.recipient_external, f.kind, f.items) for f in document.flows] == [
        ("住民課", "住民基本台帳", "健康課", "がん検診受診勧奨事業", None, "purpose_outside_use",
         ["氏名", "住所", "生年月日"]),
        ("健康課", "受診者名簿", None, "検診の実施", "西原町医師会", "external_provision", ["氏名", "受診日"])]
    assert [(case.date, case.decision, len(case.flow_ids)) for case in document.council_cases] == [
        ("2025-06-30", "approved", 2)]


def test_a_review_naming_the_department_that_uses_the_data_completes_the_titles_flow() -> None:
    lines = ["令和7年6月3日", "答申書",
             "令和7年5月12日付け朝企第31号をもって諮問のありました下記の件について審査した結果、"
             "これを認めることとしましたので答申します。", "記", "諮問1",
             "学習支援事業の実施に伴う就学援助情報の目的外利用について(条例第7条第1項第3号)", "(検討結果)", "諮問1",
             "学校教育課が保有する就学援助受給者の氏名、学年を、生活支援課が学習支援事業の案内に利用する。"]
    document = read("\n".join(lines))
    assert [(f.source_department, f.recipient_department, f.recipient_business, f.items, f.line)
            for f in document.flows] == [("学校教育課", "生活支援課", "学習支援事業", ["氏名", "学年"], 6)]
    assert [(case.date, case.decision) for case in document.council_cases] == [("2025-06-03", "approved")]


def test_a_letter_headed_only_by_a_kind_takes_its_matter_from_the_opening_sentence_and_its_numbered_matters() -> None:
    lines = ["答申第2号", "令和7年6月30日", "西原町長 様", "西原町個人情報保護審議会",
             "保有個人情報の目的外利用等について（答申）",
             "令和7年6月2日付け西総第71号で諮問のあった「がん検診受診勧奨事業に係る保有個人情報の目的外利用及び外部提供"
             "について」、次のとおり答申します。", "記", "1 結論",
             "諮問のあった目的外利用及び外部提供は、いずれも妥当である。ただし、検診終了後は速やかに返還させること。",
             "2 諮問の内容",
             "(1)住民課が保有する住民基本台帳の氏名、住所及び生年月日を、健康課ががん検診の受診勧奨に目的外利用すること。",
             "(2)健康課が保有する受診者名簿の情報(氏名、受診日)を、検診の実施を委託する西原町医師会に提供すること。"]
    document = read("\n".join(lines))
    assert [(f.source_department, f.recipient_department, f.recipient_business, f.recipient_external, f.basis)
            for f in document.flows] == [("住民課", "健康課", "がん検診受診勧奨事業", None, "council"),
                                         ("健康課", None, "検診の実施", "西原町医師会", "council")]
    assert [(case.line, case.date, case.title[:10], case.decision, len(case.flow_ids))
            for case in document.council_cases] == [
        (6, "2025-06-30", "がん検診受診勧奨事業", "approved_with_opinion", 2)]
    assert not document.diagnostics


def test_one_holder_over_rows_of_receivers_gives_one_flow_a_receiver() -> None:
    lines = ["令和7年4月2日", "保有個人情報の外部提供について（答申）",
             "令和7年3月3日付け北総第7号で諮問のあった事項について、次のとおり答申します。",
             "1　審議会の結論", "　諮問のとおり外部提供を行うことは、妥当である。", "2　諮問の内容",
             "（1）件名", "　　防災訓練事業における避難行動要支援者名簿の外部提供について",
             "（2）利用し、又は提供する個人情報", "　　福祉総務課が保有する要支援者の氏名、住所及び連絡先",
             "（3）利用する課又は提供先", "　　ア　各地区の自主防災組織", "　　イ　北山消防署"]
    document = read("\n".join(lines))
    assert [(f.source_department, f.recipient_external, f.recipient_business, f.items, f.line)
            for f in document.flows] == [
        ("福祉総務課", "各地区の自主防災組織", "防災訓練事業", ["要支援者の氏名", "住所", "連絡先"], 10),
        ("福祉総務課", "北山消防署", "防災訓練事業", ["要支援者の氏名", "住所", "連絡先"], 10)]


_ANSWERED_WITH_CONDITIONS = [
    "ホーム > 組織から探す > 法務文書課 > 個人情報保護審議会 > 令和3年2月9日 答申第41号",
    "",
    "公開日:2021年2月9日",
    "",
    "令和3年2月9日(答申第41号)",
    "",
    "答申",
    "",
    "第1 審議会の結論",
    "",
    "西嶺県知事(以下「実施機関」という。)から諮問のあった「農業再建支援金支給事業に係る保有個人情報の目的外利用及び"
    "外部提供」については、次の条件を付して、これを認めることが適当である。",
    "",
    "  • (1)利用する情報は、被害の確認に必要な範囲に限ること。",
    "",
    "第2 諮問に至る経過",
    "",
    "  • (1)農林事務所が共済掛金の助成のために保有する農業者の氏名、作付面積を、農政課が農業再建支援金支給事業の審査に"
    "利用すること。",
    "  • (2)申請の取次ぎを行う農業協同組合及び土地改良区に対し、申請者の氏名、連絡先を提供すること。",
]


def test_a_conclusion_naming_the_matter_and_its_conditions_is_a_case_dated_by_the_answers_date_line() -> None:
    document = read("\n".join(_ANSWERED_WITH_CONDITIONS))
    assert [(case.line, case.date, case.title[:8], case.decision, len(case.flow_ids))
            for case in document.council_cases] == [(11, "2021-02-09", "農業再建支援金支", "approved_with_opinion", 3)]
    assert [(f.source_department, f.source_business, f.recipient_department, f.recipient_business,
             f.recipient_external, f.kind, f.items, f.line) for f in document.flows] == [
        ("農林事務所", "共済掛金の助成", "農政課", "農業再建支援金支給事業", None, "purpose_outside_use",
         ["氏名", "作付面積"], 17),
        (None, None, None, None, "農業協同組合", "external_provision", ["氏名", "連絡先"], 18),
        (None, None, None, None, "土地改良区", "external_provision", ["氏名", "連絡先"], 18)]


_KANA_ROWS = [
    "                                        美浦台町個審第5号",
    "                                        令和7年7月15日",
    " 美浦台町長 岩瀬 健 様",
    "                          美浦台町個人情報保護審議会",
    "   子ども食堂支援事業に係る保有個人情報の目的外利用及び",
    "   外部提供について(答申)",
    " 令和7年6月20日付け美子第52号で諮問のあった子ども食堂支援事業に係る保有個人情報の目的外利用及び外部提供について、"
    "次のとおり答申します。",
    "記",
    "1 審議会の結論",
    " 諮問のあった目的外利用及び外部提供は、実施することは妥当である。ただし、提供先に守秘を誓約させること。",
    "2 諮問の内容",
    "(1)目的外利用",
    " ア 個人情報を保有する課及び事務 税務課 町民税賦課事務",
    " イ 利用する課及び事務 こども課 子ども食堂支援事業",
    " ウ 利用する個人情報の項目 世帯主の氏名、所得区分",
    " エ 利用の開始日 令和7年9月1日",
    "(2)外部提供",
    " ア 提供する個人情報を保有する課及び事務 こども課 児童扶養手当事務",
    " イ 提供先 美浦台町子ども食堂連絡会",
    " ウ 提供する個人情報の項目 氏名、住所、学年",
    " エ 提供の開始日 令和7年9月1日",
]


def test_an_answers_matters_as_kana_rows_of_label_and_value_are_one_flow_a_group() -> None:
    document = read("\n".join(_KANA_ROWS))
    assert [(f.source_department, f.source_business, f.recipient_department, f.recipient_business,
             f.recipient_external, f.kind, f.items, f.start_date, f.line) for f in document.flows] == [
        ("税務課", "町民税賦課事務", "こども課", "子ども食堂支援事業", None, "purpose_outside_use",
         ["世帯主の氏名", "所得区分"], "2025-09-01", 13),
        ("こども課", "児童扶養手当事務", None, "子ども食堂支援事業", "美浦台町子ども食堂連絡会", "external_provision",
         ["氏名", "住所", "学年"], "2025-09-01", 18)]
    assert [(case.date, case.title, case.decision, len(case.flow_ids)) for case in document.council_cases] == [
        ("2025-07-15", "子ども食堂支援事業に係る保有個人情報の目的外利用及び外部提供について",
         "approved_with_opinion", 2)]


_JUDGED_MATTERS = [
    "答申第9号",
    "令和6年3月4日",
    "南岬県教育委員会教育長 殿",
    "南岬県個人情報保護審議会会長",
    "個人情報の取扱いの例外について(答申)",
    "令和6年2月1日付け教企第77号で諮問のあった標記について、審議した結果、当審議会の意見は下記のとおりです。",
    "1.本人以外からの収集について",
    "高校生修学支援金支給事務において、保護者の課税額に関する情報を住所地の市町村から収集することについては、"
    "相当の理由があり、妥当なものと認められる。",
    "2.目的外利用及び提供について",
    "県立特別支援学校が保有する健康観察記録を、学校保健推進事業における感染症対策のために保健体育課が利用すること"
    "及び当該記録を県医師会へ提供することについては、公益上の必要があり、妥当なものと認められる。",
]


def test_matters_judged_one_by_one_are_the_cases_flows_joined_by_koto_oyobi() -> None:
    document = read("\n".join(_JUDGED_MATTERS))
    assert [(f.source_department, f.source_external, f.recipient_department, f.recipient_business,
             f.recipient_external, f.kind, f.items, f.line) for f in document.flows] == [
        (None, "住所地の市町村", None, "高校生修学支援金支給事務", None, "collection_from_others",
         ["保護者の課税額に関する情報"], 8),
        ("県立特別支援学校", None, "保健体育課", "学校保健推進事業", None, "purpose_outside_use", ["健康観察記録"], 10),
        ("県立特別支援学校", None, None, None, "県医師会", "external_provision", ["健康観察記録"], 10)]
    assert [(case.date, len(case.flow_ids)) for case in document.council_cases] == [("2024-03-04", 3)]
