"""Bodies listed under a consultation whose provision names no recipient: said, not skipped.

The genre: a 諮問 on 「…の目的外利用及び提供について」 explains the scheme below its title and names where the
data go as a list of bodies before 「に」 (「あらかじめA、B及びC、D及びEに提供し」). When no reader turned that
line into flows because a verb no reader knows ends it, the line is a diagnostic whose candidate names the kind
and the bodies, so that a person can complete the flows. When the excerpt itself ends inside that sentence (the
document's last line ends on 「…に」), the case's title states the provision: one flow per body.

>>> from ...layout.lines import split_lines
>>> from ....records import CouncilCase
>>> lines = split_lines("見守りのための個人情報の提供について(諮問)\\n制度の説明です。\\n"
...                     "登録した情報を、あらかじめ各地区自治会、民生委員及び消防署に\\n（以下略）")
>>> case = CouncilCase(title="見守りのための個人情報の提供について", line=1)
>>> [(d.line, d.message) for d in read(lines, [case], []).diagnostics]
[(3, 'bodies listed under a provision no reader read: 各地区自治会、民生委員、消防署')]
>>> cut = split_lines("見守りのための個人情報の提供について(諮問)\\n登録した情報を、あらかじめ自治会及び消防署に")
>>> [(f.recipient_external, f.basis, f.line) for f in read(cut, [case], []).flows]
[('自治会', 'council', 2), ('消防署', 'council', 2)]
"""

from __future__ import annotations

import re
from dataclasses import fields

from ....records import CouncilCase, Diagnostic, Flow
from ...layout.lines import Line
from ...reading import Reading
from ...text.items import compact
from .consult import flow_kind

__all__ = ["read"]

_BEFORE_TO = re.compile(r"(?P<list>[^。]+?)に(?:提供|情報提供|名簿を提供|配布|送付)?(?:し|する|します|しています)?$")
_SEPARATOR = re.compile(r"、|及び|並びに|および")
_NOT_A_BODY = re.compile(r"[をがはでた]|して|うえ|ため|必要")
_ADVERB = re.compile(r"^(?:あらかじめ|また|さらに|その後|事前に)")
_DIAGNOSTIC_FIELDS = {field.name for field in fields(Diagnostic)}


def _bodies(text: str) -> list[str]:
    """The run of short names just before the closing 「に」 (two at least), nearest last."""
    match = _BEFORE_TO.search(text.rstrip("。"))
    if not match:
        return []
    run: list[str] = []
    for piece in reversed(_SEPARATOR.split(match.group("list"))):
        piece = _ADVERB.sub("", piece.strip())
        if not piece or len(piece) > 14 or _NOT_A_BODY.search(piece):
            break
        run.insert(0, piece)
    return run if len(run) >= 2 else []


def read(lines: list[Line], cases: list[CouncilCase], flows: list[Flow]) -> Reading:
    """Diagnostics for lines under a provision case that list bodies no flow was read from."""
    reading = Reading()
    provisions = [case for case in cases if case.line and flow_kind(compact(case.title)) == "external_provision"
                  or case.line and "提供" in case.title]
    if not provisions:
        return reading
    read_on = {flow.line for flow in flows}
    last = max((line.no for line in lines if line.text), default=0)
    by_no = {line.no: index for index, line in enumerate(lines)}
    for case in provisions:
        start = by_no.get(case.line or 0)
        if start is None:
            continue
        for line in lines[start + 1:start + 13]:
            if not line.text or line.no in read_on or line.no in reading.claimed:
                continue
            bodies = _bodies(line.text)
            if bodies and line.no == last and line.text.rstrip().endswith("に"):
                # the excerpt ends inside the sentence that gives the data to these bodies, under a case whose
                # title states the provision: one flow per body, as the case puts it to the council
                reading.flows.extend(Flow(recipient_external=body, kind="external_provision", basis="council",
                                          line=line.no, quote=line.quote) for body in bodies)
                reading.claimed.add(line.no)
            elif bodies:
                candidate = {"kind": "external_provision", "recipients": bodies, "line": line.no}
                extra = {"candidate": candidate} if "candidate" in _DIAGNOSTIC_FIELDS else {}
                reading.diagnostics.append(Diagnostic(
                    line.no, "warning", "bodies listed under a provision no reader read: " + "、".join(bodies),
                    **extra))
                reading.claimed.add(line.no)
    return reading
