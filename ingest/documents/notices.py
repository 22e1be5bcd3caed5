"""Public notices of a standing provision: a city tells residents it gives named items to an outside body.

「本市では、自衛隊法第97条の規定に基づき、18歳になる方の氏名、住所、生年月日及び性別を
自衛隊○○地方協力本部へ提供しています。」 is one ``external_provision`` flow: the items, the body,
and the law as its basis. A notice about a contractor (委託) is not this genre.

>>> flows = notice_flows("本市は、統計法第3条に基づき、世帯主の氏名及び住所を県統計課へ提供しています。", 4, "q")
>>> [(f.recipient_external, f.basis, f.items) for f in flows]
[('県統計課', 'law', ['氏名', '住所'])]
"""

from __future__ import annotations

import re

from ..normalize import classify_basis
from ..records import Flow
from .items import clean_items, compact

__all__ = ["notice_flows"]

_PROVIDES = re.compile(
    r"(?:提供|提出)(?:します|しています|しております|を行っています|を行います|することとしています)"
)
_LAW = re.compile(
    r"([^、。]*?(?:法|法律|政令|施行令|条例|規則)(?:第[\d条項号の]+)?(?:[^、。]*?第[\d条項号の]+)?)"
    r"(?:の規定)?に基づ(?:き|いて)"
)
_OBJECT = re.compile(r"(?P<items>[^。を]+?)を、?(?P<to>[^、。をにへ]+?)(?:に対し|へ|に)、?(?:情報)?(?:提供|提出)")
_SOURCE = re.compile(r"([^、。をにはで]*?(?:台帳|システム|業務))(?:から|より)")
_CLAUSE_CUT = re.compile(r"^.*(?:基づき|基づいて|ため|ついて)、")
_WHEN = re.compile(r"^(?:毎年度?|毎月|年\d+回|定期的に|現在|引き続き|随時)、?")


def notice_flows(text: str, line: int, quote: str) -> list[Flow]:
    """The standing provision a notice sentence states, if it states one."""
    flows: list[Flow] = []
    for sentence in compact(text).split("。"):
        if not _PROVIDES.search(sentence) or "委託" in sentence or "目的外利用" in sentence:
            continue
        law = _LAW.search(sentence)
        target = _OBJECT.search(sentence)
        if not law or not target:
            continue
        basis_text = re.sub(r"^.*?(?:は|では|が)、", "", law.group(1)).strip("、")
        items, _ = clean_items(_WHEN.sub("", _CLAUSE_CUT.sub("", target.group("items"))))
        source = _SOURCE.search(sentence)
        flows.append(Flow(source_business=source.group(1) if source else None,
                          recipient_external=_CLAUSE_CUT.sub("", target.group("to")),
                          kind="external_provision", basis=classify_basis(basis_text) if classify_basis(
                              basis_text) != "unknown" else "law",
                          basis_text=basis_text, items=items, line=line, quote=quote))
    return flows
