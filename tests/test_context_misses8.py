"""Wrong-company names missed in context37-38, each kind on a new letter, with its legitimate twin.

A pasted firm's team learned as the employer's, a firm's scheme named in full, the news
"about X", "X would have been lucky to have me", and a club loved "so this was a dream job".
"""

from __future__ import annotations

from contexthelp import company_reply, flagged


def _reply(sentence: str) -> str:
    return company_reply(
        sentence, "Kestrel Foods", "Ines Calloway", "ines.calloway@kestrelfoods.com", "Tom Hale"
    )


# --- the short form of a pasted firm before "team" -----------------------------------------


def test_the_team_of_a_pasted_firm_is_pasted_too() -> None:
    reply = _reply(
        "I have long admired Ferncastle Creative's work on museum apps, so I am sad. "
        "I hope to stay in touch with the Ferncastle team."
    )
    assert flagged(reply) == ["Ferncastle Creative", "Ferncastle"]


def test_a_team_of_the_employer_is_not_flagged() -> None:
    reply = _reply("I enjoyed meeting the Harbourside team during the site visit.")
    assert flagged(reply) == []


# --- a firm's scheme named in full -----------------------------------------------------------


def test_a_rival_firms_scheme_names_the_rival() -> None:
    reply = _reply("Thank you for considering me for the Holloway Bank Data Summer Internship.")
    assert flagged(reply) == ["Holloway Bank"]


def test_the_employers_own_scheme_is_not_flagged() -> None:
    reply = _reply("Thank you for considering me for the Kestrel Foods Data Summer Internship.")
    assert flagged(reply) == []


def test_a_schemes_department_words_are_no_firm() -> None:
    reply = _reply("Thank you for considering me for the Supply Chain Analytics Summer Internship.")
    assert flagged(reply) == []


# --- the news "about X" ----------------------------------------------------------------------


def test_the_news_about_a_pasted_firm_names_it() -> None:
    reply = _reply("Cheers for getting back to me about Penwarden. Best of luck.")
    assert flagged(reply) == ["Penwarden"]


def test_what_the_writer_knows_about_a_firm_is_not_the_news() -> None:
    reply = _reply("I know about Penwarden from my cousin, who drives for them.")
    assert flagged(reply) == []


# --- "X would have been lucky to have me" ----------------------------------------------------


def test_a_firm_lucky_to_have_had_the_writer_is_the_one_written_to() -> None:
    reply = _reply("Fine. Ashby Vale would have been really lucky to have me.")
    assert flagged(reply) == ["Ashby Vale"]


def test_a_firm_lucky_to_have_others_is_not_flagged() -> None:
    reply = _reply("My old boss at Ashby Vale was lucky to have such a loyal crew.")
    assert flagged(reply) == []


# --- a club or firm loved, "so this was a dream job" -----------------------------------------


def test_a_club_loved_so_this_was_a_dream_job_is_the_one_written_to() -> None:
    reply = _reply(
        "I have been a Tenby Wanderers supporter all my life, so this would have been a dream job."
    )
    assert flagged(reply) == ["Tenby Wanderers"]


def test_where_the_writer_worked_so_this_was_a_dream_job_is_not_flagged() -> None:
    reply = _reply(
        "I worked at Tenby Wanderers for two summers, so this would have been a dream job."
    )
    assert flagged(reply) == []


def test_a_club_loved_without_the_job_is_not_flagged() -> None:
    reply = _reply(
        "I have been a Tenby Wanderers supporter all my life, so I follow sport closely."
    )
    assert flagged(reply) == []


# --- a name typed in lower case, in a letter typed all in lower case --------------------------

_LOWER = (
    "---\nto: [Ines Calloway <ines.calloway@kestrelfoods.com>]\nrejection:\n"
    "  from: [Ines Calloway <ines.calloway@kestrelfoods.com>]\n  company: Kestrel Foods\n---\n"
    "hi ines\n\nthanks for the chat on tuesday, it was good to meet everyone. {sentence} "
    "any tips on what to work on would be great, and keep me in mind for next year\n\n"
    "cheers\ntom\n"
)


def test_a_lowercase_name_where_the_writer_would_have_thrived_is_flagged() -> None:
    reply = _LOWER.format(sentence="gutted tbh, i know i'd have thrived at quillmora.")
    assert flagged(reply) == ["quillmora"]


def test_a_lowercase_name_of_the_writers_own_job_is_not_flagged() -> None:
    reply = _LOWER.format(sentence="gutted tbh, i've worked at quillmora for two years now.")
    assert flagged(reply) == []


def test_a_lowercase_word_in_a_capitalised_letter_is_no_name() -> None:
    reply = _reply("Gutted, to be honest. I know I'd have thrived at quillmora.")
    assert flagged(reply) == []


def test_having_thrived_at_a_firm_is_the_writers_past() -> None:
    reply = _reply("I thrived at Quillmora Creative during my placement.")
    assert flagged(reply) == []


def test_a_firm_where_the_writer_would_have_thrived_is_the_one_written_to() -> None:
    reply = _reply("Gutted, to be honest. I know I'd have thrived at Quillmora.")
    assert flagged(reply) == ["Quillmora"]


def test_the_update_on_a_pasted_firm_names_it() -> None:
    reply = _reply("Thanks for the update on Penwarden, and good luck with the hire.")
    assert flagged(reply) == ["Penwarden"]


def test_the_news_of_another_firms_doings_is_not_flagged() -> None:
    reply = _reply("I was sorry to read the news about Penwarden's closure last week.")
    assert flagged(reply) == []
