"""Registrations told in running speech or prose: 「まず新規でございますが、1件目はA課の「B事務」で、…に届出」.

The genre: a committee or council hears the notified businesses read out. The speaker names the action once
(「次に変更でございますが」「新規が」「廃止が」), then each business as 「A課の「B事務」」 or 「A課のB事務」, its
date (「令和6年1月4日に届出」「…をもって廃止」), and what a change adds (「記録項目に…を加える」) or a new
business is for (「…を目的としており、対象者は…、本人から収集」). The action holds over the following
lines until another is named (or each action is a label before its businesses: 「新規:A事務、B事務、廃止:C事務」);
without one, the sentence's own verb names it (「A課が所管するB事務を新たに登録
しました」「A課のB事務は、…に登録を廃止しました」). A sentence that states a flow (目的外利用, 提供, 結合) is not
read here.

>>> from ..layout.page import page_of
>>> page = page_of("個人情報取扱事務の届出について報告します。新規が市民課の窓口予約事務、"
...                "廃止が税務課の「旧申告相談事務」でございます。")
>>> [(r.action, r.department, r.business) for r in read(page, Readings()).registrations]
[('new', '市民課', '窓口予約事務'), ('abolish', '税務課', '旧申告相談事務')]
"""

from __future__ import annotations

import re

from ...records import Diagnostic, Registration
from ..layout.lines import Line
from ..layout.page import Page
from ..reading import Reader, Reading, Readings
from ..text.dates import safe_date
from ..text.registry_words import BUSINESS_END, change_details

__all__ = ["READER", "spoken_registrations"]

_MENTION = re.compile(
    r"(?P<dept>[^\s、。「」『』()（）がはをにでの及]{1,20}?(?:課|室|係|センター|局|館|所))"
    r"(?:の|が所管する|が所掌する|が担当する|所管の)"
    r"(?:「(?P<quoted>[^「」]{2,60}?(?:業務|事務|事業))」|(?P<plain>[^\s、。「」()（）がはをにで]{2,40}?(?:業務|事務|事業))"
    r"(?=[、。でをにがはと]|及び|並びに|について|の\d|$))"  # 「…と、D課のE事務の2件」: the count of the list
    # 「「B事務」(A課)」: the quoted business first, its holder in the bracket after it
    r"|「(?P<named>[^「」]{2,60}?(?:業務|事務|事業))」[(（](?:所管|担当)?[:：]?"
    r"(?P<holder>[^\s、。「」『』()（）がはをにでの及:：]{1,20}?(?:課|室|係|センター|局|館|所))(?:所管|担当)?[)）]"
)
# The action a speaker names before the businesses: 「まず新規でございますが」「新規が」「次に、変更分は」
# 「新規登録の事務は」「廃止した事務は」「新たに届出のあった事務は」「いずれも新規です」「新規登録のうち主なものは」
_ACTION = re.compile(r"(?:いずれも)?(?P<word>新規|新た|変更|廃止)(?:に|を|の)?(?:登録|届出|届け出)?"
                     r"(?:分|の届出|の事務|の届出の|(?:のあった|があった|した|された|しました|されました)(?:事務|もの|の)?)?"
                     # 「新規登録のうち主なものは、A課の「B事務」…」「新規の主なものは、…」
                     r"(?:のうち(?:主な|おもな)?(?:もの|事務)?|の(?:主な|おもな)(?:もの|事務))?"
                     r"(?:で(?:ございます|あります|す)が|は|が|について|で(?:ございます|す)。)")
# the verb that names the action: 「…に登録を廃止しました」「新たに登録」; 「登録されている」 is a state, not a change
_VERB = re.compile(r"(?P<word>廃止|変更|新規|新た|登録|開始)(?:に登録|に届|し|いた|と|を|する|され(?!て))")
_WORD_ACTION = {"新規": "new", "新た": "new", "登録": "new", "開始": "new", "変更": "modify", "廃止": "abolish"}
# 「廃止が2件」: an action word before a count counts, it announces nothing (「1件目」 is an ordinal)
_COUNT_AFTER = re.compile(r"\s*\d[\d,]*\s*件(?!目)")
_FLOW_WORDS = re.compile(r"目的外|外部提供|提供し|提供する|結合|に利用")
_PURPOSE = re.compile(r"(?P<purpose>[^、。]{2,60}?)を目的と")
_SUBJECTS = re.compile(r"対象者は、?(?P<who>[^、。]{2,40}?)(?:で|、|。|$)")
_COLLECTED = re.compile(r"(?P<how>[^、。]{1,20}?)から収集")
_SAME_DAY = re.compile(r"同日")
_CUE = ("届出", "届け出", "登録", "廃止", "抹消", "開始")
_ANY_CUE = re.compile("|".join(_CUE))  # one scan for any of them


# 「届出3件(新規:A事務、B事務、廃止:C事務)」: each action as a label, the businesses named after it
_LISTED = re.compile(r"(?P<word>新規|変更|廃止)(?:登録)?\s*[:：]\s*(?P<names>[^:：()（）「」。]+?)"
                     r"(?=[、,]\s*(?:新規|変更|廃止)(?:登録)?\s*[:：]|[)）。]|$)")
# 「A課の「B事務」(令和6年11月1日)及びC課の…」: the date in a bracket stays with the business before the join
_JOIN = re.compile(r"(?<=事務|業務|事業)(?:」)?(?:[(（][^()（）]{1,30}[)）])?(?P<join>及び|並びに|と|、)")


def _mentions(text: str) -> list[re.Match]:
    # 「A課のB事務及びC課のD事務」: the joining word is read as a comma (of the same length: positions hold)
    parted = _JOIN.sub(lambda match: match.group(0)[: match.start("join") - match.start()]
                       + "、" * len(match.group("join")), text)
    return [mention for mention in _MENTION.finditer(parted)
            if mention.group("quoted") or mention.group("plain") or mention.group("named")]


def _holder(mention: re.Match) -> str:
    return mention.group("dept") or mention.group("holder")


def _business(mention: re.Match) -> str:
    return mention.group("quoted") or mention.group("plain") or mention.group("named")


def _announced(text: str, end: int | None = None) -> list[str]:
    """The actions the text announces before ``end``, in order (an action word before a count is no announcement)."""
    found = list(_ACTION.finditer(text, 0, len(text) if end is None else end))
    if len(found) == 1:
        return [_WORD_ACTION[found[0].group("word")]]  # 「今回は新規の届出が2件ございました」: one kind, announced
    return [_WORD_ACTION[match.group("word")] for match in found if not _COUNT_AFTER.match(text, match.end())]


def _action_before(text: str, end: int) -> str | None:
    named = _announced(text, end)
    return named[-1] if named else None


def spoken_registrations(lines: list[Line], used: set[int]) -> tuple[list[Registration], list[Diagnostic], set[int]]:
    """Registrations named in prose after the action a speaker announced, the diagnostics and the lines read."""
    registrations: list[Registration] = []
    problems: list[Diagnostic] = []
    consumed: set[int] = set()
    carried: str | None = None  # the action named on an earlier line of the same report
    last_day: str | None = None  # the day the last line that stated one stated
    for line in lines:
        if line.blank or line.cells:
            continue
        text = line.text
        if "日" in text and not _SAME_DAY.search(text) and (stated_day := change_details(text, None).date):
            day_of_line = safe_date(stated_day, line.no, [])
        else:
            day_of_line = None
        cued = carried or _ANY_CUE.search(text) or _announced(text)
        mentions = _mentions(text) if line.no not in used and cued else []
        for position, mention in enumerate(mentions):
            start = text.rfind("。", 0, mention.start()) + 1
            stop = text.find("。", mention.end())
            sentence = text[start: stop if stop >= 0 else len(text)]
            if _FLOW_WORDS.search(sentence) or sentence.rstrip("」 ").endswith(("か", "か?")):
                continue  # a flow, or a question (「…は登録されていますか」)
            following = mentions[position + 1].start() if position + 1 < len(mentions) else len(text)
            tail = text[mention.end(): following]
            verbs = {_WORD_ACTION[verb.group("word")] for verb in _VERB.finditer(tail.split("。")[0])}
            stated = next((action for action in ("abolish", "modify", "new") if action in verbs), None)
            action = _action_before(text, mention.start()) or carried or stated
            if action is None:
                continue
            details = change_details(tail.lstrip("」、"), action)
            record = Registration(department=_holder(mention), business=_business(mention), action=action,
                                  items_added=details.items_added, line=line.no, quote=line.quote)
            if action != "new":
                record.collection_methods = details.collection_methods
            # 「令和6年4月1日、A課の…を登録」: a date before the business is the sentence's
            written = details.date or change_details(text[start: mention.start()], action).date
            if written:
                record.date = safe_date(written, line.no, problems)
            elif _SAME_DAY.search(text[start: mention.start()]):
                record.date = last_day  # 「また、同日付けで、A課の「B事務」が廃止」: the day stated just before
            if action == "new":
                purpose, subjects, collected = _PURPOSE.search(tail), _SUBJECTS.search(tail), _COLLECTED.search(tail)
                record.purpose = purpose.group("purpose").strip() if purpose else None
                record.subjects = subjects.group("who") if subjects else None
                record.collection_methods = [collected.group("how").strip("、 ")] if collected else []
            registrations.append(record)
            consumed.add(line.no)
        if line.no not in used and not mentions and (":" in text or "：" in text):
            for listed in _LISTED.finditer(text):
                for name in re.split(r"[、,]|及び", listed.group("names")):
                    name = name.strip()
                    if BUSINESS_END.search(name) and len(name) >= 3:
                        registrations.append(Registration(business=name, action=_WORD_ACTION[listed.group("word")],
                                                          line=line.no, quote=line.quote))
                        consumed.add(line.no)
        last_day = day_of_line or last_day
        named = _announced(text)
        if named:
            carried = named[-1]
        elif not mentions:
            carried = None  # a line that names neither an action nor a business ends the report
    return registrations, problems, consumed


def read(page: Page, readings: Readings) -> Reading:
    registry_page = page.has("取扱事務") or page.has("登録簿")
    if not (registry_page or (page.has("事務") and (page.has("登録") or page.has("届出")))):
        return Reading()  # businesses named in prose are registrations only on a page about the registry
    used = readings.claimed("records", "council", "statements") | {record.line for record in readings.registrations}
    registrations, problems, lines = spoken_registrations(page.lines, used)
    return Reading(registrations=registrations, diagnostics=problems, claimed=lines)


READER = Reader("registry_spoken", read, claims="statements")
