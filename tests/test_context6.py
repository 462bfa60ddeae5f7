"""Context6's lessons, each on a new letter: signers side by side, venues, initials, acts."""

from __future__ import annotations

import pytest
from replylint import lint_text
from replylint.sources import signature
from test_context_names import company_letter, found

# --- who signed: sign-offs in columns, and a second "Name, Title" line -------------------

_COLUMNS = """Sehr geehrte Frau Yilmaz,

leider haben wir uns für eine andere Bewerberin entschieden.

Viele Grüße

Prof. Dr. Ute Lehmann          Jonas Brandt
Leiterin Forschung             Personalreferent
"""


def test_two_signers_side_by_side_are_both_signers() -> None:
    names = [p.name for p in signature.signature_context(_COLUMNS).signers]
    assert names == ["Prof. Dr. Ute Lehmann", "Jonas Brandt"]


def test_a_greeting_to_the_left_column_signer_is_no_wrong_recipient() -> None:
    reply = (
        "From: Ayse Yilmaz <ayse@example.org>\nTo: Jonas Brandt <jonas.brandt@feldkamp.de>\n"
        "Subject: AW: Bewerbung\nDate: Tue, 3 Mar 2026 10:00:00 +0100\n\n"
        "Sehr geehrte Frau Prof. Lehmann, sehr geehrter Herr Brandt,\n\n"
        "vielen Dank für das Gespräch.\n\nMit freundlichen Grüßen\nAyse Yilmaz\n\n"
        "Von: Brandt, Jonas\nGesendet: Montag, 2. März 2026 09:30\nAn: Yilmaz, Ayse\n"
        "Betreff: Bewerbung\n\n" + _COLUMNS
    )
    assert found(reply, "wrong-recipient", path="reply.eml") == []


def test_a_second_name_and_title_line_is_a_second_signer() -> None:
    body = ("Dear Femi,\n\nWe have chosen another candidate.\n\nKind regards,\n"
            "Grace Obi, Talent Partner\nDavid Mensah, Site Foreman\nKanto Builders Ltd\n")  # fmt: skip
    context = signature.signature_context(body)
    assert [p.name for p in context.signers] == ["Grace Obi", "David Mensah"]
    assert context.company == "Kanto Builders Ltd"


# --- wrong-company ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for the interview at Kelvinside last week.",
        "I enjoyed the open day at Harbourgate and the tour of the yard.",
    ],
)
def test_the_place_an_interview_or_visit_was_held_is_a_venue(sentence: str) -> None:
    assert found(company_letter("Dunmore Foods", sentence), "wrong-company") == []


def test_an_organisation_hosting_the_interview_is_still_flagged() -> None:
    sentence = "Thank you for the interview at Brackley Analytics last week."
    assert found(company_letter("Dunmore Foods", sentence), "wrong-company") == [
        "Brackley Analytics"
    ]


def test_initials_may_keep_the_group_word() -> None:
    sentence = "I would still love to join NHG one day."
    assert found(company_letter("Northwind Health Group", sentence), "wrong-company") == []


def test_sharing_only_a_generic_first_word_is_another_company() -> None:
    sentence = "I would still love to join Grupo Lumbre one day."
    assert found(company_letter("Grupo Serrano S.A.", sentence), "wrong-company") == [
        "Grupo Lumbre"
    ]


def test_another_company_in_a_spanish_sentence_about_the_job() -> None:
    sentence = "Me encantaría formar parte del equipo de Lácteos Serranía S.A. algún día."
    assert found(company_letter("Grupo Serrano S.A.", sentence), "wrong-company") == [
        "Lácteos Serranía S.A."
    ]


def test_a_place_named_before_team_does_not_make_the_next_name_the_employers() -> None:
    sentence = "I would still love to be part of the Hamburg team at Dachser one day."
    assert found(company_letter("Keller Freight", sentence), "wrong-company") == ["Dachser"]


# --- acts: one offence, one rule ----------------------------------------------------------


def test_a_sentence_that_is_only_the_blame_is_not_also_venting() -> None:
    letter = "Hi Tom,\n\nWell, your loss then.\n\nKyle\n"
    rules = [f.rule for f in lint_text(letter, select=("blame-employer", "negative-emotion"),
                                       model="blank")]  # fmt: skip
    assert rules == ["blame-employer"]


def test_a_sentence_that_blames_and_vents_in_its_own_words_gets_both() -> None:
    letter = "Hi Tom,\n\nIt is your loss, and honestly I am absolutely furious about it.\n\nKyle\n"
    rules = [f.rule for f in lint_text(letter, select=("blame-employer", "negative-emotion"),
                                       model="blank")]  # fmt: skip
    assert sorted(rules) == ["blame-employer", "negative-emotion"]
