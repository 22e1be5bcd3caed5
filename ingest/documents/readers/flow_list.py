"""Flow lists: tables whose header names a recipient and a source, one flow per row.

How a row is read — headers by role words and by cell contents, one cell naming both ends, a department
named once for a group of rows, the 理由 cell as a last hint of the items — is :mod:`..text.flow_rows`, shared
with the cards of :mod:`.kv_blocks`; this reader offers it every flow list of the page and claims the rows.

>>> from ..layout.page import page_of
>>> page = page_of("No.\\t担当課\\t業務の名称\\t利用する課\\t利用する業務\\t根拠\\n"
...                "1\\t市民課\\t住基業務\\t税務課\\t課税業務\\t本人同意")
>>> [(f.source_department, f.recipient_department, f.basis, f.line) for f in read(page, Readings()).flows]
[('市民課', '税務課', 'consent', 2)]
"""

from __future__ import annotations

from ..layout.page import Page
from ..layout.tables import Table, is_flow_table
from ..reading import Reader, Reading, Readings
from ..text.flow_rows import table_flows
from ..text.spanned_headers import shifted_rows, spanned_table

__all__ = ["READER", "read"]


def read(page: Page, readings: Readings) -> Reading:
    """Every flow list's rows (a table whose header names a recipient)."""
    reading = Reading()
    for table in page.tables:
        if table.header.no in reading.claimed:
            continue  # a row the layout took for a header, read as a row of the table above
        if is_flow_table(table) and not table.rows:
            # a header spanning two lines: its rows stand under the second line (a table of its own in the layout)
            table = spanned_table(page.lines, table) or table
            reading.claimed.update(line for row in table.rows for line in row.lines)
        elif is_flow_table(table):
            more = shifted_rows(page.lines, table)
            if more:  # rows that dropped their merged first cells, which the layout took for another table
                table = Table(header=table.header, roles=table.roles, rows=[*table.rows, *more], end=table.end)
                reading.claimed.update(line for row in more for line in row.lines)
        if is_flow_table(table):
            found, problems = table_flows(table, page.lines, page.known_departments, reading.item_hints)
            reading.flows.extend(found)
            reading.diagnostics.extend(problems)
            reading.row_lines.update(flow.line for flow in found if flow.line)
    return reading


READER = Reader("flow_list", read)
