"""wrong-company and late-reply where a reply to a public body names another as the employer.

Cases from tests/context122, each on a new example: the people at another firm thanked for
the process, a tag "#TeamX" of an English word, "Proud future member of the X family" under
the name, another body of the state the employer's name says it serves ("Banco X" to the
"Ministerio ... de la República de X"), another body learnt about beside the project it
runs, and a quoted rejection under a Portuguese Outlook header block ("Enviada:").
"""

from __future__ import annotations

from contexthelp import company_reply, flagged, found


def _reply(sentence: str, company: str = "Brightlane") -> list[str]:
    """Return the wrong-company findings of a reply to ``company`` holding ``sentence``."""
    return flagged(company_reply(sentence, company, "Oona Reyes", "oona@brightlane.io", "Tomas"))


def _signed(line: str) -> list[str]:
    """Return the wrong-company findings of a reply to Brightlane with ``line`` under the name."""
    reply = company_reply("I enjoyed our talk.", "Brightlane", "Oona Reyes",
                          "oona@brightlane.io", f"Tomas Lindgren\n{line}")  # fmt: skip
    return flagged(reply)


# --- the people at another firm thanked for the process ----------------------------------


_TOUR = "for the tour of Brightlane's new hub."


def test_everyone_at_another_firm_thanked_for_the_time_is_flagged() -> None:
    """The people at a firm thanked for the reader's time are the firm written to.

    Though the sentence names the employer rightly as well (its hub toured).
    """
    assert _reply(f"Thank you to everyone at Quillmark for your time and {_TOUR}") != []
    assert _reply(f"Thank you to all the team at Quillmark for your time and {_TOUR}") != []


def test_the_employers_people_or_the_writers_own_thanked_are_not_flagged() -> None:
    """The employer's own people, or the writer's old colleagues, are no wrong name."""
    assert _reply(f"Thank you to everyone at Brightlane for your time and {_TOUR}") == []
    assert _reply(f"I am grateful to my old team at Quillmark for the training and {_TOUR}") == []


# --- a tag of the writer as one of a team --------------------------------------------------


def test_a_team_tag_of_an_english_word_is_flagged() -> None:
    """A tag "#TeamHorizon" signs the writer as one of a team so named, though English."""
    assert _signed("#TeamHorizon #Logistics") == ["Horizon"]


def test_a_team_tag_of_teamwork_is_not_flagged() -> None:
    """The tags "#TeamSpirit" and "#TeamWork" are mottos of teams, no team's name."""
    assert _signed("#TeamSpirit #TeamWork #Logistics") == []


# --- a member to be of another firm's people ------------------------------------------------


def test_a_future_member_of_another_firms_family_is_flagged() -> None:
    """A line "Proud future member of the X family" under the name hopes to join X."""
    assert _signed("Proud future member of the Quillmark family") == ["Quillmark"]


def test_a_member_of_a_body_now_is_not_flagged() -> None:
    """A line "Proud member of X" names a body the writer is in; the employer's is right."""
    assert _signed("Proud member of the Quillmark Society") == []
    assert _signed("Proud future member of the Brightlane family") == []


# --- another body of the state the employer serves -----------------------------------------

_MINISTRY = "Ministerio de Salud de la República de Panamá"


def test_another_body_of_the_employers_state_is_flagged() -> None:
    """A bank "Banco Panamá" shares only the republic's name with the ministry written to."""
    reply = _reply("I remain eager to contribute to Banco Panamá's mission.", _MINISTRY)
    assert reply == ["Banco Panamá"]


def test_the_employers_own_short_name_is_not_flagged() -> None:
    """The ministry's own words stay its names."""
    assert _reply("I remain eager to contribute to the Ministerio de Salud's mission.",
                  _MINISTRY) == []  # fmt: skip


# --- another body learnt about beside the project it runs ----------------------------------


def test_another_body_learnt_about_beside_its_project_is_flagged() -> None:
    """In "learn more about X and the Y project", X is the body whose project it is."""
    sentence = (
        "I appreciated the opportunity to learn more about Quillmark and the Tern Link project."
    )
    assert _reply(sentence) == ["Quillmark"]


def test_the_employer_or_a_project_alone_learnt_about_is_not_flagged() -> None:
    """The employer learnt about beside its project, or the project alone, is no wrong name."""
    assert _reply("I appreciated the opportunity to learn more about Brightlane and the "
                  "Tern Link project.") == []  # fmt: skip
    assert _reply("I appreciated the opportunity to learn more about Quillmark.") == []


# --- a rejection quoted under a Portuguese Outlook header block ----------------------------


def _portuguese_mail(sent: str) -> str:
    """Return an .eml reply sent at ``sent`` above a Portuguese Outlook header block."""
    return (
        "From: Rui Barros <rui.barros@example.pt>\nTo: Marta Lopes <marta.lopes@brightlane.pt>\n"
        f"Subject: RE: Candidatura\nDate: {sent}\n\nDear Marta,\n\nThank you for the "
        "interview and for your time. Congratulations to the person you chose; I would "
        "welcome any feedback, and I hope we stay in touch.\n\nBest regards,\nRui Barros\n\n"
        "De: Marta Lopes <marta.lopes@brightlane.pt>\n"
        "Enviada: segunda-feira, 9 de março de 2026 10:00\n"
        "Para: Rui Barros <rui.barros@example.pt>\nAssunto: Candidatura\n\n"
        "Caro Rui,\n\nDecidimos avançar com outro candidato.\n\nMarta Lopes\nBrightlane\n"
    )


def test_a_late_reply_above_a_portuguese_outlook_block_is_flagged() -> None:
    """Portuguese Outlook's sent label "Enviada:" gives the rejection's date."""
    assert found(_portuguese_mail("Wed, 11 Mar 2026 18:00:00 +0000"), "late-reply") != []


def test_a_prompt_reply_above_a_portuguese_outlook_block_is_not_flagged() -> None:
    """A reply the same day is on time."""
    assert found(_portuguese_mail("Mon, 9 Mar 2026 18:00:00 +0000"), "late-reply") == []
