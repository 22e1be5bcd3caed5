"""The exception family of Tadori: one root, subclasses that say what went wrong.

This module imports nothing from the project, so every layer may raise these errors;
the CLI turns them into one clear line and exit status 2, never a traceback.
"""

from __future__ import annotations

__all__ = ["IngestError", "InternalError", "NotFound", "StoreBusy", "StoreError", "StoreUnavailable", "TadoriError"]


class TadoriError(Exception):
    """Root of every error Tadori raises on purpose."""


class IngestError(TadoriError):
    """A file could not be read into records: names the file and, where known, the line."""

    def __init__(self, source: str, message: str, line: int | None = None, column: str | None = None):
        self.source = source
        self.line = line
        self.column = column
        self.message = message
        where = source
        if line is not None:
            where += f":{line}"
        if column is not None:
            where += f" (column {column})"
        super().__init__(f"{where}: {message}")


class NotFound(TadoriError):
    """A name (item, business, department) matched nothing; carries the nearest known names."""

    def __init__(self, what: str, name: str, suggestions: list[str] | None = None):
        self.what = what
        self.name = name
        self.suggestions = suggestions or []
        text = f"no {what} named {name!r}"
        if self.suggestions:
            text += "; did you mean " + ", ".join(self.suggestions) + "?"
        super().__init__(text)


class StoreError(TadoriError):
    """The record store or graph store refused an operation."""


class StoreUnavailable(StoreError):
    """A store could not be reached (a missing file, a Neo4j server that does not answer)."""


class StoreBusy(StoreError):
    """Another process held the record store for longer than the bounded wait."""


class InternalError(TadoriError):
    """Something Tadori did not foresee while reading a file: a bug to report, never the user's fault.

    The original exception is the ``__cause__``; ``tadori --debug`` prints its traceback.
    """

    def __init__(self, source: str, error: BaseException):
        self.source = source
        self.error = error
        super().__init__(f"internal error while reading {source} (please report): {type(error).__name__}: {error}")
