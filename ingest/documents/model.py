"""The names readers give what they read, before the records are merged and numbered.

A flow a reader proposes is a *claim*: it carries a :data:`ClaimId`, ``reader:line:ordinal``, from the moment
another record (a council case, an item hint, a merge) needs to point at it, until the resolver numbers the merged
flows f1, f2, … A claim id is a plain string, stable for one run and readable in a debugger; nothing ever points at
a flow by its address in memory.

>>> from ..records import Flow
>>> flow = Flow(source_business="住民記録業務", recipient_business="介護認定業務", line=12)
>>> token = claim_id(flow, "flow_list")
>>> token.startswith("flow_list:12:"), claim_id(flow, "another") == token
(True, True)
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import count
from typing import NewType

from ..records import Flow

__all__ = ["ClaimId", "claim_id", "claim_ids"]

ClaimId = NewType("ClaimId", str)

_ordinal = count(1)  # unique across the process: two readers never hand out one id


def claim_id(flow: Flow, reader: str) -> ClaimId:
    """The flow's claim id, given on first ask by the reader that made it (``flow.id`` holds it until numbering)."""
    if not flow.id:
        flow.id = f"{reader}:{flow.line or 0}:{next(_ordinal)}"
    return ClaimId(flow.id)


def claim_ids(flows: Iterable[Flow], reader: str) -> list[ClaimId]:
    """The claim ids of several flows, in order."""
    return [claim_id(flow, reader) for flow in flows]
