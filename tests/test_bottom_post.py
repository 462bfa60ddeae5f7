"""Replies written below the quoted rejection: only the text under the quote is the writer's.

A bottom-posted reply starts with the quote (an attribution line, then '>' lines) and
the writer types underneath. The quote's date, signer and company are context, as they
are when the quote is below the reply; findings point at the reply's own lines.
"""

from __future__ import annotations

import json
from datetime import datetime

from click.testing import CliRunner
from replylint.cli import main
from replylint.engine import Input, read_letter

LINT = ["--isolated", "--no-cache", "--model", "blank", "--format", "json"]

QUOTE = """\
On Tue, 3 Feb 2026 at 09:12, Priya Raman <priya.raman@kelsobiotech.co.uk> wrote:
> Dear Tomasz,
>
> Thank you for interviewing for the Laboratory Technician post. I am sorry
> to say we have offered the role to another applicant.
>
> Best wishes,
> Priya Raman
> Lab Operations Lead, Kelso Biotech Ltd.
"""

REPLY = """\
Dear Priya,

Thank you for letting me know, and for showing me round the cell culture suite.

Congratulations to the new technician. Could you tell me what I might improve? I would
be glad to hear of future openings at Kelso Biotech.

Kind regards,
Tomasz Wrona
"""


def eml(sent: str, body: str) -> bytes:
    """Return a reply draft to Priya dated ``sent`` with ``body``."""
    return (f"From: Tomasz Wrona <t.wrona@example.com>\n"
            f"To: Priya Raman <priya.raman@kelsobiotech.co.uk>\n"
            f"Date: {sent}\nSubject: Re: Laboratory Technician\n\n{body}").encode()  # fmt: skip


def rules(data: bytes, name: str = "reply.eml") -> dict[str, dict]:
    """Return the findings of the CLI on ``data`` read from standard input, by rule name."""
    result = CliRunner().invoke(main, [*LINT, "--stdin-filename", name, "-"], input=data,
                                catch_exceptions=False)  # fmt: skip
    assert result.exit_code in (0, 1), result.output
    (entry,) = json.loads(result.stdout)["files"]
    return {d["rule"]: d for d in entry["diagnostics"]}


def test_the_writer_s_text_is_the_reply_below_the_quote() -> None:
    data = eml("Tue, 3 Feb 2026 15:40:00 +0000", f"{QUOTE}\n{REPLY}")
    letter = read_letter(Input("reply.eml", data, ".eml"))
    assert letter.own_text == REPLY
    # the quote's attribution line dates the rejection and names who sent it
    assert letter.context.received == datetime(2026, 2, 3, 9, 12)  # no zone: read in the reply's
    assert letter.context.signers[0].address == "priya.raman@kelsobiotech.co.uk"
    assert letter.context.company == "Kelso Biotech Ltd."
    assert "offered the role to another applicant" in letter.context.thread


def test_a_late_bottom_posted_reply_is_late_and_points_at_its_own_lines() -> None:
    data = eml("Mon, 9 Feb 2026 08:05:00 +0000", f"{QUOTE}\n{REPLY}")
    found = rules(data)
    late = found["late-reply"]
    assert late["start"]["line"] == 3  # the Date header, six days after 09:12 on the 3rd
    assert "5 days 22 hours" in late["message"]  # 3 Feb 09:12 to 9 Feb 08:05
    # nothing else: the quote (lines 6 to 14) is not read as the writer's
    assert set(found) == {"late-reply"}


def test_a_bottom_posted_reply_on_the_same_day_is_not_late() -> None:
    data = eml("Tue, 3 Feb 2026 15:40:00 +0000", f"{QUOTE}\n{REPLY}")
    assert "late-reply" not in rules(data)


def test_findings_in_a_bottom_posted_reply_point_below_the_quote() -> None:
    vent = REPLY.replace("Congratulations to the new technician.",
                         "Frankly this process was a joke.")  # fmt: skip
    data = eml("Tue, 3 Feb 2026 15:40:00 +0000", f"{QUOTE}\n{vent}")
    text = data.decode()
    found = rules(data)
    line = text[: text.index("Frankly")].count("\n") + 1
    assert found["missing-congratulations"]["start"]["line"] == line - 4  # the greeting
    assert any(d["start"]["line"] == line for d in found.values() if d["rule"] != "late-reply")


def test_wrong_company_compares_with_the_quote_s_company_above() -> None:
    wrong = REPLY.replace("openings at Kelso Biotech.", "openings at Kelsey Biotech.")
    data = eml("Tue, 3 Feb 2026 15:40:00 +0000", f"{QUOTE}\n{wrong}")
    company = rules(data)["wrong-company"]
    assert "Kelso Biotech" in company["message"]
    text = data.decode()
    assert company["start"]["line"] == text[: text.index("Kelsey")].count("\n") + 1


def test_a_plain_text_letter_under_bare_quoted_lines_and_apple_attribution() -> None:
    # Apple Mail quotes its attribution line too; a text file has no headers
    apple = QUOTE.replace("On Tue, 3 Feb 2026 at 09:12, Priya Raman <priya.raman@kelso"
                          "biotech.co.uk> wrote:", "> On 3 Feb 2026, at 09:12, Priya Raman "
                          "<priya.raman@kelsobiotech.co.uk> wrote:")  # fmt: skip
    for quote in (apple, "\n".join(QUOTE.splitlines()[1:]) + "\n"):
        letter = read_letter(Input("reply.txt", f"\n{quote}\n{REPLY}".encode(), ".txt"))
        assert letter.own_text == REPLY
        assert letter.context.company == "Kelso Biotech Ltd."
    letter = read_letter(Input("reply.txt", f"{apple}\n{REPLY}".encode(), ".txt"))
    assert letter.context.received == datetime(2026, 2, 3, 9, 12)


def test_a_quote_with_nothing_below_or_a_letter_opening_on_a_wrote_line_is_not_cut() -> None:
    # a top-posted reply keeps its text above the quote
    top = read_letter(Input("reply.txt", f"{REPLY}\n{QUOTE}".encode(), ".txt"))
    assert top.own_text.strip() == REPLY.strip()
    # "On Friday you wrote:" with no '>' lines under it is the writer's own sentence
    own = "On Friday, you wrote:\nthat the panel would call. Nobody did.\n\n" + REPLY
    assert read_letter(Input("reply.txt", own.encode(), ".txt")).own_text == own


def test_the_quote_s_time_is_read_in_the_reply_s_zone() -> None:
    # 09:12 without a zone, in the reply's +0100: 08:12 UTC; a day is up at 09:12 +0100
    on_time = eml("Wed, 4 Feb 2026 09:00:00 +0100", f"{QUOTE}\n{REPLY}")
    assert "late-reply" not in rules(on_time)
    late = eml("Wed, 4 Feb 2026 10:30:00 +0100", f"{QUOTE}\n{REPLY}")
    assert "1 day 1 hour" in rules(late)["late-reply"]["message"]
