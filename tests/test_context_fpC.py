"""wrong-company: names that are no other employer, from the blind sets tests/context126-128.

Each on a new example: a signature over a mail app's last line; a person named with an
honorific written after the given name; the employer's name with a word of it cut short;
the subject of the writer's own answers; a day named in the possessive.
"""

from __future__ import annotations

import contexthelp
from replylint.custom._org_likeness import first_word_only


def flagged(sentence: str, company: str) -> list[str]:
    """Return the wrong-company findings of a reply to ``company`` holding ``sentence``."""
    return contexthelp.flagged(
        contexthelp.company_reply(sentence, company, "Ana Ruiz", "ana.ruiz@example.com", "Pat")
    )


# --- a signature over a mail app's last line --------------------------------------------------

_SIGNED = (
    "---\nto: [Ana Ruiz <ana.ruiz@example.com>]\nrejection:\n"
    "  from: [Ana Ruiz <ana.ruiz@example.com>]\n  company: Ostara Life Insurance Co., Ltd.\n---\n"
    "Dear Ana,\n\nThank you for the interview and your kind email. {sentence}\n\n"
    "Kim Min-jun\nCorvane Life, Pricing Team\n\nSent from my Galaxy\n"
)


def test_a_signature_over_a_device_line_is_the_writers_own() -> None:
    reply = _SIGNED.format(sentence="Please keep me in mind for your next opening.")
    assert contexthelp.flagged(reply) == []


def test_a_firm_in_the_body_over_it_is_still_flagged() -> None:
    reply = _SIGNED.format(sentence="I still hope to join Bluewave Water one day.")
    assert contexthelp.flagged(reply) == ["Bluewave Water"]


# --- an honorific written after the given name ------------------------------------------------


def test_a_name_with_an_honorific_after_it_is_a_person() -> None:
    sentence = "I enjoyed hearing about Kerem Bey's plans for your new plant."
    assert flagged(sentence, "Tezcan Makina A.S.") == []
    sentence = "I enjoyed hearing about Selin Hanım's plans for your new plant."
    assert flagged(sentence, "Tezcan Makina A.S.") == []


def test_a_firms_plans_are_still_flagged() -> None:
    sentence = "I enjoyed hearing about Kerem Makina's plans for your new plant."
    assert flagged(sentence, "Tezcan Makina A.S.") == ["Kerem Makina"]


# --- the employer's name with a word cut short ------------------------------------------------


def test_a_word_of_the_employers_cut_short_is_its_short_form() -> None:
    assert not first_word_only("Ostara Infra", "Ostara Infraprojects Ltd.")
    sentence = "I learnt a lot about how Ostara Infra runs its site schedules."
    assert flagged(sentence, "Ostara Infraprojects Ltd.") == []


def test_another_word_after_the_employers_first_is_still_flagged() -> None:
    assert first_word_only("Ostara Roads", "Ostara Infraprojects Ltd.")
    sentence = "I learnt a lot about how Ostara Roads runs its site schedules."
    assert flagged(sentence, "Ostara Infraprojects Ltd.") == ["Ostara Roads"]


# --- the subject of the writer's own answers --------------------------------------------------


def test_what_my_answers_were_about_is_a_topic() -> None:
    sentence = "Could you share any feedback on my answers about Basel's capital rules?"
    assert flagged(sentence, "Hollin Re Ltd.") == []


def test_a_name_the_reader_is_asked_about_is_still_flagged() -> None:
    sentence = "Could you share any feedback on your view of Basel's capital rules?"
    assert flagged(sentence, "Hollin Re Ltd.") == ["Basel"]


# --- a day named in the possessive ------------------------------------------------------------


def test_a_day_named_in_the_possessive_is_no_firm() -> None:
    sentence = (
        "Meeting your night shift in the middle of the Valentine's flower peak was a highlight."
    )
    assert flagged(sentence, "Ostara Cargo S.A.S.") == []


def test_a_firms_peak_far_from_the_job_is_left_by_the_gate() -> None:
    sentence = "Meeting your night shift in the middle of Corvane's flower peak was a highlight."
    # NOTE: left by the cue-beside gate (_org_future.cued_firm): no word of the job, the hiring
    # or a wish stands beside the name, so the sentence-wide cue no longer makes it the firm
    # written to. On new blind letters that cue was wrong far more often than right.
    assert flagged(sentence, "Ostara Cargo S.A.S.") == []
