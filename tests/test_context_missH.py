"""Wrong-company names missed in context135-137, each kind on a new letter, with its twin.

"Thanks for the chance at X" (the chance thanked for is the job's), "this opportunity with
X", a Portuguese team tag ("#TimeX"), the chance to learn about "X and its exciting work" (a
word of praise before the firm's ways), the writer judged fit for X ("not good enough for
X"), a firm's call to join it ("#JoinX") and the time "the X panel gave me".
"""

from __future__ import annotations

from contexthelp import replier

_reply = replier("Harrowgate Tooling", "Mirela Dusek", "mirela.dusek@harrowgate.com", "Jan Rudd")


# --- "thanks for the chance at X" -------------------------------------------------------------


def test_thanks_for_the_chance_at_another_firm_names_it() -> None:
    sentence = "Thanks for the chance at Vorland Slovakia and for the tour of the press line."
    assert _reply(sentence) == ["Vorland Slovakia"]


def test_thanks_for_the_chance_at_the_employer_is_not_flagged() -> None:
    sentence = "Thanks for the chance at Harrowgate Tooling and for the tour of the press line."
    assert _reply(sentence) == []


def test_a_chance_at_a_firm_without_thanks_is_not_read_so() -> None:
    sentence = "I had a chance at Vorland Slovakia to run the press line on my own."
    assert _reply(sentence) == []


# --- "this opportunity with X" ----------------------------------------------------------------


def test_the_opportunity_with_another_firm_names_it() -> None:
    sentence = "Thank you again for this opportunity with Dravenik."
    assert _reply(sentence) == ["Dravenik"]


def test_the_opportunity_with_the_employer_is_not_flagged() -> None:
    sentence = "Thank you again for this opportunity with Harrowgate Tooling."
    assert _reply(sentence) == []


def test_an_opportunity_with_a_firm_in_the_writers_past_is_not_read_so() -> None:
    sentence = "In my last job I had an opportunity with Dravenik to run the die trials."
    assert _reply(sentence) == []


# --- a Portuguese team tag ("#TimeX") ----------------------------------------------------------


def test_a_portuguese_team_tag_of_another_firm_names_it() -> None:
    sentence = "I still hope to be part of this team one day. #TimeQZ7"
    assert _reply(sentence) == ["QZ7"]


def test_a_portuguese_team_tag_of_the_employer_is_not_flagged() -> None:
    sentence = "I still hope to be part of this team one day. #TimeHarrowgate"
    assert _reply(sentence) == []


def test_a_tag_of_time_and_plain_words_is_a_motto() -> None:
    sentence = "I still hope to be part of this team one day. #TimeToShine"
    assert _reply(sentence) == []


# --- "the opportunity to learn about X and its exciting work" ---------------------------------


def test_a_firm_and_its_praised_ways_learned_about_names_it() -> None:
    sentence = (
        "I appreciated the opportunity to learn more about KVTR and its exciting work "
        "for carmakers."
    )
    assert _reply(sentence) == ["KVTR"]


def test_a_product_and_its_praised_parts_is_not_read_so() -> None:
    sentence = (
        "I appreciated the opportunity to learn more about KVTR and its exciting stamping dies."
    )
    assert _reply(sentence) == []


# --- the writer judged fit for X ("not good enough for X", "the right one for X") -------------


def test_judged_not_good_enough_for_another_firm_names_it() -> None:
    sentence = "So you have decided I am not good enough for Dravenik."
    assert _reply(sentence) == ["Dravenik"]


def test_a_profile_the_right_one_for_another_firm_names_it() -> None:
    sentence = "I still believe my profile is the right one for Dravenik."
    assert _reply(sentence) == ["Dravenik"]


def test_judged_fit_for_the_employer_is_not_flagged() -> None:
    sentence = "I still believe my profile is the right one for Harrowgate Tooling."
    assert _reply(sentence) == []


def test_not_good_enough_for_a_firm_in_the_past_is_not_read_so() -> None:
    sentence = "Two years ago I was not good enough for Dravenik either."
    assert _reply(sentence) == []


# --- a firm's call to join it ("#JoinX"), one word of English ---------------------------------


def test_a_join_tag_of_another_firm_in_a_word_of_english_names_it() -> None:
    sentence = "I hope our paths cross again. #JoinPinnacle"
    assert _reply(sentence) == ["Pinnacle"]


def test_a_join_tag_of_a_call_to_act_is_a_motto() -> None:
    sentence = "I hope our paths cross again. #JoinForces"
    assert _reply(sentence) == []


# --- "the time the X panel gave me" -----------------------------------------------------------


def test_the_time_another_firms_panel_gave_names_it() -> None:
    sentence = "Thank you for the time the Vorland Slovakia panel gave me last week."
    assert _reply(sentence) == ["Vorland Slovakia"]


def test_a_talk_panel_heard_is_not_read_so() -> None:
    sentence = "Thank you also for the tip about the Vorland Slovakia panel on supplier audits."
    assert _reply(sentence) == []


def test_not_good_enough_for_a_kind_of_firm_is_not_read_so() -> None:
    sentence = "I guess I am just not good enough for Lisbon startups."
    assert _reply(sentence) == []
