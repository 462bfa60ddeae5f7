"""wrong-company: names that are no other employer, from the blind sets tests/context123-124.

Each on a new example: an event's name broken by a soft (format=flowed) line break; a coined
name on the stem of the employer's trade word ("beauty"); the buyers of a department store;
a signature under a sign-off the parts do not know, its writer's name with particles.
"""

from __future__ import annotations

import contexthelp
from replylint.custom._org_likeness import kindred
from replylint.custom._org_names import find_candidates
from replylint.custom.wrong_company import _signature_lines, line_of
from replylint.engine import Input, Options, linter


def flagged(sentence: str, company: str) -> list[str]:
    """Return the wrong-company findings of a reply to ``company`` holding ``sentence``."""
    return contexthelp.flagged(
        contexthelp.company_reply(sentence, company, "Ana Ruiz", "ana.ruiz@example.com", "Pat")
    )


# --- a soft line break inside a name ----------------------------------------------------------


def test_a_name_over_a_soft_line_break_is_read_whole() -> None:
    # NOTE: the line ends in a space before its break, as format=flowed writes it
    sentence = "I'll be at the Northern Energy \nSummit in June if you're going."
    assert flagged(sentence, "Prairie Ridge Oil Ltd.") == []


def test_a_firm_over_a_soft_line_break_is_still_flagged() -> None:
    sentence = "I would be glad to hear of openings at Northern Energy \nin the future."
    assert flagged(sentence, "Prairie Ridge Oil Ltd.") == ["Northern Energy"]


# --- a coined name on the employer's trade word -----------------------------------------------


def test_a_name_on_the_stem_of_the_trade_word_is_no_kin() -> None:
    assert not kindred("Beautyfest", "Seoha Beauty Inc.")
    sentence = (
        "Congratulations on the new hire, and I hope the Lumi pop-up at Beautyfest goes well."
    )
    assert flagged(sentence, "Seoha Beauty Inc.") == []


def test_a_name_on_the_stem_of_the_employers_own_word_is_kin_but_left_by_the_gate() -> None:
    assert kindred("Seohara", "Seoha Beauty Inc.")
    sentence = "Congratulations on the new hire, and I hope the Lumi pop-up at Seohara goes well."
    # NOTE: left by the cue-beside gate (_org_future.cued_firm): no word of the job, the hiring
    # or a wish stands beside the name, so the sentence-wide cue no longer makes it the firm
    # written to. On new blind letters that cue was wrong far more often than right.
    assert flagged(sentence, "Seoha Beauty Inc.") == []


# --- a department store -----------------------------------------------------------------------


def test_the_buyers_of_a_department_store_are_clients() -> None:
    sentence = "I wish you a good season with the department store buyers at Tamaya and Hoshizora."
    assert flagged(sentence, "Kinokuni Trading Co., Ltd.") == []


def test_a_department_at_a_name_is_still_flagged() -> None:
    sentence = "I wish you a good season with the department heads at Tamaya and Hoshizora."
    assert flagged(sentence, "Kinokuni Trading Co., Ltd.") == ["Tamaya"]


# --- a signature under a sign-off the parts do not know ---------------------------------------

_DUTCH = (
    "---\nto: [Ana Ruiz <ana.ruiz@example.com>]\nrejection:\n"
    "  from: [Ana Ruiz <ana.ruiz@example.com>]\n  company: Verdemar Agua S.A.\n---\n"
    "Dear Ana,\n\nThank you for the interviews. {sentence}\n\n"
    "Met vriendelijke groet,\nJoris van den Heuvel\nProcess Engineer, Klaverblad Procestechniek B.V.\n"
    "MSc Chemical Engineering, TU Eindhoven\n"
)


def test_a_signature_with_a_surnames_particles_is_the_writers_own() -> None:
    assert contexthelp.flagged(_DUTCH.format(sentence="I enjoyed the site visit.")) == []


def test_a_firm_in_the_body_above_it_is_still_flagged() -> None:
    reply = _DUTCH.format(sentence="I hope to join Bluewave Water one day.")
    assert contexthelp.flagged(reply) == ["Bluewave Water"]


def test_a_name_in_a_signature_stops_at_its_line() -> None:
    built = linter(Options(model="blank"))
    reply = _DUTCH.format(sentence="I enjoyed the site visit.")
    _, parsed = built.parse([Input("reply.md", reply, ".md")])
    _, letter = next(parsed)
    lines = _signature_lines(letter)
    names = [line_of(letter, c, lines).text for c in find_candidates(letter.doc)]
    assert "Klaverblad Procestechniek B.V." in names
