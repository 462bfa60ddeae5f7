"""wrong-company: a next step or a team tagged, a sibling institute, people met, interest kept.

Cases from the blind sets tests/context117-118, each on a new example: a tag of the writer's
next chapter at a body, or of its team in Spanish or Portuguese, names that body; another
institute beside an employer that is itself an institute of its university is a sibling,
not a part; the people "of X" who interviewed the writer are X's; and a name the writer
stays interested in, asking to be considered, is the one written to.
"""

from __future__ import annotations

import contexthelp

flagged = contexthelp.replier("Corvina Marine Lab", "Nuria Salgado", "nuria@corvina.org", "Lucia")


def tagged(tags: str) -> list[str]:
    """Return the wrong-company findings of a reply signed with a line of ``tags``."""
    return flagged_reply("I enjoyed meeting the lab.", f"Lucia Romero\n{tags}")


def flagged_reply(sentence: str, writer: str) -> list[str]:
    """Return the findings of a reply to Corvina Marine Lab signed by ``writer``."""
    reply = contexthelp.company_reply(
        sentence, "Corvina Marine Lab", "Nuria Salgado", "nuria@corvina.org", writer
    )
    return contexthelp.flagged(reply)


# --- a tag of the writer's next chapter, or of a team in Spanish or Portuguese -----------------


def test_a_tag_of_the_next_chapter_or_a_team_names_another_body() -> None:
    assert tagged("#Oceans #NextChapterAtTMRC") == ["TMRC"]
    assert tagged("#Oceans #EquipoTMRC") == ["TMRC"]
    assert tagged("#Oceans #EquipeTMRC") == ["TMRC"]


def test_a_tag_of_a_topic_or_of_the_employer_is_not_flagged() -> None:
    assert tagged("#Oceans #NextChapter") == []
    assert tagged("#Oceans #NextChapterAtCorvina") == []
    assert tagged("#Oceans #EquipoCorvina") == []


# --- another institute beside an employer that is itself an institute --------------------------

institute = contexthelp.replier(
    "Pelham Institute for Urban Studies, Westmere University",
    "Ruth Okoro",
    "r.okoro@westmere.ac.uk",
    "Sam",
)


def test_a_sibling_institute_where_the_job_is_is_flagged() -> None:
    assert institute("Thank you for the interview for the analyst role at Carrick Institute.") == [
        "Carrick Institute"
    ]


def test_the_employers_own_institute_is_not_flagged() -> None:
    assert institute("Thank you for the interview for the analyst role at Pelham Institute.") == []


# --- the people "of X" who interviewed the writer --------------------------------------------


def test_the_faculty_of_another_university_met_at_interview_is_flagged() -> None:
    assert flagged("It was a privilege to interview with the faculty of Dunmore University.") == [
        "Dunmore University"
    ]
    assert flagged("I was glad to meet the staff of Halsey Aquatics last week.") == [
        "Halsey Aquatics"
    ]


def test_the_faculty_of_a_body_only_read_about_is_not_flagged() -> None:
    assert flagged("I have long read the work of the faculty of Dunmore University.") == []
    assert flagged("It was a privilege to interview with the faculty of Corvina Marine Lab.") == []


# --- a name the writer stays interested in, asking to be considered ---------------------------


def test_interest_kept_in_another_firm_with_a_wish_to_be_considered_is_flagged() -> None:
    assert flagged("I remain interested in Brannock UAV and hope to be considered again.") == [
        "Brannock UAV"
    ]


def test_interest_in_a_topic_or_without_asking_to_be_considered_is_not_flagged() -> None:
    assert flagged("I remain interested in Marine Ecology and hope to be considered again.") == []
    assert flagged("I remain interested in Brannock UAV and its drone research.") == []
