"""Collections from the partners a bullet list names, when the page says what those partners report to an office.

A watching-network article heads a list of the bodies it works with (「▽協定を結んでいる事業者」 over 「・B郵便局」
bullets), and elsewhere says what that group does: 「協定を結んでいる事業者は、…異変に気付いたときは、市のA課に
連絡します。」 Each bullet is one collection by that office from the listed body. The group is matched by the noun the
head ends in (事業者, 団体, 機関 …) opening the sentence as its subject; a list no sentence tells of is left alone.

>>> from ..layout.page import page_of
>>> page = page_of("見守り\\n▽協力している団体\\n・北浜郵便局\\n・南野新聞販売店\\n"
...                "協力している団体は、異変に気付いたときは、町の福祉課に連絡します。")
>>> [(f.kind, f.source_external, f.recipient_department, f.line) for f in read(page, Readings()).flows]
[('collection_from_others', '北浜郵便局', '福祉課', 3), ('collection_from_others', '南野新聞販売店', '福祉課', 4)]
"""

from __future__ import annotations

import re

from ...records import Flow
from ..layout.page import Page
from ..reading import Reader, Reading, Readings

__all__ = ["READER", "read"]

_GROUP_NOUN = r"(?:事業者|事業所|団体|機関|企業|協力店|店舗|法人)"
_HEAD = re.compile(r"^\s*[▽▼◇◆■□●○【〈<]?\s*(?P<group>[^、。・()（）]{0,24}?(?P<noun>" + _GROUP_NOUN
                   + r"))\s*[】〉>]?\s*[:：]?\s*$")
_GROUP_NOUN_CUE = re.compile(_GROUP_NOUN)  # a head names its group: a line without such a noun is none
_BULLET = re.compile(r"^\s*[・•]\s*(?P<body>[^、。()（）]{2,40}?)\s*$")
_REPORTS = re.compile(r"(?P<office>[^、。をがはにの\s「」]{1,20}?(?:課|室|係|センター))(?:の窓口)?に"
                      r"(?:連絡|通報|報告|情報提供|知らせ|相談)")


def _reporting_office(lines: list, noun: str) -> str | None:
    """The office a sentence whose subject is the group (ending in ``noun``) says it reports to."""
    for line in lines:
        for sentence in re.split(r"(?<=。)", line.text):
            subject = re.match(r"^\s*(?P<subject>[^、。]{0,30}?)(?:は|が)、", sentence)
            if subject is None or not subject.group("subject").endswith(noun):
                continue
            reported = _REPORTS.search(sentence[subject.end():])
            if reported:
                return reported.group("office")
    return None


def read(page: Page, readings: Readings) -> Reading:
    reading = Reading()
    skip = readings.claimed()
    lines = page.lines
    for index, line in enumerate(lines):
        head = (_HEAD.match(line.text) if line.no not in skip and not line.cells and _GROUP_NOUN_CUE.search(line.text)
                else None)
        if head is None:
            continue
        bullets = []
        for other in lines[index + 1:]:
            if not other.text.strip():
                continue
            named = _BULLET.match(other.text)
            if named is None or other.no in skip:
                break
            bullets.append((other, named.group("body").strip()))
        if len(bullets) < 2:
            continue
        office = _reporting_office([other for other in lines if other.no not in skip], head.group("noun"))
        if office is None:
            continue
        for bullet, body in bullets:
            reading.claimed.add(bullet.no)
            reading.flows.append(Flow(kind="collection_from_others", source_external=body,
                                      recipient_department=office, line=bullet.no, quote=bullet.quote))
    return reading


READER = Reader("listed_reporters", read)
