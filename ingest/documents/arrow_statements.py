"""Flows stated in running prose with an arrow between the two parties: 「学校→警察に提供する情報は「A・B」」.

The genre: accounts of a council's deliberation (minutes, members' reports) sum up a two-way exchange with
arrows inside a sentence, each followed by the verb that says which way the data go and often by the items in
brackets:

- 「A→Bに提供する情報は「X・Y」」: A holds and provides, B receives (outside unless it reads as a department);
- 「A→Bに収集する情報は「X・Y」」 (also 「BがAから収集」 written with the arrow): B collects from A, an outside
  supplier.

Items are split on 「・」; a trailing qualifier 「などのうち…」 is dropped. A list line 「業務 → 接続先」 with no verb
after the arrow is :mod:`.arrows`' genre, not this one.

>>> text = ("図書館と教育委員会の連携\\n内容は次のとおり。\\n"
...         "図書館→教育委員会に提供する情報は「貸出履歴・氏名・などのうち必要な事項」")
>>> reading = read(split_lines(text), set())
>>> [(f.kind, f.source_department, f.recipient_department, f.recipient_external, f.items) for f in reading.flows]
[('external_provision', '図書館', '教育委員会', None, ['貸出履歴', '氏名'])]
"""

from __future__ import annotations

import re

from ..records import Flow
from .lines import Line, split_lines  # noqa: F401 - the doctest uses split_lines
from .names import is_department
from .reading import Reading

__all__ = ["read"]

_STATED = re.compile(r"(?P<a>[^\s、。→「」()（）]{1,15}?)\s*(?:→|⇒)\s*(?P<b>[^\s、。→「」()（）]{1,15}?)(?:に|へ)"
                     r"(?P<verb>提供|収集|送付|連絡|通報)(?:する|される|した)(?P<rest>[^。]*)")
_ITEMS = re.compile(r"^情報は?「(?P<items>[^」]+)」")
_QUALIFIER = re.compile(r"(?:など|等)(?:の)?うち.*$")
_OUTSIDE = re.compile(r"警察|署|国|県|法人|協会|事業者|機関|団体|会社|病院|大学|自衛隊|本部")


def _items(rest: str) -> list[str]:
    listed = _ITEMS.match(rest)
    if not listed:
        return []
    out = []
    for piece in listed.group("items").split("・"):
        piece = _QUALIFIER.sub("", piece).strip("、 ")
        if piece and not piece.startswith(("など", "等")):
            out.append(piece)
    return out


def _inside(name: str) -> bool:
    return is_department(name) or not _OUTSIDE.search(name)


def read(lines: list[Line], consumed: set[int]) -> Reading:
    """Flows the arrow sentences state, and the lines they were read on."""
    reading = Reading()
    for line in lines:
        text = line.text
        if not text or line.cells or line.no in consumed or ("→" not in text and "⇒" not in text):
            continue
        for match in _STATED.finditer(text):
            a, b, verb = match.group("a"), match.group("b"), match.group("verb")
            items = _items(match.group("rest"))
            if verb == "収集":  # B collects from A, an outside supplier (source_external once Flow has it)
                flow = Flow(kind="collection_from_others", source_department=a, recipient_department=b,
                            items=items, line=line.no, quote=line.quote)
            else:
                flow = Flow(kind="external_provision", source_department=a, items=items, line=line.no,
                            quote=line.quote,
                            **({"recipient_department": b} if _inside(b) else {"recipient_external": b}))
            reading.flows.append(flow)
            reading.claimed.add(line.no)
    return reading
