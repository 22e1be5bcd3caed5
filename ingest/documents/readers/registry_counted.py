"""Registrations a report sentence names after the count's topic: 「新たに登録した事務は、A課のB事務の1件」.

The genre: a council's minutes or summary retells the secretariat's report on the register in one sentence. Its
topic says what was done (「新たに登録した事務は」「廃止した事務は」), then each business is named after its
department (「A課のB事務」, several joined by 、/及び/と) and the sentence counts them (「…の2件」). The count is
read by the prose counts; here each business named is a registration of the topic's action, when as many
businesses are named as the sentence counts (else the names are not sure, and nothing is read).

>>> from ..layout.page import page_of
>>> page = page_of("報告事項\\n事務局から、今年度に廃止した事務は、市民課の旧窓口予約事務及び税務課の旧申告事務の2件"
...                "であると報告があった。")
>>> [(r.action, r.department, r.business, r.line) for r in read(page, Readings()).registrations]
[('abolish', '市民課', '旧窓口予約事務', 2), ('abolish', '税務課', '旧申告事務', 2)]
"""

from __future__ import annotations

import re

from ...records import Registration
from ..layout.page import Page
from ..reading import Reader, Reading, Readings
from ..text.registry_words import action_of

__all__ = ["READER"]

_HOLDER = r"[^\s、。「」『』()（）がはをにでのと及]{1,20}?(?:課|室|係|センター|局|部|館|所|委員会)"
_BUSINESS = r"「?[^\s、。「」『』()（）がはをに]{2,40}?(?:事務|業務|事業)」?"
# 「…新たに登録した事務は、」: the topic naming the action, then the businesses and their count
_TOPIC = re.compile(r"(?P<topic>[^、。]{0,30}?(?:登録|変更|廃止|追加|削除)(?:した|された|となった)(?:事務|業務))"
                    r"(?:は|が)、?")
_NAMED = re.compile(rf"(?P<names>{_HOLDER}の{_BUSINESS}(?:(?:、|及び|と|並びに){_HOLDER}の{_BUSINESS})*)"
                    r"の(?P<count>\d+)件")
_JOIN = re.compile(r"、|及び|並びに|と(?=[^、。]{1,20}?(?:課|室|係|センター|局|部|館|所|委員会)の)")
_ONE = re.compile(rf"(?P<dept>{_HOLDER})の(?P<biz>{_BUSINESS})")


def read(page: Page, readings: Readings) -> Reading:
    used = readings.claimed("records", "council") | {record.line for record in readings.registrations}
    out: list[Registration] = []
    for line in page.lines:
        if line.blank or line.cells or line.no in used or "件" not in line.text:
            continue
        for sentence in line.text.split("。"):
            for topic in _TOPIC.finditer(sentence):
                action = action_of(topic.group("topic"))
                named = _NAMED.match(sentence, topic.end())
                if not action or not named:
                    continue
                businesses = [_ONE.fullmatch(name) for name in _JOIN.split(named.group("names"))]
                if not all(businesses) or len(businesses) != int(named.group("count")):
                    continue  # the names and the count disagree: the names are not sure
                out.extend(Registration(department=found.group("dept"), business=found.group("biz").strip("「」"),
                                        action=action, line=line.no, quote=line.quote) for found in businesses)
    return Reading(registrations=out)  # the line is left to the prose counts, which read its count


READER = Reader("registry_counted", read, claims="records")
