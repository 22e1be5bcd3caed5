"""What every converter returns: text lines, one locator per line, and what it could not read."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..records import Diagnostic

__all__ = ["Converted"]


@dataclass
class Converted:
    """A converted document. ``locators[i]`` tells where ``lines[i]`` stands in the original."""

    lines: list[str] = field(default_factory=list)
    locators: list[dict[str, Any]] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    keep_original: bool = False  # a PDF keeps its bytes so the dashboard can draw the page

    def add(self, line: str, **locator: Any) -> None:
        self.lines.append(line)
        self.locators.append(locator)

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    def page_of(self, line: int | None) -> int | None:
        """The 1-based page of a 1-based text line, when the format has pages."""
        if line is None or not 1 <= line <= len(self.locators):
            return None
        return self.locators[line - 1].get("page")
