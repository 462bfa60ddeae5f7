"""wrong-company and wrong-recipient: own work, a show, a town, an Italian title.

Cases from the blind sets tests/context106 and 107, each with new wordings: "At X most of
my work has been on ..." tells the writer's own job at X; "I wish the academy every
success at X" wishes the employer (named by a word of its own name) well at a show; "the
campus in X" names the town the campus stands in; and "Arch." (architetto) before a
surname is a title, so "Dear Arch. Bianchi and the team at Y," greets the signer rightly
(Y stays wrong-company's). A pasted name beside each stays flagged.
"""

from __future__ import annotations

import pytest
from contexthelp import found, replier
from test_context_relations56 import _HERE, _letter

_lab = replier("Harrowgate Botanicals Ltd", "Priya Nair", "p.nair@harrowgate.example", "Tom Reed")
_school = replier("Northgate School of Hair and Beauty", "Ruth Amadi",
                  "r.amadi@northgate.example", "Tom Reed")  # fmt: skip
_uni = replier("Instituto Tecnologico de Valle Alto", "Ana Ruiz", "a.ruiz@itva.example",
               "Tom Reed")  # fmt: skip


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("context106/cosmetic-chemist-rambling-too-long-thanks-wrong-brand.eml", "Lindqvist Labs"),
        ("context106/makeup-school-tutor-principal-honorific-just-inside-24h.md", "IMATS London"),
        ("context107/lecturer-dean-castillo-wish-names-other-university.md", "Mar del Plata"),
    ],
)
def test_the_letters_no_longer_flag_the_name(path, name) -> None:
    assert name not in _letter(path)


def test_the_letters_keep_their_pasted_names() -> None:
    chemist = _letter("context106/cosmetic-chemist-rambling-too-long-thanks-wrong-brand.eml")
    assert chemist == ["Marrow & Moss"]
    dean = _letter("context107/lecturer-dean-castillo-wish-names-other-university.md")
    assert dean == ["Universidad del Litoral Sur"]


@pytest.mark.parametrize(
    "sentence",
    [
        "At Fernhill Labs most of my work has been on stability testing.",
        "At Quillon Analytics my role was mostly quality control.",
        "At Brookvale Foods the bulk of my work has involved shelf-life trials.",
    ],
)
def test_own_work_told_after_at_is_the_writers_own(sentence) -> None:
    assert _lab(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "At Fernhill Labs my role would be to lead the stability work.",
        "At Fernhill Labs my interview was a real highlight of the year.",
        "At Fernhill Labs my time was very well spent, thank you.",
    ],
)
def test_a_job_pictured_or_a_visit_after_at_stays_flagged(sentence) -> None:
    assert _lab(sentence) == ["Fernhill Labs"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I wish the school every success at Salon International this autumn.",
        "Wishing the whole school the best of luck at Professional Beauty Manchester.",
    ],
)
def test_the_employer_wished_success_at_a_show(sentence) -> None:
    assert _school(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "I wish the team every success at Marrow & Moss.",
        "I wish you every success at Marrow & Moss.",
        "I wish the salon every success at Marrow & Moss.",
    ],
)
def test_success_wished_at_a_pasted_firm_stays_flagged(sentence) -> None:
    assert _school(sentence) == ["Marrow & Moss"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for the tour of the campus in Valle Alto.",
        "Thank you for your time during my visit to the campus in Valle Alto.",
        "I enjoyed my visit to your offices in San Isidro Norte.",
    ],
)
def test_a_place_of_work_in_a_town(sentence) -> None:
    assert _uni(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Thank you for the tour of the campus in Valle Alto, and I wish Universidad del "
         "Litoral Sur every success.", "Universidad del Litoral Sur"),
        ("Thank you for showing me your offices in Globex Holdings Ltd.", "Globex Holdings Ltd."),
    ],
)  # fmt: skip
def test_a_firm_after_a_place_of_work_stays_flagged(sentence, name) -> None:
    assert _uni(sentence) == [name]


def _greeted(greeting: str) -> tuple[list[str], list[str]]:
    """Return the wrong-recipient and wrong-company findings of a reply greeting so."""
    reply = (
        "---\nto: [Giulia Romano <g.romano@studioconti.example>]\nrejection:\n"
        "  from: [Arch. Giulia Romano <g.romano@studioconti.example>]\n"
        "  company: Studio Conti Architetti\n---\n"
        f"{greeting}\n\nThank you for the interview and for your time.\n\n"
        "Kind regards,\nLuca Ferri\n"
    )
    return found(reply, "wrong-recipient", "reply.md"), found(reply, "wrong-company", "reply.md")


def test_the_greeting_letter_flags_the_studio_only() -> None:
    path = "context107/junior-architect-greeting-names-other-studio.eml"
    assert _letter(path) == ["Studio Ricci Architetti"]
    text = (_HERE / path).read_text(encoding="utf-8")
    assert found(text, "wrong-recipient", "x.eml") == []


@pytest.mark.parametrize("greeting", ["Dear Arch. Romano,", "Gentile Avv. Romano,"])
def test_an_italian_title_before_the_signer(greeting) -> None:
    assert _greeted(greeting) == ([], [])


def test_the_signer_greeted_beside_another_studios_team() -> None:
    greeting = "Dear Arch. Romano and the team at Studio Galli Associati,"
    assert _greeted(greeting) == ([], ["Studio Galli Associati"])


def test_another_person_with_the_title_stays_flagged() -> None:
    recipient, _ = _greeted("Dear Arch. Moretti,")
    assert recipient == ["Dear Arch. Moretti,"]
