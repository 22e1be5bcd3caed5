"""Hand-overs told in everyday words, as a city's page written for residents tells them.

Such a page never says 保有 / 目的外利用 / 外部提供 / 収集: the holder 「お預かりしている」 the data, a department
「使っています」 it, the city 「お渡ししています」 it to a body, and 「いただいています」 it from a supplier.
:func:`in_terms` rewords a sentence into the terms the clause grammar (:mod:`.general_clause`) reads, dropping
what only says why or how it is done (「受診券を送るために」, 「専用回線でつないだシステムを通して毎月」; data
sent through a line or a system is an online connection). :func:`collections` reads 「A課は、X事務で、BからYを、
CからZを、それぞれいただいています」: one collection per supplier.

>>> in_terms("税務課が課税事務でお預かりしている所得を、福祉課が手当事務で使っています。")
'税務課が課税事務で保有している所得を、福祉課が手当事務で利用しています。'
>>> in_terms("保健課が健診事務でお預かりしている氏名を、北社へ、専用回線でつないだシステムを通してお渡ししています。")
'保健課が健診事務で保有している氏名を、北社へオンライン結合しています。'
>>> collections("介護課は、認定事務で、主治医から意見書を、病院から病状を、それぞれいただいています。")
[('介護課', '認定事務', '主治医', '意見書'), ('介護課', '認定事務', '病院', '病状')]
"""

from __future__ import annotations

import re

__all__ = ["EVERYDAY_VERBS", "collections", "each_recipient", "in_terms", "told_ground"]

EVERYDAY_VERBS = ("お預かり", "使って", "使いま", "お渡し", "お送り", "いただいて", "いただきま")

_HELD = re.compile(r"お預かりして(?=いる|おり)|お預かりした|お預かりする")
# 「…を送るために使っています」: what the use is for, told between the user and the verb
_PURPOSE = re.compile(r"[^、。でにへ]{2,30}?ため(?:に)?、?(?=使っ|使い|お渡し|お送り)")
# 「…へ、専用回線でつないだシステムを通して毎月お渡し」: how it is sent; a line or a system makes it a connection
_MEANS = re.compile(r"、?(?P<means>[^、。]{0,30}?(?:を通して|を通じて|により|によって|で))?"
                    r"(?:毎月|毎年度?|定期的に|随時)?(?P<verb>(?:お渡し|お送り)(?:して|し|する))")
_LINE_OR_SYSTEM = re.compile(r"回線|システム|オンライン|ネットワーク")
_USED = re.compile(r"使って(?=います|いる|おり)|使いま(?=す)|使う(?=[。ことも])")
_ENTRUSTED = re.compile(r"を任せて(?=いる)")
# 「同意をいただいた方に限って、」: given with the consent of those it is about
_CONSENTED = re.compile(r"(?:ご?本人の)?同意を(?:いただいた|いただいている|いただけた)(?:方|場合)"
                        r"(?:に限って|に限り|のみ)、?")
# 「…を、A組織とB委員に提供」: two bodies receive the same data
_TWO_ENDS = re.compile(r"を、(?P<before>(?:[^、。を]*を得て、)?)(?P<first>[^、。をと]{2,30}?)"
                       r"と(?P<second>[^、。をと]{2,30}?)"
                       r"(?P<particle>に|へ)(?=(?:目的外に?|外部に)?(?:提供|利用|オンライン結合))")
# 「…児童扶養手当法に基づいて行っています」: the ground told in the sentence after the hand-over
_GROUND_TOLD = re.compile(r"(?P<ground>[^、。]{2,30}?(?:法|法令|条例|規則)に基づいて)(?:行って|実施して|お?渡して)")
_UNIT = r"[^、。をがの「」]{1,30}?(?:課|室|係|センター|局)"
_BIZ = r"[^、。をが「」]{2,30}?(?:事務|業務|事業)"
_COLLECTS = re.compile(r"(?:^|[、。])(?P<dept>" + _UNIT + r")は、(?P<biz>" + _BIZ + r")(?:で|において)、"
                       r"(?P<pairs>(?:[^、。]{2,20}?から[^、。]{1,30}?を、)+)(?:それぞれ)?、?"
                       r"(?:(?:ご提供|ご提出)?いただいて|(?:ご提供|ご提出)?いただきま|集めて|受け取って|収集して"
                       r"|取得して)")
_PAIR = re.compile(r"(?P<supplier>[^、。]{2,20}?)から(?P<items>[^、。]{1,30}?)を、")
# 「(たとえば)A課では、X事務のため、YをBから、ZをCから受け取っています」: the data first, then its supplier
_COLLECTS_DATA_FIRST = re.compile(r"(?:^|[、。])(?:たとえば|例えば)?、?(?P<dept>" + _UNIT + r")(?:では|は)、"
                                  r"(?P<biz>" + _BIZ + r")(?:のため|で|において)、"
                                  r"(?P<pairs>(?:[^、。を]{1,30}?を[^、。を]{2,20}?から、)*[^、。を]{1,30}?を"
                                  r"[^、。を]{2,20}?から)、?(?:それぞれ)?、?"
                                  r"(?:受け取って|受け取りま|(?:ご提供|ご提出)?いただいて|集めて|収集して|取得して)")
_PAIR_DATA_FIRST = re.compile(r"(?P<items>[^、。を]{1,30}?)を(?P<supplier>[^、。を]{2,20}?)から(?:、|$)")


def in_terms(text: str) -> str:
    """The sentence with its everyday verbs put in the terms of a report."""
    # each pattern is tried only when its verb is there: most sentences have none of these everyday verbs
    if "お預かり" in text:
        text = _HELD.sub(lambda found: "保有して" if found.group(0).endswith("して") else "保有" + found.group(0)[-2:],
                         text)
    if "使" in text or "お渡し" in text or "お送り" in text:
        text = _PURPOSE.sub("", text)
    if "を任せて" in text:
        text = _ENTRUSTED.sub("を委託して", text)
    if "同意を" in text:
        text = _CONSENTED.sub("本人の同意を得て、", text)

    def given(found: re.Match[str]) -> str:
        means = found.group("means") or ""
        online = bool(_LINE_OR_SYSTEM.search(means))
        tail = found.group("verb")[len("お渡し"):]  # お送り is as long
        return ("オンライン結合" if online else "提供") + tail

    if "お渡し" in text or "お送り" in text:
        text = _MEANS.sub(given, text)
    if "使" not in text:
        return text
    return _USED.sub(lambda found: "利用して" if found.group(0).startswith("使って") else "利用しま"
                     if found.group(0) == "使いま" else "利用する", text)


def collections(text: str) -> list[tuple[str, str, str, str]]:
    """(department, business, supplier, items) of each supplier of a sentence telling what a department
    receives from whom, the supplier before the data or after it.

    >>> collections("例えば保険課では、給付事務のため、明細を審査機関から、資格情報を国保連から受け取っています。")
    [('保険課', '給付事務', '審査機関', '明細'), ('保険課', '給付事務', '国保連', '資格情報')]
    """
    found = _COLLECTS.search(text)
    if found is not None:
        return [(found.group("dept"), found.group("biz"), pair.group("supplier"), pair.group("items"))
                for pair in _PAIR.finditer(found.group("pairs"))]
    found = _COLLECTS_DATA_FIRST.search(text)
    if found is None:
        return []
    return [(found.group("dept"), found.group("biz"), pair.group("supplier"), pair.group("items"))
            for pair in _PAIR_DATA_FIRST.finditer(found.group("pairs"))]


def each_recipient(text: str) -> list[str]:
    """The sentence once per receiving body when two are joined by と (「…を、A組織とB委員に提供」).

    >>> each_recipient("福祉課が保有する氏名を、自主防災組織と民生委員に提供しています。")
    ['福祉課が保有する氏名を、自主防災組織に提供しています。', '福祉課が保有する氏名を、民生委員に提供しています。']
    """
    found = _TWO_ENDS.search(text)
    if found is None:
        return [text]
    head, tail = text[:found.start()], text[found.end():]
    return [f"{head}を、{found.group('before')}{found.group(end)}{found.group('particle')}{tail}"
            for end in ("first", "second")]


def told_ground(text: str) -> str | None:
    """The statute a later sentence says the hand-over is done under (「…法に基づいて行っています」)."""
    found = _GROUND_TOLD.search(text)
    return found.group("ground") if found else None
