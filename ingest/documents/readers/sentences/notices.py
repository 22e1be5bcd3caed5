"""Public notices of a standing provision: a city tells residents it gives named items to an outside body.

「本市では、自衛隊法第97条の規定に基づき、18歳になる方の氏名、住所、生年月日及び性別を
自衛隊○○地方協力本部へ提供しています。」 is one ``external_provision`` flow: the items, the body,
and the law as its basis. A notice about a contractor (委託) is not this genre. A when-word (毎年、),
a purpose (「…事務のため」: the recipient business) and a manner (「紙媒体で」, 「名簿として」) may stand
between the body and 提供; 「A課のX事務で管理している情報のうち、…」 names the source.

Real notices word it in more ways, each read by :func:`notice_flows` with the lines around the sentence:
no law in the sentence (the statute cited just above is the ground), at a body's request (「Bからの依頼に応じ
て／により」; a body named as the one given to, 「Cに対し」, wins over the one that asked), announced
(「Bより依頼があったら対応」), a register inspected (「Bが…台帳の閲覧を行い」,
「Bに…を閲覧させ」), 要綱 articles (「B（以下「委員」という。）に対し提供する個人情報」, the register and the
items in the articles below), 「AからBに対し…が通知され」 (both ends outside), ends named by an arrow
(「学校→警察に提供する情報」) and certificates 「第三者でも請求できる」. A request for the data (「提供を求める」)
or what other bodies do (「提供するところも出ています」) is no flow.

A newsletter also tells of two businesses using each other's data: 「A課のX事業とB課のY事業との間で、
甲・乙を相互に目的外利用しています。これは…法第N条に基づくもので…」 is two flows, one each way, with the
basis the same or the next sentence cites (:func:`mutual_flows`).

>>> flows = notice_flows("本市は、統計法第3条に基づき、世帯主の氏名及び住所を県統計課へ提供しています。", 4, "q")
>>> [(f.recipient_external, f.basis, f.items) for f in flows]
[('県統計課', 'law', ['氏名', '住所'])]
>>> flows = mutual_flows("A課のX事業とB課のY事業との間で、氏名を相互に目的外利用しています。", 2, "q")
>>> [(f.source_business, f.recipient_business, f.items) for f in flows]
[('X事業', 'Y事業', ['氏名']), ('Y事業', 'X事業', ['氏名'])]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from ....normalize import classify_basis
from ....records import Flow
from ...text.held_data import held_data
from ...text.items import clean_items, compact
from ...text.names import is_business, is_department, parse_party, trim_phrase
from ...text.vocabulary import HEARSAY
from .on_demand import on_demand_flows

__all__ = ["defined_terms", "is_article", "mutual_flows", "notice_flows", "provision_in_force"]

_PROVIDES = re.compile(
    r"(?:提供|提出)(?:します|しています|しております|を行っています|を行います|することとしています)"
)
_LAW = re.compile(
    r"([^、。]*?(?:法|法律|政令|施行令|条例|規則)(?:第[\d条項号の]+)?(?:[^、。]*?第[\d条項号の]+)?)"
    r"(?:の規定)?に基づ(?:き|いて)"
    # 「施行令第百二十条に基づく…依頼を受け」: an article in kanji numerals grounding the request
    r"|([^、。]*?(?:法|法律|政令|施行令|条例|規則)第[一二三四五六七八九十百千]+条(?:第[一二三四五六七八九十]+項)?)"
    r"(?:の規定)?に基づ(?:き|いて|く)"
)


def _law(sentence: str) -> re.Match[str] | None:
    """The statute a sentence grounds itself on (「…法第N条に基づき」); both shapes say に基づ."""
    return _LAW.search(sentence) if "に基づ" in sentence else None


# 「…名簿を作成し、」「…シールを印刷して、」: the thing made, then given
_MADE_THEN = re.compile(r"を(?:作成|作製|印刷|印字|出力)し(?:て)?、")
# 「…を本人の同意を得てBへ提供」: the condition between the data and the receiver is neither
_CONDITION = r"(?:[^、。をにへ]{0,6}?同意を得(?:て|たうえで|た上で)、?)?"
_OBJECT = re.compile(r"(?P<items>[^。を]+?)を、?" + _CONDITION + r"(?:[^、。を]{0,12}?(?:により|によって|にて|で)、?)?"
                     r"(?P<to>[^、。をにへ]+?)(?:に対し|へ|に)、?(?:情報)?(?:提供|提出)")
_SPACED_OBJECT = re.compile(
    r"(?P<items>[^。を]+?)を、?(?:(?:毎年度?|毎月|年\d+回|定期的に|随時)、?)?" + _CONDITION +
    r"(?:[^、。をにへ]{1,12}?に(?:して|まとめて|印刷して|記録して)、?)?"  # 「…を紙の名簿にして」: the medium
    r"(?:[^、。をにへ]{1,12}?(?:により|によって|で)、?)?"  # 「…を、紙媒体の名簿により」: the medium, told first
    r"(?P<to>[^、。をにへ]+?)(?:に対し|へ|に)、?"
    r"(?:(?P<purpose>[^、。を]{2,30}?)のため、?)?(?:[^、。を]{0,15}?(?:で|により|にて|として)、?)?"
    r"(?:情報)?(?:提供|提出)"
)
_SOURCE = re.compile(r"([^、。をにはで]*?(?:台帳|システム|業務))(?:から|より|をもとに|を基に|を元に)")
_HELD_IN = re.compile(r"(?P<holder>[^、。をにはが]+?(?:業務|事務|事業|システム|台帳))(?:で|において)(?:管理|保有|記録)"
                      r"(?:している|する|される)")
_MUTUAL = re.compile(
    r"(?P<a>[^、。]+?)と(?P<b>[^、。]+?)との間で、?(?P<items>[^。]*?)を、?相互に(?P<verb>目的外利用|外部提供|提供|共有)"
)
_CITED = re.compile(r"([^、。]*?(?:法|法律|政令|施行令|条例|規則)第[\d条項号の]+(?:[^、。]*?第[\d条項号の]+)?)"
                    r"(?:の規定)?に(?:基づ(?:き|いて|く)|よる|より|従(?:い|って|う))")
_CONSENT = re.compile(r"(?:^|、|を)(?P<who>[^、。を]{1,20}?)の同意を得(?:たうえで|た上で|て)")
_TO_OBJECT = re.compile(r"(?P<to>[^、。をにへ]+?)へ、?(?P<items>[^、。を]+?)を、?(?:提供|提出)")
_WHY = re.compile(r"(?:^|、)(?P<why>[^、。]+?のため)、")
_THIS_IS = re.compile(r"^(?:これは|この(?:利用|提供)は)")
_CLAUSE_CUT = re.compile(r"^.*(?:基づき|基づいて|ため|ついて|から)、")
# Outside bodies a notice provides to: recruitment offices, ministers, police, welfare commissioners …
_ORGANISATION = re.compile(r"(?:本部|自衛隊|事業者|業者|法人|会社|機構|大臣|省|庁|署|警察|知事|市町村長|委員|"
                           r"協議会|機関|団体|組織|自治会|町内会|事務所|センター|本部長|署長|所長|長官)$")
_BODY_NAMED = re.compile(r"(?:本部|自衛隊|事業者|業者|法人|会社|機構|大臣|省|庁|署|警察|知事|市町村長|委員|"
                         r"協議会|機関|団体|組織|自治会|町内会|事務所|センター|長|長官)(?:に|へ|から|より|が|[(（])")
_VAGUE_ITEM = re.compile(r"(?:情報|個人情報|対象者|名簿)$")
_ITEMS_STATED = re.compile(r"(?:記載されて(?:い|お)(?:た|る)|提供する|記録されている)?事項(?:は|のうち)、"
                           r"(?P<items>(?:[^。(（]|[(（][^)）]*[)）])+?)(?:となります|とする|です|である)")
_NUMBERED_ITEM = re.compile(r"^\s*[(（]\d{1,2}[)）]\s*(?P<item>\S.{0,30}?)\s*$")
# 「第3条 募集対象者情報は、前条に規定する者の氏名、…及び住所とする。」: an article defining the data
_ITEMS_DEFINED = re.compile(r"^(?:第\d+条\s*)?[^、。]{0,20}?(?:情報|事項)は、(?P<items>[^。]+?、[^。]+?)"
                            r"(?:とする|をいう|です|となります)")
# 「提供する情報」 as a heading, the items on the next line (「…方の氏名、住所の2項目です。」)
# 「- 提供する項目:氏名、住所」「- 提供の根拠:自衛隊法第97条」: a label and its value on one bullet line below
_LABELLED_ITEMS = re.compile(r"^\s*[-・•*]?\s*(?:提供する|提供される|提供の)?(?:項目|情報項目|事項)[:：]"
                             r"\s*(?P<value>\S.*)$")
_LABELLED_GROUND = re.compile(r"^\s*[-・•*]?\s*(?:提供の|提供する)?(?:根拠|根拠法令|法的根拠)[:：]\s*(?P<value>\S.*)$")
_PERSONS = re.compile(r"(?:方|者|人)$")
_ITEMS_HEADING = re.compile(r"^(?:提供する|提供される|提供している)(?:情報|項目|事項|内容)$")
_ITEMS_COUNTED = re.compile(r"(?:の\d+項目|など)?(?:です|となります|とします)?。?$")
_ALIAS_NOTE = re.compile(r"[(（][^()（）]*以下「?[^()（）]*[)）]")  # 「(平成15年法律第57号。以下「法」という。)」
_ALIAS_DEFINED = re.compile(r"(?P<full>[^、。（(]+?)[(（]以下「(?P<alias>[^」]+)」という。?[)）]")
# 「自衛隊法施行令(昭和29年政令第179号)第120条」: the statute's number note is part of its name
_STATUTE = re.compile(r"[^、。「」()（）]*?(?:法|施行令|政令|条例)(?:[(（](?!第)[^()（）]{0,20}[)）])?"
                      r"[(（]?[^、。]{0,12}?第\d+条(?:第\d+項)?(?:第\d+号)?")
_REGISTER = re.compile(r"(?P<register>[^、。をのは「」\s]*台帳)(?:に(?:登録|記録|記載)されている|のうち|"
                       r"から(?:抽出|抜き出|抜粋|取り出))")
_REQUESTED = re.compile(r"(?P<to>[^、。をにへ]+?)(?:から|より)の?(?:資料|情報)?(?:提供|提出)?の?(?:依頼|求め|要請)"
                        r"(?:に応じ(?:て)?|により|に基づき|を受け(?:て)?|のあった|があった)、?(?P<items>[^。を]+?)を、?"
                        r"(?:[^、。を]{0,15}?(?:で|により|として)、?)?(?:提供|提出)")
_TO_FIRST = re.compile(r"(?P<to>[^、。をにへ]+?)に対し(?:て)?、?(?P<items>[^。を]+?)を、?"
                       r"(?:[^、。を]{0,15}?(?:で|により|にて|として)、?)?(?:提供|提出)")
# 「寄附者の氏名、住所を返礼品取扱事業者に提供しています」: the data first, then the body, no request named
_OBJECT_FIRST = re.compile(r"(?:^|[、。]|ため)(?P<items>[^。を]+?)を、?(?P<to>[^、。をにへ]+?)(?:に|へ)"
                           r"(?:対し(?:て)?)?、?(?:[^、。を]{0,15}?(?:で|により|にて|として)、?)?提供")
# 「B(に対し|へ)提供する個人情報」「Bに提出する募集の対象者の情報」: the data a rule is about
# (「…へ提出する自衛官等の募集対象者情報」: the data named with a word or two before 情報)
_PROVIDED_DATA = re.compile(r"(?P<to>[^、。をにへ]+?)(?:に対し|へ|に)、?(?:提供|提出)する(?:[^、。をにへ]{0,15}?の)?"
                            r"[^、。をにへ]{0,8}?(?:個人)?情報")
_NOTIFIED = re.compile(r"(?P<from>[^、。をにへ]+?)から(?P<to>[^、。をにへ]+?)に対し、?(?P<items>[^、。をが]+?)が"
                       r"(?:通知|提供|送付)され")
_LETS_SEE = re.compile(r"(?P<to>[^、。をにへ]+?)に(?:対し(?:て)?)?、?(?P<items>[^、。]+?)を閲覧させ")
_INSPECTS = re.compile(r"(?P<to>[^、。]+?)(?:が|は)、[^。]*?(?P<register>[^、。をの]*台帳)の(?:一部の写し[のを])?閲覧"
                       r"(?:を(?:行|し)|し)")
_COPIED = re.compile(r"(?P<items>[^。をが]+?)を(?:書き写|転記|写し取)")
_PAREN = re.compile(r"[(（][^()（）]*[)）]")
_OUTSIDE = re.compile(r"警察|消防|自衛隊|協議会|法人|機構|事業者|税務署|年金事務所|国|県")
_ARROW_ENDS = re.compile(r"(?P<from>[^、。「」→]+?)→(?P<to>[^、。「」→にへ]+?)(?:に|へ)(?P<verb>提供|収集)する")
_ASKED_IF = re.compile(r"(?P<to>[^、。「」]+?)(?:から|より)(?:の)?(?:依頼|求め)が?(?:あったら|あれば|あった場合)")
_PROVISION_OF = re.compile(r"(?P<items>[^、。「」]+?)の提供(?:について|に関して|を)")
_REQUESTABLE = re.compile(r"(?P<items>[^、。「」]+?)は、[^。]*?(?P<to>第三者|本人以外の者)"
                          r"(?:であっても|でも|が|も)[^。]*?請求(?:でき|する)")
_LAW_TERMS = re.compile(r"(?:法律|法令)で定める(?:要件|理由|場合)")
_QUOTED_LAW = re.compile(r"「([^」]*法)」")
_OTHERS = re.compile(r"(?:する|している|した)(?:ところ|自治体|市町村|団体)")  # 「…提供するところも出ています」
_ASKED = re.compile(r"を求め|を依頼|の依頼|依頼|の求め|(?:する|される)?よう(?:に)?(?:求め|依頼|要請)")
_HOLDER = re.compile(r"^[\s〇○・\-*•]*(?P<holder>[^、。\s]+?)は、")
# Who the listed persons are and why: 「その年度に18歳になる方の氏名」 → 氏名, 「…のために、」
_ITEM_QUALIFIERS = re.compile(r"^.*(?:ために|ため)、?(?:必要な)?|^.*?(?:により|を受けて?|に応じて?)、|^必要な"
                              r"|^(?:受け|応じ)て?、"
                              r"|^.*?(?:になる|となる|である|に達する)方の"
                              r"|^.*?は、")
# 「台帳から抽出した対象者の」: where the listed persons come from, not an item
_GROUNDS_PROVISION = re.compile(r"に基づく(?:依頼|請求|求め|照会)?[^。]{0,20}?(?:提供|もの)")
_TWO_JOINED_BY_TO = re.compile(r"^([一-龥ァ-ヶー]{2,6})と([一-龥ァ-ヶー]{2,6})$")
_TOPIC = re.compile(r"^[^、。]{1,30}?は、")
_EXTRACTED = re.compile(r"^[^、]*?(?:から|より)(?:抽出|抜き出|取り出|抜粋)し?た?、?[^、]*?の")
# 「B本部から…への協力を求められ、X台帳から…の氏名、住所を抜き出し、紙にまとめて提供した」: a report (news)
_ASKED_THEN_GAVE = re.compile(r"(?P<to>[^、。]+?)(?:から|より)[^、。]*?を(?:求められ|依頼され|要請され)、"
                              r"(?P<rest>[^。]*?)(?:提供|提出)(?:した|している|しました|しています|する|します)")
_TAKEN_FROM = re.compile(r"(?P<register>[^、。をのは「」\s]*(?:台帳|システム|名簿))から(?P<items>[^。]+?)を、?"
                         r"(?:抜き出|抽出|取り出|抜粋)")
# 「住民基本台帳に記録されている18歳及び22歳の方の氏名」: who the persons are, before the first item
_PERSONS_OF = re.compile(r"^[^、]*?(?:方|者|人|世代)の(?=[^、]{1,12}(?:、|・|$))")
_WRITTEN_ON = re.compile(r"を(?:記載|記録|掲載|印字|印刷)した"
                         r"(?:名簿|一覧表?|リスト|データ|もの|宛名シール|宛名ラベル|シール|ラベル)")
_WHO_LISTED = re.compile(r"^[^、]*?(?:方|人|者|世代|住民|対象者)の")
_WHEN = re.compile(r"^(?:毎年度?|毎月|年\d+回|定期的に|現在|引き続き|随時|(?:令和|平成)?\d+年度?から(?:は)?)、?")


# 「…審議会が、Xを…へ提供することを了承しました」: a lead reporting the council's decision, not the provision
_COUNCIL_AGREED = re.compile(r"(?:審議会|審査会)が、?[^。]*?ことを(?:了承|承認|認め)")


def notice_flows(text: str, line: int, quote: str, before: Sequence[str] = (),
                 after: Sequence[str] = (), defined: Sequence[str] = (), above: Sequence[str] = (),
                 terms: Mapping[str, str] | None = None) -> list[Flow]:
    """The standing provision a notice sentence states, if it states one.

    ``before`` and ``after`` are the texts of the lines around it: a statute cited just above is the basis
    of a provision stated without one (「こうした法的根拠のもと」), an alias defined above
    (「…（以下「委員」という。）」) names the recipient in full, and the register the provided persons are
    「…台帳に記録されている」 in, below, is the source. ``defined`` are earlier lines of the page defining an
    alias (「…台帳（以下「台帳」という。）」, as a rule's first article does): a register named by its alias is
    named in full. ``above`` are the page's lines above: an article there letting a body ask for the data
    (「第120条…提出を求めることができる」) grounds a provision made at a body's request. ``terms`` are the terms a
    rule defines (:func:`defined_terms`): one the provision names carries its meaning into it.
    """
    flows: list[Flow] = []
    grounds = [other for other in above if _MAY_ASK.search(compact(other))]
    text = _ALIAS_NOTE.sub("", compact(text))
    flows.extend(_on_request(text, line, quote, after))
    flows.extend(_inspection_allowed(text, line, quote, before))
    sentences = text.split("。")
    marks: list[tuple[int, int]] = []  # (flows read before the sentence, the sentence's position)
    for position, sentence in enumerate(sentences):
        marks.append((len(flows), position))
        if ("委託" in sentence or "目的外利用" in sentence or _COUNCIL_AGREED.search(sentence)
                or HEARSAY.search(sentence)):
            continue
        sentence = _WRITTEN_ON.sub("", sentence)  # 「氏名、住所を記載した名簿を」: the items are what is given
        sentence = _MADE_THEN.sub("を、", sentence)  # 「…名簿を作成し、B本部に提供」: what is made is what is given
        if "閲覧" in sentence:
            flows.extend(_inspection(sentence, line, quote))
        reported = _asked_then_given(sentence, line, quote) or _exchanged(sentence, line, quote, before)
        if reported:
            flows.extend(reported)
            continue
        demanded = on_demand_flows(sentence, line, quote, before) if not _law(sentence) else []
        if demanded:  # 「Bから求めがあったときは、…甲を提供」「…のためBに、甲を提供しました」
            flows.extend(demanded)
            continue
        if not _PROVIDES.search(sentence):
            asked = grounds if _ASKED.search(sentence) else []
            stated = _stated_without_law(sentence, line, quote, before, after, defined, sentences[:position], asked)
            flows.extend(stated or _handed_over(sentence, text, line, quote, after, before))
            continue
        law = _law(sentence)
        # 「…のため、対象者の同意を得たうえで、B機関へXを提供しています」: consent stands where a law would
        consent = _CONSENT.search(sentence) if not law and "同意" in sentence else None
        if law:
            target = _OBJECT.search(sentence) or _SPACED_OBJECT.search(sentence)
        else:
            target = _TO_OBJECT.search(sentence[consent.end():]) if consent else None
        if not target:
            asked = grounds if _ASKED.search(sentence) else []
            stated = _stated_without_law(sentence, line, quote, before, after, defined, sentences[:position], asked)
            for flow in stated if consent else []:  # 「…を本人の同意を得てBへ提供」: the consent is the ground
                if flow.basis == "unknown":
                    flow.basis, flow.basis_text = "consent", f"{consent.group('who')}の同意"
            flows.extend(stated)
            continue
        if law:
            basis_text = re.sub(r"^.*?(?:は|では|が)、", "", law.group(1) or law.group(2)).strip("、")
        else:
            basis_text = f"{consent.group('who')}の同意"
        described = _EXTRACTED.sub("", _WHEN.sub("", _CLAUSE_CUT.sub("", target.group("items"))))
        items, _ = clean_items(_qualified_away(described))
        if not items or all(_VAGUE_ITEM.search(item) for item in items):
            items = _items_listed([sentence, *after]) or items
        source = _SOURCE.search(sentence)
        department, source_business = None, source.group(1) if source else _register_below(after)
        held = _HELD_IN.search(sentence) if not source else None
        if held:
            department, named = parse_party(held.group("holder"))
            source_business = named[0] if named else None
        purpose = target.groupdict().get("purpose")
        why = _WHY.search(sentence) if not purpose else None
        flows.append(Flow(source_department=department, source_business=source_business,
                          recipient_business=purpose if is_business(purpose) else None,
                          reason=f"{purpose}のため" if purpose else (why.group("why") if why else None),
                          recipient_external=_trim_body(_CLAUSE_CUT.sub("", target.group("to"))),
                          kind="external_provision", basis=classify_basis(basis_text) if classify_basis(
                              basis_text) != "unknown" else "law",
                          basis_text=basis_text, items=items, line=line, quote=quote))
    for (start, position), (end, _) in zip(marks, [*marks[1:], (len(flows), len(sentences))], strict=True):
        _ground_said_next(flows[start:end], sentences[position + 1:position + 2])
    for flow in flows if terms else ():
        _carry_definitions(flow, text, terms or {})
    return flows


# 「(2) 募集対象者情報 本市の住民基本台帳に記録されている者のうち、…の者の氏名、住所…をいう。」: a rule's 定義 item
_TERM_DEFINED = re.compile(r"^\s*(?:[(（]\d{1,2}[)）]|[①-⑳])\s*(?P<term>[^\s、。「」()（）]{2,20})\s+"
                           r"(?P<meaning>\S+?をいう)")
_TERM_QUOTED = re.compile(r"「(?P<term>[^「」]{2,20})」とは、(?P<meaning>[^。]+?をいう)")
# 「第2条 この要綱において募集対象者情報とは、…の者の氏名、…住所をいう。」: a term defined without quotes
_TERM_SAID = re.compile(r"において、?(?P<term>[^\s、。「」()（）をにはが]{2,20})とは、(?P<meaning>[^。]+?をいう)")
# 「…の者の氏名、住所、生年月日及び性別をいう」: the items a defined term stands for, after the persons
_MEANS_ITEMS = re.compile(r"^.*(?:者|方|人)の(?P<items>[^の。]+?)をいう$")


def defined_terms(texts: Iterable[str]) -> dict[str, str]:
    """The terms a rule's 定義 article defines, each with its meaning.

    >>> defined_terms(["(1) 対象者情報 台帳に記録されている者の氏名及び住所をいう。", "「依頼」とは、照会をいう。"])
    {'対象者情報': '台帳に記録されている者の氏名及び住所をいう', '依頼': '照会をいう'}
    """
    out: dict[str, str] = {}
    for text in texts:
        plain = text.strip()
        for pattern in (_TERM_DEFINED, _TERM_QUOTED, _TERM_SAID):
            for found in pattern.finditer(plain):
                out.setdefault(found.group("term"), compact(found.group("meaning")))
    return out


def _carry_definitions(flow: Flow, text: str, terms: Mapping[str, str]) -> None:
    """A provision naming a defined term takes what the definition states: the items (and the register) of the
    data term, the statute the term for the request cites."""
    for term, meaning in terms.items():
        if term not in text:
            continue
        listed = _MEANS_ITEMS.match(meaning)
        vague = not flow.items or all(_VAGUE_ITEM.search(item) or _MEDIUM.search(item) or term in item
                                      for item in flow.items)
        if listed and vague:
            flow.items = clean_items(listed.group("items"))[0]
            register = _REGISTER.search(meaning)
            if register and not (flow.source_business or flow.source_external):
                flow.source_business = register.group("register")
        cited = _CITED.search(meaning)
        if cited and flow.basis == "unknown":
            flow.basis, flow.basis_text = "law", re.sub(r"^.*?(?:は|では|が)、?", "", cited.group(1)).strip("、")


_THE_PROVISION_IS = re.compile(r"^(?:この|当該|なお、)?(?:提供|名簿の提供|情報の提供)は、?")


def _ground_said_next(flows: list[Flow], following: Sequence[str]) -> None:
    """「…に提供している。提供は自衛隊法施行令第120条に基づく…依頼によるもの」: the next sentence, taking up the
    provision, names the statute it rests on."""
    cited = _CITED.search(following[0]) if following and _THE_PROVISION_IS.match(following[0]) else None
    for flow in flows if cited else ():
        if flow.basis == "unknown":
            flow.basis_text = re.sub(r"^.*?(?:は|では|が)、?", "", cited.group(1)).strip("、")
            flow.basis = classify_basis(flow.basis_text)
            flow.basis = "law" if flow.basis == "unknown" else flow.basis


# 「これまでA市は、…を除き、閲覧を認めています」: the body allows the inspection the lines above describe
_ALLOWS_INSPECTION = re.compile(r"閲覧を(?:認め|許可し|許し)(?:て(?:います|いる|おります|きました)|ます|る)")
_OUTSIDE_BODY = re.compile(r"[一-龥ァ-ヶー]{0,10}(?:自衛隊|本部|省|庁|署|警察)")
_REGISTER_NAME = re.compile(r"[一-龥ァ-ヶー]*台帳(?!法)")
_BARE_ARTICLE = re.compile(r"第?\d+条(?:第?\d+項)?(?:第?\d+号)?")


def _inspection_allowed(text: str, line: int, quote: str, before: Sequence[str]) -> list[Flow]:
    """A body allowing the inspection of a register (「…を除き、閲覧を認めています」) to the outside body the lines
    just above name most, from the register they name, on the article they cite for it."""
    if "閲覧" not in text or not _ALLOWS_INSPECTION.search(text) or _BODY_NAMED.search(text.split("閲覧")[0]):
        return []
    counts: dict[str, int] = {}
    for above in map(compact, before):
        for found in _OUTSIDE_BODY.finditer(above):  # a body named as the one receiving (「…に」) counts double
            receiving = above[found.end():found.end() + 1] in ("に", "へ")
            counts[found.group(0)] = counts.get(found.group(0), 0) + (2 if receiving else 1)
    registers = [name for above in before for name in _REGISTER_NAME.findall(compact(above))]
    if not counts or not registers:
        return []
    recipient = max(counts, key=lambda body: counts[body])
    article = next((found.group(0) for above in reversed(before) if "閲覧" in above and "法" in above
                    for found in [_BARE_ARTICLE.search(compact(above))] if found), None)
    return [Flow(source_business=max(registers, key=len), recipient_external=recipient, kind="external_provision",
                 basis="law" if article else "unknown", basis_text=article, line=line, quote=quote)]


def _qualified_away(text: str) -> str:
    """Items with every leading qualifier gone: 「依頼を受け、」「…に記録されている18歳の方の」 …"""
    previous = None
    while previous != text:
        previous, text = text, _ITEM_QUALIFIERS.sub("", text, count=1)
    return _PERSONS_OF.sub("", text)


def _asked_then_given(sentence: str, line: int, quote: str) -> list[Flow]:
    """「B本部から協力を求められ、住民基本台帳から…の氏名、住所を抜き出し、…提供した」: B asked, the body gave."""
    match = _ASKED_THEN_GAVE.search(sentence) if ("求められ" in sentence or "され、" in sentence) else None
    if not match:
        return []
    recipient = _trim_body(match.group("to"))
    if not _ORGANISATION.search(recipient):
        return []
    taken = _TAKEN_FROM.search(match.group("rest"))
    items = clean_items(_WHO_LISTED.sub("", taken.group("items")))[0] if taken else []
    cited = _CITED.search(sentence)
    basis_text = re.sub(r"^.*?(?:は|では|が)、?", "", cited.group(1)).strip("、") if cited else None
    basis = classify_basis(basis_text) if basis_text else "unknown"
    return [Flow(source_business=taken.group("register") if taken else None, recipient_external=recipient,
                 kind="external_provision", basis=basis if basis != "unknown" or not basis_text else "law",
                 basis_text=basis_text, items=items, line=line, quote=quote)]


def _is_office(name: str) -> bool:
    """A department or an office of the body itself (児童相談所, 保健所), not the body (市, 町長)."""
    return is_department(name) or (name.endswith("所") and len(name) >= 3)


# 「(3) 提供依頼 自衛隊法施行令…」: a numbered definition's term, which is not part of the statute it cites
_DEFINED_TERM = re.compile(r"^\s*[(（]\d{1,2}[)）]\s*[^\s、。()（）]{2,12}\s+")


_JOINED_ON = re.compile(r"^(?:及び|並びに|又は|若しくは)")


def _statutes(text: str) -> list[str]:
    """The statute articles ``text`` cites, each whole: without the conjunction that joins it to the one before,
    with the bracket its article number opened (「…及び自衛隊法施行令(第162条)」).

    >>> _statutes("地方自治法(第2条)及び自衛隊法施行令(第162条)により")
    ['地方自治法(第2条)', '自衛隊法施行令(第162条)']
    """
    out = []
    for cited in _STATUTE.finditer(text):
        name = cited.group()
        if name.count("(") > name.count(")") and text[cited.end():cited.end() + 1] == ")":
            name += ")"
        out.append(_JOINED_ON.sub("", name))
    return out


def _statute_above(before: Sequence[str]) -> str | None:
    """The last statute article cited in the lines just above (the ground a notice then refers to)."""
    for text in reversed(before):
        cited = _statutes(_ALIAS_NOTE.sub("", compact(_DEFINED_TERM.sub("", text))))
        if cited:
            return cited[-1]
    return None


def _register_below(after: Sequence[str]) -> str | None:
    """「…は、住民基本台帳に記録されている事項のうち」 a few lines below: the register the data comes from."""
    for text in after:
        found = _REGISTER.search(compact(text))
        if found and not _ELIGIBLE.match(compact(text), found.end()):
            return found.group("register")
    return None


# 「…台帳に記録されている者であって、…」: who a rule applies to, not where the data comes from
_ELIGIBLE = re.compile(r"者であって")
_OBJECT_REGISTER = re.compile(r"(?P<register>[一-龥ァ-ヶー々]{2,}(?:台帳|名簿))$")
_NAMED_REGISTER = re.compile(r"[一-龥ァ-ヶー々]{2,}台帳(?!法)")
# 「市長は、…A課において…名簿を作成し、Bに提供する」: the office that does the work for the one who provides
_DONE_IN = re.compile(r"(?:^|、)(?P<office>[一-龥ァ-ヶー々]{1,12}(?:課|室|係))において")
_EXCLUDING = re.compile(r"^[^、]*?(?:除いた|除く)")
_ALIASED_OBJECT = re.compile(r"([一-龥ァ-ヶー々]+)$")


def _one_register(sentence: str) -> str | None:
    """The register a sentence names, when it names exactly one (「住民基本台帳の一部の写し」)."""
    names = set(_NAMED_REGISTER.findall(sentence))
    return names.pop() if len(names) == 1 else None


def _items_listed(texts: Sequence[str]) -> list[str]:
    """The items a notice lists for a provision whose own sentence names none or only 「…の情報」:
    「記載されていた事項は、氏名、住所…となります」, 「…事項のうち、住所、氏名及び性別とする」, or the numbered
    lines under 「次に掲げる事項」."""
    for position, text in enumerate(texts):
        flat = _ALIAS_NOTE.sub("", compact(text))
        stated = _ITEMS_STATED.search(flat)
        if stated:
            return clean_items(stated.group("items"))[0]
        defined = _ITEMS_DEFINED.search(flat) if "次に掲げる" not in flat else None
        if defined:
            return clean_items(_qualified_away(defined.group("items")))[0]
        if _ITEMS_HEADING.match(flat.strip()):
            below = next((compact(other).strip() for other in texts[position + 1:position + 3] if other.strip()), "")
            if "、" in below:
                return clean_items(_qualified_away(_ITEMS_COUNTED.sub("", below)))[0]
        if "次に掲げる" in flat:
            listed = []
            for below in texts[position + 1:]:
                numbered = _NUMBERED_ITEM.match(compact(below))
                if numbered:
                    listed.append(_PAREN.sub("", numbered.group("item")).strip())
                elif below.strip() and listed:
                    break
            if listed:
                return listed
    return []


def _aliases(before: Sequence[str]) -> dict[str, str]:
    """「大田市民生委員・児童委員（以下「委員」という。）」 above: 委員 → the full name."""
    out: dict[str, str] = {}
    for text in before:
        for found in _ALIAS_DEFINED.finditer(compact(text)):
            out[found.group("alias")] = _trim_body(found.group("full"))
    return out


# 「…を紙に印刷してB本部に渡しています」「…を作り、B本部に提供した」: a report of a provision already made
_HANDED = re.compile(r"(?P<to>[^、。をにへ]+?)(?:に対し(?:て)?|へ|に)、?"
                     r"(?:提供|渡)し(?:た|ている|ています|ました|ております)")
_HANDED_ITEMS = re.compile(r"(?P<items>[^、。を]+)を[^。を]*$")
# 「…紙に刷って渡しています」: handed over, the body left unsaid
_HANDED_BARE = re.compile(r"(?:提供|渡)し(?:ている|ています|ております|ました)")
# 「B省は、汐浜市に対し、毎年、…を出すよう求めています」: a body asking the city for the data
_ASKS_THE_CITY = re.compile(r"(?P<body>[一-龥ァ-ヶー々]{2,20})(?:は|が)、?[一-龥ァ-ヶー々]{0,10}?(?:市|町|村|区)"
                            r"に対し(?:て)?"
                            r"、?[^。]*?(?:を求め|よう(?:に)?(?:求め|依頼|要請)|を依頼)")
_MADE_FROM = re.compile(r"(?P<register>[^、。をのはが「」\s]*台帳)(?:の[^、。を]{0,8})?(?:から|より)")
_OFFICE_DOES = re.compile(r"(?:^|、|は)(?P<office>[^、。をのはがに]+?(?:課|室|係|局|センター))が")
_ARTICLE = re.compile(r"[一-龥ァ-ヶー々]+(?:法|施行令|政令|条例|規則)第\d+条(?:第\d+項)?(?:第\d+号)?")
_MEDIUM = re.compile(r"(?:シール|ラベル|名簿|データ|一覧表?|リスト|情報)$")
# 「住所と氏名だけを印字した」: what the medium carries, a line or two below
_PRINTED = re.compile(r"(?P<items>[^、。を]+?)(?:だけ|のみ)?を(?:印字|印刷|記載)")


def _handed_over(sentence: str, text: str, line: int, quote: str, after: Sequence[str],
                 above: Sequence[str] = ()) -> list[Flow]:
    """「市民課が住民基本台帳から…を抜き出し、氏名・住所を紙に印刷してB本部に渡しています」: the office, the
    register, the items and the outside body of a provision told as done; a statute the line cites is its basis.
    Told with no body (「…名簿にまとめ、紙に刷って渡しています」), it is given to the body that the line just above
    says asks the city for it (「B省は、市に対し、毎年、…を出すよう求めています」)."""
    match = _HANDED.search(sentence) if "提供し" in sentence or "渡し" in sentence else None
    if not match:
        return _handed_to_asker(sentence, text, line, quote, after, above)
    recipient = _trim_body(re.sub(r"^.*(?:して|て、)(?=[一-龥ァ-ヶ])", "", match.group("to")))
    if not recipient or not _ORGANISATION.search(recipient) or _ASKED.search(sentence):
        return []
    return _handed(sentence[:match.start()], recipient, text, line, quote, after)


def _handed_to_asker(sentence: str, text: str, line: int, quote: str, after: Sequence[str],
                     above: Sequence[str]) -> list[Flow]:
    """A handing over told with no body, given to the one the line above says asks for it (see _handed_over)."""
    done = _HANDED_BARE.search(sentence) if above and ("渡し" in sentence or "提供し" in sentence) else None
    asking = _ASKS_THE_CITY.search(compact(above[-1])) if done and above else None
    if not asking or not _ORGANISATION.search(asking.group("body")) or _ASKED.search(sentence):
        return []
    return _handed(sentence[:done.start()], asking.group("body"), text, line, quote, after)


def _handed(before: str, recipient: str, text: str, line: int, quote: str, after: Sequence[str]) -> list[Flow]:
    """The flow of a handing over to ``recipient``, ``before`` being the sentence up to its verb."""
    stated = _HANDED_ITEMS.search(before)
    described = _WHO_LISTED.sub("", stated.group("items")) if stated else ""
    items, _ = clean_items(described) if described else ([], None)
    if not items or all(_MEDIUM.search(item) for item in items):
        printed = next((found for found in map(_PRINTED.search, after[:2]) if found), None)
        carried = re.sub(r"^.*(?:、|には|は)(?=[一-龥ァ-ヶ])", "", printed.group("items")) if printed else ""
        items = clean_items(carried.replace("と", "、"))[0] if carried else []
    register = _MADE_FROM.search(before)
    office = _OFFICE_DOES.search(before)
    article = _ARTICLE.search(text)
    return [Flow(source_department=office.group("office") if office else None,
                 source_business=register.group("register") if register else None,
                 recipient_external=recipient, kind="external_provision",
                 basis="law" if article else "unknown", basis_text=article.group(0) if article else None,
                 items=items, line=line, quote=quote)]


def _trim_body(name: str) -> str:
    """A body named at the end of a clause: 「…に基づく防衛大臣」 → 防衛大臣, 「第2条 民生委員」 → 民生委員."""
    name = re.sub(r"^第\d+条\s*", "", name.strip())
    name = re.sub(r"^.*(?:基づく|による|が|は|から|より|、|で|全て|すべて)", "", name).strip()
    return re.sub(r"^.*(?:した|している)(?=[一-龥ァ-ヶー]{2,}$)", "", name)  # 「協定を締結した自主防災組織」


def _named_in_full(short: str, texts: Sequence[str]) -> str:
    """The last name in ``texts`` ending like ``short``: 「組合」 → 「西浜新聞販売店組合」, and the anaphor 「同本部」
    → 「自衛隊X地方協力本部」 (同 points back to the body of that kind named before)."""
    tail = short[1:] if short.startswith("同") and len(short) >= 3 else short
    named = re.findall(rf"[一-龥ァ-ヶー々]{{2,20}}{re.escape(tail)}", " ".join(texts))
    named = [name for name in named if not name.startswith("同")]
    return named[-1] if named else short


# 「…第120条…資料の提出を求めることができる」: the article that lets a body ask, the ground of a provision on request
_MAY_ASK = re.compile(r"第\d+条[^。]*?求める?ことができ")


# 「A課が管理する住民票の情報のうち、…」: the office that holds the data handed over, told inside its object
_HELD_BY = re.compile(r"^(?P<office>[^、。をがは「」()（）]{1,20}?(?:課|室|係|センター|委員会))が"
                      r"(?:保有|管理|所管)(?:する|している)(?P<data>[^。]+)$")
# 「法律で定められた国の行政機関」: the recipients a law names
_PRESCRIBED = re.compile(r"(?:法律|法令|条例|政令|省令)(?:で|により|によって|に)定められた")


def _stated_without_law(sentence: str, line: int, quote: str, before: Sequence[str],
                        after: Sequence[str], defined: Sequence[str] = (), earlier: Sequence[str] = (),
                        grounds: Sequence[str] = ()) -> list[Flow]:
    """A provision to an outside body stated without a law in the sentence: 「Bに対し、Xを紙媒体で提供」,
    「Bからの依頼に応じて、Xを提供」, 「Bへ提供する個人情報は」, 「AからBに対し、Xが通知されます」. ``earlier`` are
    the sentences of the line before this one and ``grounds`` the lines of the page above citing the article that
    lets a body ask: a provision stated without a statute rests on the last one cited."""
    match = None
    if not _BODY_NAMED.search(sentence):
        return _arrow_named(sentence, line, quote) if "→" in sentence else []  # no outside body: the cheap way out
    for pattern in (_TO_FIRST, _REQUESTED, _SPACED_OBJECT, _PROVIDED_DATA, _NOTIFIED, _OBJECT_FIRST):
        match = pattern.search(sentence)
        if (match and _ORGANISATION.search(_trim_body(match.group("to")))
                and not _ASKED.match(sentence, match.end()) and not _OTHERS.match(sentence, match.end())):
            break
        match = None  # no outside body, a request for the data (「提供を求める」), or what others do
    if not match:
        return _arrow_named(sentence, line, quote)
    recipient = _trim_body(match.group("to"))
    if "→" in recipient:
        return _arrow_named(sentence, line, quote)
    aliases = _aliases([*defined, *before])
    recipient = aliases.get(recipient, recipient)
    if len(recipient) <= 3:  # 「組合に提供」: the body named in full earlier (「西浜新聞販売店組合と協定を締結」)
        recipient = _named_in_full(recipient, [*before, sentence[:match.start("to")]])
    groups = match.groupdict()
    items: list[str] = []
    handed_register = _OBJECT_REGISTER.search(groups.get("items") or "")
    named = _ALIASED_OBJECT.search(groups.get("items") or "") if not handed_register and aliases else None
    # 「…台帳(以下「台帳」という。)」 above, 「その区域に係る台帳を提供する」 here: the register by its alias
    aliased = _NAMED_REGISTER.search(aliases.get(named.group(1), "")) if named else None
    if handed_register or aliased:  # 「市が作成する…台帳を…に提供」: the register is handed, its contents listed
        groups["items"] = None
    held_by = _HELD_BY.match(groups.get("items") or "")
    held_register = None
    if held_by:  # 「A課が管理する住民票の情報のうち、a・bを」: the office holding it, its register and the items
        held_register, held_items = held_data(held_by.group("data"))
        groups["items"] = "、".join(held_items) if held_register or held_items else groups["items"]
    if groups.get("items") and sentence.startswith("を得", match.end("items")) and "が、" in groups["items"]:
        # 「a・b・cが、本人の同意を得ないままBに提供されている」: the data is the subject, the consent no object
        groups["items"] = groups["items"].split("が、")[0]
        recipient = re.sub(r"^得(?:ないまま|ずに|ず)、?", "", recipient) or recipient
    if groups.get("items"):
        told = _CLAUSE_CUT.sub("", groups["items"])
        topic = _TOPIC.match(told)
        if topic and _EXTRACTED.match(told[topic.end():]):  # 「A議員は、B課がX台帳から抽出した…の氏名」: who asks
            told = told[topic.end():]
        described = _qualified_away(_EXTRACTED.sub("", _WHEN.sub("", told)))
        described = re.sub(r"」「|」、「", "、", described)  # 「氏名」「住所」…: quoted items side by side
        items, _ = clean_items(re.sub(r"の(?:\d+情報|名簿|一覧表?|リスト|情報)$", "", described).strip("「」"))
    holder = _HOLDER.match(sentence)
    department = holder.group("holder") if holder and _is_office(holder.group("holder")) else None
    department = department or (held_by.group("office") if held_by else None)
    done_in = _DONE_IN.search(sentence[:match.start("to")]) if not department else None
    department = done_in.group("office") if done_in else department  # 「市長は、…市民課において…を作成し」
    cited = _CITED.search(sentence)
    # 「…に基づく依頼であり、法令に基づく提供だと説明した」: the answer on the next line grounds the provision asked of
    answered = _CITED.search(after[0]) if not cited and after and _GROUNDS_PROVISION.search(after[0]) else None
    cited = cited or answered
    basis_text = (re.sub(r"^.*?(?:は|では|が)、?", "", cited.group(1)).strip("、") if cited
                  else _statute_above([*grounds, *before, *earlier]))
    basis = classify_basis(basis_text) if basis_text else "unknown"
    if basis_text and basis == "unknown" and "第69条" not in basis_text:
        basis = "law"
    supplier = _trim_body(groups["from"]) if groups.get("from") else None
    register = _REGISTER.search(sentence)
    source = (handed_register.group("register") if handed_register
              else register.group("register") if register else _register_below(after) or _one_register(sentence))
    source = aliased.group(0) if aliased else source
    source = held_register or source
    office, _, register_named = (source or "").rpartition("が")
    registered_by = office if office and register_named and _is_office(office) and not department else None
    if registered_by:  # 「市民課が住民基本台帳から抽出した」: the office and its register
        source = register_named
    if not items or all(_VAGUE_ITEM.search(item) for item in items):
        # 「申出者を除いた…情報」 with nothing listed: what is left out of the data is no item
        items = _items_listed([sentence, *after]) or [item for item in items if not _EXCLUDING.search(item)]
    pair = _TWO_JOINED_BY_TO.match(items[0]) if len(items) == 1 else None
    if pair:  # 「氏名と住所」: two items joined by と
        items = [pair.group(1), pair.group(2)]
    labelled_items = _labelled(after, _LABELLED_ITEMS)
    if labelled_items and (not items or all(_VAGUE_ITEM.search(item) or _PERSONS.search(item) for item in items)):
        items = clean_items(labelled_items)[0]  # 「対象年齢の方の情報」 here, 「- 提供する項目:氏名、…」 below
    told_to = sentence[max(0, match.start("to") - 12):match.end("to")]  # a medium pattern may take 「法律で」
    prescribed = _PRESCRIBED.search(told_to) if basis == "unknown" else None
    if prescribed:  # 「法律で定められた国の行政機関へ」: the bodies a law names receive it under that law
        basis, basis_text = "law", prescribed.group(0)
        recipient = re.sub(r"^[^、。]*?定められた", "", recipient) or recipient
    labelled_ground = _labelled(after, _LABELLED_GROUND) if basis == "unknown" else None
    if labelled_ground:
        basis_text, basis = labelled_ground.strip("。"), classify_basis(labelled_ground)
        basis = "law" if basis == "unknown" and _BARE_ARTICLE.search(labelled_ground) else basis
    return [Flow(source_department=department or registered_by,
                 source_business=None if supplier or (department and not held_register) else source,
                 source_external=supplier,
                 recipient_external=recipient, kind="external_provision", basis=basis, basis_text=basis_text,
                 items=items, line=line, quote=quote)]


def _labelled(after: Sequence[str], label: re.Pattern[str]) -> str | None:
    """The value of the first bullet below whose label ``label`` matches (「- 提供の根拠:…」)."""
    return next((found.group("value").strip() for found in map(label.match, after) if found), None)


def _arrow_named(sentence: str, line: int, quote: str) -> list[Flow]:
    """「学校→警察に提供する情報は…」「警察→学校に収集する情報は…」: the ends named by an arrow; the outside
    one (警察) is an external party, the other the body's own office."""
    match = _ARROW_ENDS.search(sentence) if "→" in sentence else None
    if not match:
        return []
    source, recipient = _trim_body(match.group("from")), match.group("to")
    if bool(_OUTSIDE.search(source)) == bool(_OUTSIDE.search(recipient)):
        return []  # two offices or two outside bodies: not this shape
    collects = match.group("verb") == "収集"
    flow = Flow(kind="collection_from_others" if collects else "external_provision", line=line, quote=quote)
    if _OUTSIDE.search(source):
        flow.source_external, flow.recipient_department = source, recipient
    else:
        flow.source_department, flow.recipient_external = source, recipient
    if collects != bool(_OUTSIDE.search(source)):
        return []  # provision to an office from outside, or collection by an outside body: read elsewhere
    return [flow]


# 「住民票の写しや戸籍の謄本などを、代理人や第三者に交付したときに」: certificates issued to others (本人通知);
# also 「…を第三者等に交付したときに」 and 「…を、本人以外の請求者(第三者)に交付したとき」
# and 「…を、A課が代理人や第三者に交付したとき」: the office issuing them told as the subject;
# 「…を代理人や第三者からの請求により交付したとき」: issued on their request
_ISSUED_TO_OTHERS = re.compile(r"(?:^|[、。])(?P<items>[^、。「」を]+?)を、?"
                               r"(?:(?P<holder>[^、。をがは]{1,20}?(?:課|室|係|センター))が)?"
                               r"(?:(?P<also>[^、。]{0,24}?)(?:や|又は|または|及び))?"
                               # 「本人以外の請求者(第三者)」「本人以外の第三者」「第三者(※2)」 (a note's mark)
                               r"(?:[^、。を]{0,16}?[(（]|[^、。を]{0,10}?の)?"
                               # 「第三者(本人等から委任を受けた代理人、…、8士業)」: who they are, in a bracket
                               r"第三者(?P<etc>等)?(?:[(（][^()（）]{1,60}[)）]|[)）])?"
                               # 「…第三者からの請求により交付したとき」: the requester is the recipient
                               r"(?:に|へ|(?:から|より)の?(?:請求|申請)(?:により|によって|に基づき)、?)"
                               r"(?:交付|発行)(?:した|する|され)")
# 「…とは、代理人や第三者に住民票の写しや戸籍謄本等を交付したとき」: the recipients told before the certificates
_ISSUED_TO_OTHERS_FIRST = re.compile(r"(?:^|[、。])(?:(?P<also>[^、。を]{0,24}?)(?:や|又は|または|及び))?"
                                     r"第三者(?P<etc>等)?(?:[(（][^()（）]{1,60}[)）])?に、?"
                                     r"(?P<items>[^、。「」を]+?)を、?(?:交付|発行)(?:した|する|され)")
# 「市が住民票の写しなど(※1)を」: the body itself as the subject, and a note's mark after the certificates
_BODY_SUBJECT = re.compile(r"^(?:本?(?:市|町|村|区)|当(?:市|町|村|区))が")
_NOTE_MARK = re.compile(r"[(（](?:※|注)\s*\d*[)）]")
# 「委任状を持参した代理人や第三者」: a party described by what it does is a recipient of its own
_DESCRIBED_PARTY = re.compile(r"^[^、。]{2,}?(?:した|する|している)(?P<party>[^、。]{2,8})$")
# 「事前に登録された方の住民票の写し…」: whose certificates they are, not what is issued
_WHOSE = re.compile(r"^[^、。]*?(?:された|した|している)方の(?=[^、。]*(?:写し|謄|抄|証明))")
_CERTIFICATE = re.compile(r"写し|謄本|抄本|証明書")
# 「住民基本台帳法や戸籍法の定める正当な理由があれば」「…法や…法の規定により、…第三者にも交付されます」: the
# statutes that let others obtain them
_LAWS_ALLOW = re.compile(r"(?P<laws>[一-龥ァ-ヶー々]+法(?:(?:や|及び|、)[一-龥ァ-ヶー々]+法)*)"
                         r"(?:の定める|の定めによ|の定めに基づ|で定め|に基づ|の規定(?:により|に基づ))")
# 「…法や…法の定めにより住民票の写しを」: the statutes told glued before the certificates
_LAWS_GLUED = re.compile(r"^[^、。]*?法(?:の定め|の規定)?(?:により|によって|に基づき|に基づいて)、?")


# 「B署が把握しているXを市が受け取るとともに、…Yを B署へ提供する」: the body takes one set of data and gives another
_EXCHANGED = re.compile(r"(?:^|、)(?P<from>[^、。をがは]{2,20}?)が(?:把握|保有|管理|所有)(?:している|する)"
                        r"(?P<got>[^、。を]{2,40}?)を"
                        r"(?:本?(?:市|町|村|区)|当(?:市|町|村|区)|県)が(?:受け取|受領|取得|入手)(?:る|り)"
                        r"(?:とともに|と共に|、)、?(?P<given>[^。を]{2,60}?)を(?P<to>[^、。をにへ]{2,20}?)(?:へ|に)"
                        r"(?:提供|送付|提出)")
_OWN_LIST = re.compile(r"^[^「」]*?「(?P<term>[^」]+)」$")


def _exchanged(sentence: str, line: int, quote: str, before: Sequence[str] = ()) -> list[Flow]:
    """Data taken from a body and data given to it, told in one sentence: a collection and a provision; the body
    named short (「警察署」) is the one named in full above (「B北警察署」)."""
    received = "受け取" in sentence or "受領" in sentence or "取得" in sentence or "入手" in sentence
    found = _EXCHANGED.search(sentence) if received else None  # the body receives before it gives
    if found is None or not _ORGANISATION.search(found.group("from")):
        return []
    body = _named_in_full(found.group("from"), list(before))
    to = found.group("to")
    to = body if body.endswith(to) or to.endswith(body) or to in body else to  # the short name for the full one
    given = _OWN_LIST.match(found.group("given"))  # 「本人が登録した市の「X登録情報」」: the data by its name
    items = given.group("term") if given else found.group("given")
    register = re.sub(r"(?:の)?登録(?:情報|データ)$", "", items) if given else None
    return [Flow(kind="collection_from_others", source_external=body, items=[found.group("got")], line=line,
                 quote=quote),
            Flow(kind="external_provision", source_business=register if register != items else None,
                 recipient_external=to, items=[items], line=line, quote=quote)]


def _issued_items(issued: re.Match[str]) -> str:
    return _NOTE_MARK.sub("", _BODY_SUBJECT.sub("", issued.group("items"))).strip()


def _on_request(text: str, line: int, quote: str, after: Sequence[str] = ()) -> list[Flow]:
    """What the body will hand over when asked, or what anyone may ask for:

    - 「住民票の写しや戸籍の謄本などを、代理人や第三者に交付したときに、…お知らせする制度」: the standing issue of
      certificates to 第三者, on the statutes a note below names (「…法や…法の定める正当な理由があれば」);

    - 「…対象者情報の提供について、…B本部より依頼があったら、対応していく」: a flow to B, announced;
    - 「住民票の写しなどの証明書は、正当な理由があれば第三者でも請求できることが「…法」で定められています」: a
      standing provision to 第三者 under the statutes named.
    """
    out: list[Flow] = []
    asked = _ASKED_IF.search(text) if "提供" in text and ("依頼" in text or "求め" in text) else None
    if asked and _ORGANISATION.search(_trim_body(asked.group("to"))):
        what = _PROVISION_OF.search(text)
        items = [re.sub(r"^.*(?:に係る|に関する|の)", "", what.group("items"))] if what else []
        out.append(Flow(recipient_external=_trim_body(asked.group("to")), kind="external_provision",
                        items=[item for item in items if item], line=line, quote=quote))
    issued = None
    if "交付" in text and "第三者" in text:
        issued = _ISSUED_TO_OTHERS.search(text) or _ISSUED_TO_OTHERS_FIRST.search(text)
    if issued and _CERTIFICATE.search(issued.group("items")):
        laws = next((found.group("laws") for found in map(_LAWS_ALLOW.search, [text, *after[:4]]) if found), None)
        described = _DESCRIBED_PARTY.match(issued.group("also") or "")
        for party in ([issued.group("also")] if described else []) + ["第三者" + (issued.group("etc") or "")]:
            out.append(Flow(source_department=issued.groupdict().get("holder"), recipient_external=party,
                            kind="external_provision", basis="law" if laws else "unknown", basis_text=laws,
                            items=[_PERSONS_OF.sub("", _WHOSE.sub("", _LAWS_GLUED.sub("", _issued_items(issued))))],
                            line=line, quote=quote))
    requestable = _REQUESTABLE.search(text) if "請求" in text and ("第三者" in text or "本人以外" in text) else None
    if requestable:
        laws = _QUOTED_LAW.findall(text[requestable.end():])
        terms = _LAW_TERMS.search(requestable.group(0)) if not laws else None
        laws = [terms.group(0)] if terms else laws  # 「法律で定める要件を満たせば請求できます」: the law's terms
        basis_text = "、".join(laws) or None
        out.append(Flow(recipient_external=requestable.group("to"), kind="external_provision",
                        basis="law" if laws else "unknown", basis_text=basis_text,
                        items=[requestable.group("items")], line=line, quote=quote))
    return out


def _inspection(sentence: str, line: int, quote: str) -> list[Flow]:
    """「Bが、…法第N条に基づき、住民基本台帳の閲覧を行い」: B inspects (and copies) the register."""
    match = _INSPECTS.search(sentence)
    if not match:
        shown = _LETS_SEE.search(sentence)  # 「Bに対して、対象者の名簿を閲覧させています」
        if shown and _ORGANISATION.search(_trim_body(shown.group("to"))):
            items, _ = clean_items(_ITEM_QUALIFIERS.sub("", re.sub(r"の(?:名簿|一覧)$", "", shown.group("items"))))
            return [Flow(recipient_external=_trim_body(shown.group("to")), kind="external_provision", items=items,
                         line=line, quote=quote)]
        return []
    if not _ORGANISATION.search(_trim_body(match.group("to"))):
        return []
    cited = _CITED.search(sentence)
    basis_text = re.sub(r"^.*?(?:は|では|が)、?", "", cited.group(1)).strip("、") if cited else None
    copied = _COPIED.search(sentence)
    copied_items = _qualified_away(re.sub(r"^.*閲覧し、", "", copied.group("items"))) if copied else ""
    items = [item for item in re.split(r"[・、]|及び", copied_items) if item]
    return [Flow(source_business=match.group("register"), recipient_external=_trim_body(match.group("to")),
                 kind="external_provision", basis=classify_basis(basis_text) if basis_text else "unknown",
                 basis_text=basis_text, items=items, line=line, quote=quote)]


def _shared_with_outside(first: str, second: str, items_text: str, line: int, quote: str) -> list[Flow]:
    """「A所とB（警察）との間で、…情報を相互に共有」: the office provides to the outside body, and collects from
    it. Two offices sharing is not read here (no outside end)."""
    ends = [trim_phrase(_PAREN.sub("", part)).strip() for part in (first, second)]
    offices = [end for end in ends if _is_office(end) and not _OUTSIDE.search(end)]
    outside = [end for end in ends if _OUTSIDE.search(end)]
    if len(offices) != 1 or len(outside) != 1:
        return []
    items, _ = clean_items(re.sub(r"^.*?保有する", "", items_text)) if "保有する情報" not in items_text else ([], None)
    return [Flow(source_department=offices[0], recipient_external=outside[0], kind="external_provision",
                 items=list(items), line=line, quote=quote),
            Flow(source_external=outside[0], recipient_department=offices[0], kind="collection_from_others",
                 items=list(items), line=line, quote=quote)]


def mutual_flows(text: str, line: int, quote: str) -> list[Flow]:
    """Two flows, one each way, for 「A課のX事業とB課のY事業との間で、…を相互に目的外利用」."""
    flows: list[Flow] = []
    sentences = compact(text).split("。")
    for index, sentence in enumerate(sentences):
        match = _MUTUAL.search(sentence) if "相互に" in sentence else None
        if not match:
            continue
        if match.group("verb") == "共有":
            flows.extend(_shared_with_outside(match.group("a"), match.group("b"), match.group("items"), line, quote))
            continue
        first, second = parse_party(match.group("a")), parse_party(match.group("b"))
        if not (first[0] or first[1]) or not (second[0] or second[1]):
            continue
        cited = [sentence, *(s for s in sentences[index + 1:index + 2] if _THIS_IS.match(s))]
        law = next((found for found in map(_CITED.search, cited) if found), None)
        basis_text = re.sub(r"^.*?(?:は|では|が)、?", "", law.group(1)).strip("、") if law else None
        basis = classify_basis(basis_text) if basis_text else "unknown"
        kind = "purpose_outside_use" if match.group("verb") == "目的外利用" else "external_provision"
        items, _ = clean_items(match.group("items"))
        for (src_dept, src), (dst_dept, dst) in ((first, second), (second, first)):
            flows.append(Flow(source_department=src_dept, source_business=src[0] if src else None,
                              recipient_department=dst_dept, recipient_business=dst[0] if dst else None,
                              kind=kind, basis=basis, basis_text=basis_text, items=list(items), line=line,
                              quote=quote))
    return flows


# 「○A市B台帳のC組織への提供に関する要綱」 … 「この要綱は、平成29年4月1日から施行する。」: a rule that creates a
# provision; the day it comes into force is the provision's start
_PROVISION_RULE = re.compile(r"^[○◯〇]?[^。]{2,60}?提供に関する(?:要綱|要領|規則|条例|規程)$")
_IN_FORCE = re.compile(r"この(?:要綱|要領|規則|条例|規程)は、"
                       r"((?:(?:令和|平成)\s*(?:元|\d{1,2})|(?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)から施行する")
_ARTICLE_LINE = re.compile(r"^\s*第\d+条")


def provision_in_force(titles: Sequence[str], texts: Sequence[str]) -> str | None:
    """The day a rule about a provision comes into force (its 附則), when one of ``titles`` (the page's first
    lines) names such a rule; ``None`` otherwise (a rule on opting out of a provision does not start it).

    >>> provision_in_force(["○A町名簿の防災会への提供に関する要綱"], ["この要綱は、令和2年4月1日から施行する。"])
    '令和2年4月1日'
    >>> provision_in_force(["○A町名簿からの除外に関する要綱"], ["この要綱は、令和2年4月1日から施行する。"]) is None
    True
    """
    if not any(_PROVISION_RULE.match(compact(title)) for title in titles):
        return None
    return next((found.group(1) for found in map(_IN_FORCE.search, map(compact, texts)) if found), None)


def is_article(text: str) -> bool:
    """Whether a line is an article of a rule (「第1条 …」)."""
    return _ARTICLE_LINE.match(text) is not None
