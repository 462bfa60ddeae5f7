"""HTML report: one self-contained page showing each letter with its problems in place.

The page is written a letter at a time, as the letters are linted, so a folder of any
size needs no more memory than a few letters; the folder's summary comes at the end
(html_summary), the page's head and stylesheet from html_page.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from replylint.checklist import Entry, checklist, labels
from replylint.findings import FileResult, Finding
from replylint.output.html_page import END, HEAD, letter_text, plain
from replylint.output.html_summary import Summary, glossary
from replylint.output.tally import count_by_severity, plural, severity_words

if TYPE_CHECKING:
    from replylint.output import Report
    from replylint.rules import Rule

#: Check types whose findings are about the whole letter (something missing, its
#: length): they are listed above the letter instead of marking its first line.
_WHOLE_LETTER = frozenset({"occurrence", "metric"})
#: A blank line (or several) between paragraphs; LF, CRLF or a lone CR.
_PARAGRAPH_BREAK = re.compile(r"(?:\r\n|\r|\n)(?:[ \t]*(?:\r\n|\r|\n))+")


def render(report: Report) -> Iterator[str]:
    """Yield the page: its head, a section per letter as each comes, then the summary."""
    yield HEAD
    summary = Summary()
    try:
        for number, result in enumerate(report.results, 1):
            rules = {rule.code: rule for rule in report.rules}
            entries = checklist(result, labels(rules.values()))
            yield _letter(number, result, entries, rules)
            summary.add(number, result, entries)
        rules = {rule.code: rule for rule in report.rules}
        if report.tally.files > 1:
            yield from summary.render(report.tally, rules)
        yield glossary([rules[code] for code in sorted(summary.rules) if code in rules])
    finally:
        summary.close()
    yield END


def _counts(findings: Sequence[Finding]) -> str:
    """Return '3 problems: 1 error, 2 warnings', or that there are none."""
    if not findings:
        return "No problems found"
    return f"{plural(len(findings), 'problem')}: {severity_words(count_by_severity(findings))}"


# --- one letter -------------------------------------------------------------------------


def _letter(number: int, result: FileResult, entries: list[Entry], rules: dict[str, Rule]
            ) -> str:  # fmt: skip
    """Return one letter's section: its name, checklist, notes and text with marks."""
    lid = f"L{number}"
    path = plain(result.path, None)
    head = (f'<section class="letter" id="{lid}" aria-labelledby="{lid}-h">\n'
            f'<h2 id="{lid}-h"><a href="#{lid}">{path}</a></h2>\n')  # fmt: skip
    if result.error is not None:
        return (f'{head}<p class="unreadable"><strong>Could not be read:</strong> '
                f"{plain(result.error)}</p>\n</section>\n")  # fmt: skip
    findings = result.findings
    numbers = {id(f): n for n, f in enumerate(findings, 1)}
    whole = [f for f in findings if _is_whole(f, rules)]
    placed = [f for f in findings if not _is_whole(f, rules)]
    worst = max((f.severity for f in findings), default=None)
    state = worst.label if worst else "clean"
    parts = [head, f'<p class="counts {state}">{_counts(findings)}</p>\n<div class="body">\n']
    parts.append(_checklist(lid, entries, numbers))
    parts.append('<div class="letter-text">\n')
    if whole:
        parts.append('<h3 class="whole-h">About the whole letter</h3>\n<ol class="notes whole">\n')
        parts.extend(_note(lid, f, numbers[id(f)], rules, placed=False) for f in whole)
        parts.append("</ol>\n")
    parts.append('<h3 class="sr">The letter as written</h3>\n')
    parts.append(_paragraphs(lid, result.text or "", placed, numbers, rules))
    parts.append("</div>\n</div>\n</section>\n")
    return "".join(parts)


def _is_whole(finding: Finding, rules: dict[str, Rule]) -> bool:
    rule = rules.get(finding.code)
    return rule is not None and rule.check in _WHOLE_LETTER


def _checklist(lid: str, entries: list[Entry], numbers: dict[int, int]) -> str:
    """Return the letter's checklist: a mark, a word and the item, with links to notes."""
    rows = []
    for e in entries:
        links = " ".join(f'<a class="ref" href="#{lid}-n{numbers[id(f)]}">{numbers[id(f)]}</a>'
                         for f in e.findings)  # fmt: skip
        reason = f'<span class="reason">{html.escape(e.reason)}</span>' if e.reason else ""
        rows.append(
            f'<li class="m-{e.mark.name.lower()}"><span class="mark" aria-hidden="true">'
            f'{e.mark.symbol}</span><span class="item">{html.escape(e.label)}'
            f'<span class="word"> {html.escape(e.mark.word)}</span>{reason}</span>'
            f'<span class="refs">{links}</span></li>\n'
        )
    return (f'<aside class="checklist" aria-labelledby="{lid}-c">\n'
            f'<h3 id="{lid}-c">Checklist</h3>\n<ul>\n{"".join(rows)}</ul>\n</aside>\n')  # fmt: skip


def _note(lid: str, f: Finding, number: int, rules: dict[str, Rule], *, placed: bool) -> str:
    """Return a finding's note: what is wrong and what to write instead."""
    back = f'href="#{lid}-r{number}"' if placed else ""
    name = f"{plain(f.code)} {plain(f.rule)}"
    rule = (f'<a class="rule" href="#rule-{plain(f.code)}">{name}</a>' if f.code in rules
            else f'<span class="rule">{name}</span>')  # fmt: skip
    fix = (f'<p class="fix"><span class="fix-h">Instead:</span> {plain(f.suggestion)}</p>'
           if f.suggestion else "")  # fmt: skip
    return (f'<li class="note {f.severity.label}" id="{lid}-n{number}">'
            f'<a class="num" {back}>{number}</a><div>'
            f'<p class="what"><span class="sev">{f.severity.label}</span> {rule}</p>'
            f'<p class="msg">{plain(f.message)}</p>{fix}</div></li>\n')  # fmt: skip


def _paragraphs(lid: str, text: str, findings: list[Finding], numbers: dict[int, int],
                rules: dict[str, Rule]) -> str:  # fmt: skip
    """Return the text a paragraph at a time, spans marked, each beside its notes."""
    blocks = _blocks(text)
    starts = [start for start, _ in blocks]
    notes: dict[int, list[Finding]] = {}
    refs: dict[int, list[tuple[int, Finding]]] = {}
    # NOTE: each finding is filed under the paragraphs it touches, so a long letter with
    # many paragraphs costs time in proportion to its size, not paragraphs x findings
    touching: dict[int, list[Finding]] = {}
    for f in findings:
        first = max(bisect_right(starts, f.start.offset) - 1, 0)
        notes.setdefault(first, []).append(f)
        for k in range(first, max(bisect_left(starts, f.end.offset), first)):
            if f.start.offset < blocks[k][1] and f.end.offset > blocks[k][0]:
                touching.setdefault(k, []).append(f)
        # a span's number goes where it ends, in the last paragraph it reaches
        empty = f.start.offset >= f.end.offset
        k = max((bisect_right if empty else bisect_left)(starts, f.end.offset) - 1, 0)
        refs.setdefault(k, []).append((min(max(f.end.offset, blocks[k][0]), blocks[k][1]), f))
    rows = []
    for k, (start, end) in enumerate(blocks):
        para = _marked(lid, text, (start, end), touching.get(k, []), refs.get(k, []), numbers)
        mine = notes.get(k, [])
        aside = ('<ol class="notes">\n' + "".join(
            _note(lid, f, numbers[id(f)], rules, placed=True) for f in mine) + "</ol>\n"
        ) if mine else ""  # fmt: skip
        rows.append(f'<div class="row{" has-notes" if mine else ""}">'
                    f'<div class="para">{para}</div>{aside}</div>\n')  # fmt: skip
    return f'<div class="paras">\n{"".join(rows)}</div>\n'


def _blocks(text: str) -> list[tuple[int, int]]:
    """Return the paragraphs of ``text`` as [start, end) offsets (blank lines between)."""
    blocks, start = [], 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        if match.start() > start:
            blocks.append((start, match.start()))
        start = match.end()
    if start < len(text) or not blocks:
        blocks.append((start, len(text)))
    return blocks


def _marked(lid: str, text: str, block: tuple[int, int], findings: list[Finding],
            refs: list[tuple[int, Finding]], numbers: dict[int, int]) -> str:  # fmt: skip
    """Return a paragraph with each finding's span marked and numbered where it ends."""
    start, end = block
    cuts = {start, end, *(at for at, _ in refs)}
    for f in findings:
        cuts.update(min(max(o, start), end) for o in (f.start.offset, f.end.offset))
    cuts = sorted(cuts)
    out = []
    for a, b in zip(cuts, [*cuts[1:], None], strict=True):
        for at, f in refs:
            if at == a:
                n = numbers[id(f)]
                out.append(f'<a class="ref {f.severity.label}" id="{lid}-r{n}" '
                           f'href="#{lid}-n{n}" aria-label="note {n}">{n}</a>')  # fmt: skip
        if b is None:
            break
        piece = letter_text(text[a:b])
        covering = [f for f in findings if f.start.offset <= a and f.end.offset >= b]
        if covering:
            worst = max(f.severity for f in covering)
            title = plain("; ".join(f"{f.code} {f.rule}" for f in covering))
            piece = f'<mark class="{worst.label}" title="{title}">{piece}</mark>'
        out.append(piece)
    return "".join(out)
