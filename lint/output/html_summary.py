"""The end of an HTML report: a folder's summary and the rules that found something.

The summary can only be known once every letter has gone by: it is written after the
letters and shown first by the stylesheet (the page is one flex column and the summary
has ``order: -1``). Its list of letters, sorted by number of problems, is kept in
temporary files per count while the letters go by, not in memory.
"""

from __future__ import annotations

import html
import tempfile
from collections import Counter
from collections.abc import Iterator
from typing import IO, TYPE_CHECKING

from replylint.checklist import ITEMS, Entry, Mark
from replylint.findings import FileResult, Severity
from replylint.output.html_page import plain
from replylint.output.tally import count_by_severity, plural, severity_words

if TYPE_CHECKING:
    from replylint.output.tally import Tally
    from replylint.rules import Rule

#: Letters with this many problems or more share one group in the summary's list.
MOST = 50


class Summary:
    """Counts as the letters go by, and their list spooled by number of problems."""

    def __init__(self) -> None:
        self.rules: Counter[str] = Counter()
        self.letters_per_rule: Counter[str] = Counter()
        self.names: dict[str, tuple[str, Severity]] = {}
        self.marks: dict[str, Counter[Mark]] = {item.key: Counter() for item in ITEMS}
        self.labels: dict[str, str] = {item.key: item.label for item in ITEMS}
        #: A temporary file of table rows per number of problems (-1: unreadable).
        self.spools: dict[int, IO[str]] = {}

    def add(self, number: int, result: FileResult, entries: list[Entry]) -> None:
        """Count letter ``number`` and file its row under its number of problems."""
        link = f'<a href="#L{number}">{plain(result.path, None)}</a>'
        if result.error is not None:
            row = '<td colspan="4">could not be read</td>'
            self._spool(-1).write(f'<tr class="unreadable"><td>{link}</td>{row}</tr>\n')
            return
        by = count_by_severity(result.findings)
        for f in result.findings:
            self.rules[f.code] += 1
            self.names.setdefault(f.code, (f.rule, f.severity))
        for code in {f.code for f in result.findings}:
            self.letters_per_rule[code] += 1
        for e in entries:
            self.marks[e.item.key][e.mark] += 1
            self.labels[e.item.key] = e.label
        total = len(result.findings)
        cells = "".join(f"<td>{by[s] or ''}</td>" for s in sorted(Severity, reverse=True))
        self._spool(min(total, MOST)).write(f"<tr><td>{link}</td><td>{total}</td>{cells}</tr>\n")

    def _spool(self, key: int) -> IO[str]:
        if key not in self.spools:
            # NOTE: closed in close(), once the summary is written (or the run stops)
            self.spools[key] = tempfile.SpooledTemporaryFile(  # noqa: SIM115
                max_size=1 << 15, mode="w+", encoding="utf-8", newline=""
            )
        return self.spools[key]

    def render(self, tally: Tally, rules: dict[str, Rule]) -> Iterator[str]:
        """Yield the summary section: totals, the two tables, the letters by problems."""
        line = f"{plural(tally.files, 'letter')}, {plural(tally.findings, 'problem')}"
        if tally.findings:
            line += f" ({severity_words(tally.counts)})"
        if tally.unreadable:
            line += f"; {tally.unreadable} could not be read"
        yield ('<section id="summary" aria-labelledby="summary-h">\n'
               f'<h2 id="summary-h">Summary</h2>\n<p class="totals">{line}.</p>\n')  # fmt: skip
        yield f'<div class="tables">\n{self._marks_table()}{self._rules_table(rules)}</div>\n'
        heads = "".join(f'<th scope="col">{s.label}s</th>' for s in sorted(Severity, reverse=True))
        yield ('<h3>Letters by number of problems</h3>\n'
               '<div class="scroll"><table class="letters">\n'
               f'<thead><tr><th scope="col">letter</th><th scope="col">problems</th>{heads}</tr>'
               "</thead>\n<tbody>\n")  # fmt: skip
        for key in sorted(self.spools, key=lambda k: (k != -1, -k)):
            spool = self.spools[key]
            if key == MOST:
                yield f'<tr class="group"><td colspan="5">{MOST} problems or more</td></tr>\n'
            spool.seek(0)
            while chunk := spool.read(1 << 16):
                yield chunk
        yield "</tbody></table></div>\n</section>\n"

    def _marks_table(self) -> str:
        heads = "".join(f'<th scope="col">{m.symbol} {html.escape(m.word)}</th>' for m in Mark)
        rows = "".join(
            f'<tr><th scope="row">{html.escape(self.labels[item.key])}</th>'
            + "".join(
                f'<td class="m-{m.name.lower()}">{self.marks[item.key][m] or ""}</td>' for m in Mark
            )
            + "</tr>\n"
            for item in ITEMS
        )
        return ('<div><h3>Checklist across the letters</h3>\n'
                '<div class="scroll"><table class="marks">\n'
                f'<thead><tr><th scope="col">letters that…</th>{heads}</tr></thead>\n'
                f"<tbody>\n{rows}</tbody></table></div></div>\n")  # fmt: skip

    def _rules_table(self, rules: dict[str, Rule]) -> str:
        if not self.rules:
            return "<div><h3>Problems by rule</h3>\n<p>No rule found anything.</p></div>\n"
        rows = []
        for code, count in sorted(self.rules.items(), key=lambda item: (-item[1], item[0])):
            name, severity = self.names[code]
            label = (f'<a href="#rule-{plain(code)}">{plain(code)}</a>' if code in rules
                     else plain(code))  # fmt: skip
            rows.append(f"<tr><td>{label}</td><td>{plain(name)}</td>"
                        f'<td class="{severity.label}">{severity.label}</td>'
                        f"<td>{count}</td><td>{self.letters_per_rule[code]}</td>"
                        "</tr>\n")  # fmt: skip
        return ('<div><h3>Problems by rule</h3>\n<div class="scroll"><table class="rules">\n'
                '<thead><tr><th scope="col">code</th><th scope="col">rule</th>'
                '<th scope="col">severity</th><th scope="col">problems</th>'
                '<th scope="col">letters</th></tr></thead>\n'
                f"<tbody>\n{''.join(rows)}</tbody></table></div></div>\n")  # fmt: skip

    def close(self) -> None:
        """Let go of the temporary files."""
        for spool in self.spools.values():
            spool.close()
        self.spools.clear()


def glossary(rules: list[Rule]) -> str:
    """Return what each rule that found something looks for, and why it matters."""
    if not rules:
        return ""
    items = "".join(
        f'<div id="rule-{plain(r.code)}"><dt>{plain(r.code)} {plain(r.name)}</dt>'
        f"<dd><p>{plain(r.docs.get('what', ''))}</p><p>{plain(r.docs.get('why', ''))}</p>"
        f"<p><strong>Instead:</strong> {plain(r.docs.get('instead', ''))}</p></dd></div>\n"
        for r in rules
    )
    return ('<section id="rules" aria-labelledby="rules-h">\n<h2 id="rules-h">The rules that '
            f"found something</h2>\n<dl>\n{items}</dl>\n</section>\n")  # fmt: skip
