"""A hand-over told as one sentence spread over a run of bullet lines: the holders, then the items, then the
recipient.

A blog or a 要綱 page breaks one sentence into a bullet a line, blank lines between::

    ・A課のX事務の受給世帯、
    ・B課のY事務の認定世帯の
    ・氏名、
    ・住所を、
    C会のZ事業に提供し、…

The bullets naming a department and its business (「A課のX事務」) are the holders, one flow each, on their own
line; the bullets after them are the items; the line closing the sentence names the recipient before
「に提供」. The ground is the first one stated in the lines below (「相当の理由があると判断して」), as such a page
tells it after the statement.

>>> from ..layout.page import page_of
>>> page = page_of("町は、\\n・福祉課の手当事務の受給者、\\n・保育課の保育事務の在園児の\\n・氏名、\\n・住所を、\\n"
...                "架空町社会福祉協議会の配食事業に提供しています。\\n本人の同意を得ているとのことです。")
>>> [(f.source_department, f.source_business, f.recipient_external, f.recipient_business, f.basis, f.items, f.line)
...  for f in read(page, Readings()).flows]
[('福祉課', '手当事務', '架空町社会福祉協議会', '配食事業', 'consent', ['氏名', '住所'], 2), \
('保育課', '保育事務', '架空町社会福祉協議会', '配食事業', 'consent', ['氏名', '住所'], 3)]
"""

from __future__ import annotations

import re

from ...normalize import classify_basis
from ...records import Diagnostic, Flow
from ..layout.lines import Line
from ..layout.page import Page
from ..reading import Reader, Reading, Readings
from ..text.names import is_department, is_external_body

__all__ = ["READER", "read"]

_BULLET = re.compile(r"^\s*[・•●○◦\-－]\s*")
_UNIT = r"[^、。をがの「」・]{1,30}?(?:課|室|係|センター|局)"
_BIZ = r"[^、。をがでの「」]{2,30}?(?:事務|業務|事業)"
# 「A課のX事務の…」「A課がX事務で保有する…」「A課(X事務)の…」
_HOLDER = re.compile(r"^(?P<dept>" + _UNIT + r")(?:の|が|[(（])(?P<biz>" + _BIZ + r")[)）]?(?:の|で|において|が|、|$)")
_GIVEN = re.compile(r"^(?P<to>[^、。・]{2,40}?)(?:[のが](?P<rbiz>[^、。の]{2,30}?(?:事業|事務|業務)))?(?:に|で)"
                    r"(?P<verb>(?:外部に?)?提供|(?:目的外に?)?利用)")
_CONTINUES = ("、", "を", "の", "及び", "並びに")
_GROUND = re.compile(r"相当[のな]理由|本人の?同意|法令に基づ[くき]")
_GROUND_REACH = 25  # lines below the statement where its ground may be told


def _run_above(lines: list[Line], index: int, taken: set[int]) -> list[Line]:
    """The bullet lines (over blank ones) that lead into the line at ``index``, top first."""
    run: list[Line] = []
    for line in reversed(lines[max(0, index - 60):index]):
        if not line.text.strip():
            continue
        if line.no in taken or line.cells or not _BULLET.match(line.text):
            break
        if not line.text.rstrip().endswith(_CONTINUES):
            break  # a bullet that ends its own sentence belongs to another list
        run.append(line)
    return run[::-1]


def _ground(lines: list[Line], index: int) -> tuple[str, str | None]:
    """The ground the statement's own line states, or the first one told below it before another statement."""
    for offset, line in enumerate(lines[index:index + 1 + _GROUND_REACH]):
        found = _GROUND.search(line.text)
        if found:
            return classify_basis(found.group(0)), found.group(0)
        if offset and (_BULLET.match(line.text) and _HOLDER.match(_BULLET.sub("", line.text).strip())
                       or _GIVEN.match(line.text.strip())):
            break  # the next statement: its ground is its own
    return "unknown", None


def _item(text: str) -> str:
    return re.sub(r"(?:、|を、?|及び|並びに)$", "", _BULLET.sub("", text).strip()).strip()


def read(page: Page, readings: Readings) -> Reading:
    """Every sentence whose holders and items stand one a bullet line above the line naming the recipient."""
    reading = Reading()
    taken = readings.claimed("records", "council", "statements")
    lines = page.lines
    for line in page.lines_with("提供", "利用"):
        if line.no in taken or line.cells or "保有" in line.text:
            continue
        given = _GIVEN.match(line.text.strip())
        run = _run_above(lines, line.no - 1, taken) if given else []
        holders = [(bullet, _HOLDER.match(_BULLET.sub("", bullet.text).strip())) for bullet in run]
        named = [index for index, (_, holder) in enumerate(holders) if holder]
        if not given or not named:
            continue
        items = [_item(bullet.text) for bullet in run[named[-1] + 1:]]
        recipient = given.group("to").strip()
        outside = not is_department(recipient) or is_external_body(recipient, page.known_departments)
        if given.group("verb").endswith("利用") and outside:
            continue  # only a department of the body uses
        basis, basis_text = _ground(lines, line.no - 1)
        for bullet, holder in holders:
            if holder is None:
                continue
            reading.flows.append(Flow(
                source_department=holder.group("dept"), source_business=holder.group("biz"),
                recipient_department=None if outside else recipient, recipient_business=given.group("rbiz"),
                recipient_external=recipient if outside else None,
                kind="external_provision" if outside else "purpose_outside_use", basis=basis,
                basis_text=basis_text, items=[item for item in items if item], line=bullet.no, quote=bullet.quote))
        if not items:
            reading.diagnostics.append(Diagnostic(line.no, "warning", "a statement spread over bullet lines names "
                                                                      "no items", {"recipient": recipient}))
        reading.claimed |= {line.no, *(bullet.no for bullet in run)}
    return reading


READER = Reader("bulleted_statements", read, claims="statements")
