"""Itemised hand-overs: one clause a line, the holder its subject, the ground in a closing bracket.

Village pages and bulletins list their standing uses and provisions as items — 「(1)A課がX事務で保有する甲を、
B課がY事務に利用します。(相当の理由)」, 「※ A課が保有する甲を、C会に提供(本人同意)」 — one hand-over a line.
The grammar of the clause is :mod:`..text.handover_clauses`; this reader offers it every unclaimed prose line
that holds 保有する (or 結合, 収集: 「A課のX事務では、BからYを、CからZを収集しています(…法)」, one flow per
supplier) and claims the lines it reads, so the sentence readers after it do not read them again.

>>> from ..layout.page import page_of
>>> page = page_of("公表\\n(1)市民課が住民記録事務で保有する氏名を、防災課が避難支援事務に利用します。(相当の理由)")
>>> [(f.source_department, f.recipient_department, f.basis, f.line) for f in read(page, Readings()).flows]
[('市民課', '防災課', 'reasonable_grounds', 2)]
"""

from __future__ import annotations

import re

from ...normalize import classify_kind
from ...records import Flow
from ..layout.lines import Line
from ..layout.page import Page
from ..reading import Reader, Reading, Readings
from ..text.handover_clauses import clause_flows, collection_flows, lead_in_basis, noted_basis, statutory_flows
from ..text.openings import plain_statement

__all__ = ["READER", "read"]

_PUT_TO_COUNCIL = re.compile(r"(?:諮問|審議会|審査会)[^。]{0,30}?(?:承認|了承|適当|妥当)")
_BULLET_LABEL = re.compile(r"^[•・●○◆◇■□]\s*(?P<label>[^、。()（）:：]{2,30})$")
_SECTION_WORDS = re.compile(r"(?:状況|一覧|について|件数|内訳)$")
# 「主なものは、…に利用したもの、A課のXを / B企業団へ提供したものなどです」: an example cut by the page's wrap
_WRAPPED_EXAMPLE = re.compile(r"(?:^|、)(?P<dept>[^、。をがのは]{1,12}?(?:課|室|係))の(?P<data>[^、。をが]{2,20})を"
                              r"(?P<to>[^、。をがにへ]{2,30}?)(?:へ|に)提供したもの")
_LONGEST_ITEM = 200  # an item is one clause: a longer line is a paragraph, the sentence readers'


def _label_above(page: Page, line: Line) -> str | None:
    """The purpose a bullet label states on the line above a clause told as its paragraph (「• 敬老祝金の対象者の
    抽出」 over 「A課が…に利用しました。」); a clause that is itself a bullet has none."""
    if _BULLET_LABEL.match(line.text):
        return None
    above = next((other for other in reversed(page.lines[max(0, line.no - 3):line.no - 1]) if other.text), None)
    label = _BULLET_LABEL.match(above.text) if above is not None and not above.cells else None
    if label is None or classify_kind(label.group("label")) or _SECTION_WORDS.search(label.group("label")):
        return None  # 「・目的外利用」「・提供の状況」: a section's name, not what the data was for
    return label.group("label")


def _wrapped_examples(page: Page, skip: set[int], reading: Reading) -> None:
    """Provisions given as examples whose sentence the page's wrap cut after the data's 「を」: the flow stands on
    the line that names the recipient, one blank line at most below."""
    lines = page.lines
    for index, line in enumerate(lines):
        if line.cells or line.no in skip or not line.text.rstrip().endswith("を"):
            continue
        following = next((other for other in lines[index + 1:index + 3] if other.text.strip()), None)
        if following is None or following.cells or following.no in skip or "提供したもの" not in following.text:
            continue
        cut = len(line.text.rstrip())
        joined = line.text.rstrip() + following.text.strip()
        for found in _WRAPPED_EXAMPLE.finditer(joined):
            if found.start("data") < cut < found.end("to"):
                reading.flows.append(Flow(source_department=found.group("dept"), source_business=found.group("data"),
                                          recipient_external=found.group("to"), kind="external_provision",
                                          line=following.no, quote=following.quote))
                reading.claimed.add(following.no)


def read(page: Page, readings: Readings) -> Reading:
    reading = Reading()
    skip = readings.claimed("records", "council", "statements")
    for line in page.lines:  # a plain loop: 利用 and 提供 are on most lines of a flow list, a cue search costs more
        if line.cells or "を" not in line.text:
            continue  # plain_statement never adds a を: a line without one is no clause either way
        text = plain_statement(line.text)  # 「@A課は、…に提供しているが、…か」: the premise, unmarked
        if (line.cells or "を" not in text or len(text) > _LONGEST_ITEM or line.no in skip
                or not ("保有する" in text or "提供" in text or "利用" in text or "結合" in text or "収集" in text
                        or "に基づき" in text)):
            continue
        found = clause_flows(text, line.no, line.quote) or (
            collection_flows(text, line.no, line.quote) if "収集" in text else []) or (
            statutory_flows(text, line.no, line.quote) if "に基づき" in text else [])
        if not found and "。" in text.rstrip("。"):
            # 「…に利用するものです。委員から…承認されました。」: the clause first, what became of it after
            clause, rest = text.split("。", 1)
            found = clause_flows(clause + "。", line.no, line.quote)
            if _PUT_TO_COUNCIL.search(rest):  # 「…諮問のとおり承認されました」: the council's approval is the ground
                for flow in found:
                    if flow.basis == "unknown":
                        flow.basis, flow.basis_text = "council", _PUT_TO_COUNCIL.search(rest).group(0)
        if found:
            label = _label_above(page, line)
            for flow in found:
                flow.reason = flow.reason or label
            reading.flows.extend(found)
            reading.claimed.add(line.no)
    _wrapped_examples(page, skip | reading.claimed, reading)
    lead_in_basis(page.lines, reading.flows)
    noted_basis(page.lines, reading.flows)
    return reading


READER = Reader("held_clauses", read, claims="statements")
