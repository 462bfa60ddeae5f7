"""wrong-recipient: copied colleagues, Turkish honorifics, particles, mailboxes that spell a name."""

from __future__ import annotations

import pytest
from contexthelp import found
from replylint.sources import attribution
from test_context_names import recipient


def _reply_all(to: str, cc: str, greeting: str) -> str:
    """Return an Outlook reply to Rhys Morgan's rejection, which was copied to Bethan Lloyd."""
    headers = f"From: Tomos Price <tomos.price@example.org>\nTo: {to}\n"
    headers += f"Cc: {cc}\n" if cc else ""
    return (f"{headers}Subject: RE: Site surveyor\nDate: Wed, 4 Mar 2026 09:00:00 +0000\n\n"
            f"{greeting}\n\nThank you for the interview and for letting me know.\n\nRegards,\n"
            "Tomos Price\n\n________________________________\nFrom: Rhys Morgan "
            "<rhys.morgan@tirdata.co.uk>\nSent: Tuesday, March 3, 2026 4:00 PM\nTo: Tomos Price "
            "<tomos.price@example.org>\nCc: Bethan Lloyd <bethan.lloyd@tirdata.co.uk>\n"
            "Subject: Site surveyor\n\nHi Tomos,\n\nWe have offered the post to another "
            "surveyor.\n\nBest wishes,\nRhys Morgan\nSurvey Manager\n")  # fmt: skip


def test_a_reply_all_that_keeps_a_colleague_only_copied_on_the_rejection_is_flagged() -> None:
    rhys, bethan = (
        "Rhys Morgan <rhys.morgan@tirdata.co.uk>",
        "Bethan Lloyd <bethan.lloyd@tirdata.co.uk>",
    )
    assert found(_reply_all(rhys, bethan, "Hi Rhys,"), "wrong-recipient") == [
        "bethan.lloyd@tirdata.co.uk"
    ]
    # the copied colleague in To beside the signer is flagged all the same
    both = f"{rhys}, {bethan}"
    assert found(_reply_all(both, "", "Hi Rhys,"), "wrong-recipient") == [
        "bethan.lloyd@tirdata.co.uk"
    ]


def test_a_reply_to_the_signer_alone_of_a_copied_rejection_is_fine() -> None:
    assert found(_reply_all("Rhys Morgan <rhys.morgan@tirdata.co.uk>", "", "Hi Rhys,"),
                 "wrong-recipient") == []  # fmt: skip


@pytest.mark.parametrize(
    "greeting", ["Dear Emre Bey,", "Dear Emre Beyefendi,", "Merhaba Emre Bey,"]
)
def test_a_turkish_honorific_after_the_signers_given_name_addresses_the_signer(greeting) -> None:
    assert recipient(greeting, ("Emre Yıldırım <emre.yildirim@example.com.tr>",)) == []
    assert recipient("Dear Zeynep Hanım,", ("Zeynep Koç <zeynep@example.com.tr>",)) == []


def test_a_turkish_honorific_after_someone_elses_name_is_still_flagged() -> None:
    signer = ("Zeynep Koç <zeynep@example.com.tr>",)
    assert recipient("Dear Ayşe Hanım,", signer) == ["Dear Ayşe Hanım,"]


@pytest.mark.parametrize(
    ("greeting", "signer"),
    [
        ("Dear Ms. van der Berg,", "Lotte van den Berg <lotte@example.nl>"),
        ("Dear Mr de Souza,", "João da Souza <joao@example.com.br>"),
        ("Dear Dr. Van Der Velde,", "Dr. Anouk van de Velde <a.vandevelde@example.nl>"),
    ],
)
def test_other_particles_before_the_signers_surname_misspell_it(greeting, signer) -> None:
    assert recipient(greeting, (signer,)) == [greeting]


@pytest.mark.parametrize(
    ("greeting", "signer"),
    [
        ("Dear Ms. Van den Berg,", "Lotte van den Berg <lotte@example.nl>"),
        ("Dear Ms. Berg,", "Lotte van den Berg <lotte@example.nl>"),  # dropped: not misspelt
        ("Dear Lotte van den Berg,", "Lotte van den Berg <lotte@example.nl>"),
        ("Dear Ben de Wit,", "Ben de Wit <ben@example.nl>"),  # a given name spelt like one
    ],
)
def test_the_signers_own_particles_or_none_are_fine(greeting, signer) -> None:
    assert recipient(greeting, (signer,)) == []


def test_a_surname_spelt_like_a_title_after_mr_or_ms_is_checked_for_a_misspelling() -> None:
    # "Dean" is a title of its own, but after "Mrs." it is a family name, one letter short
    assert recipient("Dear Mrs. Dean,", ("Claire Deane <claire.deane@example.ie>",)) == [
        "Dear Mrs. Dean,"
    ]


@pytest.mark.parametrize(
    ("greeting", "signer"),
    [
        ("Dear Ms. Dona,", "Lucia Donà <lucia.dona@example.it>"),  # the signer's own name
        ("Dear Mr. President,", "Omar Haddad <omar@example.org>"),  # no name at all
        ("Dear Pak Budi,", "Budi Santoso <budi@example.co.id>"),  # Indonesian: before a name
    ],
)
def test_a_title_before_a_name_or_the_signers_own_name_is_fine(greeting, signer) -> None:
    assert recipient(greeting, (signer,)) == []


@pytest.mark.parametrize(
    ("to", "signer"),
    [
        ("k.mwangi@example.co.ke", "Kamau Mwangi"),
        ("kamaumwangi@example.co.ke", "Kamau Mwangi"),
        ("김민지 <minji.kim@example.kr>", "Kim Min-ji"),  # named in Hangul, signed in Latin
    ],
)
def test_an_address_whose_mailbox_spells_the_signers_name_is_the_signer(to, signer) -> None:
    assert recipient("Hello,", (signer,), to=(to,)) == []


@pytest.mark.parametrize(
    ("to", "signer"),
    [
        ("j.otieno@example.co.ke", "Kamau Mwangi"),
        ("km@example.co.ke", "Kamau Mwangi"),  # initials alone tell nobody apart
        ("이서연 <seoyeon.lee@example.kr>", "Kim Min-ji"),
    ],
)
def test_an_address_that_spells_someone_else_or_nobody_is_still_flagged(to, signer) -> None:
    assert recipient("Hello,", (signer,), to=(to,)) == [to]


def _signed_by_two(greeting: str) -> str:
    return ("---\nto: [Dr. Ines Alvarado <ines.alvarado@example.org>]\nrejection:\n"
            "  from: Dr. Ines Alvarado <ines.alvarado@example.org>\n"
            "  signed: [Dr. Ines Alvarado, Prof. Keith Orme]\n---\n"
            f"{greeting}\n\nThank you both for the interview.\n\nBest,\nLeah\n")  # fmt: skip


def test_a_second_signer_named_in_a_signed_note_may_be_greeted() -> None:
    letter = _signed_by_two("Dear Dr. Alvarado and Prof. Orme,")
    assert found(letter, "wrong-recipient", "reply.md") == []


def test_someone_besides_the_signers_of_a_signed_note_is_still_flagged() -> None:
    letter = _signed_by_two("Dear Dr. Alvarado and Dr. Fenwick,")
    assert found(letter, "wrong-recipient", "reply.md") == ["Dear Dr. Alvarado and Dr. Fenwick,"]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("On 3 Apr 2026, at 09:15, Tran Thi May <may.tran@example.vn> wrote:", "Tran Thi May"),
        ("On Fri, Apr 3, 2026 at 9:15 AM Le Van Thu <thu.le@example.vn> wrote:", "Le Van Thu"),
        ("On 3 Apr 2026, at 09:15, Dana Whitfield <dana@example.com> wrote:", "Dana Whitfield"),
        ("On Fri, Apr 3, 2026 at 9:15 AM <dana@example.com> wrote:", ""),
    ],
)
def test_a_name_ending_in_a_weekday_or_month_is_read_whole(line: str, name: str) -> None:
    text = f"Thanks.\n\n{line}\n> No.\n"
    found_line = attribution.find(text, 0, len(text))
    assert found_line is not None and found_line.sender is not None
    assert found_line.sender.name == name
    assert (found_line.when.month, found_line.when.day) == (4, 3)


def test_a_cc_beside_a_signer_whose_name_ends_in_a_month_is_flagged() -> None:
    letter = ("From: Sam Lee <sam@example.org>\nTo: Tran Thi May <may.tran@example.vn>\n"
              "Cc: Hoang Duc <duc@example.vn>\nSubject: Re: Barista\n"
              "Date: Fri, 3 Apr 2026 18:00:00 +0700\n\nHi May,\n\nThank you for the trial "
              "shift.\n\nSam\n\nOn 3 Apr 2026, at 09:15, Tran Thi May <may.tran@example.vn> "
              "wrote:\n> Hi Sam,\n> We chose another barista.\n> May\n")  # fmt: skip
    assert found(letter, "wrong-recipient") == ["duc@example.vn"]


def _japanese_apple_mail(sent: str) -> str:
    return (f"From: Sam Lee <sam@example.org>\nTo: 山本 彩 <aya@hoshizora.co.jp>\n"
            f"Subject: Re: 選考結果\nDate: {sent}\n\nDear Yamamoto-san,\n\nThank you for the "
            "interview.\n\nSam\n\n2026/04/01 10:00、山本 彩 <aya@hoshizora.co.jp>のメール:\n\n"
            "> Sam様\n>\n> We have chosen another candidate.\n>\n> 山本 彩\n")  # fmt: skip


def test_japanese_apple_mails_attribution_gives_the_sender_and_the_date() -> None:
    text = _japanese_apple_mail("Fri, 3 Apr 2026 09:00:00 +0900")
    line = attribution.find(text, 0, len(text))
    assert line is not None and line.sender is not None
    assert (line.sender.name, line.sender.address) == ("山本 彩", "aya@hoshizora.co.jp")
    assert (line.when.month, line.when.day, line.when.hour) == (4, 1, 10)
    # two days after the rejection: late; the same evening: not
    assert found(text, "late-reply") != []
    assert found(_japanese_apple_mail("Wed, 1 Apr 2026 20:00:00 +0900"), "late-reply") == []


def test_a_philippine_maam_before_the_given_name_greets_that_person() -> None:
    signer = ("Marites Bautista <marites.bautista@example.ph>",)
    assert recipient("Good day Ma'am Marites,", signer) == []
    assert recipient("Hi Ma’am Marites,", signer) == []
    # the same honorific before someone else's name is still the wrong person
    assert recipient("Good day Ma'am Jocelyn,", signer) == ["Good day Ma'am Jocelyn,"]
