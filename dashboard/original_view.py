"""Where a cited line stands in the original document: the PDF page drawn as an image with the line's box,
or, for a web page or a workbook, the table (or sheet) and row.

Pages are drawn with pypdfium2 from the bytes the record store keeps, once per (document, page).
"""

from __future__ import annotations

import base64
import io
from functools import lru_cache
from typing import Any

from dash import html

from .messages import t

__all__ = ["original_view", "render_page_png"]

SCALE = 1.5  # 108 dpi: the line is legible, the image stays small


@lru_cache(maxsize=32)
def render_page_png(document_id: str, page: int, data: bytes) -> str:
    """A PDF page (1-based) as a PNG data URI."""
    import pypdfium2  # imported here: only PDF documents need it

    pdf = pypdfium2.PdfDocument(data)
    try:
        bitmap = pdf[page - 1].render(scale=SCALE)
        buffer = io.BytesIO()
        bitmap.to_pil().save(buffer, format="PNG", optimize=True)
    finally:
        pdf.close()
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()


def _pdf_view(document_id: str, data: bytes, locator: dict[str, Any], lang: str) -> html.Div:
    page = int(locator.get("page") or 1)
    children: list[Any] = [html.Img(src=render_page_png(document_id, page, data), id="original-page-image",
                                    className="original-page-image", alt=f"page {page}",
                                    style={"width": "100%", "display": "block", "border": "1px solid #ccd"})]
    bbox, size = locator.get("bbox"), locator.get("size")
    if bbox and size:  # the box in percent of the page: it follows the image at any width
        width, height = size
        pad = 2.0
        children.append(html.Div(id="original-line-box", className="original-line-box", style={
            "position": "absolute", "left": f"{(bbox[0] - pad) / width * 100:.3f}%",
            "top": f"{(bbox[1] - pad) / height * 100:.3f}%",
            "width": f"{(bbox[2] - bbox[0] + 2 * pad) / width * 100:.3f}%",
            "height": f"{(bbox[3] - bbox[1] + 2 * pad) / height * 100:.3f}%",
            "border": "2px solid #d9480f", "background": "rgba(255, 212, 59, 0.25)", "pointerEvents": "none"}))
    return html.Div([
        html.P(t("documents.original", lang).format(page=page), className="hint", id="original-caption"),
        html.Div(children, style={"position": "relative", "display": "inline-block", "width": "100%"},
                 id="original-page"),
    ], className="original-view")


def _row_view(locator: dict[str, Any], line_text: str, lang: str) -> html.Div | None:
    if locator.get("row") is None:
        return None
    if locator.get("table") is not None:
        where = t("documents.row_in_table", lang).format(table=locator["table"], row=locator["row"])
    else:
        where = t("documents.row_in_sheet", lang).format(sheet=locator.get("sheet") or "CSV", row=locator["row"])
    cells = [html.Td(cell) for cell in line_text.split("\t")]
    return html.Div([html.P(where, className="hint", id="original-caption"),
                     html.Table(html.Tbody(html.Tr(cells)), className="data-table", id="original-row")],
                    className="original-view")


def original_view(document_id: str, source: tuple[str, bytes | None, list[dict] | None] | None,
                  line: int | None, lines: list[str], lang: str) -> html.Div | None:
    """The original beside the text, for a converted document; None for a text document."""
    if source is None:
        return None
    kind, data, locators = source
    locators = locators or []
    index = (line - 1) if line and 1 <= line <= len(locators) else None
    if kind == "pdf" and data:
        locator = locators[index] if index is not None else {"page": 1}
        if index is not None and not locator.get("page"):
            locator = {"page": 1}
        return _pdf_view(document_id, data, locator, lang)
    if index is None:
        return None
    return _row_view(locators[index], lines[index] if index < len(lines) else "", lang)
