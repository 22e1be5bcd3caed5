"""Web pages: the main content of the page as lines, tables as rows of cells.

The site's frame is left out — header, navigation, breadcrumbs, side menus, footer and the
「このページに関するお問い合わせ」 block — and ``rowspan``/``colspan`` are expanded so every row
has its cells in their columns. A ``<br>`` inside a cell stays inside that cell.

>>> page = (b"<html><body><header>Site</header><nav>menu</nav><main><h1>Title</h1>"
...         b"<table><tr><th rowspan=2>A</th><td>x<br>y</td></tr><tr><td>z</td></tr></table></main>"
...         b"<footer>(c)</footer></body></html>")
>>> convert_html(page, "x.html").lines
['Title', 'A\\tx y', 'A\\tz']
"""

from __future__ import annotations

import re

from lxml import etree
from lxml import html as lxml_html

from tadori.errors import IngestError

from ..sources import decode_bytes
from .cells import cell_text, row_line
from .model import Converted

__all__ = ["convert_html"]

_DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "svg", "button", "select", "object")
_FRAME_TAGS = ("header", "nav", "footer", "aside", "form")
_FRAME_ROLES = {"navigation", "banner", "contentinfo", "search", "complementary"}
# id/class names of the site's frame, as CMSs name them (breadcrumbs: topicpath, pankuzu; menus: gnav, side…),
# matched as whole tokens so that a content block named "table-header" stays.
_FRAME_NAME = re.compile(r"^(?:(?:site|global|common|g|l)?[-_]?(?:header|footer|head|foot|nav|navi|navigation|menu)"
                         r"(?:[-_]?(?:area|wrap|wrapper|inner|box|block|list|in|\d))?|breadcrumbs?|topicpath|pankuzu|"
                         r"panlist|side(?:bar|menu|nav|column)?|localnav|lnav|gnav|skip(?:[-_]?link)?|sitemap|"
                         r"search(?:box|area)?|banner|pagetop|page[-_]top|sns|share|inquiry|contact|toiawase|"
                         r"feedback|enquete|questionnaire)$", re.IGNORECASE)
_MAIN_NAME = re.compile(r"^(?:main|contents?|tmp_contents|article|honbun|main[-_]?contents?)"
                        r"(?:[-_]?(?:body|area|contents?|column|inner|wrap))?$", re.IGNORECASE)
# Headings of the closing blocks a city page carries below its content.
_CLOSING_HEADING = re.compile(r"このページ(?:に関する|についての)?お問い?合わせ|お問い?合わせ先?$|"
                              r"このページの情報は役に立ちましたか|アンケート|関連(?:リンク|情報|ページ)$")
_BLOCK_TAGS = {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
               "dl", "dt", "dd", "blockquote", "pre", "address", "figure", "figcaption", "hr", "caption",
               "center", "body", "details", "summary", "header", "footer", "nav", "aside", "form", "fieldset",
               "legend"}
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


def _framed_name(element: etree._Element) -> bool:
    names = f"{element.get('id') or ''} {element.get('class') or ''}".split()
    return any(_FRAME_NAME.match(name) for name in names)


def _is_frame(element: etree._Element) -> bool:
    if element.tag in _FRAME_TAGS or (element.get("role") or "").lower() in _FRAME_ROLES:
        return True
    return _framed_name(element)


def _is_closing_block(element: etree._Element) -> bool:
    """A block whose first heading is 「このページに関するお問い合わせ」 or the like."""
    if element.tag not in ("div", "section", "aside", "dl"):
        return False
    for heading in element.iter(*_HEADINGS, "dt", "strong"):
        return bool(_CLOSING_HEADING.search(" ".join(heading.text_content().split())))
    return False


def _main(root: etree._Element) -> etree._Element:
    for element in root.iter("main"):
        return element
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if (element.get("role") or "").lower() == "main":
            return element
    for element in root.iter("div", "section", "article"):
        if _MAIN_NAME.match(element.get("id") or "") or any(_MAIN_NAME.match(c) for c in
                                                             (element.get("class") or "").split()):
            return element
    body = root.find("body")
    return body if body is not None else root


def _prune(main: etree._Element) -> None:
    """Drop scripts, the frame and the closing blocks from the main content."""
    doomed = []
    for element in main.iter():
        if not isinstance(element.tag, str):  # comments, processing instructions
            doomed.append(element)
        elif element is not main and (element.tag in _DROP_TAGS or _is_frame(element) or _is_closing_block(element)):
            if element.tag == "header" and any(h is not None for h in element.iter(*_HEADINGS)) and \
                    not _framed_name(element):
                continue  # an article's own header holds its title
            doomed.append(element)
    for element in doomed:
        parent = element.getparent()
        if parent is not None:
            tail = element.tail
            parent.remove(element)
            if tail and tail.strip():  # keep the text that followed the removed element
                previous = parent[-1] if len(parent) else None
                if previous is not None:
                    previous.tail = (previous.tail or "") + tail
                else:
                    parent.text = (parent.text or "") + tail


def _cell_content(cell: etree._Element) -> str:
    """A cell's text, each <br> and block inside it a line break (kept inside the cell by cell_text)."""
    parts: list[str] = []

    def walk(element: etree._Element) -> None:
        if element.tag == "br" or element.tag in _BLOCK_TAGS or element.tag in ("tr", "table"):
            parts.append("\n")
        if element.text and element.tag != "br":
            parts.append(element.text)
        for child in element:
            if isinstance(child.tag, str):
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(cell)
    return cell_text(" ".join("".join(parts).split(" ")).replace("\r", ""))


def _grid(table: etree._Element) -> list[list[str]]:
    """The table's rows with every rowspan and colspan expanded (lxml: rows of nested tables excluded)."""
    rows = [tr for tr in table.iter("tr") if _owner(tr) is table]
    grid: list[list[str]] = []
    pending: dict[tuple[int, int], str] = {}  # (row, column) filled from a rowspan above
    for r, tr in enumerate(rows):
        row: list[str] = []
        column = 0
        for cell in tr:
            if cell.tag not in ("td", "th"):
                continue
            while (r, column) in pending:
                row.append(pending.pop((r, column)))
                column += 1
            text = _cell_content(cell)
            span_c = _span(cell.get("colspan"))
            span_r = _span(cell.get("rowspan"))
            for offset in range(span_c):
                row.append(text)
                for below in range(1, span_r):
                    pending[(r + below, column + offset)] = text
            column += span_c
        while (r, column) in pending:
            row.append(pending.pop((r, column)))
            column += 1
        grid.append(row)
    return grid


def _span(value: str | None) -> int:
    try:
        return max(1, min(int(value or 1), 100))
    except ValueError:
        return 1


def _owner(tr: etree._Element) -> etree._Element | None:
    parent = tr.getparent()
    while parent is not None and parent.tag != "table":
        parent = parent.getparent()
    return parent


class _Lines:
    def __init__(self) -> None:
        self.converted = Converted()
        self.buffer: list[str] = []
        self.tables = 0

    def flush(self) -> None:
        text = cell_text("".join(self.buffer).replace("\n", " "))
        self.buffer = []
        if text:
            self.converted.add(text)

    def walk(self, element: etree._Element) -> None:
        tag = element.tag
        if tag == "table":
            self.flush()
            self.table(element)
            if element.tail:
                self.buffer.append(element.tail)
            return
        block = tag in _BLOCK_TAGS
        if block:
            self.flush()
        if tag == "br":
            self.flush()
        elif element.text:
            self.buffer.append(element.text)
        for child in element:
            if isinstance(child.tag, str):
                self.walk(child)
            elif child.tail:
                self.buffer.append(child.tail)
        if block:
            self.flush()
        if element.tail:
            self.buffer.append(element.tail)

    def table(self, table: etree._Element) -> None:
        self.tables += 1
        caption = table.find("caption")
        if caption is not None and caption.text_content().strip():
            self.converted.add(cell_text(caption.text_content()), table=self.tables)
        for number, cells in enumerate(_grid(table), start=1):
            line = row_line(cells, keep_trailing=True)
            if line:
                self.converted.add(line, table=self.tables, row=number)


_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.IGNORECASE)


def _declared(data: bytes) -> str | None:
    """The page decoded with the charset its <meta> declares, when it declares one that decodes it."""
    match = _CHARSET.search(data[:4096])
    if not match:
        return None
    declared = match.group(1).decode("ascii").lower()
    if declared in ("shift_jis", "shift-jis", "sjis", "x-sjis", "windows-31j"):
        declared = "cp932"  # what Japanese pages declaring Shift_JIS are written in (①, ㈱ …)
    try:
        return data.decode(declared).replace("\r\n", "\n")
    except (LookupError, UnicodeDecodeError):
        return None


def convert_html(data: bytes, source: str) -> Converted:
    """The page's main content as lines; tables as tab-separated rows with their table and row number."""
    text = _declared(data) or decode_bytes(data, source)[0]
    text = _XML_DECLARATION.sub("", text, count=1)
    if not text.strip():
        raise IngestError(source, "the HTML file is empty")
    try:
        root = lxml_html.document_fromstring(text)
    except (etree.ParserError, ValueError) as error:
        raise IngestError(source, f"not a readable HTML page ({error})") from None
    main = _main(root)
    main.tail = None
    _prune(main)
    lines = _Lines()
    lines.walk(main)
    lines.flush()
    return lines.converted
