"""wrong-recipient and wrong-company: degrees, a vowel dropped, investors, events, partners, sisters.

Cases from the blind sets tests/context102, 103 and 104, each with new wordings: a signer
"J. R. Castellanos, RN, MSN" has no family name "MSN" in capitals; "Liz" greets Elizabeth
by her name without its first vowel; "why X backed you" names the employer's investor; "I
will be at X next January and would be glad to meet" an event; "At X I coordinate with Y"
the writer's own current job; and "Gulf Meridian and Meridian Feeder Services" a sister
firm beside the employer's right name. A pasted name beside each stays flagged.

Left: "the simulator assessment at Gardermoen" (an airport, known only to world
knowledge: "the assessment at X" is where a pasted employer's name stands).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from contexthelp import found, replier
from test_context_relations56 import _letter

_HERE = Path(__file__).parent


def _greeted(greeting: str, signer: str) -> list[str]:
    """Return the wrong-recipient findings of a reply opening ``greeting`` to ``signer``."""
    address = f"{signer.split()[-1].lower()}@harbourline.example"
    reply = (
        f"---\nto: [{signer} <{address}>]\nrejection:\n  from: [{signer} <{address}>]\n"
        f"  company: Harbourline Care\n---\n"
        f"{greeting}\n\nThank you for letting me know.\n\nKind regards,\nDev Malhotra\n"
    )
    return found(reply, "wrong-recipient", "reply.md")


def _signed(greeting: str, signature: str) -> list[str]:
    """Return the wrong-recipient findings of an email reply to a rejection ``signature``."""
    reply = (
        'From: Ana Ruiz <ana@example.com>\nTo: "J. R. Castellanos" <jr@harbourline.example>\n'
        "Subject: Re: Care Assistant\nDate: Tue, 24 Mar 2026 18:05:00 -0700\n\n"
        f"{greeting}\n\nThank you for letting me know.\n\nKind regards,\nAna Ruiz\n\n"
        "On Tue, Mar 24, 2026 at 9:30 AM J. R. Castellanos <jr@harbourline.example> wrote:\n"
        f"> Dear Ana,\n>\n> We have chosen another candidate.\n>\n> {signature}\n"
        "> Harbourline Care\n"
    )
    return found(reply, "wrong-recipient", "reply.eml")


#: The wrong-company findings of a sentence in a reply to a shipping line.
_shipping = replier(
    "Gulf Meridian Shipping LLC",
    "Khalid al-Rashid",
    "k.alrashid@gulfmeridian.example",
    "Faisal Haddad",
)


#: The wrong-company findings of a sentence in a reply to a start-up.
_startup = replier("Quillstack", "Noor Hashimi", "noor@quillstack.example", "Sam Whitaker")


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("context102/icu-physician-apple-mail-gulf-late-apology.eml", "Arab Health"),
        ("context103/founder-pasted-ledgerly-thanks-dubai-late-by-zone.eml", "Harbor Ventures"),
        ("context104/marine-ops-dr-al-rashid-near-line-warm.md", "Meridian Feeder Services"),
        ("context104/marine-ops-dr-al-rashid-near-line-warm.md", "Al Bahar Marine Services"),
    ],
)
def test_the_letters_no_longer_flag_the_name(path, name) -> None:
    assert name not in _letter(path)


def test_the_pasted_name_in_the_same_letter_stays_flagged() -> None:
    assert "Ledgerly" in _letter("context103/founder-pasted-ledgerly-thanks-dubai-late-by-zone.eml")


@pytest.mark.parametrize(
    "path",
    [
        "context102/hca-warm-perfect-initialled-signer.eml",
        "context102/nurse-educator-nickname-warm-clean.md",
    ],
)
def test_the_letters_greet_their_signer(path) -> None:
    text = (_HERE / path).read_text(encoding="utf-8")
    assert found(text, "wrong-recipient", Path(path).name) == []


@pytest.mark.parametrize(
    "signature",
    ["J. R. Castellanos, RN, MSN", "J. R. Castellanos, MBA, CPHQ", "J. Castellanos, LPN"],
)
def test_degrees_after_a_comma_are_no_family_name(signature) -> None:
    assert _signed("Dear Mr. Castellanos,", signature) == []


def test_another_surname_to_a_signer_with_degrees_stays_flagged() -> None:
    assert _signed("Dear Mr. Castillo,", "J. R. Castellanos, RN, MSN") != []


@pytest.mark.parametrize(
    ("greeting", "signer"),
    [
        ("Hi Liz,", "Elizabeth Harrington-Cho"),
        ("Dear Liza,", "Elizabeth Moore"),
        ("Hello Lex,", "Alexander Petrov"),
        ("Hi Lisa,", "Elisabeth Weber"),
    ],
)
def test_a_name_without_its_first_vowel_greets_its_signer(greeting, signer) -> None:
    assert _greeted(greeting, signer) == []


@pytest.mark.parametrize(
    ("greeting", "signer"),
    [
        ("Hi Liz,", "Melissa Harrington"),  # no vowel dropped: another person
        ("Dear Mar,", "Omar Haddad"),  # one letter more: another name
        ("Hi Lex,", "Alina Petrova"),
    ],
)
def test_other_short_names_stay_flagged(greeting, signer) -> None:
    assert _greeted(greeting, signer) != []


@pytest.mark.parametrize(
    "sentence",
    [
        "I can see why Harbor Ventures backed you.",
        "No wonder Tidepool Capital invested in your seed round.",
        "It makes sense that Northgate Partners backed your team so early.",
    ],
)
def test_an_investor_of_the_reader_is_not_the_employer(sentence) -> None:
    assert _startup(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("I can see why everyone at Ledgerly backed you.", "Ledgerly"),
        ("I can see why Harbor Ventures is such a great place to work.", "Harbor Ventures"),
    ],
)
def test_a_pasted_name_beside_an_investor_stays_flagged(sentence, name) -> None:
    assert name in _startup(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I will be at Arab Health in Dubai next January and would be glad to meet.",
        "I'll be at Posidonia in June, so perhaps we could meet for a coffee.",
        "I will be at Seatrade Maritime in Abu Dhabi this autumn and would love to say hello.",
    ],
)
def test_an_event_the_writer_will_attend_is_not_the_employer(sentence) -> None:
    assert _shipping(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("I would love to be at Gulfstar Shipping next January.", "Gulfstar Shipping"),
        ("I hope to meet the team at Gulfstar Shipping again.", "Gulfstar Shipping"),
    ],
)
def test_the_job_hoped_for_at_a_pasted_name_stays_flagged(sentence, name) -> None:
    assert name in _shipping(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "At Al Bahar Marine Services I mostly coordinate with DP World on berth windows, "
        "and I wonder whether broader charter experience would have helped.",
        "At Coastline Towage I work with Svitzer crews every day, and I hope that experience "
        "counts for the next role.",
    ],
)
def test_the_writers_present_work_with_a_party_is_their_own_job(sentence) -> None:
    assert _shipping(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "At Coastline Marine Services I would coordinate with DP World, and I hope that "
        "experience counts for the next role.",
        "At Coastline Marine Services I coordinate with you on every experience of the role.",
    ],
)
def test_work_hoped_for_or_with_the_reader_stays_flagged(sentence) -> None:
    assert "Coastline Marine Services" in _shipping(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I wish Gulf Meridian and Meridian Feeder Services a busy and safe year.",
        "Best of luck to Meridian Tankers and Gulf Meridian Shipping this season.",
    ],
)
def test_a_sister_firm_beside_the_employer_is_not_pasted(sentence) -> None:
    assert _shipping(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("I wish Gulf Meridian and Harbourview Feeder Services a safe year.",
         "Harbourview Feeder Services"),
        ("I wish Meridian Feeder Services a busy and safe year.", "Meridian Feeder Services"),
    ],
)  # fmt: skip
def test_a_pasted_name_beside_or_alone_stays_flagged(sentence, name) -> None:
    assert name in _shipping(sentence)
