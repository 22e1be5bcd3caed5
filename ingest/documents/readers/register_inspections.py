"""Inspections of a register a page reports done: 「令和6年度は、Bが…のため、…の氏名、住所…を閲覧しました」,
「令和5年7月11日、Bが、…のため、…について閲覧しました」.

A page about the inspection of a register (its title or lead: 「X台帳の一部の写しの閲覧」) tells, among the rules,
who inspected it: each 「Bが(、…のため、)甲、乙…を閲覧しました」 is a provision of the register to B, for what the
sentence says, on the ground of the statute the lead names (「X台帳法の規定により」).

>>> from ..layout.page import page_of
>>> page = page_of("戸籍附票台帳の一部の写しの閲覧\\n戸籍附票台帳法の規定により、閲覧できます。\\n"
...                "- 昨年度は、北浜統計研究所が、世帯調査のため、30歳以上の方の氏名及び住所を閲覧しました。")
>>> [(f.source_business, f.recipient_external, f.reason, f.items, f.basis_text) for f in read(page, None).flows]
[('戸籍附票台帳', '北浜統計研究所', '世帯調査', ['氏名', '住所'], '戸籍附票台帳法')]
"""

from __future__ import annotations

import re

from ...records import Flow
from ..layout.page import Page
from ..reading import Reader, Reading, Readings
from ..text.names import is_external_body

__all__ = ["READER"]

_REGISTER = re.compile(r"(?P<register>[一-龥ァ-ヶー]{2,12}?(?:台帳|名簿)(?:抄本)?)(?:の一部の写し)?の閲覧")
_LAW = re.compile(r"(?P<law>[一-龥ァ-ヶー]{2,20}?法)(?:第[\d条項号の]+)?(?:の規定により|の規定に基づ|に基づ)")
_INSPECTED = re.compile(r"^\s*(?:[-・•●]\s*)?(?:[^、。]{0,20}?は、|[^、。]{4,16}?日、)?(?:また、)?"
                        r"(?P<who>[^、。がはを]{2,30}?)が、?(?:(?P<why>[^。]{2,40}?)の?ため(?:に)?、)?"
                        r"(?P<items>[^。]+?)(?P<of>を|について)閲覧(?:しました|しています|しております|した|している)"
                        r"(?:[(（][^()（）]{0,20}[)）])?。?$")  # 「…閲覧しました(申出を承認)。」
_PERSONS = re.compile(r"^[^、]*?(?:方|者|人|世帯)の")
_HEAD_LINES = 6
# 「請求による閲覧(X法第11条)」 over 「- Bが、…閲覧する場合。」 bullets: who may inspect, on that article
_RULE_HEAD = re.compile(r"閲覧\s*[(（](?P<law>[^()（）]{0,20}?法第[\d条項号の]+)[)）]\s*$")
_RULE = re.compile(r"^\s*[-・•●]\s*(?P<rule>[^。]+?場合)。?\s*$")
_RULE_WHO = re.compile(r"^(?P<who>[^、。]{2,30}?)(?:が|による)、")
_RULE_WHAT = re.compile(r"^(?:[^、。]*?(?:などの|ない|する))?(?P<what>[^、。]{2,20}?)で、")
# 「X台帳の一部(4項目:甲・乙)の写しを載せた台帳の閲覧は、Aが…場合と、…Bの活動のために行う場合に限られます」
_LIMITED = re.compile(r"(?P<register>[一-龥ァ-ヶー]{2,12}?(?:台帳|名簿))の一部(?:[(（][^:：()（）]*[:：]"
                      r"(?P<items>[^()（）]+)[)）])?[^。]*?の閲覧は、(?P<cases>[^。]+?場合)(?:に限られ|に限り|に限定)")
_LIMITED_WHO = (re.compile(r"^(?P<who>[^、。がの]{2,20}?)が"),
                re.compile(r"(?P<who>[^、。がのや]{2,20}?)の(?:活動|事務)"))
_A_BODY = re.compile(r"(?:団体|機関|法人|市町村|都道府県|国|県)$")
_INSPECTABLE = re.compile(r"閲覧できる(?:の|事項)は、(?P<items>[^。]+?)の\d+項目")


def read(page: Page, readings: Readings | None) -> Reading:
    heads = [line.text for line in page.lines if not line.blank][:_HEAD_LINES]
    register = next((found.group("register") for found in map(_REGISTER.search, heads) if found), None)
    taken = readings.claimed("records", "statements") if readings is not None else set()
    if register is None:  # not a page about inspecting a register, unless a sentence limits its inspection
        limited = _limited(page, taken)
        return Reading(flows=limited, claimed={flow.line for flow in limited if flow.line})
    law = next((found.group("law") for found in map(_LAW.search, heads) if found), None)
    flows: list[Flow] = []
    for line in page.lines_with("閲覧"):
        said = _INSPECTED.match(line.text) if line.no not in taken else None
        if said is None or (said.group("who").endswith(("課", "室", "係"))
                            and not is_external_body(said.group("who"), set())):
            continue  # an office of the body itself inspects no register as an outside party
        items = [item for item in re.split(r"、|及び|並びに", _PERSONS.sub("", said.group("items"))) if item] \
            if said.group("of") == "を" else []  # 「…の世帯主について閲覧」: whose entries, not what of them
        flows.append(Flow(source_business=register, recipient_external=said.group("who"), kind="external_provision",
                          basis="law" if law else "unknown", basis_text=law, items=items,
                          reason=said.group("why"), line=line.no, quote=line.quote))
    flows += _rules(page, register, taken) + _limited(page, taken)
    return Reading(flows=flows, claimed={flow.line for flow in flows if flow.line})


def _limited(page: Page, taken: set[int]) -> list[Flow]:
    """The parties one sentence limiting the inspection to 「Aが…場合と、Bの…場合」 names: one provision each."""
    flows: list[Flow] = []
    for line in page.lines_with("に限"):
        limited = _LIMITED.search(line.text) if line.no not in taken else None
        if limited is None:
            continue
        items = [item for item in re.split(r"[・、]", limited.group("items") or "") if item]
        for case in re.split(r"場合と、?", limited.group("cases")):
            who = next((found for found in (pattern.search(case) for pattern in _LIMITED_WHO)
                        if found and _A_BODY.search(found.group("who"))), None)
            if who is not None:
                flows.append(Flow(source_business=limited.group("register"), recipient_external=who.group("who"),
                                  kind="external_provision", basis="law", items=items, line=line.no,
                                  quote=line.quote))
    return flows


def _rules(page: Page, register: str, taken: set[int]) -> list[Flow]:
    """The provisions a rule list under 「…による閲覧(X法第N条)」 allows: one a 「…場合」 bullet."""
    inspectable = next((found for found in map(_INSPECTABLE.search, (line.text for line in page.lines)) if found),
                       None)
    items = re.split(r"、|及び", inspectable.group("items")) if inspectable else []
    flows: list[Flow] = []
    law = None
    for line in page.lines:
        head = _RULE_HEAD.search(line.text)
        if head is not None:
            law = head.group("law")
            continue
        rule = _RULE.match(line.text) if law and line.no not in taken else None
        if rule is None:
            if line.text.strip() and not re.match(r"^\s*[-・•●]", line.text):
                law = None  # the rule list ended
            continue
        who = _RULE_WHO.match(rule.group("rule"))
        what = None if who else _RULE_WHAT.match(rule.group("rule"))
        recipient = who.group("who") if who else f"{what.group('what')}を行う者" if what else None
        if recipient is None:
            continue
        flows.append(Flow(source_business=register, recipient_external=recipient, kind="external_provision",
                          basis="law", basis_text=law, items=[item for item in items if item], line=line.no,
                          quote=line.quote))
    return flows


READER = Reader("register_inspections", read, claims="statements")
