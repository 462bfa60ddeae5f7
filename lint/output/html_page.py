"""The HTML report's page: its head and stylesheet, and how text from letters goes into it.

No script, no external resource: a Content-Security-Policy says so to the browser too.
"""

from __future__ import annotations

import html
import re

from replylint import __version__
from replylint.output.safe import MESSAGE_MAX, shown

#: What the letter holds that a browser would act on or hide rather than show (controls,
#: line and paragraph separators, bidirectional overrides); tab, LF and CR are shown as
#: written. They appear as escapes such as \x1b, as in the text report.
_HIDDEN = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069"
    "\ufffe\uffff\ud800-\udfff]"
)


def letter_text(value: str) -> str:
    """Return letter text as HTML: escaped, hidden characters shown as escapes."""
    escaped = html.escape(value, quote=False)
    return _HIDDEN.sub(lambda m: f'<span class="esc">{shown(m.group())}</span>', escaped)


def plain(value: str, limit: int | None = MESSAGE_MAX) -> str:
    """Return a name or message as HTML text or attribute value (one line, escaped)."""
    return html.escape(shown(value, limit), quote=True)


STYLE = """
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

HEAD = (
    "<!DOCTYPE html>\n"
    '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
    # NOTE: nothing may load from anywhere, and no script may run: the page holds letters
    '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
    "style-src 'unsafe-inline'; img-src data:\">\n"
    '<meta name="color-scheme" content="light">\n'
    f"<title>replylint report</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
    '<header class="top"><h1>replylint report</h1>'
    f"<p>Replies to job rejections, checked by replylint {__version__}.</p></header>\n"
    "<main>\n"
)

#: What closes the page, after the letters and the summary.
END = "</main>\n</body>\n</html>\n"
