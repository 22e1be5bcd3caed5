"""The article a case is put under, cited where the minutes discuss it rather than in its title.

The genre: a transcript or a news report names the case by its title (「…の目的外利用について」) and the
department explaining it cites the ordinance a few lines below (「条例第8条第2項第5号により、審議会の意見を
伺うものです」). The lines that discuss a case are known in two shapes only:

- cases the chair announced together and the minutes took up one by one, each closed by a decision naming
  its number (「諮問第3号は、…承認」): the lines after the previous one closed, up to its own;
- a case whose title stands inside a sentence (a news report: 「続く諮問第2号「…について」では、…。」): the
  lines up to the next case's (at most twelve).

An agenda list is neither: what stands below an item there is the next item. The first ordinance article
cited in the discussion (a statute cited there is the basis of a flow, not the council's article) is the case's,
with the others its sentence cites, and the basis text of its title's flows when they cite none.

>>> from ...layout.lines import split_lines
>>> from ....records import CouncilCase, Flow
>>> lines = split_lines("諮問第1号「A事業に係る外部提供について」の説明があった。\\n"
...                     "B課の説明では、条例第9条第1項第6号による諮問である。")
>>> discussed_articles(lines, [CouncilCase(title="A事業に係る外部提供について", line=1)])
{0: ['条例第9条第1項第6号']}
>>> case, flow = CouncilCase(title="A事業に係る外部提供について", line=1), Flow(id="t1", basis="council")
>>> case.flow_ids = ["t1"]
>>> [(fill.target, fill.field, fill.value) for fill in cite_discussed_articles(lines, [case], [flow])]
[(0, 'articles', ('条例第9条第1項第6号',)), ('t1', 'basis_text', '条例第9条第1項第6号')]
"""

from __future__ import annotations

import re

from ....records import CouncilCase, Flow
from ...layout.lines import Line
from .amend import CaseAt, Fill
from .consult import articles_of
from .decisions import decision_of

__all__ = ["cite_answered_articles", "cite_discussed_articles", "cite_flow_articles", "discussed_articles"]

_NUMBER = re.compile(r"諮問第\s*(\d{1,3})\s*号")
_MOST_LINES = 12
_IN_A_SENTENCE = re.compile(r"「[^「」]+について」[^「」]*。$")  # the quoted title inside a sentence


def _number_of(lines: list[Line], index: int) -> str | None:
    """The 諮問第N号 on a case's line, or on a marker line alone just above it."""
    own = _NUMBER.search(lines[index].text)
    if own:
        return own.group(1)
    above = next((line for line in reversed(lines[max(0, index - 2):index]) if line.text), None)
    alone = _NUMBER.fullmatch(above.text.strip()) if above is not None else None
    return alone.group(1) if alone else None


def _closed_by_number(lines: list[Line], after: int) -> dict[str, tuple[int, int]]:
    """Each number the minutes decide below line ``after``: (the index its discussion starts at, the index of the
    line that decides it)."""
    sections: dict[str, tuple[int, int]] = {}
    start = next((index for index, line in enumerate(lines) if line.no > after), len(lines))
    for index in range(start, len(lines)):
        named = _NUMBER.search(lines[index].text)
        if not named or named.group(1) in sections:
            continue
        below = next((line.text for line in lines[index + 1:index + 3] if line.text), "")  # a blank line between
        said = lines[index].text + below
        if decision_of(said):
            sections[named.group(1)] = (start, index)
            start = index + 1
    return sections


def _sentences(text: str) -> list[str]:
    """``text`` cut at each 「。」 outside brackets (「条例（平成13年条例第30号。以下…）第8条」 is one sentence)."""
    out, depth, start = [], 0, 0
    for at, char in enumerate(text):
        depth += (char in "(（") - (char in ")）")
        if char == "。" and depth <= 0:
            out.append(text[start:at])
            start, depth = at + 1, 0
    return [*out, text[start:]]


def _numbers_in_order(lines: list[Line], cases: list[CouncilCase], after: int) -> dict[int | None, str]:
    """An agenda that numbers none of its cases, discussed below by number (「諮問第21号について…」): the numbers named
    below line ``after``, in the order first named, are the cases' in the agenda's order, when there are as many."""
    if any(_NUMBER.search(line.text) for line in lines if line.no in {case.line for case in cases}):
        return {}
    named: list[str] = []
    for line in lines:
        found = _NUMBER.search(line.text) if line.no > after and "諮問" in line.text else None
        if found and found.group(1) not in named:
            named.append(found.group(1))
    ordered = sorted({case.line for case in cases if case.line})
    return dict(zip(ordered, named, strict=True)) if len(named) == len(ordered) else {}


def discussed_articles(lines: list[Line], cases: list[CouncilCase]) -> dict[int, list[str]]:
    """By the position of each case whose title cites no article, the ordinance articles of the first sentence of its
    discussion that cites one (a value to amend the case with; the cases are left as they are)."""
    wanting = [position for position, case in enumerate(cases) if not case.articles and case.line]
    if not wanting:
        return {}
    index_of = {line.no: index for index, line in enumerate(lines)}
    starts = sorted(case.line for case in cases if case.line)
    by_number = _closed_by_number(lines, starts[-1])
    in_order = _numbers_in_order(lines, cases, starts[-1])
    out: dict[int, str] = {}
    for position in wanting:
        case = cases[position]
        at = index_of.get(case.line)
        if at is None:
            continue
        number = _number_of(lines, at) or in_order.get(case.line)
        if number in by_number:
            first, last = by_number[number]
        elif _IN_A_SENTENCE.search(lines[at].text) and starts.count(case.line) == 1:
            following = next((start for start in starts if start > case.line), None)
            first = at + 1
            last = min(index_of.get(following, len(lines)) if following else len(lines), at + 1 + _MOST_LINES)
        else:
            continue
        for sentence in _sentences("。".join(line.text for line in lines[first:last] if "条例" in line.text)):
            found = [article for article in articles_of(sentence) if "条例" in article] if "条" in sentence else []
            if found:  # the first sentence citing the ordinance: every article it cites (「第8条…及び第10条…」)
                out[position] = found
                break
    return out


def cite_discussed_articles(lines: list[Line], cases: list[CouncilCase], flows: list[Flow]) -> list[Fill]:
    """The articles of each case :func:`discussed_articles` found them for, and the basis of its title flows that
    cite none."""
    by_token = {flow.id: flow for flow in flows if flow.id}
    fills: list[Fill] = []
    for position, articles in discussed_articles(lines, cases).items():
        case, article = cases[position], articles[0]
        fills.append(Fill(CaseAt(position), "articles", tuple(articles), only_missing=False))
        for token in case.flow_ids:
            flow = by_token.get(token)
            if flow is not None and flow.basis == "council" and not flow.basis_text:
                fills.append(Fill(token, "basis_text", article))
    return fills


def cite_flow_articles(cases: list[CouncilCase], flows: list[Flow]) -> None:
    """A case that still cites no article takes the ordinance articles its flows were put to the council under
    (read where the minutes explain it), in order.

    >>> case, flow = CouncilCase(title="A事業について", line=1), Flow(id="t1", basis="council", basis_text="条例第8条")
    >>> case.flow_ids = ["t1"]
    >>> [(fill.target, fill.field, fill.value) for fill in cite_flow_articles([case], [flow])]
    [(0, 'articles', ('条例第8条',))]
    """
    by_token = {flow.id: flow for flow in flows if flow.id}
    fills: list[Fill] = []
    for position, case in enumerate(cases):
        if case.articles:
            continue
        articles: list[str] = []
        for token in case.flow_ids:
            flow = by_token.get(token)
            text = flow.basis_text if flow is not None and flow.basis == "council" else None
            if text and "条例" in text and "第" in text and text not in articles:
                articles.append(text)
        if articles:
            fills.append(Fill(CaseAt(position), "articles", tuple(articles)))
    return fills


_MOST_LETTER_LINES = 80
# an answer letter: its number, its subject's label, its heading
_LETTER = re.compile(r"答申第\s*\d+\s*号|[(（]答申[)）]|^答申$")


def cite_answered_articles(lines: list[Line], cases: list[CouncilCase]) -> list[Fill]:
    """The one case of an answer letter (答申) that cites no article takes every ordinance article its body cites
    (「根拠となる条例の規定 …第10条第2項第5号(外部提供)及び第11条(電子計算機の結合)」, or one per judgement).

    >>> from ...layout.lines import split_lines
    >>> lines = split_lines("答申第3号\\nA事業に係る外部提供について(答申)\\n2 根拠 条例第10条第2項及び第11条")
    >>> case = CouncilCase(title="A事業に係る外部提供について", line=2)
    >>> [(fill.target, fill.field, fill.value) for fill in cite_answered_articles(lines, [case])]
    [(0, 'articles', ('条例第10条第2項', '条例第11条'))]
    """
    if len(cases) != 1 or cases[0].articles or not any(_LETTER.search(line.text) for line in lines[:60]
                                                        if "答申" in line.text):
        return []
    case = cases[0]
    below = [line.text for line in lines if (case.line or 0) < line.no <= (case.line or 0) + _MOST_LETTER_LINES]
    articles: list[str] = []
    for sentence in _sentences("。".join(text for text in below if "条" in text)):
        if "答申" in sentence:
            continue  # 「条例第N条の規定により答申します」: the council's own mandate, not the case's ground
        for article in articles_of(sentence) if "条例" in sentence else []:
            if "条例" in article and article not in articles:
                articles.append(article)
    return [Fill(CaseAt(0), "articles", tuple(articles))] if articles else []
