"""A sentence that opens with the holding business: 「X事務で保有する甲、乙を、B課のY事務に目的外利用しました」.

Data pages put the holder department in a heading alone (「◆税務課」, 「■ 市民課」) and start its paragraph with
the business; explainer pages make the city the subject (「C市は、X事務で保有する甲を、…」). The other end is a
section's business (「B課のY事務に」: a use outside the purpose), an outside body (「B会に外部提供」) or a system
joined (「Bのシステムとオンライン結合」). A consent between object and recipient (「本人の同意を得て」), a closing
bracket (「(法令に基づく)」) or 「審議会の答申を経て」 give the ground; 「…ためです」 the reason, 「令和n年m月d日から」
the start. In minutes the speaker's tag (「[A課長]」) names the holder and any sentence of the turn may offer it.
A sentence that names its own holder department is another reader's.

>>> from ..layout.page import page_of
>>> page = page_of("◆年金課\\n国民年金事務で保有する氏名を、本人の同意を得て年金協会に外部提供しました。")
>>> [(f.source_department, f.source_business, f.recipient_external, f.kind, f.basis, f.items, f.line)
...  for f in read(page, Readings()).flows]
[('年金課', '国民年金事務', '年金協会', 'external_provision', 'consent', ['氏名'], 2)]
"""

from __future__ import annotations

import re

from ...normalize import DATE_SINCE, classify_basis
from ...records import Flow
from ..layout.lines import Line
from ..layout.page import Page
from ..model import claim_id
from ..reading import Reader, Reading, Readings
from ..text.dates import safe_date
from ..text.items import clean_items
from ..text.names import is_department

__all__ = ["READER", "read"]

_DEPT = r"[^\s、。をがの「」()（）【】]{1,20}?(?:課|室|センター|局|係)"
_BIZ = r"[^\s、。をがでの「」()（）【】]{2,30}?(?:事務|業務|事業)"
# 「◆税務課」「■ 市民課」「【市民課】」: a department alone, the holder of what its paragraph tells
_DEPT_HEADING = re.compile(rf"^(?:[◆◇■□●○・]\s*)?(?:【(?P<bracketed>{_DEPT})】|(?P<dept>{_DEPT}))$")
# 「C市は、」「もう一つの例は、」: a subject that is not a party of its own
_SUBJECT = r"(?:(?P<subject>[^、。]{1,12}?)は、)?"
_HELD = re.compile(rf"^{_SUBJECT}(?P<biz>{_BIZ})(?:で|において)保有する(?P<obj>[^。]+?)を、"
                   r"(?:(?P<cond>[^、。]{2,20}?(?:を得て|を得たうえで|を得た上で))、?)?"
                   r"(?:(?P<to>[^、。を]{2,40}?)に(?P<verb>目的外利用|外部提供|提供)"
                   r"|(?P<joined>[^、。]{2,50}?)と(?:の)?(?:オンライン|電子計算機の)?結合)")
_INSIDE = re.compile(rf"^(?P<dept>{_DEPT})の(?P<biz>{_BIZ})$")
_GROUND = re.compile(r"[(（](?P<ground>[^()（）]{2,40})[)）]")
_HEARD = re.compile(r"(?P<ground>[^、。]{0,20}?(?:審議会|審査会)の(?:答申|意見))(?:を経て|を聴いて|を踏まえ)")
_WHY = re.compile(r"(?:^|。)\s*(?P<why>[^、。()（）]{2,40}?ため)(?:です|で、|。|[(（])")
# 「…指導を財団に委託するため」: the business entrusted is what the recipient does with the data
_ENTRUSTED = re.compile(r"^(?P<biz>[^、。を]{2,20}?)を[^、。を]{1,20}?に委託する")
# 「[こども課長]…」「【税務課長】…」: a turn of minutes; the speaker's department holds what the turn offers
_SPEAKER = re.compile(rf"^\s*[\[［【](?:(?P<dept>{_DEPT})(?:長|長補佐|長代理)?|[^\]］】]{{1,20}})[\]］】]\s*")
_SYSTEM = re.compile(r"の(?:システム|端末)$")


def _flow(held: re.Match, dept: str | None, paragraph: str, line: Line) -> Flow:
    rest = paragraph[held.end():]
    ground = _GROUND.search(rest) or _GROUND.search(paragraph)
    heard = _HEARD.search(paragraph)
    basis_text = ground.group("ground") if ground and classify_basis(ground.group("ground")) != "unknown" else None
    if held.group("cond"):
        basis_text = re.sub(r"を得.*$", "", held.group("cond"))
    elif basis_text is None and heard:
        basis_text = heard.group("ground")
    why = _WHY.search(rest)
    since = DATE_SINCE.search(rest)
    common = {"source_department": dept, "source_business": held.group("biz"),
              "items": clean_items(held.group("obj"))[0],
              "basis": classify_basis(basis_text) if basis_text else "unknown", "basis_text": basis_text,
              "reason": why.group("why") if why else None,
              "start_date": safe_date(since.group(1), line.no, []) if since else None,
              "line": line.no, "quote": line.quote}
    entrusted = _ENTRUSTED.match(why.group("why")) if why else None
    if held.group("joined"):
        return Flow(recipient_business=entrusted.group("biz") if entrusted else None,
                    recipient_external=_SYSTEM.sub("", held.group("joined")), kind="online_connection", **common)
    to = held.group("to")
    inside = _INSIDE.match(to)
    if inside:
        return Flow(recipient_department=inside.group("dept"), recipient_business=inside.group("biz"),
                    kind="purpose_outside_use", **common)
    if is_department(to) and held.group("verb") == "目的外利用":
        return Flow(recipient_department=to, kind="purpose_outside_use", **common)
    return Flow(recipient_external=to, kind="external_provision", **common)


def _replace_title(flow: Flow, readings: Readings, reading: Reading) -> None:
    """The case above a turn whose title named the holding business as if it received (「X事務における保有個人情報の
    外部提供」 read as a flow to X with no source): the turn's flow is the case's, the title's is withdrawn."""
    above = [(position, case) for position, case in enumerate(readings.cases) if case.line and case.line < flow.line]
    if not above:
        return
    position, case = max(above, key=lambda pair: pair[1].line)
    if flow.line - case.line > 12:
        return
    by_id = {title.id: title for title in readings.flows if title.id}
    titles = [by_id[token] for token in case.flow_ids if token in by_id]
    if len(titles) == 1 and titles[0].kind == flow.kind and not titles[0].source_department \
            and not titles[0].source_business and not titles[0].source_external \
            and titles[0].recipient_business == flow.source_business and not titles[0].recipient_external:
        reading.withdrawn.add(titles[0].id)
        reading.restated[position] = [claim_id(flow, "business_first")]


def read(page: Page, readings: Readings) -> Reading:
    reading = Reading()
    skip = readings.claimed("records", "council", "statements")
    dept = None
    for line in page.lines:
        text = line.text.strip()
        if not text or line.cells:
            continue
        heading = _DEPT_HEADING.match(text) if len(text) <= 24 else None
        if heading or (len(text) <= 24 and text[0] in "◆◇■□●"):
            dept = heading and (heading.group("bracketed") or heading.group("dept"))  # another heading: none
            continue
        if line.no in skip or "保有する" not in text:
            continue
        speaker = _SPEAKER.match(text)
        said = text[speaker.end():] if speaker else text
        holder = speaker.group("dept") if speaker and speaker.group("dept") else dept
        for start in [0, *(found.end() for found in re.finditer(r"。\s*", said))] if speaker else [0]:
            held = _HELD.match(said[start:])
            if held and not (held.group("subject") and is_department(held.group("subject").split()[-1])):
                flow = _flow(held, holder, said[start:], line)
                if speaker and flow.basis == "unknown" and any(case.line < line.no for case in readings.cases):
                    flow.basis = "council"  # offered in the minutes of the council a case is put to
                if speaker:
                    _replace_title(flow, readings, reading)
                reading.flows.append(flow)
                reading.claimed.add(line.no)
                break
    return reading


READER = Reader("business_first", read, claims="statements")
