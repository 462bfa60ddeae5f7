"""Email drafts: encodings, quoting styles, context from headers and the quoted rejection."""

from __future__ import annotations

import base64
import json
import quopri
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import invoke
from replylint import lint_text
from replylint.engine import Input, read_letter

REPLY = """Hi Dana,

Thank you for considering me and for the time you spent with me on Tuesday.
Congratulations on your new hire. Could you share what would make me a stronger
candidate? Please keep me in mind for future openings.

Best,
Sam Lee
"""
QUOTE_GMAIL = """
On Tue, Mar 3, 2026 at 4:20 PM Dana Whitfield <dana.whitfield@acmecorp.com> wrote:
> Dear Sam,
> Thank you for your interest in the analyst role. We regret to tell you that
> we have chosen another candidate.
>
> Best regards,
> Dana Whitfield
> Talent Acquisition Manager
> Acme Corp
"""
QUOTE_OUTLOOK = """
-----Original Message-----
From: Whitfield, Dana <dana.whitfield@acmecorp.com>
Sent: Tuesday, March 3, 2026 4:20 PM
To: Sam Lee <sam@example.com>
Subject: Your application

Dear Sam,
Thank you for your interest. We regret that we will not move forward.

Kind regards,
Dana Whitfield
Talent Acquisition Manager, Acme Corp
"""


def eml(body: str, *, to: str = "Dana Whitfield <dana.whitfield@acmecorp.com>", cc: str = "",
        date: str = "Wed, 04 Mar 2026 09:00:00 -0500", encoding: str = "8bit",
        content_type: str = "text/plain; charset=utf-8") -> bytes:  # fmt: skip
    """Return a reply draft with ``body`` encoded as asked."""
    raw = body.encode("utf-8") if "utf-8" in content_type else body.encode("latin-1")
    if encoding == "quoted-printable":
        raw = quopri.encodestring(raw)
    elif encoding == "base64":
        raw = base64.encodebytes(raw)
    headers = ["From: Sam Lee <sam@example.com>", f"To: {to}"] + ([f"Cc: {cc}"] if cc else [])
    headers += [f"Date: {date}", "Subject: Re: Your application", "MIME-Version: 1.0",
                f"Content-Type: {content_type}", f"Content-Transfer-Encoding: {encoding}"]  # fmt: skip
    return ("\n".join(headers) + "\n\n").encode() + raw


def findings(data: bytes, **options) -> list:
    from replylint.engine import Options, lint

    (result,) = lint([Input("reply.eml", data, ".eml")], Options(model="blank", **options))
    assert result.error is None, result.error
    return list(result.findings)


def test_quoted_rejection_is_context_not_the_writers_words() -> None:
    letter = read_letter(Input("reply.eml", eml(REPLY + QUOTE_GMAIL), ".eml"))
    assert "We regret" not in letter.own_text and "Sam Lee" in letter.own_text
    context = letter.context
    assert [p.name for p in context.signers] == ["Dana Whitfield"]
    assert context.company == "Acme Corp"
    assert (context.received.month, context.received.day, context.received.hour) == (3, 3, 16)
    assert context.sent.isoformat() == "2026-03-04T09:00:00-05:00"
    assert letter.positions == "file"
    assert findings(eml(REPLY + QUOTE_GMAIL)) == []


def test_thanks_inside_the_quote_does_not_count() -> None:
    reply = "Hi Dana,\n\nI got your note.\n\nSam\n"
    rules = {f.rule for f in findings(eml(reply + QUOTE_GMAIL))}
    assert "missing-thanks" in rules


def test_outlook_block_gives_signer_company_and_date() -> None:
    letter = read_letter(Input("reply.eml", eml(REPLY + QUOTE_OUTLOOK), ".eml"))
    assert "regret" not in letter.own_text
    assert [p.name for p in letter.context.signers] == ["Dana Whitfield"]
    assert letter.context.company == "Acme Corp"
    assert letter.context.received.day == 3


@pytest.mark.parametrize("encoding", ["quoted-printable", "base64"])
def test_encoded_bodies_are_decoded_and_positions_say_so(encoding: str) -> None:
    body = REPLY.replace("Tuesday.", "Tuesday — it’s been a pleasure.") + QUOTE_GMAIL
    data = eml(body.replace("Hi Dana", "Dear Hiring Team"), encoding=encoding)
    letter = read_letter(Input("reply.eml", data, ".eml"))
    # quoted-printable is mapped back to the file; base64 points at its first line
    assert letter.positions == {"quoted-printable": "file", "base64": "body-start"}[encoding]
    assert "it’s been a pleasure" in letter.own_text
    (finding,) = findings(data)
    assert finding.rule == "wrong-recipient" and finding.text == "Dear Hiring Team,"


def test_html_only_and_multipart_prefer_plain_text() -> None:
    html = ("<div>Hi Dana,</div><p>Thank you for considering me and for your time. "
            "Congratulations on the new hire! What would make me a stronger candidate? "
            "Please keep me in mind for future openings.</p><p>Best,<br>Sam</p>"
            "<div>On Tue, Mar 3, 2026 at 4:20 PM Dana Whitfield &lt;dana.whitfield@acmecorp.com&gt;"
            " wrote:<blockquote>Thank you for your interest.<br>Best regards,<br>Dana Whitfield"
            "</blockquote></div>")  # fmt: skip
    data = eml(html, content_type="text/html; charset=utf-8")
    letter = read_letter(Input("reply.eml", data, ".eml"))
    assert letter.own_text.startswith("Hi Dana,") and "interest" not in letter.own_text
    assert findings(data) == []
    multipart = (
        b"From: Sam <sam@example.com>\nTo: Dana Whitfield <dana.whitfield@acmecorp.com>\n"
        b"Date: Wed, 04 Mar 2026 09:00:00 -0500\nMIME-Version: 1.0\n"
        b'Content-Type: multipart/alternative; boundary="b1"\n\n--b1\n'
        b"Content-Type: text/plain; charset=utf-8\n\n" + (REPLY + QUOTE_GMAIL).encode()
        + b"\n--b1\nContent-Type: text/html; charset=utf-8\n\n<p>Thanks for nothing.</p>\n--b1--\n"
    )  # fmt: skip
    assert findings(multipart) == []


def test_latin1_charset_is_decoded() -> None:
    body = REPLY.replace("Hi Dana", "Hi Renée") + QUOTE_GMAIL.replace(
        "Dana Whitfield", "Renée Dubois"
    )
    data = eml(body, to="Renée Dubois <renee@acmecorp.com>",
               content_type="text/plain; charset=iso-8859-1")  # fmt: skip
    letter = read_letter(Input("reply.eml", data, ".eml"))
    assert "Renée" in letter.own_text
    assert [p.name for p in letter.context.signers] == ["Renée Dubois"]
    assert [f.rule for f in findings(data)] == []


def test_cc_to_the_panel_is_flagged_at_the_header(tmp_path: Path) -> None:
    data = eml(REPLY + QUOTE_GMAIL, cc="Raj Patel <raj.patel@acmecorp.com>")
    path = tmp_path / "reply.eml"
    path.write_bytes(data)
    doc = json.loads(
        invoke([str(path), "--model", "blank", "--format", "json"], exit_code=1).stdout
    )
    (finding,) = doc["files"][0]["diagnostics"]
    assert finding["rule"] == "wrong-recipient" and finding["text"] == "raj.patel@acmecorp.com"
    assert finding["start"]["line"] == 3  # the Cc: header line
    assert "Raj Patel <raj.patel@acmecorp.com> did not sign" in finding["message"]


@pytest.mark.parametrize(("to", "bad"), [
    ("Acme Careers <careers@acmecorp.com>", True),
    ("noreply@acmecorp.com", True),
    ("dana.whitfield@acmecorp.com", False),
    ("Dana Whitfield <dana.whitfield@acmecorp.com>, Tom Reyes <tom@acmecorp.com>", True),
])  # fmt: skip
def test_shared_mailboxes_and_extra_recipients(to: str, bad: bool) -> None:
    rules = [f.rule for f in findings(eml(REPLY + QUOTE_GMAIL, to=to))]
    assert (rules == ["wrong-recipient"]) is bad, rules


@pytest.mark.parametrize(("greeting", "problem"), [
    ("Dear Ms. Whitfeld,", "'Whitfeld' looks like a misspelling of 'Whitfield'"),
    ("Dear Hiring Team,", "addresses nobody in particular"),
    ("To whom it may concern,", "addresses nobody in particular"),
    ("Dear Mr. Patel,", "Patel did not sign"),
    ("Dear Ms. Whitfield,", None),
    ("Hi Dana!", None),
])  # fmt: skip
def test_greetings(greeting: str, problem: str | None) -> None:
    found = [f for f in findings(eml(REPLY.replace("Hi Dana,", greeting) + QUOTE_GMAIL))]
    assert [f.message for f in found if problem and problem in f.message] or not problem
    assert bool(found) is bool(problem), [f.message for f in found]


@pytest.mark.parametrize(("date", "late"), [
    ("Wed, 04 Mar 2026 12:00:00 -0500", False),  # 19 hours 40 minutes later
    ("Thu, 05 Mar 2026 09:00:00 -0500", True),
])  # fmt: skip
def test_late_reply_uses_the_date_header(date: str, late: bool) -> None:
    found = findings(eml(REPLY + QUOTE_GMAIL, date=date))
    assert [f.rule for f in found] == (["late-reply"] if late else [])
    if late:
        assert "1 day 16 hours after the rejection arrived (as dated)" in found[0].message
        assert found[0].text == "Thu, 05 Mar 2026 09:00:00 -0500"


def test_reply_window_and_now_options() -> None:
    data = eml(REPLY + QUOTE_GMAIL, date="Thu, 05 Mar 2026 09:00:00 -0500")
    assert findings(data, reply_window=48) == []
    undated = REPLY + QUOTE_GMAIL.replace(
        "Tue, Mar 3, 2026 at 4:20 PM", "Tue, Mar 3, 2026 at 4:20 PM"
    )
    letter = f"---\nrejection:\n  received: 2026-03-03T16:20:00\n---\n{REPLY}"
    assert [f.rule for f in lint_text(letter, model="blank", now=_dt("2026-03-03T20:00"))] == []
    (late,) = lint_text(letter, model="blank", now=_dt("2026-03-09T20:00"))
    assert (
        late.rule == "late-reply"
        and "6 days 3 hours" in late.message
        and "if sent now" in late.message
    )
    del undated


def _dt(text: str):
    from datetime import datetime

    return datetime.fromisoformat(text)


@pytest.mark.parametrize(("sentence", "wrong"), [
    ("I would still love to join the team at Globex one day.", "Globex"),
    ("I admire Initech's mission and hope we meet again.", "Initech"),
    ("I would still love to join the team at Acme one day.", None),
    ("I hope ACME Corporation's team has a great year.", None),
    ("In my five years at Initech I led a similar migration.", None),
])  # fmt: skip
def test_wrong_company(sentence: str, wrong: str | None) -> None:
    found = findings(eml(REPLY.replace("Please keep", sentence + " Please keep") + QUOTE_GMAIL))
    assert [f.text for f in found] == ([wrong] if wrong else [])
    if wrong:
        assert found[0].message == f"'{wrong}' is not Acme Corp, who sent the rejection."


def test_context_rules_are_silent_without_context() -> None:
    assert lint_text("Dear Hiring Team,\n\nI would love to join Globex Inc.\n",
                     select=("RL3",), model="blank") == []  # fmt: skip


def test_rejection_file_gives_context(tmp_path: Path) -> None:
    rejection = tmp_path / "rejection.txt"
    rejection.write_text("Dear Sam,\n\nWe chose another candidate.\n\nBest regards,\n"
                         "Dana Whitfield\nHR Manager\nAcme Corp\n", encoding="utf-8")  # fmt: skip
    letter = tmp_path / "reply.txt"
    letter.write_text(REPLY.replace("Hi Dana,", "Dear Hiring Team,"), encoding="utf-8")
    result = invoke([str(letter), "--rejection", str(rejection), "--model", "blank"], exit_code=1)
    assert "RL301" in result.stdout and "Dana Whitfield signed" in result.stdout
    missing = invoke([str(letter), "--rejection", str(tmp_path / "nope.txt")], exit_code=2)
    assert "--rejection:" in missing.stderr and "nope.txt" in missing.stderr


@pytest.mark.parametrize(("data", "message"), [
    (b"just some text without headers\n\nand a body\n", "no headers"),
    (b"From: a@b.c\nContent-Type: image/png\n\n\x89PNG", "no text/plain or text/html body"),
    (b"From: a@b.c\nContent-Type: text/plain; charset=klingon\n\nHi there\n", "cannot decode"),
])  # fmt: skip
def test_broken_emails_get_one_line(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "broken.eml"
    path.write_bytes(data)
    result = invoke([str(path), "--model", "blank"], exit_code=2)
    assert f"{path}: error: " in result.stdout and message in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


@pytest.mark.parametrize(
    ("sent", "date", "late"),
    [
        # Outlook's "(UTC-06:00)" is six hours behind UTC; read the POSIX way it made a
        # 20-hour reply look 32 hours late (holdout8)
        ("Friday, March 6, 2026 1:00 PM (UTC-06:00)", "Sat, 7 Mar 2026 09:00:48 -0600", False),
        ("Friday, March 6, 2026 1:00 PM (UTC-06:00)", "Sun, 8 Mar 2026 09:00:48 -0600", True),
        # a zone abbreviation in the attribution counts ("CET", "SGT" were dropped)
        ("Wednesday, March 4, 2026 4:30 PM CET", "Thu, 05 Mar 2026 09:12:44 +0100", False),
        ("Monday, March 2, 2026 9:00 AM SGT", "Mon, 02 Mar 2026 20:30:00 -0500", True),
        # context1: a typographic minus (U+2212) in "UTC-03:00" made 5:10 PM read as 03:00
        (
            "Monday, March 2, 2026 5:10 PM (BRT, UTC\u221203:00)",
            "Tue, 3 Mar 2026 09:20:00 -0300",
            False,
        ),
    ],
)
def test_zones_in_the_quoted_date_are_read_right(sent: str, date: str, late: bool) -> None:
    quote = QUOTE_OUTLOOK.replace("Sent: Tuesday, March 3, 2026 4:20 PM", f"Sent: {sent}")
    rules = {f.rule for f in findings(eml(REPLY + quote, date=date))}
    assert ("late-reply" in rules) is late


def test_an_ambiguous_zone_name_prints_no_warning_of_the_date_library(tmp_path: Path) -> None:
    # holdout24 and 25: "18:40 IST" (India, Ireland or Israel) made dateutil print its own
    # UnknownTimezoneWarning on stderr in the middle of the report
    quote = QUOTE_OUTLOOK.replace("Sent: Tuesday, March 3, 2026 4:20 PM",
                                  "Sent: Tuesday, March 3, 2026 18:40 IST")  # fmt: skip
    draft = tmp_path / "reply.eml"
    draft.write_bytes(eml(REPLY + quote, date="Wed, 4 Mar 2026 09:00:00 +0530"))
    result = subprocess.run([sys.executable, "-m", "replylint", str(draft), "--model", "blank",
                             "--no-cache"], capture_output=True, text=True, check=False)  # fmt: skip
    assert result.returncode in (0, 1) and result.stderr == "", result.stderr


@pytest.mark.parametrize(
    ("attribution", "late"),
    [
        # context1: German Gmail puts the sender after the verb and names the month in German
        (
            "Am Di., 3. März 2026 um 16:20 Uhr MEZ schrieb Dana Whitfield "
            "<dana.whitfield@acmecorp.com>:",
            True,
        ),
        (
            "Le mar. 3 mars 2026 à 16:20, Dana Whitfield <dana.whitfield@acmecorp.com> a écrit :",
            True,
        ),
        (
            "Am Do., 5. März 2026 um 09:00 Uhr MEZ schrieb Dana Whitfield "
            "<dana.whitfield@acmecorp.com>:",
            False,
        ),
        # context125: Gmail wrapped the long line inside the address's brackets
        (
            "Am Di., 3. März 2026 um 16:20 Uhr schrieb Dana Whitfield <\ndana.whitfield@acmecorp.com>:",
            True,
        ),
        (
            "Am Do., 5. März 2026 um 09:00 Uhr schrieb Dana Whitfield <\ndana.whitfield@acmecorp.com>:",
            False,
        ),
    ],
)
def test_attribution_lines_in_other_languages_give_the_date(attribution: str, late: bool) -> None:
    quote = QUOTE_GMAIL.replace(
        "On Tue, Mar 3, 2026 at 4:20 PM Dana Whitfield <dana.whitfield@acmecorp.com> wrote:",
        attribution,
    )
    rules = {f.rule for f in findings(eml(REPLY + quote, date="Thu, 5 Mar 2026 11:30:00 +0100"))}
    assert ("late-reply" in rules) is late
