"""wrong-company: a pasted name before "team", in regards passed on, or one word off the employer's.

Cases from the blind sets tests/context51-52, each on a new example: a coined one-word name
before "team" is no team of the employer's; "my regards to everyone at X" sends greetings to
the people at X; a lender named like the employer with another middle word is another firm;
a title's one-word tail in the rejection's sign-off ("Zonal Head - Credit") is a team.
"""

from __future__ import annotations

import contexthelp
from replylint.custom._org_likeness import same_org
from replylint.sources.signature import signature_context


def flagged(sentence: str, company: str = "Halloran Surveys Ltd") -> list[str]:
    """Return the wrong-company findings of a reply to ``company`` holding ``sentence``."""
    return contexthelp.flagged(
        contexthelp.company_reply(
            sentence, company, "Gareth Halloran", "gareth@halloransurveys.co.uk", "Imogen"
        )
    )


# --- a coined one-word name before "team" -----------------------------------------------------


def test_a_coined_name_before_team_is_another_firms_people() -> None:
    assert flagged("I appreciated the time the Quorvex team spent with me in both rounds.") == [
        "Quorvex"
    ]
    assert flagged("All the best to the Zantivo team with the new office!") == ["Zantivo"]
    assert flagged("It was a pleasure presenting to the whole Vendrako team.") == ["Vendrako"]


def test_the_employers_own_teams_before_team_are_not_flagged() -> None:
    # a department's word, the employer's short form, an acronym, a function's short forms
    assert flagged("I appreciated the time the Payments team spent with me in both rounds.") == []
    assert flagged("All the best to the Halloran team with the new office!") == []
    assert flagged("It was a pleasure presenting to the whole QA team.") == []
    assert flagged("Thanks for showing me how the DevOps team runs its releases.") == []
    assert flagged("Thanks for explaining how the FinOps team reviews spend.") == []


# --- regards passed on to the people at a place -------------------------------------------------


def test_regards_to_everyone_at_another_firm_are_flagged() -> None:
    assert flagged("Please pass my regards to everyone at Larkfield House.") == ["Larkfield House"]
    assert flagged("Kindly convey my regards to everyone at Tamsin Credit.") == ["Tamsin Credit"]


def test_regards_to_the_employer_or_the_writers_old_workplace_are_not_flagged() -> None:
    assert flagged("Please pass my regards to everyone at Halloran Surveys.") == []
    assert flagged("Please pass my regards to my old colleagues at Larkfield House.") == []


# --- a lender named like the employer, another word in the middle -------------------------------


def test_a_name_apart_in_the_middle_is_another_firm() -> None:
    assert not same_org("Kaveri Setu Microfinance", "Kaveri Nidhi Microfinance Pvt Ltd")
    assert flagged(
        "I would still love to join Kaveri Setu Microfinance one day.",
        company="Kaveri Nidhi Microfinance Pvt Ltd",
    ) == ["Kaveri Setu Microfinance"]


def test_short_and_longer_forms_of_the_employer_are_still_its_own() -> None:
    assert same_org("Kaveri Microfinance", "Kaveri Nidhi Microfinance Pvt Ltd")
    assert same_org("Lakeview Middle School", "Lakeview SD")
    assert (
        flagged(
            "I would still love to join Kaveri Nidhi Microfinance one day.",
            company="Kaveri Nidhi Microfinance Pvt Ltd",
        )
        == []
    )


# --- a title's one-word tail in the rejection's sign-off ------------------------------------------


def test_a_titles_one_english_word_tail_is_no_company() -> None:
    context = signature_context(
        "Thank you.\n\nRegards,\nNitin Joshi\nZonal Head - Credit\n", ("koynafinance.in",)
    )
    assert context.company != "Credit"


def test_a_titles_tail_the_domain_spells_is_the_company() -> None:
    context = signature_context("Thank you.\n\nBest,\nPriya Nair\nRecruiter, Acme\n", ("acme.com",))
    assert context.company == "Acme"
    context = signature_context(
        "Thank you.\n\nBest,\nPriya Nair\nRecruiter, Quillmark Labs\n", ("quillmark.io",)
    )
    assert context.company == "Quillmark Labs"


def test_the_experience_of_meeting_a_twin_firms_staff_is_flagged() -> None:
    company = "Kaveri Nidhi Microfinance Pvt Ltd"
    assert flagged(
        "I valued the experience of interacting with Kaveri Setu Microfinance senior staff.",
        company=company,
    ) == ["Kaveri Setu Microfinance"]
    # the writer's own past there is no slip
    assert (
        flagged(
            "I had two years of experience at Kaveri Setu Microfinance before this.",
            company=company,
        )
        == []
    )
