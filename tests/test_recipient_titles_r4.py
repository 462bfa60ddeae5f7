"""wrong-recipient: Nigerian titles, a family name read as a degree, a forwarded rejection."""

from __future__ import annotations

import pytest
from contexthelp import found


def recipient(text: str, path: str = "reply.md") -> list[str]:
    """Return the wrong-recipient findings of the letter ``text``."""
    return found(text, "wrong-recipient", path)


def reply_to(signer: str, greeting: str, domain: str = "kanoagritech.ng") -> str:
    """Return a front-matter reply opening on ``greeting`` to ``signer``'s rejection."""
    address = signer.lower().replace(" ", ".") + "@" + domain
    return (
        f"---\nto: [{signer} <{address}>]\nrejection:\n  from: [{signer} <{address}>]\n"
        "  company: Kano Agritech\n---\n\n"
        f"{greeting}\n\nThank you for telling me, and for the site visit last week. I hope"
        " the irrigation project goes well, and I would welcome a word on my interview.\n\n"
        "Kind regards,\nIfeoma Chukwu\n"
    )


# --- titles written before a name in Nigerian English ---------------------------------------


@pytest.mark.parametrize(
    ("signer", "greeting"),
    [
        ("Zainab Garba", "Dear Hajiya Garba,"),
        ("Ibrahim Danjuma", "Dear Alhaji Danjuma,"),
        ("Yusuf Sani", "Dear Mallam Sani,"),
        ("Yusuf Sani", "Dear Malam Yusuf,"),
        ("Chinedu Eze", "Dear Barr. Eze,"),
        ("Chinedu Eze", "Dear Barrister Eze,"),
        ("Emeka Nwosu", "Dear Arc. Nwosu,"),
        ("Kemi Alabi", "Dear Alhaja Alabi,"),
    ],
)
def test_a_nigerian_title_before_the_signers_name_is_no_stranger(signer, greeting) -> None:
    assert recipient(reply_to(signer, greeting)) == []


@pytest.mark.parametrize(
    ("signer", "greeting"),
    [
        ("Zainab Garba", "Dear Hajiya Musa,"),
        ("Chinedu Eze", "Dear Barr. Okeke,"),
        ("Ibrahim Danjuma", "Dear Alhaji Bello,"),
    ],
)
def test_a_title_before_someone_elses_name_is_still_flagged(signer, greeting) -> None:
    findings = recipient(reply_to(signer, greeting))
    assert findings == [greeting]


def test_a_title_before_a_misspelt_surname_is_still_flagged() -> None:
    assert recipient(reply_to("Zainab Garba", "Dear Hajiya Garbo,")) == ["Dear Hajiya Garbo,"]


# --- a family name that nameparser reads as a degree's letters -----------------------------


@pytest.mark.parametrize(
    ("signer", "greeting"),
    [
        ("Tor Aas", "Dear Dr. Aas,"),  # AAS, an associate degree
        ("Chidi Mba", "Dear Mr. Mba,"),  # MBA
        ("Lise Cap", "Dear Ms Cap,"),
    ],
)
def test_a_family_name_spelt_like_a_degree_is_the_signers(signer, greeting) -> None:
    assert recipient(reply_to(signer, greeting)) == []


def test_degree_letters_after_a_full_name_are_still_no_name() -> None:
    # "MD" after Hale is a degree: "Dear Dr. Md" greets nobody who signed
    assert recipient(reply_to("Robert Hale, MD", "Dear Dr. Hale,")) == []
    assert recipient(reply_to("Tor Aas", "Dear Dr. Berg,")) == ["Dear Dr. Berg,"]


# --- a rejection forwarded to the writer by someone else ------------------------------------


def forwarded(to: str, cc: str, marker: str = "---------- Forwarded message ---------") -> str:
    """Return an e-mail replying to an assistant who forwarded a hiring manager's decision."""
    return (
        "From: Sione Tupou <sione.tupou@gmail.com>\n"
        f"To: {to}\nCc: {cc}\n"
        "Date: Thu, 12 Mar 2026 09:00:00 +1300\nSubject: Re: Fwd: Field technician\n\n"
        "Dear Mere and Mr Halvorsen,\n\nThank you both for letting me know about the field"
        " technician role. I enjoyed the day on the farm, and I would be glad of any advice"
        " on my practical test.\n\nNgā mihi,\nSione Tupou\n\n"
        "On Wed, Mar 11, 2026 at 4:10 PM Mere Walker <mere.walker@southfarm.co.nz> wrote:\n"
        "> Kia ora Sione,\n>\n> Please see Lars's note below.\n>\n> Mere Walker\n"
        "> Office Manager\n>\n"
        f"> {marker}\n"
        "> From: Lars Halvorsen <lars.halvorsen@southfarm.co.nz>\n"
        "> Date: Wed, Mar 11, 2026 at 2:00 PM\n> Subject: Field technician\n"
        "> To: Mere Walker <mere.walker@southfarm.co.nz>\n>\n"
        "> Mere, please tell Sione we have gone with another applicant this time.\n>\n"
        "> Lars\n"
    )


MERE = "Mere Walker <mere.walker@southfarm.co.nz>"
LARS = "Lars Halvorsen <lars.halvorsen@southfarm.co.nz>"


@pytest.mark.parametrize("marker", ["---------- Forwarded message ---------",
                                    "Begin forwarded message:"])  # fmt: skip
def test_the_writer_of_a_forwarded_rejection_signed_it(marker) -> None:
    assert recipient(forwarded(MERE, LARS, marker), "reply.eml") == []


def test_someone_outside_the_forwarded_thread_is_still_flagged() -> None:
    reply = forwarded(MERE, "Ana Fifita <ana.fifita@southfarm.co.nz>")
    assert recipient(reply, "reply.eml") == ["ana.fifita@southfarm.co.nz"]


def test_an_earlier_message_of_a_reply_chain_is_not_a_forward() -> None:
    # "Original Message" quotes an earlier message of the thread, which the writer may have
    # sent himself: its sender did not sign the rejection
    reply = forwarded(MERE, LARS, "-----Original Message-----")
    assert recipient(reply, "reply.eml") == ["lars.halvorsen@southfarm.co.nz"]
