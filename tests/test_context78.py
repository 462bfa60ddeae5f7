"""Context7 and context8's lessons, each on a new letter: the employer's world, venues, names."""

from __future__ import annotations

import pytest
from replylint import lint_text
from test_context_names import company_letter, found

# --- wrong-company: what is never another company ----------------------------------------


def test_a_template_slot_is_never_a_company() -> None:
    letter = company_letter("Pell & Rowan Ltd", "I still admire XXXX's values and hope to join.")
    assert found(letter, "wrong-company") == []


_FRONT_MATTER_WORLD = """---
to: [Noor Haddad <noor.haddad@corrowhire.com>]
rejection:
  from: Noor Haddad <noor.haddad@corrowhire.com>
  company: Corrow Engineering
  recruiter_firm: Brightpath Talent
  site_note: interviewed at the Tamsin Quay depot
---
Dear Noor,

Thank you for the call. Please keep me on Brightpath's books for similar roles, and I
would still love to work at Tamsin one day.

Best wishes,
Oren Vale
"""


def test_names_under_front_matter_keys_replylint_does_not_read_are_the_employers() -> None:
    assert found(_FRONT_MATTER_WORLD, "wrong-company") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "We spoke briefly at Hortifair Lisboa in May, and I was keen to join you.",
        "I met Dana briefly at Photonics Connect in Glasgow and hoped to work with you.",
    ],
)
def test_where_the_writer_met_or_spoke_with_the_employer_is_a_venue(sentence: str) -> None:
    assert found(company_letter("Tarn Optics", sentence), "wrong-company") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "I drove back from Leeds Bradford Airport last night, still thinking about the role.",
        "I got back from Waverley Station just in time to read your kind email about the job.",
    ],
)
def test_a_place_travelled_back_from_is_no_company(sentence: str) -> None:
    assert found(company_letter("Hestia Foods", sentence), "wrong-company") == []


def test_hearing_back_from_another_firm_is_still_flagged() -> None:
    letter = company_letter("Hestia Foods", "I was so pleased to hear back from Vantor Foods.")
    assert found(letter, "wrong-company") == ["Vantor Foods"]


def test_a_past_employer_listed_after_the_writers_own_past_is_theirs() -> None:
    sentence = ("I worked eight years in retail banking, first at Harlow Mutual Bank and "
                "later at a credit union, so the role suited me.")  # fmt: skip
    assert found(company_letter("Ostrava Savings", sentence), "wrong-company") == []


def test_a_name_of_the_employers_kind_with_another_first_word_is_flagged() -> None:
    sentence = "I'd love to teach in the Northfield Consolidated family of schools one day."
    letter = company_letter("Eastbrook Consolidated School District", sentence)
    assert found(letter, "wrong-company") == ["Northfield Consolidated"]


def test_joining_the_family_of_another_firm_is_flagged() -> None:
    sentence = "I was so excited to join the PulseHaus family, but I understand."
    assert found(company_letter("Cobalt Climbing Ltd", sentence), "wrong-company") == ["PulseHaus"]


def test_joining_the_family_named_after_the_employer_is_not_flagged() -> None:
    sentence = "I was so excited to join the Cobalt family, but I understand."
    assert found(company_letter("Cobalt Climbing Ltd", sentence), "wrong-company") == []


# --- wrong-recipient ----------------------------------------------------------------------


def test_a_portuguese_honorific_before_the_surname_is_a_title() -> None:
    letter = ("---\nto: [Marta Quintela <marta.quintela@ondaseguros.pt>]\nrejection:\n"
              "  from: Marta Quintela <marta.quintela@ondaseguros.pt>\n---\n"
              "Cara Dra. Quintela,\n\nObrigada pela resposta.\n\nCumprimentos,\nAna Lopes\n")  # fmt: skip
    assert found(letter, "wrong-recipient") == []


def test_sharp_s_written_as_ss_is_the_same_name() -> None:
    letter = ("---\nto: [Jana Strauß <jana.strauss@kelvtech.de>]\nrejection:\n"
              "  from: Jana Strauß <jana.strauss@kelvtech.de>\n---\n"
              "Dear Ms Strauss,\n\nThank you for letting me know.\n\nBest,\nAna Lopes\n")  # fmt: skip
    assert found(letter, "wrong-recipient") == []


def test_a_thunderbird_sender_written_surname_first_signs() -> None:
    reply = ("From: Ana Lopes <ana@example.org>\nTo: Marta Vogel <marta.vogel@kelvtech.de>\n"
             "Subject: Re: Bewerbung\nDate: Tue, 3 Mar 2026 10:00:00 +0100\n\n"
             "Dear Frau Vogel,\n\nthank you for letting me know.\n\nBest regards,\nAna Lopes\n\n"
             "Am 02.03.26 um 16:45 schrieb Vogel, Marta:\n> Sehr geehrte Frau Lopes,\n>\n"
             "> leider haben wir abgesagt.\n>\n> Mit freundlichen Grüßen\n> Marta Vogel\n")  # fmt: skip
    findings = lint_text(reply, path="reply.eml", select=("wrong-recipient",), model="blank")
    assert [f.text for f in findings] == []


_SECOND_SIGNER_IN_FRONT_MATTER = """---
to: [Ife Adeyemi <ife.adeyemi@larchwood.org>]
cc: [Tomás Rey <tomas.rey@larchwood.org>]
rejection:
  from: Ife Adeyemi <ife.adeyemi@larchwood.org>
  signatories: "Ife Adeyemi, Head of Curriculum; Tomás Rey, Deputy Head"
---
Dear Ife and Tomás,

Thank you both for letting me know.

Best,
Ana Lopes
"""


def test_a_recipient_the_front_matter_names_among_the_rejections_people_signed() -> None:
    assert found(_SECOND_SIGNER_IN_FRONT_MATTER, "wrong-recipient") == []


def test_a_recipient_the_front_matter_does_not_name_is_still_flagged() -> None:
    letter = _SECOND_SIGNER_IN_FRONT_MATTER.replace("Tomás Rey, Deputy Head", "Deputy Head")
    assert found(letter, "wrong-recipient") == ["Tomás Rey <tomas.rey@larchwood.org>"]


_PHONE_CALL = """---
to: [Hamish Lyall <hamish.lyall@kelpiebrewing.co.uk>]
rejection:
  phoned_by: Hamish Lyall <hamish.lyall@kelpiebrewing.co.uk>
  company: Kelpie Brewing Ltd
---
Dear Hamesh,

Thank you for the call this morning.

Best,
Ana Lopes
"""


def test_a_person_with_an_address_under_an_unread_rejection_key_signed() -> None:
    assert found(_PHONE_CALL, "wrong-recipient") == ["Dear Hamesh,"]


def test_a_reply_to_someone_other_than_the_person_with_an_address_is_flagged() -> None:
    letter = _PHONE_CALL.replace("to: [Hamish Lyall <hamish.lyall@", "to: [Ross Dunn <ross.dunn@")
    letter = letter.replace("Dear Hamesh,", "Hello,")
    assert found(letter, "wrong-recipient") == ["Ross Dunn <ross.dunn@kelpiebrewing.co.uk>"]


_DUTCH_SIGN_OFF = """Beste Ana,

Helaas hebben we gekozen voor een andere kandidaat.

Met vriendelijke groet

Eva de Wit, Personeelszaken
Joris Bakker, Teamleider Logistiek
Kanaalhaven B.V.
"""


def test_two_signers_under_a_closing_in_another_language_both_sign() -> None:
    from replylint.sources import signature

    names = [p.name for p in signature.signature_context(_DUTCH_SIGN_OFF).signers]
    assert names == ["Eva de Wit", "Joris Bakker"]


# --- late-reply: quoted dates -------------------------------------------------------------


def _reply_quoting(attribution: str, sent: str) -> str:
    return (f"From: Ana Lopes <ana@example.org>\nTo: Dana Whitfield <dana@acme.com>\n"
            f"Subject: Re: Your application\nDate: {sent}\n\n"
            f"Dear Dana,\n\nThank you for letting me know.\n\nBest,\nAna Lopes\n\n"
            f"{attribution}\n> Dear Ana,\n> We chose another candidate.\n> Dana Whitfield\n")  # fmt: skip


def test_a_slash_date_with_a_24_hour_time_puts_the_day_first() -> None:
    reply = _reply_quoting("On 05/06/2026 16:30, Dana Whitfield wrote:",
                           "Fri, 5 Jun 2026 18:00:00 +0100")  # fmt: skip
    assert found(reply, "late-reply", path="reply.eml") == []


def test_a_slash_date_with_am_or_pm_puts_the_month_first() -> None:
    reply = _reply_quoting("On 6/5/2026 4:30 PM, Dana Whitfield wrote:",
                           "Fri, 5 Jun 2026 18:00:00 +0100")  # fmt: skip
    assert found(reply, "late-reply", path="reply.eml") == []


def test_polish_gmail_writes_pisze() -> None:
    reply = _reply_quoting("W dniu 2.06.2026 o 09:10, Dana Whitfield pisze:",
                           "Fri, 5 Jun 2026 18:00:00 +0100")  # fmt: skip
    assert found(reply, "late-reply", path="reply.eml") == ["Fri, 5 Jun 2026 18:00:00 +0100"]
