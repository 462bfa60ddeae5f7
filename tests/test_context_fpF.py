"""wrong-company: names that are no other employer, as the sets tests/context129-130 have them.

Six readings, each on new wordings with its flagged twin: a standard worked "towards" or held
"under" with no article ("work towards X certification"); the second of two names one
article opens before what is traded under them ("the Fairtrade and X volumes"); a body's
standard a test looks for ("your lab test for X's limits"); a school named for what it
teaches ("X School of Finance"); a firm whose round the writer turned down; and the
employer's own group, named whole ("the whole Gruppo X" to X Vita).
"""

from __future__ import annotations

import pytest
from contexthelp import replier

_growers = replier("Marlow Tea Growers Ltd", "Ruth Njeri", "ruth.njeri@marlowtea.example",
                   "Peter Kamau")  # fmt: skip
_insurer = replier("Harrow Credit Insurance plc", "James Pike", "james.pike@harrowci.example",
                   "Nadia Ali")  # fmt: skip
_reinsurer = replier("Kestrel Re AG", "Anna Vogt", "anna.vogt@kestrel-re.example", "Lukas Brandt")
_life = replier("Vallenza Vita S.p.A.", "Chiara Russo", "chiara.russo@vallenzavita.example",
                "Marco Bianchi")  # fmt: skip


# --- a standard worked towards ---------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Congratulations to your new supervisor; I am sure the estates' work towards Greenleaf "
        "Alliance certification is in good hands.",
        "I know your growers are working for Greenleaf Alliance certification this year, and I "
        "wish you luck with it.",
    ],
)
def test_a_standard_worked_towards_is_no_firm(sentence: str) -> None:
    assert _growers(sentence) == []


def test_the_body_whose_work_is_praised_is_named() -> None:
    sentence = "Congratulations to your new supervisor; I am sure the work at Greenleaf Alliance "
    assert _growers(sentence + "is in good hands.") == ["Greenleaf Alliance"]


# --- two names before what is traded under them ----------------------------------------------


def test_the_second_of_two_labels_on_traded_volumes_is_no_firm() -> None:
    sentence = "I wish the team every success with the Fairtrade and Greenleaf Alliance volumes."
    assert _growers(sentence) == []


def test_a_firm_wished_success_with_its_volumes_is_named() -> None:
    sentence = "I wish the team at Greenleaf Alliance every success with the new volumes."
    assert _growers(sentence) == ["Greenleaf Alliance"]


# --- a body's standard tested for ------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Watching your lab test for NFSA's residue limits was the highlight of the visit.",
        "Seeing your quality team check against NFSA's grading rules was the highlight of my "
        "visit.",
    ],
)
def test_a_bodys_standard_tested_for_is_no_firm(sentence: str) -> None:
    assert _growers(sentence) == []


def test_a_hiring_test_for_a_firms_roles_is_named() -> None:
    assert _growers("I enjoyed the written test for NFSA's graduate roles.") == ["NFSA"]


# --- a school named for what it teaches ------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "I am finishing my part-time master's at Ashby School of Finance & Management and "
        "would value your feedback.",
        "I am finishing my part-time master's at Technical University of Brenner and would "
        "value your feedback.",
    ],
)
def test_a_school_named_before_of_is_the_writers_own(sentence: str) -> None:
    assert _insurer(sentence) == []


def test_an_institute_of_a_field_is_still_named() -> None:
    sentence = "I would love a part-time role at Ashby Institute of Finance & Management."
    assert _insurer(sentence) == ["Ashby Institute of Finance & Management"]


# --- a round the writer turned down ----------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "I turned down a final round at Harbour Re to fly out for your interview.",
        "I even declined a second round at Harbour Re so that I could fly out for your interview.",
        "We both know I pulled out of a final round at Harbour Re for your job.",
    ],
)
def test_a_firm_whose_round_the_writer_turned_down_is_another(sentence: str) -> None:
    assert _reinsurer(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "I really enjoyed the final round at Harbour Re and meeting your team.",
        "I did a final round at Harbour Re to prove myself for this job.",
    ],
)
def test_a_round_done_at_a_rival_is_named(sentence: str) -> None:
    assert _reinsurer(sentence) == ["Harbour Re"]


# --- the employer's own group, named whole ---------------------------------------------------


def test_the_whole_group_bearing_the_employers_word_is_its_own() -> None:
    sentence = "I wish the pricing team and the whole Gruppo Vallenzo a great year."
    assert _life(sentence) == []


def test_the_whole_group_of_another_name_is_left_by_the_gate() -> None:
    sentence = "I wish the pricing team and the whole Gruppo Corvessa a great year."
    # NOTE: left by the cue-beside gate (_org_future.cued_firm): no word of the job, the hiring
    # or a wish stands beside the name, so the sentence-wide cue no longer makes it the firm
    # written to. On new blind letters that cue was wrong far more often than right.
    assert _life(sentence) == []
