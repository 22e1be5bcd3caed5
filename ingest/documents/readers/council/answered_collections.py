"""A collection the minutes mention in an answer, outside any case: said, never left silent.

A member asks about a reported business (「…の事務では、医療機関からも情報を集めるのでしょうか。」) and the
secretariat answers 「…接種を行った医療機関から症状の経過を収集することとしております。」: a collection from an
outside supplier into a business the answer does not name. No flow can be made without its recipient; the line
becomes a diagnostic whose candidate carries the supplier and the items, and the business the question names.

>>> from ...layout.lines import split_lines
>>> lines = split_lines("委員\\n相談の事務では、病院からも情報を集めるのですか。\\n事務局\\n"
...                     "病院から症状を収集することとしております。")
>>> [(d.line, d.candidate["source_external"], d.candidate.get("recipient_business"))
...  for d in collections_answered(lines, set())]
[(4, '病院', '相談の事務')]
"""

from __future__ import annotations

import re

from ....records import Diagnostic
from ...layout.lines import Line
from ...text.items import clean_items

__all__ = ["collections_answered"]

_COLLECTED = re.compile(r"(?:^|[、。]|ほか、)\s*(?P<supplier>[^、。にはが]{2,30}?)から(?P<items>[^、。を]{2,30}?)を"
                        r"(?:収集|取得)(?:する|している|しております|することとしております|します)")
_ASKED_OF = re.compile(r"(?P<work>[^、。]{2,30}?(?:事務|業務|事業))(?:では|において|で)、")


def collections_answered(lines: list[Line], said_on: set[int]) -> list[Diagnostic]:
    """A diagnostic for each line stating a collection from a named supplier that no reading has taken
    (``said_on``: the lines with a flow or a diagnostic already)."""
    out: list[Diagnostic] = []
    asked: str | None = None
    since = 99  # non-empty lines since the last question: an answer follows it closely (a speaker, then the answer)
    for line in lines:
        text = line.text.strip()
        if not text:
            continue
        since += 1
        question = _ASKED_OF.match(text) if text.endswith(("か。", "か?", "か？")) else None
        if question:
            asked, since = question.group("work"), 0
            continue
        if since > 2:
            continue  # only an answer to a member's question about a business
        said = _COLLECTED.search(text) if line.no not in said_on and "収集" in text or "取得" in text else None
        if said is None or said.group("supplier")[-2:] == "本人":
            continue
        candidate = {"kind": "collection_from_others", "source_external": said.group("supplier"),
                     "items": clean_items(said.group("items"))[0], "line": line.no}
        if asked:
            candidate["recipient_business"] = asked
        out.append(Diagnostic(line.no, "warning", "a collection from an outside supplier is said without the "
                              "business that collects", candidate))
    return out
