"""wrong-recipient and template-placeholder: the blind sets context177-182.

Honorifics the greeting may carry (Chinese "Laoshi" after a family name, Moroccan "Si"
before a given name), the short forms a colleague is called by (Greek "Kostas", Polish
"Gosia", Filipino "Joy" of Marijoy), the initials of a hyphenated given name ("J.-F."), a
German applications mailbox, and a "TK" that opens a club's name rather than marks a gap.
"""

from __future__ import annotations

import pytest
from contexthelp import found, greeted, labeled
from replylint.custom._people import is_generic_mailbox, is_pet_form_of, is_tail_of


def test_the_labeled_letters() -> None:
    assert labeled("context177/perama-provisions-kostas-good-qp.eml") == []
    assert labeled("context180/lokal-nord-quebec-md-hashtag-wrong-company.md") == []
    assert labeled("context180/dar-lougha-fes-md-late-wrong-company.md") == []
    fitwerk = "context178/fitwerk-leipzig-trainer-german-gmail-late-careers-mailbox-wrong-chain.eml"
    assert labeled(fitwerk) == ["bewerbung@fitwerk.de"]
    kvarner = "context178/tc-kvarner-clay-groundsman-croatian-gmail-late-sister-company.eml"
    assert labeled(kvarner, "template-placeholder") == []


# --- honorifics beside a name --------------------------------------------------------------


@pytest.mark.parametrize(
    ("greeting", "signer"),
    [
        ("Dear Wang Laoshi,", "Wang Fang"),
        ("Dear Zhao Xiansheng,", "Zhao Lei"),
        ("Dear Park Seonsaengnim,", "Park Ji-won"),
        ("Dear Si Youssef,", "Youssef Benali"),
        ("Dear Lalla Amina,", "Amina Tazi"),
    ],
)  # fmt: skip
def test_an_honorific_beside_the_signers_name_greets_them(greeting: str, signer: str) -> None:
    assert greeted(greeting, signer) == []


@pytest.mark.parametrize(
    ("greeting", "signer"),
    [
        ("Dear Zhou Laoshi,", "Wang Fang"),  # another family name
        ("Dear Si Karim,", "Youssef Benali"),  # another given name
    ],
)  # fmt: skip
def test_an_honorific_beside_someone_elses_name_is_still_wrong(greeting: str, signer: str) -> None:
    assert greeted(greeting, signer) == [greeting]


# --- short forms of the signer's given name ------------------------------------------------


@pytest.mark.parametrize(
    ("word", "given"),
    [
        ("kostas", "konstantinos"),
        ("nikos", "nikolaos"),
        ("vicky", "vasiliki"),
        ("gosia", "malgorzata"),
        ("malgosia", "malgorzata"),
        ("kuba", "jakub"),
    ],
)  # fmt: skip
def test_greek_and_polish_pet_forms(word: str, given: str) -> None:
    assert is_pet_form_of(word, {given})


def test_a_pet_form_of_another_name_is_none() -> None:
    assert not is_pet_form_of("kostas", {"kyriakos"})
    assert not is_pet_form_of("gosia", {"agnieszka"})


def test_the_second_name_of_a_filipino_compound_is_a_short_form() -> None:
    assert is_tail_of("vic", {"marivic"})
    assert is_tail_of("lou", {"marilou"})
    # a three-letter end after another start, or opening on a vowel, may be another name
    assert not is_tail_of("ann", {"joann"})
    assert not is_tail_of("ela", {"mariela"})


@pytest.mark.parametrize(
    ("greeting", "signer"),
    [
        ("Dear Nikos,", "Nikolaos Georgiou"),
        ("Dear Ms Gosia,", "Małgorzata Wrona"),
        ("Hello Ma'am Vic,", "Marivic Reyes"),
    ],
)  # fmt: skip
def test_a_short_form_greets_the_signer(greeting: str, signer: str) -> None:
    assert greeted(greeting, signer) == []


@pytest.mark.parametrize(
    ("greeting", "signer"),
    [
        ("Dear Nikos,", "Stavros Georgiou"),
        ("Hello Ma'am Lou,", "Marivic Reyes"),
    ],
)  # fmt: skip
def test_a_short_form_of_another_name_is_still_wrong(greeting: str, signer: str) -> None:
    assert greeted(greeting, signer) == [greeting]


# --- initials of a hyphenated given name ---------------------------------------------------


@pytest.mark.parametrize("greeting", ["Bonjour J.-P.,", "Hi J-P,"])
def test_the_initials_of_a_hyphenated_given_name_greet_the_signer(greeting: str) -> None:
    assert greeted(greeting, "Jean-Pierre Gagnon") == []


def test_initials_of_another_name_are_still_wrong() -> None:
    assert greeted("Bonjour J.-L.,", "Jean-Pierre Gagnon") == ["Bonjour J.-L.,"]


# --- a German applications mailbox ---------------------------------------------------------


@pytest.mark.parametrize(
    "address", ["bewerbung@werkstatt.example", "karriere@werkstatt.example",
                "sollicitaties@werkplaats.example"]
)  # fmt: skip
def test_applications_mailboxes_in_other_languages_are_shared(address: str) -> None:
    assert is_generic_mailbox(address)


def test_a_personal_mailbox_is_not_shared() -> None:
    assert not is_generic_mailbox("b.keller@werkstatt.example")


def test_a_reply_to_the_applications_mailbox_when_a_person_signed_is_wrong() -> None:
    reply = (
        "From: Lena Vogt <lena.vogt@example.net>\nTo: Werkstatt Bewerbungen "
        "<bewerbung@werkstatt.example>\nSubject: Re: Ihre Bewerbung\n"
        "Date: Tue, 4 Nov 2025 10:00:00 +0100\n\nDear Herr Keller,\n\nThank you for the "
        "trial day.\n\nBest regards\nLena Vogt\n\nAm Mo., 3. Nov. 2025 um 09:00 Uhr schrieb "
        "Werkstatt Bewerbungen <bewerbung@werkstatt.example>:\n> Hallo Frau Vogt,\n>\n"
        "> leider haben wir uns anders entschieden.\n>\n> Viele Grüße\n>\n> Bernd Keller\n"
        "> Werkstattleiter\n"
    )
    assert found(reply, "wrong-recipient") == ["bewerbung@werkstatt.example"]


# --- template-placeholder: "TK" --------------------------------------------------------


def test_an_editors_tk_alone_is_a_slot() -> None:
    letter = "Dear Jo,\n\nI enjoyed meeting everyone at TK last week.\n\nBest,\nSam\n"
    assert found(letter, "template-placeholder", "reply.txt") == ["TK"]


@pytest.mark.parametrize(
    "sentence",
    ["I train the juniors at TK Mladost on Saturdays.", "Please thank TK Boateng for the tour."],
)
def test_tk_before_a_name_is_no_slot(sentence: str) -> None:
    letter = f"Dear Jo,\n\n{sentence}\n\nBest,\nSam\n"
    assert found(letter, "template-placeholder", "reply.txt") == []
