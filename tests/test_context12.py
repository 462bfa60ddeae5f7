"""Cases from the blind set tests/context12, each on a new example of its own."""

from __future__ import annotations

from replylint import lint_text


def found(text: str, rule: str, path: str = "reply.eml") -> list[str]:
    """Return the text of each finding of ``rule`` in the letter ``text``."""
    return [f.text for f in lint_text(text, path=path, select=(rule,), model="blank")]


# --- missing-thanks: wording the patterns missed ---------------------------------------


def plain_reply(body: str) -> str:
    """Return a plain-text reply whose body is ``body``."""
    return f"Dear Ruth,\n\n{body}\n\nBest regards,\nSam\n"


def test_thanks_to_people_named_before_the_reason_is_thanks() -> None:
    body = ("Thank you for letting me know, and thanks to you and the hiring panel for the "
            "site visit in May.")  # fmt: skip
    assert found(plain_reply(body), "missing-thanks", "reply.txt") == []


# --- wrong-recipient: who signed, from the front matter's notes ------------------------


def noted_reply(to: str, greeting: str) -> str:
    """Return a front-matter reply to a no-reply rejection whose notes say who signed."""
    return (f"---\nto: [{to}]\nrejection:\n  from: Harbor Labs Careers <do-not-reply@harborlabs.io>\n"
            f"  signed: Tomasz Nowak, Talent Lead, Harbor Labs Inc.\n  company: Harbor Labs Inc.\n"
            f"---\n{greeting}\n\nThank you for your time.\n\nBest,\nSam\n")  # fmt: skip


def test_a_reply_to_the_no_reply_sender_is_wrong_when_the_notes_name_a_signer() -> None:
    letter = noted_reply("do-not-reply@harborlabs.io", "Hello,")
    assert found(letter, "wrong-recipient", "reply.md") == ["do-not-reply@harborlabs.io"]
    letter = noted_reply("Tomasz Nowak <t.nowak@harborlabs.io>", "Dear Tomasz,")
    assert found(letter, "wrong-recipient", "reply.md") == []


def test_a_team_signed_with_an_ampersand_in_its_company_is_no_person() -> None:
    # "signed: The Careers Team, Birch & Moss": the "&" is the company's, so nobody named
    # signed and a reply to the team's own mailbox is right
    letter = ("---\nto: [Birch & Moss Careers <careers@birchmoss.com>]\nrejection:\n"
              "  from: Birch & Moss Careers <careers@birchmoss.com>\n"
              "  signed: The Careers Team, Birch & Moss\n---\nDear Careers Team,\n\n"
              "Thank you for your time.\n\nBest,\nSam\n")  # fmt: skip
    assert found(letter, "wrong-recipient", "reply.md") == []


def test_a_sign_off_without_a_closing_word_opening_on_name_and_title_is_read() -> None:
    # the rejection ends on a sentence, then two signers with their titles, no "Regards"
    letter = (
        "From: Sam Lee <sam.lee@example.org>\nTo: Jonas Berg <j.berg@nordkap.no>\n"
        "Subject: Re: Analyst\nDate: Tue, 3 Mar 2026 10:00:00 +0000\n\nDear Jonas,\n\n"
        "Thank you for your time.\n\nBest,\nSam\n\n"
        "On Mon, 2 Mar 2026 at 16:20, Ingrid Solheim <i.solheim@nordkap.no> wrote:\n"
        "> Dear Sam,\n>\n> We have chosen another candidate. All the best for the future.\n>\n"
        "> Ingrid Solheim, Talent Partner\n> Jonas Berg, Head of Data, Project Aurora\n"
        "> Nordkap Analytics AS - Nordkap Group\n"
    )
    assert found(letter, "wrong-recipient") == []


# --- wrong-company: places, the writer's own work ---------------------------------------


def company_reply(sentence: str) -> str:
    """Return an email reply with ``sentence`` to a rejection from Harlow Water Board."""
    return (
        "From: Sam Lee <sam.lee@example.org>\nTo: Ruth Adams <r.adams@harlowwater.org>\n"
        "Subject: Re: Hydrologist\nDate: Tue, 3 Mar 2026 10:00:00 +0000\n\nDear Ruth,\n\n"
        f"Thank you for your time. {sentence}\n\nBest regards,\nSam\n\n"
        "On Mon, 2 Mar 2026 at 16:20, Ruth Adams <r.adams@harlowwater.org> wrote:\n"
        "> Dear Sam,\n>\n> We have chosen another candidate.\n>\n> Best regards,\n> Ruth Adams\n"
        "> Harlow Water Board\n"
    )


def test_the_town_where_the_writer_was_interviewed_is_a_place() -> None:
    sentence = "I was glad of the chance to be interviewed at Kettlebridge last week."
    assert found(company_reply(sentence), "wrong-company") == []


def test_a_name_after_the_writers_own_work_is_their_own() -> None:
    sentence = "My registration with the Chartered Institution of Water Engineers is recent."
    assert found(company_reply(sentence), "wrong-company") == []
    sentence = "I hope my flood modelling work at the Severn Rivers Trust counts for something."
    assert found(company_reply(sentence), "wrong-company") == []
    # but joining another firm is still the pasted name
    sentence = "I would love to join the Severn Rivers Trust one day."
    assert found(company_reply(sentence), "wrong-company") == ["Severn Rivers Trust"]


def test_the_employer_spoken_of_by_its_kind_is_the_employer() -> None:
    sentence = "I enjoyed hearing about the Authority's catchment plans."
    assert found(company_reply(sentence), "wrong-company") == []


def domain_reply(sentence: str, domain: str = "harbourlight.co.nz") -> str:
    """Return a reply with ``sentence`` to a rejection naming its company only in passing."""
    return (
        f"From: Sam Lee <sam.lee@example.org>\nTo: Mere Tane <mere@{domain}>\n"
        "Subject: Re: Your application\nDate: Tue, 3 Mar 2026 10:00:00 +0000\n\nKia ora Mere,\n\n"
        f"{sentence}\n\nBest regards,\nSam\n\n"
        f"On Mon, 2 Mar 2026 at 16:20, Mere Tane <mere@{domain}> wrote:\n"
        "> Kia ora Sam,\n>\n> Thank you for applying to Harbour\n> Light. We have chosen "
        "another candidate.\n>\n> Ngā mihi,\n> Mere Tane\n> Kaiwhakahaere\n"
    )


def test_a_misspelling_of_the_senders_domain_name_is_flagged_with_the_threads_spelling() -> None:
    letter = domain_reply("Thank you for the interview with Harbour Lite last week.")
    findings = lint_text(letter, path="reply.eml", select=("wrong-company",), model="blank")
    assert [f.text for f in findings] == ["Harbour Lite"]
    assert "Harbour Light" in findings[0].message
    letter = domain_reply("Thank you for the interview with Harbour Light last week.")
    assert found(letter, "wrong-company") == []


def test_an_asset_at_or_an_admirer_of_another_firm_names_it_as_the_employer() -> None:
    sentence = "I am sure I would have been an asset at Tarnmoor Utilities."
    assert found(company_reply(sentence), "wrong-company") == ["Tarnmoor Utilities"]
    sentence = "I remain a big admirer of Fenwick Waterworks and hope to apply for future roles."
    assert found(company_reply(sentence), "wrong-company") == ["Fenwick Waterworks"]
    # a fan of a tool, in a sentence about nothing of the job, is not
    sentence = "I am a big fan of Power Query for cleaning data."
    assert found(company_reply(sentence), "wrong-company") == []


def test_the_domains_name_in_short_is_no_misspelling() -> None:
    sentence = "Thank you for the interview with Kauri Coast last week."
    assert found(domain_reply(sentence, "kauricoastfoods.co.nz"), "wrong-company") == []


def test_an_ampersand_the_domain_writes_as_and_is_no_misspelling() -> None:
    letter = ("---\nto: [Ana Roe <ana@fernandfinch.co.nz>]\nrejection:\n"
              "  from: Ana Roe <ana@fernandfinch.co.nz>\n  company: Fern & Finch Studio Ltd\n---\n"
              "Dear Ana,\n\nThank you for the interview. Fern & Finch's work for the museum is "
              "why I applied.\n\nBest,\nSam\n")  # fmt: skip
    assert found(letter, "wrong-company", "reply.md") == []


# --- wrong-company: "&" of a name spelled "and" in the domain --------------------------


def test_an_ampersand_name_of_the_domain_written_to_is_the_employer() -> None:
    letter = (
        "From: Sam Lee <sam.lee@gmail.com>\nTo: Mia Tane <mia@fernandfinch.co.nz>\n"
        "Date: Tue, 03 Mar 2026 09:00:00 +1300\nSubject: Re: Barista role\n\nHi Mia,\n\n"
        "Thank you for the trial shift. I really enjoyed working with the team at Fern & "
        "Finch, and I would love to be considered for future openings.\n\nCheers,\nSam\n\n"
        "On Mon, 2 Mar 2026 at 16:00, Mia Tane <mia@fernandfinch.co.nz> wrote:\n> Hi Sam,\n"
        "> We have decided to go with another barista.\n> Mia\n"
    )
    assert found(letter, "wrong-company") == []
    # another firm with an ampersand is still another firm
    assert found(letter.replace("Fern & Finch", "Moss & Wren"), "wrong-company") == ["Moss & Wren"]


# --- wrong-recipient: a sign-off that runs on from the last sentence -------------------


def test_a_signer_right_under_a_do_not_reply_sentence_is_the_signer() -> None:
    letter = (
        "From: Ola Berg <ola.berg@gmail.com>\nTo: no-reply@fjordferries.no\n"
        "Date: Tue, 03 Mar 2026 09:00:00 +0100\nSubject: Re: Deckhand\n\nDear Ingrid,\n\n"
        "Thank you for the interview on board.\n\nBest regards,\nOla\n\n"
        "-----Original Message-----\nFrom: Fjord Ferries Recruitment\n"
        "Sent: Monday, 2 March 2026 16:00\nTo: Ola Berg\nSubject: Deckhand\n\n"
        "Dear Ola,\nWe have chosen another candidate for the deckhand post.\n"
        "Please do not reply to this email.\nIngrid Solvang\nCrewing Officer, Fjord Ferries\n"
    )
    # the reply goes to the no-reply address; the greeting names the one who signed
    assert found(letter, "wrong-recipient") == ["no-reply@fjordferries.no"]
