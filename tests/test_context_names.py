"""wrong-company and wrong-recipient against the context: company names, people's names."""

from __future__ import annotations

import pytest
from replylint import lint_text
from replylint.sources import quote, signature


def _front(company: str = "", signers: tuple[str, ...] = ("Dana Whitfield <dana@acmecorp.com>",),
           to: tuple[str, ...] = ()) -> str:  # fmt: skip
    lines = ["---"]
    if to:
        lines.append("to: [" + ", ".join(f'"{p}"' for p in to) + "]")
    lines.append("rejection:")
    if signers:
        lines.append("  from: [" + ", ".join(f'"{p}"' for p in signers) + "]")
    if company:
        lines.append(f"  company: {company}")
    return "\n".join([*lines, "---", ""])


def found(text: str, rule: str, path: str = "reply.md", model: str = "blank") -> list[str]:
    """Return the text of each finding of ``rule`` in the letter ``text``."""
    return [f.text for f in lint_text(text, path=path, select=(rule,), model=model)]


def company_letter(company: str, sentence: str, quoted: str = "") -> str:
    letter = (f"{_front(company)}Dear Dana,\n\nThank you for letting me know. {sentence}\n\n"
              f"Best regards,\nSam Lee\n")  # fmt: skip
    if quoted:
        letter += "\nOn Mon, 2 Mar 2026 at 10:00, Dana Whitfield <dana@acmecorp.com> wrote:\n"
        letter += "\n".join(f"> {line}" for line in quoted.splitlines()) + "\n"
    return letter


def email(subject: str, body: str, quoted: str = "", to: str = "Dana Whitfield <dana@acme.com>",
          attribution: str = "Dana Whitfield <dana@acme.com>") -> str:  # fmt: skip
    text = (f"From: Sam Lee <sam.lee@example.org>\nTo: {to}\nSubject: {subject}\n"
            f"Date: Tue, 3 Mar 2026 10:00:00 +0000\n\n{body}\n")  # fmt: skip
    if quoted:
        text += f"\nOn Mon, 2 Mar 2026 at 16:20, {attribution} wrote:\n"
        text += "\n".join(f"> {line}" for line in quoted.splitlines()) + "\n"
    return text


# --- wrong-company: the employer's own names are never another company -------------------


def test_a_department_named_in_the_subject_is_the_employers() -> None:
    body = ("Dear Dana,\n\nThank you for the update. I would love to join the Data Platform "
            "Group if a role opens again.\n\nBest,\nSam")  # fmt: skip
    letter = email("Re: Data Engineer, Data Platform Group", body,
                   "Hi Sam,\n\nWe will not be moving forward.\n\nBest regards,\nDana Whitfield\n"
                   "Recruiter\nAcme Corp")  # fmt: skip
    assert found(letter, "wrong-company", "reply.eml") == []


def test_a_department_named_in_the_quoted_rejection_is_the_employers() -> None:
    letter = company_letter(
        "Acme Corp",
        "I would still love to be considered for future roles in the Risk Analytics Group.",
        "Hi Sam,\n\nThe Risk Analytics Group has chosen another candidate.\n\nDana",
    )
    assert found(letter, "wrong-company") == []


def test_a_restaurant_named_after_its_neighbourhood_is_a_site_of_the_employer() -> None:
    named = company_letter(
        "Lanterna Hospitality Group",
        "I would love to work at Shoreditch again one day.",
        "Hi Sam,\n\nThank you for the trial shift at our Shoreditch restaurant.\n\nDana",
    )
    assert found(named, "wrong-company") == []
    hotel = company_letter(
        "Lanterna Hospitality Group",
        "I would love to join the team at the Marylebone hotel one day.",
    )
    assert found(hotel, "wrong-company") == []


def test_a_care_home_and_a_plant_are_sites_not_companies() -> None:
    house = company_letter("Evergreen Care", "I would love to join the team at Willow House.")
    plant = company_letter(
        "Dunmore Foods", "Please consider me for future roles at the Millbrook Plant."
    )
    assert found(house, "wrong-company") == found(plant, "wrong-company") == []


def test_a_school_of_the_district_that_wrote_is_not_another_employer() -> None:
    letter = company_letter(
        "Lakeview School District", "I hope to be considered for roles at Oakridge Elementary."
    )
    assert found(letter, "wrong-company") == []


def test_a_trade_fair_is_an_event_not_a_company() -> None:
    letter = company_letter(
        "Kessler Automation",
        "It was a pleasure to meet your team at the Hannover Messe, and I would love to "
        "join you one day.",
    )
    fair = company_letter(
        "Kessler Automation", "I enjoyed meeting the team at the Leeds Jobs Fair last spring."
    )
    assert found(letter, "wrong-company") == found(fair, "wrong-company") == []


def test_the_writers_own_school_and_past_employer_are_not_the_addressee() -> None:
    school = company_letter(
        "Acme Corp",
        "As a graduate of Leeds Beckett University, I would love to join your team one day.",
    )
    past = company_letter("Acme Corp", "At Ogilvy I wrote long-form content for five years.")
    clients = company_letter(
        "Acme Corp", "I would love to bring my work with clients like Kessler Group."
    )
    assert found(school, "wrong-company") == found(past, "wrong-company") == []
    assert found(clients, "wrong-company") == []


def test_initials_of_a_partnership_leave_out_the_partners() -> None:
    letter = company_letter(
        "Harlow Briggs & Partners LLP", "I would still love to join HB in the future."
    )
    assert found(letter, "wrong-company") == []


# --- wrong-company: another organisation where the employer should be --------------------


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("I would love to be part of a crew like Corvane's someday.", "Corvane"),
        ("It would mean a lot to be part of a family like Brightwater one day.", "Brightwater"),
        ("I would still love to work for Telvanta one day.", "Telvanta"),
        ("The people at Northway were so welcoming during my visit.", "Northway"),
        ("I would love to join St. Brendan's Hospital in the future.", "St. Brendan's Hospital"),
    ],
)
def test_another_company_after_any_word_about_working_there(sentence: str, name: str) -> None:
    assert found(company_letter("Halvorsen Marine", sentence), "wrong-company") == [name]


def test_another_lender_where_a_job_might_open_is_flagged() -> None:
    letter = company_letter(
        "Northgate Bank",
        "I hope to be considered when something opens up at Fairway Lending.",
    )
    assert found(letter, "wrong-company") == ["Fairway Lending"]


def test_a_near_miss_of_the_employers_name_is_flagged_with_the_right_spelling() -> None:
    letter = company_letter(
        "Brightline Freight", "I would love to work at Brightlane Freight in future."
    )
    (finding,) = lint_text(letter, path="reply.md", select=("wrong-company",), model="blank")
    assert finding.text == "Brightlane Freight"
    assert "'Brightline Freight'" in finding.message
    right = company_letter("Brightline Freight", "I would love to work at Brightline in future.")
    assert found(right, "wrong-company") == []


def test_the_company_comes_from_a_legal_form_line_when_the_attribution_has_no_address() -> None:
    quoted = ("Hi Sam,\n\nWe have decided not to go ahead.\n\nKind regards,\nSam Jones\n"
              "Harrow Fabrications Ltd.\nWorkshop Manager")  # fmt: skip
    text = "Thanks.\n\nOn Mon, 2 Mar 2026 at 10:00, Sam Jones wrote:\n" + "\n".join(
        f"> {line}" for line in quoted.splitlines()
    )
    context = quote.find(text, 0, len(text)).context
    assert context.company == "Harrow Fabrications Ltd."
    assert [p.name for p in context.signers] == ["Sam Jones"]
    bare = "Thanks.\n\nOn Mon, 2 Mar 2026 at 10:00, Sam Jones wrote:\n> No.\n>\n> Sam Jones\n"
    bare += "> Harrow Fabrications Ltd.\n"
    assert quote.find(bare, 0, len(bare)).context.company == "Harrow Fabrications Ltd."


def test_the_trained_pipeline_finds_the_same_other_company(model: str) -> None:
    letter = company_letter(
        "Greyfriars Insurance", "I would still love the chance to work at Ashcombe Mutual one day."
    )
    assert found(letter, "wrong-company", model=model) == ["Ashcombe Mutual"]


# --- wrong-recipient: names in every culture ------------------------------------------------


def recipient(greeting: str, signers: tuple[str, ...], to: tuple[str, ...] = ()) -> list[str]:
    letter = f"{_front(signers=signers, to=to)}{greeting}\n\nThank you for your time.\n"
    return found(letter, "wrong-recipient")


@pytest.mark.parametrize(
    ("greeting", "signer"),
    [
        ("Dear Madame Dubois,", "Claire Dubois <claire@lumiere.fr>"),
        ("Bonjour Monsieur Martin,", "Luc Martin <luc@lumiere.fr>"),
        ("Chère Mme Dubois,", "Claire Dubois <claire@lumiere.fr>"),
        ("Sehr geehrte Frau Weber,", "Anna Weber <anna@weber.de>"),
        ("Estimada Sra. Ortega,", "Lucía Ortega <lucia@sierra.es>"),
        ("Dear Senhor Araújo,", "João Pedro Araújo <jp.araujo@porto.pt>"),
        ("Prezada Senhora Costa,", "Ana Costa <ana@porto.pt>"),
        ("Dear Lucia,", "Lucía Ortega <lucia@sierra.es>"),
        ("Dear Tanabe-san,", "Yuki Tanabe <yuki@hoshi.jp>"),
        ("Dear Yamada-sama,", "Yamada Kenji <kenji@hoshi.jp>"),
        ("Dear Dr van der Merwe,", "Dr Riaan van der Merwe <riaan@path.co.za>"),
        ("Dear Wen Li,", "Tan Wen Li <wenli@kaspar.sg>"),
        ("Dear Ms Smith-Jones,", "Anna Smith-Jones <anna@acme.com>"),
        ("Dear A. Smith-Jones,", "Anna Smith-Jones <anna@acme.com>"),
        ("Dear Dr al-Rashid,", "Omar Al-Rashid <omar@acme.com>"),
        ("Dear Principal Moore,", "Helen Moore <h.moore@lakeview.org>"),
        ("Dear Chef Bianchi,", "Giulia Bianchi <giulia@lume.it>"),
    ],
)
def test_honorifics_particles_and_name_orders_address_the_signer(greeting, signer) -> None:
    assert recipient(greeting, (signer,)) == []


def test_a_foreign_greeting_to_someone_else_is_still_flagged() -> None:
    assert recipient("Bonjour Monsieur Dupont,", ("Luc Martin <luc@lumiere.fr>",)) == [
        "Bonjour Monsieur Dupont,"
    ]
    assert recipient("Dear Ms. Whitfeld,", ("Dana Whitfield <dana@acmecorp.com>",))
    assert recipient("Dear Senhor Almeida,", ("João Pedro Araújo <jp.araujo@porto.pt>",))


def test_to_the_team_is_a_greeting_to_nobody_in_particular() -> None:
    assert recipient("To the Hiring Team,", ("Dana Whitfield <dana@acmecorp.com>",)) == [
        "To the Hiring Team,"
    ]


def test_hi_all_is_generic_for_one_signer_and_fine_for_two() -> None:
    assert recipient("Hi all,", ("Dana Whitfield <dana@acmecorp.com>",)) == ["Hi all,"]
    two = ("Dana Whitfield <dana@acmecorp.com>", "Tom Reyes <tom@acmecorp.com>")
    assert recipient("Hi both,", two) == recipient("Hi all,", two) == []


def test_a_template_slot_in_the_greeting_is_not_a_wrong_recipient() -> None:
    signers = ("Dana Whitfield <dana@acmecorp.com>",)
    assert recipient("Dear {first_name},", signers) == []
    assert recipient("Dear [Hiring Manager Name],", signers) == []


def test_a_no_reply_sender_is_never_taken_as_the_signer() -> None:
    letter = email(
        "Re: Your application",
        "Dear Dana,\n\nThank you for your time.\n\nBest,\nSam",
        "Hi Sam,\n\nWe have decided not to go ahead.\n\nThe Talent Team",
        to="Dana Whitfield <dana@acme.com>",
        attribution="Acme Talent Team <no.reply@acme.com>",
    )
    assert found(letter, "wrong-recipient", "reply.eml") == []


def test_the_zone_of_an_attribution_line_is_not_part_of_the_senders_name() -> None:
    text = ("Thanks.\n\nOn Wed, Feb 25, 2026 at 1:20 PM +0100 Jakob Brenner "
            "<jakob@lumen.de> wrote:\n> No.\n")  # fmt: skip
    (signer,) = quote.find(text, 0, len(text)).context.signers
    assert signer.name == "Jakob Brenner"


def test_a_greeting_to_someone_already_reported_in_to_is_not_reported_twice() -> None:
    findings = recipient("Hi Priya,", ("Tomasz Zielinski <tomasz@northcove.io>",),
                         to=("Priya Nair <priya.nair@northcove.io>",))  # fmt: skip
    assert findings == ["Hi Priya,"]  # one finding, on the greeting (it names her address)


@pytest.mark.parametrize(
    ("greeting", "signer"),
    [
        ("Dear Mr. Haruto,", "WATANABE Haruto <h.watanabe@kiriko.co.jp>"),
        ("Dear Ms Eszter,", "KOVÁCS Eszter <eszter.kovacs@tisza.hu>"),
        ("Dear Dr. Mei Ling,", "GOH Mei Ling <meiling.goh@merlion.sg>"),
    ],
)
def test_an_honorific_before_a_surname_first_signers_given_name_is_flagged(greeting, signer):
    (finding,) = lint_text(f"{_front(signers=(signer,))}{greeting}\n\nThank you for your time.\n",
                           path="reply.md", select=("wrong-recipient",), model="blank")  # fmt: skip
    assert finding.text == greeting
    family = signer.split()[0].title()
    assert f"family name is {family}" in finding.message


@pytest.mark.parametrize(
    ("greeting", "signer"),
    [
        ("Dear Mr. Watanabe,", "WATANABE Haruto <h.watanabe@kiriko.co.jp>"),
        ("Dear Haruto,", "WATANABE Haruto <h.watanabe@kiriko.co.jp>"),
        ("Dear Encik Faizal,", "Faizal bin Rahman <faizal@kenari.com.my>"),
        ("Dear Kovács Eszter,", "KOVÁCS Eszter <eszter.kovacs@tisza.hu>"),
    ],
)
def test_the_family_name_or_the_given_name_alone_is_right(greeting, signer) -> None:
    assert recipient(greeting, (signer,)) == []


def test_hi_all_to_one_signer_named_twice_in_the_context_is_still_generic() -> None:
    # the attribution gives "Rhys Morgan", the sign-off only "Rhys": one person, not two
    signers = ("Rhys Morgan <rhys@glanllyn.co.uk>", "Rhys")
    assert recipient("Hi all,", signers) == ["Hi all,"]


def test_every_signer_listed_on_the_sign_off_may_be_greeted_and_written_to() -> None:
    quoted = ("Hi Sam,\n\nWe offered the role to someone else.\n\nBest wishes,\n"
              "Lotte Berg, Arne Dahl and Maja Holm\nHiring Panel\nVinterlys Energi AS")  # fmt: skip
    letter = email("Re: Analyst", "Hi everyone,\n\nThank you for your time.\n\nBest,\nSam",
                   quoted, to="Lotte Berg <lotte@vinterlys.no>, Arne Dahl <arne@vinterlys.no>, "
                   "Maja Holm <maja@vinterlys.no>", attribution="Lotte Berg <lotte@vinterlys.no>")  # fmt: skip
    assert found(letter, "wrong-recipient", "reply.eml") == []


def test_a_misspelled_hyphenated_name_under_a_localised_outlook_quote_is_flagged() -> None:
    letter = ("From: Sam Lee <sam@example.org>\nTo: Aurore Vidal-Marchand <aurore@verrerie.fr>\n"
              "Subject: RE: Candidature\nDate: Tue, 3 Mar 2026 10:00:00 +0000\n\n"
              "Dear Madame Vidal-Merchand,\n\nThank you for your time.\n\nBest,\nSam\n\n"
              "De : Aurore Vidal-Marchand <aurore@verrerie.fr>\nEnvoyé : lundi 2 mars 2026 16:00\n"
              "À : Sam Lee <sam@example.org>\nObjet : Candidature\n\nBonjour Sam,\n\nNon.\n")  # fmt: skip
    (finding,) = lint_text(letter, path="reply.eml", select=("wrong-recipient",), model="blank")
    assert finding.text == "Dear Madame Vidal-Merchand,"
    assert "misspelling of 'Vidal-Marchand'" in finding.message


@pytest.mark.parametrize("sign_off", ["Best of luck,", "Take care,", "Kindest regards,"])
def test_a_rejection_signed_off_as_a_reply_would_be_names_its_signer(sign_off: str) -> None:
    # the quoted rejection and the reply know the same sign-offs (parts.SIGN_OFF): the
    # quote once had a shorter list of its own and missed these
    body = f"We have decided not to move forward.\n\n{sign_off}\nDana Whitfield\nHR Manager\n"
    context = signature.signature_context(body)
    assert [person.name for person in context.signers] == ["Dana Whitfield"]


@pytest.mark.parametrize(
    "signer",
    [
        "The Appointments Board <appointments@northfield.ac.uk>",
        "Graduate Admissions Office <gradoffice@lakemont.edu>",
        "Physics Faculty Search <physsearch@lakemont.edu>",
        "Selection Panel <panel@harbourtrust.org>",
    ],
)
def test_a_board_office_search_or_panel_that_signed_may_be_greeted_as_a_group(signer) -> None:
    # nobody signed by name: "To the search committee" greets the group that wrote
    assert recipient("To the search committee,", (signer,)) == []


def test_the_subject_names_the_employer_when_its_name_matches_the_recipients_domain() -> None:
    # no quoted rejection: the Subject and the address written to are all the context
    letter = email(
        "Re: Junior Analyst - Westbrook Freight Ltd",
        "Dear Ms. Oduya,\n\nThank you for the interview. I hope to apply to Eastbrook Freight "
        "again next spring.\n\nBest wishes,\nSam",
        to="Grace Oduya <grace.oduya@westbrookfreight.co.uk>",
    )
    assert found(letter, "wrong-company", "reply.eml") == ["Eastbrook Freight"]
    right = letter.replace("Eastbrook Freight", "Westbrook Freight")
    assert found(right, "wrong-company", "reply.eml") == []
    # a Subject part that is not the domain's name gives no company
    elsewhere = letter.replace("westbrookfreight.co.uk", "haulage-careers.com")
    assert found(elsewhere, "wrong-company", "reply.eml") == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [("I hope to apply to Southmoor Rail again next year.", "Southmoor Rail"),
     ("I will apply to Southmoor again in the spring.", "Southmoor")],
)  # fmt: skip
def test_applying_to_another_company_is_flagged(sentence: str, name: str) -> None:
    # "Southmoor" is too far from "Northmoor" for a misspelling: another firm's name
    assert found(company_letter("Northmoor Rail Ltd", sentence), "wrong-company") == [name]
    right = sentence.replace("Southmoor", "Northmoor")
    assert found(company_letter("Northmoor Rail Ltd", right), "wrong-company") == []
