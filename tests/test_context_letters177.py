"""Blame, downplay and demand readings from the blind sets tests/context177 to tests/context182.

Each case uses new wordings. Blame: nobody able to tell the writer what the job paid or who it
reported to, a test named with words after it "didn't really reflect" the job, "I don't see how
you could judge" someone "on" a short test, a "poor way to treat" people or a "rubbish way to
find out", a panel that "did not give enough weight to my" years or had not "fully appreciated
my" record, someone senior who "should know how" they hire, a "so-called" test, a wait they
imposed, timed, "a joke that" they can't keep staff, and their interviewer "checking his phone".
Downplay: a journey "for an interview that lasted" minutes. Demands: "I'm owed that" after the
rounds. Each comes with near wordings that must stay silent.
"""

from __future__ import annotations

import pytest
from test_context59 import _letter
from test_context_letters69 import _plain

# --- whole letters of the sets ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "rule", "part"),
    [
        ("context177/freight-forwarder-vent-no-front-matter.txt",
         "blame-employer", "nobody could tell me who"),
        ("context178/ssg-spree-berlin-membership-events-polite-blame-other-club.txt",
         "blame-employer", "didn't really reflect"),
        ("context181/marlborough-vineyard-seasonal-supervisor-rude-no-front-matter.txt",
         "blame-employer", "way to find out"),
        ("context182/caledonian-skyways-engineer-rant-no-front-matter.md",
         "downplay-effort", "interview that lasted twenty minutes"),
        ("context178/glpsl-analyst-thunderbird-argues-demands-cc-team-mailbox.eml",
         "demanding-feedback", "I'm owed that"),
    ],
)  # fmt: skip
def test_the_letters_fault_is_found(name, rule, part) -> None:
    assert any(part in text for text in _letter(name, rule))


# --- blame-employer -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "No one at reception could tell me what the job actually paid.",
        "The spreadsheet exercise on the rota system didn't really reflect what the post involves.",
        "I can't understand how anyone could assess a roofer from a written quiz.",
        "It's a disgraceful way to treat people who came in on their day off.",
        "A rubbish way to find out, after a trial shift and two interviews.",
        "I think your interviewers did not give proper weight to my decade on the night desk.",
        "I don't believe the committee fully recognised my experience running two depots.",
        "I have copied your owner as I feel she should know how the sales office recruits.",
        "Your so-called quick exercise took me a whole weekend.",
        "You left us sitting for three hours in the portakabin before anyone came out.",
        "It's a scandal that a chain your size can't retain its chefs.",
        "Most of it was your head chef checking his phone.",
    ],
)
def test_a_hedged_or_timed_charge_against_their_process_blames(paragraph) -> None:
    assert _plain(paragraph, "blame-employer") != []


@pytest.mark.parametrize(
    "paragraph",
    [
        "Nobody can say what the market will do next year, so I keep applying.",
        "The report I sent in didn't really reflect the role, as I wrote it in a hurry.",
        "I can see how you could judge a roofer on a short practical, and it was fair.",
        "Spending the bank holiday on a coach is a poor way to rest, but the visit was worth it.",
        "I did not give enough weight to my years in the warehouse when I answered.",
        "I'm not sure I really appreciated my own experience until your questions.",
        "I have sent my log so the panel can see how I handle a busy shift.",
        "I revised with the so-called STAR method, which helped.",
        "Apologies for keeping you waiting on my reply.",
        "It's a pity that you can't take on two drivers this year.",
        "It's a joke that I couldn't remember the name of my own college on the day.",
        "I kept checking my phone for the train times before the interview.",
    ],
)
def test_the_writers_own_part_or_a_near_wording_blames_no_one(paragraph) -> None:
    assert _plain(paragraph, "blame-employer") == []


# --- downplay-effort and demanding-feedback -----------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "rule"),
    [
        ("I came down from Dundee for an interview that lasted twelve minutes.", "downplay-effort"),
        ("I am surely owed that, given the three rounds.", "demanding-feedback"),
    ],
)
def test_a_journey_for_minutes_downplays_and_an_owed_account_demands(paragraph, rule) -> None:
    assert _plain(paragraph, rule) != []


@pytest.mark.parametrize(
    ("paragraph", "rule"),
    [
        ("I drove up from Bristol for an interview that lasted two hours, and loved it.",
         "downplay-effort"),
        ("I know I'm not owed anything, but any pointers would be welcome.", "demanding-feedback"),
    ],
)  # fmt: skip
def test_a_long_interview_or_a_debt_disowned_is_no_finding(paragraph, rule) -> None:
    assert _plain(paragraph, rule) == []
