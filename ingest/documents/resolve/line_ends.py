"""The two ends of a flow, completed and trimmed from the text of the flow's own line.

Readers find a flow's parties by the particles around them and often stop one phrase short or long:
the holder is read as a department while the line names the register it holds (「戸籍住民課の住民基本台帳情報を」),
a clause is glued before a party (「…を送るため生涯学習課」「…に基づき、県後期高齢者医療広域連合」「-学校教育課」),
and a contractor is read with the business it serves glued before it (「X事業の受託事業者であるY」) or without it
(「Xを委託するY」). This step reads the flow's own line (``flow.quote``) once more, so that every value it
gives is on the line that states the flow:

- a party name loses a list marker, a case number, an item's number, a clause head glued before it
  (「…ため」「…に基づき、」「…を得て」) or the verb read after it (「…に提供し」); a department read with the clause
  it is the subject of (「A課が…」) is the department alone;
- a contractor read as 「X事業の受託者であるY」 becomes Y, serving X (the recipient business); one named by its
  role only (「X業務の受託法人」) keeps its name and serves X;
- an empty recipient business is the business the line says the recipient is entrusted with or runs
  (「Xを委託するY」「X事務の委託先であるY」「X事業を行うY」「YにX事業のため」), or the purpose glued before it
  (「Xのため」), or what an item's title says the flow is for (「Xに伴う…の外部提供について」);
- an empty source business is the register, system or business the line says the source department holds
  (「A課が保有するX台帳の…を」「A課のX事務の…を」「A課が管理するXシステムの」「A課は、X事務において」);
- a flow with no source at all takes the one department the line says holds or gives the data before it names the
  recipient (「A課が保有する…」「A課が…に交付」), or, for a provision, the one its own sentence says gives it after
  the recipient (「Rの依頼を受け、…名簿をA課から提供」), or the register an item's title names (「Xに伴う〈Y台帳〉の
  目的外利用について」);
- a department in a bracket closing the line (「…の目的外利用について（A課）」) receives a use, or holds what is given;
- the same bracket alone on the line after an item's title (「【A課】 資料1」), when the page's lines are given:
  one department receives a use no one is said to hold, or holds what is given; of several under a use's title
  (「【A課、B課】」) the first uses what the others hold, so a use read as going to B has B as its source and A as
  its recipient, and the same use read with no holder is dropped. A field taken from that line is named in the
  flow's ``evidence`` with the line's number and quote.

A filled field is never replaced by another value; it may only lose what was glued to it.

>>> flow = Flow(source_department="市民課", recipient_department="送るため生涯学習課",
...             quote="市民課が保有する住民基本台帳の情報のうち、氏名を、案内を送るため生涯学習課が利用する。")
>>> mend_line_ends([flow])
>>> flow.source_business, flow.recipient_department
('住民基本台帳', '生涯学習課')
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from ...records import Flow
from ..text.names import is_business, is_department
from .merge import stated_fields

__all__ = ["mend_line_ends", "trimmed_party"]

_LIST_MARK = re.compile(r"^(?:[-‐－―ー・•■□◆◇○●◎※*]+\s*|[(（]\d{1,2}[)）]\s*|\d{1,2}[.．)）]\s*|\d{1,2}\s+|"
                        r"[ア-ン][.．)）]?\s+|(?:諮問|答申|議案|報告|審議)第?\d+(?:号(?!は)|(?![\d号]))\s*)+")
# 「3教育委員会学校教育課」: an item's number run into a department's name
_GLUED_NUMBER = re.compile(r"^\d{1,2}(?=[^\d\s年月日号件回期第])")
# 「税務課が行う事務…」: a department, then the clause it is the subject of
_DEPARTMENT_THEN_CLAUSE = re.compile(r"^(?P<department>[^、。はがのをにへで「」()\s]{1,15}?(?:課|室|係|センター))"
                                     r"(?:が|は、)")
# 「…を送るため」「…に基づき、」「同意を得て」「諮問第8号は」: a clause that ends right before the party
_CLAUSE_END = re.compile(r"(?:(?:[るすくうつぬむぶぐ]|の)ため(?:に)?|に基づき|に基づいて|を得て|において|"
                         r"によって|により|第\d+号は|件目は|について(?=、))、?")
# what every glued mark, number, clause or verb above holds: a clean name is left alone at once
_MAY_BE_GLUED = re.compile(r"[\W\d]|ため|基づ|得て|おいて|によ|件目|について|提供|交付")
_CUT_CLAUSE_TAIL = re.compile(r"^(?:得て|基づき|基づいて|おいて|について)、?")  # 「(2)について A課が…」 too
_CLAUSE_LEFT = re.compile(r"[がを]")
_WORK = r"(?:事務|業務|事業)"
_ROLE = r"(?:受託事業者|受託業者|受託者|受託法人|委託先|委託事業者|委託業者|指定管理者)"
# 「配食サービス事業の受託事業者である社会福祉法人X」: the business served, the contractor's role, its name
_SERVED_ROLE = re.compile(rf"^(?P<business>[^、。をがは「」()]{{2,40}}?{_WORK})の(?P<role>{_ROLE})(?:である|の)?"
                          rf"(?P<party>.*)$")
_PARENTHESISED = re.compile(r"^(?P<name>[^()]{2,})\((?P<inner>[^()]{2,})\)$")
# before the contractor's name on the line: 「Xを委託する」「X事務の委託先である」
_ENTRUSTED_BEFORE = re.compile(rf"(?:(?P<task>[^、。をがは「」()]{{2,40}}?)を(?:委託する|委託している|委託した)"
                               rf"|(?P<runs>[^、。をがは「」()]{{2,40}}?{_WORK})を(?:行う|実施する|運営する)"
                               rf"|(?P<business>[^、。をがは「」()]{{2,40}}?{_WORK})の(?:{_ROLE}(?:である|の)?|受託|委託))$")
# after the recipient's name: 「Bに地域見守り事業のため提供」 — the business it is given for
_SERVED_AFTER = re.compile(rf"^(?:に|へ)、?(?P<business>[^、。をがは「」()]{{2,30}}?{_WORK})のため")
_REGISTER = r"(?:台帳|名簿|住民票|原票|原簿|報告書|申告書|システム)"
# what follows a holder: 「が保有する」「の」, then the business or register the data is kept in
_HOLDS = r"(?:(?:が|の|で)(?:保有|管理|所管)(?:する|している)|所管の|の)"
_HELD_BUSINESS = re.compile(rf"^(?P<name>[^、。のを「」()\s]{{2,30}}?{_WORK})の")
_HELD_REGISTER = re.compile(rf"^(?P<name>[^、。のを「」()\s]{{0,24}}?{_REGISTER})(?=の(?!写し)|情報|データ|を)")
# 「A課は、X事務において」: the holder, then the business it holds the data in
_HOLDER_IN_BUSINESS = re.compile(rf"^[はが]、?(?P<name>[^、。のを「」()\s]{{2,30}}?(?:{_WORK}|システム))"
                                 r"(?:において|で)")
_DEPARTMENT = r"[^、。はがのをにへでと「」()【】\[\]\s]{1,15}?(?:課|室|係|センター)"
_HOLDER = re.compile(rf"(?P<department>{_DEPARTMENT})(?:が|で)(?:保有|管理|所管)(?:する|している)")
# 「A課が第三者に交付した」「A課は、…を本部へ提供しています」: the department that gives, the subject of the verb
_GIVER = re.compile(rf"(?P<department>{_DEPARTMENT})(?:が|は)、?(?=[^。]*?(?:提供|交付))")
# 「…名簿を、A課から紙媒体で提供」「…の依頼を受けて、A課が…を提供」: a giver the sentence names after the recipient,
# begun after a particle or a comma (「B課及びA課が」 names two) and asked of by no one (「A課からの依頼」)
_SENTENCE_GIVER = re.compile(rf"(?:^|(?<=[、。\s「」()【】をにはでてし]))(?P<department>{_DEPARTMENT})"
                             r"(?:が|は、?|から(?!の))(?=[^。]*?(?:提供|交付))")
# 「税務課に提供し」: the verb that followed the party, read with it
_VERB_TAIL = re.compile(r"(?<=\S\S)(?:に|へ)(?:提供|交付)(?:し|する|した|します|しています)?$")
# a council item's title: 「Xに伴う〈Y〉の目的外利用について」 — Y, the data, when it is a register's or a 〈…情報〉
_TITLE_DATA = re.compile(rf"(?:に伴う|に係る|における|のための)"
                         rf"(?P<data>[^、。をがはへにでよ「」()及並]{{2,24}}?(?:{_REGISTER}|情報))"
                         r"の(?:[^、。]{0,20}?への)?[^、。]{0,12}?(?:目的外利用|外部提供|提供)")
_GENERIC_DATA = re.compile(r"個人情報")
_TITLE_JOINTS = ("に伴う", "に係る", "における", "のための")
# what may stand before an item's title on its line: list markers, 「諮問第3号」「議題1」, an opening bracket
_TITLE_LEAD = re.compile(r"^[\s・\-‐•■□◆◇○●◎※*\d()（）.．、ア-ン「『【\[]*"
                         r"(?:(?:諮問|答申|議題|審議|報告|案件)(?:第)?\d*(?:号)?(?:事項)?[\s:：「『]*)?$")
# the whole title: 「Aに伴うBのCへの外部提供について」 — A the recipient business, C the recipient named
_TITLE = re.compile(r"(?P<purpose>[^、。\s()]{2,40}?)(?:の委託|の実施)?(?:に伴う|に係る|における|のための)"
                    r"(?P<data>[^、。をがはへにでよ「」()]{2,24}?)の(?:(?P<recipient>[^、。をがは「」()]{2,20}?)への)?"
                    r"[^、。]{0,12}?(?:目的外利用|外部提供|提供)(?:について|の件)")
# 「行う接種事業」: a verb's clause read as the start of a name
_CLAUSE_IN_NAME = re.compile(r"[うくすつぬむるぐぶ](?=[一-鿿])")
_CLOSING_DEPARTMENT = re.compile(rf"[(【\[](?:担当課?[:：])?(?P<department>{_DEPARTMENT})[)】\]]$")
# 「【こども家庭課、市民税課】 資料2」: a line that is only a bracket of departments, after an item's title
_BRACKET_DEPARTMENT = r"[^、。はがのをにへでと「」()【】\[\]\s・,]{1,15}?(?:課|室|係|センター)"
_DEPARTMENTS_LINE = re.compile(rf"^[(【\[](?:担当課?[:：])?(?P<departments>{_BRACKET_DEPARTMENT}"
                               rf"(?:[、,]{_BRACKET_DEPARTMENT})*)[)】\]](?:資料\d+(?:-\d+)?)?$")
_ITEM_TITLE_END = re.compile(r"(?:について|の件)[)）]?\s*$")  # an item put to the council, not a statement
_NEXT_LINE_REACH = 2  # the bracket stands on the line after the title, a blank line between at most
_PARTY_FIELDS = ("source_department", "source_external", "recipient_department", "recipient_external")


def trimmed_party(name: str | None) -> str | None:
    """A party name without the list marker or clause head glued before it; the name as it is otherwise.

    >>> trimmed_party("高齢者の医療の確保に関する法律に基づき、県後期高齢者医療広域連合")
    '県後期高齢者医療広域連合'
    >>> trimmed_party("-学校教育課"), trimmed_party("本人の同意を得て民生委員"), trimmed_party("ため池管理課")
    ('学校教育課', '民生委員', 'ため池管理課')
    >>> trimmed_party("について水道業務課")
    '水道業務課'
    """
    return _trimmed(name)[0]


def _trimmed(name: str | None) -> tuple[str | None, str | None]:
    """(the party name trimmed, the purpose 「Xのため」 its clause head states, if it is one)."""
    if not name or not _MAY_BE_GLUED.search(name):
        return name, None
    trimmed = _VERB_TAIL.sub("", _LIST_MARK.sub("", name.strip()))
    cut = _CUT_CLAUSE_TAIL.match(trimmed)
    if cut and len(trimmed) - cut.end() >= 2:
        trimmed = trimmed[cut.end():]  # 「得て民生委員」: a reader began the name inside the clause's verb
    heads = [found for found in _CLAUSE_END.finditer(trimmed)
             if found.start() > 0 and len(trimmed) - found.end() >= 2
             and trimmed.count("(", 0, found.start()) == trimmed.count(")", 0, found.start())]
    if not heads:
        return (trimmed if len(trimmed) >= 2 else name), None
    head = heads[-1]
    if _CLAUSE_LEFT.search(trimmed[head.end():]):
        return trimmed, None  # 「…のために市長が認めた者」: what is left is a clause, not a name
    purpose = None
    if head.group().startswith("のため"):
        said = re.split(r"[、。をがは]", trimmed[:head.start()])[-1]
        purpose = said if 2 <= len(said) <= 30 else None
    return trimmed[head.end():], purpose


def _department_alone(value: str) -> str:
    """A department's name without a number run into it or the clause read after it; as it is otherwise."""
    unnumbered = _GLUED_NUMBER.sub("", value)
    if unnumbered != value and is_department(unnumbered):
        value = unnumbered
    subject = _DEPARTMENT_THEN_CLAUSE.match(value)
    return subject.group("department") if subject else value


def _trim_parties(flow: Flow) -> None:
    for name in _PARTY_FIELDS:
        value = getattr(flow, name)
        if value:
            trimmed, purpose = _trimmed_party(value, name.endswith("department"))
            if trimmed != value:
                setattr(flow, name, trimmed)
            if purpose and name.startswith("recipient") and not flow.recipient_business:
                flow.recipient_business = purpose  # 「Xのため」: what the recipient uses the data for
    for name in ("source_business", "recipient_business"):
        value = getattr(flow, name)
        if value:
            setattr(flow, name, _unmarked_business(value))


@lru_cache(maxsize=8192)  # a list names the same parties row after row
def _trimmed_party(value: str, department: bool) -> tuple[str, str | None]:
    """(the party's name trimmed, the purpose its glued clause head states) for one end of a flow."""
    if department:
        value = _department_alone(value)
    trimmed, purpose = _trimmed(value)
    if trimmed != value and (not department or is_department(trimmed)):
        return trimmed, purpose
    return value, None


@lru_cache(maxsize=8192)
def _unmarked_business(value: str) -> str:
    marked = _LIST_MARK.sub("", value)
    return marked if marked != value and is_business(marked) else value


def _split_served_role(flow: Flow) -> None:
    """「X事業の受託事業者であるY」 read as one recipient: Y serving X (a role with no name after it stays whole)."""
    if not flow.recipient_external:
        return
    served = _SERVED_ROLE.match(flow.recipient_external)
    if served and not flow.recipient_business:
        # a contractor named only by its role keeps its whole name: 「X業務の受託事業者」 says whose contractor
        flow.recipient_external = served.group("party").strip() or flow.recipient_external
        flow.recipient_business = served.group("business")
        return
    bracketed = _PARENTHESISED.match(flow.recipient_external)
    if bracketed and not flow.recipient_business and re.search(f"{_WORK}$", bracketed.group("inner")):
        flow.recipient_external = bracketed.group("name").strip()
        flow.recipient_business = bracketed.group("inner").strip()


def _entrusted_business(flow: Flow, line: str) -> None:
    """The business the line says a contractor is entrusted with, written right before its name."""
    party = flow.recipient_external or flow.recipient_department
    if flow.recipient_business or not party:
        return
    found = set()
    for at in _positions(line, party):  # 「受託事業者」 also holds 「事業者」: every place the name is written
        before = _ENTRUSTED_BEFORE.search(line[:at])
        after = _SERVED_AFTER.match(line[at + len(party):])
        if before:
            found.add(before.group("task") or before.group("runs") or before.group("business"))
        elif after:
            found.add(after.group("business"))
    if len(found) == 1:
        flow.recipient_business = found.pop()


def _held_after(department: str, line: str) -> str | None:
    """The business or register the line says ``department`` holds the data in, written right after it."""
    for at in _positions(line, department):
        rest = line[at + len(department):]
        holder_in = _HOLDER_IN_BUSINESS.match(rest)
        if holder_in and not _CLAUSE_IN_NAME.search(holder_in.group("name")):
            return holder_in.group("name")
        holds = re.match(_HOLDS, rest)
        if not holds:
            continue
        held = rest[holds.end():]
        found = _HELD_BUSINESS.match(held) or _HELD_REGISTER.match(held)
        if found and len(found.group("name")) >= 3 and not _CLAUSE_IN_NAME.search(found.group("name")):
            return found.group("name")
    return None


def _positions(line: str, name: str) -> list[int]:
    found, at = [], line.find(name)
    while at >= 0:
        found.append(at)
        at = line.find(name, at + 1)
    return found


def _holder_before_recipient(flow: Flow, line: str, holding: re.Pattern[str]) -> str | None:
    """The one department the line says holds the data (「A課が保有する」), or gives it, in the sentence that then
    names the flow's recipient: on a line of several statements, a holder named after the recipient is another
    flow's."""
    recipient = flow.recipient_external or flow.recipient_department or flow.recipient_business
    if not recipient:
        return None
    holders = {found.group("department") for found in holding.finditer(line)
               if found.group("department") != flow.recipient_department
               and "。" not in line[found.end():line.find(recipient, found.end())]
               and line.find(recipient, found.end()) > 0}
    return holders.pop() if len(holders) == 1 else None


def _giver_in_sentence(flow: Flow, line: str) -> str | None:
    """The one department the recipient's own sentence says gives the data, wherever it stands in it."""
    recipient = flow.recipient_external or flow.recipient_department
    at = line.find(recipient) if recipient else -1
    if at < 0:
        return None
    end = line.find("。", at)
    sentence = line[line.rfind("。", 0, at) + 1:end + 1 if end >= 0 else len(line)]
    givers = {found.group("department") for found in _SENTENCE_GIVER.finditer(sentence)}
    givers.discard(recipient)
    if len(givers) != 1 or re.search("[及並又や]", giver := givers.pop()):
        return None
    return giver


def _fill_source(flow: Flow, line: str) -> None:
    if flow.source_external or flow.source_business:
        return
    if not flow.source_department:
        holder = _holder_before_recipient(flow, line, _HOLDER)
        if not holder and flow.kind != "purpose_outside_use":
            holder = _holder_before_recipient(flow, line, _GIVER)  # who gives it, when no one is said to hold it
        if not holder and flow.kind != "purpose_outside_use":
            holder = _giver_in_sentence(flow, line)
        if holder:
            flow.source_department = holder
    if flow.source_department:
        held = _held_after(flow.source_department, line)
        if held and held != flow.recipient_business:
            flow.source_business = held
        return
    if not _may_hold_title(line):
        return
    titled = [found.group("data") for found in _TITLE_DATA.finditer(line)
              if not _GENERIC_DATA.search(found.group("data")) and _opens_line(line, found)]
    if len(titled) == 1 and not flow.recipient_department:
        flow.source_business = titled[0]


def _closing_department(flow: Flow, line: str) -> None:
    """「…の目的外利用について（A課）」: the bracketed department receives a use; for a provision it holds."""
    if not line.rstrip().endswith((")", "】", "]")) or not ("目的外利用" in line or "外部提供" in line):
        return  # the bracket closes the line: the pattern need not be tried along the rest of it
    closing = _CLOSING_DEPARTMENT.search(line.rstrip())
    if not closing:
        return
    department = closing.group("department")
    if flow.kind == "purpose_outside_use":
        if not flow.recipient_department and department != flow.source_department:
            flow.recipient_department = department
    elif not flow.source_department and not flow.source_external and department != flow.recipient_department:
        flow.source_department = department


def _departments_below(flow: Flow, lines: Sequence[str]) -> tuple[int, str, list[str]] | None:
    """(line number, quote, departments) of a bracket of departments alone on a line right after the flow's."""
    if not flow.line:
        return None
    for number in range(flow.line + 1, min(flow.line + _NEXT_LINE_REACH, len(lines)) + 1):
        quote = lines[number - 1].strip()
        if not quote:
            continue
        found = _DEPARTMENTS_LINE.match(re.sub(r"\s+", "", unicodedata.normalize("NFKC", quote)))
        return (number, quote, re.split(r"[、,]", found.group("departments"))) if found else None
    return None


def _bracket_below(flow: Flow, line: str, lines: Sequence[str]) -> bool:
    """「…の目的外利用について」 over 「【A課、B課】」: A uses what B holds; one department alone receives a use
    or holds what is given. Each field set names the bracket's line in the flow's evidence. Whether the flow's
    source is one of the holders the bracket lists."""
    if (not ("目的外利用" in line or "外部提供" in line) or not ("について" in line or "の件" in line)
            or not _ITEM_TITLE_END.search(line)):
        return False
    below = _departments_below(flow, lines)
    if not below:
        return False
    number, quote, departments = below
    user, holders = departments[0], departments[1:]
    filled = []
    if flow.kind == "purpose_outside_use":
        # a title of a use and a provision at once lists the departments that bring both: no one user
        if holders and "提供" not in line and not flow.source_department and not flow.source_external \
                and not flow.source_business and flow.recipient_department in holders:
            flow.source_department, flow.recipient_department = flow.recipient_department, user
            filled = ["source_department", "recipient_department"]
        elif not flow.recipient_department and not flow.source_department and not flow.source_external:
            flow.recipient_department = user
            filled = ["recipient_department"]
    elif not holders and not flow.source_department and not flow.source_external \
            and user != flow.recipient_department:
        flow.source_department = user
        filled = ["source_department"]
    if filled:
        if not flow.evidence:  # evidence, once kept, names every line: the flow's own first, as a merge does
            flow.evidence.append({"fields": stated_fields(flow), "line": flow.line, "quote": flow.quote,
                                  **({"items": list(flow.items)} if flow.items else {})})
        flow.evidence.append({"fields": filled, "line": number, "quote": quote})
    return "source_department" in filled and bool(holders)


def _may_hold_title(line: str) -> bool:
    """A cheap test before the title patterns, which are slow to fail on a long row."""
    return ("提供" in line or "目的外利用" in line) and any(joint in line for joint in _TITLE_JOINTS)


def _opens_line(line: str, title: re.Match[str]) -> bool:
    """Whether a title stands at the head of its line, after list markers only: the same words inside a
    sentence or a transcript are told of, not an item put to the council."""
    start = title.start("purpose") if "purpose" in title.re.groupindex else _purpose_start(line, title.start())
    return _TITLE_LEAD.match(line[:start]) is not None


def _purpose_start(line: str, at: int) -> int:
    """Where the words before 「に伴う」 begin: back to a space, a bracket or a list marker (a quoted name is
    among the words)."""
    while at > 0 and line[at - 1] not in " 　\t()（）【】[]、。・•":
        at -= 1
    return at


def _from_title(flow: Flow, line: str) -> None:
    """A council item's title names the recipient business (「Aに伴う」) and may name the recipient after the data
    (「BのCへの提供」): a recipient read with the data glued before it is C, an empty recipient business is A."""
    if not _may_hold_title(line):
        return
    titles = [found for found in _TITLE.finditer(line) if _opens_line(line, found)]
    if len(titles) != 1:
        return
    title = titles[0]
    named, data = title.group("recipient"), title.group("data")
    if named and flow.recipient_external == f"{data}の{named}":
        flow.recipient_external = named
    if not flow.recipient_business and (flow.recipient_external or flow.recipient_department):
        purpose = title.group("purpose").replace("「", "").replace("」", "")
        if not purpose.startswith("の"):
            flow.recipient_business = purpose


def mend_line_ends(flows: list[Flow], lines: Sequence[str] = ()) -> None:
    """Complete and trim both ends of every flow from its own line (``flow.quote``); see the module's rules.

    ``lines`` are the page's lines (``lines[0]`` is line 1): given, a bracket of departments on the line after a
    flow's title completes it too.
    """
    held_uses = []
    for flow in flows:
        line = flow.quote or ""
        _trim_parties(flow)
        _split_served_role(flow)
        if not line:
            continue
        _from_title(flow, line)
        _entrusted_business(flow, line)
        _fill_source(flow, line)
        _closing_department(flow, line)
        if lines and _bracket_below(flow, line, lines):
            held_uses.append(flow)
    if held_uses:  # the use the title states, read once more with no holder: each holder's flow states it
        said = {(flow.line, flow.recipient_department, flow.recipient_business) for flow in held_uses}
        flows[:] = [flow for flow in flows if flow.source_department or flow.source_business or flow.source_external
                    or (flow.line, flow.recipient_department, flow.recipient_business) not in said]
