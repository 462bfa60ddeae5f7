"""wrong-company: names that are no other employer, from the blind sets tests/context153-158.

Each on a new example: the writer's own past work ("the work I did at X"), paths crossing at
an event, luck wished with an opening, a role-play, another interview "also" had, a firm
stayed at "for now", a product's filing "to" a regulator, a return "back on" an island, an
event's name going on past "and", a second partner after "and", a venture wished "with" a
partner, and a place's name before the employer's office.
"""

from __future__ import annotations

import contexthelp
import pytest


def flagged(sentence: str, company: str) -> list[str]:
    """Return the wrong-company findings of a reply to ``company`` holding ``sentence``."""
    return contexthelp.flagged(
        contexthelp.company_reply(sentence, company, "Ana Ruiz", "ana.ruiz@example.com", "Pat")
    )


@pytest.mark.parametrize(
    ("sentence", "company"),
    [
        # the writer's own past there
        ("I never got to mention the work I did at Corvid Labs on fraud models.",
         "Brightline Analytics"),
        # paths crossing again at an event
        ("I hope our paths cross again at Gridcon Europe.", "Brightline Analytics"),
        # luck wished with a show's or a building's opening
        ("Best of luck with the opening at Nordlys Scen next month.", "Teater Ostra"),
        # a role-play, no role
        ("I enjoyed the role-play at the Torre del Oro with a grumpy guest.", "Sevilla Walks"),
        # another interview the writer also had
        ("I also interviewed with Coral Cruise Line last week, and they said the same.",
         "Seabright Cruise Line"),
        # the writer's own workplace, stayed at for now
        ("I'm content to stay at Northgate Energy for now, but keep me in mind.",
         "Brightline Analytics"),
        # a product's filing to a regulator, the reader's work
        ("I enjoyed hearing how the CE application to MHRA was put together.",
         "Brightline Analytics"),
        # the writer back on an island
        ("I'm back on Orkney in June and would love to help during the festival.",
         "Brightline Analytics"),
        # an event's name going on past "and"
        ("I'd be glad to greet everyone at the Bristol Food and Drink Festival in May.",
         "Brightline Analytics"),
        # a second partner after "and"
        ("I wish you well with the trial you're running with Aqualis and the Meridian Water "
         "team.", "Brightline Analytics"),
        # a venture wished with a partner
        ("I wish the company a great tour with the Korea Arts Foundation this autumn.",
         "Teater Ostra"),
        # a place's name before the employer's office
        ("Thank you for the conversation at the Coral Bay office.", "Kestrel Bay Bank"),
    ],
)  # fmt: skip
def test_a_name_with_no_role_of_the_employer_is_not_flagged(sentence: str, company: str) -> None:
    assert flagged(sentence, company) == []


@pytest.mark.parametrize(
    ("sentence", "company", "name"),
    [
        ("I would love to apply again at Corvid Labs.", "Brightline Analytics", "Corvid Labs"),
        # paths crossing at a firm of the trade: where the writer may be met at work
        ("I hope our paths cross again at Northgate Salon.", "Velvet Chair Hair Studio",
         "Northgate Salon"),
        ("Please keep me in mind for any opening at Nordlys Scen.", "Teater Ostra",
         "Nordlys Scen"),
        ("I enjoyed applying for the role at the Torre del Oro.", "Sevilla Walks",
         "Torre del Oro"),
        ("I would love to join Coral Cruise Line one day.", "Seabright Cruise Line",
         "Coral Cruise Line"),
        ("I'd love to work at Northgate Energy in future.", "Brightline Analytics",
         "Northgate Energy"),
        ("Thank you for considering my application to MHRA.", "Brightline Analytics", "MHRA"),
        ("I'd love to join the Meridian Water team one day.", "Brightline Analytics",
         "Meridian Water"),
        ("I hope to work with the Korea Arts Foundation one day.", "Teater Ostra",
         "Korea Arts Foundation"),
        ("I'd love to be considered for future roles at Coral Bay.", "Kestrel Bay Bank",
         "Coral Bay"),
    ],
)  # fmt: skip
def test_the_same_name_where_the_employer_stands_is_still_flagged(
    sentence: str, company: str, name: str
) -> None:
    assert flagged(sentence, company) == [name]
