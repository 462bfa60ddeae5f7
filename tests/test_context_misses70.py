"""Pasted names in tests/context70: a Yahoo Mail for Android quote, a careers page watched.

Yahoo's Android app writes the quoted rejection on the attribution line itself ("...
<b@x.com> wrote:   Dear Tunde,"): read as a quote only with the sender's address, so the
rejection's sender names the employer and the writer's own words stay the writer's. A
firm's careers page the writer will keep an eye on is the one written to, whatever shape
its name has ("the Sunvale careers page"); a job board's page or one seen in the past is not.
One word opening a sentence with a firm's quality ("Halcyon's commitment to safety") is a
name, though the word is English; a day's or a stop word's "'s" is not. The interview
panel thanked ("my thanks to the X interview panel") is the firm's people, not a job's title.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from contexthelp import company_reply, flagged, found
from replylint.sources import attribution

_HERE = Path(__file__).parent


def _letter(path: str) -> list[str]:
    """Return the wrong-company findings of a labeled letter under tests/."""
    full = _HERE / path
    return found(full.read_text(encoding="utf-8"), "wrong-company", full.name)


def _yahoo(greeting: str) -> str:
    """Return a Yahoo Android reply opening with ``greeting``, its quote on one line."""
    return (
        "From: Ola Benson <ola.benson@yahoo.com>\nTo: Priya Nair <priya.nair@harbourline.com>\n"
        "Date: Tue, 10 Mar 2026 09:00:00 +0000\nSubject: Re: Analyst role\n\n"
        f"{greeting}\n\nThank you for letting me know. Please keep me in mind.\n\n"
        "Kind regards,\nOla Benson\n\nSent from Yahoo Mail on Android\n\n"
        "  On Mon, 9 Mar 2026 at 16:10, Priya Nair<priya.nair@harbourline.com> wrote:   "
        "Dear Ola,\nWe have offered the role to another applicant.\nBest wishes,\nPriya Nair\n"
        "Harbourline Logistics\n"
    )


def test_the_letter_greets_another_company():
    """The labeled letter's greeting names a firm left over from another application."""
    assert _letter("context70/claims-handler-pasted-name-in-greeting.eml") == ["Pellucid"]


@pytest.mark.parametrize(
    ("greeting", "expected"),
    [
        ("Dear Priya and everyone at Quillfield Freight,", ["Quillfield Freight"]),
        ("Dear Ms Nair and the team at Stonebridge Cargo,", ["Stonebridge Cargo"]),
        ("Dear Priya and all at Harbourline Logistics,", []),
        ("Dear Priya,", []),
    ],
)
def test_a_yahoo_quote_on_the_attribution_line_names_the_employer(greeting, expected):
    """The quote run on after "wrote:" is the rejection; the greeting is checked against it."""
    assert found(_yahoo(greeting), "wrong-company") == expected


def test_the_quote_starts_at_the_yahoo_attribution():
    """The attribution's sender is read even when the quoted text follows on its line."""
    text = "Thanks!\n\n  On Mon, 9 Mar 2026 at 16:10, Priya Nair<p@harbourline.com> wrote:   Hi"
    line = attribution.find(text, 0, len(text))
    assert line is not None and line.sender is not None
    assert line.sender.address == "p@harbourline.com"


@pytest.mark.parametrize(
    "text",
    [
        "On Monday you wrote:  the panel liked my portfolio, which was kind.\n",
        "On reflection, as Priya wrote:   keep going.\n",
    ],
)
def test_prose_with_wrote_and_no_address_is_no_attribution(text):
    """Without the sender's address, words after "wrote:" are the writer's own prose."""
    assert attribution.find(text, 0, len(text)) is None


def test_the_letter_watches_another_firms_careers_page():
    """The labeled letter will keep an eye on another energy firm's careers page."""
    assert _letter("context70/energy-pasted-careers-page-skimmed.md") == ["Sunvale"]


def _watched(sentence: str) -> list[str]:
    """Return the wrong-company findings of a reply to Greenbank Energy with ``sentence``."""
    return flagged(company_reply(sentence, "Greenbank Energy", "Hamish Ross",
                                 "hamish@greenbankenergy.co.uk", "Lucy Ahn"))  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("I'll keep watching the Brightmoor vacancies page.", ["Brightmoor"]),
        ("I will keep an eye on the Solwick careers website for openings.", ["Solwick"]),
        ("I'll keep an eye on the Greenbank careers page.", []),
        ("I found the advert on the Solwick careers page last year.", []),
        ("I'll keep an eye on the LinkedIn jobs page.", []),
    ],
)
def test_a_careers_page_to_watch_names_the_firm_written_to(sentence, expected):
    """A careers page the writer will watch is the employer's; a job board's or a past one not."""
    assert _watched(sentence) == expected


def test_the_letter_praises_another_firms_commitment():
    """The labeled letter opens a sentence with another organisation's commitment."""
    assert _letter("context70/nurse-pasted-possessive-compliment.eml") == ["Halcyon"]


def _praised(sentence: str) -> list[str]:
    """Return the wrong-company findings of a reply to Carrow Medical Group with ``sentence``."""
    return flagged(company_reply(sentence, "Carrow Medical Group", "Sunita Rao",
                                 "s.rao@carrowmedical.org", "Grace Mutasa"))  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Corvane's values really stood out to me during the visit.", ["Corvane"]),
        ("Meadowlark's reputation for rehabilitation drew me to the post.", ["Meadowlark"]),
        ("Carrow's commitment to patient safety really stood out to me.", []),
        ("Today's vision for the ward was inspiring.", []),
        ("Everyone's commitment to the patients was clear.", []),
    ],
)
def test_a_firms_quality_opening_a_sentence_names_it(sentence, expected):
    """A one-word name with its quality opens a sentence; a day's or everyone's does not."""
    assert _praised(sentence) == expected


def test_the_letter_thanks_another_firms_interview_panel():
    """The labeled letter's P.S. thanks another company's interview panel."""
    assert _letter("context70/robotics-engineer-pasted-panel-in-ps.eml") == ["Vantis Automation"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Please pass my thanks to the Brackwater Robotics interview panel.",
            ["Brackwater Robotics"],
        ),
        ("Please thank the Corvane interview team for their time.", ["Corvane"]),
        ("Please pass my thanks to the Tessaract interview panel.", []),
        ("The Vantis interview panel last year asked similar questions.", []),
    ],
)
def test_an_interview_panel_thanked_names_the_firm_written_to(sentence, expected):
    """The panel thanked is the employer's; one only remembered names no firm written to."""
    reply = company_reply(sentence, "Tessaract Robotics", "Henrik Solberg",
                          "henrik@tessaract.no", "Aditya Kulkarni")  # fmt: skip
    assert flagged(reply) == expected
