"""Readers for published documents (annual reports, council agendas and minutes, notices, registers).

The entry point is :func:`extract_document`: text in, an :class:`~tadori.ingest.records.Extraction`
out, every record with the 1-based line it was read from. The folders are the stages, in order:

1. ``layout/`` lays the text out once (:func:`.layout.page.page_of`): numbered, normalised lines, table
   cells and fixed-width columns, tables found by header vocabulary, prose wrapped at the page width joined,
   the document's municipality, title and legend. It knows shapes, never genres.
2. ``readers/`` holds one module per genre; :data:`.readers.READERS` is their ordered table, the one place a
   new genre is registered. Each :class:`~.reading.Reader` reads the page and what the readers before it read,
   and answers with a :class:`~.reading.Reading` (records proposed, diagnostics, lines claimed, earlier flows
   withdrawn). ``readers/council/`` and ``readers/sentences/`` are readers made of several steps.
3. ``resolve/`` makes the records: one flow per fact (:mod:`.resolve.merge`), numbered, council cases pointing
   at their flows through claim ids (:mod:`.model`), diagnostics for lines that look like a flow or a count but
   were read by nobody (:mod:`.resolve.diagnose`).

``text/`` is the grammar several genres share (dates, items, names, kinds of counts, flow-list rows, arrows,
registry words, the phrasing of a change's reason); it reads no document on its own. :mod:`.pipeline` is the
fold that ties the stages together.

>>> from ..records import Document
>>> text = ("北杜市 目的外利用の状況\\nNo.\\t担当課\\t業務の名称\\t利用する課\\t利用する業務\\t根拠\\n"
...         "1\\t市民課\\t住基業務\\t税務課\\t課税業務\\t本人同意")
>>> result = extract_document(Document(path="x.txt", sha256="0" * 64, text=text))
>>> result.document.municipality, [(f.id, f.source_business, f.recipient_business, f.line) for f in result.flows]
('北杜市', [('f1', '住基業務', '課税業務', 3)])
"""

from __future__ import annotations

from ..records import Document, Extraction

__all__ = ["extract_document"]


def extract_document(document: Document) -> Extraction:
    """Parse ``document.text`` into flows, registrations, council cases, statistics and diagnostics.

    Sets ``document.municipality`` and ``document.title`` from the opening lines.
    """
    from .pipeline import run  # the readers load on first use: a query command never needs them

    return run(document)
