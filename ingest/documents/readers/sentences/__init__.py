"""The sentence readers: flows stated one prose line at a time, after every structured reader had its say.

Each unclaimed prose line that carries a cue is offered, in this order, to:

- a notice of a standing provision (:func:`.notices.notice_flows`; cue: 提, 閲覧, 通知され, 請求でき), which
  sees the five lines before and twelve after for the recipient and the items;
- a mutual use (:func:`.notices.mutual_flows`; 相互に) — both may read one line;
- a summary sentence of minutes (:func:`.holdings.held_flows`; 保有, 結合), whose next line may give the
  basis and start (:func:`.holdings.follow_up`); when it reads nothing,
- a free statement with a receiving subject (:func:`.statements.statement_flows`; a flow word);
- a provision told by 閲覧させ to several bodies, by 通知し, or in the passive (「…提供されます」,
  「…課から交付されます」) (:func:`.told_to.told_flows`), when no notice was read on the line.

A case whose title names a flow without its ends takes the summary sentences under it instead
(:func:`.holdings.attach_to_cases`): the title's flow is withdrawn and the case restated.

>>> from ...layout.page import page_of
>>> page = page_of("架空市\\n健康課が保有する健診データを保険課が目的外利用しています。")
>>> [(flow.source_department, flow.recipient_department) for flow in read(page, Readings()).flows]
[('健康課', '保険課')]
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from itertools import islice

from ....records import Diagnostic, Flow
from ...layout.lines import Line, lines_above
from ...layout.page import Page
from ...model import claim_id
from ...reading import Reader, Reading, Readings
from ...text.change_reasons import FLOW_WORDS
from ...text.dates import safe_date
from ...text.handover_clauses import given_online, lead_in_basis
from ...text.judgements import judged_by_number
from ...text.openings import plain_statement
from .holdings import (
    attach_to_cases,
    complete_titles,
    follow_up,
    held_flows,
    name_untitled,
    same_data,
    spoken_flows,
)
from .notices import defined_terms, is_article, mutual_flows, notice_flows, provision_in_force
from .statements import statement_flows
from .told_to import told_flows

__all__ = ["CUES", "READER", "read"]

NOTICE_CUES = ("提", "渡して", "閲覧", "通知され", "請求でき", "請求することができ",
               "第三者に交付", "第三者等に交付", "第三者)に交付", "第三者へ交付",
               "第三者(", "第三者からの請求により交付", "第三者からの申請により交付",
               # 「代理人や第三者に住民票の写しや戸籍謄本等を交付したとき」: the recipients before the certificates
               "第三者に住民票", "第三者に戸籍", "第三者に証明書",
               "→")  # 「警察→学校に収集する情報は」: the ends named by an arrow
_NOTICE_CUE = re.compile("|".join(map(re.escape, NOTICE_CUES)))  # one scan for any of them
HELD_CUES = ("保有", "結合")
_HELD_CUE = re.compile("|".join((*HELD_CUES, "提供", "収集")))  # what a summary sentence of minutes needs
# Every word that makes a line worth offering; FLOW_WORDS' words are among them or contain one (外部提供: 提).
CUES = (*NOTICE_CUES, "相互に", *HELD_CUES, "目的外利用", "電子媒体", "本人以外", "移行", "収集", "通知し", "交付され")


def read(page: Page, readings: Readings) -> Reading:
    lines = page.lines
    consumed = readings.claimed("records", "council", "statements")
    reading = Reading()
    held_here: list[Flow] = []
    previous_held: list[Flow] = []
    previous_position = -1
    terms = defined_terms(line.text for line in page.lines_with("をいう"))
    for line in page.lines_with(*CUES):
        position = line.no - 1  # the page keeps one line per line number, blanked when joined above
        if line.cells or line.no in consumed or _asks(line.text) or _denies(line.text):
            continue
        text = plain_statement(line.text)
        if previous_held:
            # The basis and start of a summary sentence are told on the next prose line, whatever its cue.
            following = next((other for other in lines[previous_position + 1:position + 1]
                              if other.text and not other.cells and other.no not in consumed), None)
            answered = following is not None and follow_up(following.text, previous_held, following.no,
                                                            reading.diagnostics)
            previous_held = []
            if answered and following is line:
                continue
        if _NOTICE_CUE.search(text) and not _issue_told_above(text, lines, position):
            before = [other.text for other in lines_above(lines, position, 5)]
            after = list(islice((other.text for other in lines[position + 1:position + 40] if other.text.strip()), 12))
            defined = [other.text for other in page.lines_with("以下") if other.no < line.no - 5]
            above = [other.text for other in page.lines_with("求め") if other.no <= position]
            told = notice_flows(text, line.no, line.quote, before, after, defined, above, terms) or told_flows(
                text, line.no, line.quote)
            for flow in told:
                _at_both_ends(flow, lines, position)
                if flow.line != line.no:
                    reading.claimed.add(line.no)  # read, though its flow stands on a line below
            for flow in told:
                if not _restates_issue(flow, reading.flows):
                    reading.flows.append(flow)
                elif flow.basis == "law":
                    _ground_of_issue(flow, reading.flows)
        elif "通知し" in text or "されます" in text:
            reading.flows.extend(told_flows(text, line.no, line.quote))
        if "相互に" in text:
            reading.flows.extend(mutual_flows(text, line.no, line.quote))
        refused: list[Flow] = []
        held_cue = _HELD_CUE.search(text)
        held = held_flows(text, line.no, line.quote, refused) if held_cue else []
        reading.diagnostics.extend(_refused(flow) for flow in refused)
        if not held and text.endswith("、") and "保有する" in text:
            # a transcript broke the sentence before an indexed term: read it with the lines that finish it
            rest = _sentence_rest(lines, position, consumed)
            held = held_flows(text + "".join(other.text for other in rest), line.no, line.quote) if rest else []
            if held:
                consumed = consumed | {other.no for other in rest}
        same_data(held, held_here)
        held_here.extend(held)
        previous_held, previous_position = held, position
        if held:
            reading.flows[:] = [flow for flow in reading.flows if not _half_of(flow, held, line.no)]
            reading.flows.extend(held)
        elif FLOW_WORDS.search(text):
            reading.flows.extend(statement_flows(text, line.no, line.quote))
        if not held and readings.cases and ("提供を受け" in text or "移行" in text):
            reading.flows.extend(spoken_flows(text, line.no, line.quote))  # a department's speech in minutes
    if previous_held:
        following = next((other for other in lines[previous_position + 1:]
                          if other.text and not other.cells and other.no not in consumed), None)
        if following is not None:
            follow_up(following.text, previous_held, following.no, reading.diagnostics)
    _rule_start(page, reading.flows)
    _user_business(page, reading.flows)
    lead_in_basis(page.lines, reading.flows)
    given_online(page.lines, reading.flows)
    if readings.cases:
        judged_by_number(page, reading.flows)
    if held_here:
        reading.withdrawn, reading.restated = attach_to_cases(readings.cases, readings.of("council").flows, held_here)
    if readings.cases:
        _complete_cases(readings, reading)
    return reading


def _at_both_ends(flow: Flow, lines: list[Line], position: int) -> None:
    """A flow read from a paragraph joined from wrapped lines is on the first of them that, with those above it,
    names both ends (the holder is often told lines after the paragraph's first sentence)."""
    source = flow.source_department or flow.source_business or flow.source_external
    recipient = flow.recipient_department or flow.recipient_business or flow.recipient_external
    if not source or not recipient:
        return
    told = ""
    for index in range(position, min(len(lines), position + 40)):
        if index > position and lines[index].text:
            return  # the next paragraph: the joined one named the ends only when read whole
        told += re.sub(r"\s", "", unicodedata.normalize("NFKC", lines[index].raw))
        if lines[index].raw.strip() and source in told and recipient in told:
            if index > position:
                flow.line, flow.quote = lines[index].no, lines[index].quote
            return


def _issue_told_above(text: str, lines: list[Line], position: int) -> bool:
    """「…は、…第三者であっても…請求することができます」 under a line telling the issue to 第三者 already (「…を第三者に
    市民窓口課が交付したときに…」): the same standing provision told again, its ground for the line above."""
    only_requestable = "請求することができ" in text and not any(
        cue in text for cue in NOTICE_CUES if cue != "請求することができ")
    return only_requestable and any("第三者" in line.text and "交付" in line.text for line in lines[:position])


def _restates_issue(flow: Flow, earlier: list[Flow]) -> bool:
    """The standing issue of certificates to 第三者 told again lower on the page (「証明書を第三者に交付したときは、
    …郵送します」): the page's first telling is the provision, with its items."""
    unheld = not (flow.source_department or flow.source_business or flow.source_external)
    return unheld and flow.recipient_external == "第三者" and any(
        other.recipient_external == "第三者" and not (other.source_business or other.source_external)
        for other in earlier)


def _ground_of_issue(restated: Flow, earlier: list[Flow]) -> None:
    """A later telling of the issue to 第三者 that names the statutes allowing it (「…は、正当な理由があれば第三者も
    請求できることが「…法」に定められています」) gives its ground to the first telling, which named none."""
    for other in earlier:
        if other.recipient_external == restated.recipient_external and other.basis == "unknown" and not (
                other.source_business or other.source_external):
            other.basis, other.basis_text = restated.basis, restated.basis_text
            return


def _refused(flow: Flow) -> Diagnostic:
    """A hand-over a case proposed and its answer refused: said, so that nobody takes it for one that happens."""
    candidate = {"kind": flow.kind, "source_department": flow.source_department,
                 "source_business": flow.source_business, "recipient_department": flow.recipient_department,
                 "recipient_external": flow.recipient_external, "recipient_business": flow.recipient_business,
                 "items": list(flow.items), "line": flow.line}
    return Diagnostic(flow.line, "info", "a hand-over the answer refuses is no flow", candidate)


def _asks(text: str) -> bool:
    """A line of one sentence that asks (「…提供してよいのか。」) states no hand-over."""
    return text.count("。") <= 1 and text.rstrip("。?？ ").endswith("か")


_DENIED = re.compile(r"(?:提供|利用|結合|収集|提出|接続)(?:を|は)?(?:して|し|行って|行)?(?:い)?"
                     r"(?:ません|ない|ておりません)(?:でした)?。?$")


def _denies(text: str) -> bool:
    """A line of one sentence that says a hand-over is not made (「…名簿を提供していません。」) states none.

    >>> _denies("本市は、自衛隊に対し、名簿を提供していません。"), _denies("名簿を提供しています。")
    (True, False)
    """
    return text.count("。") <= 1 and bool(_DENIED.search(text.strip()))


def _sentence_rest(lines: list[Line], position: int, consumed: set[int]) -> list[Line]:
    """The next few prose lines up to the one that ends the sentence started at ``position`` (none when no full
    stop comes within three lines)."""
    rest: list[Line] = []
    for other in lines[position + 1:position + 4]:
        if not other.text or other.cells or other.no in consumed:
            return []
        rest.append(other)
        if "。" in other.text:
            return rest
    return []


def _half_of(flow: Flow, held: list[Flow], line_no: int) -> bool:
    """A notice's flow with no holder, where the summary sentence of the same line names the holder of the same
    provision: the same fact read twice."""
    return (flow.line == line_no and not flow.source_department and flow.recipient_external is not None
            and any(other.source_department and other.kind == flow.kind and other.recipient_external
                    and flow.recipient_external.endswith(other.recipient_external) for other in held))


def _complete_cases(readings: Readings, reading: Reading) -> None:
    """An agenda's half title completed by the discussion far below it, and a title that named no party given the
    one flow said below it. The flows said may be this reader's or a statement reader's: those are taken over as
    copies (the original withdrawn), since a reader never changes another's records."""
    earlier = {claim_id(flow, "statement"): flow for name in ("numbered_statements", "held_clauses")
               for flow in readings.of(name).flows}
    copies = {token: replace(flow, id="", items=list(flow.items), evidence=list(flow.evidence))
              for token, flow in earlier.items()}
    offered = reading.flows + list(copies.values())
    if not offered:
        return
    dropped, restated = complete_titles(readings.cases, readings.of("council").flows, offered, set(reading.restated))
    reading.withdrawn |= dropped
    reading.restated.update(restated)
    reading.restated.update(name_untitled(readings.cases, offered, set(reading.restated)))
    stated = {token for tokens in reading.restated.values() for token in tokens}
    for token, copy in copies.items():
        if copy.id and copy.id in stated:
            reading.flows.append(copy)
            reading.withdrawn.add(token)


READER = Reader("sentences", read, claims="sentences")


_RUNS = re.compile(r"(?P<dept>[^、。をの「」]{1,30}?(?:課|室|センター|局|係|所))が"
                   r"(?P<biz>[^、。をがでの「」]+?(?:事務|業務|事業))(?:で|において)(?:作成|管理|実施|所管|担当|行)")


def _user_business(page: Page, flows: list[Flow]) -> None:
    """A use whose user names no business of its own takes the one the lines just above say the user runs:
    「名簿はA課がX事務で作成しています。」 then 「A課は、…を利用しています。」."""
    for flow in flows:
        if flow.kind != "purpose_outside_use" or flow.recipient_business or not flow.recipient_department:
            continue
        for line in reversed(page.lines[max(0, flow.line - 4):flow.line - 1]):
            runs = next((found for found in _RUNS.finditer(line.text)
                         if found.group("dept").endswith(flow.recipient_department)), None)
            if runs:
                flow.recipient_business = runs.group("biz")
                break


def _rule_start(page: Page, flows: list[Flow]) -> None:
    """A provision a rule's article states starts when the rule, titled as one about that provision, comes into
    force (:func:`.notices.provision_in_force`)."""
    open_flows = [flow for flow in flows if flow.kind == "external_provision" and not flow.start_date and flow.line]
    if not open_flows or not page.lines_with("施行"):
        return
    titles = [line.text for line in page.lines[:8] if line.text.strip()][:3]
    day = provision_in_force(titles, [line.text for line in page.lines_with("施行")])
    if day is None:
        return
    by_no = {line.no: line.text for line in page.lines}
    for flow in open_flows:
        if is_article(by_no.get(flow.line, "")):
            flow.start_date = safe_date(day, flow.line, [])
