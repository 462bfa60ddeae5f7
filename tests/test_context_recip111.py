"""wrong-recipient: a professional body's letters after a signer's name, with no comma.

Cases from the blind set tests/context111 (vets), each with new sign-offs: "Dr Sunita
Chakraborty MRCVS" or "Dr Aoife Brennan MVB MRCVS" has no family name "MRCVS" or "MVB" in
capitals, so "Dear Dr Chakraborty," greets the signer by the family name. Letters after a
name are known by a list or by a shape no name has (capitals without a vowel, "BVSc",
"PhD"); a family name in capitals ("Dr Sunita CHAKRABORTY", "WANG Lei") stays the family
name, and a misspelt or other surname to a signer with letters stays flagged.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from contexthelp import found
from replylint.custom._people import surname_first, without_post_nominals

_HERE = Path(__file__).parent


def _signed(greeting: str, signature: str) -> list[str]:
    """Return the wrong-recipient findings of an email reply to a rejection ``signature``."""
    reply = (
        "From: Tomasz Nowak <tomasz.nowak@example.com>\n"
        "To: Practice Manager <manager@fernbankvets.example>\n"
        "Subject: Re: Veterinary Surgeon\nDate: Tue, 24 Mar 2026 12:05:00 +0000\n\n"
        f"{greeting}\n\nThank you for letting me know.\n\nKind regards,\nTomasz Nowak\n\n"
        "On Mon, 23 Mar 2026 at 17:30, Practice Manager <manager@fernbankvets.example> wrote:\n"
        f"> Dear Tomasz,\n>\n> We have offered the post to another candidate.\n>\n"
        f"> Best wishes,\n> {signature}\n> Clinical Director\n> Fernbank Veterinary Centre\n"
    )
    return found(reply, "wrong-recipient", "reply.eml")


@pytest.mark.parametrize(
    "path",
    [
        "context111/vet-group-many-orgs-named-none-wrong-clean.eml",
        "context111/vet-nurse-cc-panel-head-nurse-outlook.eml",
    ],
)
def test_the_letters_no_longer_flag_the_greeting(path) -> None:
    text = (_HERE / path).read_text(encoding="utf-8")
    findings = found(text, "wrong-recipient", Path(path).name)
    assert not any(f.startswith("Dear") for f in findings)


def test_the_cc_to_a_panel_member_stays_flagged() -> None:
    path = "context111/vet-nurse-cc-panel-head-nurse-outlook.eml"
    text = (_HERE / path).read_text(encoding="utf-8")
    assert "siobhan.kerr@brennanwhyte.ie" in found(text, "wrong-recipient", Path(path).name)


@pytest.mark.parametrize(
    ("greeting", "signature"),
    [
        ("Dear Dr Okonkwo,", "Dr Chiamaka Okonkwo BVSc MRCVS"),
        ("Dear Dr Lindqvist,", "Dr Henrik Lindqvist DVM"),
        ("Dear Mr Fairbairn,", "Callum Fairbairn FRCS"),
        ("Dear Ms Achterberg,", "Petra Achterberg RGN"),
        ("Dear Dr Mensah,", "Dr Kofi Mensah PhD FHEA"),
        ("Dear Dr Mensah,", "Dr Kofi Mensah, PhD, FHEA"),
        ("Dear Mr Delacroix,", "Julien Delacroix MBA CPA"),
        ("Dear Ms Varga,", "Dr Eszter Varga VetMB MRCVS"),
        ("Dear Mr Whitcombe,", "Alan Whitcombe Esq."),
    ],
)
def test_letters_after_the_name_are_no_family_name(greeting, signature) -> None:
    assert _signed(greeting, signature) == []


@pytest.mark.parametrize(
    ("greeting", "signature"),
    [
        ("Dear Dr Okonkow,", "Dr Chiamaka Okonkwo BVSc MRCVS"),  # misspelt
        ("Dear Dr Adeyemi,", "Dr Chiamaka Okonkwo BVSc MRCVS"),  # someone else
        ("Dear Mr Fairburn,", "Callum Fairbairn FRCS"),
        ("Dear Ms Hollis,", "Petra Achterberg RGN"),
        ("Dear Dr Mensha,", "Dr Kofi Mensah, PhD, FHEA"),
    ],
)
def test_another_or_misspelt_surname_stays_flagged(greeting, signature) -> None:
    assert _signed(greeting, signature) != []


@pytest.mark.parametrize(
    ("name", "family", "given"),
    [
        ("Dr Sunita CHAKRABORTY", ["CHAKRABORTY"], ["Sunita"]),
        ("WANG Lei", ["WANG"], ["Lei"]),
        ("Wei NG", ["NG"], ["Wei"]),
        ("Dr Jo KEANE MRCVS", ["KEANE"], ["Jo"]),
        ("KIM Min-jun MBA", ["KIM"], ["Min", "jun"]),
        ("Dr Chiamaka Okonkwo BVSc MRCVS", [], []),
        ("Priya Nair PhD", [], []),
        ("Aoife Brennan MVB MRCVS", [], []),
    ],
)
def test_a_family_name_in_capitals_stays_beside_letters(name, family, given) -> None:
    assert surname_first(name) == (family, given)


def test_a_title_before_a_capitalised_given_name_stays_flagged() -> None:
    # "Dr Jo KEANE MRCVS": KEANE is the family name, so "Dr Jo" titles the given name
    assert _signed("Dear Dr Jo,", "Dr Jo KEANE MRCVS") != []


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("Dr Aoife Brennan MVB MRCVS", "Dr Aoife Brennan"),
        ("Dr Chiamaka Okonkwo BVSc MRCVS", "Dr Chiamaka Okonkwo"),
        ("Kofi Mensah PhD", "Kofi Mensah"),
        ("Dr Sunita CHAKRABORTY", "Dr Sunita CHAKRABORTY"),
        ("Wei NG", "Wei NG"),
        ("Chidi Mba", "Chidi Mba"),  # a family name spelt like a degree's letters
        ("Nguyen Van Ba", "Nguyen Van Ba"),
        ("Hamish McDonald", "Hamish McDonald"),
    ],
)
def test_only_letters_at_the_end_are_dropped(name, bare) -> None:
    assert without_post_nominals(name) == bare
