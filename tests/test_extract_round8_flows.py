"""Flow shapes the eighth and ninth blind rounds (realshapes8, realshapes9) taught, on invented pages of the same shape.

Each case is a small invented page and the flows expected of it, as (source department, source business or
outside supplier, recipient, kind, basis, items, line).
"""

from __future__ import annotations

import pytest
from page_shapes import flows, read

ANNEX = [  # an annex laid out with runs of spaces, 〃 repeating the cell above
    "  区分     所管課    事務          利用課・提供先          利用の目的          根拠",
    "  目的外利用  保険課    介護保険事務      防災課              避難行動支援事務       相当の理由",
    "   〃     〃      〃           地域福祉課            見守り訪問事業        相当の理由",
    "  外部提供   税務課    軽自動車税事務     北浜警察署            交通事故捜査事務       法令",
    "   〃     〃      〃           北浜市シルバー人材センター    放置自転車調査業務      本人同意",
]

CASES = [
    pytest.param(
        ["〇岡野企画課長 今期の状況を次の表にまとめました。",
         "┌──┬─────┬──────┬────────┬──────┬────┐",
         "│区分│保有課  │事務     │利用課・提供先    │項目    │根拠  │",
         "├──┼─────┼──────┼────────┼──────┼────┤",
         "│利用│水道課  │水道料金事務 │防災課 避難行動支援事務│氏名、電話番号│相当の理由│",
         "│提供│学校教育課│就学援助事務 │北川町教育振興会    │保護者氏名  │本人同意│",
         "└──┴─────┴──────┴────────┴──────┴────┘"],
        [("水道課", "水道料金事務", "防災課", "purpose_outside_use", "reasonable_grounds", ("氏名", "電話番号"), 5),
         ("学校教育課", "就学援助事務", "北川町教育振興会", "external_provision", "consent", ("保護者氏名",), 6)],
        id="box-drawn-table-one-provision-a-row-recipient-department-and-business-in-one-cell",
    ),
    pytest.param(
        ["資料一覧 ◎配付資料   ──────── 3 利用状況(上半期)  報告第2号関係 ┏━┯━━━┯━━━━━┯━━━━━┯━━━┯━━┓"
         " ┃番号│区 分│保有課・事務 │利用課・提供先・事務│項 目│根 拠┃ ┣━┿━━━┿━━━━━┿━━━━━┿━━━┿━━┫"
         " ┃ 1│目的外利用│港湾課 係留施設管理事務│観光課 遊覧船案内事務│船舶所有者名│相当の理由┃"
         " ┠─┼───┼─────┼─────┼───┼──┨",
         "    ┃ 2│外部提供│林務課 森林台帳整備│西峰森林組合│所有者氏名、所在│法令┃",
         "    ┃  │    │事務     │      │地     │  ┃",
         "    ┗━┷━━━┷━━━━━┷━━━━━┷━━━┷━━┛"],
        [("港湾課", "係留施設管理事務", "観光課", "purpose_outside_use", "reasonable_grounds", ("船舶所有者名",), 1),
         ("林務課", "森林台帳整備事務", "西峰森林組合", "external_provision", "law", ("所有者氏名", "所在地"), 2)],
        id="heavy-box-table-head-and-first-row-run-into-one-line-a-row-finished-on-a-continuation-row",
    ),
    pytest.param(
        ["定期的な目的外利用と提供", "", "町は、次の利用及び提供を毎年度行っています。", "",
         "(1)保険課が国民年金事務で保有する氏名,加入期間を,長寿課が敬老会案内事務に利用します。(相当の理由)", "",
         "(2)選挙管理委員会が選挙人名簿事務で保有する投票区及び氏名を,北岬町明るい選挙推進協議会に提供します。"
         "(法令に基づく場合)", "",
         "電子計算機による提供", "",
         "・戸籍課は,戸籍事務で保有する届出人の本籍及び氏名を,戸籍情報連携システムにより法務局に提供しています。"
         "(戸籍法に基づくもの)", "", "連絡先"],
        [("保険課", "国民年金事務", "長寿課", "purpose_outside_use", "reasonable_grounds", ("氏名", "加入期間"), 5),
         ("選挙管理委員会", "選挙人名簿事務", "北岬町明るい選挙推進協議会", "external_provision", "law",
          ("投票区", "氏名"), 7),
         ("戸籍課", "戸籍事務", "法務局", "online_connection", "law", ("届出人の本籍", "氏名"), 11)],
        id="numbered-clauses-with-wide-commas-an-organ-as-holder-a-system-provision-each-ground-in-a-closing-bracket",
    ),
    pytest.param(
        ["2 外部提供", "外部提供は8件でした。主なものは次のとおりです。",
         "※ 環境課が保有する犬の登録者名簿を、桜ヶ丘動物愛護の会に提供(本人同意)",
         "※ 保育課が保有する入園児童の保護者氏名を、消防署からの火災調査の照会に対し提供(法令)",
         "※ 水道課が保有する使用者の氏名を、防災課が給水支援事務に利用(緊急かつやむを得ないもの)"],
        [("環境課", None, "桜ヶ丘動物愛護の会", "external_provision", "consent", ("犬の登録者名簿",), 3),
         ("保育課", None, "消防署", "external_provision", "law", ("入園児童の保護者氏名",), 4),
         ("水道課", None, "防災課", "purpose_outside_use", "vital_interest", ("使用者の氏名",), 5)],
        id="asterisk-items-a-verb-without-ending-an-enquiring-body-and-the-ground-in-brackets",
    ),
    pytest.param(
        ["結合している事務", "", "市では、次の事務で通信回線による結合を行っています。", "",
         "市民課 戸籍届出事務", "",
         "戸籍法に基づき、法務省が運営する戸籍情報連携システムと結合し、戸籍の届出情報を送信しています。",
         "", "図書課 電子書籍貸出事務", "",
         "市立図書館協議会の意見を聴いて、令和5年10月1日から、有限会社本の森が提供するクラウドサーバと結合し、"
         "利用者の氏名及び貸出履歴を保存しています。", "",
         "本人以外からの収集", "", "保育課 保育所入所事務", "",
         "勤務先から就労証明書を、医療機関から診断書を収集しています(子ども・子育て支援法)。", "", "お問い合わせ"],
        [("市民課", "戸籍届出事務", "法務省", "online_connection", "law", ("戸籍の届出情報",), 7),
         ("図書課", "電子書籍貸出事務", "有限会社本の森", "online_connection", "council",
          ("利用者の氏名", "貸出履歴"), 11),
         (None, "勤務先", "保育課", "collection_from_others", "law", ("就労証明書",), 17),
         (None, "医療機関", "保育課", "collection_from_others", "law", ("診断書",), 17)],
        id="business-heading-lines-over-paragraphs-naming-the-system-runner-or-the-suppliers",
    ),
    pytest.param(
        [" 別表", "", *ANNEX, " 以上"],
        [("保険課", "介護保険事務", "防災課", "purpose_outside_use", "reasonable_grounds", (), 4),
         ("保険課", "介護保険事務", "地域福祉課", "purpose_outside_use", "reasonable_grounds", (), 5),
         ("税務課", "軽自動車税事務", "交通事故捜査事務", "external_provision", "law", (), 6),
         ("税務課", "軽自動車税事務", "放置自転車調査業務", "external_provision", "consent", (), 7)],
        id="annex-in-space-separated-columns-ditto-cells-repeat-the-row-above-the-purpose-column-names-the-business",
    ),
    pytest.param(
        ["1 諮問の内容", "",
         "実施機関は、令和5年8月1日付けで、条例第9条第2項の規定により、次の事項について審議会の意見を求めた。", "",
         "  • (1)学校給食調理業務を民間事業者に委託するに当たり、給食課が給食管理事務で保有する児童のアレルギー情報を、"
         "受託者である株式会社みどり厨房に提供すること。",
         "  • (2)給食課の献立管理システムと、受託者である株式会社みどり厨房の調理サーバとを通信回線で結合すること。",
         "  • (3)保健課が乳幼児健診事務で保有する健診結果を、給食課が食育推進事務に利用すること。"],
        [("給食課", "給食管理事務", "学校給食調理業務", "external_provision", "council", ("児童のアレルギー情報",), 5),
         ("給食課", "献立管理システム", "株式会社みどり厨房", "online_connection", "council", (), 6),
         ("保健課", "乳幼児健診事務", "給食課", "purpose_outside_use", "council", ("健診結果",), 7)],
        id="bulleted-items-put-to-a-council-an-entrusted-business-two-systems-joined-and-a-use",
    ),
    pytest.param(
        ["福祉課長 次に2件目をご説明します。",
         "福祉課が障害福祉事務で保有する手帳所持者の氏名及び住所を、災害時支援のため、自主防災組織及び"
         "社会福祉協議会に提供したいと考えております。"],
        [("福祉課", "障害福祉事務", "自主防災組織", "external_provision", "unknown", ("手帳所持者の氏名", "住所"), 2),
         ("福祉課", "障害福祉事務", "社会福祉協議会", "external_provision", "unknown",
          ("手帳所持者の氏名", "住所"), 2)],
        id="a-provision-to-two-bodies-joined-by-oyobi-is-two-flows",
    ),
    pytest.param(
        ["第2回委員会 (6月3日)", "",
         "市民課長)住民票の写しのコンビニ交付について,ご説明いたします。",
         " 資料をご覧願います。市民課の証明発行事務において,これまで窓口で管理してきた交付記録を,令和7年1月6日から,"
         "株式会社北辰ネットが運用するクラウドサーバとオンライン結合して管理いたします。",
         " 資料の3ページをご覧願います。防災課の避難支援事業において,福祉課が障害者手帳事務で保有する手帳情報を"
         "目的外利用し,個別避難計画の作成に活用いたします。法第69条第2項第2号の相当な理由があるものとして取り扱います。"],
        [("市民課", "証明発行事務", "株式会社北辰ネット", "online_connection", "unknown", ("交付記録",), 4),
         ("福祉課", "障害者手帳事務", "防災課", "purpose_outside_use", "reasonable_grounds", ("手帳情報",), 5)],
        id="committee-explanation-a-business-joined-to-a-cloud-and-a-use-told-recipient-first-ground-next-sentence",
    ),
    pytest.param(
        ["会議要録 〇会長 1件目の説明をお願いします。 〇健康課長 健康課では、がん検診事務において、受診者の氏名や"
         "検診結果を、株式会社青葉メディカルが提供するクラウド上の予約システムとオンラインで結合し、令和7年4月1日から"
         "運用したいと考えております。条例第10条第1項に基づき審査会のご意見を伺うものです。 〇会長 了承とします。"],
        [("健康課", "がん検診事務", "株式会社青葉メディカル", "online_connection", "council",
          ("氏名", "検診結果"), 1)],
        id="run-on-minutes-a-connection-put-to-the-board-in-the-next-sentence",
    ),
    pytest.param(
        ["付議案件", "", "  1. 諮問第3号 子ども食堂支援事業に係る保有個人情報の外部提供について", "  2. その他", "",
         "出席委員", "会長 森本一 出席", "委員 川端葵 出席", "委員 堀越誠 出席", "", "会議の経過", "",
         "会長(森本一君)", "", "ただいまより審議会を開会いたします。まず諮問第3号について説明をお願いします。", "",
         "福祉課長(相沢健君)", "",
         "諮問第3号についてご説明いたします。福祉課が生活支援事務で保有する利用希望者の氏名及び電話番号を、"
         "食堂の運営を受託しているNPO法人ひだまり広場に提供するものでございます。条例第7条第2項第5号により"
         "審議会の意見を伺います。", "",
         "会長(森本一君)", "", "原案のとおり承認といたします。"],
        [("福祉課", "生活支援事務", "子ども食堂支援事業", "external_provision", "council", ("氏名", "電話番号"), 19)],
        id="agenda-far-above-the-speech-that-names-the-case-number-a-contractor-behind-a-relative-clause",
    ),
    pytest.param(
        ["議題", "", " 1 諮問事項",
         " (1)放課後教室利用調整に伴う保有個人情報の目的外利用について(青少年課)",
         " (2)特定健診受診勧奨事業に伴う保有個人情報の外部提供について(保健予防課)", "", "審議結果", "",
         " 諮問事項(1)",
         " 資産税課が保有する固定資産の所有情報を、青少年課が放課後教室利用調整事務において世帯状況の確認に"
         "利用することについて、諮問のとおり承認した。", "",
         " 諮問事項(2)",
         " 保健予防課が保有する特定健診の受診結果を、通知書の印刷及び発送を委託する株式会社東雲プリントに"
         "提供することについて、氏名以外を除くことを条件として承認した。"],
        [("保健予防課", None, "特定健診受診勧奨事業", "external_provision", "council", ("特定健診の受診結果",), 5),
         ("資産税課", None, "青少年課", "purpose_outside_use", "council", ("固定資産の所有情報",), 10)],
        id="meeting-result-paragraphs-complete-the-agenda-titles-a-business-then-its-purpose-a-contractor-clause",
    ),
    pytest.param(
        ["オンライン結合", "", "【国保年金課】後期高齢者医療事務", "",
         "高齢者の医療の確保に関する法律に基づき、広域連合の標準システムと結合し、被保険者の資格情報を送受信しています。",
         "", "保育料徴収事務(こども課)", "", "市外の保育施設から在園証明書を収集しています(子ども・子育て支援法)。"],
        [("国保年金課", "後期高齢者医療事務", "広域連合", "online_connection", "law", ("被保険者の資格情報",), 5),
         (None, "市外の保育施設", "こども課", "collection_from_others", "law", ("在園証明書",), 9)],
        id="business-headings-with-the-department-bracketed-before-or-after",
    ),
    pytest.param(
        ["(ア)道路課が道路占用事務で保有する占用者の氏名を、上下水道課が排水設備事務に利用すること。(相当の理由)",
         "(イ)道路課が道路占用事務で保有する占用者の連絡先を、東町商店会に提供すること。(本人同意)"],
        [("道路課", "道路占用事務", "上下水道課", "purpose_outside_use", "reasonable_grounds", ("占用者の氏名",), 1),
         ("道路課", "道路占用事務", "東町商店会", "external_provision", "consent", ("占用者の連絡先",), 2)],
        id="katakana-bracketed-item-markers",
    ),
    pytest.param(
        ["別表", "区分 保有課 事務 利用課又は提供先 項目 根拠",
         "目的外利用 企画課 統計調査事務 福祉課 世帯主氏名 相当の理由",
         "〃 〃 〃 防災課 電話番号 相当の理由",
         "外部提供 〃 〃 北町消防団 所在地 法令"],
        [("企画課", "統計調査事務", "福祉課", "purpose_outside_use", "reasonable_grounds", ("世帯主氏名",), 3),
         ("企画課", "統計調査事務", "防災課", "purpose_outside_use", "reasonable_grounds", ("電話番号",), 4),
         ("企画課", "統計調査事務", "北町消防団", "external_provision", "law", ("所在地",), 5)],
        id="ditto-cells-in-a-list-whose-cells-are-parted-by-single-spaces",
    ),
    pytest.param(
        ["╔══╦═════╦════╦═════╦═══╗", "║区分║保有課  ║事務  ║提供先  ║根拠 ║", "╠══╬═════╬════╬═════╬═══╣",
         "║提供║農政課  ║農地事務║南沢土地改良区║法令 ║", "╚══╩═════╩════╩═════╩═══╝"],
        [("農政課", "農地事務", "南沢土地改良区", "external_provision", "law", (), 4)],
        id="double-line-box-table",
    ),
    pytest.param(
        ["本人以外からの収集",
         "資産税課の家屋評価事務では、法務局から登記済通知書を、建築確認機関から確認済証の写しを収集しています(地方税法)。",
         "障害福祉課は、障害支援区分認定事務において、医療機関から医師意見書を収集しています。"],
        [(None, "法務局", "資産税課", "collection_from_others", "law", ("登記済通知書",), 2),
         (None, "建築確認機関", "資産税課", "collection_from_others", "law", ("確認済証の写し",), 2),
         (None, "医療機関", "障害福祉課", "collection_from_others", "unknown", ("医師意見書",), 3)],
        id="collections-one-flow-per-supplier-named-in-one-sentence",
    ),
    pytest.param(
        ["目的外利用等の状況",
         "1 環境課が浄化槽事務で保有する設置者の氏名を、下水道課が行う接続推進事業に利用しました。(相当の理由)",
         "2 商工課の融資事務で保有する事業者名を、観光課の物産展事務で利用しました。[本人同意]",
         "・町は、戸籍事務で保有する氏名、本籍を、年金事務所に提供しています。(国民年金法)",
         "3 主な外部提供農林課が鳥獣対策事務で保有する捕獲者名簿を、猟友会西支部へ提供しました【法令】"],
        [("環境課", "浄化槽事務", "下水道課", "purpose_outside_use", "reasonable_grounds", ("設置者の氏名",), 2),
         ("商工課", "融資事務", "観光課", "purpose_outside_use", "consent", ("事業者名",), 3),
         (None, "戸籍事務", "年金事務所", "external_provision", "law", ("氏名", "本籍"), 4),
         ("農林課", "鳥獣対策事務", "猟友会西支部", "external_provision", "law", ("捕獲者名簿",), 5)],
        id="clause-variants-numbered-a-holders-business-with-no-a-municipality-holding-a-heading-run-in",
    ),
    pytest.param(
        ["令和6年度の状況",
         "(1) 国民年金事務(年金課)で保有する加入者の氏名を、敬老事業事務(長寿課)で利用しました。(相当の理由)",
         "(2) 図書課は、図書貸出事務において、有限会社ブックスのクラウドサービスと結合し、利用者の貸出記録を"
         "保存しています。"],
        [("年金課", "国民年金事務", "長寿課", "purpose_outside_use", "reasonable_grounds", ("加入者の氏名",), 2),
         ("図書課", "図書貸出事務", "有限会社ブックス", "online_connection", "unknown", ("貸出記録",), 3)],
        id="businesses-with-their-departments-in-brackets-and-a-connection-told-party-first",
    ),
    pytest.param(
        ["外部提供の状況", "", "件名", "", "夏祭りの警備", "", "保有課", "", "観光課", "", "保有事務", "",
         "イベント申込事務", "", "提供先", "", "南浜警察署", "", "提供項目", "", "出店者氏名、連絡先", "", "根拠", "",
         "法令", "", "保有課", "", "保育課", "", "保有事務", "", "一時預かり事務", "", "提供先", "",
         "南浜市社会福祉協議会", "", "提供項目", "", "利用者氏名", "", "根拠", "", "本人同意"],
        [("観光課", "イベント申込事務", "南浜警察署", "external_provision", "law", ("出店者氏名", "連絡先"), 7),
         ("保育課", "一時預かり事務", "南浜市社会福祉協議会", "external_provision", "consent", ("利用者氏名",), 27)],
        id="cards-of-label-lines-over-value-lines-blank-lines-between",
    ),
    pytest.param(
        ["主な目的外利用", "1 狂犬病予防", "保有課:市民課", "保有事務:住民基本台帳事務", "利用課:環境課",
         "利用事務:犬の登録事務", "項目:氏名、住所", "根拠:相当の理由", "", "2 防犯灯の管理",
         "・保有課:道路課", "・保有事務:道路台帳事務", "・提供先:北浜町内会連合会", "・項目:設置者氏名",
         "・根拠:本人同意"],
        [("市民課", "住民基本台帳事務", "環境課", "purpose_outside_use", "reasonable_grounds", ("氏名", "住所"), 3),
         ("道路課", "道路台帳事務", "北浜町内会連合会", "external_provision", "consent", ("設置者氏名",), 11)],
        id="cards-of-label-value-lines-without-an-opener",
    ),
    pytest.param(
        ["オンライン結合の状況", "1 戸籍情報システム(戸籍課)",
         "戸籍法に基づき、戸籍の副本情報を法務省の連携サーバに送信しています。",
         "2 国保課 高額療養費事務", "国民健康保険法に基づき、専用回線を通じて国保連合会と給付記録を送受信しています。",
         "3 【介護課】介護認定事務", "介護保険審査会と結合し、認定結果を送信しています。"],
        [("戸籍課", "戸籍情報システム", "法務省の連携サーバ", "online_connection", "law", ("戸籍の副本情報",), 3),
         ("国保課", "高額療養費事務", "国保連合会", "online_connection", "law", ("給付記録",), 5),
         ("介護課", "介護認定事務", "介護保険審査会", "online_connection", "unknown", ("認定結果",), 7)],
        id="numbered-business-headings-over-data-sent-exchanged-or-joined-by-wire",
    ),
    pytest.param(
        ["| 区分 | 保有課・事務 | 利用課・提供先 | 根拠 |", "|---|---|---|---|",
         "| 目的外利用 | 税務課/軽自動車税事務 | 環境課(放置車両対策事務) | 相当の理由 |",
         "| 外部提供 | 保育課(入所事務) | 北浜町教育委員会(就学援助事務) | 法令 |"],
        [("税務課", "軽自動車税事務", "環境課", "purpose_outside_use", "reasonable_grounds", (), 3),
         ("保育課", "入所事務", "就学援助事務", "external_provision", "law", (), 4)],
        id="a-department-and-its-business-in-one-cell-parted-by-a-slash-or-brackets",
    ),
    pytest.param(
        ["主な目的外利用",
         "・保険課の資格情報を、長寿課が敬老会案内事務に利用(相当の理由)",
         "主な外部提供",
         "・学務課の就学援助の認定記録を、県教育事務所へ提供(法令に基づく)",
         "・防災課から南浜町自主防災会へ、避難行動要支援者の氏名、住所を提供しました。(本人同意)",
         "・選挙管理委員会が選挙人名簿の抄本を南浜検察審査会に提供しました。(法令)"],
        [("保険課", None, "長寿課", "purpose_outside_use", "reasonable_grounds", ("資格情報",), 2),
         ("学務課", None, "県教育事務所", "external_provision", "law", ("就学援助の認定記録",), 4),
         ("防災課", None, "南浜町自主防災会", "external_provision", "consent", ("避難行動要支援者の氏名", "住所"), 5),
         ("選挙管理委員会", None, "南浜検察審査会", "external_provision", "law", ("選挙人名簿の抄本",), 6)],
        id="itemised-clauses-without-hoyu-suru-the-holder-named-with-no-ga-or-kara",
    ),
    pytest.param(
        ["表2 目的外利用", "┌───┬─────┬─────┬─────┐", "│区分 │保有する │利用する │根拠   │",
         "│   │課・事務 │課・事務 │     │", "├───┼─────┼─────┼─────┤",
         "│利用 │水道課 料金│消防課 予防│相当の理由│", "│   │事務   │査察事務 │     │",
         "├───┼─────┼─────┼─────┤", "│利用 │農政課 農地│建設課 用地│法令   │",
         "│   │台帳事務 │取得事務 │     │", "└───┴─────┴─────┴─────┘"],
        [("水道課", "料金事務", "消防課", "purpose_outside_use", "reasonable_grounds", (), 6),
         ("農政課", "農地台帳事務", "建設課", "purpose_outside_use", "law", (), 9)],
        id="box-table-header-over-two-lines-rows-parted-by-rules-each-finished-on-a-second-line",
    ),
    pytest.param(
        ["外部提供", "+------+----------+----------+------+", "| 区分 | 保有課   | 提供先   | 根拠 |",
         "+------+----------+----------+------+", "| 提供 | 環境課 浄| 南浜保健 | 法令 |",
         "|      | 化槽事務 | 所       |      |", "+------+----------+----------+------+",
         "| 提供 | 商工課   | 南浜商工 | 本人同意 |", "|      |          | 会議所   |      |",
         "+------+----------+----------+------+"],
        [("環境課", "浄化槽事務", "南浜保健所", "external_provision", "law", (), 5),
         ("商工課", None, "南浜商工会議所", "external_provision", "consent", (), 8)],
        id="ascii-grid-table-rows-parted-by-plus-minus-rules-a-holder-cell-with-its-business",
    ),
    pytest.param(
        ["電子計算機の結合",
         "保険課では、国民年金事務において、日本年金機構の年金業務システムと結合し、資格取得届の情報を送信しています。",
         "資産税課は、固定資産税事務で、地方税共同機構が運営するeLTAXと結合しています。"],
        [("保険課", "国民年金事務", "日本年金機構", "online_connection", "unknown", ("資格取得届の情報",), 2),
         ("資産税課", "固定資産税事務", "地方税共同機構", "online_connection", "unknown", (), 3)],
        id="connections-told-with-the-department-as-subject-the-data-after-or-unsaid",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), CASES)
def test_flow_shapes_of_the_eighth_and_ninth_rounds(lines: list[str], expected: list[tuple]) -> None:
    assert flows("\n".join(lines)) == expected


def test_the_purpose_column_of_an_annex_is_the_recipients_business() -> None:
    page = read("\n".join([" 別表", *ANNEX]))
    assert [(flow.recipient_department or flow.recipient_external, flow.recipient_business) for flow in page.flows] == [
        ("防災課", "避難行動支援事務"), ("地域福祉課", "見守り訪問事業"), ("北浜警察署", "交通事故捜査事務"),
        ("北浜市シルバー人材センター", "放置自転車調査業務")]


def test_a_clause_no_reader_can_complete_is_a_diagnostic_not_silence() -> None:
    page = read("状況\n(1) 会計課が保有する振込口座の情報を、いずれかの課で利用することを検討しています。")
    assert not page.flows
    assert [diagnostic.line for diagnostic in page.diagnostics] == [2]


def test_data_given_to_the_person_it_is_about_is_no_flow() -> None:
    assert flows("\n".join(["証明の交付", "・市民課が住民票の写しの情報を本人に提供します。"])) == []


def test_a_provided_content_column_beside_both_ends_holds_the_items() -> None:
    page = ["外部提供一覧", "No.\t所管課\t事務名\t提供先\t提供内容\t提供理由",
            "1\t納税課\t滞納整理事務\t北浜税務署\t滞納者の氏名、住所\t照会への回答"]
    assert [(f.recipient_external, f.items) for f in read("\n".join(page)).flows] == [("北浜税務署", ["氏名", "住所"])]
