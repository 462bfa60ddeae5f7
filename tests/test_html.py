"""The checklist (shared by --checklist and the HTML report) and the HTML report itself,
down to a real headless Chromium that loads, measures and prints it."""

from __future__ import annotations

import html
import os
import re
from pathlib import Path

import pytest
from browser import Browser, find
from conftest import invoke
from replylint.checklist import ITEMS, Mark, checklist
from replylint.engine import Input, Options, lint
from replylint.findings import FileResult, Finding, Position, Severity
from replylint.output import Report
from replylint.output.html_format import render
from replylint.rulefiles import load_rules

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

GOOD = (
    "Dear Dana,\n\nThank you for considering me and for the time you and the team spent "
    "meeting with me. Congratulations on finding your new lead; I wish you both every "
    "success. Would you be willing to share what made the other candidate stand out, so I "
    "can strengthen my next application? Please keep me in mind for future openings; I'd "
    "be glad to stay in touch.\n\nBest regards,\nSam Lee\n"
)
CONTEXT = (
    '---\nto: ["Dana Whitfield <dana.whitfield@acmecorp.com>"]\nsent: 2026-03-04T10:00:00\n'
    'rejection:\n  from: ["Dana Whitfield <dana.whitfield@acmecorp.com>"]\n'
    "  company: Acme Corp\n  received: 2026-03-03T16:20:00\n---\n"
)


def marks(text: str, **options) -> dict[str, Mark]:
    """Return each checklist item's mark for one letter linted on the blank pipeline."""
    (result,) = lint([Input("letter.md", text, ".md")], Options(model="blank", **options))
    assert result.error is None, result.error
    return {entry.item.key: entry.mark for entry in checklist(result)}


# --- the checklist ----------------------------------------------------------------------


def test_every_built_in_rule_is_behind_exactly_one_item():
    behind = [rule for item in ITEMS for rule in item.rules]
    assert sorted(behind) == sorted(rule.name for rule in load_rules())


def test_a_good_letter_without_context_ticks_what_it_can_and_cannot_tell_the_rest():
    got = marks(GOOD)
    unknown = {"recipients", "company", "prompt"}
    assert {k for k, m in got.items() if m is Mark.UNKNOWN} == unknown
    assert all(m is Mark.YES for k, m in got.items() if k not in unknown), got


def test_with_its_context_every_item_is_judged():
    got = marks(CONTEXT + GOOD)
    assert set(got.values()) == {Mark.YES}, got


def test_a_context_rule_that_fires_crosses_its_item():
    late = CONTEXT.replace("sent: 2026-03-04", "sent: 2026-03-09")
    bad = late + GOOD.replace("Dear Dana", "Dear Hiring Team")
    got = marks(bad)
    assert got["prompt"] is Mark.NO and got["recipients"] is Mark.NO and got["company"] is Mark.YES


def test_a_signer_without_any_recipient_or_named_greeting_cannot_be_judged():
    signer_only = '---\nrejection:\n  from: ["Dana Whitfield <dana@acmecorp.com>"]\n---\n'
    got = marks(signer_only + GOOD.replace("Dear Dana,", "Hello,"))
    assert got["recipients"] is Mark.UNKNOWN
    # a greeting that names someone is enough to judge by
    assert marks(signer_only + GOOD)["recipients"] is Mark.YES


def test_an_arrival_time_without_a_send_date_is_judged_as_if_sent_now():
    received = "---\nrejection:\n  received: 2026-03-03T16:20:00\n---\n"
    from datetime import datetime

    assert marks(received + GOOD, now=datetime(2026, 3, 4, 9))["prompt"] is Mark.YES
    assert marks(received + GOOD, now=datetime(2026, 3, 9, 9))["prompt"] is Mark.NO


def test_findings_cross_and_rules_that_did_not_run_are_not_checked():
    bad = (
        "Dear Dana,\n\nIt's your loss, frankly. Please reconsider your decision. Would "
        "you share what made the other candidate stand out?\n\nSam\n"
    )
    got = marks(bad, ignore=("missing-thanks", "demanding-feedback"))
    assert got["no-blame"] is Mark.NO and got["no-arguing"] is Mark.NO
    assert got["thanks"] is Mark.UNCHECKED
    # it asked, but whether politely was not checked: the item is not fully checked
    assert got["feedback"] is Mark.UNCHECKED
    assert marks(bad, ignore=("missing-thanks",))["feedback"] is Mark.YES


def test_per_file_ignores_leave_the_item_not_checked(tmp_path: Path):
    (tmp_path / ".replylint.yaml").write_text("per-file-ignores:\n  'a.txt': [missing-thanks]\n")
    (tmp_path / "a.txt").write_text("Dear Dana,\n\nI enjoyed our talk.\n\nSam\n")
    out = invoke([str(tmp_path / "a.txt"), "--model", "blank", "--checklist", "--no-cache"],
                 exit_code=0).stdout  # fmt: skip
    line = next(x for x in out.splitlines() if "Thanked them" in x)
    assert "not checked" in line and "RL201" not in out


def test_text_checklist_follows_each_letters_findings(tmp_path: Path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("Dear Dana,\n\nIt's your loss.\n\nSam\n")
    out = invoke([str(tmp_path), "--model", "blank", "--checklist", "--no-cache"],
                 exit_code=1).stdout.splitlines()  # fmt: skip
    a, b = (out.index(f"{tmp_path / n}: checklist") for n in ("a.txt", "b.txt"))
    of_a, of_b = ([k for k, line in enumerate(out)
                   if line.startswith(f"{tmp_path / n}:") and not line.endswith(": checklist")]
                  for n in ("a.txt", "b.txt"))  # fmt: skip
    assert max(of_a) < a < min(of_b) and max(of_b) < b
    blame = next(line for line in out[a:b] if "No blame" in line)
    assert "✗ no" in blame and "RL101 at 3:6" in blame
    assert any("? can't tell" in line and "when the rejection arrived" in line
               for line in out[a:b])  # fmt: skip
    assert out[-1].startswith("Found ")


def test_the_checklist_is_the_same_from_the_cache(tmp_path: Path):
    letter = tmp_path / "a.txt"
    letter.write_text("Dear Dana,\n\nIt's your loss.\n\nSam\n")
    args = [str(letter), "--model", "blank", "--checklist", "--cache-dir", str(tmp_path / "c")]
    first = invoke(args, exit_code=1).stdout
    assert list((tmp_path / "c").rglob("*.json"))
    assert invoke(args, exit_code=1).stdout == first
    assert "? can't tell" in first


@pytest.mark.parametrize("other", [["--format", "json"], ["--statistics"]])
def test_checklist_with_a_format_that_cannot_show_it_is_a_usage_error(other: list[str]):
    result = invoke([str(SAMPLES / "excellent-brief-reply.txt"), "--checklist", *other],
                    exit_code=2)  # fmt: skip
    assert "--checklist" in result.stderr


# --- the page ---------------------------------------------------------------------------


def _finding(start: int, end: int, code: str = "RL101", rule: str = "blame-employer",
             severity: Severity = Severity.ERROR, text: str = "") -> Finding:  # fmt: skip
    return Finding(rule, code, severity, f"{rule} here", Position(1, start + 1, start),
                   Position(1, end + 1, end), text, "Say it kindly.")  # fmt: skip


def page(results, rules=()) -> str:
    return "".join(render(Report(results, list(rules))))


def test_everything_from_a_letter_is_escaped_and_nothing_loads_or_runs():
    text = 'Dear <b>Dana</b> & co,\n\n<script>alert("x")</script> \x1b[2J\u202e "q" \'a\'\n'
    name = "<img src=x onerror=alert(1)>.txt"
    start, end = text.index("<script>"), text.index("</script>") + len("</script>")
    result = FileResult(name, (_finding(start, end, text=text[start:end]),), text=text)
    out = page([result])
    assert "<script" not in out and "<img" not in out and "<b>" not in out
    shown = re.sub(r"<[^>]+>", "", out)  # the page's text, as a reader sees it escaped
    assert '&lt;script&gt;alert("x")&lt;/script&gt;' in shown
    assert "&lt;img src=x onerror=alert(1)&gt;.txt" in out
    assert '<span class="esc">\\x1b</span>' in out and '<span class="esc">\\u202e</span>' in out
    assert "\x1b" not in out and "\u202e" not in out
    assert not re.search(r"<[^>]*\b(?:src|href)=\"(?!#)", out), "only links inside the page"
    assert "default-src 'none'" in out and "<link" not in out


def test_marks_number_and_explain_each_span_beside_its_paragraph():
    text = "Hi Dana,\n\nFirst paragraph with a jab.\n\nSecond one runs\non here.\n"
    jab = text.index("a jab")
    across = text.index("paragraph")
    out = page([FileResult("a.txt", (
        _finding(across, text.index("runs")),
        _finding(jab, jab + 5, "RL103", "negative-emotion", Severity.WARNING),
    ), text=text)])  # fmt: skip
    ids = re.findall(r'id="([^"]+)"', out)
    assert len(ids) == len(set(ids))
    assert out.count('class="ref ') == 2 and out.count('<li class="note ') == 2
    # the long span ends in the second paragraph: its number is there
    second = out[out.index("Second one") :]
    assert 'href="#L1-n1"' in second.split("</div>")[0] + "</div>"
    # notes sit in the row of the paragraph where their span starts
    row = re.search(r'<div class="row has-notes">(.*?)</ol>', out, re.S).group(1)
    assert "First <mark" in row and 'id="L1-n1"' in row and 'id="L1-n2"' in row
    # where spans overlap, the mark shows the worse severity and names both rules
    assert '<mark class="error" title="RL101 blame-employer; RL103 negative-emotion">a jab' in out
    assert "Say it kindly." in out


def test_whole_letter_findings_are_listed_above_the_letter_not_marked_on_its_first_line():
    rules = {r.name: r for r in load_rules()}
    text = "Hi Dana,\n\nThanks.\n"
    missing = _finding(0, 8, "RL203", "missing-feedback-request", Severity.WARNING)
    out = page([FileResult("a.txt", (missing,), text=text)], [rules["missing-feedback-request"]])
    assert "<mark" not in out
    assert out.index("About the whole letter") < out.index("Hi Dana,")
    assert 'href="#rule-RL203"' in out and 'id="rule-RL203"' in out


def test_the_page_is_written_a_letter_at_a_time():
    pulled = []

    def results():
        for k in range(3):
            pulled.append(k)
            yield FileResult(f"{k}.txt", text=f"Letter {k}\n")

    pieces = render(Report(results(), []))
    head = next(pieces)
    assert head.startswith("<!DOCTYPE html>") and pulled == []
    first = next(pieces)
    assert "0.txt" in first and pulled == [0]
    rest = "".join(pieces)
    assert pulled == [0, 1, 2] and rest.endswith("</html>\n")


def test_a_folder_gets_a_summary_sorted_by_problems_and_one_letter_does_not():
    one = FileResult("one.txt", (_finding(0, 2),), text="Hi there\n")
    assert 'id="summary"' not in page([one])
    results = [FileResult(f"{k:04}.txt", tuple(_finding(0, 2) for _ in range(k % 7)),
                          text="Hi there\n") for k in range(1500)]  # fmt: skip
    results.insert(3, FileResult("broken.txt", error="not UTF-8"))
    out = page(results, load_rules())
    summary = out[out.index('id="summary"') :]
    table = summary[summary.index('class="letters"') :]
    counts = [int(n) for n in re.findall(r"</a></td><td>(\d+)</td>", table)]
    assert len(counts) == 1500 and counts == sorted(counts, reverse=True)
    assert table.index("broken.txt") < table.index("0006.txt")
    # within a count, letters keep their order
    sixes = re.findall(r">(\d{4})\.txt</a></td><td>6<", table)
    assert sixes == sorted(sixes)
    assert "1501 letters" in summary and "could not be read" in summary
    total, letters = sum(k % 7 for k in range(1500)), sum(1 for k in range(1500) if k % 7)
    assert ('RL101</a></td><td>blame-employer</td><td class="error">error</td>'
            f"<td>{total}</td><td>{letters}</td>") in summary  # fmt: skip


def test_the_sample_folder_report_from_the_command_line(tmp_path: Path):
    report = tmp_path / "report.html"
    result = invoke([str(SAMPLES), "--model", "blank", "--no-cache", "--format", "html",
                     "-o", str(report)], exit_code=1)  # fmt: skip
    assert result.stdout == ""
    out = report.read_text(encoding="utf-8")
    assert out.count('<section class="letter"') == len(list(SAMPLES.iterdir()))
    assert html.escape(str(SAMPLES / "bitter-blames-process.txt")) in out


# --- in a real browser ------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser():
    """Return a headless Chromium; skip where there is none, but never in CI."""
    executable = find()
    if executable is None:
        message = ("chromium is not installed, so the HTML report was not opened in a "
                   "browser (Debian: apt-get install chromium)")  # fmt: skip
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true: {message}")
        pytest.skip(message)
    with Browser(executable) as b:
        yield b


@pytest.fixture(scope="module")
def sample_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    report = tmp_path_factory.mktemp("report") / "report.html"
    invoke([str(SAMPLES), "--model", "blank", "--no-cache", "--format", "html", "-o",
            str(report)], exit_code=1)  # fmt: skip
    return report


def test_the_browser_check_sees_script_errors_and_requests(browser: Browser, tmp_path: Path):
    # NOTE: proves the checks below can fail: this page has both
    bad = tmp_path / "bad.html"
    bad.write_text('<p>x</p><img src="http://192.0.2.1/x.png"><script>missing()</script>')
    browser.events.clear()
    browser.open(bad)
    assert any("missing is not defined" in e for e in browser.errors())
    assert "http://192.0.2.1/x.png" in browser.requests()


def test_the_report_renders_in_chromium_without_errors(browser: Browser, sample_report: Path):
    browser.events.clear()
    browser.open(sample_report, width=1280, height=900)
    assert browser.errors() == []
    assert browser.requests() == [sample_report.resolve().as_uri()]
    letters = browser.evaluate("document.querySelectorAll('section.letter').length")
    assert letters == len(list(SAMPLES.iterdir()))
    # written last, shown first
    summary = browser.evaluate("document.getElementById('summary').getBoundingClientRect().top")
    first = browser.evaluate("document.getElementById('L1').getBoundingClientRect().top")
    assert summary < first
    # the checklist sits beside the letter on a wide screen
    beside = browser.evaluate(
        "(() => { const c = document.querySelector('#L1 .checklist').getBoundingClientRect();"
        " const t = document.querySelector('#L1 .letter-text').getBoundingClientRect();"
        " return c.left > t.right && Math.abs(c.top - t.top) < 5; })()"
    )
    assert beside is True
    assert browser.evaluate("document.querySelectorAll('mark').length") > 20


def test_the_report_fits_a_phone_screen(browser: Browser, sample_report: Path):
    browser.events.clear()
    browser.open(sample_report, width=375, height=740, mobile=True)
    assert browser.errors() == []
    # nothing wider than the screen but the tables, which scroll in their own box
    assert browser.evaluate("document.documentElement.scrollWidth") <= 375
    stacked = browser.evaluate(
        "(() => { const p = document.querySelector('#L1 .row.has-notes .para')"
        ".getBoundingClientRect(); const n = document.querySelector('#L1 .row.has-notes .notes')"
        ".getBoundingClientRect(); return n.top >= p.bottom; })()"
    )
    assert stacked is True


def test_the_report_prints_a_letter_per_page(browser: Browser, sample_report: Path):
    browser.events.clear()
    browser.open(sample_report)
    browser.send("Emulation.setEmulatedMedia", media="print")
    assert browser.evaluate("getComputedStyle(document.getElementById('L2')).breakBefore") == "page"
    assert browser.evaluate("getComputedStyle(document.querySelector('.checklist')).position") == (
        "static"
    )
    browser.send("Emulation.setEmulatedMedia", media="")
    pdf = browser.pdf()
    assert pdf.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page\b", pdf)) >= len(list(SAMPLES.iterdir()))
    assert browser.errors() == []
