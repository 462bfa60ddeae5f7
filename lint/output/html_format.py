"""HTML report: one self-contained page showing each letter with its problems in place.

The page is written a letter at a time, as the letters are linted, so a folder of any
size needs no more memory than a few letters. The summary of a folder (counts per
rule and per checklist item, the letters by number of problems) can only be known at
the end: it is written after the letters and shown first by the stylesheet (the page
is one flex column and the summary has ``order: -1``). Its list of letters, sorted by
number of problems, is kept in temporary files per count while the letters go by, not
in memory. No script, no external resource: a Content-Security-Policy says so to the
browser too.
"""

from __future__ import annotations

import html
import re
import tempfile
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import IO, TYPE_CHECKING

from replylint import __version__
from replylint.checklist import ITEMS, Entry, Mark, checklist, labels
from replylint.findings import FileResult, Finding, Severity
from replylint.output.safe import MESSAGE_MAX, shown

if TYPE_CHECKING:
    from replylint.output import Report, Tally
    from replylint.rules import Rule

#: Check types whose findings are about the whole letter (something missing, its
#: length): they are listed above the letter instead of marking its first line.
_WHOLE_LETTER = frozenset({"occurrence", "metric"})
#: Letters with this many problems or more share one group in the summary's list.
_MOST = 50
#: What the letter holds that a browser would act on or hide rather than show (controls,
#: line and paragraph separators, bidirectional overrides); tab, LF and CR are shown as
#: written. They appear as escapes such as \x1b, as in the text report.
_HIDDEN = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069"
    "\ufffe\uffff\ud800-\udfff]"
)
#: A blank line (or several) between paragraphs; LF, CRLF or a lone CR.
_PARAGRAPH_BREAK = re.compile(r"(?:\r\n|\r|\n)(?:[ \t]*(?:\r\n|\r|\n))+")


def render(report: Report) -> Iterator[str]:
    """Yield the page: its head, a section per letter as each comes, then the summary."""
    yield _HEAD
    summary = _Summary()
    try:
        for number, result in enumerate(report.results, 1):
            rules = {rule.code: rule for rule in report.rules}
            entries = checklist(result, labels(rules.values()))
            yield _letter(number, result, entries, rules)
            summary.add(number, result, entries)
        rules = {rule.code: rule for rule in report.rules}
        if report.tally.files > 1:
            yield from summary.render(report.tally, rules)
        yield _glossary([rules[code] for code in sorted(summary.rules) if code in rules])
    finally:
        summary.close()
    yield "</main>\n</body>\n</html>\n"


def _text(value: str) -> str:
    """Return letter text as HTML: escaped, hidden characters shown as escapes."""
    escaped = html.escape(value, quote=False)
    return _HIDDEN.sub(lambda m: f'<span class="esc">{shown(m.group())}</span>', escaped)


def _plain(value: str, limit: int | None = MESSAGE_MAX) -> str:
    """Return a name or message as HTML text or attribute value (one line, escaped)."""
    return html.escape(shown(value, limit), quote=True)


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'s' if count != 1 else ''}"


def _counts(findings: Sequence[Finding]) -> str:
    """Return '3 problems: 1 error, 2 warnings', or that there are none."""
    if not findings:
        return "No problems found"
    by = Counter(f.severity for f in findings)
    parts = [_plural(by[s], s.label) for s in sorted(by, reverse=True)]
    return f"{_plural(len(findings), 'problem')}: {', '.join(parts)}"


# --- one letter -------------------------------------------------------------------------


def _letter(number: int, result: FileResult, entries: list[Entry], rules: dict[str, Rule]
            ) -> str:  # fmt: skip
    """Return one letter's section: its name, checklist, notes and text with marks."""
    lid = f"L{number}"
    path = _plain(result.path, None)
    head = (f'<section class="letter" id="{lid}" aria-labelledby="{lid}-h">\n'
            f'<h2 id="{lid}-h"><a href="#{lid}">{path}</a></h2>\n')  # fmt: skip
    if result.error is not None:
        return (f'{head}<p class="unreadable"><strong>Could not be read:</strong> '
                f"{_plain(result.error)}</p>\n</section>\n")  # fmt: skip
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
    name = f"{_plain(f.code)} {_plain(f.rule)}"
    rule = (f'<a class="rule" href="#rule-{_plain(f.code)}">{name}</a>' if f.code in rules
            else f'<span class="rule">{name}</span>')  # fmt: skip
    fix = (f'<p class="fix"><span class="fix-h">Instead:</span> {_plain(f.suggestion)}</p>'
           if f.suggestion else "")  # fmt: skip
    return (f'<li class="note {f.severity.label}" id="{lid}-n{number}">'
            f'<a class="num" {back}>{number}</a><div>'
            f'<p class="what"><span class="sev">{f.severity.label}</span> {rule}</p>'
            f'<p class="msg">{_plain(f.message)}</p>{fix}</div></li>\n')  # fmt: skip


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
        piece = _text(text[a:b])
        covering = [f for f in findings if f.start.offset <= a and f.end.offset >= b]
        if covering:
            worst = max(f.severity for f in covering)
            title = _plain("; ".join(f"{f.code} {f.rule}" for f in covering))
            piece = f'<mark class="{worst.label}" title="{title}">{piece}</mark>'
        out.append(piece)
    return "".join(out)


# --- the folder summary -----------------------------------------------------------------


class _Summary:
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
        link = f'<a href="#L{number}">{_plain(result.path, None)}</a>'
        if result.error is not None:
            row = '<td colspan="4">could not be read</td>'
            self._spool(-1).write(f'<tr class="unreadable"><td>{link}</td>{row}</tr>\n')
            return
        by = Counter(f.severity for f in result.findings)
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
        self._spool(min(total, _MOST)).write(f"<tr><td>{link}</td><td>{total}</td>{cells}</tr>\n")

    def _spool(self, key: int) -> IO[str]:
        if key not in self.spools:
            # NOTE: closed in close(), once the summary is written (or the run stops)
            self.spools[key] = tempfile.SpooledTemporaryFile(  # noqa: SIM115
                max_size=1 << 15, mode="w+", encoding="utf-8", newline=""
            )
        return self.spools[key]

    def render(self, tally: Tally, rules: dict[str, Rule]) -> Iterator[str]:
        problems = sum(tally.counts.values())
        parts = [_plural(tally.counts[s], s.label) for s in sorted(Severity, reverse=True)
                 if tally.counts[s]]  # fmt: skip
        line = f"{_plural(tally.files, 'letter')}, {_plural(problems, 'problem')}"
        if parts:
            line += f" ({', '.join(parts)})"
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
            if key == _MOST:
                yield f'<tr class="group"><td colspan="5">{_MOST} problems or more</td></tr>\n'
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
            label = (f'<a href="#rule-{_plain(code)}">{_plain(code)}</a>' if code in rules
                     else _plain(code))  # fmt: skip
            rows.append(f"<tr><td>{label}</td><td>{_plain(name)}</td>"
                        f'<td class="{severity.label}">{severity.label}</td>'
                        f"<td>{count}</td><td>{self.letters_per_rule[code]}</td>"
                        "</tr>\n")  # fmt: skip
        return ('<div><h3>Problems by rule</h3>\n<div class="scroll"><table class="rules">\n'
                '<thead><tr><th scope="col">code</th><th scope="col">rule</th>'
                '<th scope="col">severity</th><th scope="col">problems</th>'
                '<th scope="col">letters</th></tr></thead>\n'
                f"<tbody>\n{''.join(rows)}</tbody></table></div></div>\n")  # fmt: skip

    def close(self) -> None:
        for spool in self.spools.values():
            spool.close()
        self.spools.clear()


def _glossary(rules: list[Rule]) -> str:
    """Return what each rule that found something looks for, and why it matters."""
    if not rules:
        return ""
    items = "".join(
        f'<div id="rule-{_plain(r.code)}"><dt>{_plain(r.code)} {_plain(r.name)}</dt>'
        f"<dd><p>{_plain(r.docs.get('what', ''))}</p><p>{_plain(r.docs.get('why', ''))}</p>"
        f"<p><strong>Instead:</strong> {_plain(r.docs.get('instead', ''))}</p></dd></div>\n"
        for r in rules
    )
    return ('<section id="rules" aria-labelledby="rules-h">\n<h2 id="rules-h">The rules that '
            f"found something</h2>\n<dl>\n{items}</dl>\n</section>\n")  # fmt: skip


_STYLE = """
:root{--err:#b3261e;--warn:#8a5200;--info:#1d4f91;--ok:#1b6e3a;--mute:#5b5f66;
--line:#d8d9de;--soft:#f5f5f7;--err-bg:#fde3e1;--warn-bg:#fff0c2;--info-bg:#e0ecfb}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;color:#1d1d22;background:#fff;
font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Liberation Sans",Arial,sans-serif}
header.top{padding:.75rem clamp(.75rem,3vw,2rem);border-bottom:1px solid var(--line)}
header.top h1{margin:0;font-size:1.25rem}
header.top p{margin:0;color:var(--mute);font-size:.875rem}
main{display:flex;flex-direction:column;gap:1.25rem;max-width:96rem;margin:0 auto;
padding:1rem clamp(.5rem,3vw,2rem) 2rem}
#summary{order:-1}
#rules{order:1}
h2{font-size:1.125rem;margin:0 0 .25rem;overflow-wrap:anywhere}
h3{font-size:1rem;margin:1rem 0 .5rem}
a{color:#1a4fa0}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
section.letter,#summary,#rules{border:1px solid var(--line);border-radius:.5rem;
padding:.75rem clamp(.75rem,2vw,1.25rem)}
.counts{margin:0 0 .75rem;color:var(--mute);font-size:.9rem}
.counts.error{color:var(--err)}.counts.warning{color:var(--warn)}.counts.clean{color:var(--ok)}
.unreadable{color:var(--err)}
.body{display:grid;gap:1rem;grid-template-columns:minmax(0,1fr)}
.checklist{background:var(--soft);border-radius:.5rem;padding:.5rem .75rem;font-size:.9rem}
.checklist h3{margin:.25rem 0 .5rem}
.checklist ul{list-style:none;margin:0;padding:0;display:grid;gap:.3rem;
grid-template-columns:repeat(auto-fill,minmax(16rem,1fr))}
.checklist li{display:flex;gap:.5rem;align-items:baseline}
.mark{flex:none;width:1.4rem;height:1.4rem;line-height:1.4rem;text-align:center;
border-radius:50%;font-weight:700;color:#fff;background:var(--mute)}
.m-yes .mark{background:var(--ok)}.m-no .mark{background:var(--err)}
.m-unknown .mark{background:#fff;color:var(--warn);border:2px solid var(--warn);line-height:1.1rem}
.m-unchecked .mark{background:#fff;color:var(--mute);border:1px dashed var(--mute)}
.item{flex:1}
.word{font-size:.8rem;color:var(--mute);text-transform:uppercase;letter-spacing:.03em}
.m-no .word{color:var(--err);font-weight:700}
.reason{display:block;font-size:.8rem;color:var(--mute)}
.refs{white-space:nowrap}
.whole-h{margin-top:0}
.notes{list-style:none;margin:0;padding:0;display:grid;gap:.5rem;align-content:start}
.note{display:flex;gap:.5rem;border-left:4px solid var(--mute);background:var(--soft);
padding:.4rem .6rem;border-radius:0 .375rem .375rem 0;font-size:.9rem}
.note.error{border-color:var(--err)}.note.warning{border-color:var(--warn)}
.note.info{border-color:var(--info)}
.note p{margin:0 0 .2rem}
.num{flex:none;font-weight:700;text-decoration:none;color:inherit;min-width:1.2rem}
.sev{font-size:.75rem;text-transform:uppercase;letter-spacing:.03em;font-weight:700}
.error .sev{color:var(--err)}.warning .sev{color:var(--warn)}.info .sev{color:var(--info)}
.rule{font-size:.8rem;color:var(--mute)}
.fix-h{font-weight:700}
.msg,.fix{overflow-wrap:anywhere}
.paras{display:grid;gap:.75rem;margin-top:.75rem}
.row{display:grid;gap:.5rem;grid-template-columns:minmax(0,1fr)}
.para{white-space:pre-wrap;overflow-wrap:anywhere;font-family:Georgia,"Liberation Serif",serif;
font-size:1.02rem;line-height:1.6;margin:0}
mark{color:inherit;border-radius:.15rem;padding:0 .05rem;-webkit-box-decoration-break:clone;
box-decoration-break:clone}
mark.error{background:var(--err-bg);border-bottom:2px solid var(--err)}
mark.warning{background:var(--warn-bg);border-bottom:2px dashed var(--warn)}
mark.info{background:var(--info-bg);border-bottom:2px dotted var(--info)}
a.ref{font:700 .7rem/1 system-ui,sans-serif;vertical-align:super;text-decoration:none;
margin:0 .1rem;padding:.05rem .25rem;border-radius:.5rem;color:#fff;background:var(--mute)}
a.ref.error{background:var(--err)}a.ref.warning{background:var(--warn)}
a.ref.info{background:var(--info)}
.checklist a.ref{vertical-align:baseline}
.esc{font-family:ui-monospace,monospace;font-size:.85em;color:var(--err);
border:1px solid currentColor;border-radius:.2rem;padding:0 .1rem}
.totals{margin:.25rem 0 0}
.tables{display:grid;gap:0 2rem;
grid-template-columns:repeat(auto-fit,minmax(min(100%,30rem),max-content))}
.scroll{overflow-x:auto}
table{border-collapse:collapse;font-size:.9rem;min-width:min(100%,28rem)}
th,td{text-align:left;padding:.3rem .6rem;border-bottom:1px solid var(--line);vertical-align:top}
td{font-variant-numeric:tabular-nums}
thead th,table.rules td:nth-child(2){white-space:nowrap}
table.letters td:first-child{overflow-wrap:anywhere}
tr.group td{background:var(--soft);font-weight:700}
td.error{color:var(--err)}td.warning{color:var(--warn)}td.info{color:var(--info)}
td.m-no{color:var(--err);font-weight:700}
#rules dl{margin:0}#rules dt{font-weight:700;margin-top:.75rem}#rules dd{margin:0}
#rules dd p{margin:.2rem 0}
:target{scroll-margin-top:1rem}
li:target,section:target>h2{outline:3px solid #f0b400;outline-offset:2px}
@media (min-width:48rem){.row.has-notes{grid-template-columns:minmax(0,3fr) minmax(14rem,2fr)}}
@media (min-width:76rem){
.body{grid-template-columns:minmax(0,1fr) 20rem}
.checklist{grid-column:2;grid-row:1;align-self:start;position:sticky;top:.75rem}
.checklist ul{grid-template-columns:1fr}
.letter-text{grid-column:1;grid-row:1}}
@media print{
body{font-size:10pt}
main{max-width:none;padding:0;gap:.5rem}
header.top{padding:0 0 .5rem}
section.letter,#summary,#rules{border:0;padding:0}
section.letter{break-before:page}
.checklist{position:static;background:none;border:1px solid var(--line)}
.note{background:none}
.row,.note,.checklist li,tr{break-inside:avoid}
h2,h3{break-after:avoid}
a{color:inherit;text-decoration:none}
.scroll{overflow:visible}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
"""

_HEAD = (
    "<!DOCTYPE html>\n"
    '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
    # NOTE: nothing may load from anywhere, and no script may run: the page holds letters
    '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
    "style-src 'unsafe-inline'; img-src data:\">\n"
    '<meta name="color-scheme" content="light">\n'
    f"<title>replylint report</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n"
    '<header class="top"><h1>replylint report</h1>'
    f"<p>Replies to job rejections, checked by replylint {__version__}.</p></header>\n"
    "<main>\n"
)
