"""wrong-company: a job's word beside the name, read past what stands between them.

The gate on ``cued_firm`` takes a firm-like name for the one written to only when a word of
the job stands within three words of it. These readings keep that gate and say what does
not count as one of the three words, and what names stand beside the job however far its
word is: a rival of the employer's own shape, and a firm's own ways owned by its "'s".
Each example here is new.
"""

from __future__ import annotations

import contexthelp
import pytest
from contexthelp import company_reply, flagged
from test_context_relations56 import _letter

to_analysts = contexthelp.replier(
    "Harwell Signal Networks Ltd", "Tomás Reyes", "t.reyes@example.com", "Lin"
)


def _to(company: str, sentence: str) -> list[str]:
    """Return the wrong-company findings of ``sentence`` in a reply to ``company``."""
    return flagged(company_reply(sentence, company, "Ruth Amsel", "ruth@example.org", "Lee Park"))


# --- the rest of a name's phrase, or a second name joined on, before the job's word -----


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Thanks for the calls with the Pemberly Capital and Ostrow Data teams.",
         "Pemberly Capital"),
        ("Thank you for considering me for the Marlowe Bank Risk Graduate Programme.",
         "Marlowe Bank"),
        ("Congratulations on your new hire; I still picture how bright the Corbel Analytics "
         "office was.", "Corbel Analytics"),
    ],
)  # fmt: skip
def test_a_unit_or_scheme_ending_the_names_phrase_stands_beside_it(sentence, name) -> None:
    assert to_analysts(sentence) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "Thanks for the calls with the Leeds and York teams.",
        "Congratulations on your new hire; I still picture how bright the Leeds office was.",
        "Congratulations on the hire, and I wish the team well with the Corvane Telecom "
        "Alliance roaming deals next year.",
        "I wish the whole team well with the Corbel Analytics retrofit programme this year.",
    ],
)
def test_a_place_or_a_thing_far_from_the_job_is_still_not_flagged(sentence) -> None:
    assert to_analysts(sentence) == []


# --- a title or a mark between the job's word and the name --------------------------------


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("I'd value feedback on my interview for Analyst (Quenby Capital).", "Quenby Capital"),
        ("Please thank the rest of the panel at Ruthven Water Services for me.",
         "Ruthven Water Services"),
    ],
)  # fmt: skip
def test_a_job_word_past_a_title_a_mark_or_the_panel_is_beside_the_name(sentence, name) -> None:
    assert to_analysts(sentence) == [name]


# --- a rival of the employer's own shape ------------------------------------------------------


def test_a_rival_of_the_employers_shape_keeps_the_sentences_cue() -> None:
    sentence = "Thornley Veterinary Clinic is a lovely place to train, and I hope the new vet "
    assert _to("Larchmont Veterinary Clinic", sentence + "enjoys it.") == [
        "Thornley Veterinary Clinic"
    ]
    assert (
        _to("Larchmont Veterinary Clinic", sentence.replace("Thornley", "Larchmont") + "enjoys it.")
        == []
    )


def test_a_rival_qualifying_a_thing_is_named_in_passing() -> None:
    sentence = (
        "I'm also going to the Thornley Veterinary Clinic charity dinner, so maybe we'll meet."
    )
    assert _to("Larchmont Veterinary Clinic", sentence) == []


# --- a firm's own ways, owned by its "'s" -------------------------------------------------


def test_a_firms_approach_owned_by_its_name_is_the_firm_admired() -> None:
    sentence = "Even after the interview, I keep coming back to Marrin Logistics' approach to "
    assert to_analysts(sentence + "night deliveries.") == ["Marrin Logistics"]


def test_a_timetable_or_a_show_a_firm_runs_stays_unflagged() -> None:
    sentence = "I enjoyed hearing how your crews plan the installs around Marrin Rail's timetable."
    assert to_analysts(sentence) == []


# --- the labelled letters these readings bring back ------------------------------------------


@pytest.mark.parametrize(
    ("path", "name"),
    [
        # a job's title between the post and the name
        ("context123/muscat-outlook-dear-sir-madam-46-min-late.eml", "Hormuz Petroleum Services"),
        # a firm's approach or focus, owned by its name
        ("context46/insurance-pasted-compliment-late-tokyo.md", "Kestrel Mutual"),
        ("context65/limerick-architect-late-apple-paste.eml", "Shannonside Design"),
        # a rival of the employer's own shape
        ("context7/md-school-district-wrong-district.md", "Riverside Unified"),
    ],
)
def test_the_letters_flag_the_pasted_name_again(path, name) -> None:
    assert name in _letter(path)


# --- a firm's name on the stem of the employer's -----------------------------------------------


to_station = contexthelp.replier(
    "Castellane Broadcasting", "Ines Moreau", "ines@castellanebroadcasting.ca", "Lee"
)


def test_a_firm_on_the_employers_stem_far_from_the_job_is_meant_for_it() -> None:
    sentence = (
        "I've listened to Castelford Radio since I was a teenager, so reaching the final round "
        "for this job meant a lot."
    )
    assert to_station(sentence) == ["Castelford Radio"]


def test_one_word_on_the_employers_stem_may_be_a_place() -> None:
    sentence = "Congratulations on the hire; I hope the new show tours the whole of Castelmark."
    assert to_station(sentence) == []
