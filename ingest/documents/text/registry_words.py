"""The words of a registry: the action a heading or a cell names (新規 / 変更 / 廃止) and several businesses
named in one cell. Shared by the registry readers of tables, agendas and notices.

>>> action_of("個人情報取扱事務の廃止"), action_of("記録項目の変更"), action_of("新規"), action_of("報告")
('abolish', 'modify', 'new', None)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...normalize import classify_action

__all__ = ["BUSINESS_END", "ChangeDetails", "action_of", "business_heading", "business_names", "change_details",
           "dated_action", "joined_names"]

BUSINESS_END = re.compile(r"(?:業務|事務|事業|システム)$")


def action_of(text: str | None) -> str | None:
    """new / modify / abolish named by ``text``, or ``None`` (the vocabulary a section heading states too)."""
    return classify_action(text)


def business_names(cell: str) -> list[str]:
    """Several businesses in one cell (「A事務、B事務」, 「A事務及びB事務」) are several; one name stays one.

    >>> business_names("児童手当支給事務、児童扶養手当支給事務"), business_names("母子・父子自立支援事務")
    (['児童手当支給事務', '児童扶養手当支給事務'], ['母子・父子自立支援事務'])
    """
    parts = [part.strip() for part in re.split(r"[、,]|及び|並びに|\n", cell) if part.strip()]
    if len(parts) > 1 and all(BUSINESS_END.search(part) for part in parts):
        return parts
    return [cell.strip()]


# 「「A事務」、「B事務」及び「C事務」(いずれも…登録)」: quoted businesses joined to the first share its details
_JOINED = re.compile(r"\s*(?:及び|並びに|と|、|,)\s*「(?P<name>[^「」]{2,40}?(?:事務|業務|事業))」")


def joined_names(text: str, end: int) -> list[str]:
    """The quoted businesses joined one after another to the business that ends at ``end``.

    >>> text = "市民課 「窓口予約事務」、「証明発行事務」及び「住所変更事務」(いずれも令和7年4月1日登録)"
    >>> joined_names(text, text.find("」") + 1)
    ['証明発行事務', '住所変更事務']
    """
    names = []
    while joined := _JOINED.match(text, end):
        names.append(joined.group("name"))
        end = joined.end()
    return names


_WRITTEN_DATE = re.compile(r"(?:(?:令和|平成|[RH])\s*(?:元|\d{1,2})"
                           r"|(?:19|20)\d{2})\s*[年.]\s*\d{1,2}\s*[月.]\s*\d{1,2}\s*日?")
_ADDED_TO = re.compile(r"(?P<where>記録項目|収集項目|(?:収集|記録)する項目|個人情報の項目|収集(?:の)?方法"
                       r"|(?:収集|取得|入手)(?:先|元))"
                       r"(?:に|として)、?\s*"
                       r"(?:「(?P<quoted>[^」]+)」|(?P<plain>[^、。「」\s]+?))\s*を(?:追加|加え)")
_QUOTES_ADDED_TO = re.compile(r"(?P<where>記録項目|収集項目|(?:収集|記録)する項目|個人情報の項目|収集(?:の)?方法)"
                              r"(?:に|として)、?\s*"
                              r"(?P<quotes>「[^「」]+」(?:\s*(?:と|、|及び|並びに)\s*「[^「」]+」)+)\s*"
                              r"(?:を(?:追加|加え)|が(?:追加|加わ))")
_PURPOSE_ADDED = re.compile(r"利用(?:の)?目的(?:に|として)、?\s*「(?P<purpose>[^「」]+)」\s*"
                            r"(?:を(?:追加|加え)|が(?:追加|加わ))")
_PURPOSE = re.compile(r"^(?P<purpose>[^、。]{4,60}?ため)[、,]")


@dataclass
class ChangeDetails:
    """What the words after a registered business say of its change."""

    date: str | None = None  # as written (「令和6年4月1日」); the caller makes it ISO and reports a bad one
    purpose: str | None = None
    collection_methods: list[str] = field(default_factory=list)
    items_added: list[str] = field(default_factory=list)
    # the parties a sentence says the data is collected from (「…を、本人及び医療機関から収集」), and what
    collected_from: list[str] = field(default_factory=list)
    collected: str | None = None
    sources_added: list[str] = field(default_factory=list)  # 「収集先に税務課を追加」: a party, not a method


def change_details(tail: str, action: str | None) -> ChangeDetails:
    """The date, purpose and additions a registry line states after the business it names.

    >>> found = change_details("住民と情報を共有するため、令和6年7月1日から登録する。", "new")
    >>> found.date, found.purpose, found.collection_methods, found.items_added
    ('令和6年7月1日', '住民と情報を共有するため', [], [])
    >>> change_details("収集方法に「申込書」を追加", "modify").collection_methods
    ['申込書']
    >>> change_details("記録項目に電子メールアドレスを加える。", "modify").items_added
    ['電子メールアドレス']
    >>> change_details("記録項目に「車両番号」と「標識交付日」が加わりました", "modify").items_added
    ['車両番号', '標識交付日']
    >>> change_details("利用目的に「防災訓練の連絡」を加えました。", "modify").purpose
    '防災訓練の連絡'
    >>> change_details("収集先に保険年金課を追加した。", "modify").collection_methods
    ['保険年金課']
    >>> found = change_details("児童の氏名及び学年を、本人及び学校から収集します。", "new")
    >>> found.collected_from, found.collected
    (['本人', '学校'], '児童の氏名及び学年')
    """
    details = ChangeDetails()
    written = _WRITTEN_DATE.search(tail)
    if written:
        details.date = written.group(0)
    purpose = _PURPOSE.match(tail.strip())
    if purpose and action == "new":  # an abolition's 「…ため」 is its reason, not a purpose
        details.purpose = purpose.group("purpose")
    added_purpose = _PURPOSE_ADDED.search(tail)
    if added_purpose and action == "modify" and not details.purpose:
        details.purpose = added_purpose.group("purpose")  # 「利用目的に「…」を加えました」: the purpose it now has
    for added in _ADDED_TO.finditer(tail):
        what = (added.group("quoted") or added.group("plain")).strip()
        where = added.group("where")
        target = details.collection_methods if where.endswith(("方法", "先", "元")) else details.items_added
        if what not in target:
            target.append(what)
        if where.endswith(("先", "元")) and what not in details.sources_added:
            details.sources_added.append(what)
    for added in _QUOTES_ADDED_TO.finditer(tail):  # 「記録項目に「a」と「b」が加わりました」
        where = added.group("where")
        target = details.collection_methods if where.endswith(("方法", "先", "元")) else details.items_added
        for what in re.findall(r"「([^「」]+)」", added.group("quotes")):
            if what not in target:
                target.append(what)
    for collected in _COLLECTED_FROM.finditer(tail):
        sentence = tail[tail.rfind("。", 0, collected.start()) + 1:collected.start()]
        objected = sentence.rfind("を")  # 「…を、本人、A課及びBから」: the parties run from the object to から
        who = sentence[objected + 1:] if objected >= 0 and len(sentence) - objected <= 60 else (
            re.split(r"[、,]", sentence)[-1])
        for party in _PARTY_SPLIT.split(who):
            party = party.strip()
            if party and party not in details.collected_from:
                details.collected_from.append(party)
        if objected >= 0 and not details.collected:
            what = _CLAUSE_BEFORE.sub("", sentence[:objected].rstrip("、"))
            details.collected = what or None
    return details


# 「…の氏名及び住所を、本人及び医療機関から収集する」: where the parties the object is collected from end
_COLLECTED_FROM = re.compile(r"(?:から|より)(?:収集|取得|入手)")
_CLAUSE_BEFORE = re.compile(r"^.*(?:ため|ので|により|において|ところ|際)、")
_PARTY_SPLIT = re.compile(r"及び|並びに|又は|または|、|・")


# 「令和6年6月1日に登録しました。」「…(令和6年10月1日変更)」: the day of the change, the verb right after it
_DATED_ACTION = re.compile(r"(?P<date>(?:(?:令和|平成)\s*(?:元|\d{1,2})"
                           r"|(?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"
                           r"(?:付け?)?(?:に|で|から|をもって|を以て)?、?(?:新たに|新規に?)?"
                           r"(?:登録|変更|廃止|届出|届け出|追加|抹消)")


def dated_action(text: str) -> str | None:
    """The day a sentence says a business was registered, changed or abolished, as written.

    >>> dated_action("令和6年6月1日に登録しました。"), dated_action("…を加えた(令和6年10月1日変更)。")
    ('令和6年6月1日', '令和6年10月1日')
    >>> dated_action("令和6年6月1日から受付を始めた。") is None
    True
    """
    found = _DATED_ACTION.search(text)
    return found.group("date") if found else None


_DEPT = r"[^\s()（）「」、。]{2,30}?(?:課|室|係|センター|局|部|館|所|班)"
_NAME = r"「?(?P<{}>[^\s()（）「」【】、。]{{2,60}}?(?:業務|事務|事業))」?"
# 「図書貸出事務(生涯学習課)」「生涯学習課 図書貸出事務」「【生涯学習課】図書貸出事務」 alone on a line
_BUSINESS_HEADING = re.compile(rf"^{_NAME.format('biz')}\s*[(（【\[〔]\s*(?:担当課?[:：]\s*)?"
                               rf"(?P<dept>{_DEPT})\s*[)）】\]〕]$"
                               rf"|^[【\[〔(（]?(?P<lead>{_DEPT})[】\]〕)）]?\s*{_NAME.format('plain')}$")


def business_heading(text: str) -> tuple[str, str] | None:
    """(business, department) of a line that names one business and its department and nothing else: the
    sub-heading a page gives each business it registered, changed or abolished.

    >>> business_heading("図書貸出事務(生涯学習課)"), business_heading("【生涯学習課】図書貸出事務")
    (('図書貸出事務', '生涯学習課'), ('図書貸出事務', '生涯学習課'))
    >>> business_heading("図書貸出事務を廃止しました。") is None
    True
    """
    found = _BUSINESS_HEADING.match(text)
    if not found:
        return None
    return found.group("biz") or found.group("plain"), found.group("dept") or found.group("lead")
