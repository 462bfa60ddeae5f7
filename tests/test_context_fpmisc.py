"""wrong-company: the writer's own training, friends, field and event team; a clipped domain.

Cases from the blind sets tests/context117-119, each on a new example: an event's long name
joined by "and", a rating the writer earned at a school, friends from another firm, the
subjects of a field, the team the writer goes to a show with, and the context's own name
cut short where the sender's domain clips a word.
"""

from __future__ import annotations

import contexthelp

flagged = contexthelp.replier(
    "Harwick Avionics Ltd", "Paula Grant", "paula.grant@harwickavionics.com", "Tomasz"
)


# --- an event's long name joined by "and" ------------------------------------------------------


def test_an_event_named_with_and_is_not_flagged() -> None:
    sentence = (
        "Perhaps I will see you both at the Lindqvist Maps Society and Charts Trust conference."
    )
    assert flagged(sentence) == []


def test_the_same_name_before_an_office_is_flagged() -> None:
    # the same name where a workplace stands: both bodies are read as firms
    sentence = "I would love to work at the Lindqvist Maps Society and Charts Trust office."
    assert flagged(sentence) == ["Lindqvist Maps Society", "Charts Trust"]


# --- a course or rating the writer finished at a school ------------------------------------


def test_a_rating_the_writer_completed_at_a_college_is_not_flagged() -> None:
    sentence = (
        "I completed my instrument rating at the Kwara College of Aviation Technology"
        " and would be glad to stay in touch with you."
    )
    assert flagged(sentence) == []


def test_hoping_for_a_role_at_a_college_is_flagged() -> None:
    sentence = (
        "I hope to apply for future roles at the Kwara College of Aviation Technology"
        " and would be glad to stay in touch with you."
    )
    assert flagged(sentence) == ["Kwara College of Aviation Technology"]


# --- friends from another firm --------------------------------------------------------------


def test_friends_from_another_firm_are_not_flagged() -> None:
    sentence = (
        "I would love to stay in touch with you, and I still meet friends from Brenner Aerospace."
    )
    assert flagged(sentence) == []


def test_future_roles_at_another_firm_are_flagged() -> None:
    sentence = "I would love to stay in touch with you, and I hope to join Brenner Aerospace."
    assert flagged(sentence) == ["Brenner Aerospace"]


# --- the subjects of a field ------------------------------------------------------------------


def test_the_subjects_of_a_field_are_not_flagged() -> None:
    sentence = "I was fully prepared to teach you the subjects of Hydrological Engineering."
    assert flagged(sentence) == []


def test_a_firm_named_as_the_one_to_teach_at_is_flagged() -> None:
    sentence = "I was fully prepared to teach you all at Hydrological Engineering Ltd this year."
    assert flagged(sentence) == ["Hydrological Engineering Ltd"]


# --- the team the writer goes to an event with ---------------------------------------------


def test_the_team_the_writer_goes_to_a_show_with_is_not_flagged() -> None:
    sentence = "I will be at the Farnborough Air Show with the Corvel Aerospace team, if you go."
    assert flagged(sentence) == []


def test_the_team_the_writer_hoped_to_join_is_flagged() -> None:
    sentence = "I would love to join the Corvel Aerospace team, if you go."
    assert flagged(sentence) == ["Corvel Aerospace"]


# --- the context's name cut short, the domain clipping a word ---------------------------------

clipped = contexthelp.replier(
    "Kestrel Shipping Agency Co., Ltd.", "Min-ji Park", "minji.park@kestrelship.co.kr", "Dae-ho"
)


def test_the_employers_short_form_is_not_a_misspelt_domain() -> None:
    assert clipped("I wish Kestrel Shipping more success with the new routes.") == []


def test_a_misspelling_of_the_employers_name_is_flagged() -> None:
    assert clipped("I wish Kestrel Shiping more success with the new routes.") == [
        "Kestrel Shiping"
    ]
