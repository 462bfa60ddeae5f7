"""All of a letter's fixes at once: which go together, the fixed text and its diff."""

from __future__ import annotations

import bisect
import difflib
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from replylint.errors import InputError
from replylint.fixes.declared import INSERTS
from replylint.fixes.edits import WORD, Edit, edit_for, remove_lines
from replylint.letter import Letter

if TYPE_CHECKING:
    from replylint.findings import Finding
    from replylint.rules import Rule


def fix_text(letter: Letter, findings: Sequence[Finding], rules: Mapping[str, Rule],
             reread: Callable[[str], Letter]) -> tuple[str, list[str]]:  # fmt: skip
    """Return the letter's text with every fix of ``findings`` made, and a line per fix.

    Cuts and replacements come first; the sentences to add are placed in what is left
    (``reread`` parses it), so that a sentence meant for the end of the body never lands
    where a paragraph was cut. A fix that would clash with one before it is left out:
    the report after it says what remains.
    """
    planned = _Planned(letter.text)
    titles: list[tuple[int, str]] = []
    inserts: list[tuple[int, Finding, Rule]] = []
    for index, finding in enumerate(findings):
        rule = rules.get(finding.code)
        if rule is None or (planned.cuts(finding.start.offset, finding.end.offset)
                            and not any(fix.kind in INSERTS for fix in rule.fix)):  # fmt: skip
            continue  # another fix already cuts its sentence
        edit = edit_for(letter, rule, finding.start.offset, finding.end.offset)
        if edit is not None and edit.start == edit.end:
            inserts.append((index, finding, rule))
        elif edit is not None and (edit := planned.add(edit)) is not None:
            titles.append((index, _describe(finding, edit)))
    edits = planned.edits
    text = _apply(letter, edits)
    if inserts:
        try:
            letter = reread(text) if edits else letter
        except InputError:
            inserts = []  # nothing of the writer's own is left to add to
        added: list[Edit] = []
        for index, finding, rule in inserts:
            edit = edit_for(letter, rule, 0, 0)
            if edit is not None and not any(_clash(edit, other) for other in added):
                added.append(edit)
                titles.append((index, _describe(finding, edit)))
        text = _apply(letter, added)
    return text, [title for _, title in sorted(titles)]


def _describe(finding: Finding, edit: Edit) -> str:
    return f"{edit.code} {edit.rule}, line {finding.start.line}: {edit.title}"


class _Planned:
    """Cuts and replacements that do not clash, in order of place.

    NOTE: they never overlap, so a new one can clash only with its neighbours: a letter
    with thousands of findings costs no more than a few checks for each.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self.edits: list[Edit] = []
        self._places: list[tuple[int, int]] = []

    def cuts(self, start: int, end: int) -> bool:
        """Return True when a cut already takes [start, end) (and a finding there with it)."""
        at = bisect.bisect(self._places, (start, len(self._text) + 1)) - 1
        cut = self.edits[at] if at >= 0 else None
        return cut is not None and not cut.text and cut.start <= start and end <= cut.end

    def add(self, edit: Edit) -> Edit | None:
        """Keep ``edit`` (a cut less what its neighbours already cut); None if it clashes."""
        at = bisect.bisect(self._places, (edit.start, edit.end))
        before = self.edits[at - 1] if at else None
        after = self.edits[at] if at < len(self.edits) else None
        if not edit.text:
            # NOTE: neighbouring sentences each take a space along, so their cuts meet
            start, end = edit.start, edit.end
            if before is not None and not before.text and before.start <= start < before.end:
                start = before.end
            if after is not None and not after.text and after.start < end <= after.end:
                end = after.start
            if not self._text[start:end].strip():
                return None  # nothing of its own left: another fix takes its sentence
            edit = replace(edit, start=start, end=end)
        if any(other is not None and _clash(edit, other) for other in (before, after)):
            return None
        self.edits.insert(at, edit)
        self._places.insert(at, (edit.start, edit.end))
        return edit


def _clash(one: Edit, other: Edit) -> bool:
    """Return True when two edits touch the same text (or are the same insertion)."""
    if (one.start, one.end, one.text) == (other.start, other.end, other.text):
        return True
    return one.start < other.end and other.start < one.end


def _apply(letter: Letter, edits: Sequence[Edit]) -> str:
    """Return the letter's text with ``edits`` made (insertions at one place in order)."""
    text = letter.text
    pieces, at = [], 0
    for start, end, new_text in _joined(letter, edits):
        # NOTE: two cuts widened to whole lines may share a blank line
        pieces += [text[at : max(start, at)], new_text]
        at = max(at, end)
    pieces.append(text[at:])
    return "".join(pieces)


def _joined(letter: Letter, edits: Sequence[Edit]) -> list[tuple[int, int, str]]:
    """Return the edits as (start, end, text), cuts that meet joined into one.

    A run of cuts that empties its lines takes the lines along, as one cut would.
    """
    text = letter.text
    changes: list[tuple[int, int, str]] = []
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        last = changes[-1] if changes else None
        if last is not None and not last[2] and not edit.text and edit.start <= last[1]:
            changes[-1] = (last[0], max(last[1], edit.end), "")
        else:
            changes.append((edit.start, edit.end, edit.text))
    for i, (start, end, new_text) in enumerate(changes):
        if new_text or start == end:
            continue
        line_start = text.rfind("\n", 0, start) + 1
        newline = text.find("\n", end)
        line_end = len(text) if newline < 0 else newline + 1
        whole = start == line_start and text[end - 1] == "\n"
        if whole or WORD.search(text, line_start, start) or WORD.search(text, end, line_end):
            continue
        area = next((a for a in letter.parts.values() if a.covers(start, end)), letter.own)
        if area.start <= line_start and line_end <= area.end:
            first, stop, _ = remove_lines(text, area, line_start, line_end)
            changes[i] = (first, stop, "")
    return changes


def unified_diff(path: str, before: str, after: str, titles: Sequence[str], bom: str = "") -> str:
    """Return a unified diff from ``before`` to ``after``, headed by what each fix does."""
    lines = []
    for line in difflib.unified_diff(_lines(bom + before), _lines(bom + after), path, path):
        # NOTE: difflib leaves a last line without its line break as it is; patch needs
        # the marker, or the next line of the diff joins it
        lines.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    return "".join(f"# {title}\n" for title in titles) + "".join(lines) if lines else ""


def _lines(text: str) -> list[str]:
    """Split at LF only, keeping it (patch knows no other line end; CR stays in the line)."""
    return re.findall(r"[^\n]*\n|[^\n]+$", text)
