"""Readers for published documents (annual reports, council agendas and minutes, notices).

The entry point is :func:`extract_document`: text in, an :class:`~tadori.ingest.records.Extraction`
out, every record with the 1-based line it was read from. The pipeline, one module per concept:

1. :mod:`.lines` numbers and normalises the lines and splits table rows into cells;
2. :mod:`.tables` finds tables by header vocabulary and joins broken rows (and page breaks);
   :mod:`.paragraphs` joins prose wrapped at the page width back into sentences;
3. :mod:`.flows_table`, :mod:`.registry`, :mod:`.prose` read flow lists, registry changes and the
   flows their reasons state; :mod:`.council` and :mod:`.consult` read council cases and their flows;
   :mod:`.statistics` reads counts; :mod:`.notices` reads notices of a standing provision;
   :mod:`.statements` reads flows stated in free prose; :mod:`.arrows` reads ``業務 → 接続先`` lists;
4. :mod:`.merge` makes one flow of each fact and numbers the flows;
5. :mod:`.diagnose` reports what looked like a flow but was not read.

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
