"""The sentence readers: flows stated one prose line at a time, after every structured reader had its say.

Each unclaimed prose line that carries a cue is offered, in this order, to:

- a notice of a standing provision (:func:`.notices.notice_flows`; cue: 提, 閲覧, 通知され, 請求でき), which
  sees the five lines before and twelve after for the recipient and the items;
- a mutual use (:func:`.notices.mutual_flows`; 相互に) — both may read one line;
- a summary sentence of minutes (:func:`.holdings.held_flows`; 保有, 結合), whose next line may give the
  basis and start (:func:`.holdings.follow_up`); when it reads nothing,
- a free statement with a receiving subject (:func:`.statements.statement_flows`; a flow word).

A case whose title names a flow without its ends takes the summary sentences under it instead
(:func:`.holdings.attach_to_cases`): the title's flow is withdrawn and the case restated.

>>> from ...layout.page import page_of
>>> page = page_of("架空市\\n健康課が保有する健診データを保険課が目的外利用しています。")
>>> [(flow.source_department, flow.recipient_department) for flow in read(page, Readings()).flows]
[('健康課', '保険課')]
"""

from __future__ import annotations

from ....records import Flow
from ...layout.page import Page
from ...reading import Reader, Reading, Readings
from ...text.change_reasons import FLOW_WORDS
from .holdings import attach_to_cases, follow_up, held_flows
from .notices import mutual_flows, notice_flows
from .statements import statement_flows

__all__ = ["CUES", "READER", "read"]

NOTICE_CUES = ("提", "閲覧", "通知され", "請求でき")
HELD_CUES = ("保有", "結合")
# Every word that makes a line worth offering; FLOW_WORDS' words are among them or contain one (外部提供: 提).
CUES = (*NOTICE_CUES, "相互に", *HELD_CUES, "目的外利用", "電子媒体", "本人以外")


def read(page: Page, readings: Readings) -> Reading:
    lines = page.lines
    consumed = readings.claimed("records", "council", "statements")
    reading = Reading()
    held_here: list[Flow] = []
    previous_held: list[Flow] = []
    previous_position = -1
    for line in page.lines_with(*CUES):
        position = line.no - 1  # the page keeps one line per line number, blanked when joined above
        if line.cells or line.no in consumed:
            continue
        text = line.text
        if previous_held:
            # The basis and start of a summary sentence are told on the next prose line, whatever its cue.
            following = next((other for other in lines[previous_position + 1:position + 1]
                              if other.text and not other.cells and other.no not in consumed), None)
            answered = following is not None and follow_up(following.text, previous_held, following.no,
                                                            reading.diagnostics)
            previous_held = []
            if answered and following is line:
                continue
        if any(cue in text for cue in NOTICE_CUES):
            before = [other.text for other in lines[max(0, position - 5):position]]
            after = [other.text for other in lines[position + 1:position + 13]]
            reading.flows.extend(notice_flows(text, line.no, line.quote, before, after))
        if "相互に" in text:
            reading.flows.extend(mutual_flows(text, line.no, line.quote))
        held = held_flows(text, line.no, line.quote) if any(cue in text for cue in HELD_CUES) else []
        held_here.extend(held)
        previous_held, previous_position = held, position
        if held:
            reading.flows.extend(held)
        elif FLOW_WORDS.search(text):
            reading.flows.extend(statement_flows(text, line.no, line.quote))
    if previous_held:
        following = next((other for other in lines[previous_position + 1:]
                          if other.text and not other.cells and other.no not in consumed), None)
        if following is not None:
            follow_up(following.text, previous_held, following.no, reading.diagnostics)
    if held_here:
        reading.withdrawn, reading.restated = attach_to_cases(readings.cases, readings.of("council").flows, held_here)
    return reading


READER = Reader("sentences", read, claims="sentences")
