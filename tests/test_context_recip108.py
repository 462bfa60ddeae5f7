"""wrong-recipient: two people who signed a rejection with no closing word both signed it.

Cases from the blind sets tests/context109 and 110, each with new sign-offs: a rejection
with no "Kind regards" above its sign-off, signed by two people in blocks one under the
other (each a name and a title, then the firm's name and address in a block of its own),
or in two columns side by side. The sign-off was read from its last paragraph only, so
only the sender signed and a reply to both reported the other. Now each block above one
that signs and opens on a name is a signer's too. Someone who did not sign (on the panel,
copied, or named in a sentence above the sign-off) and is written to or greeted stays
flagged.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from contexthelp import found

_HERE = Path(__file__).parent

_FIRST = "Helen Marsh <h.marsh@brackwater.example>"
_SECOND = "Owen Pryce <o.pryce@brackwater.example>"
_PANEL = "Gareth Lloyd <g.lloyd@brackwater.example>"
_PANEL_ADDRESS = "g.lloyd@brackwater.example"


def _reply(greeting: str, signoff: str, cc: str = "", above: str = "") -> list[str]:
    """Return the wrong-recipient findings of a reply to both signers of ``signoff``."""
    quoted = "\n".join(f"> {line}".rstrip() for line in signoff.splitlines())
    note = f"> {above}\n>\n" if above else ""
    reply = (
        f"From: Priya Nair <priya.nair@example.com>\nTo: {_FIRST}, {_SECOND}\n"
        + (f"Cc: {cc}\n" if cc else "")
        + "Subject: Re: Pricing Analyst\nDate: Thu, 12 Mar 2026 09:10:00 +0000\n\n"
        f"{greeting}\n\nThank you both for letting me know, and for the interviews.\n\n"
        "Kind regards,\nPriya Nair\n\n"
        f"On Wed, 11 Mar 2026 at 16:20, {_SECOND} wrote:\n"
        "> Dear Priya,\n>\n> Thank you for your time. We have offered the post to another "
        "candidate.\n>\n> We wish you well.\n>\n" + note + quoted + "\n"
    )
    return found(reply, "wrong-recipient", "reply.eml")


def _letter(name: str) -> list[str]:
    """Return the wrong-recipient findings of a labeled letter under tests/."""
    path = _HERE / name
    return found(path.read_text(encoding="utf-8"), "wrong-recipient", path.name)


#: Sign-offs of two people with no closing word above them, the sender second.
_SIGNOFFS = [
    # two blocks of name and title, the firm's name and address in a third
    "Dr Helen Marsh\nHead of Pricing\n\nOwen Pryce\nTalent Partner\n\n"
    "Brackwater Mutual Ltd\n12 Quay Street, Bristol BS1 4DJ",
    # two blocks, each with the firm under the title, no honorific
    "Helen Marsh\nChief Actuary\nBrackwater Mutual\n\nOwen Pryce\nRecruitment Lead\n"
    "Brackwater Mutual",
    # two columns side by side, an honorific on each
    "Ms Helen Marsh              Mr Owen Pryce\nHead of Pricing             People Adviser\n"
    "Brackwater Mutual           Brackwater Mutual",
    # four rows side by side: each column is one signer's block
    "Prof. Helen Marsh          Owen Pryce\nHead of Pricing            Talent Partner\n"
    "Actuarial Services         People Team\nBrackwater Mutual          Brackwater Mutual",
    # one line: "A and B", "A & B"
    "Helen Marsh and Owen Pryce\nBrackwater Mutual",
    "Dr Helen Marsh & Owen Pryce",
    # two lines of name and title
    "Helen Marsh, Head of Pricing\nOwen Pryce, Talent Partner\nBrackwater Mutual",
]


@pytest.mark.parametrize(
    "path",
    [
        "context109/underwriter-two-signers-both-addressed-apple-mail.eml",
        "context110/research-coordinator-two-signers-first-choice-plea-gmail.eml",
    ],
)
def test_the_letters_no_longer_flag_the_second_signer(path) -> None:
    assert not any("@" in text for text in _letter(path))


@pytest.mark.parametrize("signoff", _SIGNOFFS)
def test_both_signers_written_to_and_greeted(signoff) -> None:
    assert _reply("Dear Dr Marsh and Mr Pryce,", signoff) == []


@pytest.mark.parametrize("signoff", _SIGNOFFS)
def test_a_panel_member_copied_stays_flagged(signoff) -> None:
    assert _reply("Dear Dr Marsh and Mr Pryce,", signoff, cc=_PANEL) == [_PANEL_ADDRESS]


@pytest.mark.parametrize("signoff", _SIGNOFFS)
def test_a_panel_member_greeted_stays_flagged(signoff) -> None:
    assert _reply("Dear Dr Marsh and Mr Lloyd,", signoff) != []


def test_a_name_in_a_sentence_above_the_signoff_does_not_sign() -> None:
    signoff = _SIGNOFFS[0]
    above = "Gareth Lloyd chaired the panel."
    assert _reply("Dear Mr Lloyd,", signoff, above=above) != []
    assert _reply("Dear Dr Marsh and Mr Pryce,", signoff, above=above) == []


def test_a_line_of_words_above_the_signoff_does_not_sign() -> None:
    # a name opening a line of words, no sentence stop, is no signer's block
    signoff = "Gareth Lloyd sends his best wishes too\n\n" + _SIGNOFFS[0]
    assert _reply("Dear Mr Lloyd,", signoff) != []
    assert _reply("Dear Dr Marsh and Mr Pryce,", signoff) == []
