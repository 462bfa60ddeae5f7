"""The letter rules on curt notes, jabs at pay, hedged charges and asides they misread.

Cases from the blind sets tests/context171 to tests/context176, each with new wordings. Blame:
the maker of a test who "has never done" the work, the job "given to someone with less" than the
writer, a curt note "at the end of it" or "in return", "and I got" one, "everyone knows that's
how" they hire, a panel member who "only turned up at the end", and "how you can run" a business
"with a process like that". Downplay: "I don't think anyone even looked at my CV", a panel that
"couldn't be bothered to look up from their laptops", a short call so "I know it was hard to get
a full picture of me". Venting: a hire congratulated on a low grade of pay, and being out of work
with a family to keep. Demands: "you should be transparent about this". Pleas: surprise "because I
fit the profile", and a guess that the papers went unseen with the offer to resend them in the
next sentence. Asides that ask or argue nothing: the writer's own "proper answer", what "I should
learn", a "tea room", a bare "I hope to hear from you soon", no "point in asking for feedback",
and a gap owned "so any guidance would help".
"""

from __future__ import annotations

import pytest
from test_context59 import _letter
from test_context_letters69 import _plain

# --- whole letters of the sets ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "rule", "part"),
    [
        ("context173/naivasha-basin-partnership-gis-sarcastic-late-whom-it-may-concern.eml",
         "blame-employer", "at the end of it"),
        ("context174/no-front-matter-carton-designer-venting-rambling.txt",
         "blame-employer", "I got a two-line email"),
        ("context173/greenlaw-ecological-graduate-rude-venting-cc-md-late.eml",
         "blame-employer", "has clearly never done"),
        ("context172/bounceveld-trampoline-guest-services-angry-blame.txt",
         "blame-employer", "pitched up at"),
        ("context176/gyeongju-records-center-greets-co-interviewer-short-interview.eml",
         "downplay-effort", "full picture of my"),
        ("context171/koala-cubs-perth-outlook-shaz-sarcastic-cc-2ic.eml",
         "negative-emotion", "Cert III wage"),
        ("context172/iskra-science-centre-exhibit-engineer-demands-explanation-late.eml",
         "demanding-feedback", "transparent about"),
    ],
)  # fmt: skip
def test_the_letters_fault_is_found(name, rule, part) -> None:
    assert any(part in text for text in _letter(name, rule))


@pytest.mark.parametrize(
    ("name", "rule"),
    [
        ("context173/sebangau-peatland-foundation-italian-rambling-late-other-trust.eml",
         "demanding-feedback"),
        ("context175/najd-elevators-lift-tech-filipino-late-dear-sir-madam.eml",
         "demanding-feedback"),
        ("context172/vaal-thunder-ride-technician-cc-interview-panel-rival-park.txt",
         "reconsider-plea"),
    ],
)  # fmt: skip
def test_the_letters_aside_is_no_finding(name, rule) -> None:
    assert _letter(name, rule) == []


@pytest.mark.parametrize(
    ("name", "rule"),
    [
        ("context176/fellbrook-abbey-visitor-assistant-dear-rebecca-late.md", "missing-door-open"),
        ("context176/no-front-matter-archive-cataloguer-venting.txt", "missing-feedback-request"),
        (
            "context171/koala-cubs-perth-outlook-shaz-sarcastic-cc-2ic.eml",
            "missing-congratulations",
        ),
    ],
)
def test_the_letter_lacks_what_only_seemed_to_be_there(name, rule) -> None:
    assert _letter(name, rule) != []


def test_a_guess_and_a_resend_offer_are_one_plea_not_a_downplay() -> None:
    name = "context171/girassol-curitiba-outlookweb-pt-vagas-mailbox-resend-certificate.eml"
    assert _letter(name, "downplay-effort") == []
    assert any("Would it make a difference" in text for text in _letter(name, "reconsider-plea"))


# --- blame-employer -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Whoever picked the questions has never stood behind a bar.",
        "In the end they handed the role to somebody with fewer years on site than me.",
        "Two site visits, an unpaid trial day, and a three-line email at the end of it.",
        "I rewrote my whole portfolio for it, and I got a one-line rejection.",
        "Four interviews and a written test, and a form email in return.",
        "Everybody on the coast knows that's how the marina hires.",
        "The director who was due to interview me only turned up at the very end.",
        "I can't understand how anyone could run a clinic with a process like this.",
    ],
)
def test_a_curt_note_a_late_panel_or_a_jab_at_their_hiring_blames(paragraph) -> None:
    assert _plain(paragraph, "blame-employer") != []


@pytest.mark.parametrize(
    "paragraph",
    [
        "Whoever planned the open day has never let a detail slip.",
        "I sent my references and a one-line note to your assistant.",
        "I asked where to park and got a one-line reply with the postcode.",
        "My supervisor only turned up at nine, so I set off late for the interview.",
        "I only turned up at the end of the open day because of the roadworks.",
        "I admire how you run the kitchen with a small team like that.",
    ],
)
def test_praise_the_writers_own_notes_and_their_own_lateness_blame_no_one(paragraph) -> None:
    assert _plain(paragraph, "blame-employer") == []


# --- downplay-effort ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "I don't believe anybody actually opened my portfolio.",
        "The supervisor didn't even look up from her tablet once.",
    ],
)
def test_a_hedged_charge_or_eyes_kept_on_a_screen_downplay(paragraph) -> None:
    assert _plain(paragraph, "downplay-effort") != []


def test_a_call_too_short_for_a_full_picture_of_the_writer_downplays() -> None:
    paragraph = (
        "It was only a short video call, so I imagine it was difficult to build a full picture "
        "of my work."
    )
    assert any("full picture of my" in text for text in _plain(paragraph, "downplay-effort"))


@pytest.mark.parametrize(
    "paragraph",
    [
        "I don't believe anybody has read my CV more carefully than your panel did.",
        "I didn't even look up from my notes, I was so nervous.",
        "The tour was only an hour, so I know it was hard to get a full picture of the whole site.",
        "Perhaps the panel didn't see my certificate, as it arrived late. Would it help if I "
        "sent it again?",
    ],
)
def test_praise_the_writers_own_nerves_and_a_resend_offer_downplay_nothing(paragraph) -> None:
    assert _plain(paragraph, "downplay-effort") == []


# --- negative-emotion ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Congrats on finding someone who'll do split shifts and weekend closes on an apprentice "
        "wage.",
        "Good luck to the new starter; I'm sure they'll love the night shifts on a junior wage.",
        "I've been unemployed since the factory closed and my children depend on me.",
        "I have been out of work for six months and we have a baby on the way.",
    ],
)
def test_a_jab_at_the_pay_or_a_hardship_put_on_the_reader_vents(paragraph) -> None:
    assert _plain(paragraph, "negative-emotion") != []


@pytest.mark.parametrize(
    "paragraph",
    [
        "Congratulations to the new hire; I hope the junior pay scale review goes well.",
        "I was out of work for a year and spent it volunteering at a school.",
    ],
)
def test_a_pay_scheme_or_a_gap_year_told_plainly_does_not_vent(paragraph) -> None:
    assert _plain(paragraph, "negative-emotion") == []


# --- the asks and wishes a reply needs ----------------------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "As a charity funded by public money, you must be transparent about this.",
        "I want to know what the panel said about me.",
    ],
)
def test_a_duty_to_explain_or_a_bare_want_to_know_demands(paragraph) -> None:
    assert _plain(paragraph, "demanding-feedback") != []


@pytest.mark.parametrize(
    "paragraph",
    [
        "I know you must be transparent with your trustees, so no hard feelings.",
        "Could you tell me where I fell short? I have eight years on tower cranes in three "
        "different countries and I want to know which certificate is missing.",
        "I have just finished a first aid course and I want to know what else I could learn.",
        "Apologies for the delay; I wanted to give you a considered answer.",
    ],
)
def test_the_writers_own_reply_or_next_step_demands_nothing(paragraph) -> None:
    assert _plain(paragraph, "demanding-feedback") == []


@pytest.mark.parametrize(
    ("paragraph", "rule"),
    [
        ("Congrats on finding someone who'll cover every bank holiday on a trainee wage.",
         "missing-congratulations"),
        ("Congratulations on hiring somebody desperate enough to take it.",
         "missing-congratulations"),
        ("We chatted in the coffee room after the tour.", "missing-door-open"),
        ("I hope to hear from you soon.", "missing-door-open"),
        ("I don't really see the point of asking for feedback at this stage.",
         "missing-feedback-request"),
    ],
)  # fmt: skip
def test_a_jab_a_place_or_a_refusal_is_no_wish_or_ask(paragraph, rule) -> None:
    assert _plain(paragraph, rule) != []


@pytest.mark.parametrize(
    ("paragraph", "rule"),
    [
        ("Congratulations on the new hire; I know you were desperate for an extra pair of hands.",
         "missing-congratulations"),
        ("Could we meet for a coffee when I'm next in Leeds?", "missing-door-open"),
        ("I know the point of asking for feedback is to get better, so would you share some?",
         "missing-feedback-request"),
    ],
)  # fmt: skip
def test_a_near_wording_still_wishes_or_asks(paragraph, rule) -> None:
    assert _plain(paragraph, rule) == []


# --- reconsider-plea ----------------------------------------------------------------------------


def test_surprise_argued_by_the_writers_fit_pleads() -> None:
    paragraph = "I was confused by the decision, as I feel my CV ticks every box in the advert."
    assert _plain(paragraph, "reconsider-plea") != []


def test_the_guess_before_a_resend_offer_is_part_of_the_plea() -> None:
    paragraph = (
        "Maybe the panel never received my driving record, since it was posted late. Would it "
        "make any difference if I emailed a copy?"
    )
    assert any("driving record" in text for text in _plain(paragraph, "reconsider-plea"))


def test_a_gap_owned_as_the_ground_for_advice_pleads_nothing() -> None:
    paragraph = (
        "I have five years in retail and a forklift ticket, but little warehouse experience, "
        "so any advice would help."
    )
    assert _plain(paragraph, "reconsider-plea") == []
