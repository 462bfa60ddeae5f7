"""wrong-company misses and a late reply missed in context147-149, each on new wordings.

A firm's "'s" before its job postings (of English words: "the Town of X's job adverts"); "such
a" as an intensifier, no "such as" list of the writer's clients; a sister firm of the
employer's group by the people at it ("everyone at X"), where the employer's trade is a
small firm's word ("Animation") or its name opens with a word of its own; a firm the writer
was "excited about helping"; a firm the writer supposes "was never going to be the right
place for me"; and a rejection quoted under Polish Outlook's header block ("Wysłane:").
"""

from __future__ import annotations

import pytest
from contexthelp import company_reply, flagged, found


def _reply(sentence: str, company: str = "Marlow Borough Council") -> list[str]:
    """Return the wrong-company findings of a reply with ``sentence`` to ``company``."""
    return flagged(company_reply(sentence, company, "Rhian Ellis", "rhian@example.org", "Tomas"))


# --- a firm's "'s" before its job postings -------------------------------------------------


def test_a_body_owning_its_job_postings_is_flagged() -> None:
    """ "The Town of X's job postings" are X's own: X is named where the employer stands."""
    sentence = "I will keep an eye on the Town of Reading's job postings for future roles."
    assert _reply(sentence) == ["Town of Reading"]


def test_a_field_before_a_job_advert_is_not_flagged() -> None:
    """A job's field before its advert ("the Revenue Accounting job advert") is no firm."""
    assert _reply("I read the Revenue Accounting job advert twice before applying.") == []


# --- "such a" as an intensifier -------------------------------------------------------------


def test_the_team_met_after_such_a_is_flagged() -> None:
    """ "It was such a pleasure to meet the team at X": the team met at the interview."""
    sentence = "It was such a pleasure to meet the team at Fernhill Planning last week."
    assert _reply(sentence) == ["Fernhill Planning"]


def test_clients_such_as_a_firm_are_not_flagged() -> None:
    """ "Such as X" still lists the writer's own clients."""
    sentence = "I have advised clients such as Fernhill Planning on their housing bids."
    assert _reply(sentence) == []


# --- a sister firm of the group, by the people at it ----------------------------------------


def _group_reply(sentence: str, company: str, subject: str) -> list[str]:
    """Return the wrong-company findings of a reply to ``company``, whose Subject names its group."""
    return flagged(
        "---\nto: [Rhian Ellis <rhian@example.org>]\nrejection:\n"
        f"  from: [Rhian Ellis <rhian@example.org>]\n  company: {company}\n"
        f'  subject: "{subject}"\n---\nDear Rhian,\n\nThank you for letting me know. '
        f"{sentence}\n\nKind regards,\nTomas\n"
    )


_STUDIO = "Kestrel Animation"
_GROUP = "Animator application (Kestrel Group: Kestrel Animation / Kestrel Interactive)"
_OPENED = "Studio Kestrel Animation"
_OPENED_GROUP = "Animator application (Kestrel Group: Studio Kestrel Animation / Kestrel Games)"


def test_everyone_at_a_sister_studio_is_flagged() -> None:
    """ "Everyone at X Interactive" beside X Animation are the sister studio's people."""
    sentence = "Thanks again to everyone at Kestrel Interactive for the studio tour."
    assert _group_reply(sentence, _STUDIO, _GROUP) == ["Kestrel Interactive"]


def test_everyone_at_a_sister_studio_after_a_word_of_its_own_is_flagged() -> None:
    """The employer's name may open with a word of its own ("Studio Kestrel Animation")."""
    sentence = "I wish everyone at Kestrel Games a wonderful year."
    assert _group_reply(sentence, _OPENED, _OPENED_GROUP) == ["Kestrel Games"]


def test_everyone_at_the_employer_itself_is_not_flagged() -> None:
    """Everyone at the employer itself is the one written to."""
    sentence = "Thanks again to everyone at Kestrel Animation for the studio tour."
    assert _group_reply(sentence, _STUDIO, _GROUP) == []
    sentence = "I wish everyone at Studio Kestrel Animation a wonderful year."
    assert _group_reply(sentence, _OPENED, _OPENED_GROUP) == []


# --- a firm the writer was excited about helping ---------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "I was so excited about helping Zentrova scale its deliveries.",
        "I was thrilled about supporting Zentrova in the north.",
    ],
)
def test_a_firm_the_writer_was_excited_to_help_is_flagged(sentence: str) -> None:
    """The work looked forward to, as "looking forward to helping X" names X."""
    assert _reply(sentence, "Quayside Freight") == ["Zentrova"]


def test_a_firm_the_writer_was_excited_about_is_not_flagged() -> None:
    """Excitement about what a firm did, with no work of the writer's for it, names no employer."""
    sentence = "I was so excited about Zentrova's new depot when it opened."
    assert _reply(sentence, "Quayside Freight") == []


# --- a firm the writer supposes was never the place for them --------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "I suppose Zentrova was never going to be the right place for me.",
        "I guess Zentrova was never the right fit for me.",
    ],
)
def test_a_firm_supposed_never_the_right_place_is_flagged(sentence: str) -> None:
    """ "I suppose X was never going to be the right place for me" is the firm that refused."""
    assert _reply(sentence, "Quayside Freight") == ["Zentrova"]


def test_a_firm_supposed_to_do_something_else_is_not_flagged() -> None:
    """A guess about what a firm was going to do is no place of the writer's."""
    sentence = "I suppose Zentrova was never going to sell its old depot."
    assert _reply(sentence, "Quayside Freight") == []


# --- a rejection quoted under Polish Outlook's header block ----------------------------------


def _polish_mail(sent: str) -> str:
    """Return an .eml reply sent at ``sent`` above a Polish Outlook header block."""
    return (
        "From: Ola Nowak <ola.nowak@example.pl>\nTo: Rhian Ellis <rhian@marlow.gov.uk>\n"
        f"Subject: ODP: Application\nDate: {sent}\n\nDear Rhian,\n\nThank you for the "
        "interview and for your time. Congratulations to the person you chose; I would "
        "welcome any feedback, and I hope we stay in touch.\n\nBest regards,\nOla Nowak\n\n"
        "-----Wiadomość oryginalna-----\n"
        "Od: Rhian Ellis <rhian@marlow.gov.uk>\n"
        "Wysłane: wtorek, 10 marca 2026 09:30\n"
        "Do: Ola Nowak <ola.nowak@example.pl>\nTemat: Application\n\n"
        "Dear Ola,\n\nWe have decided to go with another candidate.\n\nRhian Ellis\n"
        "Marlow Borough Council\n"
    )


def test_a_late_reply_above_a_polish_outlook_block_is_flagged() -> None:
    """Polish Outlook's sent label "Wysłane:" gives the rejection's date."""
    assert found(_polish_mail("Thu, 12 Mar 2026 18:00:00 +0000"), "late-reply") != []


def test_a_prompt_reply_above_a_polish_outlook_block_is_not_flagged() -> None:
    """A reply the same day is on time."""
    assert found(_polish_mail("Tue, 10 Mar 2026 18:00:00 +0000"), "late-reply") == []
