"""Provisions a notice tells by the body asking, or by the body first and the data after it.

- 「県は、X法別表第1に掲げる国の機関等から求めがあったときは、法律で定められた事務の処理に必要な範囲で甲を
  提供しています」: a standing provision to the bodies that ask; the statute naming them (「…に掲げる」) is its
  basis, what it is needed for its reason;
- 「平成26年度は、年金の給付の事務のためB機構に、延べ41万件の甲を提供しました」: a provision reported, the body told
  before the data (a count of records before the data is no item).

The body providing is the page's own (「県は」): no end of its own, as in every notice of a standing provision.

>>> [(f.recipient_external, f.basis, f.basis_text, f.reason, f.items) for f in on_demand_flows(
...     "県は、X法別表第2に掲げる国の機関等から求めがあったときは、法律で定められた事務の処理に必要な範囲で"
...     "本人確認情報を提供しています", 3, "q")]
[('国の機関等', 'law', 'X法別表第2', '法律で定められた事務の処理', ['本人確認情報'])]
>>> [(f.recipient_external, f.reason, f.items, f.basis) for f in on_demand_flows(
...     "昨年度は、手当の支給の事務のため北日本共済組合に、延べ2千件の本人確認情報を提供しました", 5, "q")]
[('北日本共済組合', '手当の支給の事務', ['本人確認情報'], 'unknown')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ....records import Flow
from ...text.items import compact

__all__ = ["on_demand_flows"]

_PROVIDED = r"(?:提供|提出)(?:しています|しております|します|しました|する|した)"
# 「Bから求めがあったときは、…に必要な範囲で甲を提供」
_ASKED_WHEN = re.compile(
    r"(?P<to>(?:[^、。をにへ]{1,30}?に(?:掲げる|規定する|定める))?[^、。をにへ]{2,30}?)(?:から|より)(?:の)?(?:求め|依頼|請求|照会|要請)が?(?:あった|ある)(?:とき|場合)"
    r"(?:に(?:は|限り))?は?、(?:(?P<why>[^、。を]{2,30}?)に必要な範囲(?:内)?で、?)?(?P<items>[^、。を]{2,30}?)を、?"
    + _PROVIDED)
_ASKING_WORDS = ("求め", "依頼", "請求", "照会", "要請")
# 「(…のため)Bに、(延べ41万件の)甲を提供しました」: the body first, a comma, then the data
_BODY_FIRST = re.compile(
    r"(?:^|、)(?:(?P<why>[^、。]{2,30}?)のため(?:に)?、?)?(?P<to>[^、。をにへ]{2,20}?)(?:に対し(?:て)?|へ|に)、"
    r"(?:[^、。を]*?\d[^、。を]*?件の)?(?P<items>[^、。を]{2,30}?)を、?" + _PROVIDED)
# the bodies a statute lists: 「X法別表第1に掲げる」「…法第N条に規定する」
_LISTED_BY_LAW = re.compile(r"^(?P<law>[^、。]*?(?:法|条例|政令)[^、。]*?(?:別表|第)[^、。]*?)"
                            r"に(?:掲げる|規定する|定める)")
_BODY = re.compile(r"(?:機関|機構|組合|本部|省|庁|署|[都道府県]|知事|大臣|委員会|法人|協会|公社)(?:等)?$")


def on_demand_flows(sentence: str, line: int, quote: str, before: Sequence[str] = ()) -> list[Flow]:
    """The provision a notice sentence tells in one of the two shapes above; [] otherwise. ``before`` are the lines
    just above: a provision reported to a body, told under the standing provision on a statute's list, rests on
    that statute (no text of its own)."""
    if "提供" not in sentence and "提出" not in sentence:
        return []  # both shapes end in the verb
    asked = _ASKED_WHEN.search(sentence) if any(word in sentence for word in _ASKING_WORDS) else None
    if asked:
        recipient, basis_text = asked.group("to"), None
        listed = _LISTED_BY_LAW.match(recipient)
        if listed:
            recipient, basis_text = recipient[listed.end():], listed.group("law")
        if _BODY.search(recipient):
            return [Flow(recipient_external=recipient, kind="external_provision",
                         basis="law" if basis_text else "unknown", basis_text=basis_text,
                         reason=asked.group("why"), items=[asked.group("items")], line=line, quote=quote)]
    first = (_BODY_FIRST.search(sentence) if "に、" in sentence or "へ、" in sentence or "に対し" in sentence
             else None)  # the body first, then its comma
    if first and _BODY.search(first.group("to")):
        standing = any(_LISTED_BY_LAW.match(asked.group("to")) for above in before
                       for asked in [_ASKED_WHEN.search(compact(above))] if asked)
        return [Flow(recipient_external=first.group("to"), kind="external_provision", reason=first.group("why"),
                     basis="law" if standing else "unknown", items=[first.group("items")], line=line, quote=quote)]
    return []
