"""Public notices of a standing provision: a city tells residents it gives named items to an outside body.

「本市では、自衛隊法第97条の規定に基づき、18歳になる方の氏名、住所、生年月日及び性別を
自衛隊○○地方協力本部へ提供しています。」 is one ``external_provision`` flow: the items, the body,
and the law as its basis. A notice about a contractor (委託) is not this genre. A when-word (毎年、),
a purpose (「…事務のため」: the recipient business) and a manner (「紙媒体で」, 「名簿として」) may stand
between the body and 提供; 「A課のX事務で管理している情報のうち、…」 names the source.

A newsletter also tells of two businesses using each other's data: 「A課のX事業とB課のY事業との間で、
甲・乙を相互に目的外利用しています。これは…法第N条に基づくもので…」 is two flows, one each way, with the
basis the same or the next sentence cites (:func:`mutual_flows`).

>>> flows = notice_flows("本市は、統計法第3条に基づき、世帯主の氏名及び住所を県統計課へ提供しています。", 4, "q")
>>> [(f.recipient_external, f.basis, f.items) for f in flows]
[('県統計課', 'law', ['氏名', '住所'])]
>>> flows = mutual_flows("A課のX事業とB課のY事業との間で、氏名を相互に目的外利用しています。", 2, "q")
>>> [(f.source_business, f.recipient_business, f.items) for f in flows]
[('X事業', 'Y事業', ['氏名']), ('Y事業', 'X事業', ['氏名'])]
"""

from __future__ import annotations

import re

from ..normalize import classify_basis
from ..records import Flow
from .items import clean_items, compact
from .names import is_business, parse_party

__all__ = ["mutual_flows", "notice_flows"]

_PROVIDES = re.compile(
    r"(?:提供|提出)(?:します|しています|しております|を行っています|を行います|することとしています)"
)
_LAW = re.compile(
    r"([^、。]*?(?:法|法律|政令|施行令|条例|規則)(?:第[\d条項号の]+)?(?:[^、。]*?第[\d条項号の]+)?)"
    r"(?:の規定)?に基づ(?:き|いて)"
)
_OBJECT = re.compile(r"(?P<items>[^。を]+?)を、?(?P<to>[^、。をにへ]+?)(?:に対し|へ|に)、?(?:情報)?(?:提供|提出)")
_SPACED_OBJECT = re.compile(
    r"(?P<items>[^。を]+?)を、?(?:(?:毎年度?|毎月|年\d+回|定期的に|随時)、?)?(?P<to>[^、。をにへ]+?)(?:に対し|へ|に)、?"
    r"(?:(?P<purpose>[^、。を]{2,30}?)のため、?)?(?:[^、。を]{0,15}?(?:で|により|にて|として)、?)?"
    r"(?:情報)?(?:提供|提出)"
)
_SOURCE = re.compile(r"([^、。をにはで]*?(?:台帳|システム|業務))(?:から|より)")
_HELD_IN = re.compile(r"(?P<holder>[^、。をにはが]+?(?:業務|事務|事業|システム|台帳))(?:で|において)(?:管理|保有|記録)"
                      r"(?:している|する|される)")
_MUTUAL = re.compile(
    r"(?P<a>[^、。]+?)と(?P<b>[^、。]+?)との間で、?(?P<items>[^。]*?)を、?相互に(?P<verb>目的外利用|外部提供|提供)"
)
_CITED = re.compile(r"([^、。]*?(?:法|法律|政令|施行令|条例|規則)第[\d条項号の]+(?:[^、。]*?第[\d条項号の]+)?)"
                    r"(?:の規定)?に(?:基づ(?:き|いて|く)|よる|より)")
_CONSENT = re.compile(r"(?:^|、)(?P<who>[^、。]{1,20}?)の同意を得(?:たうえで|た上で|て)")
_TO_OBJECT = re.compile(r"(?P<to>[^、。をにへ]+?)へ、?(?P<items>[^、。を]+?)を、?(?:提供|提出)")
_WHY = re.compile(r"(?:^|、)(?P<why>[^、。]+?のため)、")
_THIS_IS = re.compile(r"^(?:これは|この(?:利用|提供)は)")
_CLAUSE_CUT = re.compile(r"^.*(?:基づき|基づいて|ため|ついて)、")
_WHEN = re.compile(r"^(?:毎年度?|毎月|年\d+回|定期的に|現在|引き続き|随時)、?")


def notice_flows(text: str, line: int, quote: str) -> list[Flow]:
    """The standing provision a notice sentence states, if it states one."""
    flows: list[Flow] = []
    for sentence in compact(text).split("。"):
        if not _PROVIDES.search(sentence) or "委託" in sentence or "目的外利用" in sentence:
            continue
        law = _LAW.search(sentence)
        # 「…のため、対象者の同意を得たうえで、B機関へXを提供しています」: consent stands where a law would
        consent = _CONSENT.search(sentence) if not law and "同意" in sentence else None
        if law:
            target = _OBJECT.search(sentence) or _SPACED_OBJECT.search(sentence)
        else:
            target = _TO_OBJECT.search(sentence[consent.end():]) if consent else None
        if not target:
            continue
        if law:
            basis_text = re.sub(r"^.*?(?:は|では|が)、", "", law.group(1)).strip("、")
        else:
            basis_text = f"{consent.group('who')}の同意"
        items, _ = clean_items(_WHEN.sub("", _CLAUSE_CUT.sub("", target.group("items"))))
        source = _SOURCE.search(sentence)
        department, source_business = None, source.group(1) if source else None
        held = _HELD_IN.search(sentence) if not source else None
        if held:
            department, named = parse_party(held.group("holder"))
            source_business = named[0] if named else None
        purpose = target.groupdict().get("purpose")
        why = _WHY.search(sentence) if not purpose else None
        flows.append(Flow(source_department=department, source_business=source_business,
                          recipient_business=purpose if is_business(purpose) else None,
                          reason=f"{purpose}のため" if purpose else (why.group("why") if why else None),
                          recipient_external=_CLAUSE_CUT.sub("", target.group("to")),
                          kind="external_provision", basis=classify_basis(basis_text) if classify_basis(
                              basis_text) != "unknown" else "law",
                          basis_text=basis_text, items=items, line=line, quote=quote))
    return flows


def mutual_flows(text: str, line: int, quote: str) -> list[Flow]:
    """Two flows, one each way, for 「A課のX事業とB課のY事業との間で、…を相互に目的外利用」."""
    flows: list[Flow] = []
    sentences = compact(text).split("。")
    for index, sentence in enumerate(sentences):
        match = _MUTUAL.search(sentence) if "相互に" in sentence else None
        if not match:
            continue
        first, second = parse_party(match.group("a")), parse_party(match.group("b"))
        if not (first[0] or first[1]) or not (second[0] or second[1]):
            continue
        cited = [sentence, *(s for s in sentences[index + 1:index + 2] if _THIS_IS.match(s))]
        law = next((found for found in map(_CITED.search, cited) if found), None)
        basis_text = re.sub(r"^.*?(?:は|では|が)、?", "", law.group(1)).strip("、") if law else None
        basis = classify_basis(basis_text) if basis_text else "unknown"
        kind = "purpose_outside_use" if match.group("verb") == "目的外利用" else "external_provision"
        items, _ = clean_items(match.group("items"))
        for (src_dept, src), (dst_dept, dst) in ((first, second), (second, first)):
            flows.append(Flow(source_department=src_dept, source_business=src[0] if src else None,
                              recipient_department=dst_dept, recipient_business=dst[0] if dst else None,
                              kind=kind, basis=basis, basis_text=basis_text, items=list(items), line=line,
                              quote=quote))
    return flows
