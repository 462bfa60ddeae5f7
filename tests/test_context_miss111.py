"""wrong-company: names pasted from another letter that context111-113 showed.

Cases from the blind sets tests/context111-113, each with new wordings: a signature line
"Dental nurse applicant, X" (a job's title going on in lower case), whose firm ends on a
word of the Subject's job; a family firm of brothers or sons in Spanish, Portuguese or
Italian ("X Hermanos"); a newspaper by its "Times"; a firm "and its commitment" the writer
enjoyed learning about; a pasted shop beside the reader greeted by a surname that the
family firm bears; and a hospital after a unit the thread names ("the HDU at X"). The
employer's own names, a person and a product stay unflagged.
"""

from __future__ import annotations

import pytest
from contexthelp import company_reply, flagged
from test_context_relations56 import _letter


def _signed(line: str, subject: str = "Re: Qualified Veterinary Nurse") -> list[str]:
    """Return the findings of a reply to a vets' practice signed with ``line`` under the name."""
    return flagged(
        "---\nto: [Priya Nair <priya@brooksidevets.example>]\n"
        f'subject: "{subject}"\nrejection:\n  from: [Priya Nair <priya@brooksidevets.example>]\n'
        "  company: Brookside Vets\n---\nDear Priya,\n\nThank you for letting me know.\n\n"
        f"Kind regards,\nAmy Clarke\n{line}\n"
    )


def _reply(company: str, sentence: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to ``company``."""
    return flagged(company_reply(sentence, company, "Lena Harlow",
                                 "lena@employer.example", "Sam Ortiz"))  # fmt: skip


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("context111/butcher-counter-terse-two-liner-pasted-mcginleys.md", "McGinley"),
        ("context111/dental-nurse-near-miss-name-in-signoff-polite-plea.md",
         "Bright Smiles Dental"),
        ("context111/family-hardware-spanish-client-near-miss-ferrer-hermanos.eml",
         "Ferrer Hermanos"),
        ("context112/support-agent-template-slots-pasted-carrier.md", "Skyreach Mobile"),
        ("context113/copy-editor-non-native-late-pasted-paper-in-thanks.md",
         "Kingsbridge Times"),
        ("context112/icu-nurse-pasted-old-hospital-fed-up-applemail.eml", "Holloway General"),
    ],
)  # fmt: skip
def test_the_letters_flag_the_pasted_name(path, name) -> None:
    assert name in _letter(path)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Veterinary nurse applicant, Oakfield Veterinary", "Oakfield Veterinary"),
        ("Senior vet nurse applicant - Marlow Animal Hospital", "Marlow Animal Hospital"),
    ],
)
def test_applicant_line_with_a_title_in_lower_case(line: str, name: str) -> None:
    """A job's title in lower case after its capital still opens an applicant's line."""
    assert _signed(line) == [name]


@pytest.mark.parametrize(
    "line",
    [
        "Veterinary nurse applicant, Brookside Vets",  # the employer itself
        "Veterinary nurse, RVN",  # no applicant's line
    ],
)
def test_applicant_line_naming_the_employer(line: str) -> None:
    assert _signed(line) == []


@pytest.mark.parametrize(
    ("company", "sentence", "name"),
    [
        ("Solano e Hijos", "I would like very much to work one day with Ortega Hermanos.",
         "Ortega Hermanos"),
        ("Padaria Lusa", "I hope to work one day with Souza Irmãos.", "Souza Irmãos"),
        ("Eastcombe Evening News", "Thank you very much to Millbrook Times for the interview.",
         "Millbrook Times"),
        ("Arcadia Broadband",
         "I really enjoyed learning about Brightwave Telecom and its commitment to customers.",
         "Brightwave Telecom"),
    ],
)  # fmt: skip
def test_pasted_firm_by_its_words_or_its_commitment(company: str, sentence: str,
                                                     name: str) -> None:  # fmt: skip
    """A family firm's word, a newspaper's "Times" and a firm's own commitment name a firm."""
    assert _reply(company, sentence) == [name]


@pytest.mark.parametrize(
    ("company", "sentence"),
    [
        ("Solano e Hijos", "I would like very much to work one day with Carlos Ortega."),
        ("Eastcombe Evening News", "Thank you very much to Eastcombe News for the interview."),
        ("Arcadia Broadband",
         "I really enjoyed learning about Arcadia Broadband and its commitment to customers."),
        ("Arcadia Broadband", "I enjoyed learning about Zendesk during my course."),
    ],
)  # fmt: skip
def test_person_employer_or_product_not_another_firm(company: str, sentence: str) -> None:
    assert _reply(company, sentence) == []


def _butcher(text: str) -> list[str]:
    """Return the findings of a two-line reply to a family butcher's, greeting its owner."""
    return flagged(
        "---\nto: [Lena Harlow <lena@harlowandsons.example>]\nrejection:\n"
        "  from: [Lena Harlow <lena@harlowandsons.example>]\n"
        f"  company: Harlow & Sons Butchers\n---\n{text}\n\nSam\n"
    )


def test_titled_reader_is_no_mention_of_the_family_firm() -> None:
    """A reader greeted "Ms Harlow" is a person: the shop pasted beside is still read."""
    text = "Ms Harlow, thanks for the chance at Brennan's and for your time on Monday."
    assert _butcher(text) == ["Brennan"]


def test_titled_reader_and_the_firm_itself() -> None:
    text = "Ms Harlow, thanks for the chance at Harlow's and for your time on Monday."
    assert _butcher(text) == []


def _ward(sentence: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to a hospital, its unit in the Subject."""
    return flagged(
        "---\nto: [Ruth Bell <ruth.bell@stbrigids.example>]\n"
        'subject: "Re: HDU Staff Nurse - St Brigid\'s Hospital"\nrejection:\n'
        "  from: [Ruth Bell <ruth.bell@stbrigids.example>]\n  company: St Brigid's Hospital\n"
        f"---\nDear Ruth,\n\nThank you for letting me know. {sentence}\n\nKind regards,\nAmy\n"
    )


def test_unit_at_another_hospital_names_that_hospital() -> None:
    """A unit the thread names, "at" another hospital, leaves that hospital to be read."""
    assert _ward("I really hoped to join the HDU at Ashcombe General.") == ["Ashcombe General"]


def test_unit_at_the_employer_itself() -> None:
    assert _ward("I really hoped to join the HDU at St Brigid's.") == []
