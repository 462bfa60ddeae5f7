"""The letter rules on wishes, thanks, asks and open doors they did not see, and later chances.

Cases from the blind sets tests/context73 to tests/context76, each with new wordings: "I wish
Tunde Ige Legal well", "a terrific summer program", "I pray for the further development of
your office" and "Sucesso para vocês!" wish them well;
"Obrigada for the opportunity" and "..., and for the two very generous interviews" thank;
"whether the decision turned on my lack of a second language" asks for feedback; "consider me
for part-time teaching loads next semester" leaves the door open; and "consider me again if
there is another iOS position", "If there is another chance, please let me apply again" and "in
two or three years I am a better match" plead nothing. The regrets, bargains and pleas nearby
stay as they were.
"""

from __future__ import annotations

import pytest
from test_context59 import _body, _letter
from test_context_letters69 import _plain

_LETTERS = [
    ("context73/lagos-trainee-multi-problem-late-jobs-cc.eml", "missing-congratulations"),
    ("context73/us-biglaw-summer-associate-pasted-wish.md", "missing-congratulations"),
    ("context76/fintech-recife-paguei-thanks.eml", "missing-congratulations"),
    ("context75/jp-university-office-wrong-surname-japanese-client.eml", "missing-congratulations"),
    ("context76/fintech-recife-paguei-thanks.eml", "missing-thanks"),
    ("context73/singapore-to-newyork-late-by-timezone.eml", "missing-thanks"),
    ("context73/notary-london-misspelt-surname.eml", "missing-feedback-request"),
    ("context75/ph-college-greets-dean-not-hr-signer.md", "missing-door-open"),
    ("context74/wind-norway-wish-pasted.md", "reconsider-plea"),
    ("context75/jp-university-office-wrong-surname-japanese-client.eml", "reconsider-plea"),
    ("context76/ios-dev-hanoi-to-whom-it-may-concern.eml", "reconsider-plea"),
]


@pytest.mark.parametrize(("path", "rule"), _LETTERS)
def test_the_letters_are_clean_of_the_rule(path, rule) -> None:
    assert _letter(path, rule) == []


# --- missing-congratulations: a wish with a name between, or in the writer's language ----------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Anyway, I wish Harbour Row Legal well with the new intake.",
        "I wish everyone in the compliance team a terrific quarter.",
        "Mucho éxito con la nueva planta.",
        "I pray for the further development of your laboratory.",
    ],
)
def test_a_wish_they_did_not_list_wishes_them_well(paragraph) -> None:
    assert _plain(paragraph, "missing-congratulations") == []


@pytest.mark.parametrize(
    "paragraph",
    ["I wish the interview had gone well.", "I wish you had told me before the second round."],
)
def test_a_regret_wishes_nothing(paragraph) -> None:
    assert _plain(paragraph, "missing-congratulations")


# --- missing-thanks: thanks in the writer's language, a second reason with praise -------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Merci beaucoup for your time last Thursday.",
        "Thanks for the news, and for the three very long interviews.",
    ],
)
def test_thanks_they_did_not_list_thank(paragraph) -> None:
    assert _plain(paragraph, "missing-thanks") == []


@pytest.mark.parametrize(
    "paragraph", ["Obrigado for letting me know.", "Gracias for the update on the role."]
)
def test_thanks_for_the_news_in_any_language_thank_nothing(paragraph) -> None:
    assert _plain(paragraph, "missing-thanks")


# --- missing-feedback-request: what the decision turned on -------------------------------------


def test_asking_what_the_decision_turned_on_asks() -> None:
    paragraph = "I'd be grateful to learn whether the outcome hinged on my written test."
    assert _plain(paragraph, "missing-feedback-request") == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "I'd take a lower salary if that's what it comes down to.",
        "The decision turned on experience, as you said.",
    ],
)
def test_naming_what_it_came_down_to_asks_nothing(paragraph) -> None:
    assert _plain(paragraph, "missing-feedback-request")


# --- missing-door-open: a later term named after a hyphen --------------------------------------


def test_consider_me_next_semester_leaves_the_door_open() -> None:
    paragraph = "Please remember me for cover work, full-time or part-time, next school year."
    assert _plain(paragraph, "missing-door-open") == []


def test_a_plan_for_next_year_leaves_no_door_open() -> None:
    paragraph = "Thank you for considering me for the post; I start my degree next year."
    assert _plain(paragraph, "missing-door-open")


# --- reconsider-plea: a later chance, another opening, growth in some years --------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "I also hope Northwind will consider me again if there is another Android position.",
        "If there is another opening later, please consider me again.",
        "In a year I will be the stronger candidate, once my ticket is done.",
    ],
)
def test_a_later_chance_pleads_nothing(paragraph) -> None:
    assert _body(paragraph, "reconsider-plea") == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "If there is any chance, please look at my file again.",
        "I am the better candidate, with two years of ward experience.",
        "Please give this another chance before the other candidate's role is confirmed.",
    ],
)
def test_this_chance_still_pleads(paragraph) -> None:
    assert _body(paragraph, "reconsider-plea")
