"""Agreements (協定書) between the body and an outside party: the data each side undertakes to pass the other.

An agreement names its parties once, in its opening sentence, and then only by their letters: 「株式会社X(以下「甲」
という。)と Y市(以下「乙」という。)は、…協定を締結する。」. Its articles say who passes what to whom — 「甲は、…乙の
窓口であるA課に、当該高齢者の氏名及び状況を連絡する」 (the outside party gives the body data: a collection from
others, received by A課 for the work the agreement is about), 「乙は、…の結果を、本人の同意を得て甲に伝える」 (the
body gives the outside party data: a provision). The party whose name ends like a local body (市, 町, 村 …) is the
body; the work is what the title says the agreement is about (「Y市地域見守り活動に関する連携協定書」). A clause that
forbids a hand-over (「…に提供してはならない」) states none.

>>> from ..layout.page import page_of
>>> page = page_of("北町見守りに関する協定書\\n株式会社東配送(以下「甲」という。)と北町(以下「乙」という。)は、"
...                "協定を締結する。\\n第2条 甲は、乙の窓口である福祉課に、住民の氏名及び様子を連絡する。")
>>> [(f.kind, f.source_external, f.recipient_department, f.recipient_business, f.items)
...  for f in read(page, Readings()).flows]
[('collection_from_others', '株式会社東配送', '福祉課', '見守り', ['住民の氏名', '様子'])]
"""

from __future__ import annotations

import re

from ...normalize import split_items
from ...records import Flow
from ..layout.page import Page
from ..reading import Reader, Reading, Readings

__all__ = ["READER", "read"]

_PARTY = re.compile(r"(?P<full>[^()（）「」、。\s]{2,40}?)\s*[(（]以下「(?P<letter>[甲乙丙丁])」という。?[)）]")
_LOCAL_BODY = re.compile(r"(?:市|町|村|区|県|都|府|道|広域連合)$")
_SUBJECT = re.compile(r"^(?P<subject>[^、。]{2,40}?)に関する[^、。]{0,10}?協定書?$")
_ARTICLE = re.compile(r"^\s*(?:第[\d一二三四五六七八九十]+条\s*|\d{1,2}\s+)?(?P<giver>[甲乙丙丁])は、(?P<rest>[^。]+)")
_VERB = re.compile(r"(?:情報提供|連絡|通報|報告|提供|伝え|通知)(?:する|し|る|させ)")
_FORBIDDEN = re.compile(r"^[^。]{0,12}?(?:てはならない|ないもの|ない。|ません)")
_MEANS_WO = re.compile(r"(?:受け|得)て|得た")
_TOLD_BEFORE = re.compile(r"(?P<to>[^、。]{1,30}?)(?:に対して|に対し|へ|に)、")
# 「乙の窓口であるA課」: the body's office; 「甲」: the party itself
_RECEIVER = re.compile(r"^(?:(?P<letter>[甲乙丙丁])(?:の[^、。]{0,12}?である)?)?(?P<office>[^、。のを]{1,20}?"
                       r"(?:課|室|係|センター))?$")
_CONDITION = re.compile(r"^[^、。]{0,10}?同意を得(?:て|た(?:上|うえ)で)、?")
_PICKED = re.compile(r"^(?P<term>[^、。]+?)のうち、(?P<rest>[^。]*)$")
_RELATIVE_LEAD = re.compile(r"^[^、。]*?(?:行った|受けた|得た|した)(?=[^、。]{2,}$)")
_WHY = re.compile(r"(?:[甲乙丙丁]が)?(?P<why>[^、。]{2,30}?ため)に?必要な")


def _parties(page: Page) -> dict[str, str]:
    """Each party's letter and full name, from the sentence that defines them."""
    parties: dict[str, str] = {}
    for line in page.lines[:15]:
        for found in _PARTY.finditer(line.text):
            name = re.sub(r"^(?:と|及び|並びに)", "", found.group("full").strip())
            if re.search(r"[一-龥ァ-ヶ]", name):
                parties.setdefault(found.group("letter"), name)
    return parties


def _subject(page: Page, body: str) -> str | None:
    """The work the agreement is about, from its title (the body's own name dropped)."""
    for line in page.lines[:6]:
        found = _SUBJECT.match(line.text.strip())
        if found:
            subject = found.group("subject")
            return subject[len(body):] if subject.startswith(body) and len(subject) > len(body) + 1 else subject
    return None


def read(page: Page, readings: Readings) -> Reading:
    reading = Reading()
    parties = _parties(page)
    bodies = {letter for letter, name in parties.items() if _LOCAL_BODY.search(name)}
    if len(parties) < 2 or len(bodies) != 1:
        return reading
    body = next(iter(bodies))
    subject = _subject(page, parties[body])
    skip = readings.claimed("records", "council", "statements")
    for line in page.lines:
        article = _ARTICLE.match(line.text) if line.no not in skip and not line.cells else None
        flow = _handed(article, parties, body, subject) if article else None
        if flow is not None:
            flow.line, flow.quote = line.no, line.quote
            reading.flows.append(flow)
            reading.claimed.add(line.no)
    return reading


def _handed(article: re.Match[str], parties: dict[str, str], body: str, subject: str | None) -> Flow | None:
    """The hand-over one article states, giver first."""
    giver, rest = article.group("giver"), article.group("rest")
    verb = next((found for found in _VERB.finditer(rest) if "を" in rest[:found.start()]), None)
    if verb is None or _FORBIDDEN.match(rest, verb.end()) or giver not in parties:
        return None
    before = rest[:verb.start()]
    marks = [index for index, char in enumerate(before) if char == "を" and not _MEANS_WO.match(before, index + 1)]
    if not marks:
        return None
    at = marks[-1]
    if re.search(r"とき|場合|(?<!対)して|し、", _CONDITION.sub("", before[at + 1:].strip("、 "))):
        return None  # 「異変を発見したときは、乙に報告」: the object of another verb, nothing handed named
    to = _CONDITION.sub("", before[at + 1:].strip("、 "))
    consent = _CONDITION.match(before[at + 1:].strip("、 ")) is not None
    to = re.sub(r"(?:に対して|に対し|へ|に)$", "", to)
    items_text = before[:at]
    if not to:
        told = list(_TOLD_BEFORE.finditer(items_text))
        if not told:
            return None
        to, items_text = told[-1].group("to"), items_text[told[-1].end():]
    to = to.split("、")[-1].strip()
    lettered = re.search(r"[甲乙丙丁](?:の[^、。]{0,12}?である[^、。]+)?$", to)
    receiver = _RECEIVER.match(lettered.group(0) if lettered else to)
    if receiver is None or not (receiver.group("letter") or receiver.group("office")):
        return None
    why = _WHY.search(items_text)
    picked = _PICKED.match(items_text)
    items_text = picked.group("term") if picked else items_text.split("、")[-1] if "、" in items_text and not \
        _TOLD_BEFORE.search(before) else items_text
    items = [item for item in split_items(_RELATIVE_LEAD.sub("", items_text)) if item]
    reason = why.group("why") if why else None
    receiving = receiver.group("letter") or body  # an office named alone is the body's own
    if giver != body and receiving == body:
        return Flow(kind="collection_from_others", source_external=parties[giver],
                    recipient_department=receiver.group("office"), recipient_business=subject, items=items,
                    reason=reason, basis="consent" if consent else "unknown")
    if giver == body and receiving != body and receiving in parties:
        return Flow(kind="external_provision", recipient_external=parties[receiving], items=items, reason=reason,
                    basis="consent" if consent else "unknown")
    return None


READER = Reader("agreements", read, claims="statements")
