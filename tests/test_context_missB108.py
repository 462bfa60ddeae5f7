"""wrong-company: pasted names that context109 and context110 showed.

Cases from the blind sets, each with new wordings: "a hopeful future X colleague" in a
sign-off (a word of the writer's mood before "future"); a Malay or Indonesian university
("Universiti ...", "Universitas ...") in a reply to another; a Spanish body sharing the
employer's region word but with a field of its own ("Instituto Andino de Estudios
Sociales" to Centro Andino de Políticas Públicas); and thanks to another body's panel
("the Centre for X panel"). The employer's own names, its units, its stores and thanks
given as a cause stay unflagged.
"""

from __future__ import annotations

import pytest
from contexthelp import company_reply, flagged
from test_context_relations56 import _letter


def _reply(sentence: str, company: str) -> list[str]:
    """Return the findings of ``sentence`` in the body of a reply to ``company``."""
    return flagged(company_reply(sentence, company, "Amara Eze", "a.eze@example.org",
                                 "Lena Park"))  # fmt: skip


def _signed_off(line: str, company: str) -> list[str]:
    """Return the findings of a reply to ``company`` whose sign-off line is ``line``."""
    return flagged(
        "---\nto: [Dr Amara Eze <a.eze@example.org>]\n"
        "rejection:\n  from: [Dr Amara Eze <a.eze@example.org>]\n"
        f"  company: {company}\n---\nDear Dr Eze,\n\n"
        f"Thank you for letting me know. I enjoyed the interview.\n\n{line}\nLena Park\n"
    )


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("context109/wealth-adviser-wrong-company-in-signoff-line.eml", "Ashcombe"),
        (
            "context110/lecturer-post-dean-phone-call-late-pasted-universiti.md",
            "Universiti Sains Pertiwi",
        ),
        (
            "context110/policy-researcher-noreply-address-pasted-institute-outlook.eml",
            "Instituto Andino de Estudios Sociales",
        ),
        (
            "context110/research-fellow-pleads-reconsider-pasted-centre-signoff-late.md",
            "Centre for Refugee Policy",
        ),
    ],
)
def test_the_letters_flag_the_pasted_name(path: str, name: str) -> None:
    """Each letter of the sets flags the name it pasted, and nothing else."""
    assert _letter(path) == [name]


@pytest.mark.parametrize(
    "line",
    [
        "With warm regards from a hopeful future Brackenridge colleague,",
        "Best wishes from an eager future Brackenridge colleague,",
        "Best wishes from a still hopeful future Brackenridge colleague,",
    ],
)
def test_a_hopeful_future_colleague_of_another_firm(line: str) -> None:
    """A word of the writer's mood before "future" keeps "a future X colleague" the job."""
    assert _signed_off(line, "Halloway Wealth Partners") == ["Brackenridge"]


@pytest.mark.parametrize(
    ("line", "company"),
    [
        ("With warm regards from a hopeful future Halloway colleague,", "Halloway Wealth Partners"),
        ("With thanks to the Centre for Marine Policy panel,", "Centre for Marine Policy"),
        ("With thanks to the Faculty of Law panel,", "University of Eastvale"),
        ("With thanks to the Centre for Legal Ethics panel,", "University of Eastvale"),
    ],
)
def test_the_employer_or_its_unit_in_a_sign_off(line: str, company: str) -> None:
    """The employer's own name, and a centre or faculty of the university, are its own."""
    assert _signed_off(line, company) == []


@pytest.mark.parametrize(
    ("sentence", "company", "name"),
    [
        (
            "I wish Universiti Teknologi Selatan every success with the new programme.",
            "Universiti Malaya Utara",
            "Universiti Teknologi Selatan",
        ),
        (
            "I wish Universitas Nusa Lestari every success with the new programme.",
            "Universitas Bumi Raya",
            "Universitas Nusa Lestari",
        ),
        (
            "Thank you for considering me for the post at the Instituto Amazónico de "
            "Estudios Urbanos.",
            "Centro Amazónico de Investigación Ambiental",
            "Instituto Amazónico de Estudios Urbanos",
        ),
    ],
)
def test_another_university_or_institute_in_the_body(sentence, company, name) -> None:
    """A university or an institute of another field is another body written to."""
    assert _reply(sentence, company) == [name]


@pytest.mark.parametrize(
    ("sentence", "company"),
    [
        (
            "I wish Universiti Malaya Utara every success with the new programme.",
            "Universiti Malaya Utara",
        ),
        (
            "I completed my doctorate at Universiti Teknologi Selatan in 2019.",
            "Universiti Malaya Utara",
        ),
        (
            "Thank you for considering me for the post at the Instituto Amazónico de "
            "Investigación Ambiental.",
            "Centro Amazónico de Investigación Ambiental",
        ),
        (
            "Thank you for considering me for the post at the Instituto Ceiba.",
            "Fundación Ceiba de Desarrollo Rural",
        ),
        ("I visited Tiendas Ceiba Polanco last year.", "Grupo Comercial Ceiba"),
    ],
)
def test_own_university_or_same_field_not_flagged(sentence: str, company: str) -> None:
    """The employer, the writer's own studies and a body of the same field are left alone."""
    assert _reply(sentence, company) == []


@pytest.mark.parametrize(
    ("line", "company", "name"),
    [
        (
            "With thanks to the Institute for Coastal Ecology panel,",
            "Centre for Marine Policy",
            "Institute for Coastal Ecology",
        ),
        (
            "My sincere thanks to the Council for Rural Housing panel for their time,",
            "Northfield Housing Trust",
            "Council for Rural Housing",
        ),
        (
            "With thanks to the Centre for Legal Ethics panel,",
            "Institute for Migration Law, University of Eastvale",
            "Centre for Legal Ethics",
        ),
    ],
)
def test_another_bodys_panel_thanked(line: str, company: str, name: str) -> None:
    """Thanks to another body's panel, or a sibling centre's, name the one written to."""
    assert _signed_off(line, company) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "Thanks to the Institute for Coastal Ecology panel, I first heard of your centre.",
        "I spoke to the Institute for Coastal Ecology panel last year.",
    ],
)
def test_a_panel_as_a_cause_or_met_not_flagged(sentence: str) -> None:
    """Thanks as a cause, or a panel only met, say nothing of whom the writer writes to."""
    assert _reply(sentence, "Centre for Marine Policy") == []
