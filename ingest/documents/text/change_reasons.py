"""Flows stated in the prose of a registry change (修正の理由 / 修正の内容).

The changed business is one end; the sentence names the other:

- incoming: 「市民課「住民基本台帳業務」から目的外利用する」, 「国民健康保険課より…の目的外利用を行い」,
  「子育て支援課「子ども医療費支給業務」を目的外利用する」, 「…より A業務及び B業務から外部提供を受ける」;
- outgoing: 「防災課への目的外利用を行う」, 「社会福祉協議会への外部提供」;
- both ways: 「防災課「X業務」と当該業務を相互で目的外利用する」 (two flows);
- unnamed source: 「目的外利用及び外部提供を受けている利用の根拠を「A」から「B」に変更」;
- several sources in one sentence: 「A課のX事務から甲を、B課のY事務から乙を、それぞれ目的外利用により取得」
  (one flow per source, each with its own items);
- outgoing with へ: 「B課のY事業において、…、甲を同課へ目的外利用により提供する」, 「P協議会が実施するY事業に
  おいて…、甲について、同協議会へ外部提供を開始する」: 「同課」/「同協議会」 is the party named before, and
  the business 「…において」 that party runs is the recipient business.

>>> flows = modification_flows("A課", "甲業務", "B課「乙業務」から目的外利用するため。", "", 5, "q")
>>> [(f.source_department, f.source_business, f.recipient_business) for f in flows]
[('B課', '乙業務', '甲業務')]
"""

from __future__ import annotations

import re

from ...normalize import classify_basis
from ...records import Flow
from .items import added_items, clean_items, object_items
from .names import is_department, is_external_body, parse_party, trim_phrase

__all__ = ["FLOW_WORDS", "modification_flows"]

FLOW_WORDS = re.compile(r"目的外利用|外部提供|オンライン結合|電子媒体|本人以外")
_INCOMING = re.compile(r"(から|より)([^。、]{0,25}?)(目的外利用|外部提供を受け|提供を受け|収集)")
_OUTGOING = re.compile(r"([^、。「」]+?)への(目的外利用|外部提供|提供)")
_MUTUAL = re.compile(r"([^、。]+?)と当該(?:業務|事務)を相互で?(目的外利用|外部提供)")
_DIRECT = re.compile(r"([^、。]*?「[^」]+」)(?:の([^、。を]+))?を(目的外利用|外部提供)")
_RECEIVING = re.compile(r"(目的外利用|外部提供)(?:及び(目的外利用|外部提供))?を受けている")
_NEW_BASIS = re.compile(r"根拠を「[^」]*」から「([^」]+)」に")
_TOPIC = re.compile(r"「([^」]+)」は")
_EACH = re.compile(r"([^、。]+?)(?:から|より)([^、。]+?)を、")
_EACH_END = re.compile(r"^(?:それぞれ|各々|いずれも)?[^、。]{0,10}?(目的外利用|外部提供)"
                       r"|^[^、。]*?(?:から|より)[^、。]{0,25}?(?:目的外利用|外部提供)")
_TOWARDS = re.compile(r"([^、。「」を]+?)(?:へ|に対して?|に(?=(?:目的外利用により|外部)提供))、?"
                      r"(目的外利用|外部提供)")
_RUNS = re.compile(r"(?:^|[、。])([^、。]+?)(?:が実施する|が行う|が運営する|の)"
                   r"([^、。をのが]+?(?:事業|事務|業務))において")
_NAME_CHARS = "[^、。をにはがでのへと「」]"
_CLAUSE_END = re.compile(r"^.*(?:ため|よう|ように|ので|において|により|ところ)、")
_HELD = re.compile(r"(?:^|[、。])([^、。]{1,20}?(?:課|室|センター))が保有する([^、。をの]+?)の([^、。を]+?)を利用する")
_KIND = {"目的外利用": "purpose_outside_use", "外部提供": "external_provision", "提供": "external_provision"}


def _party_before(sentence: str, end: int) -> str:
    """The phrase before ``end``, extended back over a 、-list of department names."""
    segments = sentence[:end].split("、")
    phrase = segments.pop()
    while segments:
        previous = trim_phrase(segments[-1])
        if not (is_department(previous) and len(previous) <= 15):
            break
        phrase = previous + "、" + phrase
        if previous != segments.pop().strip():
            break  # the list started after a verb (「既に利用している市民課、…」)
    return phrase


def _incoming_kind(verb: str, row_text: str) -> str:
    if "外部提供" in verb:
        return "external_provision"
    if verb == "収集" and "外部提供" in row_text and "目的外利用" not in row_text:
        return "external_provision"  # the row's own wording says which hand-over it is
    return "purpose_outside_use"


def modification_flows(
    department: str | None,
    business: str | None,
    reason: str,
    content: str,
    line: int,
    quote: str,
    *,
    date: str | None = None,
    known_departments: set[str] | None = None,
) -> list[Flow]:
    """Flows between the changed business and the parties its reason and content name."""
    known = known_departments or set()
    row_text = f"{reason}。{content}"
    added = added_items(content)
    flows: list[Flow] = []

    def incoming(dept, biz, kind, items, basis_text=None, dated=True, extra=True):
        more = [i for i in added if i not in items] if extra else []
        flows.append(Flow(source_department=dept, source_business=biz, recipient_department=department,
                          recipient_business=business, kind=kind, basis=classify_basis(basis_text),
                          basis_text=basis_text, start_date=date if dated else None,
                          items=[*items, *more], line=line, quote=quote))

    def outgoing(party, kind, items, dated=True, to_business=None):
        dept, businesses = parse_party(party)
        external = None
        if not dept and not businesses:
            external = party.strip()
            for prefix in ("新たに", "なお、", "また、"):
                external = external.removeprefix(prefix)
        elif dept and kind == "external_provision" and is_external_body(dept, known):
            external, dept = dept, None
        flows.append(Flow(source_department=department, source_business=business, recipient_department=dept,
                          recipient_business=businesses[0] if businesses else to_business, recipient_external=external,
                          kind=kind, start_date=date if dated else None, items=items, line=line, quote=quote))

    for sentence in re.split(r"[。\n]", row_text):
        held = _HELD.search(sentence) if "保有する" in sentence and "目的外利用" in row_text else None
        if held and not FLOW_WORDS.search(sentence):
            # 「B課が保有するX台帳のA・Bを利用することとした」 where the change itself adds 目的外利用
            dept, businesses = parse_party(held.group(1))
            if dept and dept != department:
                incoming(dept, held.group(2).strip(), "purpose_outside_use", clean_items(held.group(3))[0],
                         extra=False)
            continue
        if not FLOW_WORDS.search(sentence) and "収集" not in sentence:
            continue
        topic = _TOPIC.match(sentence.removeprefix("なお、").removeprefix("また、"))
        cached: list[list[str]] = []

        def items(sentence=sentence, topic=topic, cached=cached) -> list[str]:
            """The sentence's items, read only when a flow needs them (most name their own)."""
            if not cached:
                found = object_items(sentence)
                cached.append([topic.group(1), *found] if topic else found)
            return cached[0]

        found = False
        # Each pattern runs only where its fixed words occur: the lazy groups before them make a
        # full scan quadratic in the sentence's length.
        for match in _MUTUAL.finditer(sentence) if "相互" in sentence else ():
            dept, businesses = parse_party(match.group(1))
            if dept or businesses:
                kind = _KIND[match.group(2)]
                for biz in businesses or [None]:
                    incoming(dept, biz, kind, [])
                    flows.append(Flow(source_department=department, source_business=business,
                                      recipient_department=dept, recipient_business=biz, kind=kind,
                                      start_date=date, line=line, quote=quote))
                found = True
        each_end = 0
        for dept, biz, own in _each_source(sentence) if "、" in sentence else ():
            incoming(dept, biz, _KIND[own[1]], own[0], extra=False)
            found, each_end = True, own[2]
        for match in _INCOMING.finditer(sentence):
            if match.start() < each_end:
                continue
            dept, businesses = parse_party(_party_before(sentence, match.start()))
            mid = match.group(2)
            if match.group(1) == "より" and "から" in mid:
                # 「A課よりX事務及びY事務から…」: より names the holder, から its businesses
                named, _, mid = mid.partition("から")
                businesses = parse_party(named)[1] or businesses
            if not dept and not businesses:
                continue
            mid = mid.rstrip("をの")
            own = [mid] if mid and not re.search(r"必要な|情報を$", mid) and len(mid) <= 20 else []
            kind = _incoming_kind(match.group(3), row_text)
            for biz in businesses or [None]:
                incoming(dept, biz, kind, own or items())
            found = True
        direct = "」" in sentence and ("を目的外利用" in sentence or "を外部提供" in sentence)
        for match in _DIRECT.finditer(sentence) if direct else ():
            dept, businesses = parse_party(match.group(1))
            if businesses:
                more = [match.group(2)] if match.group(2) else []
                incoming(dept, businesses[0], _KIND[match.group(3)], more or items())
                found = True
        for match in _OUTGOING.finditer(sentence) if "への" in sentence else ():
            party = match.group(1)
            if FLOW_WORDS.search(party):
                continue
            dated = "については" not in sentence[match.end():match.end() + 6]
            outgoing(party, _KIND[match.group(2)], items(), dated)
            found = True
        for match in _TOWARDS.finditer(sentence) if not found else ():
            party, to_business = _resolve(match.group(1), sentence[:match.start()])
            if party and not FLOW_WORDS.search(party) and party != department:
                outgoing(party, _KIND[match.group(2)], _object_before(sentence[:match.start(1)]), True, to_business)
                found = True
        receiving = _RECEIVING.search(sentence) if "を受けている" in sentence else None
        if receiving and not found:
            basis = _NEW_BASIS.search(sentence)
            for word in filter(None, receiving.groups()):
                incoming(None, None, _KIND[word], [], basis.group(1) if basis else None, dated=False)
    return flows


def _each_source(sentence: str) -> list[tuple[str | None, str | None, tuple[list[str], str, int]]]:
    """「A課のX事務から甲を、B課のY事務から乙を、それぞれ目的外利用」: each source with its own items."""
    out = []
    end = -1
    for match in _EACH.finditer(sentence):
        if end >= 0 and match.start() != end:
            out.clear()  # the run of 「…から…を、」 segments must be unbroken
        dept, businesses = parse_party(match.group(1))
        if not dept and not businesses:
            out.clear()
            end = -1
            continue
        out.append((dept, businesses[0] if businesses else None, clean_items(match.group(2))[0], match.end()))
        end = match.end()
    if not out:
        return []
    tail = _EACH_END.match(sentence[end:])
    if not tail:
        return []
    verb = tail.group(1) or ("外部提供" if "外部提供" in tail.group(0) else "目的外利用")
    return [(dept, biz, (items, verb, stop)) for dept, biz, items, stop in out]


def _resolve(party: str, before: str) -> tuple[str | None, str | None]:
    """The party a 「…へ」 phrase names (「同課」 is the last department named before) and the business it runs."""
    party = trim_phrase(party)
    if party.startswith("同") and len(party) > 1:
        suffix = party[1:]
        pattern = r"(?:^|[、。をにはがでのへと「」])(" + _NAME_CHARS + "+?" + re.escape(suffix) + ")"
        names = re.findall(pattern, before)
        party = next((name for name in reversed(names) if not name.startswith("同")), "")
    if not party:
        return None, None
    business = None
    for match in _RUNS.finditer(before):
        if trim_phrase(match.group(1)) == party:
            business = match.group(2)
    return party, business


def _object_before(head: str) -> list[str]:
    """Items written just before the party: 「…ため、甲、乙について、」 or 「…よう、甲を」."""
    head = head.rstrip("、")
    for ending in ("について", "を"):
        if head.endswith(ending):
            phrase = _CLAUSE_END.sub("", head[: -len(ending)])
            found, _ = clean_items(phrase)
            return [item for item in found if len(item) <= 30]
    return []
