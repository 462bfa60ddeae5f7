"""A name where the job is, or where the writer's future would be, is the one written to.

"The Box Office role at X", "both interviews at X", "a future with X", "join the X team",
"future roles at X", "X is the right home for my ideas": the slot says X is the organisation
applied to, even when X's last word makes it look like an event, a house, gardens or a depot.
The slot wins only when X cannot be the employer's own site or event: a firm's shape (a
trade, a coined brand), or a festival or a hotel written to a festival or a hotel. The
employer's own sites and events in the same slots ("the interview at Willow House" to a care
group, "my trial shift at the Eastgate branch") stay unflagged.
"""

from __future__ import annotations

import pytest
from contexthelp import company_reply, flagged, found


def _reply(sentence: str, company: str) -> str:
    return company_reply(sentence, company, "Orla Brennan", "orla@example.org", "Tom Asante")


# --- the job's place --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "company", "name"),
    [
        # another festival, written to a festival
        ("I enjoyed talking about the Box Office Supervisor role at Larchmont Music Festival.",
         "Tollcross Jazz Festival", "Larchmont Music Festival"),
        # a firm of a surname and a trade's noun, after a wished-for apprenticeship
        ("I had so wanted the apprenticeship at Corrigan Precision this year.",
         "Ravensby Toolmakers", "Corrigan Precision"),
        # the interviews' place, a firm's name (not a town)
        ("Thank you for both interviews at Marwick Bioscience last week.",
         "Tessaly Pharma", "Marwick Bioscience"),
        # a title after "the post of", then another hotel written to a hotel
        ("I received your reply about my application for the post of head porter at the "
         "Grand Hotel Excelsior.", "The Harbour Lights Hotel", "Grand Hotel Excelsior"),
        # a firm's own depot
        ("Thanks for the trial shift at the Speedwell Couriers depot on Monday.",
         "Swiftline Parcels", "Speedwell Couriers"),
    ],
)  # fmt: skip
def test_a_name_where_the_job_is_is_the_one_written_to(sentence, company, name) -> None:
    assert flagged(_reply(sentence, company)) == [name]


# --- the writer's future there ----------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "company", "name"),
    [
        # a house, to a publisher that runs no named sites
        ("I'm still hoping for a future with Kestrel House one day.", "Inkwell Books",
         "Kestrel House"),
        # a coined brand's team
        ("I would be delighted to join the BrightPath team in the future.", "Morrow Tutoring",
         "BrightPath"),
        # a coined brand's gardens, in future roles
        ("Please keep me in mind for future roles at FernLeaf Gardens.", "Oakden Landscapes",
         "FernLeaf Gardens"),
        # named first where no slot is, as a site might be: the slot still decides
        ("I loved the tour of Kestrel House. I still hope for a future with Kestrel House.",
         "Inkwell Books", "Kestrel House"),
        # another festival called the right home for the writer's ideas
        ("I still believe Riverbend Arts Festival is the right home for my ideas.",
         "Calder Valley Festival", "Riverbend Arts Festival"),
    ],
)  # fmt: skip
def test_a_name_where_the_writers_future_is_is_the_one_written_to(sentence, company, name) -> None:
    assert flagged(_reply(sentence, company)) == [name]


# --- the employer's own sites and events, and the writer's own past, in the same slots -----


@pytest.mark.parametrize(
    ("sentence", "company"),
    [
        # one of a care group's homes, named nowhere else
        ("Thank you for the interview at Willow House last week.", "Ashcourt Care Group"),
        ("I would love a future with Willow House.", "Ashcourt Care Group"),
        ("Please keep me in mind for future roles at Willow House.", "Ashcourt Care Group"),
        # a branch or a team named for a place
        ("Thank you for my trial shift at the Eastgate branch.", "Hollis Bakeries"),
        ("I would be proud to join the Eastgate team one day.", "Hollis Bakeries"),
        # an event the employer runs, not a festival itself
        ("Thank you for the Volunteer Lead role at the Meadow Lane Festival.",
         "Brackley Arts Trust"),
        # a building or a district where the interview was held
        ("Thank you for the interview at Carlton House on Friday.", "Inkwell Books"),
        ("Thank you for the interview at Canary Wharf on Friday.", "Pemberley Capital"),
        # the writer's own past or another process they gave up
        ("Having completed a placement at Tarrow Precision, I know the work.",
         "Ravensby Toolmakers"),
        ("I turned down an interview at Harrowby Biologics to attend yours.", "Tessaly Pharma"),
    ],
)  # fmt: skip
def test_the_employers_own_site_or_event_or_the_writers_past_is_not_flagged(
    sentence, company
) -> None:
    assert flagged(_reply(sentence, company)) == []


_THREAD = """From: Tom Asante <tom.asante@example.com>
To: Orla Brennan <orla@inkwellbooks.co.uk>
Date: Tue, 3 Mar 2026 09:00:00 +0000
Subject: Re: Editorial Assistant - {site}

Dear Orla,

Thank you for letting me know. {sentence}

Kind regards,
Tom Asante

On Mon, 2 Mar 2026 at 16:00, Orla Brennan <orla@inkwellbooks.co.uk> wrote:
> Dear Tom,
>
> Thank you for interviewing with us at {site}. We have offered the role to another
> candidate.
>
> Orla Brennan
> Inkwell Books
"""


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm still hoping for a future with Kestrel House one day.",
        "Thank you for the Editorial Assistant interview at Kestrel House.",
    ],
)
def test_a_site_the_thread_names_is_the_employers_in_any_slot(sentence) -> None:
    letter = _THREAD.format(site="Kestrel House", sentence=sentence)
    assert found(letter, "wrong-company") == []
