"""wrong-company and wrong-recipient in letters written partly or wholly in French, German
or Spanish, and greetings that name a firm beside the right person.

Cases from the blind set tests/context28, each on a new example: the writer's own past
("quatre ans chez X"), a team wished success ("éxito al equipo de X"), a firm's work
admired ("die Arbeit von X hat mich beeindruckt"); a signer known by a name in brackets or
by a given name beside another's; "Dear Name at Firm,".
"""

from __future__ import annotations

import contexthelp


def letter(body: str, company: str, signer: str = "Inès Moreau",
           address: str = "i.moreau@vernier.fr", greeting: str = "Bonjour Inès,",
           closing: str = "Cordialement,\nLéa Garnier") -> str:  # fmt: skip
    """Return a front-matter reply to ``signer``'s rejection from ``company``."""
    return (
        f"---\nto: [{signer} <{address}>]\nrejection:\n  from: [{signer} <{address}>]\n"
        f"  company: {company}\n---\n{greeting}\n\n{body}\n\n{closing}\n"
    )


def flagged(body: str, company: str, **kwargs: str) -> list[str]:
    """Return the wrong-company findings of a reply to ``company`` holding ``body``."""
    return contexthelp.flagged(letter(body, company, **kwargs))


_FRENCH = (
    "Merci pour votre message et pour l'entretien de mardi. {} "
    "N'hésitez pas à me recontacter si un poste similaire se libère."
)
_GERMAN = (
    "vielen Dank für Ihre Nachricht und das freundliche Gespräch in Augsburg. {} "
    "Bei künftigen Stellen denken Sie bitte gern an mich."
)
_SPANISH = (
    "Gracias por su mensaje y por la entrevista del jueves. {} "
    "Si surge otra vacante, me encantaría que me tuvieran en cuenta."
)


def german(sentence: str) -> list[str]:
    """Return the wrong-company findings of a German reply to Brenner Antriebe."""
    return flagged(
        _GERMAN.format(sentence),
        "Brenner Antriebe",
        signer="Petra Vogel",
        address="p.vogel@brenner-antriebe.de",
        greeting="Sehr geehrte Frau Vogel,",
        closing="Mit freundlichen Grüßen\nJonas Weber",
    )


def spanish(sentence: str) -> list[str]:
    """Return the wrong-company findings of a Spanish reply to Grupo Lorca Ingeniería."""
    return flagged(
        _SPANISH.format(sentence),
        "Grupo Lorca Ingeniería",
        signer="Elena Prieto",
        address="eprieto@lorcaingenieria.es",
        greeting="Estimada Elena:",
        closing="Un saludo,\nMarta Sanz",
    )


# --- the writer's own past ------------------------------------------------------------------


def test_french_years_chez_a_firm_are_the_writers_own_past() -> None:
    sentence = (
        "Après quatre ans chez Maison Duret, où je dirigeais les ventes, "
        "j'avais hâte de rejoindre Atelier Vernier."
    )
    assert flagged(_FRENCH.format(sentence), "Atelier Vernier") == []


def test_german_and_spanish_years_at_a_firm_are_the_writers_own_past() -> None:
    assert german("Nach sechs Jahren bei Hartmann Logistik GmbH suche ich Neues.") == []
    assert spanish("Después de tres años en Grupo Basora, quería unirme a Grupo Lorca.") == []


def test_a_firm_the_writer_would_join_is_still_flagged_in_french() -> None:
    sentence = "Après quatre ans chez Maison Duret, j'avais hâte de rejoindre Atelier Garnier."
    assert flagged(_FRENCH.format(sentence), "Atelier Vernier") == ["Atelier Garnier"]


# --- wishes to a firm's team ------------------------------------------------------------------


def test_spanish_success_wished_to_another_firms_team_is_flagged() -> None:
    assert spanish("Mucho éxito a todo el equipo de Talleres Ibarra.") == ["Talleres Ibarra"]


def test_french_success_wished_to_another_firms_team_is_flagged() -> None:
    sentence = "Beaucoup de succès à toute l'équipe de Studio Marlowe."
    assert flagged(_FRENCH.format(sentence), "Atelier Vernier") == ["Studio Marlowe"]


def test_success_wished_to_the_employers_team_is_not_flagged() -> None:
    assert spanish("Mucho éxito a todo el equipo de Grupo Lorca.") == []
    sentence = "Beaucoup de succès à toute l'équipe d'Atelier Vernier."
    assert flagged(_FRENCH.format(sentence), "Atelier Vernier") == []


# --- a firm's work admired ------------------------------------------------------------------


def test_german_work_of_another_firm_admired_is_flagged() -> None:
    sentence = "Die Arbeit von Lindner Anlagenbau begeistert mich seit meinem Praktikum."
    assert german(sentence) == ["Lindner Anlagenbau"]


def test_german_work_of_the_employer_or_work_not_admired_is_not_flagged() -> None:
    assert german("Die Arbeit von Brenner Antriebe begeistert mich seit Jahren.") == []
    # a client's work the writer knows from a placement: no admiring, no employer
    assert german("Die Arbeit von Lindner Anlagenbau kenne ich aus meinem Praktikum.") == []


def test_english_letters_read_as_before() -> None:
    # "de" and "von" are read as "at" only after a foreign team's noun
    reply = contexthelp.company_reply(
        "I spent two years with the team de Vries Logistics built in Leiden.",
        "Harbour Freight",
        "Sam Cole",
        "sam.cole@harbourfreight.com",
        "Ana",
    )
    assert contexthelp.flagged(reply) == []
