"""wrong-company and wrong-recipient: readings left on context138 to context140.

A firm's next opening as a condition ("keep me in mind if X opens a similar role"), a
name ending in "International" where the employer stands, a work that would have been a
dream, a wish to be part of a firm sharing only the employer's first word, a firm's tag
on its own line under a signature whose line above names the writer's own firm, and a
sister firm of the group (the employer's or the group's words, another trade) named by
the team at it or by a career wished with it, each name the organisation written to. A greeting of two signers by title speaks to both, so a
word of one of them by given name makes neither someone else.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from contexthelp import found, replier

_HERE = Path(__file__).parent

_flagged = replier(
    "Harbourline Credit Ltd", "Ama Owusu", "ama.owusu@harbourlinecredit.com", "Kofi Asante"
)


def _letter(name: str, rule: str = "wrong-company") -> list[str]:
    """Return the findings of ``rule`` in a labeled letter under tests/."""
    path = _HERE / name
    return found(path.read_text(encoding="utf-8"), rule, path.name)


def test_the_labeled_letters() -> None:
    assert _letter("context138/finamigo-dutch-client-pasted-contactar.eml") == ["Contactar"]
    assert _letter("context138/volta-agri-finance-sarcastic-info-mailbox-pasted-lender.md") == [
        "Opportunity International"
    ]
    assert _letter(
        "context140/timisoara-cloud-outlook-greets-interviewer-first-choice-falls-through.eml"
    ) == ["Banat Data"]
    assert _letter("context140/toronto-to-chennai-mutt-in-time-across-tz-near-miss-name.eml") == [
        "Maple Leaf Fintech"
    ]
    assert _letter("context140/saopaulo-data-portuguese-gmail-pasted-hashtag.eml") == ["OrbitaPay"]
    assert _letter("context138/ceylon-pioneer-thunderbird-sister-insurer-pasted.eml") == [
        "Pioneer Lanka Insurance"
    ]
    assert _letter("context139/abu-dhabi-hotel-gmail-hiring-team-greeting-sister-company.eml") == [
        "Falcon Crest Marinas"
    ]
    crete = "context139/crete-hotel-greek-gmail-two-signers-not-late-no-door.eml"
    assert _letter(crete, "wrong-recipient") == []


# --- a firm's next opening as a condition ------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Please keep me in mind if Tandaro opens a similar role in the future.",
        "I would apply again when Tandaro advertises another position.",
    ],
)
def test_a_condition_on_a_firms_next_opening_names_it(sentence: str) -> None:
    assert _flagged(sentence) == ["Tandaro"]


@pytest.mark.parametrize(
    "sentence",
    [
        # the firm's news, no condition on it
        "I read that Tandaro opened a similar role last spring.",
        # a condition on something else than a job
        "I will visit again if Tandaro opens its new office in Tema.",
    ],
)
def test_a_firms_news_or_another_opening_is_not(sentence: str) -> None:
    assert _flagged(sentence) == []


# --- "X International" where the employer stands ------------------------------------------------


def test_a_body_named_international_where_the_interview_was_names_it() -> None:
    sentence = "Thanks for the interview at Faith International on Monday."
    assert _flagged(sentence) == ["Faith International"]


def test_a_place_where_the_interview_was_is_not() -> None:
    assert _flagged("I enjoyed the interview at Osu last week.") == []


# --- a work that would have been a dream -------------------------------------------------------


def test_work_that_would_have_been_a_dream_names_the_firm() -> None:
    sentence = "Working with the Zentaro data team would have been a dream."
    assert _flagged(sentence) == ["Zentaro"]


def test_work_that_has_been_a_pleasure_is_not() -> None:
    sentence = "Working with the Zentaro data team has been a pleasure this year."
    assert _flagged(sentence) == []


# --- a wish to be part of a namesake -----------------------------------------------------------


def test_a_wish_to_be_part_of_a_namesake_with_a_trade_names_it() -> None:
    sentence = "I'd still love to be part of Harbourline Oak Fintech one day."
    assert _flagged(sentence) == ["Harbourline Oak Fintech"]


def test_having_been_part_of_a_namesake_is_not() -> None:
    sentence = "I was part of Harbourline Oak Fintech for two years before my MBA."
    assert _flagged(sentence) == []


# --- a firm's tag on its own line under the signature ------------------------------------------


def _signed(tag: str) -> str:
    """Return a reply closed in Portuguese, with a job line and ``tag`` under the name."""
    return (
        "---\nto: [Ama Owusu <ama.owusu@harbourlinecredit.com>]\n"
        "rejection:\n  from: [Ama Owusu <ama.owusu@harbourlinecredit.com>]\n"
        "  company: Harbourline Credit Ltd\n---\nOi Ama,\n\n"
        "Thank you for considering me and for your time.\n\n"
        f"Abraços,\nKofi\n\nKofi Asante\nCredit Analyst @ Vantoro Bank | UCC alumnus\n{tag}\n"
    )


def test_another_firms_tag_under_a_job_line_is_flagged() -> None:
    assert found(_signed("#LifeAtQuibela"), "wrong-company", "reply.md") == ["Quibela"]


def test_the_writers_own_firms_tag_under_its_job_line_is_not() -> None:
    assert found(_signed("#LifeAtVantoro"), "wrong-company", "reply.md") == []


# --- two signers greeted by title --------------------------------------------------------------


def _two_signers(greeting: str, sentence: str) -> str:
    """Return a reply from a rejection signed by two people."""
    people = "[Sofia Lindqvist <s.lindqvist@fjordhus.no>, Erik Haraldsen <e.haraldsen@fjordhus.no>]"
    return (
        f"---\nto: {people}\nrejection:\n  from: {people}\n---\n{greeting}\n\n"
        f"Thank you both for the interview and for your time. {sentence}\n\n"
        "Kind regards,\nAnna Berg\n"
    )


def test_a_word_of_one_of_two_signers_greeted_by_title_is_said_to_both() -> None:
    reply = _two_signers(
        "Dear Ms Lindqvist and Mr Haraldsen,", "The lunch with Erik was a lovely end to the day."
    )
    assert found(reply, "wrong-recipient", "reply.md") == []


def test_one_signer_greeted_by_a_surname_spoken_of_is_still_flagged() -> None:
    reply = _two_signers("Dear Mr Haraldsen,", "Please pass my thanks to Erik for calling.")
    assert found(reply, "wrong-recipient", "reply.md") == ["Dear Mr Haraldsen,"]


# --- a sister firm of the group ---------------------------------------------------------------


def test_the_team_at_a_sister_firm_of_another_trade_is_flagged() -> None:
    reply = replier("Corran Bay Hospitality", "Lena Ward", "lena.ward@corranbay.com", "Sam Cole")
    sentence = "I enjoyed the time you and the team at Corran Bay Marinas gave me."
    assert reply(sentence) == ["Corran Bay Marinas"]


def test_the_team_at_the_employer_itself_is_not() -> None:
    reply = replier("Corran Bay Hospitality", "Lena Ward", "lena.ward@corranbay.com", "Sam Cole")
    assert reply("I enjoyed the time you and the team at Corran Bay gave me.") == []


def _group_reply(sentence: str) -> str:
    """Return a reply to a finance firm whose rejection says which group it belongs to."""
    return (
        "From: Kofi Asante <kofi.asante@example.com>\nTo: Ama Owusu <ama.owusu@ctf.com>\n"
        "Subject: Re: Analyst\nDate: Tue, 10 Mar 2026 16:45:10 +0000\n\n"
        f"Dear Ms Owusu,\n\nThank you for considering me and for your time. {sentence}\n\n"
        "Yours sincerely,\nKofi Asante\n\n"
        "On 10/03/2026 09:12, Ama Owusu wrote:\n> Dear Mr Asante,\n>\n"
        "> We regret that your application has not been successful.\n>\n"
        "> Ama Owusu\n> Coastal Tern Finance PLC\n> A member of the Tern Volta Group\n"
    )


def test_a_career_wished_with_a_sister_firm_of_the_group_is_flagged() -> None:
    reply = _group_reply("I remain keen to build my career with Tern Volta Insurance.")
    assert found(reply, "wrong-company", "reply.eml") == ["Tern Volta Insurance"]


def test_a_career_begun_with_a_sister_firm_of_the_group_is_not() -> None:
    reply = _group_reply("I started my career with Tern Volta Insurance in 2019.")
    assert found(reply, "wrong-company", "reply.eml") == []
