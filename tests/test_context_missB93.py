"""wrong-company: names pasted from another letter that context94 and context95 showed.

Cases from the blind sets, each with new wordings: a town's police or fire force named by
another town than the thread's ("everyone at the Olympia Fire Department") is another
public body, not one of the employer's departments; and the hiring team thanked for its
time ("the time the Corvane recruiting team spent with me") is the firm written to, though
the same sentence names the job's site as a place ("the tour of the Wichita plant").
A restaurant named bare, with no article ("everyone at Spice Route Kitchen"), is a
restaurant of its own, not one of the employer's kitchens; and a brand's new kiosk ("the
new Thali Express kiosk") is the employer's site; and a line under the name hoping to be
one of a firm's people ("Future Blue Plate Events team member") names the firm applied to.
The employer's own force, hiring team, kitchens and name, and the writer's past, stay
unflagged.
"""

from __future__ import annotations

import pytest
from contexthelp import company_reply, flagged, found, replier
from test_context_relations56 import _letter


def _reply(body: str, company: str, subject: str, signer: str, address: str) -> list[str]:
    """Return the wrong-company findings of an email ``body`` answering a quoted rejection."""
    first = signer.split()[0]
    text = (
        f"From: Sam Okoro <sam.okoro@gmail.com>\nTo: {signer} <{address}>\n"
        f"Subject: Re: {subject}\nDate: Thu, 5 Mar 2026 07:30:00 -0500\n"
        f'MIME-Version: 1.0\nContent-Type: text/plain; charset="UTF-8"\n\n'
        f"Dear {first},\n\n{body}\n\nKind regards,\nSam Okoro\n\n"
        f"On Wed, 4 Mar 2026 at 15:20, {signer} <{address}> wrote:\n"
        f"> Dear Sam,\n>\n> Thank you for your interest in the {company}. After review,\n"
        f"> you have not been selected for this round.\n>\n> {signer}\n> {company}\n"
    )
    return found(text, "wrong-company")


def _fire(body: str) -> list[str]:
    """Return the findings of ``body`` in a reply to a town's fire department."""
    return _reply(body, "Tacoma Fire Department", "Firefighter Recruit", "Dana Ruiz",
                  "druiz@cityoftacoma.example")  # fmt: skip


def _plant(body: str) -> list[str]:
    """Return the findings of ``body`` in a reply about a job at one site of a manufacturer."""
    return _reply(body, "Halvorsen Aerostructures", "Composite Technician - Wichita",
                  "Erik Lund", "erik.lund@halvorsen.example")  # fmt: skip


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("context94/newark-police-portuguese-client-demanding-blame.eml",
         "Jersey City Police Department"),
        ("context94/northrop-grumman-pasted-raytheon-in-thanks.md", "Raytheon"),
        ("context95/line-cook-pasted-old-bistro-name-gmail.eml", "Saltbox Kitchen"),
        ("context95/sous-chef-md-wrong-company-thanks.md", "Spice Route Kitchen"),
    ],
)  # fmt: skip
def test_the_letters_flag_the_pasted_name(path, name) -> None:
    assert name in _letter(path)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Thank you to everyone at the Olympia Fire Department.", "Olympia Fire Department"),
        ("Please pass my thanks to all at the Lakewood Police Department.",
         "Lakewood Police Department"),
    ],
)  # fmt: skip
def test_another_towns_force_is_another_body(body, name) -> None:
    """A force named by a town the thread never gives is not one of the employer's units."""
    assert _fire(body) == [name]


@pytest.mark.parametrize(
    "body",
    [
        "Thank you to everyone at the Tacoma Fire Department.",  # the employer itself
        "I enjoyed the ride-along with the Tacoma Police Department.",  # the thread's town
        "I spent two years as a cadet with the Seattle Police Department before applying.",
    ],
)
def test_the_employers_town_or_own_past_is_left(body) -> None:
    assert _fire(body) == []


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Thank you for the time the Corvane recruiting team spent with me, and for the tour"
         " of the Wichita plant.", "Corvane"),
        ("My thanks to the Strathmore hiring team for the interview and the Wichita site visit.",
         "Strathmore"),
    ],
)  # fmt: skip
def test_hiring_team_thanked_beside_the_site(body, name) -> None:
    """The team thanked for hiring is the firm written to, the job's site beside it a place."""
    assert _plant(body) == [name]


@pytest.mark.parametrize(
    "body",
    [
        "Thank you for the time the Halvorsen recruiting team spent with me.",  # the employer
        "Thank you for the tour of the Wichita plant.",  # the job's site
        "I spent two years on the Corvane recruiting team before this role.",  # own past
    ],
)
def test_own_hiring_team_site_or_past_is_left(body) -> None:
    assert _plant(body) == []


def test_the_kiosk_letter_no_longer_flags_the_brand() -> None:
    assert "Thali Express" not in _letter("context95/sous-chef-md-wrong-company-thanks.md")


#: The wrong-company findings of a sentence in a reply to a restaurant.
_table = replier("Harbour Table", "Tomasz Wojcik", "tomasz@harbourtable.example", "Dylan Price")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("I would still love to cook at Bramble Kitchen someday.", "Bramble Kitchen"),
        ("Thank you as well to everyone at Copperleaf Bistro who made me feel so welcome.",
         "Copperleaf Bistro"),
    ],
)  # fmt: skip
def test_a_restaurant_named_bare_is_another(sentence, name) -> None:
    """A restaurant's name without an article is the restaurant, not a kitchen of the employer."""
    assert _table(sentence) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you to everyone in the Quayside Kitchen for the trial.",  # the employer's kitchen
        "I learned a lot from the pass in your Harbour Kitchen.",
        "I spent three years at Bramble Kitchen before this.",  # the writer's own past
    ],
)
def test_the_employers_kitchen_or_own_past_is_left(sentence) -> None:
    assert _table(sentence) == []


#: The wrong-company findings of a sentence in a reply to a restaurant with a food brand.
_mint = replier("Masala & Mint", "Arjun Rao", "arjun@masalaandmint.example", "Farhan Siddiqui")


def test_the_brands_new_kiosk_is_the_employers() -> None:
    sentence = "I wish the team at Masala & Mint and the new Mint Express kiosk every success."
    assert _mint(sentence) == []


def test_another_restaurant_beside_the_kiosk_stays_flagged() -> None:
    sentence = "I wish the new Mint Express kiosk well, and I'd love to work at Chaat Corner."
    assert _mint(sentence) == ["Chaat Corner"]


def _signed(line: str) -> list[str]:
    """Return the findings of a reply to a caterer signed with ``line`` under the name."""
    return flagged(company_reply("Congratulations on your new supervisor.", "Silverleaf Events",
                                 "Siosaia Taufa", "siosaia@silverleafevents.example",
                                 f"Ella Whitmore\n{line}"))  # fmt: skip


def test_the_signoff_letter_flags_the_future_firm() -> None:
    name = "Blue Plate Events"
    assert name in _letter("context95/caterer-md-wrong-company-signoff-line.md")


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Future Saltmarsh Catering team member (I hope!)", "Saltmarsh Catering"),
        ("Future Copperleaf Events employee, fingers crossed", "Copperleaf Events"),
    ],
)
def test_future_member_line_names_the_firm_applied_to(line, name) -> None:
    """A line under the name hoping to be one of a firm's people names the firm applied to."""
    assert _signed(line) == [name]


@pytest.mark.parametrize(
    "line",
    [
        "Future Silverleaf Events team member (I hope!)",  # the employer itself
        "Future Leaders Programme 2023, Melbourne Business School",  # the writer's own past
    ],
)
def test_future_member_line_of_the_employer_or_own_past_is_left(line) -> None:
    assert _signed(line) == []
