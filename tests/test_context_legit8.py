"""wrong-company: names a reply rightly gives beside the employer's are no pasted names.

Cases from the blind sets context33-36, each on a new example: the writer's current job
said to go on, an agency the writer works through, clients listed, the reader's client, a
prize, a group's dinner, a firm the writer joined, a co-op term, a studio visited and a
sister firm named after the employer. Beside each, a name pasted into a like sentence is
still flagged.
"""

from __future__ import annotations

import pytest
from contexthelp import company_reply, flagged


def reply(sentence: str, company: str = "Harrow Logistics") -> str:
    """Return a reply with ``sentence`` to Sam Okoro's rejection from ``company``."""
    return company_reply(sentence, company, "Sam Okoro", "sam.okoro@example.com", "Priya Nair")


@pytest.mark.parametrize(
    "sentence",
    [
        "I'll keep working weekends at Pelham Pantry for now, and my diploma ends in May.",
        "I will carry on doing night shifts at Brackwell Foods until the summer.",
        "I'm continuing to work at Brackwell Foods until my course ends.",
    ],
)
def test_writers_job_said_to_go_on_is_not_flagged(sentence: str) -> None:
    """The writer's current job, said to go on for now, is their own workplace."""
    assert flagged(reply(sentence)) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("I'll keep checking for openings at Pelham Pantry.", "Pelham Pantry"),
        ("I'll keep working hard to earn a place at Pelham Pantry.", "Pelham Pantry"),
        ("I'd love to keep working at Pelham Pantry one day.", "Pelham Pantry"),
    ],
)
def test_wish_to_go_on_at_another_firm_still_flagged(sentence: str, name: str) -> None:
    """A wish, or a purpose, leading to a firm still names the firm written to."""
    assert flagged(reply(sentence)) == [name]


def test_clients_and_agency_of_the_writer_not_flagged() -> None:
    """Clients listed after "customers such as", and the agency worked through, are not it."""
    sentence = (
        "For two years I've looked after customers such as Orrin Dental and Castell Vets "
        "through Tidywell Staffing, so I know the work."
    )
    assert flagged(reply(sentence)) == []


def test_clients_listed_by_the_reader_not_flagged() -> None:
    """The reader's own clients, listed after "clients like", are theirs, not the employer."""
    sentence = (
        "I liked hearing about the rotas you plan for clients like Fenway Foods and Castell Vets."
    )
    assert flagged(reply(sentence)) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("I've cleaned for clients like the Kirkby Arms and I'd love to join Orrin Dental.",
         "Orrin Dental"),
        ("I've always hoped to get my foot in the door through Tidywell Staffing's roles.",
         "Tidywell Staffing"),
        ("I'd be keen to be considered for roles through Tidywell Staffing, too.",
         "Tidywell Staffing"),
    ],
)  # fmt: skip
def test_firm_joined_or_hoped_for_beside_clients_still_flagged(sentence: str, name: str) -> None:
    """A name the writer wishes to join, beside a list of clients, still names the employer."""
    assert flagged(reply(sentence)) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "I know you do a lot of survey work for Pellow Rail, which is what I did for years.",
        "I gather your lab does a lot of fatigue testing work for Pellow Rail, which I know well.",
    ],
)
def test_readers_work_for_a_client_not_flagged(sentence: str) -> None:
    """Work the reader does for a firm makes that firm their client."""
    assert flagged(reply(sentence)) == []


def test_writers_wish_to_work_for_a_firm_still_flagged() -> None:
    """ "You ... to work for X" is the writer's wish to work there, not the reader's work."""
    sentence = "I know you value hard work, and I'd love the chance to work for Pellow Rail."
    assert flagged(reply(sentence)) == ["Pellow Rail"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Congratulations on the Ashby Trust prize for the outreach work.",
        "Congratulations on the Ashby Trust award, it is well deserved.",
    ],
)
def test_prize_named_after_its_giver_not_flagged(sentence: str) -> None:
    """A prize named after the body that gives it names the giver, not the employer."""
    assert flagged(reply(sentence)) == []


def test_firm_praised_for_its_prizes_still_flagged() -> None:
    """ "The X award-winning team" praises the firm itself, written to."""
    sentence = "I'd still love to join the Ashby Health award-winning team one day."
    assert flagged(reply(sentence)) == ["Ashby Health"]


def test_groups_dinner_not_flagged() -> None:
    """A group's dinner names the event, not the firm written to."""
    sentence = "It was good to catch up with your partners at the Young Barristers dinner in May."
    assert flagged(reply(sentence)) == []


def test_firm_named_beside_a_dinner_still_flagged() -> None:
    """A firm wished for in the same sentence as a dinner is still the one written to."""
    sentence = "It was good to see your team at the dinner, and I'd love to work at Orrin Partners."
    assert flagged(reply(sentence)) == ["Orrin Partners"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Before joining Calder Grid Ltd, I managed bids for a solar start-up, so the role appealed.",
        "Before joining Calder Grid Ltd I'd spent four years on site, which helps in this role.",
        "Before joining Calder Grid Ltd as a planner, I worked in rail, so the role fits.",
        # no comma after when it was (found trying the README as a new user)
        "Before joining Calder Grid Ltd in 2021 I worked three years at a port agency.",
        "Before joining Calder Grid Ltd as a graduate I ran the student energy society.",
    ],
)
def test_firm_the_writer_has_joined_not_flagged(sentence: str) -> None:
    """ "Before joining X, I managed ...": X is the writer's own employer now."""
    assert flagged(reply(sentence)) == []


def test_firm_to_be_joined_still_flagged() -> None:
    """ "Before joining X, I'd want to ..." is a join still to come: X is written to."""
    sentence = (
        "Before joining Calder Grid Ltd, I'd want to finish my chartership, so keep me in mind."
    )
    assert flagged(reply(sentence)) == ["Calder Grid Ltd"]
    later = "Before joining Calder Grid Ltd in January I'd want to finish my chartership."
    assert flagged(reply(later)) == ["Calder Grid Ltd"]


def test_writers_co_op_term_not_flagged() -> None:
    """ "My co-op term with X" is the writer's own placement."""
    sentence = "My co-op term with Fraser Valley Power gave me a taste of the work, and I'd welcome advice on the role."
    assert flagged(reply(sentence)) == []


def test_co_op_term_hoped_for_still_flagged() -> None:
    """A co-op term not yet the writer's ("I hope a co-op term with X is next") is a wish."""
    sentence = (
        "I hope a co-op term with Fraser Valley Power is next, and I'd welcome advice on the role."
    )
    assert flagged(reply(sentence)) == ["Fraser Valley Power"]


def test_studio_visited_not_flagged() -> None:
    """An afternoon or a morning spent at a studio names the place visited, not a firm."""
    sentence = "Thank you for the wonderful morning at Kelso Studios and the tour of the live room."
    assert flagged(reply(sentence, "Brassfield Records")) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for the interview at Kelso Studios.",
        "I'd still love to work at Kelso Studios one day.",
        "I really enjoyed my afternoon at Kelso Audio Group and would love to join.",
    ],
)
def test_studio_or_firm_written_to_still_flagged(sentence: str) -> None:
    """A studio interviewed at or wished for, or a firm visited, is still the one written to."""
    assert flagged(reply(sentence, "Brassfield Records")) == [
        "Kelso Audio Group" if "Group" in sentence else "Kelso Studios"
    ]


def domain_reply(sentence: str) -> str:
    """Return a reply with ``sentence`` to a rejection known only by its sender's domain."""
    address = "Dana Pryce <dana.pryce@kestrelmoor.com>"
    return (
        f"---\nto: [{address}]\nrejection:\n  from: [{address}]\n---\nDear Dana,\n\n"
        f"Thank you for letting me know. {sentence}\n\nKind regards,\nPriya Nair\n"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "I'd be glad to be considered for roles at Kestrel Moor Capital as well.",
        "I'd also be glad to hear about openings at Kestrel Moor Private Clients.",
    ],
)
def test_sister_firm_named_after_the_domain_not_flagged(sentence: str) -> None:
    """A firm named with the domain's words and more ("Acme Logistics" of acme) is the group's."""
    assert flagged(domain_reply(sentence)) == []


def test_other_firm_beside_domain_still_flagged() -> None:
    """A firm sharing no name with the domain is still the pasted one."""
    sentence = "I'd be glad to be considered for roles at Ashdown Wealth Partners as well."
    assert flagged(domain_reply(sentence)) == ["Ashdown Wealth Partners"]


def test_fellowship_named_after_a_firm_still_flagged() -> None:
    """A fellowship is a scheme applied to, as a job is: "the X fellowship" is no mere prize."""
    sentence = (
        "I was sorry not to be chosen for the Ashby Health fellowship, as I'd love to work there."
    )
    assert flagged(reply(sentence)) == ["Ashby Health"]


def test_portal_of_a_firm_applied_through_still_flagged() -> None:
    """A firm's own page the writer applied through is the firm applied to."""
    sentence = "I applied through Ashby Health's careers portal, and I'd love another chance."
    assert flagged(reply(sentence)) == ["Ashby Health"]
