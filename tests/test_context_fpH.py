"""wrong-company: names in passing beside the employer that are no employer written to.

Cases from the blind sets tests/context132-134, each on a new example: the employer's
partner named after its initials ("X's partnership with Y"), or the tool it uses; a
carrier's space or fleet its planners handle; a body's published guidelines; an investor's
money after the reader's plans; an application the writer is still preparing; the reader's
work done for a client's courses; and the signature under a closing of another language.
"""

from __future__ import annotations

import contexthelp


def flagged(sentence: str, company: str) -> list[str]:
    """Return the wrong-company findings of a reply to ``company`` holding ``sentence``."""
    return contexthelp.flagged(
        contexthelp.company_reply(sentence, company, "Ana Ruiz", "ana.ruiz@example.com", "Pat")
    )


# --- the employer, named by its initials or its name, with its partner or its tool ----------


def test_a_partner_of_the_employer_named_by_its_initials() -> None:
    company = "Marsh Valley State University"
    sentence = "I enjoyed learning about MVSU's partnership with the Rural Health Commission."
    assert flagged(sentence, company) == []


def test_a_tool_the_employer_uses() -> None:
    company = "Larkin Build Partners Ltd"
    sentence = "I enjoyed talking through the way Larkin uses Buildsoft for remeasures."
    assert flagged(sentence, company) == []


def test_the_same_names_where_the_job_is_are_flagged() -> None:
    assert flagged(
        "I would love to be considered for future posts at the Rural Health Commission.",
        "Marsh Valley State University",
    ) == ["Rural Health Commission"]


# --- a carrier's space or fleet ---------------------------------------------------------------


def test_a_carriers_allocations_handled_by_the_team() -> None:
    sentence = "Meeting the desk that handles the Nordic Air Cargo allocations was a pleasure."
    assert flagged(sentence, "Nile Bridge Forwarding") == []


def test_a_fleet_beside_the_employers_own_name() -> None:
    sentence = (
        "It was great to see how Hoekstra's planners work, and to hear about the Rijnmond"
        " Barge Services fleet."
    )
    assert flagged(sentence, "Hoekstra Shipping B.V.") == []


# --- a body's guidelines, an investor's money ---------------------------------------------------


def test_a_bodys_own_guidelines() -> None:
    sentence = (
        "I enjoyed the conversation about WU's nursing degree and the Nursing Council's new"
        " placement guidelines."
    )
    assert flagged(sentence, "Westmere University") == []


def test_an_investors_money_after_the_readers_plans() -> None:
    sentence = "Good luck with the expansion you mentioned after Harbourview Capital's investment."
    assert flagged(sentence, "Brennan Logistics") == []


# --- an application the writer is still preparing ---------------------------------------------


def test_an_application_in_hand_goes_to_another_body() -> None:
    sentence = (
        "I would value feedback on my interview, as I am drafting an application to the"
        " Northern Arts Foundation this autumn."
    )
    assert flagged(sentence, "Glenmore College") == []


def test_the_application_turned_down_is_flagged() -> None:
    assert flagged(
        "Thank you for considering my application to the Northern Arts Foundation.",
        "Glenmore College",
    ) == ["Northern Arts Foundation"]


# --- the reader's work for a client ---------------------------------------------------------


def test_the_readers_work_for_a_clients_courses() -> None:
    sentence = (
        "It was great to see how you design modules for the Regional Health Board's"
        " induction courses."
    )
    assert flagged(sentence, "Tessera Learning SL") == []


def test_the_readers_care_for_a_firms_patients_is_flagged() -> None:
    sentence = "It was great to see how you care for Oakvale Veterinary's patients."
    assert flagged(sentence, "Tessera Learning SL") == ["Oakvale Veterinary"]


# --- a signature under a closing of another language -----------------------------------------


def _signed(closing: str) -> str:
    return (
        "---\nto: [Ana Ruiz <ana.ruiz@example.com>]\nrejection:\n"
        "  from: [Ana Ruiz <ana.ruiz@example.com>]\n  company: Dijkstra Havenbouw B.V.\n---\n"
        "Beste Ana,\n\nThank you for considering me for the engineer role.\n\n"
        f"{closing}\nJoost Visser\nMSc Coastal Engineering, TU Delft\n\n#OpenToWork\n"
    )


def test_a_name_under_a_foreign_closing_stops_at_its_line() -> None:
    assert contexthelp.flagged(_signed("Met vriendelijke groet,")) == []


# --- a body doing its own work, beside the employer's own name --------------------------------


def test_a_body_doing_its_own_work_beside_the_employer() -> None:
    sentence = (
        "I wish the whole Arden Freight team every success as the Maritime Safety Authority"
        " rolls out its new inspection rules."
    )
    assert flagged(sentence, "Arden Freight Ltd") == []


def test_the_same_clause_without_the_employers_name_is_flagged() -> None:
    sentence = "I wish you every success as Corvel Shipping rolls out its new routes."
    assert flagged(sentence, "Arden Freight Ltd") == ["Corvel Shipping"]
