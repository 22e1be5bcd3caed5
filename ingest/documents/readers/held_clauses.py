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

from ..layout.page import Page
from ..reading import Reader, Reading, Readings
from ..text.handover_clauses import clause_flows, collection_flows, lead_in_basis

__all__ = ["READER", "read"]

_LONGEST_ITEM = 200  # an item is one clause: a longer line is a paragraph, the sentence readers'


def read(page: Page, readings: Readings) -> Reading:
    reading = Reading()
    skip = readings.claimed("records", "council", "statements")
    for line in page.lines:  # a plain loop: 利用 and 提供 are on most lines of a flow list, a cue search costs more
        text = line.text
        if (line.cells or "を" not in text or len(text) > _LONGEST_ITEM or line.no in skip
                or not ("保有する" in text or "提供" in text or "利用" in text or "結合" in text or "収集" in text)):
            continue
        found = clause_flows(text, line.no, line.quote) or (
            collection_flows(text, line.no, line.quote) if "収集" in text else [])
        if found:
            reading.flows.extend(found)
            reading.claimed.add(line.no)
    lead_in_basis(page.lines, reading.flows)
    return reading


READER = Reader("held_clauses", read, claims="statements")
