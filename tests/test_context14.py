"""Cases from the blind sets tests/context14 and context15, each on a new example of its own."""

from __future__ import annotations

from pathlib import Path

import contexthelp
from conftest import invoke
from contexthelp import found


def company_reply(sentence: str, company: str = "Pennant Ridge Foods") -> str:
    """Return a front-matter reply with ``sentence`` to a rejection from ``company``."""
    return contexthelp.company_reply(
        sentence, company, "Ines Varga", "ines.varga@pennantridge.com", "Teodor"
    )


def flagged(sentence: str, company: str = "Pennant Ridge Foods") -> list[str]:
    """Return the wrong-company findings of a reply holding ``sentence``."""
    return contexthelp.flagged(company_reply(sentence, company))


# --- wrong-company: words of the employer's doing or of the job read as the writer's ---


def test_the_time_the_employer_took_is_not_the_writers_past() -> None:
    sentence = "I appreciated you taking the time to walk me through the buyer job at Orchard Vale."
    assert flagged(sentence) == ["Orchard Vale"]
    # the writer's own time somewhere still is their past
    assert flagged("During my time at Orchard Vale I learned to plan ranges.") == []


def test_a_word_of_the_jobs_title_is_not_the_writers_past() -> None:
    sentence = "Thanks for considering me for the Graduate Placement Officer post at Corran Mills."
    assert flagged(sentence) == ["Corran Mills"]
    # "my ... role at X" is the writer's own job, whatever the title
    assert flagged("I will stay in my assistant buyer role at Corran Mills for now.") == []


def test_the_job_with_another_firm_is_the_employer_but_not_the_employers_initials() -> None:
    sentence = "I hope to hear of future junior roles with Wexcombe Larder."
    assert flagged(sentence) == ["Wexcombe Larder"]
    # a job the writer holds or held there is their own
    assert flagged("I have held a similar junior post with Wexcombe Larder since 2021.") == []
    assert flagged("I held a buyer role with Harlow Foods for three years.") == []
    # "Pennant RF" is Pennant Ridge Foods with two of its words as initials
    assert flagged("I hope to hear of future junior roles with Pennant RF.") == []


# --- wrong-company: a wish to do the job for another organisation ----------------------


def test_wanting_to_do_the_work_for_another_firm_names_it_as_the_employer() -> None:
    sentence = "I had so wanted to manage the bakery line for Trattoria Belvedere."
    assert flagged(sentence) == ["Trattoria Belvedere"]
    assert flagged("I'd have loved to help Marsh Lane Dairies grow its export trade.") == [
        "Marsh Lane Dairies"
    ]
    assert flagged("I am eager to support Marsh Lane Dairies with its new lines.") == [
        "Marsh Lane Dairies"
    ]
    # a past delight is no wish, nor is using what the writer learned elsewhere
    assert flagged("I was delighted to bake for Hollin Fare during my apprenticeship.") == []
    assert flagged("I hope to use what I learned at Marsh Lane Dairies in my next post.") == []


def test_a_place_word_ending_a_firm_with_a_mission_is_a_firm() -> None:
    assert flagged("I still believe in Calder Junction's values and would love to reapply.") == [
        "Calder Junction"
    ]
    # a junction travelled through, with no values of its own, is a place
    assert flagged("The office by Calder Junction made the journey easy.") == []


def test_the_employers_former_name_is_the_employer() -> None:
    sentence = ("I knew the company as Tamsin Grocers before Tamsin Grocers was renamed Pennant "
                "Ridge Foods, and I would still love to work for Tamsin Grocers.")  # fmt: skip
    assert flagged(sentence) == []
    sentence = "Pennant Ridge (formerly Haldor Provisions) is where I would love to work."
    assert flagged(sentence) == []
    # another firm beside the rename is still another firm
    sentence = ("Since Tamsin Grocers became Pennant Ridge Foods I have wanted to work for it, "
                "and I would love to join Brackley Farms.")  # fmt: skip
    assert flagged(sentence) == ["Brackley Farms"]
    # and a firm the employer now serves is no new name of it
    sentence = (
        "Pennant Ridge Foods is now Brackley Farms' main supplier. I'd love to join Brackley Farms."
    )
    assert flagged(sentence) == ["Brackley Farms"]


# --- wrong-recipient: two signers on one line, no closing word -------------------------


def two_signer_reply(greeting: str, cc: str = "") -> str:
    """Return a reply to a rejection signed by two people on one line, with no closing."""
    return (
        "From: Lena Hart <lena.hart@example.org>\nTo: Tomasz Wren <tomasz@brightkiln.pl>\n"
        f"{cc}Date: Tue, 03 Mar 2026 09:00:00 +0100\nSubject: Re: Ceramicist\n\n{greeting}\n\n"
        "Thank you for the studio visit.\n\nBest,\nLena\n\n"
        "On Mon, 2 Mar 2026 at 16:00, Tomasz Wren <tomasz@brightkiln.pl> wrote:\n"
        "> Dear Lena,\n>\n> We have offered the role to another maker. We hope our paths "
        "cross again.\n>\n> Tomasz Wren and Hanna Lis\n> Bright Kiln Studio\n"
    )


def test_two_signers_on_one_line_without_a_closing_both_signed() -> None:
    assert found(two_signer_reply("Dear Ms Lis,"), "wrong-recipient") == []
    cc = "Cc: Hanna Lis <hanna@brightkiln.pl>\n"
    assert found(two_signer_reply("Dear Tomasz and Hanna,", cc), "wrong-recipient") == []
    # someone else is still the wrong person
    assert found(two_signer_reply("Dear Ms Nowak,"), "wrong-recipient") == ["Dear Ms Nowak,"]


# --- template-placeholder: a slot named by a kind of organisation ------------------------


def test_a_slot_named_by_a_kind_of_organisation_is_a_slot() -> None:
    letter = "Dear Jo,\n\nI have long admired [Agency] and its campaigns.\n\nBest,\nSam\n"
    assert found(letter, "template-placeholder", "reply.txt") == ["[Agency]"]
    letter = "Dear Jo,\n\nMy thanks to everyone at [Practice] for the tour.\n\nBest,\nSam\n"
    assert found(letter, "template-placeholder", "reply.txt") == ["[Practice]"]
    # a stage direction or an editor's note in brackets is no slot
    letter = "Dear Jo,\n\nI laughed [Applause] at the demo, and [sic] the typo.\n\nBest,\nSam\n"
    assert found(letter, "template-placeholder", "reply.txt") == []


def test_a_firm_slot_is_filled_with_the_company_that_wrote(tmp_path: Path) -> None:
    path = tmp_path / "reply.md"
    path.write_text(company_reply("I enjoyed my afternoon at [Firm] very much."), encoding="utf-8")
    invoke([str(path), "--model", "blank", "--select", "template-placeholder", "--fix"])
    assert "I enjoyed my afternoon at Pennant Ridge Foods very much." in path.read_text("utf-8")


def test_a_customer_of_another_firm_is_not_writing_to_it() -> None:
    sentence = "As a Dunmore Telecom customer for years, I was excited to hear your plans."
    assert flagged(sentence) == []
    # but another firm's promise is admired only in the firm written to
    sentence = "I was excited to hear your plans, and the Dunmore Telecom customer promise."
    assert flagged(sentence) == ["Dunmore Telecom"]
