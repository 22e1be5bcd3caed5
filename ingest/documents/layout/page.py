"""Stage 1, the page: a document's text laid out once, for every reader to ask instead of re-scanning.

:func:`page_of` numbers and normalises the lines (:mod:`.lines`), aligns fixed-width columns
(:mod:`.fixed_width`), finds the tables (:mod:`.tables`), joins prose wrapped at the page width
(:mod:`.paragraphs`), and reads the metadata (:mod:`.meta`) and the document's own key to bare article
citations. It knows shapes, never genres: what a line *says* is for the readers.

Readers look lines up through the page: :meth:`Page.lines_with` gives the lines that contain any of some
cue words, computed once per set of words however many readers ask, so a reader whose cue a document
lacks costs nothing. :meth:`Page.section` gives the numbered heading a line sits under (:mod:`.sections`),
found in one pass the first time a reader asks.

>>> page = page_of("北杜市 目的外利用の状況\\n市民課の住民記録を税務課へ提供する。\\n以上")
>>> page.municipality, [line.no for line in page.lines_with("提供")], page.has("結合")
('北杜市', [2], False)
>>> page_of("1 外部提供の状況\\n市民課\\t3").section(2).kind
'external_provision'
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from itertools import accumulate

from ...normalize import canonical_name, classify_basis, nfkc
from .fixed_width import align_fixed_width
from .lines import Line, split_lines
from .meta import municipality_of, title_of
from .paragraphs import join_wrapped
from .sections import Section, Sections
from .stacked_cells import fold_stacked_cells
from .tables import Table, find_tables

__all__ = ["Page", "document_legend", "page_of"]

_LEGEND = re.compile(r"^\s*((?:[^\s第]{0,12})?第\d+条(?:第\d+項)?(?:第\d+号)?)\s*[:：\s]\s*(\S.{1,60})$")


def document_legend(texts: list[str]) -> dict[str, str]:
    """The document's own key to bare article citations: a line 「第9条第2項第1号 本人の同意があるとき」 → its basis.

    >>> document_legend(["第9条第2項第1号 本人の同意があるとき", "第9条第2項第3号 その他"])
    {'第9条第2項第1号': 'consent'}
    """
    legend: dict[str, str] = {}
    for text in texts:
        if "条" not in text:
            continue
        match = _LEGEND.match(nfkc(text))
        if not match:
            continue
        basis = classify_basis(match.group(2))
        if basis != "unknown":
            legend.setdefault(canonical_name(match.group(1)), basis)
    return legend


@dataclass
class Page:
    """One document laid out: its lines (wrapped prose joined onto the paragraph's first line, the continuation
    lines left blank), its tables, and what the whole document says about itself."""

    text: str  # every line's normalised text, one line a line: what cue words are looked for in
    lines: list[Line]
    tables: list[Table]
    municipality: str | None
    title: str | None
    legend: dict[str, str]
    known_departments: set[str]  # departments named in the tables' rows: prose readers trust these names
    table_lines: frozenset[int]  # every header and row line of a table
    _cued: dict[tuple[str, ...], list[Line]] = field(default_factory=dict, repr=False)
    _starts: list[int] | None = field(default=None, repr=False)  # offset of each line in ``text``
    _sections: Sections | None = field(default=None, repr=False)
    _present: dict[str, bool] = field(default_factory=dict, repr=False)  # per word or character: in the text?

    def has(self, word: str) -> bool:
        """Whether any line contains ``word`` (normalised text): a reader's cheapest test."""
        present = self._present.get(word)
        if present is None:
            # A page uses a few hundred distinct characters: one of the word's missing (a one-character search is
            # many times faster than a search for a word) rules the word out before its own search
            present = self._present[word] = (len(word) <= 1 or all(map(self.has, word))) and word in self.text
        return present

    def lines_with(self, *words: str) -> list[Line]:
        """The non-blank lines containing any of ``words`` (normalised text), in order; one pass per cue."""
        cached = self._cued.get(words)
        if cached is None:
            cached = self._cued[words] = self._find(words)
        return cached

    @property
    def sections(self) -> Sections:
        """The section heading every line sits under (by position in :attr:`lines`), indexed on first use."""
        if self._sections is None:
            self._sections = Sections(self.lines)
        return self._sections

    def section(self, no: int) -> Section | None:
        """The numbered heading line ``no`` sits under, within :data:`.sections.SECTION_WINDOW` lines above."""
        return self.sections.above(no - 1)  # line n is at position n - 1: the layout keeps every line

    def _find(self, words: tuple[str, ...]) -> list[Line]:
        # One regex over the whole text, each hit's line by bisection, the search going on from the next line: no
        # Python loop over lines, nor over a line's further hits.
        present = [word for word in words if self.has(word)]  # the others cannot match: no need to try them
        if not present:
            return []
        if self._starts is None:
            self._starts = list(accumulate((len(line.text) + 1 for line in self.lines[:-1]), initial=0))
        pattern = re.compile("|".join(map(re.escape, sorted(present, key=len, reverse=True))))
        text, starts, last = self.text, self._starts, len(self._starts) - 1
        found: list[Line] = []
        hit = pattern.search(text)
        while hit:
            index = bisect_right(starts, hit.start()) - 1
            found.append(self.lines[index])
            hit = pattern.search(text, starts[index + 1]) if index < last else None
        return found


def page_of(text: str) -> Page:
    """Lay a document out: lines, fixed-width columns, tables, joined paragraphs and metadata."""
    lines = fold_stacked_cells(split_lines(text))
    align_fixed_width(lines)
    texts = [line.text for line in lines]
    tables = find_tables(lines)
    in_tables = {row_line for table in tables for row in table.rows for row_line in row.lines}
    in_tables.update(table.header.no for table in tables)
    joined = join_wrapped(lines, in_tables)
    named = {row.get("department") for t in tables for row in t.rows}  # a list repeats its departments
    known = {canonical_name(name) for name in named if name}
    return Page(text="\n".join(line.text for line in joined), lines=joined, tables=tables,
                municipality=municipality_of(texts), title=title_of(texts), legend=document_legend(texts),
                known_departments=known, table_lines=frozenset(in_tables))
