"""The papers handed out (配布資料) as the only list of a meeting's consultations.

The genre: a committee's minutes page lists no 議題; its 配布資料 list names the paper for each consultation,
「・資料1 Xについて(諮問第4号)」, and the record takes each up by its number (「2.諮問第4号について」). A paper that
carries a 諮問 label is a case; the other papers (次第, 委員名簿, a note 「(…の概要を含む)」) are none.

>>> from ...layout.lines import split_lines
>>> lines = split_lines("配布資料\\n・次第\\n・資料1 A事業に係る住民情報の目的外利用について(諮問第4号)\\n"
...                     "(Aの概要を含む)\\n・委員名簿\\n1.あいさつ")
>>> [(paper.title, paper.number, paper.line.no) for paper in consulted_papers(lines)]
[('A事業に係る住民情報の目的外利用について', '4', 3)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...layout.lines import Line

__all__ = ["Paper", "consulted_papers"]

_PAPERS_HEAD = re.compile(r"^[【\[]?\s*(?:配\s*[布付]\s*資\s*料|会議資料)(?:\s*一覧)?\s*[】\]]?\s*[:：]?$")
_PAPER = re.compile(r"^[・\-*]?\s*(?:資料\s*[\d０-９]{1,2}(?:\s*[-－]\s*[\d０-９]{1,2})?\s*[:：]?\s*)?"
                    r"(?P<t>\S.*?について)\s*[(（](?:諮問\s*(?:第\s*(?P<n>\d{1,3})\s*号)?)[)）]\s*$")
_LIST_ENDS = re.compile(r"^(?:\d{1,2}\s*[.．]|[(（]\d{1,2}[)）]|[●○◯〇■◆])")


@dataclass(frozen=True)
class Paper:
    title: str
    number: str | None  # 4 of 「(諮問第4号)」
    line: Line


def consulted_papers(lines: list[Line]) -> list[Paper]:
    """Each paper of a 配布資料 list labelled 諮問, in order."""
    out: list[Paper] = []
    for index, line in enumerate(lines):
        if not _PAPERS_HEAD.match(line.text.strip()):
            continue
        for below in lines[index + 1:index + 20]:
            text = below.text.strip()
            if not text:
                continue
            if _LIST_ENDS.match(text) or _PAPERS_HEAD.match(text) or len(text) > 100 or text.endswith("。"):
                break  # the record of the meeting begins
            paper = _PAPER.match(text)
            if paper:
                out.append(Paper(paper.group("t").strip(), paper.group("n"), below))
    return out
