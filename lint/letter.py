"""Letter: the decoded text of one input, its parts, its context and a line index."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from replylint.findings import Position

if TYPE_CHECKING:
    from spacy.tokens import Doc

PART_NAMES = ("salutation", "body", "closing", "signature")


class LineIndex:
    """Turn code-point offsets into 1-based line and column numbers."""

    def __init__(self, text: str) -> None:
        self._starts = [0]
        for i, char in enumerate(text):
            if char == "\n":
                self._starts.append(i + 1)

    def position(self, offset: int) -> Position:
        """Return the position of ``offset`` (a column counts code points)."""
        line = bisect.bisect_right(self._starts, offset) - 1
        return Position(line=line + 1, column=offset - self._starts[line] + 1, offset=offset)


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open range of offsets into the file text."""

    start: int
    end: int

    def covers(self, start: int, end: int) -> bool:
        """Return True when [start, end) lies inside this span."""
        return self.start <= start and end <= self.end


@dataclass(slots=True)
class Context:
    """What is known about the situation the reply is written in."""

    to: list[str] = field(default_factory=list)
    cc: list[str] = field(default_factory=list)
    sent: datetime | None = None
    rejection_from: list[str] = field(default_factory=list)
    company: str | None = None
    received: datetime | None = None


@dataclass(slots=True)
class Letter:
    """One parsed reply: the file text, where the writer's words are, and its parts."""

    path: str
    text: str
    own: Span
    context: Context = field(default_factory=Context)
    parts: dict[str, Span] = field(default_factory=dict)
    doc: Doc | None = None
    lines: LineIndex = field(init=False)

    def __post_init__(self) -> None:
        self.lines = LineIndex(self.text)

    @property
    def own_text(self) -> str:
        """Return the writer's own words (no front matter, no quoted rejection)."""
        return self.text[self.own.start : self.own.end]

    def scope_spans(self, scope: tuple[str, ...]) -> list[Span]:
        """Return the spans a rule with ``scope`` looks at."""
        if "letter" in scope:
            return [self.own]
        return [self.parts[name] for name in scope if name in self.parts]

    def first_line_span(self) -> Span:
        """Return the first non-blank line of the writer's text (for whole-letter findings)."""
        text = self.text
        start = self.own.start
        while start < self.own.end and text[start].isspace():
            start += 1
        end = text.find("\n", start, self.own.end)
        end = self.own.end if end == -1 else end
        while end > start and text[end - 1].isspace():
            end -= 1
        return Span(start, max(end, start))
