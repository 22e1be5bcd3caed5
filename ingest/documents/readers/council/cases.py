"""Council cases (諮問案件 / 報告事項) in agendas, minutes, 諮問書 and annual summaries.

Two layouts, and one letter:

- a summary table (回数 / 開催日 / 会議内容・諮問事項 / 結論): each 「…について」 item of a row is a
  case dated by the row (a 書面決議 period ends on its last date), decided by its 結論 cell;
- agendas and minutes in prose: a meeting heading (…審議会…会議 / 次第 / 議事) and its 日時 give
  the date; 【諮問案件N】, 諮問第N号, 諮問事項 or a 「…について」 line naming a hand-over open a case;
  【…課】 lines under a title are its departments; numbered 「1 …について」 lines under a title
  that names no hand-over itself are its sub-items; 「…承認される」 closes it with a decision
  (「要望を意見として付した上で承認」 → approved_with_opinion). A case repeated later (the 諮問書
  attached to an agenda) is the same case: it adds departments and a 「○提供する個人情報の内容」 list.
  An item 「（１）…に伴う…の外部提供について【X課】」 names its department on its own line; sub-bullets
  「ア 提供先 …」 / 「ア 提供元 A課 B事務」 / 「イ 提供項目 …」 give the ends and items its title leaves out.
  A heading naming only a kind (「報告事項2 目的外利用について」) is no case.

An 答申 letter (答申第N号, 「…について（答申）」) is a case too: its date line is the case's date (not the
諮問 date the body cites); 「…は、妥当である。」 / 「差し支えない。」 approve, and a 付帯意見 section after
that adds an opinion.

>>> decision_of("この件に関しては要望を意見として付した上で承認される。")
'approved_with_opinion'
>>> decision_of("昨年4月に同様の案件を承認している。") is None
True
>>> decision_of("会長：ただいまの意見を要望として付し、承認とします。"), decision_of("諮問第3号は承認とします。")
('approved_with_opinion', 'approved')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ....normalize import canonical_name, split_items
from ....records import CouncilCase, Diagnostic, Flow
from ...layout.lines import Line
from ...layout.tables import Table
from ...model import claim_id, claim_ids
from ...text.dates import safe_date
from ...text.items import clean_items, compact
from ...text.meetings import held_on, met_on
from ...text.names import is_department, parse_party, split_business_department
from .agenda_line import run_on_items
from .amend import CaseAt, Restate
from .consult import (
    _for_business,
    articles_of,
    case_business,
    consultation_flows,
    flow_kind,
    is_report_topic,
    is_rule_making,
    run_on_title,
)
from .decisions import decision_for_numbers, decision_of
from .holders import with_holders
from .title_flows import half_flow, title_flows

__all__ = ["council_cases", "decision_of", "whole_flows"]

_DATE = re.compile(r"(?:明治|大正|昭和|平成|令和|[HRS])\s*(?:元|\d{1,2})\s*[年.]\s*\d{1,2}\s*[月.]\s*\d{1,2}\s*日?"
                   r"|(?:19|20)\d{2}\s*[年/.\-]\s*\d{1,2}\s*[月/.\-]\s*\d{1,2}\s*日?")
_SIGNED = re.compile(r"[^、。]{0,30}(?:審議会|審査会|委員会)(?:\s*会長[^、。]{0,12})?")  # who signs the answer
_MEETING = re.compile(r"(?:審議会|審査会).*(?:会議|次第|議事|概要|開催|議事録)|(?:会議録|議事録|会議概要)")
_WHEN = re.compile(r"^(?:\d{1,2}[.．]\s*)?(?:日\s*時|開催日時?|日程)\s*(?:[:：]|\s)")  # 「1. 日時 令和…」 too
_PAGE_DATE = re.compile(r"更新日|掲載(?:開始)?日|公開日|作成日|登録日")  # the page's own date, not the meeting's
_MARKER = re.compile(r"^(?:[・\-*○◯●◆◇■□]\s*)?(?:[(（]\d{1,2}[)）]\s*)?[【\[(（]?\s*(?:\d+[.．]?\s*)?"
                     r"(諮問案件|諮問第\s*\d+\s*号|諮問事項|報告事項|報告案件|審議事項|議題)"
                     r"(?:\s*\d+)?(?:の審議)?\s*[】\])）:：]?\s*(.*)$")
_TOLD_AFTER_LABEL = re.compile(r"^報告(?:事項|案件)?(?:\s+|\s*[:：]\s*)(?=\S)")
_NUMBERED = re.compile(r"^(?:[-*・○◯●◆◇■□]\s*)?(?:\d{1,2}[\s.)．]|[(（]\s?\d{1,2}\s?[)）])\s*(.+)$")
_TAGGED_TITLE = re.compile(r"^(.+について)\s*(?:【([^】]+(?:課|室|係|所|センター|局|部|委員会|館))】"
                           r"|[(（]([^()（）【】]+(?:課|室|係|センター|局|部|委員会|館))[)）])$")
_BULLET = re.compile(r"^[ア-ンａ-ｚa-z][\s.)）．]\s*(提供先|利用先|提供元|利用元|保有課|提供項目|利用項目|項目)"
                     r"\s*[:：]?\s*(\S.*)$")
_DEPT = re.compile(r"^【([^】]+(?:課|室|係|所|センター|局|部|総務|委員会|館))】$")
_DEPT_LABELLED = re.compile(r"^[\[(（](?:担当課?|所管課?|担当部署)\s*[:：]\s*"
                            r"([^\]()（）]+?(?:課|室|係|所|センター|局|部|委員会|館))[\])）]$")
_LISTED = re.compile(r"^[○◯●■・]\s*.*(?:個人情報|提供する|利用する).*(?:内容|項目)"
                     r"|^[○◯●■・]\s*(?:提供|利用|収集)する個人情報$")
# 「答申第3号」, also after the council's name (「…町個人情報保護審査会答申第3号」)
_ANSWER = re.compile(r"^\S{0,30}?答申第\s*\d+\s*号$|[(（]\s?答\s?申\s?[)）]$")
# 「…審議会で、市長から諮問された「…について」が審議され、原案のとおり了承されました」
_CONSULTED_IN_PROSE = re.compile(r"諮問(?:され|のあっ)た「(?P<title>[^「」]+について)」が(?:審議|審査|検討)され")
# 「1件目の「…について」」「2件目は「…について」」: cases taken up by their order in a spoken record
_ORDINAL_QUOTE = re.compile(r"(?:\d{1,2}|[一二三四五六七八九])(?:件目|つ目|番目)(?:の案件|の諮問)?(?:の|は|として)?"
                            r"[、,]?\s*[「『](?P<title>[^「」『』]{6,}について)[」』]")
_LABELLED_DATE = re.compile(r"(?:日\s*時|開催日時?)\s*[:：]?\s*(?P<d>(?:(?:平成|令和)\s*(?:元|\d{1,2})"
                            r"|(?:19|20)\d{2})\s*年\s*\d{1,2}\s*月"
                            r"\s*\d{1,2}\s*日)")
# 「…から諮問のあった「…について」は、次の条件を付して行うことが適当である。」: an answer concludes on its case
_CONCLUDED_ON = re.compile(r"諮問(?:のあった|された|を受けた|があった)「(?P<title>[^「」]{6,}について)」"
                           r"(?:\s*[(（][^()（）]{1,20}[)）])?(?:について)?は、(?P<rest>[^。]*)")
# 「続く諮問第2号「…について」では、…」: a case named by its number and quoted inside a sentence
_QUOTED_BY_NUMBER = re.compile(r"(?P<kind>諮問|報告)第\s*(?P<n>\d{1,3})\s*号(?:の|は|、)?\s*"
                               r"「(?P<title>[^「」]{6,}について)」")
# 「「…について」（諮問第1号）では、…」: the number after the quoted title
_NUMBER_AFTER_QUOTE = re.compile(r"「(?P<title>[^「」]{6,}について)」\s*"
                                 r"[(（](?P<kind>諮問|報告)第\s*(?P<n>\d{1,3})\s*号[)）]")
# 「(…について)」: an answer letter's subject in brackets under its number
_BRACKETED_SUBJECT = re.compile(r"^[(（](?P<title>[^()（）]+について)[)）]$")
_SUBJECT = re.compile(r"^件\s*名\s*[:：]\s*(?P<title>\S.{7,}(?:について|に関する件|の件))$")  # an answer's subject line
_AGENDA_NUMBER = re.compile(r"^[(（](\d{1,2})[)）]")
_AGENDA_REF = re.compile(r"議題\s*[(（]?(\d{1,2})[)）]?\s*(?:は|について(?:は|、|,))")  # 「議題(2)は…認める」
_ANSWER_APPROVED = re.compile(r"(?:妥当|適当|適切)である。?$|差し支えない。?$|やむを得ない(?:ものと認める)?。?$"
                              r"|(?:妥当|適当|適切)(?:なもの)?と(?:判断する|認める|認められる)。?$")
# 「ただし、…に限り、…べきである。」 right after the conclusion: the approval comes with an opinion
_PROVISO = re.compile(r"^ただし、?[^。]{4,}(?:べきである|されたい|すること|求める|望む|必要がある)。?$")
_ANSWER_REJECTED = re.compile(r"(?:妥当|適当|適切)でない|不適当|認められない。?$")
_ON_CONDITIONS = re.compile(r"条件を付(?:した上で|して|し)")
_OPINION_HEADING = re.compile(r"[付附]帯意見")
_TAGS = re.compile(r"<[^>]+>")
_DONE = re.compile(r"(?:した|された|しました)(?:こと|もの|件)(?:について|の報告)")
_TITLE_PIECE = re.compile(r".+?について(?:\s*[(（][^()（）]*[)）])?|.+$")
_CASE_NUMBER = re.compile(r"諮問第\s*(\d+)\s*号")
_TRAILING_CITATION = re.compile(r"(?:[(（][^()（）]*[)）]|。)+$")
_WRITTEN = re.compile(r"書面(?:決議|による|で|審議|表決)")
_ALL_OF_THEM = re.compile(r"いずれも|いずれの(?:案件|諮問|事項|件)も|全件|以上\d+件|以上の\d+件|各案件"
                          r"|\d+件(?:と|共)も")
# 「ただし、Xについては、…よう意見が付されました。」: the one case of those decided together that bears an opinion
_PROVISO_ON = re.compile(r"ただし、?(?P<name>[^、。「」]{2,30}?)(?:について|に関して)は、?[^。]*?"
                         r"(?:意見|条件|要望)[^。]{0,6}(?:付され|付し|付け|を付|とされ|が述べられ)")
_TITLE_LABEL = re.compile(r"(?<=について)\s*[(（](?:諮問|報告|審議|[^()（）]*条[^()（）]*)[)）]$")
_DEPT_TAG = re.compile(r"^【(?:担当課|所管課|担当部署|担当|所管)】$")
_PERIOD_END = re.compile(r"(?P<era>(?:(?:令和|平成)\s*(?:元|\d{1,2})|(?:19|20)\d{2})\s*年)"
                         r"\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*から\s*(?P<end>\d{1,2}\s*月\s*\d{1,2}\s*日)\s*まで")
_EXPLAINED = re.compile(r"^(?P<dept>[^、。をのは]{2,20}?(?:課|室|館|センター|局|所))(?:から|より)、?"
                        r"(?P<sys>[^、。をのは]{2,30}?システム)の[^、。]{0,12}?(?:に伴い|により|のため)、?"
                        r"(?:[^、。をの]{1,10}の)?(?P<items>[^。を]+?)を")
# 「令和5年6月22日の審議会において」「…日に開催された審査会で」: the meeting a case's own paragraph names
_DAY = (r"(?:平成|令和)\s*(?:元|\d{1,2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
        r"|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
_HELD_AT = re.compile(rf"(?P<d>{_DAY})(?:に開催(?:され|し)た|開催の|の)[^、。]{{0,12}}?(?:審議会|審査会|会議)"
                      r"(?:において|で|にて|に諮|は)"
                      rf"|(?:審議会|審査会|会議)\s*[(（](?P<d2>{_DAY})(?:開催)?[)）](?:において|で|にて|に諮|は)")
# 「…から諮問のあった「…について(諮問第58号)」について、本審議会は令和n年m月d日、次のとおり答申しました。」:
# an answer's one sentence naming its case and the day it answered
_ANSWERED_ON = re.compile(r"諮問(?:のあった|された|を受けた|があった)「(?P<title>[^「」]{6,}について)"
                          r"\s*(?:[(（](?:諮問)?第\s*(?P<n>\d{1,3})\s*号[)）])?」について、[^。]*?"
                          rf"(?P<d>{_DAY})[^。]*?答申(?:し|する|いた)")
# 「事務局が用意した「Xについて(答申)(案)」を審議した」: a meeting's result page names its case by the draft answer
_DRAFT_ANSWER = re.compile(r"「(?P<title>[^「」]{6,}について)\s*[(（]答申[)）]\s*[(（]案[)）]」を(?:審議|協議|検討)")
_MARKER_CUE = re.compile(r"諮問|報告|審議事項|議題")
_MARKS = ("【", "○", "◯", "●", "■", "・")
_STARTS = frozenset("【○◯●■・日開-*0123456789")
_CUE_CHAR = re.compile(r"[年月./会議諮報つ承否認書答]")


def _has_date(text: str) -> bool:
    return ("年" in text and "月" in text) or "." in text or "/" in text


def _has_cue(text: str) -> bool:
    """Whether a line can say anything about a case (a date, a heading, a marker, a title, a decision).

    Most of a question-and-answer record cannot: one scan over a character class rejects most of its
    lines, and a chain of substring tests the rest, several times faster than one regex alternation.
    """
    if text[0] in _STARTS and (text.startswith(_MARKS) or text[0] in "日開" or len(text) <= 20):
        return True
    if text[0] in "[(（" and "担当" in text[:4]:
        return True  # 「[担当課：…]」 under a title
    if not _CUE_CHAR.search(text):
        return False  # one scan over a character class rejects most lines of a discussion
    return (_has_date(text) or "会議" in text or "議事" in text or "審議会" in text or "諮問" in text
            or "報告" in text or "について" in text or "承" in text or "否決" in text or "認められ" in text
            or "書面" in text or "答申" in text)


_ITEM_MARKED = re.compile(r"^\s*(?:[(（]\d{1,2}[)）]|\d{1,2}[.．])")


def _under_another_item(lines: list[Line], index: int, current: _Case) -> bool:
    """The line right above is a numbered agenda item other than the open case's own (nor one of its parts)."""
    above = next((line for line in reversed(lines[:index]) if not line.blank), None)
    return (above is not None and above.no != current.line.no and bool(_ITEM_MARKED.match(above.text))
            and all(part[1].no != above.no for part in current.parts))


@dataclass
class _Case:
    title: str
    line: Line
    date: str | None
    reported: bool
    departments: list[str] = field(default_factory=list)
    parts: list[tuple[str, Line, list[str]]] = field(default_factory=list)  # sub-items and their depts
    decision: str = "unknown"
    listed: list[str] = field(default_factory=list)
    open: bool = True
    number: str | None = None  # 諮問第N号: an agenda line and the minutes' heading name one case
    recipient: str | None = None  # 「ア 提供先 X」 under the title
    source: str | None = None  # 「ア 提供元 X課 Y事務」 under the title
    explained_by: tuple[str, str] | None = None  # 「X課から、Yシステムの更新に伴い…」: (department, system)
    said: str = ""  # what the record says of a case taken up by order, up to the next case taken up
    said_lines: list[int] = field(default_factory=list)  # the lines below its own that say it
    just_approved: bool = False  # an answer's conclusion approved it on the line before
    loose_date: bool = False  # dated by the last date above, no meeting's: the date its own paragraph gives wins
    answered: bool = False  # an answer letter's subject (「…について（答申）」): a case even naming only a kind


def _last_date(text: str, line: int, problems: list[Diagnostic]) -> str | None:
    dates = _DATE.findall(text)
    return safe_date(dates[-1], line, problems) if dates else None


def _ends_as_title(text: str) -> bool:
    """「…について」, also with the citation after it: 「…について（条例第9条第2項第4号）」."""
    return compact(_TRAILING_CITATION.sub("", text.strip())).endswith("について")


def _is_case_title(text: str) -> bool:
    """A consultation title: 「…することの…（条例第N条…）について」, not a section heading about flows."""
    flat = compact(text)
    if flat.startswith(("○", "◯", "●", "■", "◆")):
        return False  # a section heading of a 諮問書 (「○公益上の必要性について」)
    if not _ends_as_title(flat):
        return False
    cited = "条例第" in flat or "条第" in flat
    return cited or (flow_kind(flat) is not None and "こと" in flat)


def _table_cases(table: Table, problems: list[Diagnostic], heading_date: str | None = None) -> list[_Case]:
    """Cases of a summary table; a table with no date column takes the date of the heading above it."""
    cases: list[_Case] = []
    date = None if "meeting_date" in table.roles else heading_date
    for row in table.rows:
        content = _TAGS.sub(" ", row.get("council_content") or "")
        if row.get("meeting_date"):  # an empty date cell: another case of the meeting above
            date = _last_date(row.get("meeting_date") or "", row.line.no, problems)
        decision = decision_of(row.get("decision") or "") or "unknown"
        content = re.sub(r"諮問案件の審議|報告案件|報告事項", " ", content)
        for piece in _TITLE_PIECE.findall(content):  # 「…について（条例第N条…）」: the citation stays with its title
            title = compact(piece).lstrip("・-").strip()
            number = _CASE_NUMBER.match(title)
            title = title[number.end():].strip() if number else title
            if title and (_is_case_title(title) or (_ends_as_title(title) and flow_kind(compact(title)))):
                department = row.get("department")
                cases.append(_Case(title, row.line, date, "報告" in (row.get("council_content") or "")[:8],
                                   decision=decision, open=False, number=number.group(1) if number else None,
                                   departments=[department] if department and is_department(department) else []))
    return cases


def _heading_date(lines: list[Line], header_no: int, problems: list[Diagnostic]) -> str | None:
    """The date in the few lines above a table's header (「…審議会（令和6年1月22日開催）」)."""
    for line in reversed(lines[max(0, header_no - 6):header_no - 1]):
        if line.text and _has_date(line.text) and _DATE.search(line.text):
            return _last_date(line.text, line.no, problems)
    return None


# 「・第2回 令和5年10月5日」「第2回会議：…」: the date a page lists for each session of the year
_SESSION_DATE = re.compile(rf"^[・\-*●○]?\s*第\s*(?P<n>\d{{1,2}})\s*回(?:会議|審議会|審査会)?\s*[:：]?\s*(?P<d>{_DAY})")
# 「第2回審議会において」「第2回の審査会で」: the session a case's own paragraph names
_SESSION_NAMED = re.compile(r"第\s*(?P<n>\d{1,2})\s*回(?:の)?[^、。]{0,12}?(?:審議会|審査会|会議)"
                            r"(?:において|で|にて|に諮|は)")


def _session_dates(lines: list[Line], problems: list[Diagnostic]) -> dict[str, str]:
    """The date of each numbered session a page lists on a line of its own (the first listing of a number counts).

    >>> from ...layout.lines import split_lines
    >>> _session_dates(split_lines("開催状況\\n・第1回 令和5年6月22日\\n・第2回 令和5年10月5日"), [])
    {'1': '2023-06-22', '2': '2023-10-05'}
    """
    out: dict[str, str] = {}
    for line in lines:
        listed = _SESSION_DATE.match(line.text.strip()) if "回" in line.text and len(line.text) <= 60 else None
        day = safe_date(listed.group("d"), line.no, problems) if listed and listed.group("n") not in out else None
        if day:
            out[listed.group("n")] = day
    return out


def _prose_cases(lines: list[Line], skip: set[int], problems: list[Diagnostic]) -> list[_Case]:
    cases: list[_Case] = []
    meeting_date = last_date = None
    pending_heading_date = 0
    marker: str | None = None
    marker_at = 0  # a marker's title follows it closely: 「(2) 27諮問第2号」 then the title's lines
    marker_number: str | None = None
    current: _Case | None = None
    meeting_start = 0  # the first case of the meeting being read
    all_decided: str | None = None  # 「…2件の諮問が審議され、いずれも適当と答申された」 before the cases are named
    answering = False  # inside an 答申 letter: its date is the case's, its 結論 and 付帯意見 the decision
    joined_away: set[int] = set()  # continuation lines of a title broken mid-word, already read with it
    by_agenda_number: dict[str, _Case] = {}  # 「(2)…について（諮問）」: minutes later decide 「議題(2)は…」
    consulted_by_number: dict[str, _Case] = {}  # the cases put to the council, by their agenda number
    sessions = _session_dates(lines, problems)  # 「・第2回 令和5年10月5日」: a case said of 「第2回審議会」 is dated so
    for index, line in enumerate(lines):
        text = line.text
        if not text or line.no in skip or index in joined_away:
            continue
        broken = _broken_title(lines, index, skip)
        if broken:
            text = broken[0]
            joined_away.update(broken[1])
        if "答申" in text and _ANSWER.search(text):
            answering, meeting_date = True, last_date or meeting_date
        elif answering and cases:
            _answer_decision(cases[-1], text)
            dated = _DATE.match(text.strip()) if cases[-1].date is None else None
            if dated and (dated.end() == len(text.strip()) or _SIGNED.fullmatch(text.strip()[dated.end():].strip())):
                # the letter's date, signed below, maybe with the council's name on the same line
                cases[-1].date = safe_date(dated.group(0), line.no, problems)
        subject = _SUBJECT.match(text) if answering and text[0] == "件" else None
        if subject:  # 「件名：…に関する件」: the answer's subject is its case
            current = _Case(compact(subject.group("title")), line, meeting_date or last_date, False,
                            number=marker_number)
            cases.append(current)
            marker = marker_number = None
            continue
        several = decision_for_numbers(text) if consulted_by_number else None
        if several:  # 「諮問事項(1)(2)について、承認した」: the decision of each case the line names
            for number in several[1]:
                case = consulted_by_number.get(number)
                if case is not None and case.decision == "unknown":
                    case.decision = several[0]
            continue
        referred = _AGENDA_REF.search(text) if "議題" in text and by_agenda_number else None
        decided = decision_of(text) if referred else None
        if decided and referred.group(1) in by_agenda_number:  # 「議題(2)は…を付して認めることとします」
            case = by_agenda_number[referred.group(1)]
            if case.decision == "unknown":
                case.decision = decided
            continue
        told = _CONSULTED_IN_PROSE.search(text) if "諮問" in text and "「" in text else None
        if told and decision_of(text):  # a news report: the case, its meeting's date and decision in one sentence
            dated = _DATE.search(text[:told.start()])
            current = _Case(compact(told.group("title")), line,
                            safe_date(dated.group(0), line.no, problems) if dated
                            else met_on(lines, line.no) or meeting_date or last_date, False)
            current.decision = decision_of(text) or "unknown"
            cases.append(current)
            continue
        ordinal = list(_ORDINAL_QUOTE.finditer(text)) if "目" in text and ("「" in text or "『" in text) else []
        if ordinal:  # 「1件目の「Xについて」、説明を…」: a record run on in one line, each case up to the next
            for number, found in enumerate(ordinal):
                labelled = _LABELLED_DATE.search(text, 0, found.start())
                date = (safe_date(labelled.group("d"), line.no, problems) if labelled
                        else met_on(lines, line.no) or meeting_date or last_date)  # 「10月26日に開催…審議会」 above
                current = _Case(compact(found.group("title")), line, date, False)
                current.said = text[found.end():ordinal[number + 1].start() if number + 1 < len(ordinal) else None]
                if number + 1 == len(ordinal):  # the last case of the line: what follows is said of it
                    below, current.said_lines = _said_below(lines, index, skip)
                    current.said += below
                current.decision = decision_of(current.said) or "unknown"
                cases.append(current)
            if current.decision == "unknown" and _ALL_OF_THEM.search(current.said):
                for earlier in cases[-len(ordinal):]:  # 「以上2件とも了承」 after the last case
                    earlier.decision = decision_of(current.said) or earlier.decision
            continue
        answered = _ANSWERED_ON.search(text) if "諮問" in text and "「" in text else None
        if answered:  # the answer's case, dated by the day it says it answered; its conclusions below decide it
            current = _Case(compact(answered.group("title")), line,
                            safe_date(answered.group("d"), line.no, problems) or meeting_date or last_date, False,
                            number=answered.group("n"))
            cases.append(current)
            answering = True
            continue
        drafted = _DRAFT_ANSWER.search(text) if "答申" in text and "「" in text else None
        if drafted:  # 「…が用意した「Xについて(答申)(案)」を審議した」: the answer the meeting adopted is the case
            current = _Case(compact(drafted.group("title")), line, meeting_date or last_date, False)
            cases.append(current)
            answering = True
            continue
        concluded = _CONCLUDED_ON.search(text) if "諮問" in text and "「" in text else None
        if concluded:  # an answer's conclusion on the title it was consulted on: 「…諮問のあった「X」は、…適当である」
            current = _Case(compact(concluded.group("title")), line, meeting_date or last_date, False)
            current.decision = decision_of(concluded.group("rest")) or "unknown"
            _answer_decision(current, concluded.group("rest").rstrip("。"))
            cases.append(current)
            continue
        quoted = (_QUOTED_BY_NUMBER.search(text) or _NUMBER_AFTER_QUOTE.search(text)
                  if "「" in text and "号" in text else None)
        if quoted:  # a news report: 「…、諮問第1号「Xについて」である。」, the meeting dated above
            closed = decision_of(text[:quoted.start()]) if current is not None and current.open else None
            if closed:  # 「第5号は承認とします。続いて第6号「…」です。」: the decision closes the case before
                current.decision = closed
            if current is not None:
                current.open = False
            current = _Case(compact(quoted.group("title")), line, met_on(lines, line.no) or meeting_date or last_date,
                            quoted.group("kind") == "報告", number=quoted.group("n"))
            current.decision = decision_of(text[quoted.end():]) or all_decided or "unknown"
            cases.append(current)
            continue
        if current is None and all_decided is None and _ALL_OF_THEM.search(text) and "件" in text:
            all_decided = decision_of(text)  # said of every case of the meeting before any is named
        bracketed = _BRACKETED_SUBJECT.match(text.strip()) if answering else None
        if bracketed:
            text = bracketed.group("title")
        bullet = _BULLET.match(text) if current is not None and current.open and not current.parts else None
        if bullet:
            role, value = bullet.group(1), bullet.group(2).strip()
            if role.endswith("先"):
                current.recipient = value
            elif role.endswith("元") or role == "保有課":
                current.source = value
            else:
                current.listed = split_items(value)  # a stated list: as written
            continue
        explained = (_EXPLAINED.match(text) if current is not None and current.open and not current.listed
                     and not current.explained_by and "システム" in text else None)
        if explained:  # the prose under the title names the holder, its system and the items
            current.explained_by = (explained.group("dept"), explained.group("sys"))
            current.listed = clean_items(explained.group("items"))[0]
            continue
        if not _has_cue(text):
            if pending_heading_date:
                pending_heading_date -= 1
            continue
        found = _DATE.findall(text) if _has_date(text) else []
        if found:
            last_date = safe_date(found[-1], line.no, problems) or last_date
        loose = current is not None and current.open and current.loose_date
        held = _HELD_AT.search(text) if found and loose else None
        session = _SESSION_NAMED.search(text) if loose and not held and sessions and "回" in text else None
        if held:  # 「令和5年6月22日の審議会において、…答申しました」 under the case: the meeting that took it up
            day = held.group("d") or held.group("d2")
            current.date, current.loose_date = safe_date(day, line.no, problems) or current.date, False
        elif session and session.group("n") in sessions:  # 「第2回審議会において」: the date listed for that session
            current.date, current.loose_date = sessions[session.group("n")], False
        elif (len(text) <= 80 and ("審議会" in text or "会議" in text or "議事" in text) and _MEETING.search(text)
              and not text.rstrip().endswith("の表")):  # 「…会議録の表」: the caption of the record, no new meeting
            meeting_date = safe_date(found[0], line.no, problems) if found else None
            pending_heading_date, current, meeting_start, all_decided = 5, None, len(cases), None
            continue
        if pending_heading_date and meeting_date is None and found and not _PAGE_DATE.search(text):
            meeting_date = safe_date(found[0], line.no, problems)
        if found and (text.lstrip()[0] in "日開" or text.lstrip()[0].isdigit()) and _WHEN.match(text.lstrip()):
            meeting_date = safe_date(found[0], line.no, problems)
        if found and "書面" in text and _WRITTEN.search(text) and not text.endswith("について"):
            period = _PERIOD_END.search(text)  # 「令和5年6月1日から6月7日まで」: the year is the first day's
            end = period.group("era") + period.group("end") if period else found[-1]
            meeting_date = safe_date(end, line.no, problems)  # a 書面決議 period: its last day
            if period and current is not None and current.open and meeting_date:
                current.date = meeting_date  # decided in writing after the meeting
        if pending_heading_date:
            pending_heading_date -= 1
        if current is not None and current.open:
            if text[0] == "【" and _DEPT_TAG.match(text):  # 「【担当課】」 with the department on the next line
                following = next((ln for ln in lines[index + 1:index + 3] if not ln.blank), None)
                if following is not None and is_department(following.text.strip()):
                    (current.parts[-1][2] if current.parts else current.departments).append(following.text.strip())
                    joined_away.add(lines.index(following))
                continue
            dept = (_DEPT.match(text) if text[0] == "【" else _DEPT_LABELLED.match(text) if text[0] in "[(（"
                    else None)
            if dept and _under_another_item(lines, index, current):
                continue  # 「(3) 報告第2号 …」 then 「【C課】」: the department of an item that is no case
            if dept:  # 「【A課、B課】」, 「[担当課：C部 D課]」: each department named
                names = [name.replace(" ", "") for name in re.split(r"[、,]", dept.group(1)) if name.strip()]
                (current.parts[-1][2] if current.parts else current.departments).extend(names)
                continue
            if _LISTED.match(text):
                following = next((ln for ln in lines[index + 1:index + 4] if not ln.blank), None)
                if following is not None:
                    current.listed = clean_items(following.text)[0]
                continue
            decision = decision_of(text) if ("承認" in text or "否決" in text or "了承" in text
                                             or "認められ" in text or "と認める旨" in text or "答申" in text
                                             or "認めること" in text) else None
            if decision:
                current.decision = decision
                if _ALL_OF_THEM.search(text):  # 「以上2件は、いずれも原案のとおり承認された」
                    proviso = _PROVISO_ON.search(text)
                    together = cases[meeting_start:]
                    named = [case for case in together if proviso and compact(proviso.group("name")) in case.title]
                    if len(named) == 1:  # 「いずれも承認。ただし、Xについては…意見が付された」: X alone with it
                        decision = decision_of(text[:proviso.start()]) or "approved"
                        named[0].decision = "approved_with_opinion"
                    for earlier in together:
                        if earlier.decision == "unknown" or earlier is current and earlier not in named:
                            earlier.decision = decision
                continue
        match = _MARKER.match(text) if _MARKER_CUE.search(text) else None
        run_on = run_on_items(match.group(2)) if match and match.group(1) == "議題" else []
        if run_on:  # 「議題:(1)Xについて(諮問第1号)(2)Yについて(報告)」: one case per item put to the council
            for item in run_on:
                if not item.reported:
                    current = _Case(compact(item.title), line, meeting_date or last_date, False, number=item.number,
                                    loose_date=meeting_date is None, open=False)
                    cases.append(current)
            marker = marker_number = None
            continue
        if match and len(text) <= 40 + len(match.group(2)):
            marker, marker_at = match.group(1), index
            number = _CASE_NUMBER.match(marker)
            marker_number = number.group(1) if number else None
            if current is not None:
                current.open = False
            current = None
            rest = _MORE_NUMBERS.sub("", match.group(2).strip())  # 「諮問第8号・9号」: the numbers are no title
            inner = _MARKER.match(rest) if rest and (rest[0] in "(（0123456789" or rest.startswith("諮問")) else None
            if inner and _CASE_NUMBER.match(inner.group(1)):  # 「議題 (1) 諮問第3号 Xについて」: the case's own number
                marker, rest = inner.group(1), inner.group(2).strip()
                marker_number = _CASE_NUMBER.match(marker).group(1)
            told = _TOLD_AFTER_LABEL.match(rest) if marker == "議題" else None
            if told:  # 「議題:報告事項 Xについて,Yについて」: what follows the label is only reported
                marker, rest = "報告事項", rest[told.end():]
                topics = [part for part in re.split(r"(?<=について)[、,，]", compact(rest)) if part]
                if all(is_report_topic(part) or flow_kind(part) is None for part in topics):
                    marker = marker_number = None  # how often data was handed over, registrations: no case
                    continue
            if compact(rest) in ("について", "については"):  # 「(1) 諮問第3号について」: the minutes take it up
                marker = marker_number = None
                continue
            if rest and not _ends_as_title(rest) and marker_number and run_on_title(rest):
                rest = run_on_title(rest) or rest  # 「諮問第1号 Xについて及び」: the chair's sentence runs on
            if not rest or not (_ends_as_title(rest) or rest.endswith("】") and _TAGGED_TITLE.match(rest)):
                if len(rest) >= 8 and not rest.startswith(("(", "（", "【", "[")):
                    marker = marker_number = None  # the marker's line said something else: no title to wait for
                continue
            text = rest
        tagged = _TAGGED_TITLE.match(text) if text.endswith(("】", ")", "）")) else None
        if tagged and tagged.group(3) and (_NUMBERED.match(text) or _titled_elsewhere(lines, index, tagged.group(1))):
            tagged = None  # a numbered item (the agenda reads its bracket), or a list of themes beside a title
        if tagged:
            text = tagged.group(1)  # 「（１）…について【こども家庭課】」: the department that brings the item
        titled = "について" in text and _ends_as_title(text)
        numbered = _NUMBERED.match(text) if (titled or len(text) <= 20) else None
        if (titled and numbered and current is not None and current.open and not flow_kind(compact(current.title))
                and _is_case_title(numbered.group(1))):
                current.parts.append((numbered.group(1), line, []))
                continue
        if marker is not None and index - marker_at > 12:
            marker = marker_number = None  # what follows far below is not the marker's title
        if titled and text.count("」") > text.count("「"):
            titled = False  # 「書」について」: the tail of a title broken elsewhere, not a title
        if titled and (marker is not None or _is_case_title(text)
                       or (tagged and flow_kind(compact(text)) is not None)
                       or (answering and text.endswith(("(答申)", "（答申）")))  # the answer letter's subject
                       or bracketed is not None
                       or (numbered and text.endswith(("(諮問)", "（諮問）")))):  # an agenda item put to the council
            title = compact(numbered.group(1) if numbered else text).lstrip("・•")
            title = re.sub(r"[(（]答申[)）]$", "", title)
            title = (_lead_in(lines, index, skip) if not numbered else "") + title
            current = _Case(title, line, meeting_date or last_date, bool(marker and "報告" in marker),
                            number=marker_number if marker else None, loose_date=meeting_date is None,
                            answered=answering and text.endswith(("(答申)", "（答申）")))
            if tagged:  # 「【A課、B課】」: each department named
                named = tagged.group(2) or tagged.group(3)
                current.departments.extend(name.replace(" ", "") for name in re.split(r"[、,]", named) if name.strip())
            agenda_number = _AGENDA_NUMBER.match(text) if numbered else None
            if agenda_number:
                by_agenda_number[agenda_number.group(1)] = current
                if not current.reported:
                    consulted_by_number.setdefault(agenda_number.group(1), current)
            cases.append(current)
            marker = marker_number = None
            continue
        if numbered and len(text) <= 20 and current is not None:
            current.open = False  # the next agenda item (「3 その他」)
            marker = None
    dated = _dates_by_number(lines, problems) if any(case.date is None and case.number for case in cases) else {}
    for case in cases:
        if case.date is None and case.number in dated:
            case.date = dated[case.number]  # the record's 「諮問第14号については…日の会議において」
    return cases


# 「諮問第14号については令和2年11月16日の会議において、諮問第15号については同年12月14日の会議において」: an answer's
# account of how each consultation was dealt with dates it by the meeting that deliberated it
_DEALT_WITH_ON = re.compile(r"諮問第\s*(?P<n>\d{1,3})\s*号(?:について)?(?:は|については)、?"
                            rf"(?P<d>{_DAY}|同年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日)の(?:会議|審査会|審議会)")


_YEAR_WRITTEN = re.compile(r"(?:令和|平成)\s*(?:元|\d{1,2})\s*年|(?:19|20)\d{2}\s*年")


def _dates_by_number(lines: list[Line], problems: list[Diagnostic]) -> dict[str, str]:
    """The date of the meeting the record says dealt with each numbered consultation; 「同年」 is the year before it.

    >>> from ...layout.lines import split_lines
    >>> told = "諮問第3号については令和2年11月16日の会議において、諮問第4号については同年12月14日の会議で審議した。"
    >>> _dates_by_number(split_lines(told), [])
    {'3': '2020-11-16', '4': '2020-12-14'}
    """
    out: dict[str, str] = {}
    for line in lines:
        if "諮問" not in line.text or "の会議" not in line.text and "の審" not in line.text:
            continue
        era = None
        for found in _DEALT_WITH_ON.finditer(line.text):
            written = found.group("d")
            if written.startswith("同年") and era:
                written = era + written[2:]
            day = safe_date(written, line.no, problems)
            if day and found.group("n") not in out:
                out[found.group("n")] = day
            year = _YEAR_WRITTEN.match(found.group("d"))
            era = year.group(0) if year else era
    return out


_MOST_SAID = 40


def _said_below(lines: list[Line], index: int, skip: set[int]) -> tuple[str, list[int]]:
    """The record below a case taken up by order, up to the next case taken up (or a new meeting): its text and
    lines."""
    said, used = "", []
    for line in lines[index + 1:index + 1 + _MOST_SAID]:
        if not line.text or line.no in skip:
            continue
        if "目" in line.text and _ORDINAL_QUOTE.search(line.text) or _MEETING.search(line.text[:60]):
            break
        said += line.text
        used.append(line.no)
    return said, used


_MORE_NUMBERS = re.compile(r"^(?:(?:[・、,]|及び)\s*(?:第\s*)?\d{1,3}\s*号)+\s*")
_LEAD_IN = re.compile(r"(?:ための|における|に伴う|に係る|に関する)$")


def _lead_in(lines: list[Line], index: int, skip: set[int]) -> str:
    """The first half of a title broken before its subject (「Xのための」 / 「個人情報の目的外利用について」)."""
    before = next((ln for ln in reversed(lines[max(0, index - 2):index]) if ln.text), None)
    if before is None or before.no in skip or len(before.text) > 40 or not _LEAD_IN.search(before.text):
        return ""
    return compact(before.text)


_CONTINUES = re.compile(r"^(?![【○◯●■◆・\-*(（]|\d{1,2}[\s.)．]|[0-9０-９]+\s)")


def _unclosed(text: str) -> bool:
    return text.count("(") + text.count("（") > text.count(")") + text.count("）")


def _broken_title(lines: list[Line], index: int, skip: set[int]) -> tuple[str, list[int]] | None:
    """A numbered title broken by the PDF conversion mid-word (「…の目的外利」 / 「用について（…）」), rejoined.

    The first line does not end a title; one or two following lines continue it (no numbering, no
    bracketed tag or bullet) until the join ends as one (「…について」, also with its citation).
    """
    text = lines[index].text
    if not (text[0] in _TITLE_OPENERS or text[0].isdecimal() or text[0].isspace()):
        return None  # no numbering nor marker can start here: most lines are passed over without a pattern
    if (len(text) > 80 or text.endswith(("。", "）", ")", "】")) or not (_NUMBERED.match(text) or _MARKER.match(text))
            or _ends_as_title(text)):  # the numbering first: most lines have none
        return None
    joined, used = text, []
    nxt = index
    marker = _MARKER.match(text)  # a case's number alone: its title is on the next line that says anything
    spaced = bool(marker and _CASE_NUMBER.match(marker.group(1)) and not _MORE_NUMBERS.sub("", marker.group(2))
                  and _set_apart(lines, index))
    for _step in (1, 2):
        nxt += 1
        while nxt < len(lines) and not lines[nxt].text and (_unclosed(joined) or _JOINS_ON.search(joined) or spaced):
            nxt += 1  # a line emptied by the joining of wrapped prose, inside an open bracket or after 「及び」
        if nxt >= len(lines) or lines[nxt].no in skip:
            return None
        more = lines[nxt].text
        if not more or len(more) > 80 or not _CONTINUES.match(more) or more.endswith("。") or _MARKER.match(more):
            return None  # 「議題」 then 「諮問第3号 …」: the next line opens an item of its own
        joined, used = joined + more, [*used, nxt]
        if _ends_as_title(joined) or _TAGGED_TITLE.match(compact(joined)):  # 「…について【A課、B課】」 too
            return (joined, used) if "について" in joined else None
    return None


def _set_apart(lines: list[Line], index: int) -> bool:
    """Whether line ``index`` and the two lines around it each stand between single blank lines, as every line of a
    double-spaced page does: a blank line below it is then no break."""
    def blank(at: int) -> bool:
        return 0 <= at < len(lines) and not lines[at].text and not lines[at].cells
    return all(blank(index + step) for step in (-3, -1, 1, 3)) and not any(blank(index + step) for step in (-2, 2))


# the characters _NUMBERED or _MARKER can begin with, besides a digit or a space
_TITLE_OPENERS = frozenset("・-*(（【[諮報審議")
_JOINS_ON = re.compile(r"(?:及び|並びに|又は|、)$")  # a title cut after its conjunction goes on below a blank line


def _bracketed_titles(lines: list[Line]) -> list[str]:
    """The lines that can hold a title with a bracket after it, compacted once for every case."""
    return [compact(line.text) for line in lines
            if line.text.endswith((")", "）", "】")) and "について" in line.text]


def _titled_elsewhere(lines: list[Line], index: int, title: str) -> bool:
    """Whether another line of the page carries the same title on its own (「X」 there, 「X（A課）」 here)."""
    key = compact(title.lstrip("・•-* "))
    return any(at != index and compact(line.text).endswith(key) for at, line in enumerate(lines) if line.text)


def _departments_beside(candidates: list[str], title: str) -> list[str]:
    """The department bracketed beside the same title elsewhere (a page's list of themes: 「…について（X課）」)."""
    key = compact(_TITLE_LABEL.sub("", title))
    if len(key) < 12:
        return []
    for flat in candidates:
        at = flat.find(key)
        beside = _BESIDE.match(flat[at + len(key):]) if at >= 0 else None
        if beside:
            names = [name for name in re.split(r"[、,・]", beside.group("d")) if name]
            if names and all(is_department(name) for name in names):
                return names
    return []


_BESIDE = re.compile(r"^\s*[(（【](?P<d>[^()（）【】]+)[)）】]$")


def _answer_decision(case: _Case, text: str) -> None:
    """An 答申's conclusion: 「…は、妥当である。」 approves; a 付帯意見 section after it, or a proviso right after it
    (「ただし、…べきである。」), adds an opinion."""
    proviso, case.just_approved = case.just_approved and _PROVISO.match(text), False
    if case.decision == "approved" and (proviso or len(text) <= 20 and _OPINION_HEADING.search(text)):
        case.decision = "approved_with_opinion"
    elif case.decision == "unknown" and _ANSWER_APPROVED.search(text) and _ON_CONDITIONS.search(text):
        case.decision = "approved_with_opinion"  # 「次に掲げる条件を付した上で、妥当である。」
    elif case.decision == "unknown" and _ANSWER_REJECTED.search(text):
        case.decision = "rejected"
    elif case.decision == "unknown" and _ANSWER_APPROVED.search(text):
        case.decision, case.just_approved = "approved", True


def _states_more(case: _Case, than: _Case) -> bool:
    """The fuller statement of one case: it names a hand-over (or cites more) where the other does not."""
    def weight(c: _Case) -> tuple[bool, int, int]:
        return flow_kind(compact(c.title)) is not None, len(articles_of(c.title)), len(c.title)
    return weight(case) > weight(than)


def _dedupe(cases: list[_Case]) -> list[_Case]:
    """One case per title, and per 諮問第N号 (the agenda's short title and the minutes' full one)."""
    kept: dict[str, _Case] = {}
    for case in cases:
        key = "no:" + case.number if case.number else re.sub(r"[()（）「」\s]", "", canonical_name(case.title))
        first = kept.get(key)
        if first is None:
            kept[key] = case
            continue
        if case.number and _states_more(case, first):
            first.title, first.line, first.parts = case.title, case.line, case.parts or first.parts
            first.reported = first.reported and case.reported
        for dept in case.departments:
            if dept not in first.departments:
                first.departments.append(dept)
        first.listed = first.listed or case.listed
        if first.decision == "unknown":
            first.decision = case.decision
    return list(kept.values())


_BARE_HEADING = re.compile(r"^(?:個人情報の)?(?:目的外利用|外部提供|オンライン結合|本人以外からの収集)"
                           r"(?:(?:・|及び|又は|並びに)(?:目的外利用|外部提供|オンライン結合|本人以外からの収集))*"
                           r"(?:の状況|等)?について$")


def _apply_bullets(case: _Case, made: list[Flow]) -> None:
    """The ends an agenda item's sub-bullets name (ア 提供先 / ア 提供元) complete the flows its title states."""
    for flow in made:
        if case.recipient:
            department, businesses = parse_party(case.recipient)
            if not department and not businesses:
                flow.recipient_external, flow.recipient_department = case.recipient, None
                flow.recipient_business = flow.recipient_business or _for_business(compact(case.title))
            elif department:
                flow.recipient_department = department
                flow.recipient_business = businesses[0] if businesses else flow.recipient_business
        if case.source:
            business, department = split_business_department(case.source)
            department, businesses = (department, [business]) if department else parse_party(case.source)
            if department or businesses:
                if flow.source_department and not flow.recipient_department and flow.source_department != department:
                    flow.recipient_department = flow.source_department  # the 【課】 brings it: it receives
                flow.source_department = department
                flow.source_business = businesses[0] if businesses else None


_ANNOUNCED = re.compile(r"[(（]諮問第\s*(?P<first>\d+)\s*号(?P<rest>(?:\s*(?:[・、,]|及び)\s*(?:諮問)?第?\s*\d+\s*号)+)"
                        r"[)）]$")


def _announces(case: _Case, found: list[_Case]) -> bool:
    """A title bracketing two or more case numbers, each taken up on another case's own line: an agenda line that
    only announces those cases."""
    bracket = _ANNOUNCED.search(compact(case.title))
    if bracket is None:
        return False
    numbers = [bracket.group("first"), *re.findall(r"(\d+)\s*号", bracket.group("rest"))]
    others = [compact(other.line.text) for other in found if other.line.no != case.line.no]
    return all(any(f"諮問第{number}号" in text for text in others) for number in numbers)


def council_cases(lines: list[Line], tables: list[Table], skip: set[int]) -> tuple[
        list[CouncilCase], list[Flow], list[Diagnostic], set[int]]:
    """Council cases with the flows each creates, and every line that states a case (repeats too).

    Flows are not yet numbered: each case's ``flow_ids`` holds claim ids the pipeline replaces.
    """
    problems: list[Diagnostic] = []
    found: list[_Case] = []
    for table in tables:
        if "council_content" in table.roles:
            found.extend(_table_cases(table, problems, _heading_date(lines, table.header.no, problems)))
    prose = _prose_cases(lines, skip, problems)
    if any(case.date is None for case in prose):
        opening, _ = held_on([line for line in lines[:40] if line.text][:16])  # 「会議は…日、…で開催しております」
        for case in prose:
            case.date = case.date or opening
    found.extend(prose)
    stated = {case.line.no for case in found} | {part[1].no for case in found for part in case.parts}
    cases: list[CouncilCase] = []
    flows: list[Flow] = []
    bracketed = _bracketed_titles(lines) if found else []
    by_number = {line.no: line for line in lines} if found else {}
    for case in sorted(_dedupe(found), key=lambda c: c.line.no):
        if not case.departments and not case.parts and bracketed:
            case.departments = _departments_beside(bracketed, case.title)
        if not case.parts and is_rule_making(_TITLE_LABEL.sub("", case.title)):
            continue  # 「…条例の制定について」: a rule, not a handling of personal data
        if _announces(case, found):
            continue  # 「議題:…について(諮問第18号・第19号)」: the cases it names are read where each is taken up
        if (not case.parts and not case.answered
                and _BARE_HEADING.match(_CASE_NUMBER.sub("", compact(case.title)).strip())):
            continue  # a section heading naming only the kind of hand-over (「報告事項2 目的外利用について」)
        if (case.reported and case.decision == "unknown" and not case.parts and not articles_of(case.title)
                and flow_kind(compact(case.title)) is None):
            continue  # a report on some other matter (運用状況, 登録の報告) is not a consultation
        if not case.parts and is_report_topic(case.title):
            continue  # 「…の運用状況について」「…開始届等について」: a report to the council, no consultation
        basis = "unknown" if case.reported and not articles_of(case.title) else "council"
        business = case_business(case.title)
        made: list[Flow] = []
        unread: list[Diagnostic] = []
        if case.parts:
            for title, line, depts in case.parts:
                made.extend(consultation_flows(title, line.no, line.quote, departments=depts, business=business,
                                               basis=basis))
        else:
            told: list[bool] = []
            said_on = [by_number[no] for no in sorted(case.said_lines) if no in by_number]

            def completed(flows: list[Flow], said: str = case.said, said_on: list[Line] = said_on,
                          told: list[bool] = told) -> list[Flow]:
                out = with_holders(flows, said, said_on)
                told.append(out is not flows)
                return out

            titled, unread = title_flows(case.title, case.line.no, case.line.quote, departments=case.departments,
                                         basis=basis, items=case.listed or None,
                                         complete=completed if case.said else None)
            if any(told):
                stated.update(case.said_lines)  # what completed the title's flows is read
            made.extend(titled)
            problems.extend(unread)
        if case.recipient or case.source:
            _apply_bullets(case, made)
        for flow in made if case.explained_by else []:
            if not flow.source_department and not flow.source_business:
                flow.source_department, flow.source_business = case.explained_by
        articles = articles_of(" ".join([case.title, *(part[0] for part in case.parts)]))
        if not articles and case.said:  # the ordinance the explanation cites (「条例第N条第M項に基づき…伺う」)
            articles = [article for article in articles_of(case.said) if "条例" in article][:1]
            for flow in made:
                flow.basis_text = flow.basis_text or (articles[0] if articles and flow.basis == "council" else None)
        if not made and not unread and flow_kind(compact(case.title)):
            problems.append(Diagnostic(case.line.no, "warning", f"council case names a hand-over but no flow "
                                                                f"could be read: {case.title[:60]}"))
        if case.reported and _DONE.search(compact(case.title)):
            flows.extend(made)  # a report of a hand-over already made (「…したことについて」) is no case of its own
            continue
        title = _TITLE_LABEL.sub("", case.title)  # 「…について（諮問）」, 「…について（条例第N条）」: the label apart
        record = CouncilCase(date=case.date, title=title, articles=articles, decision=case.decision,
                             line=case.line.no, quote=case.line.quote)
        record.flow_ids = claim_ids(made, "council")  # claims, replaced by f-numbers once flows are numbered
        cases.append(record)
        flows.extend(made)
    return cases, flows, problems, stated


def whole_flows(cases: list[CouncilCase], flows: list[Flow]) -> tuple[list[Flow], list[Diagnostic], list[Restate]]:
    """The case flows that name a recipient once every council reader had its say; the others as diagnostics, and
    the cases restated without them.

    A title such as 「…の外部提供に関する個人情報の取扱いについて」 states a kind but no recipient: a flow
    without one would be half a fact, so a person is told what was read instead.
    """
    whole: list[Flow] = []
    problems: list[Diagnostic] = []
    half: set[str] = set()
    for flow in flows:
        if flow.recipient_department or flow.recipient_business or flow.recipient_external:
            whole.append(flow)
            continue
        half.add(claim_id(flow, "council"))
        held = flow.source_department or flow.source_business or "holder not stated"
        problems.append(half_flow(flow, f"council case states a {flow.kind} ({held}) but names no recipient: "
                                        f"{(flow.quote or '')[:60]}"))
    restated = [Restate(CaseAt(at), (), frozenset(half.intersection(case.flow_ids)))
                for at, case in enumerate(cases) if half.intersection(case.flow_ids)]
    return whole, problems, restated
