"""wrong-company: another firm named as the one that made the decision, or followed in a P.S."""

from __future__ import annotations

from contexthelp import company_reply, flagged


def _reply(sentence: str) -> str:
    return company_reply(sentence, "Brackenfield Analytics", "Oona Lindqvist",
                         "oona.lindqvist@brackenfield.io", "Pavel Horak")  # fmt: skip


def test_firm_that_had_to_choose_between_candidates_is_flagged():
    reply = _reply(
        "I realise Tessaroll had to choose between several very capable candidates, "
        "and I respect the outcome."
    )
    assert flagged(reply) == ["Tessaroll"]


def test_firm_that_went_with_another_applicant_is_flagged():
    reply = _reply("I can see why Quillmere went with another applicant this time.")
    assert flagged(reply) == ["Quillmere"]


def test_former_employer_that_decided_something_else_is_not_flagged():
    reply = _reply(
        "When Tessaroll decided to close its Brno office last year, I moved into analytics."
    )
    assert flagged(reply) == []


def test_employer_that_decided_between_candidates_is_not_flagged():
    reply = _reply("I understand Brackenfield had to decide between several strong people.")
    assert flagged(reply) == []


def _ps_reply(ps: str) -> str:
    return _reply("Congratulations to whoever joins the team.") + f"\nP.S. {ps}\n"


def test_firm_whose_news_the_writer_will_keep_following_is_flagged():
    reply = _ps_reply(
        "I will keep following the news of Harrowgate Freight, above all the new depot in Ripon."
    )
    assert flagged(reply) == ["Harrowgate Freight"]


def test_firm_the_writer_followed_in_the_past_for_a_course_is_not_flagged():
    reply = _ps_reply("At university I followed a course by Harrowgate Freight on routing.")
    assert flagged(reply) == []


def test_employer_whose_news_the_writer_will_follow_is_not_flagged():
    reply = _ps_reply("I will keep following the news of Brackenfield Analytics.")
    assert flagged(reply) == []


def test_firm_whose_blog_the_writer_will_keep_an_eye_on_is_flagged():
    reply = _ps_reply("I'll keep an eye on Corvalis's data blog until then.")
    assert flagged(reply) == ["Corvalis"]


def test_platform_where_the_writer_will_watch_a_launch_is_not_flagged():
    reply = _ps_reply("I'll be watching the launch on Launchpad Daily next month.")
    assert flagged(reply) == []


def test_former_employer_with_an_adverb_before_the_past_verb_is_not_flagged():
    reply = _reply(
        "At Quorvane Advisory I mainly worked on pricing projects for insurers, "
        "so I can see the new hire brings something different to your team."
    )
    assert flagged(reply) == []


def test_pasted_name_with_an_adverb_before_a_present_wish_is_flagged():
    reply = _reply(
        "At Quorvane Advisory I really hope to grow, so please keep me in mind for your team."
    )
    assert flagged(reply) == ["Quorvane Advisory"]


def test_subject_of_a_qualification_is_not_flagged():
    reply = _reply(
        "I am also starting the Level 4 Certificate in Leadership for Adult and Community "
        "Services, and would welcome any advice on it."
    )
    assert flagged(reply) == []


def test_firm_after_a_qualification_where_the_writer_hoped_to_work_is_flagged():
    reply = _reply(
        "After my Certificate in Leadership I had hoped to build my career at Corvane Care "
        "Services, so please keep me in mind for your team."
    )
    assert flagged(reply) == ["Corvane Care Services"]


def _greeted(greeting: str) -> str:
    reply = _reply("Congratulations to the new analyst; please keep me in mind for your team.")
    return reply.replace("Dear Oona,", greeting)


def test_coined_firm_name_before_a_team_in_the_greeting_is_flagged():
    assert flagged(_greeted("Dear Quintarra Talent Team,")) == ["Quintarra"]


def test_department_team_in_the_greeting_is_not_flagged():
    assert flagged(_greeted("Dear Talent Acquisition Team,")) == []


def test_employer_short_name_before_a_team_in_the_greeting_is_not_flagged():
    assert flagged(_greeted("Dear Brackenfield Talent Team,")) == []


def test_former_employer_that_decided_to_lay_people_off_is_not_flagged():
    reply = _reply("When Tessaroll decided to lay off forty people, I moved into analytics.")
    assert flagged(reply) == []
