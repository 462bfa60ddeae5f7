"""Cases from the blind set tests/context11, each on a new example of its own."""

from __future__ import annotations

import pytest
from replylint import lint_text


def found(text: str, rule: str, path: str = "reply.eml") -> list[str]:
    """Return the text of each finding of ``rule`` in the letter ``text``."""
    return [f.text for f in lint_text(text, path=path, select=(rule,), model="blank")]


def reply(greeting: str, signer: str, to: str = "", sentence: str = "") -> str:
    """Return an email reply greeting ``greeting`` to a rejection ``signer`` signed."""
    said = f"Thank you for letting me know. {sentence}".strip()
    return (f"From: Sam Lee <sam.lee@example.org>\nTo: {to or signer}\nSubject: Re: Analyst\n"
            f"Date: Tue, 3 Mar 2026 10:00:00 +0000\n\n{greeting}\n\n{said}\n\nBest regards,\n"
            f"Sam\n\nOn Mon, 2 Mar 2026 at 16:20, {signer} wrote:\n> Dear Sam,\n>\n"
            f"> We have chosen another candidate.\n>\n> Best regards,\n"
            f"> {signer.split(' <')[0]}\n")  # fmt: skip


# --- wrong-recipient: right greetings in other scripts and forms ------------------------


def test_a_letter_without_an_ascii_decomposition_matches_its_ascii_spelling() -> None:
    # Turkish dotless i, Polish l with stroke: written "i" and "l" on an English keyboard
    signer = "Kıvanç Kılıç <k.kilic@ornek.com.tr>"
    assert found(reply("Dear Mr. Kilic,", signer), "wrong-recipient") == []
    signer = "Bożena Wałęsa <b.walesa@firma.pl>"
    assert found(reply("Dear Ms Walesa,", signer), "wrong-recipient") == []


def test_thai_khun_before_a_given_name_is_a_title() -> None:
    signer = "Pornthip Wongsakul <pornthip.w@example.co.th>"
    assert found(reply("Dear Khun Pornthip,", signer), "wrong-recipient") == []


def test_a_short_form_of_the_signers_given_name_is_the_signer() -> None:
    signer = "Katherine Olsen <kolsen@example.com>"
    assert found(reply("Hi Kath,", signer), "wrong-recipient") == []
    # but a different name that merely starts alike is not
    assert found(reply("Hi Kay,", signer), "wrong-recipient") == ["Hi Kay,"]


def test_two_signers_with_their_titles_in_brackets_on_one_line_both_signed() -> None:
    letter = (
        "From: Sam Lee <sam.lee@example.org>\nTo: Tom Reed <tom.reed@brightwell.org>\n"
        "Cc: Priya Shah <priya.shah@brightwell.org>\nSubject: Re: Analyst\n"
        "Date: Tue, 3 Mar 2026 10:00:00 +0000\n\nDear Priya and Tom,\n\nThank you both.\n\n"
        "Best,\nSam\n\nOn Mon, 2 Mar 2026 at 16:20, Tom Reed <tom.reed@brightwell.org> wrote:\n"
        "> Dear Sam,\n>\n> We have chosen another candidate.\n>\n> Kind regards,\n"
        "> Priya Shah (Head of Finance) & Tom Reed (Finance Director)\n> Brightwell Trust\n"
    )
    assert found(letter, "wrong-recipient") == []


def test_a_closing_of_two_joined_closings_opens_the_rejections_sign_off() -> None:
    letter = (
        "From: Sam Lee <sam.lee@example.org>\nTo: Tom Reed <tom.reed@brightwell.org>\n"
        "Cc: Priya Shah <priya.shah@brightwell.org>\nSubject: Re: Analyst\n"
        "Date: Tue, 3 Mar 2026 10:00:00 +0000\n\nDear Priya and Tom,\n\nThank you both.\n\n"
        "Best,\nSam\n\nOn Mon, 2 Mar 2026 at 16:20, Tom Reed <tom.reed@brightwell.org> wrote:\n"
        "> Dear Sam,\n>\n> We have chosen another candidate.\n>\n> Thanks and kind regards,\n"
        "> Priya Shah and Tom Reed\n> Brightwell Trust\n"
    )
    assert found(letter, "wrong-recipient") == []


# --- wrong-company: the employer's own acronym, and a client named beside it -------------


def company_reply(sentence: str, signer: str = "Ruth Adams <r.adams@halden-rfc.org.uk>") -> str:
    """Return an email reply holding ``sentence`` to a rejection ``signer`` signed."""
    return reply("Dear Ruth,", signer, sentence=sentence)


def test_initials_made_of_a_domain_with_an_acronym_in_it_are_the_employers() -> None:
    # halden-rfc: Halden R... F... C..., which the writer calls HRFC
    sentence = "I would love to be considered for future coaching roles at HRFC."
    assert found(company_reply(sentence), "wrong-company") == []
    # but other initials still are another club
    sentence = "I would love to be considered for future coaching roles at BRFC."
    assert found(company_reply(sentence), "wrong-company") == ["BRFC"]


def test_a_client_named_with_a_possessive_beside_the_employer_is_a_client() -> None:
    signer = "Ruth Adams <r.adams@corvane.com>"
    sentence = "I enjoyed hearing how Corvane runs the payroll system for Delmora's finance team."
    assert found(company_reply(sentence, signer), "wrong-company") == []
    sentence = "I enjoyed hearing about Delmora's plans for the finance team."
    assert found(company_reply(sentence, signer), "wrong-company") == ["Delmora"]


def test_a_name_with_a_lower_case_particle_is_one_name() -> None:
    signer = "Ruth Adams <r.adams@clinicasol.pt>"
    sentence = "Joining Hospital dos Anjos has been a goal of mine since my internship."
    assert found(company_reply(sentence, signer), "wrong-company") == ["Hospital dos Anjos"]


def test_value_added_to_another_firm_names_it_as_the_employer() -> None:
    signer = "Ruth Adams <r.adams@corvane.com>"
    sentence = "I still believe I would add great value to Delmora Engineers."
    assert found(company_reply(sentence, signer), "wrong-company") == ["Delmora Engineers"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a place of the subject in the same sentence
        "Thank you for considering me for the analyst role at Delmora, and for the "
        "assessment in Harrogate.",
        # the job of the subject in the same sentence
        "Thank you for considering me for the Data Analyst role at Delmora.",
    ],
)
def test_what_the_subject_names_does_not_make_another_firm_in_its_sentence_right(
    sentence: str,
) -> None:
    signer = "Ruth Adams <r.adams@corvane.com>"
    subject = "Re: Data Analyst - Harrogate"
    letter = company_reply(sentence, signer).replace("Re: your application", subject)
    assert found(letter, "wrong-company") == ["Delmora"]


def test_a_mine_shaft_is_a_site_of_the_employer() -> None:
    signer = "Ruth Adams <r.adams@corvane.com>"
    sentence = "I enjoyed meeting the underground team at the Obuasi Shaft."
    assert found(company_reply(sentence, signer), "wrong-company") == []


# --- late-reply: Apple Mail's forwarded header block ------------------------------------


def test_apple_mails_block_with_the_subject_before_the_date_dates_the_rejection() -> None:
    # 17:00 at +10:00 is 07:00 UTC; 09:15 the next day at +01:00 is 08:15 UTC: 25 h 15 min
    letter = (
        "From: Sam Lee <sam.lee@example.org>\nTo: Ruth Adams <r.adams@corvane.com.au>\n"
        "Subject: Re: Analyst\nDate: Fri, 6 Mar 2026 09:15:00 +0100\n\nHi Ruth,\n\n"
        "Thank you for letting me know.\n\nBest,\nSam\n\nBegin forwarded message:\n\n"
        "From: Ruth Adams <r.adams@corvane.com.au>\nSubject: Analyst\n"
        "Date: 5 March 2026 at 17:00:00 GMT+10\nTo: Sam Lee <sam.lee@example.org>\n\n"
        "Dear Sam,\n\nWe have chosen another candidate.\n\nKind regards,\nRuth Adams\n"
    )
    assert len(found(letter, "late-reply")) == 1
    on_time = letter.replace("09:15:00 +0100", "07:45:00 +0100")  # 06:45 UTC: 23 h 45 min
    assert found(on_time, "late-reply") == []


# --- missing-thanks and missing-congratulations: wording the patterns missed -----------


def plain_reply(body: str) -> str:
    """Return a plain-text reply whose body is ``body``."""
    return f"Dear Ruth,\n\n{body}\n\nBest regards,\nSam\n"


def test_thanks_for_a_review_is_thanks() -> None:
    body = "Thanks for the update and for the design review with you and Omar last Friday."
    assert found(plain_reply(body), "missing-thanks", "reply.txt") == []


def test_the_stages_wishes_of_luck_congratulate() -> None:
    body = "Thank you for the audition. Break a leg with the autumn tour!"
    assert found(plain_reply(body), "missing-congratulations", "reply.txt") == []
    body = "Thank you for the audition. Toi toi toi for opening night."
    assert found(plain_reply(body), "missing-congratulations", "reply.txt") == []


def test_the_mission_of_another_organisation_names_it_as_the_employer() -> None:
    signer = "Ruth Adams <r.adams@corvane.org>"
    sentence = ("I believe strongly in the mission of Delmora Uganda and would be grateful to be "
                "considered for future openings.")  # fmt: skip
    assert found(company_reply(sentence, signer), "wrong-company") == ["Delmora Uganda"]


def test_working_with_another_ensemble_names_it_as_the_employer() -> None:
    signer = "Ruth Adams <r.adams@corvane.org>"
    sentence = "I still hope to work with the Delmora Players ensemble one day."
    assert found(company_reply(sentence, signer), "wrong-company") == ["Delmora Players"]


# --- wrong-recipient: a phone rejection's panel is not who called ------------------------


def phone_reply(to: str, greeting: str) -> str:
    """Return a reply in front matter to a rejection Ruth Adams phoned, with a panel."""
    return (f'---\nto: ["{to}"]\nrejection:\n  received: 2026-03-02T10:00:00+00:00\n'
            f"  channel: phone\n  called_by: Ruth Adams (Head of Finance, Corvane)\n"
            f"  company: Corvane\n  panel: [Ruth Adams, Omar Haddad]\n---\n\n{greeting}\n\n"
            f"Thank you for the call.\n\nBest,\nSam\n")  # fmt: skip


def test_a_reply_to_a_panel_member_who_did_not_call_is_a_wrong_recipient() -> None:
    letter = phone_reply("Omar Haddad <o.haddad@corvane.com>", "Dear Mr Haddad,")
    assert found(letter, "wrong-recipient", "reply.md") == ["Dear Mr Haddad,"]
    letter = phone_reply("Ruth Adams <r.adams@corvane.com>", "Dear Ms Adams,")
    assert found(letter, "wrong-recipient", "reply.md") == []


def test_thanks_for_several_calls_is_thanks() -> None:
    body = "Thanks for the news, and for the two calls so early in your morning."
    assert found(plain_reply(body), "missing-thanks", "reply.txt") == []
