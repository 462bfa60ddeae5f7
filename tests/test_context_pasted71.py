"""wrong-company reads names pasted where the writer speaks of the employer (context71-72).

A writer who says they are a loyal customer of a firm ("greetings from a long-time X
customer") speaks of the reader's own firm: another's name there is the pasted one.
"""

from __future__ import annotations

import pytest
from contexthelp import company_reply, flagged, found


def _reply(sentence: str) -> str:
    """Return a reply with ``sentence`` to a rejection from a bakery group."""
    return company_reply(
        sentence, "Golden Crust Bakeries", "Ines Moreau", "ines@goldencrust.example", "Tom Reyes"
    )


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Greetings from a long-time Brioche Lane customer!", "Brioche Lane"),
        ("As a loyal Maple Oven shopper, I was thrilled to be interviewed.", "Maple Oven"),
        ("I've been a regular Hearthstone Bakes customer since school.", "Hearthstone Bakes"),
    ],
)
def test_loyal_customer_of_another_firm(sentence: str, name: str) -> None:
    """The firm the writer says they have long been a customer of is the one written to."""
    assert flagged(_reply(sentence)) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "Greetings from a long-time Golden Crust customer!",
        "I was a regular Brioche Lane customer until it closed.",
        "My mother has been a loyal Maple Oven customer for years.",
    ],
)
def test_loyal_customer_not_pasted(sentence: str) -> None:
    """The employer's own name, or a custom told as past or as another's, is no paste."""
    assert flagged(_reply(sentence)) == []


def _signed(company: str, line: str) -> str:
    """Return a reply from a rejection by ``company`` whose signature ends with ``line``."""
    return (
        "---\nto: [Ines Moreau <ines@employer.example>]\n"
        "rejection:\n  from: [Ines Moreau <ines@employer.example>]\n"
        f"  company: {company}\n---\nDear Ms Moreau,\n\n"
        "Thank you for the interview and for your kind answer. I hope to apply again.\n\n"
        f"Best regards,\nTom Reyes\n{line}\n"
    )


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Candidat - Night Manager, Hôtel Les Tilleuls", "Hôtel Les Tilleuls"),
        ("Candidata - Receptionist, Hotel Miramar Sol", "Hotel Miramar Sol"),
        ("Bewerberin - Night Auditor, Hotel Alpenrose Lodge", "Hotel Alpenrose Lodge"),
    ],
)
def test_applicant_line_in_another_language_names_another_hotel(line: str, name: str) -> None:
    """A signature's label in the writer's language, and a hotel of another name after it."""
    assert flagged(_signed("Hôtel Saint-Aubin", line)) == [name]


@pytest.mark.parametrize(
    "line",
    [
        "Candidat - Night Manager, Hôtel Saint-Aubin",
        "Candidata - Receptionist, Hotel Saint-Aubin",
    ],
)
def test_applicant_line_in_another_language_names_the_employer(line: str) -> None:
    """The employer's own hotel on the applicant's line is right."""
    assert flagged(_signed("Hôtel Saint-Aubin", line)) == []


def _graded(sentence: str) -> str:
    """Return an email reply whose Subject names a graded job ("Band 6 ...") at Kingsmere."""
    return (
        "From: Priya Shah <priya@mail.example>\n"
        "To: Joanne Hartley <joanne.hartley@kingsmere.nhs.uk>\n"
        "Date: Thu, 5 Mar 2026 19:03:11 +0000\n"
        "Subject: Re: Band 6 Biomedical Scientist - outcome\n"
        "Content-Type: text/plain; charset=UTF-8\n\n"
        f"Dear Ms Hartley,\n\n{sentence}\n\nKind regards,\nPriya Shah\n\n"
        "On Thu, Mar 5, 2026 at 1:22 PM Joanne Hartley <joanne.hartley@kingsmere.nhs.uk> wrote:\n"
        "> Thank you for attending interview for the Band 6 Biomedical Scientist post at\n"
        "> Kingsmere Hospitals NHS Foundation Trust. I'm sorry to tell you that you have\n"
        "> not been successful.\n"
    )


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Thanks for telling me about the Band 6 microbiology post at Ashgrove Royal.",
         "Ashgrove Royal"),
        ("I really wanted the Band 6 blood sciences role at Pennock Infirmary.",
         "Pennock Infirmary"),
    ],
)  # fmt: skip
def test_graded_job_in_plain_words_does_not_name_the_employer(sentence: str, name: str) -> None:
    """A grade and a field before the job's noun name the job: another hospital is pasted."""
    assert found(_graded(sentence), "wrong-company") == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "Thanks for telling me about the Band 6 microbiology post at Kingsmere.",
        "I trained at Ashgrove Royal before applying for the Band 6 microbiology post.",
    ],
)
def test_graded_job_beside_the_employer_or_own_past(sentence: str) -> None:
    """The employer's own name, or the writer's training elsewhere, is no paste."""
    assert found(_graded(sentence), "wrong-company") == []


def _journal(sentence: str) -> str:
    """Return a reply with ``sentence`` to a rejection from a medical journal."""
    return company_reply(
        sentence, "Meridian Medical Journal", "Rosa Achter", "rosa@meridianmedj.example", "Sam Oye"
    )


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("P.S. I'd still be glad to review for the Northgate Clinical Review whenever you "
         "need someone.", "Northgate Clinical Review"),
        ("I would love to write for the Lakeside Medical Letter while I keep practising.",
         "Lakeside Medical Letter"),
    ],
)  # fmt: skip
def test_work_offered_for_a_name_after_an_article(sentence: str, name: str) -> None:
    """Work the writer would gladly do for "the X" is for the one written to."""
    assert flagged(_journal(sentence)) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "I have reviewed for the Northgate Clinical Review whenever they asked.",
        "Thank you for the chance to interview for the Clinical Editor role.",
    ],
)
def test_work_for_a_name_after_an_article_not_offered(sentence: str) -> None:
    """Work done for another journal, or the job applied for, is no paste."""
    assert flagged(_journal(sentence)) == []
