"""How the context reads the employer's name: where a quoted name ends, and a department's line."""

from __future__ import annotations

import pytest
from replylint import lint_text
from replylint.sources import read


def _reply(sentence: str, quoted: str, address: str) -> str:
    """Return an .eml reply with ``sentence`` above the quoted rejection ``quoted``."""
    lines = "\n".join(f"> {line}" if line else ">" for line in quoted.splitlines())
    return (
        "From: Tomasz Wrona <tomasz.wrona@gmail.com>\n"
        f"To: Ines Calloway <{address}>\nSubject: Re: Your application\n"
        "Date: Tue, 03 Mar 2026 10:00:00 +0000\n\nDear Ines,\n\n"
        f"Thank you for letting me know. {sentence}\n\nKind regards,\nTomasz\n\n"
        f"On Mon, 2 Mar 2026 at 16:20, Ines Calloway <{address}> wrote:\n{lines}\n"
    )


def _company(text: str) -> str | None:
    """Return the company the context of the .eml ``text`` gives."""
    return read("reply.eml", text.encode(), ".eml").context.company


def _messages(text: str) -> list[str]:
    """Return the messages of the wrong-company findings of the .eml ``text``."""
    found = lint_text(text, path="reply.eml", select=("wrong-company",), model="blank")
    return [f.message for f in found]


_WRAPPED = (
    "Dear Tomasz,\n\nThank you for your time interviewing for the Data Analyst position at "
    "Ravensholt Analytics.\nIt was a difficult decision, but we have chosen another candidate."
    "\n\nBest wishes,\nInes Calloway"
)
_ADDRESS = "ines.calloway@ravensholt.io"


def test_a_full_stop_at_a_quoted_lines_end_ends_the_employers_name() -> None:
    # the name used to run on into the next line's first word: "Ravensholt Analytics. It"
    letter = _reply("I enjoyed meeting the team at Corvane Data.", _WRAPPED, _ADDRESS)
    assert _company(letter) == "Ravensholt Analytics"
    assert _messages(letter) == [
        "'Corvane Data' is not Ravensholt Analytics, who sent the rejection."
    ]


def test_a_full_stop_inside_a_quoted_line_ends_the_employers_name() -> None:
    quoted = _WRAPPED.replace("Analytics.\nIt", "Analytics. It")
    assert _company(_reply("I hope to apply again.", quoted, _ADDRESS)) == "Ravensholt Analytics"


def test_the_employers_own_name_in_the_reply_is_still_not_flagged() -> None:
    letter = _reply("I enjoyed meeting the team at Ravensholt Analytics.", _WRAPPED, _ADDRESS)
    assert _messages(letter) == []


@pytest.mark.parametrize(
    ("written", "name"),
    [
        # an initial or a title is no sentence's end: the name goes on after it
        ("position at J. Pettigrew Holdings. It was", "J. Pettigrew Holdings"),
        ("position at St. Aldric Hospice. It was", "St. Aldric Hospice"),
        # a legal form with its full stops ends the name there, as it did
        ("position at Hollin Denki K.K. It was", "Hollin Denki K.K"),
    ],
)
def test_a_stop_inside_a_name_does_not_end_it(written: str, name: str) -> None:
    quoted = _WRAPPED.replace("position at Ravensholt Analytics.\nIt was", written)
    assert _company(_reply("I hope to apply again.", quoted, _ADDRESS)) == name


def test_a_name_does_not_run_on_past_a_blank_line() -> None:
    quoted = "Dear Tomasz,\n\nWe chose another candidate for the role at Ravensholt\n\nBest Wishes,"
    assert _company(_reply("I hope to apply again.", quoted + "\nInes", _ADDRESS)) == "Ravensholt"


_SIGNED = (
    "Dear Tomasz,\n\nThank you for your time. After careful thought we have decided to move "
    "forward with another candidate.\n\nBest regards,\nPriya Raman\n{department}\n{firm}"
)


@pytest.mark.parametrize("department", ["Human Resource Division", "Finance Department"])
def test_a_department_line_above_the_firms_line_is_not_the_company(department: str) -> None:
    # a free mail address: the domain cannot tell the firm's line from the department's
    quoted = _SIGNED.format(department=department, firm="Harbourline Shipping")
    letter = _reply("I enjoyed meeting the team at Corvane Freight.", quoted, "priya@gmail.com")
    assert _company(letter) == "Harbourline Shipping"
    assert _messages(letter) == [
        "'Corvane Freight' is not Harbourline Shipping, who sent the rejection."
    ]


def test_a_department_line_alone_leaves_the_employer_to_the_domain() -> None:
    quoted = _SIGNED.format(department="Human Resource Division", firm="").rstrip()
    letter = _reply("I enjoyed meeting the team at Corvane Freight.", quoted,
                    "priya.raman@harbourlineshipping.com")  # fmt: skip
    assert _company(letter) is None
    assert _messages(letter) == [
        "'Corvane Freight' is not harbourlineshipping, who sent the rejection."
    ]


@pytest.mark.parametrize(
    "firm", ["Division Street Bakery", "Human Rights Watch", "Department for Coastal Transport"]
)
def test_a_firm_named_with_a_departments_word_is_still_the_company(firm: str) -> None:
    quoted = _SIGNED.format(department="Talent Partner", firm=firm)
    assert _company(_reply("I hope to apply again.", quoted, "priya@gmail.com")) == firm
