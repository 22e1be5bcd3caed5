"""Invented documents for the format tests: a flow report laid out as cities lay out PDFs, and a
個人情報ファイル簿 in both layouts. Every name is made up; the shapes are those of published documents."""

from __future__ import annotations

import html

FLOW_ROWS = 40  # enough rows for the table to run over three A4 pages

# (name, organisation, items, recipients as written, expected recipients, sensitive, kind)
FILES = [
    ("架空市住民記録ファイル", "市民窓口課", "1氏名、2生年月日、3性別4住所、5支援措置の有無",
     "架空県<br>架空市社会福祉協議会", ["架空県", "架空市社会福祉協議会"], "無",
     "■電算処理ファイル　□マニュアル処理ファイル"),
    ("架空市保育申込者ファイル", "こども保育課", "氏名、住所、世帯の所得", "なし", [], "有", "マニュアル処理ファイル"),
    ("架空市霊園使用者名簿", "環境緑地課", "(1)氏名 (2)住所 (3)区画番号", "－", [], "無", "電算処理ファイル"),
    ("架空市国民年金記録ファイル", "保険年金課", "1氏名、2基礎年金番号、3資格記録", "日本年金機構、架空県",
     ["日本年金機構", "架空県"], "無", "電算処理ファイル"),
]
WIDE_HEADERS = ["No.", "個人情報ファイルの名称", "担当課", "利用目的", "記録項目", "記録情報の経常的提供先",
                "要配慮個人情報の有無", "ファイルの種別"]


def flow_report_body() -> str:
    """A report page: a justified title, a wrapped paragraph, a ruled table over pages with its header repeated
    (<thead>), a narrow column whose text wraps, a cell set vertically, and a two-column closing section."""
    rows = "".join(
        f"<tr><td>{n}</td><td>架空{n}課</td><td>架空台帳業務{n}</td><td class=narrow>目的外</td>"
        f"<td>受領課</td><td>受領業務{n}</td><td>本人同意</td></tr>" for n in range(1, FLOW_ROWS + 1))
    return f"""
<h1 style="letter-spacing:1.2em;font-size:16pt">個人情報の目的外利用</h1>
<p>架空市では、令和5年度に次のとおり保有個人情報を目的外に利用しました。これは長い段落で、ページの幅を超えて折り返されるはずの文章です。さらに続けて書きますので、二行目以降にも折り返されます。</p>
<table><thead><tr><th>No.</th><th>担当課</th><th>業務の名称</th><th class=narrow>区分</th><th>利用する課</th>
<th>利用する業務</th><th>根拠</th></tr></thead><tbody>{rows}</tbody></table>
<table><tr><td style="writing-mode:vertical-rl">縦書見出</td><td>縦書の隣の値</td></tr></table>
<div style="display:flex;gap:1em"><div style="writing-mode:vertical-rl">欄外縦書</div><div>欄外の本文です。</div></div>
<div style="column-count:2;column-gap:2em;column-fill:auto;height:12em;break-before:page">
<p style="break-after:column">{LEFT * 3}</p><p>{RIGHT * 3}</p></div>
"""


LEFT = "左段の文章は左段の文章として最後まで読まれます。"
RIGHT = "右段の文章は右段の文章として左段の後に読まれます。"


REPORT_STYLE = "<style>.narrow{width:1.3em}</style>"


def _sheet(name: str, organisation: str, items: str, recipients: str, sensitive: str, kind: str) -> list[tuple]:
    return [("個人情報ファイルの名称", html.escape(name)), ("行政機関等の名称", "架空市長"),
            ("個人情報ファイルが利用に供される事務をつかさどる組織の名称", organisation),
            ("個人情報ファイルの利用目的", f"{organisation}の事務を行うため"), ("記録項目", items),
            ("記録範囲", "市内に住所を有する者"), ("記録情報の収集方法", "本人からの申請"),
            ("要配慮個人情報が含まれるときは、その旨", sensitive), ("記録情報の経常的提供先", recipients),
            ("開示請求等を受理する組織の名称及び所在地", "架空市総務課（架空市中央1-1）"),
            ("個人情報ファイルの種別", kind)]


def filebo_sheet_rows() -> list[list[list[str]]]:
    """The key–value layout as worksheets: one sheet per file, the value cell's line breaks as in Excel."""
    return [[[key, value.replace("<br>", "\n")] for key, value in _sheet(name, org, items, rec, sens, kind)]
            for name, org, items, rec, _, sens, kind in FILES]


def filebo_sheets_body(page_breaks: bool = True) -> str:
    """The key–value layout: one table per file, bundled, each on its own page."""
    parts = ["<h1>架空市 個人情報ファイル簿</h1>"]
    for index, (name, organisation, items, recipients, _, sensitive, kind) in enumerate(FILES):
        style = ' style="break-before:page"' if page_breaks and index else ""
        rows = _sheet(name, organisation, items, recipients, sensitive, kind)
        trs = "".join(f"<tr><th>{key}</th><td colspan=2>{value}</td></tr>" for key, value in rows)
        parts.append(f"<table{style}>{trs}</table>")
    return "\n".join(parts)


def filebo_definition_list_body() -> str:
    """The key–value layout as a definition list (<dl><dt>見出し</dt><dd>値</dd>), as some CMS pages print it."""
    parts = ["<h1>架空市 個人情報ファイル簿</h1>"]
    for name, organisation, items, recipients, _, sensitive, kind in FILES:
        rows = _sheet(name, organisation, items, recipients, sensitive, kind)
        parts.append("<dl>" + "".join(f"<dt>{key}</dt><dd>{value}</dd>" for key, value in rows) + "</dl>")
    return "\n".join(parts)


def wide_rows() -> list[list[str]]:
    out = [WIDE_HEADERS]
    for number, (name, organisation, items, recipients, _, sensitive, kind) in enumerate(FILES, start=1):
        out.append([str(number), name, organisation, f"{organisation}の事務", items,
                    recipients.replace("<br>", "、"), sensitive, kind.replace("　", " ")])
    return out


def filebo_wide_body() -> str:
    rows = wide_rows()
    head = "".join(f"<th>{cell}</th>" for cell in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>" for row in rows[1:])
    return (f"<h1>架空市 個人情報ファイル簿（一覧）</h1>"
            f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")


def expected_recipients() -> dict[str, list[str]]:
    return {name: recipients for name, _, _, _, recipients, _, _ in FILES}
