"""The grammar several genres share: dates, items, names, kinds of counts and counts in prose, flow-list rows,
arrows, registry words, a change's reason, the hand-over vocabulary, an answer's judgements. Nothing here reads
a document on its own; readers call it, and no module here imports a reader.
"""
