"""Names a reader cut at the が inside them, made whole again from their line.

Readers find a holder or a business by the particles around it (「A課が保有する」「A課が、」), and が is one of them
— but it is also a letter of names: 「がん検診事務」, 「障がい福祉課」, 「生きがい推進課」. A reader that stopped at
that が leaves 「ん検診事務」 or 「い福祉課」. A name opening with ん or い right after a が of its line is such a
stump: the letters before the が, back to a particle, a bracket or a space, are given back.

>>> whole_name("ん検診事務", "健康課のがん検診事務で保有する受診結果")
'がん検診事務'
>>> whole_name("い福祉課", "【障がい福祉課長】障がい福祉課は、")
'障がい福祉課'
>>> whole_name("いきいき推進課", "市民課からいきいき推進課へ")
'いきいき推進課'
"""

from __future__ import annotations

from ...records import Flow, Registration

__all__ = ["restore_cut_names", "whole_name"]

_STUMP_STARTS = ("ん", "い")
_BOUNDARY = frozenset("のはをにへとでがも、。,，・:：()（）「」『』【】[]〈〉<>《》 　\t|")
_FLOW_NAMES = ("source_department", "source_business", "recipient_department", "recipient_business",
               "recipient_external")


def whole_name(name: str | None, text: str | None) -> str | None:
    """``name`` with the letters its reader cut before a が inside it, found in ``text``; else as it is."""
    if not name or not text or not name.startswith(_STUMP_STARTS):
        return name
    at = text.find("が" + name)
    if at < 0:
        return name
    start = at
    while start > 0 and text[start - 1] not in _BOUNDARY and at - start < 8:
        start -= 1
    return text[start:at] + "が" + name


def restore_cut_names(flows: list[Flow], registrations: list[Registration]) -> None:
    """Give back what a reader cut from the names of ``flows`` and ``registrations``, each from its own line."""
    for flow in flows:
        for field in _FLOW_NAMES:
            setattr(flow, field, whole_name(getattr(flow, field), flow.quote))
    for registration in registrations:
        registration.department = whole_name(registration.department, registration.quote)
        registration.business = whole_name(registration.business, registration.quote)
