"""Council agenda lists (議題 / 議事 / 審議項目 / 諮問事項): every item of the list is read, not only the first.

The genre: minutes and meeting pages open with the meeting's date (「日時」「開催日」「とき」, on the same line
or the next) and a list of what the council dealt with. Items are numbered 「(1)」「1.」「1)」, lettered
「ア」「イ」, bulleted 「・」「-」, circled 「①」; a group heading (「(2) 諮問に係る審議」, 「ア 条例第9条に基づく
…について」) has sub-items, and a sub-item may be only the name of the matter in quotes with the department
that brings it (「・「Xシステム」(Y局)」). What is a case:

- a leaf item whose title reads as a subject: it ends 「…について」 (labels such as 「(新規諮問)」 stripped),
  or carries a 諮問 label, or is a quoted name, or is cut by the end of the excerpt;
- not the approval of earlier minutes, 「その他」, appeals and disclosure requests (不服, 審査請求, 開示請求),
  rule-making (「…の改正について」), nor an item labelled or titled 報告 (its flows are read, basis unknown);
- the articles of the group heading above a quoted item are the case's articles.

A title that states a hand-over gives flows (:func:`~.consult.consultation_flows`); 「…こと及び…こと」 and
「…の目的外利用及び提供」 are one flow per kind; the purpose 「Xのために」 is the recipient business when the
title names no other; the bracketed department receives a 目的外利用 or a collection and holds what is
provided; 「Aが、…」 opening the title is that actor. A flow that still lacks a recipient is a diagnostic.

>>> text = ("4 議題\\n(1) 緑が丘地区の見守り事業における住民情報の目的外利用について(新規諮問)【地域福祉課】"
...         "\\n5 議事要旨")
>>> reading = read(split_lines(text), set())
>>> [(c.title, c.line) for c in reading.cases]
[('緑が丘地区の見守り事業における住民情報の目的外利用について', 2)]
>>> [(f.recipient_department, f.recipient_business, f.kind, f.basis) for f in reading.flows]
[('地域福祉課', '緑が丘地区の見守り事業', 'purpose_outside_use', 'council')]
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from ....normalize import nfkc
from ....records import CouncilCase, Diagnostic, Flow, Registration
from ...layout.lines import Line, lines_above, split_lines  # noqa: F401 - the doctests use split_lines
from ...model import claim_ids
from ...reading import Reading
from ...text.dates import iso_or_none
from ...text.explanations import provided_as_explained
from ...text.items import compact
from ...text.meetings import held_on
from ...text.names import is_business, is_department
from .consult import articles_of, flow_kind, is_report_topic, is_rule_making, run_on_title
from .decisions import decision_for_numbers, decision_of
from .holders import discussion_of, item_alone, with_holders
from .papers import consulted_papers
from .title_flows import title_flows

__all__ = ["combine", "meeting_date", "read"]

_DATE = re.compile(r"(?:明治|大正|昭和|平成|令和)\s*(?:元|\d{1,2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
                   r"|(?:19|20)\d{2}\s*[年/.\-]\s*\d{1,2}\s*[月/.\-]\s*\d{1,2}\s*日?")
_DATE_ALONE = re.compile(r"^(?:(?:平成|令和)\s*(?:元|\d{1,2})|(?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
                         r"\s*(?:[(（][月火水木金土日](?:曜日?)?[)）])?\s*(?:(?:午前|午後)?\s*\d{1,2}\s*[時:：][^。、]{0,20})?$")
# a label 「日時」, or an answer's 「答申日」 opening its line
_WHEN_LABEL = re.compile(r"(?:日\s*時|開\s*催\s*日\s*時?|と\s*き|^[•・]?\s*答\s*申\s*日)\s*[:：]?")
_HEADING = re.compile(r"^(?:[-・◇◆■□●○〇◯]\s*)?(?:\d{1,2}\s*[.．)]?\s*)?(?:[(（]\d{1,2}[)）]\s*)?[【\[]?\s*"
                      r"(?P<word>議\s*題(?:\s*等)?|議\s*事|審議項目|審議事項|審議案件|諮問(?:された|した)?事項|会議次第"
                      r"|次\s*第|案\s*件|(?:本日|今回)(?:審議|付議)(?:した|する|された)案件)"
                      r"\s*[】\]]?\s*[:：]?$")
_GROUP_OF_ITEMS = re.compile(r"^\d{1,2}\s*[.．]?\s*(?:諮問|審議|協議)(?:事項|案件)(?:について)?$")
_STOP = re.compile(r"^(?:[-・]\s*)?(?:\d{1,2}\s*[.．]?\s*|[(（]\d{1,2}[)）]\s*)?[【\[]?"
                   r"(?:議事概要|議事要旨|議事の概要|議事内容|会議の概要|審議の概要|審議経過|会議経過|議事経過|概要|配布資料|配付資料|会議資料"
                   r"|資料|(?:審議|会議)の?結果|(?:報告事項|報告案件|報告)[】\]]?\s*[:：]?$)|^[※◇◆]")
_MARKER = re.compile(r"^(?P<m>[(（]\s?\d{1,2}\s?[)）]|\d{1,2}[)）]|\d{1,2}[.．](?!\d)|[ア-ン](?=[\s．.、「]|諮問第)"
                     r"|[・\-*○◯●◆◇■□]"
                     r"|(?:審議|報告|諮問)\s*\d{1,2}(?=[\s:：.．]))"
                     r"\s*(?P<t>\S.*)$")
_CIRCLED = re.compile(r"^\s*[①-⑳]\s*(?P<t>\S.*)$")
_QUOTED = re.compile(r"^(?:[・\-*○◯●◆◇■□]\s*)?「(?P<t>[^」]+)(?:」|$)\s*(?:[(（](?P<d>[^()（）]+)[)）])?\s*$")
_REGISTERED = re.compile(r"^(?P<biz>.+?(?:業務|事務|事業|システム))(?:の登録)?(?:について)?\s*[【\[(（]"
                         r"(?P<action>新規|変更|廃止|登録|追加)[】\])）](?:[(（]報告[)）])?$")
_NAME = r"[^・、\s【】()（）]+?(?:業務|事務|事業|システム)"
_REGISTERED_IN_CELL = re.compile(r"(?P<biz>" + _NAME + r"(?:(?:及び|、)" + _NAME + r")*)(?:の登録)?について\s*"
                                 r"[【\[(（](?P<action>新規|変更|廃止|登録|追加)[】\])）]")
_ACTIONS = {"新規": "new", "登録": "new", "追加": "new", "変更": "modify", "廃止": "abolish"}
# (「(第2回)」: the session taking the item up, a label too)
_LABEL = re.compile(r"\s*[(（【](?P<l>(?:新規|継続)?諮問|報告|審議|協議|継続審議|第\s*\d{1,2}\s*回)"
                    r"(?:事項|案件)?[)）】]\s*$")
_TAGGED = re.compile(r"\s*(?:【(?P<a>[^】]+)】|\[(?:担当課?|所管課?)?[:：]?\s*(?P<b>[^\]]+)\]"
                     r"|[(（](?:(?:担当課?|所管課?|担当部署|説明|説明者|所管)\s*[:：]\s*)?(?P<c>[^()（）]+)[)）])\s*$")
_MANAGED = re.compile(r"^(?P<d>[^()（）、]{2,20}?)(?:主管|所管)の[^()（）、]{2,40}?(?:事務|業務|事業)$")
_HELD_PART = re.compile(r"^(?P<d>[^()（）、の]{2,20}?)(?:主管|所管)の(?P<x>[^()（）、]{2,40})$")
_HELD_BRACKET = re.compile(r"[(（](?P<n>[^()（）]+)[)）]\s*$")
_MANAGED_IN = re.compile(r"[(（](?P<d>[^()（）、]{2,20}?)(?:主管|所管)の"
                         r"(?P<b>[^()（）、]{2,40}?(?:事務|業務|事業))[)）]")
_DEPT_LINE = re.compile(r"^(?:【(?P<a>[^】]+)】"
                        r"|[\[(（](?:担当課?|所管課?|担当部署)\s*[:：]\s*(?P<b>[^\])）]+)[\])）])$")
_BARE_DEPT = re.compile(r"^[(（](?P<d>[^()（）]{2,30})[)）]$")
_NOT_A_CASE = re.compile(r"承認について$|の承認$|(?:議事録|会議録|議事要旨)の?(?:確認|承認)|^その他|不服"
                         r"|審査請求|異議申立|開示請求|開示決定|諮問受理")
_LABELLED_ITEM = re.compile(r"^(?:案\s*件|件\s*名|議\s*題)\s*[:：\s]\s*"
                            r"(?P<t>[^:：]{4,}について(?:[(（][^()（）]*[)）])?)\s*$")
_INLINE_START = re.compile(r"(?:諮問事項|審議項目|審議事項|議題|議事|審議)\s*(?=[(（]?1[)）.．])")
_INLINE_ITEM = re.compile(r"[(（]?(?P<n>\d{1,2})[)）.．](?!\d)")
_ANSWERED = re.compile(r"(?<!\d)(?P<m>\d{1,2})/(?P<d>\d{1,2})(?!\d).{0,20}答申")
_EXPLAINED_TO = re.compile(r"(?:^|[:：、。\s])(?:(?P<items>[^、。:：を\s]{2,20})を、?)?"
                           r"(?P<to>[^、。をにへ\s:：]{2,20}?)(?:へ|に)(?:情報を|データを)?(?:外部)?提供する")
_OWN_NUMBER = re.compile(r"^(?P<n>\d{1,2})(?!\d)\s*(?P<p>[.．)）]?)\s*(?=\S)")
_NUMBERED_CASE = re.compile(r"^(?:\d+\s*)?(?:諮問|報告|審議|議案)\s*(?:第\s*\d+\s*号|案件|事項)")
_MARKER_ALONE = re.compile(r"^(?:[(（]\d{1,2}[)）]\s*)?(?:\d{1,4}\s*|元)?(?P<kind>諮問|報告)\s*第\s*\d+\s*号$")
_FOLIO = re.compile(r"^[-‐－―—]\s*\d{1,3}\s*[-‐－―—]$")
_JOINS_ON = re.compile(r"(?:及び|並びに|又は|、)$")
_CITATION_END = re.compile(r"(?:[(（][^()（）]*条[^()（）]*[)）]|。)+$")


@dataclass
class _Item:
    title: str
    line: Line
    departments: list[str] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
    labelled: bool = False  # carried a 諮問 label, or is a quoted name: a case even without 「について」
    reported: bool = False
    cut: bool = False  # ends the excerpt unfinished
    letter: str | None = None  # 「ア」 of 「諮問事項 ア …について イ …」, decided by 「アについては承認」
    number: str | None = None  # 7 of 「諮問第7号 …について」, by which the minutes discuss it


def meeting_date(lines: list[Line]) -> tuple[str | None, int | None]:
    """The meeting's date and its line: the first full date after a 「日時」 label (same line or within the next
    two), else the date on an opening line that names the meeting (「…審議会（令和5年10月3日開催）」).
    A date that cannot exist gives ``None`` with its line.

    >>> meeting_date(split_lines("更新日:2020年1月5日\\n1 日時 令和元年12月3日(火)"))
    ('2019-12-03', 2)
    """
    for index, line in enumerate(lines[:80]):
        label = _WHEN_LABEL.search(line.text) if any(cue in line.text for cue in "時催き申") else None
        if not label:
            continue
        found = _DATE.search(line.text, label.end())
        if found and found.start() - label.end() <= 400:
            return iso_or_none(found.group()), line.no
        for below in lines[index + 1:index + 3] if len(line.text) <= 24 else ():  # the label alone, its value below
            found = _DATE.search(below.text)
            if found:
                return iso_or_none(found.group()), below.no
    for line in lines[:12]:
        found = _DATE.search(line.text) if ("開催" in line.text or "審議会" in line.text) else None
        if found:
            return iso_or_none(found.group()), line.no
    said = held_on(lines[:16])  # 「…会議は令和5年3月2日、」 then 「本庁舎で開催しております。」
    if said[0] is not None:
        return said
    for line in lines[:12]:  # the 「日時」 label lost in conversion: its value alone on a line near the top
        if _DATE_ALONE.match(line.text.strip()):
            return iso_or_none(_DATE.search(line.text).group()), line.no
    return said


def _is_department(name: str) -> bool:
    return is_department(name) or name.endswith(("役所", "事務局"))


def _held_in(name: str) -> list[tuple[str, str]]:
    """(department, data) of each 「A課主管のP情報」 a bracket lists; none when a part names a business it runs.

    >>> _held_in("保険課主管の被保険者情報及び福祉課主管の認定情報")
    [('保険課', '被保険者情報'), ('福祉課', '認定情報')]
    """
    parts = [_HELD_PART.match(part.strip()) for part in re.split(r"及び|並びに|、", name) if part.strip()]
    if not parts or not all(parts) or any(re.search(r"(?:事務|業務|事業)$", part.group("x")) for part in parts):
        return []
    return [(part.group("d").replace(" ", ""), part.group("x")) for part in parts if _is_department(part.group("d"))]


def _split_title(text: str) -> tuple[str, list[str], bool, bool]:
    """(title, departments, labelled, reported) of an item's text: labels and the departments beside it apart."""
    departments: list[str] = []
    labelled = reported = False
    bare = _BARE_REPORT.match(text)
    if bare:  # 「報告 …について」: the label, then the title
        text, reported = text[bare.end():], True
    for _ in range(3):
        label = _LABEL.search(text)
        if label:
            labelled = labelled or "諮問" in label.group("l")
            reported = reported or label.group("l") == "報告"
            text = text[:label.start()]
            continue
        tagged = _TAGGED.search(text)
        name = next((g for g in tagged.groups() if g), "") if tagged else ""
        held = _held_in(name)  # 「(A課主管のP情報及びB課主管のQ情報)」: who holds what is used
        name = "、".join(department for department, _ in held) if held else name
        name = _MANAGED.sub(r"\g<d>", name)  # 「(A課主管のX事務)」: the department that runs the business
        names = [n.replace(" ", "") for n in re.split(r"[、,・]", name) if n.strip()]
        if tagged and names and all(_is_department(n) for n in names):
            departments = departments or names
            text = text[:tagged.start()]
            continue
        break
    text = text.strip()
    if text.endswith("について報告"):
        text, reported = text[:-2], True  # 「…の運用状況について報告」
    if _CITATION_END.search(text) and compact(_CITATION_END.sub("", text)).endswith("について"):
        text = _CITATION_END.sub("", text).strip()  # 「…について（条例第9条）」: the article is read apart
    return text, departments, labelled, reported


def _section(lines: list[Line], start: int) -> list[Line]:
    """The lines of the agenda list below its heading, up to the next heading or summary.

    A heading numbered 「2. 議題」 ends at a later number of its own style (「3. 閉会」).
    """
    own = _OWN_NUMBER.match(_dash(lines[start].text))
    out: list[Line] = []
    bracketed: list[int] = []  # the 「(n)」 numbers of the list so far
    for line in lines[start + 1:start + 60]:
        text = _dash(line.text)
        if not text:
            continue
        number = _POSITION.match(text)
        if number and bracketed and int(number.group(1)) <= bracketed[-1]:
            break  # 「(1)諮問事項」 again after 「(3)その他」: the record of the meeting begins
        if number:
            bracketed.append(int(number.group(1)))
        same = _OWN_NUMBER.match(text) if own else None
        if same and same.group("p") == own.group("p") and int(same.group("n")) > int(own.group("n")):
            break
        if _STOP.match(text) or (re.match(r"^\d{1,2}(?!\d)\s*[.．]?\s*\S", text) and not _MARKER.match(text) and out
                                 and not _GROUP_OF_ITEMS.match(text)):
            break  # 「3. 閉会」; but 「2 諮問事項について」 heads the list's next group
        if _GROUP_OF_ITEMS.match(text):
            bracketed = []  # its items are numbered 「(1)」 again
        if out and (len(text) > 80 or text.endswith("。")) and not _MARKER.match(text) and not _QUOTED.match(text):
            break  # the minutes' prose begins (a long line, or a sentence)
        out.append(line)
    return out


def _dash(text: str) -> str:
    """「- (1)…」: the list dash of a web page's conversion is no marker of its own."""
    return text[2:].strip() if text.startswith(("- ", "• ")) and len(text) > 2 else text.strip()


def _items(section: list[Line], last_no: int, groups: set[int]) -> list[_Item]:
    """Leaf items of one agenda list; group headings (their lines go to ``groups``) pass their articles down.

    An item numbered as a case (「諮問第3号 …」, 「報告事項 …」) is left to :mod:`.council`, which reads those.
    """
    entries: list[tuple[str, str, Line]] = []  # (marker kind, text, line)
    for line in section:
        text = _dash(line.text)
        if _FOLIO.match(text):
            continue  # 「-2-」: the page's number, no item
        if entries and entries[-1][0] == "#" and _unfinished_after_number(entries[-1][1]) and len(text) <= 60:
            kind, before, first = entries[-1]
            entries[-1] = (kind, before + text, first)  # 「諮問第7号 …の目的外利用及び」 goes on below: no item
            groups.add(line.no)
            continue
        if _NUMBERED_CASE.match(compact(_MARKER.sub(r"\g<t>", text))):
            entries.append(("#", text, line))
            continue
        quoted = _QUOTED.match(text)
        marker = _MARKER.match(text)
        if quoted:
            entries.append(("「", text, line))
        elif marker:
            kind = marker.group("m")
            reported = kind.startswith("報告")
            kind = ("(" if kind[0] in "(（" else "ア" if "ア" <= kind[0] <= "ン" else "審" if kind[0] in "審報諮"
                    else kind[-1] if kind[0].isdigit() else "・")
            entries.append((kind, marker.group("t").lstrip(":：.． ") + ("(報告)" if reported else ""), line))
        elif entries and entries[-1][0] == "#" and len(text) <= 80 and _ends_as_item(text):
            entries.append(("・", text, line))  # 「イ諮問第3号」 then its title alone: an item under the number
        elif (entries and entries[-1][0] != "「" and not _ends(entries[-1][1]) and len(text) <= 60
              and not text.rstrip().endswith("。")):  # a sentence of its own is no wrapped title
            kind, before, first = entries[-1]
            entries[-1] = (kind, before + text, first)  # a title wrapped onto the next line
            groups.add(line.no)
        elif entries and (_DEPT_LINE.match(text) or _BARE_DEPT.match(text)
                          and _is_department(_BARE_DEPT.match(text).group("d").replace(" ", ""))):
            kind, before, first = entries[-1]
            entries[-1] = (kind, before + text, first)  # the department on the line below the title
            groups.add(line.no)
        elif len(text) <= 80 and _ends_as_item(text):
            entries.append(("", text, line))  # an item written without a marker, one a line (two at least)
    if sum(kind == "" for kind, _, _ in entries) < 2:
        entries = [entry for entry in entries if entry[0] != ""]  # one unmarked title is no list: the council's
    order: list[str] = []
    for kind, _, _ in entries:
        if kind not in order and kind != "#":  # a case's number line is no level of the list
            order.append(kind)
    order.append("#")
    out: list[_Item] = []
    articles: dict[int, list[str]] = {}
    consulted: set[int] = set()  # levels of a group heading labelled 「(諮問)」: its sub-items are consultations
    for index, (kind, text, line) in enumerate(entries):
        level = order.index(kind)
        following = next((entry for entry in entries[index + 1:] if entry[0] != "#"), None)
        articles = {depth: found for depth, found in articles.items() if depth < level}
        consulted = {depth for depth in consulted if depth < level}
        if kind == "#":
            continue
        if following is not None and order.index(following[0]) > level:
            found = articles_of(text)
            if found:
                articles[level] = found
            if _split_title(text)[2]:
                consulted.add(level)
            groups.add(line.no)
            continue  # a group heading: its sub-items are the cases
        if kind == "「":
            quoted = _QUOTED.match(text)
            title, beside = quoted.group("t").strip(), (quoted.group("d") or "").replace(" ", "")
            department = [beside] if beside and _is_department(beside) else []
            labelled = True
            cut = not text.rstrip().endswith(("」", ")", "）")) and line.no == last_no
            title, inner, _, reported = _split_title(title)
            department = department or inner
        else:
            title, department, labelled, reported = _split_title(text)
            labelled = labelled or bool(consulted)
            cut = line.no == last_no and not _ends(title)
        inherited = [a for depth in sorted(articles) for a in articles[depth]]
        out.append(_Item(title, line, department, articles_of(text) or inherited, labelled, reported, cut,
                         letter=_dash(line.text)[0] if kind == "ア" and consulted else None))
    letters = Counter(item.letter for item in out if item.letter)
    for item in out:  # 「ア」 under two heads: 「アについては承認」 cannot tell which
        item.letter = item.letter if letters[item.letter] == 1 else None
    return out


_CONSULTATION_NAMED = re.compile(r"(?:に関する|についての)諮問$")  # 「「X」の例外事項に関する諮問(課)」


_MORE_NUMBERS = re.compile(r"^(?:(?:及び|並びに|・|、|,|と)?(?:諮問|報告)?第?\d+号)+")


def _unfinished_after_number(text: str) -> bool:
    """「諮問第7号 …の目的外利用及び」, 「諮問第12号 …台帳情報の」: the title after the number goes on below."""
    if _JOINS_ON.search(text):
        return True
    flat = compact(_MARKER.sub(r"\g<t>", text))
    numbered = _NUMBERED_CASE.match(flat)
    rest = _MORE_NUMBERS.sub("", flat[numbered.end():]) if numbered else ""  # 「諮問第61号及び諮問第62号」: no title
    return len(rest) >= 6 and not _ends(rest) and not rest.endswith("。")


def _ends_as_item(text: str) -> bool:
    title, _, labelled, _ = _split_title(text)
    return labelled or compact(title).endswith("について") or bool(_CONSULTATION_NAMED.search(compact(title)))


def _ends(title: str) -> bool:
    return compact(title).endswith(("について", "」", ")", "）", "】", "]"))


_PROSE = re.compile(r"。\S|(?:こと)?について(?:の)?(?:説明|報告)(?:が|を)(?:あ|行)")  # a sentence, no title


def _is_case(item: _Item) -> bool:
    flat = compact(item.title)
    if not flat or _NOT_A_CASE.search(flat) or is_rule_making(flat) or is_report_topic(flat) or _PROSE.search(flat):
        return False
    return flat.endswith("について") or item.labelled or item.cut or bool(_CONSULTATION_NAMED.search(flat))


def _inline_items(line: Line, last_no: int) -> list[_Item]:
    """A whole agenda on one line (a PDF transcript): 「審議項目 1.Xについて 2.Yについて …」."""
    flat = compact(line.text)
    starts = list(_INLINE_START.finditer(flat))
    if not starts:
        return []
    body = flat[starts[-1].end():]
    items: list[_Item] = []
    expected, position = 1, 0
    marks: list[tuple[int, int]] = []
    for match in _INLINE_ITEM.finditer(body):
        if int(match.group("n")) == expected and match.start() >= position:
            marks.append((match.start(), match.end()))
            expected, position = expected + 1, match.end()
    for number, (_, end) in enumerate(marks):
        stop = marks[number + 1][0] if number + 1 < len(marks) else len(body)
        segment = body[end:stop]
        lettered = list(_LETTERED.finditer(segment))
        if len(lettered) >= 2:  # 「諮問事項ア Xについて イ Yについて」: one case per lettered sub-item
            for match in lettered:
                title, department, _, reported = _split_title(match.group("t"))
                items.append(_Item(title, line, department, articles_of(title), "諮問" in segment[:lettered[0].start()]
                                   or bool(match.group("label")), reported, letter=match.group("letter")))
            continue
        head, said, tail = segment.partition("について")
        numbered = _CASE_PREFIX.match(head)
        if numbered:  # 「諮問第7号 …について」「報告 …について」 in a run-on agenda: the label is no part of the title
            head = head[numbered.end():]
        tag = _TAG_AFTER.match(tail) if said else None
        if said:
            title = head + said + (tag.group(0) if tag else "")
        elif number + 1 == len(marks) and line.no == last_no and len(segment) <= 80:
            title = segment  # the excerpt stops inside the last title
        else:
            continue
        title, department, labelled, reported = _split_title(title)
        if numbered:
            labelled, reported = labelled or bool(numbered.group("c")), reported or bool(numbered.group("r"))
        items.append(_Item(title, line, department, articles_of(title), labelled, reported, not said,
                           number=numbered.group("n") if numbered else None))
    return items


_BARE_REPORT = re.compile(r"^報告(?:事項)?(?:\s+|\s*[:：]\s*)(?=\S)")
_POSITION_MARK = re.compile(r"^(?:[(（]\d{1,2}[)）]|\d{1,2}[.．)）])\s*")
_CASE_PREFIX = re.compile(r"^(?:(?P<c>諮問)第(?P<n>\d{1,3})号|(?P<r>報告)(?:第\d{1,3}号|事項)?)")
_TAG_AFTER = re.compile(r"^【[^】]{2,40}】")


# A lettered sub-item: the letter stands before a kanji or hiragana (「オンライン…」 starts with no letter).
_LETTERED = re.compile(r"(?P<label>(?:諮問|審議|報告)事項)?(?P<letter>[ア-コ])(?=[^\sァ-ヶー\d])"
                       r"(?P<t>.{1,80}?について)")


def _result_below(lines: list[Line], item: _Item) -> str | None:
    """The decision stated on one of the few lines under a labelled item, before any other item."""
    below = [line for line in lines if line.no > item.line.no][:3]
    for line in below:
        if _LABELLED_ITEM.match(line.text):
            return None
        decision = decision_of(line.text)
        if decision:
            return decision
    return None


def _lettered_decision(lines: list[Line], item: _Item) -> str | None:
    """「それでは、アについては承認といたします」: the decision the minutes give a lettered item."""
    letter = re.escape(item.letter or "")
    said = re.compile(rf"(?:(?<![ァ-ヶー])[ア-コ](?:及び|、|・))*{letter}(?:(?:及び|、|・)[ア-コ](?![ァ-ヶー]))*"
                      r"(?:(?:について|に関して|の件)は?|は)、?[^。ア-コ]{0,20}")  # 「ア及びイについて、…承認」
    for line in lines:
        if line.no < item.line.no or item.letter is None:
            continue
        for match in said.finditer(compact(line.text)):
            decision = decision_of(match.group(0))
            if decision:
                return decision
    return None


_MATERIAL = re.compile(r"\s*資料\s*\d{1,2}(?:[-－]\d{1,2})?$")  # the paper handed out for the item, beside it


def _circled(lines: list[Line], last_no: int) -> list[_Item]:
    """①②③ points a consultation lists (「次の5点を諮問し」): one case each."""
    items: list[_Item] = []
    for index, line in enumerate(lines):
        if not ("①" <= line.raw.lstrip()[:1] <= "⑳") or not _CIRCLED.match(line.raw):
            continue
        if not items:
            above = lines_above(lines, index, 3)
            if above and "①" <= above[-1].raw.lstrip()[:1] <= "⑳":
                continue  # a later point of a list whose first was no consultation's
            before = [ln.text for ln in above if ln.text]
            if not before or "諮問" not in before[-1]:
                continue
        elif items[-1].line.no < line.no - 2:
            break
        said = nfkc(_CIRCLED.match(line.raw).group("t")).strip()
        below = _MATERIAL.sub("", lines[index + 1].text.strip()) if index + 1 < len(lines) else ""
        if _DEPT_LINE.match(below):
            said += below  # 「【A課】  資料1」 on the line below: the department in charge
        numbered = _CASE_PREFIX.match(said)  # 「②諮問第6号 Xについて」: the number is no part of the title
        title, department, labelled, reported = _split_title(said[numbered.end():].strip() if numbered else said)
        consulted, told = bool(numbered and numbered.group("c")), bool(numbered and numbered.group("r"))
        items.append(_Item(title, line, department, articles_of(title), labelled or consulted, reported or told,
                           line.no == last_no and not _ends(title), number=numbered.group("n") if numbered else None))
    return items


def _below_markers(lines: list[Line], last_no: int) -> list[_Item]:
    """「(1) 27諮問第1号」 alone on its line, the title on the lines below, wrapped at the form's width; in a
    transcript the title ends at its 「について」 and the chair's sentence runs on (「…について及び」)."""
    items: list[_Item] = []
    for index, line in enumerate(lines):
        marker = _MARKER_ALONE.match(line.text) if "号" in line.text else None
        if not marker:
            continue
        parts: list[Line] = []
        for below in lines[index + 1:index + 4]:
            text = below.text
            wrapped = not parts or len(parts[-1].text) >= 18  # a short line ends the title
            if len(text) <= 2 or _MARKER_ALONE.match(text) or _MARKER.match(text) or not wrapped:
                break
            if text.startswith(("○", "◯", "〇")) or "。" in text.split("について")[0]:
                break  # a speaker's turn, a sentence ended before any 「について」: no title
            parts.append(below)
            if _ends(text) or run_on_title(text):
                break
        if not parts:
            continue
        joined = "".join(part.text for part in parts)
        title, department, labelled, reported = _split_title(run_on_title(joined) or joined)
        items.append(_Item(title, parts[0], department, articles_of(title), True,
                           reported or marker.group("kind") == "報告", parts[-1].no == last_no and not _ends(title)))
    return items


def _answer(lines: list[Line]) -> tuple[str | None, str | None]:
    """A reported 答申 dated by month and day only (「1/31…答申は「不可」」): its date and decision.

    The year is that of the nearest full date above (the page's own date), one earlier if the month and day
    come after it.
    """
    reference = None
    for line in lines[:40]:
        full = _DATE.search(line.text)
        if full and reference is None:
            reference = iso_or_none(full.group())
        answered = _ANSWERED.search(line.text) if "答申" in line.text else None
        if answered and reference:
            month, day = int(answered.group("m")), int(answered.group("d"))
            year = int(reference[:4]) - ((month, day) > (int(reference[5:7]), int(reference[8:10])))
            date = iso_or_none(f"{year}年{month}月{day}日")
            if date is None:
                return None, None  # 「2/30」: no such day, so no date of an answer
            tail = line.text[answered.end():]
            decision = ("rejected" if re.search(r"不可|認めない|否", tail) else
                        "approved" if re.search(r"[「]可[」]|妥当|認める", tail) else None)
            return date, decision
    return None, None


def _flows(item: _Item, basis: str) -> tuple[list[Flow], list[Diagnostic]]:
    flows, problems = title_flows(item.title, item.line.no, item.line.quote, departments=item.departments,
                                  basis=basis, articles=item.articles)
    bracket = _HELD_BRACKET.search(item.line.text)
    held = _held_in(bracket.group("n")) if bracket else []
    if held and flows and all(flow.kind == "purpose_outside_use" for flow in flows):
        # each holder named with its data is a source; the user is the title's purpose, no department of it
        used = flows[0]
        flows = [replace(used, source_department=department, source_business=None, recipient_department=None,
                         items=[data]) for department, data in held]
    managed = _MANAGED_IN.search(item.line.text)
    for flow in flows if managed else []:  # 「(A課主管のX事務)」: what A provides is held in X
        if (flow.source_department == managed.group("d") and not flow.source_business
                and flow.kind in ("external_provision", "online_connection")):
            flow.source_business = managed.group("b")
    return flows, problems


def _where_repeated(lines: list[Line], titles: set[str], claimed: set[int]) -> set[int]:
    """Later headings that repeat an agenda title (the minutes' own sections): read already."""
    out: set[int] = set()
    for line in lines:
        if line.no in claimed or not line.text or "について" not in line.text and "(" not in line.text:
            continue
        flat = compact(_LABEL.sub("", line.text))
        if any(len(title) >= 8 and flat.endswith(title) for title in titles):
            out.add(line.no)
    return out


def read(lines: list[Line], consumed: set[int]) -> Reading:
    """Cases of every agenda list in the document, with the flows their titles state and the lines read."""
    reading = Reading()
    visible = [line for line in lines if line.text and not line.cells and line.no not in consumed]
    if not visible:
        return reading
    last_no = visible[-1].no
    date, _ = meeting_date(visible)  # an impossible date is reported once, by the council reader's date scan
    found: list[_Item] = []
    for index, line in enumerate(visible):
        text = line.text
        if len(text) <= 16 and _HEADING.match(_dash(text)):
            listed = _items(_section(visible, index), last_no, reading.not_cases)
            if listed:
                reading.not_cases.add(line.no)  # the list's heading is no case (nor the items joined onto it)
            found.extend(listed)
        elif len(text) > 150 and ("議" in text or "諮問" in text) and _INLINE_START.search(compact(text)):
            found.extend(_inline_items(line, last_no))
        elif _LABELLED_ITEM.match(text):  # 「案件 Xについて」: the label and its one item on a line
            said = _POSITION_MARK.sub("", _LABELLED_ITEM.match(text).group("t").strip())
            numbered = _CASE_PREFIX.match(said)  # 「議題 (1) 諮問第3号 Xについて」: the number is no part of the title
            title, departments, labelled, reported = _split_title(said[numbered.end():].strip() if numbered else said)
            found.append(_Item(title, line, departments, articles_of(title), labelled or bool(numbered and
                                                                                         numbered.group("c")),
                               reported or bool(numbered and numbered.group("r")), False,
                               number=numbered.group("n") if numbered else None))
    found.extend(_below_markers(visible, last_no))
    if not any(_is_case(item) for item in found):  # no agenda: the papers handed out for each consultation
        found.extend(_Item(paper.title, paper.line, articles=articles_of(paper.title), labelled=True,
                           number=paper.number) for paper in consulted_papers(visible))
    circled = _circled(visible, last_no)
    answered_on, answered = _answer([line for line in lines if line.text]) if circled else (None, None)
    by_no = {line.no: line for line in visible}
    seen: set[str] = {compact(_split_title(_MARKER.sub(r"\g<t>", by_no[no].text))[0])  # a group's title repeated
                      for no in reading.not_cases if no in by_no}  # over the record of its cases is no case
    # a consultation's circled points first: their answer's date and decision are theirs, not the meeting's
    for item, when, decision, point in [*((i, answered_on or date, answered, True) for i in circled),
                                        *((i, date, None, False) for i in found)]:
        if _PROSE.search(compact(item.title)):
            continue  # a sentence of the record, no item of the list: left to the readers of prose
        if point and not _is_case(item):
            continue  # a point the consultation lists as a statement (「①A課が保有する…を、B課が…」): prose's
        reading.claimed.add(item.line.no)
        if item.reported and _REGISTERED.match(compact(item.line.text)):
            reading.not_cases.add(item.line.no)  # a registry change reported: registry_agenda's, not a case
            continue
        if not _is_case(item) and not (item.reported and flow_kind(compact(item.title))
                                       and not is_report_topic(item.title)):
            reading.not_cases.add(item.line.no)
            continue
        key = compact(item.title)
        if key in seen:
            continue
        seen.add(key)
        basis = "unknown" if item.reported and not item.articles else "council"
        made, problems = _flows(item, basis)
        if not made and problems and flow_kind(compact(item.title)) in ("online_connection", "collection_from_others"):
            explain = (_explained_connection if flow_kind(compact(item.title)) == "online_connection"
                       else _explained_collection)
            connected, said_on = explain(visible, item, basis)
            if connected is not None:  # the department's explanation names the contractor's service
                made, problems = [connected], []
                reading.claimed.add(said_on)
        if not made and problems and flow_kind(compact(item.title)) == "external_provision":
            explained, said_on = _explained_provision(visible, item, basis)
            if explained is not None:  # the explanation under the repeated title names the recipient
                made, problems = [explained], []
                reading.claimed.add(said_on)
        said, said_on = _discussion(visible, item)
        completed = with_holders(made, said, [line for line in visible if line.no in said_on])
        if completed is not made:
            made = completed
            if all(flow.source_department or flow.source_business or flow.source_external for flow in made):
                reading.claimed.update(said_on)  # else the explanation is left whole to the readers of minutes
        reading.flows.extend(made)
        reading.diagnostics.extend(problems)
        if item.reported:
            reading.not_cases.add(item.line.no)
            continue  # a report to the council is no consultation: its flows only
        decision = decision or (_lettered_decision(visible, item) if item.letter else None)
        decision = decision or (decision_of(said) if said else None)
        if decision is None and _LABELLED_ITEM.match(item.line.text):
            decision = _result_below(visible, item)  # 「案件 Xについて」 then 「結果 承認」
        case = CouncilCase(date=when, title=item.title, articles=item.articles, decision=decision or "unknown",
                           line=item.line.no, quote=item.line.quote)
        case.flow_ids = claim_ids(made, "agenda")
        reading.cases.append(case)
    reading.registrations.extend(_registered_in_tables(lines))
    flat = [compact(line.text) for line in visible] if reading.cases else []
    titles_read = {compact(case.title) for case in reading.cases}
    for case in reading.cases:
        if case.decision == "unknown":
            case.decision = (_decided(visible, flat, case, titles_read) or _decided_inline(visible, case, titles_read)
                             or _decided_by_number(visible, case) or "unknown")
    titles = {compact(case.title) for case in reading.cases}
    if titles:
        reading.not_cases |= _where_repeated(visible, titles, reading.claimed) | _group_headings(visible, titles)
    reading.claimed |= reading.not_cases
    return reading


_POSITION = re.compile(r"^[(（](\d{1,2})[)）]")


def _discussion(lines: list[Line], item: _Item) -> tuple[str, list[int]]:
    """What the minutes say of an item: under its 諮問第N号, or under 「諮問事項(N)」 for the N-th item of the list."""
    if item.number:
        return discussion_of(lines, item.number, item.line.no)
    position = _POSITION.match(item.line.text)
    return discussion_of(lines, position.group(1), item.line.no + 1, item=True) if position else ("", [])


def _explained_provision(lines: list[Line], item: _Item, basis: str) -> tuple[Flow | None, int]:
    """A provision whose title names no recipient, completed by the explanation under a later repeat of the title:
    「学習ログを大学の研究機関へ提供するものです」 → the outside recipient and the items; and the line that said so.
    """
    key = compact(item.title)
    for index, line in enumerate(lines):
        if line.no <= item.line.no or key not in compact(line.text):
            continue
        for below in lines[index + 1:index + 6]:
            if _MARKER.match(below.text) or _QUOTED.match(_dash(below.text)):
                break  # the next item
            if provided_as_explained(below.text, below.no):
                return None, 0  # stated whole (holder, business, data, recipient): the case's part reads it
            said = _EXPLAINED_TO.search(below.text)
            if said and not _is_department(said.group("to")):
                items = [said.group("items")] if said.group("items") else []
                return Flow(kind="external_provision", basis=basis, line=item.line.no, quote=item.line.quote,
                            basis_text=item.articles[0] if item.articles else None, items=items,
                            source_department=item.departments[0] if item.departments else None,
                            recipient_external=said.group("to")), below.no
        return None, 0
    return None, 0


_IN_SYSTEM = re.compile(r"^(?P<system>[^、。,]+?(?:システム|業務|事務))(?:における|に係る|の)")
_BROUGHT_BY = re.compile(r"^[,、]?(?P<dept>[^、。,]{2,15}?(?:課|室|局|センター))(?:から|より)(?:の)?説明")
_SERVICE_OF = re.compile(r"(?:[,、。]|^)(?P<ext>[^、。,]{2,30}?)が(?:提供|運営|管理)する"
                         r"(?:クラウドサービス|クラウド|サーバ|データセンター)")
_JOINED = re.compile(r"[,、](?P<items>[^。]+?)を(?:オンライン(?:で|により)?結合|オンライン結合)")


def _after_repeat(lines: list[Line], item: _Item) -> tuple[Line, str] | None:
    """The line that repeats the item's title in the record of the meeting, and what follows the title there."""
    key = compact(item.title)
    for line in lines:
        if line.no <= item.line.no:
            continue
        flat = compact(line.text)
        at = flat.find(key)
        if at >= 0:
            return line, flat[at + len(key):at + len(key) + 600]
    return None


# 「吉田課長補佐児童館の…」: a transcript's speaker, glued to what is said once spaces are dropped
_SPEAKER_ROLE = re.compile(r"^[^。,、]{1,8}?(?:課長補佐|課長|係長|主査|主幹|主任|部長|参事|室長|所長)")
_WORK_WHERE = re.compile(r"(?:[。]|^)(?:[^。,、]{0,12}\s)?(?P<biz>[^。,、\s]{2,30}?)(?:では|において)[,、]")
_TO_CHECK = re.compile(r"[,、](?P<items>[^。,、]{2,30}?)を(?:確認|把握|審査)するため[,、](?P<src>[^。,、]{2,20}?)から")


def _explained_collection(lines: list[Line], item: _Item, basis: str) -> tuple[Flow | None, int]:
    """A collection whose title names no supplier, completed by the explanation after the title's repeat
    (「…について、X課から説明… Yの審査では、Aを確認するため、Bから…」): B supplies A to X's work Y."""
    found = _after_repeat(lines, item)
    if found is None:
        return None, 0
    line, after = found
    brought = _BROUGHT_BY.match(after)
    checked = _TO_CHECK.search(after)
    if brought is None or checked is None or "本人" in checked.group("src"):
        return None, 0
    where = _WORK_WHERE.search(after[brought.end():checked.start() + 1])
    return Flow(kind="collection_from_others", basis=basis, line=line.no, quote=line.quote,
                source_external=checked.group("src"), recipient_department=brought.group("dept"),
                recipient_business=_SPEAKER_ROLE.sub("", where.group("biz")) if where else None,
                items=[checked.group("items")]), line.no


def _explained_connection(lines: list[Line], item: _Item, basis: str) -> tuple[Flow | None, int]:
    """An online connection whose title names only the system, completed by the explanation after the title's repeat
    (「…について、X課から説明…Y株式会社が提供するクラウドサービスを利用し、A、Bをオンラインで結合」)."""
    found = _after_repeat(lines, item)
    service = _SERVICE_OF.search(found[1]) if found is not None else None
    if found is None or service is None:
        return None, 0
    line, after = found
    brought = _BROUGHT_BY.match(after)
    system = _IN_SYSTEM.match(compact(item.title))
    joined = _JOINED.search(after, service.end())
    items = [part for part in re.split(r"[,、]", joined.group("items")) if part] if joined else []
    return Flow(kind="online_connection", basis=basis, line=line.no, quote=line.quote,
                source_department=brought.group("dept") if brought else None,
                source_business=system.group("system") if system else None,
                recipient_external=service.group("ext"), items=items), line.no


_BLOCK_HEAD = re.compile(r"^(?:[(（]\d{1,2}[)）]|第\s*\d{1,2}(?=\s|[^\d号回条項])|\d{1,2}\s*[.．])")
_ASSENT = re.compile(r"^[(（]「?(?:異議なし|異議無し|「異議なし」の声)")
_SPOKEN_ASSENT = re.compile(r"^「?(?:異議なし|異議無し|異議ありません)")  # the members' answer as their turn
_TURN = re.compile(r"^[(（][^()（）。]{1,10}[)）]$")  # 「(各委員)」: whose turn it is, alone on its line


def _assent_below(lines: list[Line], at: int) -> str:
    """「(異議なし)」 when the line after ``at`` assents, written beside it or as the members' own turn.

    >>> _assent_below(split_lines("認めることとしてよいか。\\n(各委員)\\n異議なし。"), 0)
    '(異議なし)'
    """
    below = [line.text.strip() for line in lines[at + 1:at + 3]]
    if below and _ASSENT.match(below[0]):
        return below[0]
    if len(below) == 2 and _TURN.match(below[0]) and _SPOKEN_ASSENT.match(below[1]):
        return "(異議なし)"
    return ""


def _head_kind(mark: str) -> str:
    return "(" if mark[0] in "(（" else mark[0] if mark[0] == "第" else "."


def _decided(lines: list[Line], flat: list[str], case: CouncilCase, titles: set[str] | None = None) -> str | None:
    """The decision the minutes record under a later repeat of the case's title (「<審議結果> …承認された」).

    The repeat opens a block that runs to the next heading of its kind (「(5)議題2」 after 「(4)議題1」, 「第2」
    after 「第1」) or to another case's title, at most 40 lines: the first decision said in it is the case's.
    The chair's question and the members' 「(異議なし)」 on the line below are read as one.
    ``flat``: the lines' compact texts, computed once for every case; ``titles``: every case's compact title.
    """
    key = compact(case.title)
    others = {title for title in titles or () if title != key and key not in title}
    for index, line in enumerate(lines):
        if line.no <= (case.line or 0) or key not in flat[index]:
            continue
        head = _BLOCK_HEAD.match(line.text.strip())
        for offset, below in enumerate(lines[index + 1:index + 41], start=index + 1):
            if key not in flat[offset] and _QUOTED.match(_dash(below.text)):
                break  # the next item's title: no decision stated for this one
            mark = _BLOCK_HEAD.match(below.text.strip()) if head is not None else None
            if offset > index + 4 and (any(title in flat[offset] for title in others)
                                       or mark is not None and _head_kind(mark.group()) == _head_kind(head.group())):
                break  # the next case's block
            text = below.text + _assent_below(lines, offset)
            decision = decision_of(text)
            if decision:
                return decision
        return None
    return None


def _decided_inline(lines: list[Line], case: CouncilCase, titles: set[str]) -> str | None:
    """The decision a record written on one line states after a later repeat of the case's title, before the next
    case's title: the first sentence there that decides (「…承認することが適当と答申したいと思いますが、…」)."""
    own = next((line for line in lines if line.no == case.line), None)
    if own is None or len(own.text) < 300:
        return None
    flat, key = compact(own.text), compact(case.title)
    at = flat.find(key)
    while at >= 0:
        start = at + len(key)
        ends = [found for title in titles if title != key and (found := flat.find(title, start)) >= 0]
        for sentence in flat[start:min(ends, default=len(flat))].split("。"):
            decision = decision_of(sentence)
            if decision:
                if not case.articles and decision != "rejected":  # 「条例第9条第2項の規定により承認…」
                    case.articles = [article for article in articles_of(sentence) if "条例" in article][:1]
                return decision
        at = flat.find(key, start)
    return None


_ITEM_NUMBER = re.compile(r"^\s*(?:議題|案件)?\s*[(（]?\s?(\d{1,2})\s?[)）]?")
# 「(2)について …承認することが適当である」「諮問事項(1)については、…認める。」
_ON_ITEM = re.compile(r"^(?:諮問事項|諮問|議題|案件)?[(（](\d{1,2})[)）]については?")


def _decided_by_number(lines: list[Line], case: CouncilCase) -> str | None:
    """The decision a later line states for several items by number (「諮問事項(1)(2)について、承認した」)."""
    own = next((line for line in lines if line.no == case.line), None)
    number = _ITEM_NUMBER.match(own.text) if own is not None else None
    if number is None:
        return None
    for index, line in enumerate(lines):
        if line.no <= (case.line or 0):
            continue
        several = decision_for_numbers(line.text)
        if several and number.group(1) in several[1]:
            return several[0]
        on_item = _ON_ITEM.match(compact(line.text)) if "につ" in line.text else None
        said = _sentence_from(lines, index)
        if on_item and on_item.group(1) == number.group(1) and decision_of(said):
            return decision_of(said)
        if item_alone(line.text) == number.group(1):  # 「諮問事項(1)」 over the paragraph that decides it
            for below in lines[index + 1:index + 4]:
                if item_alone(below.text) or _MARKER.match(below.text):
                    break
                decision = decision_of(below.text)
                if decision:
                    return decision
    return None


def _sentence_from(lines: list[Line], index: int) -> str:
    """The line's text, run on into the next lines while its sentence is unfinished (a PDF's width breaks it)."""
    said = lines[index].text
    for below in lines[index + 1:index + 3]:
        if said.rstrip().endswith("。") or not below.text or _ON_ITEM.match(compact(below.text)):
            break
        said += below.text.strip()
    return said


def _registered_in_tables(lines: list[Line]) -> list[Registration]:
    """Registrations a council summary table reports in one cell (「報告事項 ・A事務及びB事務について【変更】」)."""
    out: list[Registration] = []
    for line in lines:
        if not line.cells or "報告" not in line.text:
            continue
        for match in _REGISTERED_IN_CELL.finditer(line.text):
            for business in re.split(r"及び|、", match.group("biz")):
                if is_business(business):
                    out.append(Registration(business=business, action=_ACTIONS[match.group("action")],
                                            line=line.no, quote=line.quote))
    return out


def _group_headings(lines: list[Line], titles: set[str]) -> set[int]:
    """A heading whose next line is a quoted item already read (「(2) …に基づく…について」 then 「・「X」(局)」)."""
    out: set[int] = set()
    for line, below in zip(lines, lines[1:], strict=False):
        quoted = _QUOTED.match(_dash(below.text))
        if quoted and compact(_split_title(quoted.group("t"))[0]) in titles and "について" in line.text:
            out.add(line.no)
    return out


def combine(reading: Reading, cases: list[CouncilCase], case_flows: list[Flow],
            problems: list[Diagnostic]) -> tuple[list[CouncilCase], list[Flow], list[Diagnostic]]:
    """The council reader's cases and the agenda's, one per line.

    On a line both read, the council reader's case stays when it has the same title (it also reads numbers,
    decisions and departments stated later); otherwise the agenda's reading replaces it. The council reader's
    cases on group headings, excluded items and repeated titles go, with their flows and diagnostics.
    """
    mine: dict[int | None, list[CouncilCase]] = {}
    for case in reading.cases:
        mine.setdefault(case.line, []).append(case)
    kept: list[CouncilCase] = []
    dropped: set[str] = set()
    gone: set[int | None] = set()
    for case in cases:
        others = mine.get(case.line, [])
        same = next((other for other in others
                     if compact(_CITATION_END.sub("", case.title)) == compact(other.title)), None)
        if same is not None:
            others.remove(same)
            if case.decision == "unknown":  # decided under a later repeat of its title (「<審議結果> …承認」)
                case = replace(case, decision=same.decision)
            if same.date and case.date != same.date:  # the meeting's, or the answer its points report (「1/31…答申」)
                case = replace(case, date=same.date)
            if _reads_more(same.flow_ids, reading.flows, case.flow_ids, case_flows):
                dropped.update(case.flow_ids)  # the agenda read the department on the line below: its flows
                case = replace(case, flow_ids=list(same.flow_ids))
            kept.append(case)
        elif others or case.line in reading.not_cases:
            # the agenda's reading replaces it, but the decision read later stays
            others[:] = [replace(other, decision=case.decision) if other.decision == "unknown" else other
                         for other in others]
            dropped.update(case.flow_ids)
            gone.add(case.line)
        else:
            kept.append(case)
    added = [case for others in mine.values() for case in others]
    # 「4. 諮問第38号」 over its title alone: the council reader read both on the number's line, the agenda the title
    numbered = {(compact(case.title), case.line) for case in kept if case.line}
    added = [case for case in added if not any((compact(case.title), (case.line or 0) - gap) in numbered
                                               for gap in (1, 2))]
    before = {case.line for case in kept}
    kept, added, repeats = _repeats_dropped(kept, added, {case.line for case in reading.cases},
                                            reading.claimed | reading.not_cases)
    dropped.update(repeats)
    gone |= before - {case.line for case in kept}  # the repeat's diagnostics go with it
    dated = sorted((case.line or 0, case.date) for case in kept if case.date)
    for index, case in enumerate(added):  # no meeting date the agenda could find: the letter's, read above it
        above = [date for line, date in dated if line <= (case.line or 0)]
        if case.date is None and above:
            added[index] = replace(case, date=above[-1])
    wanted = {token for case in [*kept, *added] for token in case.flow_ids} - repeats
    of_my_cases = {token for case in reading.cases for token in case.flow_ids}
    flows = [flow for flow in case_flows if flow.id not in dropped or flow.id in wanted]
    flows += [flow for flow in reading.flows if flow.id in wanted or flow.id not in of_my_cases]
    problems = [problem for problem in problems if problem.line not in gone]
    return sorted([*kept, *added], key=lambda case: case.line or 0), flows, problems


_LETTER = re.compile(r"^[ア-ン](?=[一-龥「『])")  # 「ア障害者…」: the heading's letter glued to the title


_ENDS = ("source_department", "source_business", "source_external", "recipient_department", "recipient_business",
         "recipient_external")


def _reads_more(ids: list[str], flows: list[Flow], other_ids: list[str], other_flows: list[Flow]) -> bool:
    """The agenda's flows of a case name the same kinds as the council reader's, and more of their ends."""
    mine = [flow for flow in flows if flow.id in ids]
    theirs = [flow for flow in other_flows if flow.id in other_ids]
    if not mine or sorted(f.kind for f in mine) != sorted(f.kind for f in theirs):
        return False
    return (sum(bool(getattr(f, end)) for f in mine for end in _ENDS)
            > sum(bool(getattr(f, end)) for f in theirs for end in _ENDS))


def _bare_title(title: str) -> str:
    """A title without its label, its closing citation and a heading's glued letter, compacted."""
    return _LETTER.sub("", compact(_CITATION_END.sub("", _LABEL.sub("", title))))


def _repeats_dropped(kept: list[CouncilCase], added: list[CouncilCase], listed_on: set[int | None],
                     in_list: set[int]) -> tuple[list[CouncilCase], list[CouncilCase], set[str]]:
    """The section heading below that repeats an agenda item's title (「ア Xについて」 over the department's
    explanation) is the same case: the agenda's case stays, with the decision read under the heading; the repeat
    and its title's flows go (their ids returned)."""
    bare = {case.title: _bare_title(case.title) for case in [*kept, *added]}  # each title bared once
    listed = [case for case in [*kept, *added] if case.line in listed_on]
    outside_list = Counter(bare[other.title] for other in kept if other.line not in in_list)
    decided: dict[tuple[int | None, str], str] = {}
    gone: set[str] = set()
    out: list[CouncilCase] = []
    for case in kept:
        same = [item for item in listed if bare[item.title] == bare[case.title]]
        if outside_list[bare[case.title]] > 1:
            out.append(case)  # a common title repeated over several parts: told apart by :mod:`.distinguished`
            continue
        first = same[0] if len(same) == 1 and case.line not in listed_on and (same[0].line or 0) < (case.line or 0) \
            and any(no not in in_list for no in range((same[0].line or 0) + 1, case.line or 0)) \
            else None  # the repeat stands below the list; one within it is told apart (:mod:`.distinguished`)
        if first is None:
            out.append(case)
            continue
        gone.update(case.flow_ids)
        if case.decision != "unknown":
            decided.setdefault((first.line, first.title), case.decision)

    def decide(case: CouncilCase) -> CouncilCase:
        wanted = decided.get((case.line, case.title))
        return replace(case, decision=wanted) if wanted and case.decision == "unknown" else case
    return [decide(case) for case in out], [decide(case) for case in added], gone
