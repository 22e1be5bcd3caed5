"""The readers, in the order they read: the one place a new genre is registered.

Each row is a :class:`~.reading.Reader` exported by its genre's module. Order matters where a reader
claims lines or completes what an earlier one read; each row's comment says why it stands where it does.
A new genre is one module exposing ``READER``, one row here, and one test file.
"""

from __future__ import annotations

from ..reading import Reader
from . import (
    agreements,
    arrows,
    bulleted_statements,
    business_first,
    business_headings,
    cell_lines,
    collection_exceptions,
    council,
    explained_handovers,
    flow_list,
    general_clauses,
    glued_fields,
    glued_tables,
    held_clauses,
    inspection_lists,
    kv_blocks,
    label_cards,
    labelled_counts,
    listed_recipients,
    listed_reporters,
    name_lists,
    numbered_duties,
    numbered_statements,
    recipient_first,
    recruitment,
    register_counts,
    register_inspections,
    registry,
    registry_agenda,
    registry_blocks,
    registry_bullets,
    registry_count_heads,
    registry_counted,
    registry_dated_items,
    registry_fields,
    registry_heads,
    registry_outline,
    registry_rows,
    registry_sentences,
    registry_spoken,
    registry_told,
    registry_unread,
    run_on_rows,
    sentences,
    spaced_flow_rows,
    spaced_tables,
    spoken_reports,
    statistics,
    supplied,
    system_links,
    unclaimed_handovers,
)
from .council import sections as council_parts

__all__ = ["READERS"]

READERS: tuple[Reader, ...] = (
    flow_list.READER,  # tables first: a row is the best evidence, and every table line is claimed by layout
    registry.READER,  # registry tables, with the flows their 修正の理由 states
    kv_blocks.READER,  # cards of labelled fields, read as flow-list rows (they claim their lines)
    cell_lines.READER,  # a flow list flattened one cell a line: header labels, then rows of as many cells (before the
    # cards, which would pair its labels as label and value)
    label_cards.READER,  # cards of a label line over its value line, one flow a card (after the labelled cards)
    run_on_rows.READER,  # a flow list run into one line; claimed as a statement: its counts are still read
    glued_fields.READER,  # cards of labels glued to their values, run into one line (「結合1事務の名称X保有課Y…」)
    spaced_flow_rows.READER,  # a flow list one row a line, cells parted by spaces (a 別表 without tabs)
    registry.LIST_READER,  # 【課】 + a bullet list of business names
    registry.PROSE_READER,  # 「…の2事務について…追加」
    registry_agenda.READER,  # 「報告1 A事務について【変更】」
    registry_blocks.READER,  # numbered 告示 blocks of registry changes (claim their lines)
    registry_outline.READER,  # 「第1 新たに登録した事務」 headings over numbered entries; after the blocks
    registry_dated_items.READER,  # 「・B事務(登録日 …)」 under 「(1) A課が…」, or 「A課 | B事務(届出日 …)目的:…」
    registry_bullets.READER,  # 「•新規 A課 B事務 •変更 …」: bullets opening with the action
    registry_heads.READER,  # 「(1) 新規 A課 B事務」 over an indented line of labelled details
    registry_sentences.READER,  # 「(1) 「A事務」は、B課が…に登録した。」 under action sub-heads; before prose
    registry_fields.READER,  # 「事務の名称」 over the business, 「所属」 over the department …: one field a line
    registry_count_heads.READER,  # 「新規登録 2件」 heads over indented 「A課 B事務 (date)」 rows, as many as counted
    registry_rows.READER,  # 「区分 担当課 事務の名称 登録日」 tables parted by spaces or box bars, not tabs
    listed_recipients.READER,  # 「…次の機関に、Xを提供しています」 over ・ bullets of bodies; before the name lists
    listed_reporters.READER,  # 「▽協力事業者」 over ・ bullets, a sentence saying the group reports to A課
    name_lists.READER,  # before the council: a 名簿 page's bodies, by line
    supplied.READER,  # 評価書: data collected from named outside parties
    collection_exceptions.READER,  # 本人以外からの収集, per row and supplier; after the rows it must not repeat
    council.READER,  # cases and what the minutes say of them; before prose, which skips their lines
    registry_counted.READER,  # 「新たに登録した事務は、A課のB事務の1件」: the businesses a report sentence counts
    # (before the spoken reports, which would take the first alone; claims no line: the prose counts read it)
    registry_spoken.READER,  # 「新規が A課のB事務、廃止が…」 read out in a report; leaves the council's lines alone
    spoken_reports.READER,  # 「目的外利用の報告です。A課が保有する…」 in a transcript (sees the case lines)
    bulleted_statements.READER,  # one sentence a bullet a line: holders, items, then 「Bに提供」 on a line of its own
    business_headings.READER,  # 「A課 X事務」 alone over a paragraph naming the other end: before the statements,
    # which would read the paragraph without the heading's business
    business_first.READER,  # 「X事務で保有する甲を、B課のY事務に目的外利用」 under a 「◆A課」 heading alone
    recipient_first.READER,  # 「A課がBにXを提供している」: the recipient before the data
    numbered_duties.READER,  # 「(1) A課は、Xを、…法に基づき、Bへ提供する。」, joined over broken lines
    held_clauses.READER,  # 「(1)A課がX事務で保有する甲を、B課がY事務に利用(相当の理由)」: one item a line
    explained_handovers.READER,  # an explanation told sentence by sentence, 同社 and 受託者 pointing back
    numbered_statements.READER,  # 「(3)A課が保有する「X」の…」, and plain sentences of one hand-over (after the two
    # above, whose shapes it would read with an end missing)
    arrows.READER,  # 業務 → 接続先 lists
    system_links.READER,  # 「A課がX事務においてSを通じてBへYを送信」: one link a line; before prose, which skips them
    inspection_lists.READER,  # 「閲覧年月日 申出者 …」 over one inspection a line: each a provision of the register
    register_inspections.READER,  # 「Bが…を閲覧しました」 on a page about inspecting a register named in its title
    agreements.READER,  # 協定書: 「甲は、…乙の窓口であるA課に、Xを連絡する」, parties by their letters; before prose
    sentences.READER,  # what is left, one prose line at a time; summary sentences may restate a case's flow
    general_clauses.READER,  # the general clause grammar: holder, data, other end, verb
    recruitment.READER,  # a page about 自衛官 recruitment no reader found its provision in: the one it tells
    council_parts.READER,  # the flows read in the part of the minutes taking a case up: that case's, on its ground
    statistics.READER,  # count tables (table rows only, read even where a council case took the line)
    labelled_counts.READER,  # 「[承諾]15 [一部承諾]2」: a table flattened into one line
    spaced_tables.READER,  # cells split by spaces, the empty ones dropped; then one cell a line
    statistics.PROSE_READER,  # counts in prose, unless a table above already gave them
    glued_tables.READER,  # cells glued together: split by the column count and the table's own sums
    register_counts.READER,  # 「新しいファイルが2つ増えて」: a register's counts in つ / ファイル (件 is the prose's)
    registry_told.READER,  # 「A課が保有する「Xファイル」と…が新たに追加」: register changes retold in sentences
    registry_unread.READER,  # a line naming a registry change nobody read gets a diagnostic with its candidate
    unclaimed_handovers.READER,  # last resort: a sentence on a line no reader took, naming holder, receiver and verb
)
