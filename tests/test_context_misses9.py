"""Wrong-company names missed in context39-40, each kind on a new letter, with its legitimate twin.

Joining "the X crew" as "part of" it, an applicant's line closing a letter with no sign-off
word, a job heading above the greeting, a farewell line to another firm's team above the
writer's name, and a firm "I've followed for years" beside the reader's work.
"""

from __future__ import annotations

from contexthelp import company_reply, flagged, found
from replylint.sources import attribution

_HEAD = (
    "---\nto: [Ines Calloway <ines.calloway@kestrelfoods.com>]\nrejection:\n"
    "  from: [Ines Calloway <ines.calloway@kestrelfoods.com>]\n  company: Kestrel Foods\n---\n"
)


def _reply(sentence: str) -> str:
    return company_reply(
        sentence, "Kestrel Foods", "Ines Calloway", "ines.calloway@kestrelfoods.com", "Tom Hale"
    )


def _letter(text: str) -> str:
    return _HEAD + text


# --- "part of the X crew" --------------------------------------------------------------------


def test_hoping_to_be_part_of_a_pasted_firms_crew_names_it() -> None:
    reply = _reply("I still hope to be part of the Moonpeak Funpark crew some day.")
    assert flagged(reply) == ["Moonpeak Funpark"]


def test_having_been_part_of_a_crew_is_the_writers_past() -> None:
    reply = _reply("I was part of the Moonpeak Funpark crew for two summers before college.")
    assert flagged(reply) == []


# --- an applicant's line closing a letter with no sign-off word ------------------------------

_UNSIGNED = (
    "Hello Ines,\n\nThank you for the time you gave my portfolio. Congratulations to the new "
    "designer, and please keep me in mind for freelance work.\n\nLena Fisk\n{line}\n"
)


def test_an_applicants_line_under_the_name_names_the_firm_applied_to() -> None:
    reply = _letter(_UNSIGNED.format(line="Applicant, Junior Designer - Brookvale Studio"))
    assert flagged(reply) == ["Brookvale Studio"]


def test_the_writers_own_employer_under_the_name_is_not_flagged() -> None:
    reply = _letter(_UNSIGNED.format(line="Junior Designer - Brookvale Studio"))
    assert flagged(reply) == []


def test_an_applicants_line_naming_the_employer_is_not_flagged() -> None:
    reply = _letter(_UNSIGNED.format(line="Applicant, Junior Designer - Kestrel Foods"))
    assert flagged(reply) == []


# --- a job heading above the greeting --------------------------------------------------------

_HEADED = (
    "{line}\n\nDear Ines,\n\nThank you for interviewing me last week. I would be glad to "
    "hear from you if a similar role opens again.\n\nKind regards,\nTom Hale\n"
)


def test_a_job_heading_above_the_greeting_names_the_firm_applied_to() -> None:
    reply = _letter(_HEADED.format(line="Graduate Surveyor application - Pellham Estates"))
    assert flagged(reply) == ["Pellham Estates"]


def test_a_job_heading_naming_the_employer_is_not_flagged() -> None:
    reply = _letter(_HEADED.format(line="Graduate Surveyor application - Kestrel Foods"))
    assert flagged(reply) == []


def test_a_first_sentence_is_no_heading() -> None:
    reply = _letter(
        _HEADED.format(line="My graduate role at Pellham Estates ends in June, as I said.")
    )
    assert flagged(reply) == []


# --- a farewell line above the writer's name -------------------------------------------------

_FAREWELL = (
    "Hello Ines,\n\nThank you for both interviews. Any feedback would help, and please keep "
    "me in mind for future roles.\n\n{line}\nTom Hale\n"
)


def test_a_farewell_to_another_firms_team_names_it() -> None:
    reply = _letter(_FAREWELL.format(line="Hoping to work alongside the Zentrova team one day,"))
    assert flagged(reply) == ["Zentrova"]


def test_a_farewell_to_a_department_is_not_flagged() -> None:
    reply = _letter(_FAREWELL.format(line="Hoping to work alongside the Growth team one day,"))
    assert flagged(reply) == []


def test_a_coined_team_inside_the_body_is_not_read_as_a_farewell() -> None:
    reply = _reply("I enjoyed the demo from the Zentrova team during the visit.")
    assert flagged(reply) == []


# --- a firm followed for years beside the reader's work --------------------------------------


def test_a_firm_followed_for_years_beside_your_work_names_it() -> None:
    reply = _reply(
        "I've followed Lumora Journeys on LinkedIn for years, and seeing your work up close "
        "lived up to it."
    )
    assert flagged(reply) == ["Lumora Journeys"]


def test_a_firm_followed_with_no_word_of_the_reader_is_not_flagged() -> None:
    reply = _reply("I've followed Lumora Journeys on LinkedIn since my first trip abroad.")
    assert flagged(reply) == []


# --- a quote under "<name> wrote on <date> <time>:" ------------------------------------------

_WROTE_ON = (
    "From: Tom Hale <tom.hale@example.net>\nTo: Ines Calloway <ines.calloway@kestrelfoods.com>\n"
    "Date: Tue, 12 May 2026 16:00:00 +0100\nSubject: Re: Line Cook trial\n\nHi Ines,\n\n"
    "Thank you for the trial shift. Any pointers on my dishes would help.\n\nBest,\nTom Hale\n"
    "{line}\n\nInes Calloway wrote on 12/05/2026 10:15:\n> Hi Tom, we have offered the job to "
    "someone else.\n> Ines Calloway, Head Chef, Kestrel Foods\n"
)


def test_a_quote_under_a_sender_first_attribution_gives_the_company() -> None:
    reply = _WROTE_ON.format(line="Candidate, Line Cook - Brookvale Kitchen")
    assert found(reply, "wrong-company") == ["Brookvale Kitchen"]


def test_a_sender_first_attribution_leaves_the_right_company_alone() -> None:
    reply = _WROTE_ON.format(line="Candidate, Line Cook - Kestrel Foods")
    assert found(reply, "wrong-company") == []


def test_someone_who_wrote_on_a_blog_is_no_attribution() -> None:
    text = "Hi Ines,\n\nMy mentor wrote on her blog:\nkeep going.\n"
    assert attribution.find(text, 0, len(text)) is None
