"""The employer's name read from a rejection's sign-off: titles, towns and parents on its lines."""

from __future__ import annotations

import pytest
from replylint.sources import quote, signature


def _company(sign_off: str, domain: str) -> str | None:
    """Return the company read from a rejection ending on ``sign_off`` sent from ``domain``."""
    body = f"Dear Sam,\n\nWe have offered the post to another candidate.\n\nRegards,\n{sign_off}\n"
    return signature.signature_context(body, (domain,)).company


# --- a title in another language is no firm's line ------------------------------------------


@pytest.mark.parametrize(
    ("title", "firm"),
    [
        ("Dekanin, Fakultät für Chemie", "Hochschule Weidental"),
        ("Analista de Compras", "Ceramarte Pisos Ltda"),
        ("Analist Werving en Selectie", "Brouwerij Zandvoet B.V."),
    ],
)
def test_a_title_in_another_language_is_not_the_company(title: str, firm: str) -> None:
    assert _company(f"Mira Kowal\n{title}\n{firm}", "example.net") == firm


def test_a_firms_line_without_a_title_above_it_stays_the_company() -> None:
    assert _company("Mira Kowal\nHochschule Weidental", "example.net") == "Hochschule Weidental"


def test_a_registrar_is_a_title() -> None:
    sign_off = "Dr. Anil Rao\nRegistrar\nKestrel Institute of Management"
    assert _company(sign_off, "example.net") == "Kestrel Institute of Management"


# --- the organisation before its town or its parent on one line ------------------------------


def test_the_town_after_an_institute_is_its_site_though_the_domain_spells_it() -> None:
    sign_off = "Dr. Anil Rao\nDean of Studies\nKestrel Institute of Management, Raipur"
    assert _company(sign_off, "kim-raipur.ac.in") == "Kestrel Institute of Management"


def test_a_department_before_its_university_is_no_organisation_of_its_own() -> None:
    sign_off = "Dr. Lena Holt\nProfessor\nDepartment of Marine Biology, Ashgrove University"
    assert _company(sign_off, "ashgrove.ac.uk") == "Ashgrove University"


def test_a_college_before_its_parent_university_is_the_employer() -> None:
    sign_off = ("Dr Iona Vale, Head Librarian\nOwen Price, HR Officer\n"
                "Greyfriars College, University of Holmbury")  # fmt: skip
    context = signature.signature_context(
        f"Dear Sam,\n\nWe are sorry.\n\nBest wishes,\n\n{sign_off}\n", ("holmbury.ac.uk",)
    )
    assert context.company == "Greyfriars College"
    assert [p.name for p in context.signers] == ["Dr Iona Vale", "Owen Price"]


def test_a_second_signer_under_a_titled_one_is_still_read() -> None:
    sign_off = "Iona Vale, Head Librarian\nOwen Price, Archivist"
    context = signature.signature_context(
        f"Dear Sam,\n\nWe are sorry.\n\nBest wishes,\n\n{sign_off}\n", ("holmbury.ac.uk",)
    )
    assert [p.name for p in context.signers] == ["Iona Vale", "Owen Price"]


def test_an_arm_of_a_club_named_in_plain_words_leaves_the_domain_to_decide() -> None:
    sign_off = "Ray Dunn\nCommunity Trust, Millbrook Athletic FC"
    assert _company(sign_off, "millbrookathletic.co.uk") == "Millbrook Athletic FC"


def test_a_legal_name_with_its_site_in_brackets() -> None:
    sign_off = "Ito Hana\nPeople Team, Osaka Head Office\nKumo Devices Inc. (Kobe Branch)"
    assert _company(sign_off, "example.net") == "Kumo Devices Inc."


# --- a job's name in the rejection's text is not the employer --------------------------------


def test_the_job_applied_to_is_not_the_company() -> None:
    assert quote._company_in_text("Thank you for applying to the Harbour Data Internship.") is None
    assert quote._company_in_text("Thank you for your application to Harbour Data.") == (
        "Harbour Data"
    )
