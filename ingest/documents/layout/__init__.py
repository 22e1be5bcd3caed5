"""Stage 1 of the readers: a document's text laid out as a page (:func:`.page.page_of`).

Lines numbered and normalised, cells split (tabs, pipes, fixed-width columns), tables found by their header
vocabulary, prose wrapped at the page width joined onto the paragraph's first line, the document's municipality,
title and legend of bare articles. Shapes only: nothing here knows a genre.
"""
