"""wrong-company: names of another school that context133 (schools, universities, edtech) showed.

A misspelling of the name the rejection's signature spells, where the context gives only
the domain; a tag of another school's initials run into a closer in lower case
("#XYZfamily"); a language school headed by "Academia" as a university is by "Universidad";
and a French name running on past "de l'". The employer's own names stay unflagged.
"""

from __future__ import annotations

import pytest
from contexthelp import company_reply, flagged, found


def _signed_by_domain(sentence: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to a rejection signed from a domain.

    No name in the context (the signature's title line above the university's keeps the
    reader from taking a company from it): only the quoted signature spells the name.
    """
    reply = (
        "From: Rina Lestari <rina.lestari@example.com>\n"
        "To: Budi Hartono <budi.hartono@kenarimaju.ac.id>\n"
        "Subject: Re: Lecturer application\n"
        "Date: Thu, 19 Mar 2026 20:05:33 +0800\n"
        "MIME-Version: 1.0\n"
        'Content-Type: text/plain; charset="UTF-8"\n\n'
        "Dear Pak Budi,\n\n"
        "Thank you for your reply and for the interview last month.\n\n"
        f"{sentence}\n\n"
        "Best regards,\nRina Lestari\n\n"
        "On Thu, 19 Mar 2026 at 13:20, Budi Hartono <budi.hartono@kenarimaju.ac.id> wrote:\n"
        "> Dear Ibu Rina,\n>\n"
        "> We have decided to offer the position to another candidate.\n>\n"
        "> Salam,\n>\n"
        "> Dr. Budi Hartono, M.Pd.\n"
        "> Head of the Physics Education Programme\n"
        "> Universitas Kenari Maju\n"
        "> Jl. Merdeka 12, Malang\n"
    )
    return found(reply, "wrong-company")


def test_misspelt_name_of_the_signature_is_flagged() -> None:
    """A near miss of the name the signature spells is the employer's name misspelt."""
    sentence = "I hope to apply again when Universitas Kenary Maju opens new posts."
    assert _signed_by_domain(sentence) == ["Universitas Kenary Maju"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I hope to apply again when Universitas Kenari Maju opens new posts.",  # spelt right
        "I studied at Universitas Bunga Kenari before my master's.",  # shares one word only
    ],
)
def test_signature_name_and_other_university_not_flagged(sentence: str) -> None:
    """The name as the signature spells it, and another sharing a word, stay unflagged."""
    assert _signed_by_domain(sentence) == []


def _school_tagged(tag: str) -> list[str]:
    """Return the findings of a reply to an international school signed with ``tag``."""
    reply = company_reply(
        "I enjoyed the sample lesson and hope to stay in touch.",
        "Lakeside International School",
        "Grace Wambui",
        "g.wambui@lakeside.example",
        "Daniel",
    )
    return flagged(reply.replace("\nDaniel\n", f"\nDaniel\n{tag}\n"))


def test_initials_run_into_a_closer_name_another_school() -> None:
    """Another school's initials before "family" in lower case ("#RMAfamily") name it."""
    assert _school_tagged("#RMAfamily") == ["RMA"]


@pytest.mark.parametrize("tag", ["#LISfamily", "#OpenToWork"])
def test_employers_initials_tag_and_motto_not_flagged(tag: str) -> None:
    """The employer's own initials so tagged, and a motto, stay unflagged."""
    assert _school_tagged(tag) == []


def _academy(sentence: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to a Spanish language school."""
    return flagged(company_reply(sentence, "Academia Sol Poniente", "Lucía Ferrer",
                                 "lferrer@academiasol.example", "Anke"))  # fmt: skip


def test_other_academia_is_another_school() -> None:
    """Another school headed by "Academia" is no short form of the one written to."""
    sentence = "I would have loved to be part of Academia Miralbo, so please think of me."
    assert _academy(sentence) == ["Academia Miralbo"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I would have loved to be part of Academia Sol, so please think of me.",  # short form
        "I would have loved to be part of Academia Sol Poniente, so please think of me.",
    ],
)
def test_own_academia_not_flagged(sentence: str) -> None:
    """The employer's own name, short or whole, stays unflagged."""
    assert _academy(sentence) == []


def _university(sentence: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to a Quebec university."""
    return flagged(company_reply(sentence, "Université du Haut-Lac", "Sylvie Tremblay",
                                 "sylvie.tremblay@uhl.example", "Marc"))  # fmt: skip


def test_french_name_runs_on_past_de_l() -> None:
    """A French name runs on past "de" and an elided article ("Université de l'Avrelle")."""
    sentence = "I remain keen on joining Université de l'Avrelle-Nord in the future."
    assert _university(sentence) == ["Université de l'Avrelle-Nord"]


def test_own_french_name_not_flagged() -> None:
    """The employer's own name stays unflagged."""
    assert _university("I remain keen on joining Université du Haut-Lac in the future.") == []


def test_employers_stadium_with_elided_article_not_flagged() -> None:
    """The Subject's "Stade de l'Orée" is the employer's, its word read past "l'"."""
    reply = (
        "---\nto: [Claire Roux <c.roux@oree-events.example>]\n"
        'subject: "Re: Events assistant - Stade de l\'Orée"\n'
        "rejection:\n  from: [Claire Roux <c.roux@oree-events.example>]\n"
        "  company: Orée Events SAS\n---\nDear Ms Roux,\n\n"
        "Thank you for considering me and for the visit of the Stade de l'Orée last week.\n\n"
        "Kind regards,\nJulie\n"
    )
    assert flagged(reply) == []


def test_certification_at_an_academie_not_flagged() -> None:
    """An "Académie" the writer studies at is a school of their own, no firm written to."""
    sentence = (
        "May I contact you again after my certification at the Académie Navale des Sciences "
        "in Abidjan, in case a future opening comes up?"
    )
    reply = company_reply(sentence, "Port Autonome de Lomé", "Afi Mensah",
                          "afi.mensah@portlome.example", "Kossi")  # fmt: skip
    assert flagged(reply) == []
