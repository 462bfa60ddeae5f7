"""wrong-company: names pasted into a P.S. or an applicant's signature line.

A P.S. is the writer's own words, as the body is: a firm whose doings the writer is still a
fan of, or one that would need the writer's papers, is the one written to. A signature line
that labels the application ("Application: ROLE, X") names the organisation applied to,
where the rest of a signature names the writer's own employer.
"""

from __future__ import annotations

import pytest
from contexthelp import flagged


def _reply(postscript: str, signature: str = "") -> str:
    """Return a reply to Harlow Freight Ltd's rejection with a P.S. and signature lines."""
    return (
        "---\nto: [Nadia Brennan <nadia.brennan@harlowfreight.example>]\nrejection:\n"
        "  from: [Nadia Brennan <nadia.brennan@harlowfreight.example>]\n"
        "  company: Harlow Freight Ltd\n---\nDear Nadia,\n\n"
        "Thank you for the interview and for the tour of the depot. Congratulations to the "
        "person you chose; I'd be grateful for any feedback.\n\nBest wishes,\nTomasz Nowak\n"
        f"{signature}"
        f"{chr(10) + postscript + chr(10) if postscript else ''}"
    )


@pytest.mark.parametrize(
    ("postscript", "name"),
    [
        ("P.S. I'm a big fan of what Quayside Logistics is doing with electric trucks.",
         "Quayside Logistics"),
        ("PS - still a huge admirer of everything Brennock Haulage has been building lately.",
         "Brennock Haulage"),
        ("P.S. Honestly, I remain a fan of all that Marston Carriers does for its drivers.",
         "Marston Carriers"),
    ],
)  # fmt: skip
def test_a_fan_of_a_firms_doings_now_in_a_ps_is_flagged(postscript, name) -> None:
    assert flagged(_reply(postscript)) == [name]


@pytest.mark.parametrize(
    "postscript",
    [
        # the writer's own past: a former employer or a client named as such
        "P.S. I'm still a fan of what my old employer Quayside Logistics is doing.",
        "P.S. I'm a fan of everything my former client Quayside Logistics is doing.",
        # what it did, not what it does
        "P.S. I was a fan of what Quayside Logistics was doing back then.",
        # a club followed, no firm and no liking kept after the refusal
        "P.S. I'm a fan of what Rovers is doing this season.",
    ],
)
def test_a_fan_of_the_writers_own_firm_or_of_its_past_is_left_alone(postscript) -> None:
    assert flagged(_reply(postscript)) == []


@pytest.mark.parametrize(
    ("postscript", "name"),
    [
        ("P.S. I've attached my forklift licence in case Quayside Logistics needs it.",
         "Quayside Logistics"),
        ("P.S. My CV is attached should Brennock Haulage want a copy for its files.",
         "Brennock Haulage"),
        ("P.S. I've enclosed my references for Brennock Haulage's records.", "Brennock Haulage"),
        ("P.S. My CV is attached in case Marston Carriers would like to keep it on file.",
         "Marston Carriers"),
    ],
)  # fmt: skip
def test_a_firm_that_would_need_the_writers_papers_is_flagged(postscript, name) -> None:
    assert flagged(_reply(postscript)) == [name]


@pytest.mark.parametrize(
    "postscript",
    [
        # the writer's past: who wrote the references, not who needs them
        "P.S. I've attached my references from Quayside Logistics.",
        # the writer's own job now
        "P.S. I've attached my licence; my current employer Quayside Logistics keeps a copy too.",
        "P.S. Please keep my CV on file for the spring.",
        # the employer itself
        "P.S. I've attached my licence in case Harlow Freight needs it.",
        # a rule stated, no use foreseen: the regulator's need, not an employer's
        "P.S. My licence is attached, as Quayside Logistics requires it of every driver.",
    ],
)
def test_papers_from_or_kept_by_the_writers_own_firm_are_left_alone(postscript) -> None:
    assert flagged(_reply(postscript)) == []


def test_a_ps_about_the_writers_own_job_is_left_alone() -> None:
    postscript = "P.S. I'm still driving for Quayside Logistics until the end of March."
    assert flagged(_reply(postscript)) == []


@pytest.mark.parametrize(
    "line",
    [
        "Application: Class 1 driver, Quayside Logistics",
        "Applied for: Transport Planner - Quayside Logistics",
        "Job application - Transport Planner, Quayside Logistics",
        "Re: Transport Planner at Quayside Logistics",
    ],
)
def test_an_applicant_line_in_the_signature_names_the_firm_written_to(line) -> None:
    assert flagged(_reply("", f"{line}\n07700 900123\n")) == ["Quayside Logistics"]


@pytest.mark.parametrize(
    "line",
    [
        "Application: Class 1 driver, Harlow Freight",
        "Application: Transport Planner",
        # the writer's own employer, as a signature names it
        "Class 1 driver, Quayside Logistics",
    ],
)
def test_an_applicant_line_with_the_employers_name_or_none_is_left_alone(line) -> None:
    assert flagged(_reply("", f"{line}\n07700 900123\n")) == []
