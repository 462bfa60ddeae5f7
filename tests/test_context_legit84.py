"""wrong-company: the writer's own job, agency and course, initials, and a fair met at.

Cases from the blind set tests/context84, each with new wordings: "At X I run my
territory" is the writer's present job; "my recruiter at X Talent Partners" is the
writer's agency; "I completed X's tasting course" the writer's training; "see you at X
next February" an event; a "Co-operative" gives its initial to the employer's initials
(RFC); and a rejection that quotes the writer's follow-up is signed above it, so its
company (and initials) come from its own sign-off. A pasted name beside each stays flagged.
"""

from __future__ import annotations

import pytest
from contexthelp import company_reply, flagged, found
from test_context_relations56 import _letter


def _orchard(sentence: str, company: str = "Greenacre Orchards") -> list[str]:
    """Return the findings of ``sentence`` in a reply to an orchard's rejection."""
    return flagged(company_reply(sentence, company, "Mele Tupou", "mele@greenacre.example",
                                 "Sione Vake"))  # fmt: skip


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("context84/agtech-sales-pasted-company-in-thanks.md", "Waikato Seeds"),
        ("context84/citrus-packhouse-nested-quotes-initialled-signer.eml", "SCGA"),
        ("context84/egg-coop-two-signers-both-thanked.eml", "RFC"),
        ("context84/produce-category-near-line-within-24h.md", "Harvest Talent Partners"),
        ("context84/tea-estate-wish-to-other-estate.md", "Tea Board of India"),
        ("context84/vineyard-french-client-madame-de.eml", "Wine Paris & Vinexpo Paris"),
    ],
)
def test_the_letters_no_longer_flag_the_name(path: str, name: str) -> None:
    assert name not in _letter(path)


def test_the_pasted_names_of_the_set_stay_flagged() -> None:
    assert _letter("context84/agtech-sales-pasted-company-in-thanks.md") == ["FieldSense"]
    assert _letter("context84/tea-estate-wish-to-other-estate.md") == ["Darjeeling Valley Teas"]


@pytest.mark.parametrize(
    "sentence",
    [
        # the writer's present job, told in the present of their own work
        "At Kowhai Nurseries I run our citrus block, so any pointers on my interview would help.",
        "At Tasman Growers we manage our own team of pickers, and I would value your feedback.",
        # the writer's own recruiter, at a name that says it finds staff
        "My recruiter at Bayline Staffing told me you valued forklift tickets, and I'd value "
        "your view.",
        # a course or certificate the writer took of a body's
        "I completed the Horticulture Council's pruning course last winter and keep working on it.",
        "We passed the Fresh Produce Authority's spray certificate in May, and I'd love to work "
        "with you.",
        # the reader met at a name in a month to come: a fair
        "I hope to see you at Fruit Logistica & Asia Fruit next February.",
        "It would be lovely to meet you at Hort & Harvest Week in June.",
    ],
)
def test_own_job_agency_course_or_fair_is_not_the_employer(sentence: str) -> None:
    assert _orchard(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("At Kowhai Nurseries I know my skills would help your team grow.", "Kowhai Nurseries"),
        ("My recruiter at Bayline Orchards told me you valued forklift tickets, and I'd value "
         "your view.", "Bayline Orchards"),
        ("I passed Bayline Orchards' aptitude exam and hope to join your team.",
         "Bayline Orchards"),
        ("I hope to see you at Bayline & Sons soon.", "Bayline & Sons"),
    ],
)  # fmt: skip
def test_a_pasted_name_of_the_same_shape_stays_flagged(sentence: str, name: str) -> None:
    assert _orchard(sentence) == [name]


def test_a_rival_agency_in_a_reply_to_an_agency_stays_flagged() -> None:
    sentence = "My recruiter at Bayline Staffing told me you valued forklift tickets."
    assert _orchard(sentence, "Southern Cross Recruitment") == ["Bayline Staffing"]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Please keep me in mind for future openings at RFC.", []),
        ("Please keep me in mind for future openings at the WFC.", ["WFC"]),
    ],
)
def test_a_hyphened_word_gives_one_initial(sentence: str, names: list[str]) -> None:
    assert _orchard(sentence, "Riverbend Farmers' Co-operative") == names


def _nested(sentence: str, separator: str = "") -> str:
    """Return an email reply with ``sentence``, quoting a rejection that quotes the writer."""
    return (
        "From: Tevita Lolo <tevita.lolo@example.com>\n"
        'To: "A. K. Moana" <ak.moana@tongakava.example>\n'
        "Subject: Re: Kava Processing Supervisor - follow-up\n"
        "Date: Tue, 24 Mar 2026 09:00:00 +1300\n"
        'Content-Type: text/plain; charset="UTF-8"\n\n'
        "Dear Mr. Moana,\n\n"
        f"Thank you for your reply and for the tour of the drying sheds. {sentence}\n\n"
        "Kind regards,\nTevita Lolo\n\n"
        f"{separator}"
        "On 23 Mar 2026, at 15:10, A. K. Moana <ak.moana@tongakava.example> wrote:\n\n"
        "> Tevita,\n>\n"
        "> Thank you for checking in. We have offered the supervisor role to another\n"
        "> applicant, but you interviewed well.\n>\n"
        "> A. K. Moana\n> Operations Manager, Vava'u\n> Tonga Kava Growers Federation\n>\n"
        ">> On 20 Mar 2026, at 08:02, Tevita Lolo <tevita.lolo@example.com> wrote:\n>>\n"
        ">> Dear Mr. Moana,\n>>\n>> Is there any update on the supervisor position?\n>>\n"
        ">> Kind regards,\n>> Tevita Lolo\n"
    )


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Please keep me in mind for future openings with the TKGF.", []),
        ("Please keep me in mind for future openings with the PKGA.", ["PKGA"]),
    ],
)
def test_the_rejection_is_signed_above_the_message_it_quotes(
    sentence: str, names: list[str]
) -> None:
    assert found(_nested(sentence), "wrong-company") == names
    # a separator line above the rejection's own attribution is no text of its own
    separated = _nested(sentence, "------- Original Message -------\n")
    assert found(separated, "wrong-company") == names


def test_a_signer_above_the_older_message_is_written_to() -> None:
    reply = _nested("I hope we stay in touch.").replace(
        'To: "A. K. Moana" <ak.moana@tongakava.example>',
        "To: Tevita Lolo <tevita.lolo@example.com>",
    )
    # the writer's own follow-up, quoted under the rejection, signed nothing of it
    assert found(reply, "wrong-recipient") == ["tevita.lolo@example.com"]
