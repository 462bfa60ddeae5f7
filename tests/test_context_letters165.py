"""The letter rules on jabs, curt answers, short meetings and owned feelings they misread.

Cases from the blind sets tests/context165 to tests/context170, each with new wordings. Blame:
a hire "who had never" done the job, a test that "tells you nothing about" a person, an advert
that "said nothing about" a demand, a rival employer that "at least knows what" a thing is,
the weeks "it took you" to answer, a post "fixed for" someone's relation and a "no" given "in two
lines". Downplay: "nobody even asked about my" work, a call that "lasted ten minutes", a journey "for
a 15 minute chat" and not knowing "why you made us sit" a test. Venting: the reader "stuck with
someone", the "savings" they will be thrilled with, a copy sent "so that she knows how" they
hire, worth taken "somewhere that actually values" it, "classy way to", "very upset", "and now
nothing." and "now I don't know what to tell them"; a plain "this one hurts." is
an owned feeling. Thanks "as well" after news, "mazel tov", "if an opening comes up ... consider
me", and a writer's own move "to come back" are read too.
"""

from __future__ import annotations

import pytest
from test_context59 import _letter
from test_context_letters69 import _plain

# --- whole letters of the sets ------------------------------------------------------------------


def _set_letter(name: str, rule: str) -> list[str]:
    """Return the findings of ``rule`` in a letter of the context170 set."""
    return _letter(f"context170/{name}", rule)


def test_a_plain_hurt_in_a_letter_is_no_finding_but_the_self_pity_after_it_is() -> None:
    name = "catholic-welfare-seoul-korean-client-misspelt-name.eml"
    assert _set_letter(name, "negative-emotion") == ["'m just not what anyone is looking"]


def test_a_return_home_told_in_the_past_leaves_no_door_open() -> None:
    name = "armenian-evangelical-school-beirut-late-cross-tz-nonnative.md"
    assert _set_letter(name, "missing-door-open") != []


@pytest.mark.parametrize(
    ("name", "rule"),
    [
        ("parish-foundation-tondo-outlook-taglish-gawad-kalinga.eml", "missing-door-open"),
        ("yeshiva-flatbush-template-placeholders.md", "missing-congratulations"),
    ],
)
def test_the_letters_wish_or_ask_is_read(name, rule) -> None:
    assert _set_letter(name, rule) == []


@pytest.mark.parametrize(
    ("name", "part"),
    [
        ("anglican-diocese-ososa-sarcastic-cc-bishops-office.md", "savings"),
        ("anglican-diocese-ososa-sarcastic-cc-bishops-office.md", "recruits"),
        ("mission-hospital-iligan-rambling-late-plea.md", "what to tell them"),
    ],
)
def test_the_letters_venting_is_found(name, part) -> None:
    assert any(part in text for text in _set_letter(name, "negative-emotion"))


# --- blame-employer -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "In the end they went with somebody who has never managed a night shift.",
        "A single demo lesson tells you nothing about how someone runs a classroom.",
        "The vacancy notice said nothing about needing a heavy vehicle licence.",
        "The listing never mentioned any travel to the mines.",
        "My present employer at least understands what a load test is.",
        "Thanks for getting back to me, even if it took you four weeks.",
        "Everyone in town knows the post was fixed for the mayor's nephew.",
        "The shortlist was arranged for the chairman's niece anyway.",
        "After two site visits they said no in a two-line email.",
        "Then you just tell me no in three lines.",
    ],
)
def test_a_jab_at_their_choice_or_their_manners_is_blame(paragraph) -> None:
    assert _plain(paragraph, "blame-employer") != []


@pytest.mark.parametrize(
    "paragraph",
    [
        "I went with a colleague who had never seen the plant before.",
        "It took me three weeks to finish the safety module.",
        "They arranged for the manager's son to show me the yard.",
        "The advert said the post was part-time, which suits me.",
        "At least I know what to practise before next year.",
        "The panel at least values teamwork, which I liked.",
        "You told me no in person, which I appreciated.",
    ],
)
def test_the_writers_own_doings_and_plain_facts_are_no_blame(paragraph) -> None:
    assert _plain(paragraph, "blame-employer") == []


# --- downplay-effort ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Nobody bothered to ask about my fieldwork.",
        "Nobody even asked one follow-up question about my grant work.",
        "The video call lasted ten minutes.",
        "I made a three hour drive for a 10 minute screening call.",
        "I don't see why they even bothered with a group exercise.",
        "So I don't understand why you made twelve of us write the aptitude test.",
    ],
)
def test_a_meeting_called_short_or_pointless_downplays_it(paragraph) -> None:
    assert _plain(paragraph, "downplay-effort") != []


@pytest.mark.parametrize(
    "paragraph",
    [
        "The interview lasted two hours and I learned a lot.",
        "The written test lasted ten minutes and I finished early.",
        "Nobody asked anything about my visa, which kept things simple.",
        "The panel ran late, and nobody asked about my portfolio.",
        "The whole thing lasted twenty minutes.",
        "I don't know why you chose the other candidate, but I'd value your feedback.",
        "I don't know why you made the shift part-time, but I'd still like to hear more.",
    ],
)
def test_a_long_meeting_or_a_question_about_the_choice_downplays_nothing(paragraph) -> None:
    assert _plain(paragraph, "downplay-effort") == []


# --- negative-emotion ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "You'll be stuck with somebody who has never driven a forklift.",
        "I'm sure head office will be delighted with the savings once the complaints start.",
        "I've copied the area manager so that she knows how this store hires.",
        "I copied the owner so he can see how his branch treats people.",
        "I came over on the ferry twice for the interviews and now nothing.",
    ],
)
def test_a_jab_a_threat_or_a_strong_feeling_vents(paragraph) -> None:
    assert _plain(paragraph, "negative-emotion") != []


@pytest.mark.parametrize(
    "paragraph",
    [
        "I was stuck with the late shift last summer.",
        "I know you're stuck with a hiring freeze this year.",
        "I attached my audit notes so that you can see how I handled the stock count.",
        "I hope to join somewhere that values field research.",
        "I was very upset at first, but I understand.",
        "Honestly, this one hurts.",
        "That one stings a little.",
        "I searched the files twice, and still nothing turned up.",
    ],
)
def test_owned_feelings_and_plain_facts_do_not_vent(paragraph) -> None:
    assert _plain(paragraph, "negative-emotion") == []


# --- the thanks and wishes a reply needs --------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "rule"),
    [
        ("Mazal tov on the new hire.", "missing-congratulations"),
        ("Hatzlacha rabba to the whole team.", "missing-congratulations"),
        (
            "Thank you for letting me know, and thank you as well for the three phone interviews.",
            "missing-thanks",
        ),
        ("Thanks for letting me know, and thanks also for the two interviews.", "missing-thanks"),
    ],
)
def test_the_wish_or_thanks_is_read(paragraph, rule) -> None:
    assert _plain(paragraph, rule) == []


@pytest.mark.parametrize(
    ("paragraph", "rule"),
    [
        ("The bakery near the office is called Mazel.", "missing-congratulations"),
        ("I left Lagos to come back and look after my mother.", "missing-door-open"),
        ("If the vacancy is still unfilled, please consider me.", "missing-door-open"),
        (
            "Thanks for telling me, and thank you as well for letting me know so quickly.",
            "missing-thanks",
        ),
    ],
)
def test_a_near_wording_is_no_wish_or_ask(paragraph, rule) -> None:
    assert _plain(paragraph, rule) != []
