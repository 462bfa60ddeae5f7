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


#: The German and Spanish replies: their body, and the employer's thread they answer.
_THREADS = {
    "de": (_GERMAN, "Brenner Antriebe", {"signer": "Petra Vogel",
                                         "address": "p.vogel@brenner-antriebe.de",
                                         "greeting": "Sehr geehrte Frau Vogel,",
                                         "closing": "Mit freundlichen Grüßen\nJonas Weber"}),
    "es": (_SPANISH, "Grupo Lorca Ingeniería", {"signer": "Elena Prieto",
                                                "address": "eprieto@lorcaingenieria.es",
                                                "greeting": "Estimada Elena:",
                                                "closing": "Un saludo,\nMarta Sanz"}),
}  # fmt: skip


def german(sentence: str) -> list[str]:
    """Return the wrong-company findings of a German reply to Brenner Antriebe."""
    return _reply("de", sentence)


def spanish(sentence: str) -> list[str]:
    """Return the wrong-company findings of a Spanish reply to Grupo Lorca Ingeniería."""
    return _reply("es", sentence)


def _reply(language: str, sentence: str) -> list[str]:
    body, company, thread = _THREADS[language]
    return flagged(body.format(sentence), company, **thread)


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


# --- wrong-recipient: who signed the quoted rejection ----------------------------------------


def mail(to: str, greeting: str, sender: str, quoted: str, cc: str = "") -> str:
    """Return an .eml reply to ``to`` that quotes ``sender``'s rejection ``quoted``."""
    cc_line = f"Cc: {cc}\n" if cc else ""
    quote = "\n".join(f"> {line}" if line else ">" for line in quoted.splitlines())
    return (
        f"From: Noor Hassan <noor.hassan@example.org>\nTo: {to}\n{cc_line}"
        "Date: Tue, 10 Mar 2026 09:00:00 +0000\nSubject: Re: Your application\n\n"
        f"{greeting}\n\nThank you for letting me know, and for the interview last week. "
        "Congratulations to the person you chose; I would welcome any feedback, and I hope "
        "we stay in touch.\n\nBest regards,\nNoor Hassan\n\n"
        f"On 9 Mar 2026, at 10:00, {sender} wrote:\n{quote}\n"
    )


def recipients(text: str) -> list[str]:
    """Return the wrong-recipient findings of an .eml reply."""
    return contexthelp.found(text, "wrong-recipient")


_JAPANESE_REJECTION = """Dear Noor,

Thank you for applying to Sora Robotics. We regret that we cannot offer you
the Controls Engineer position.

Tanaka Yui (田中結衣)
Talent Acquisition, Sora Robotics"""


def test_a_signer_named_again_in_her_own_script_is_a_signer() -> None:
    reply = mail("Tanaka Yui <y.tanaka@sora-robotics.jp>", "Dear Ms. Tanaka,",
                 "Sora Robotics 採用チーム <saiyo@sora-robotics.jp>", _JAPANESE_REJECTION)  # fmt: skip
    assert recipients(reply) == []


def test_a_greeting_to_someone_else_than_that_signer_is_still_flagged() -> None:
    reply = mail("Tanaka Yui <y.tanaka@sora-robotics.jp>", "Dear Ms. Sato,",
                 "Sora Robotics 採用チーム <saiyo@sora-robotics.jp>", _JAPANESE_REJECTION)  # fmt: skip
    assert recipients(reply) == ["Dear Ms. Sato,"]


_TWO_GIVEN_NAMES = """Hi Noor,

Tomas and I enjoyed meeting you, but we chose someone with more print experience.

Maya & Tomas
Lindqvist Berg Studio"""


def test_a_sign_off_of_two_given_names_makes_both_signers() -> None:
    reply = mail("Maya Lindqvist <maya@lbstudio.se>, Tomas Berg <tomas@lbstudio.se>",
                 "Dear Maya and Tomas,", "Maya Lindqvist <maya@lbstudio.se>",
                 _TWO_GIVEN_NAMES)  # fmt: skip
    assert recipients(reply) == []


def test_a_stranger_beside_two_given_name_signers_is_still_flagged() -> None:
    reply = mail("Maya Lindqvist <maya@lbstudio.se>, Olle Nyberg <olle@lbstudio.se>",
                 "Dear Maya,", "Maya Lindqvist <maya@lbstudio.se>", _TWO_GIVEN_NAMES)  # fmt: skip
    assert recipients(reply) == ["olle@lbstudio.se"]


def test_a_sign_off_of_departments_names_no_signer() -> None:
    rejection = _TWO_GIVEN_NAMES.replace("Maya & Tomas", "Sales & Marketing")
    reply = mail("Maya Lindqvist <maya@lbstudio.se>, Tomas Berg <tomas@lbstudio.se>",
                 "Dear Maya,", "Maya Lindqvist <maya@lbstudio.se>", rejection)  # fmt: skip
    assert recipients(reply) == ["tomas@lbstudio.se"]


_ONE_SIGNER = """Dear Noor,

After careful consideration we have decided to move forward with another candidate.

Leila Haddad
Talent Acquisition, Brightfold Analytic Systems"""


def test_a_greeting_of_the_signer_at_a_firm_greets_the_signer() -> None:
    # the firm's name after "at" is wrong-company's to check, not a person greeted
    reply = mail("Leila Haddad <leila.haddad@brightfold.io>",
                 "Dear Leila at Brightfold Analytics,", "Leila Haddad <leila.haddad@brightfold.io>",
                 _ONE_SIGNER)  # fmt: skip
    assert recipients(reply) == []


def test_a_greeting_of_someone_else_at_the_firm_is_still_flagged() -> None:
    reply = mail("Leila Haddad <leila.haddad@brightfold.io>",
                 "Dear Omar at Brightfold Analytic Systems,",
                 "Leila Haddad <leila.haddad@brightfold.io>", _ONE_SIGNER)  # fmt: skip
    assert recipients(reply) == ["Dear Omar at Brightfold Analytic Systems,"]
