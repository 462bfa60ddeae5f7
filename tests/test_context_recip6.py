"""wrong-recipient: names said a second way, kinship and job titles, more people greeted."""

from __future__ import annotations

import pytest
from replylint import lint_text
from replylint.sources.signature import signature_context
from test_context_names import recipient


def _signers(block: str, domains: tuple[str, ...] = ("fernhill.com",)) -> list[str]:
    return [p.name for p in signature_context(block, domains).signers]


# --- a double-barrelled name written without its umlaut -----------------------------------


def test_a_double_barrelled_name_with_its_umlaut_written_as_two_letters_is_the_signers() -> None:
    assert recipient("Dear Ms. Schroeder-Lang,", ("Greta Schröder-Lang <g.sl@acme.de>",)) == []


def test_another_double_barrelled_name_is_still_flagged() -> None:
    assert recipient("Dear Ms. Schneider-Lang,", ("Greta Schröder-Lang <g.sl@acme.de>",))


# --- a kinship word of respect, a producer's title, a template's instruction --------------


@pytest.mark.parametrize("greeting", ["Dear Uncle Desmond,", "Hi Aunty Marlene,"])
def test_uncle_or_aunty_before_a_signers_given_name_greets_them(greeting) -> None:
    signers = ("Desmond Carr <d.carr@acme.org.au>", "Marlene Watts <m.watts@acme.org.au>")
    assert recipient(greeting, signers) == []


def test_uncle_before_another_name_is_still_flagged() -> None:
    assert recipient("Dear Uncle Kevin,", ("Desmond Carr <d.carr@acme.org.au>",))


def test_producer_before_a_signers_surname_greets_them() -> None:
    assert recipient("Dear Producer Baek,", ("Baek Min-seo <minseo.baek@acme.kr>",)) == []


def test_producer_before_another_surname_is_still_flagged() -> None:
    assert recipient("Dear Producer Jang,", ("Baek Min-seo <minseo.baek@acme.kr>",))


def test_insert_name_in_capitals_is_a_template_slot_not_a_stranger() -> None:
    assert recipient("Dear INSERT NAME,", ("Dana Whitfield <dana@acmecorp.com>",)) == []


# --- more people greeted after the greeting's first comma ---------------------------------

_TWO = ("Ines Moreau <ines@acme.fr>", "Karl Brandt <karl@acme.fr>")


def test_a_third_person_greeted_after_the_first_comma_is_flagged() -> None:
    assert recipient("Dear Ms. Moreau, Mr. Brandt and Mr. Weil,", _TWO) == [
        "Dear Ms. Moreau, Mr. Brandt and Mr. Weil"
    ]


def test_every_signer_greeted_after_the_first_comma_is_right() -> None:
    assert recipient("Dear Ms. Moreau, Mr. Brandt and Ines,", _TWO) == []


def test_a_sentence_after_the_greetings_comma_is_no_one_greeted() -> None:
    assert recipient("Dear Ms. Moreau, Thanks And Best Wishes", _TWO) == []


# --- the second signer of a sign-off, said a second way -----------------------------------


def test_a_second_signer_with_the_name_gone_by_in_brackets_signs() -> None:
    block = ("Kind regards,\n\nHelga Rask, HR Manager\nTobias (Tobi) Lindqvist - Head Roaster\n"
             "Fernhill Coffee")  # fmt: skip
    assert "Tobias (Tobi) Lindqvist" in _signers(block)


def test_a_second_signer_with_a_short_name_after_the_full_one_signs() -> None:
    block = "Regards,\n\nHelga Rask, HR Manager\nRaghunathan Iyer (Raghu), Head - Quality\nFernhill"
    assert "Raghunathan Iyer (Raghu)" in _signers(block)


def test_a_name_in_another_script_with_its_latin_spelling_signs() -> None:
    block = ("Thank you for coming.\n\n山田 花子 (Yamada Hanako) - HR\n"
             "木村 拓 (Kimura Taku) - Head Brewer\nFernhill KK")  # fmt: skip
    assert _signers(block) == ["山田 花子 (Yamada Hanako)", "木村 拓 (Kimura Taku)"]


def test_a_bracketed_note_of_several_words_is_no_name_gone_by() -> None:
    block = "Regards,\n\nHelga Rask, HR Manager\nTobias Lindqvist (on leave) - Roaster\nFernhill"
    assert not any("on leave" in name for name in _signers(block))


def test_a_second_signer_copied_on_the_rejection_signs_though_the_cc_names_him() -> None:
    block = ("Cc: Tobias Lindqvist <tobias@fernhill.com>\n\nDear Sam,\n\nNo this time.\n\n"
             "Kind regards\n\nHelga Rask - HR Manager\nTobias Lindqvist - Roaster & Cupper\n"
             "Fernhill Coffee")  # fmt: skip
    assert _signers(block) == ["Helga Rask", "Tobias Lindqvist"]


# --- the one word signed under the closing, above the full name ---------------------------


def _quoted_reply(greeting: str, signoff: str) -> str:
    return (
        "From: Sam Lee <sam@example.com>\nTo: Tiago Ramos Pinto <t.pinto@fernhill.com.br>\n"
        "Subject: Re: Your application\nDate: Tue, 3 Mar 2026 10:00:00 +0000\n\n"
        f"{greeting}\n\nThank you for your time and the visit.\n\nBest,\nSam\n\n"
        "On Mon, 2 Mar 2026 at 10:00, Tiago Ramos Pinto <t.pinto@fernhill.com.br> wrote:\n"
        f"> Hi Sam,\n>\n> We chose another candidate.\n>\n{signoff}"
    )


_SIGNOFF = "> Abraço,\n> Titi\n>\n> Tiago Ramos Pinto\n> Gerente Regional\n"


def test_the_name_signed_under_the_closing_above_the_full_name_is_the_one_gone_by() -> None:
    letter = _quoted_reply("Hi Titi,", _SIGNOFF)
    assert [f.text for f in lint_text(letter, path="r.eml", select=("wrong-recipient",),
                                      model="blank")] == []  # fmt: skip


def test_another_one_word_name_is_still_flagged() -> None:
    letter = _quoted_reply("Hi Lulu,", _SIGNOFF)
    assert lint_text(letter, path="r.eml", select=("wrong-recipient",), model="blank")
