"""Documents made at test time: text or HTML rendered to PDF by headless Chromium, and framed as a city page.

The seed and corpus texts are rendered the way a city would publish them: a table for every run of
tab- or pipe-separated lines, a paragraph for every other line. PDFs carry a running header and a
page-number footer so the converter must drop them. No binary fixture is kept: everything here is made
again on every run (and cached for the session by the tests' fixtures).
"""

from __future__ import annotations

import html
import os
import queue
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1"]

STYLE = """
@page { size: A4; margin: 22mm 16mm 20mm 16mm; }
body { font-family: "IPAGothic", "IPAexGothic", sans-serif; font-size: 10pt; line-height: 1.45; }
p { margin: 0 0 2pt 0; white-space: pre-wrap; }
p.gap { height: 9pt; }
table { border-collapse: collapse; margin: 4pt 0 8pt 0; }
td, th { border: 0.75pt solid #000; padding: 1pt 3pt; vertical-align: top; }
tr { break-inside: avoid; }
"""

HEADER = '<div style="font-size:8pt;width:100%;text-align:right;margin-right:16mm"><span class="title"></span></div>'
FOOTER = ('<div style="font-size:8pt;width:100%;text-align:center">- <span class="pageNumber"></span> -</div>')


def _cells(line: str) -> list[str] | None:
    if "\t" in line:
        return line.split("\t")
    stripped = line.strip()
    if stripped.startswith("|") or " | " in stripped:
        body = stripped[1:] if stripped.startswith("|") else stripped
        body = body[:-1] if body.endswith("|") else body
        cells = [cell.strip() for cell in body.split("|")]
        if all(set(cell) <= set("-: ") for cell in cells):
            return []  # a Markdown rule: no row
        return cells
    return None


def text_body(text: str) -> str:
    """The HTML body of a text document: a table per run of table rows, a paragraph per other line."""
    parts: list[str] = []
    rows: list[list[str]] = []

    def close() -> None:
        if rows:
            trs = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in rows)
            parts.append(f"<table>{trs}</table>")
            rows.clear()

    for line in text.split("\n"):
        cells = _cells(line)
        if cells is not None:
            if cells:
                rows.append(cells)
            continue
        close()
        parts.append(f"<p>{html.escape(line)}</p>" if line.strip() else '<p class="gap"></p>')
    close()
    return "\n".join(parts)


def page_html(body: str, title: str) -> str:
    return (f'<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f"<style>{STYLE}</style></head><body>{body}</body></html>")


def city_page(body: str, title: str, city: str = "架空市") -> str:
    """The body inside a city site's frame: header, navigation, breadcrumbs, an inquiry block and a footer."""
    frame = f"""<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>{html.escape(title)}</title></head>
<body><div id="header"><a href="/">{city}公式ホームページ</a><form class="search">サイト内検索 <input></form></div>
<nav id="gnav"><ul><li>くらし・手続き</li><li>子育て・教育</li><li>市政情報</li></ul></nav>
<div class="breadcrumbs">トップページ &gt; 市政情報 &gt; 個人情報保護</div>
<div id="main"><h1>{html.escape(title)}</h1>
{body}
<div class="contact"><h2>このページに関するお問い合わせ</h2><p>総務課 電話 0000-00-0000</p></div>
</div>
<footer><p>{city}役所 〒000-0000 架空県{city}中央1丁目1番1号</p><p>Copyright {city}</p></footer></body></html>"""
    return frame


def require_chromium() -> None:
    if Path(CHROMIUM).exists():
        return
    reason = f"{CHROMIUM} is missing (Debian's chromium; `make browser` installs it)"
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


@contextmanager
def pdf_printer(user_data_dir: Path) -> Iterator:
    """A function (html, path, header_footer=True) → path printing HTML to PDF with one headless Chromium
    (Page.printToPDF, as ``chromium --print-to-pdf`` does), a running title header and a page-number footer.

    Playwright's sync API runs in a thread of its own: the browser tests of the same session hold one
    already on the main thread, and two cannot share it."""
    jobs: queue.Queue = queue.Queue()

    def serve() -> None:
        from playwright.sync_api import sync_playwright

        try:
            with sync_playwright() as playwright:
                context = playwright.chromium.launch_persistent_context(
                    str(user_data_dir), executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
                page = context.new_page()
                while (job := jobs.get()) is not None:
                    markup, path, header_footer, done = job
                    try:
                        page.set_content(markup, wait_until="load")
                        page.pdf(path=str(path), format="A4", print_background=True,
                                 display_header_footer=header_footer, header_template=HEADER,
                                 footer_template=FOOTER, prefer_css_page_size=True)
                        done.put(path)
                    except Exception as error:  # handed to the test thread, which raises it
                        done.put(error)
                context.close()
        except Exception as error:
            while (job := jobs.get()) is not None:
                job[3].put(error)

    worker = threading.Thread(target=serve, daemon=True)
    worker.start()

    def print_pdf(markup: str, path: Path, header_footer: bool = True) -> Path:
        done: queue.Queue = queue.Queue()
        jobs.put((markup, path, header_footer, done))
        result = done.get(timeout=120)
        if isinstance(result, Exception):
            raise result
        return result

    try:
        yield print_pdf
    finally:
        jobs.put(None)
        worker.join(timeout=30)
