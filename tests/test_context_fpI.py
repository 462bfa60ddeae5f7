"""wrong-company: names in passing that are no employer written to.

Cases from the blind sets tests/context135-137, each on a new example: a body known by its
initials with "the", or a brand whose "'s" is its own, owning a thing; a body's rules that
were the topic of a talk; a rival the employer is wished to win against; a project named as
one of a kind of work; and a body the writer has worked through, named before "I have".
"""

from __future__ import annotations

import contexthelp


def flagged(sentence: str, company: str) -> list[str]:
    """Return the wrong-company findings of a reply to ``company`` holding ``sentence``."""
    return contexthelp.flagged(
        contexthelp.company_reply(sentence, company, "Ana Ruiz", "ana.ruiz@example.com", "Pat")
    )


# --- a one-word name after "the", owning a thing ---------------------------------------------


def test_a_regulators_initials_with_their_article() -> None:
    sentence = "I enjoyed our talk on grid planning and the FERB's new tariff rules."
    assert flagged(sentence, "Northvolt Grid Ltd") == []


def test_a_brand_whose_possessive_is_its_own() -> None:
    sentence = "I enjoyed the Dorrington's pitch exercise more than I expected to."
    assert flagged(sentence, "Harlow & Pike") == []


def test_a_clients_things_the_employer_worked_on() -> None:
    sentence = "I have long admired your work on the Dorrington's winter adverts."
    assert flagged(sentence, "Harlow & Pike") == []


def test_a_one_word_name_owning_a_firms_trait_is_flagged() -> None:
    sentence = "I have long admired the Dorrington's culture of mentoring."
    assert flagged(sentence, "Harlow & Pike") == ["Dorrington"]


def test_the_same_name_without_the_article_is_flagged() -> None:
    sentence = "I enjoyed learning about Dorrington's plans for the new stores."
    assert flagged(sentence, "Harlow & Pike") == ["Dorrington"]


# --- what a talk was about ---------------------------------------------------------------------


def test_a_bodys_code_the_topic_of_a_talk() -> None:
    sentence = (
        "I also valued the open discussion about the Westmark Broadcasting Council's code"
        " and how Harlow & Pike applies it."
    )
    assert flagged(sentence, "Harlow & Pike") == []


def test_a_longer_name_with_its_article_admired_is_flagged() -> None:
    sentence = "I have always admired the Westmark Broadcasting Council's commitment to fairness."
    assert flagged(sentence, "Harlow & Pike") == ["Westmark Broadcasting Council"]


# --- a rival, a project of a kind --------------------------------------------------------------


def test_a_rival_the_team_is_wished_success_against() -> None:
    sentence = "I wish you and the team every success against Corvina's new app this year."
    assert flagged(sentence, "Tellan Mobile") == []


def test_a_project_named_as_one_of_a_kind() -> None:
    sentence = (
        "Hearing how your engineers plan long-term projects like Eastern Harbour Drainage was"
        " fascinating."
    )
    assert flagged(sentence, "Tellan Water") == []


def test_a_firm_named_as_one_of_a_kind_is_flagged() -> None:
    sentence = "It has always been my dream to work for a company like Eastern Harbour Drainage."
    assert flagged(sentence, "Tellan Water") == ["Eastern Harbour Drainage"]


# --- a body worked through, named first --------------------------------------------------------


def test_a_union_worked_through_named_before_the_writer() -> None:
    sentence = (
        "I covered courts for three years, and through the Riverside Writers Guild I have"
        " worked on training for young reporters, but my video skills need work for this role."
    )
    assert flagged(sentence, "The Daily Ledger") == []


def test_a_firm_hoped_to_be_joined_through_is_flagged() -> None:
    sentence = "I hope to find a role through the Riverside Writers Guild in future."
    assert flagged(sentence, "The Daily Ledger") == ["Riverside Writers Guild"]
