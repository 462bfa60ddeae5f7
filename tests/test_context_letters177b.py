"""Venting, pleas and the wishes and doors they cancel, from the blind sets context177 to 182.

Each reading is tried on new wordings. Venting: a hire congratulated on costing what a beginner
costs, the writer's worth taken "to a house that values it", a trade kept up "just not" with
them, savings run out and a family kept on one pay. Pleas: disagreement with the decision said
outright, a test asked to be done over, and surprise explained by the writer's fit. Not pleas:
"none of that changes the decision", a background sent "so that you may keep it on record" and
the closing "Once again thanking you". Not a wish: luck after a shrug of "whatever". Not a door:
an ask after "if your first choice falls through".
"""

from __future__ import annotations

import pytest
from test_context59 import _letter
from test_context_letters69 import _plain

# --- whole letters of the sets ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "rule", "part"),
    [
        ("context178/vertical-union-route-setter-gmail-late-sarcastic-congrats.eml",
         "negative-emotion", "price of an intern"),
        ("context181/delaunay-rochet-champagne-harvest-supervisor-sarcastic-late.md",
         "negative-emotion", "house that values"),
        ("context181/kingsford-ridge-wines-sales-rep-late-venting.txt",
         "negative-emotion", "just not yours"),
        ("context180/lingue-adriatiche-trieste-apple-qp-late-pleading.eml",
         "negative-emotion", "savings are almost finished"),
        ("context177/khalifa-port-falcon-tide-no-reply-plea.eml",
         "negative-emotion", "supporting my family"),
        ("context178/glpsl-analyst-thunderbird-argues-demands-cc-team-mailbox.eml",
         "reconsider-plea", "agree with the outcome"),
        ("context180/cabine-bleue-strasbourg-thunderbird-de-late-reconsider.eml",
         "reconsider-plea", "repeat the consecutive test"),
        ("context181/lcbn-dairy-food-safety-wrong-name-asks-reconsider.eml",
         "reconsider-plea", "experience fits"),
    ],
)  # fmt: skip
def test_the_letters_fault_is_found(name, rule, part) -> None:
    assert any(part in text for text in _letter(name, rule))


@pytest.mark.parametrize(
    "name",
    [
        "context178/coromandel-cricket-curator-outlook-long-late-wrong-club.eml",
        "context178/southern-alps-fitness-instructor-rambling-too-long-leftover-studio.md",
    ],
)
def test_the_letters_courtesies_are_no_plea(name) -> None:
    assert _letter(name, "reconsider-plea") == []


@pytest.mark.parametrize(
    ("name", "rule"),
    [
        ("context178/gym-membership-sales-no-front-matter-raw-vent.md", "missing-congratulations"),
        ("context181/boyne-valley-mushrooms-farm-manager-late-argues-decision.eml",
         "missing-door-open"),
    ],
)  # fmt: skip
def test_the_letter_lacks_what_only_seemed_to_be_there(name, rule) -> None:
    assert _letter(name, rule) != []


# --- negative-emotion ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Congratulations on hiring someone who will run the kitchen for the price of a trainee.",
        "I'm sure they'll coach all three squads at the cost of a student.",
        "I'll take my ten years to a studio that actually values them.",
        "I will take my skills to an agency that respects them.",
        "I'll keep teaching piano, just not for you.",
        "My savings have nearly run out, so this was hard to read.",
        "I am the only one who supports my parents and my two brothers.",
        "I'm the sole breadwinner at home, so this hurts.",
    ],
)
def test_a_price_jab_a_parting_shot_or_a_hardship_vents(paragraph) -> None:
    assert _plain(paragraph, "negative-emotion") != []


@pytest.mark.parametrize(
    "paragraph",
    [
        "Congratulations on the new van, which you got for the price of a second-hand one.",
        "I hope to work for a firm that values mentoring.",
        "I'll take my notes from the day to the next interview.",
        "It was a lovely place to work, just not for me.",
        "I'd love to meet for coffee again, just not this month.",
        "I put most of my savings into the diploma course.",
        "I was the only one supporting the project after the merger.",
    ],
)
def test_a_bargain_a_plan_a_fit_owned_or_a_plain_fact_does_not_vent(paragraph) -> None:
    assert _plain(paragraph, "negative-emotion") == []


# --- reconsider-plea ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "I'm afraid I can't say I agree with your choice.",
        "I won't pretend that I agree with the decision.",
        "Would there be any chance to redo the written exercise?",
        "Could I resit the practical part next Tuesday?",
        "Would it be possible to repeat the interview in the next days?",
        "I have to say I was surprised, since I feel my CV meets every point of the advert.",
    ],
)
def test_disagreement_a_retest_or_surprise_at_a_fit_argues(paragraph) -> None:
    assert _plain(paragraph, "reconsider-plea") != []


@pytest.mark.parametrize(
    "paragraph",
    [
        "I fully agree with the decision and wish them well.",
        "I will retake the exam next year.",
        "I was surprised, because I had applied late.",
        "I was surprised because I didn't think I fit the brief.",
        "Honestly, none of that changes the decision, and I wish the team well.",
        "I attach my CV again so that you can keep it on file.",
        "Once again thanking you for your time and kind words.",
    ],
)
def test_agreement_a_plan_or_a_courtesy_argues_nothing(paragraph) -> None:
    assert _plain(paragraph, "reconsider-plea") == []


# --- the wishes and doors a reply needs ---------------------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Whatever, best of luck with the new guy.",
        "Whatever. Good luck with it.",
    ],
)
def test_luck_after_a_shrug_is_no_wish(paragraph) -> None:
    assert _plain(paragraph, "missing-congratulations") != []


def test_luck_whatever_happens_is_a_wish() -> None:
    assert _plain("Whatever happens, good luck with the launch.", "missing-congratulations") == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "If your chosen candidate falls through, I hope you'll come back to me first.",
        "If the person you picked falls through, do come back to me before you re-advertise.",
    ],
)
def test_an_ask_after_a_failed_first_choice_leaves_no_door(paragraph) -> None:
    assert _plain(paragraph, "missing-door-open") != []


def test_an_ask_for_other_roles_beside_it_keeps_the_door() -> None:
    paragraph = (
        "If your first choice falls through, no worries; please keep me in mind for other roles."
    )
    assert _plain(paragraph, "missing-door-open") == []
