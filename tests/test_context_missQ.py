"""wrong-company: names written where the employer's belongs, that context171-176 missed.

Each reading on new wordings, beside honest sentences that name other bodies and stay
unflagged: the employer's name with one of its own words changed (for a trade's word, or
past a bracketed short form), the same field headed by another kind of house ("Casa" for
"Museo") or after Portuguese "do", another of the employer's kind by a name the thread
spells for it, a house's estate to a trust that keeps one house, a firm asked to keep the
writer in mind for its openings ("if X can consider me"), the writer's worth brought "to
the X", interest "in working with X" or in "the growth of X" beside the ask to be
considered, a unit of X's joined ("the X books department"), and future openings "in the
kitchen of X". Last, the employer's initials made past "do" and a bracketed name ("OSR"),
which "of course" (no course studied) no longer hides.
"""

from __future__ import annotations

import pytest
from contexthelp import found, replier

_nursery = replier("Heather Glen Nursery Ltd", "Morag Innes", "m.innes@heatherglen.example", "Kit")
_wetlands = replier(
    "Rufiji Delta Mangrove Trust (RDMT)", "Asha Mrema", "a.mrema@rufijidelta.example", "Jo"
)
_institute = replier(
    "Instituto Arara-Azul do Pantanal", "Ana Souza", "ana.souza@araraazul.example", "Rui"
)
_museum = replier(
    "Fundación Museo del Tango Rioplatense", "Luis Paz", "lpaz@museodeltango.example", "Bea"
)
_park = replier("Wildpark Heidehof GmbH", "Ines Kopp", "i.kopp@heidehof.example", "Lena")
_trust = replier("Tana Highlands Elephant Trust", "Mary Wanjiku", "m.wanjiku@tana.example", "Ali")
_cinemas = replier("Cinemas Sol Naciente", "Rosa Ibarra", "r.ibarra@solnaciente.example", "Dani")
_lifts = replier("Mosel Aufzugtechnik GmbH", "Eva Brandt", "e.brandt@moselaufzug.example", "Tom")
_preschool = replier("Little Acorns Preschool", "Dana Cruz", "d.cruz@littleacorns.example", "Ro")
_gallery = replier("Riverbend Regional Gallery", "Pita Sione", "p.sione@riverbend.example", "Em")


def _eml(sentence: str, signature: str) -> list[str]:
    """Return the findings of a Gmail reply holding ``sentence`` above a quoted rejection."""
    reply = (
        "From: Sam Hale <sam.hale@mail.example>\n"
        "To: Lars Berg <lars.berg@solbacka.example>\n"
        "Subject: Re: Guide 2026\n"
        "Date: Tue, 10 Mar 2026 09:00:00 +0100\n\n"
        f"Dear Lars,\n\nThank you for letting me know. {sentence}\n\nKind regards,\nSam Hale\n\n"
        "On Mon, 9 Mar 2026 at 16:00, Lars Berg <lars.berg@solbacka.example> wrote:\n"
        "> Dear Sam,\n>\n> Thank you for your application. We have offered the post to\n"
        "> another candidate.\n>\n> Best regards,\n> Lars Berg\n"
    )
    lines = "".join(f"> {line}\n" for line in signature.splitlines())
    return found(reply + lines, "wrong-company")


# --- the employer's name with one of its own words changed ---------------------------------


@pytest.mark.parametrize(
    ("reply", "sentence", "name"),
    [
        (
            _nursery,
            "I'd love to be considered if anything comes up at Heather Bank Nursery in future.",
            "Heather Bank Nursery",
        ),
        (
            _wetlands,
            "I would be glad to be considered for future positions at the Rufiji Delta Forest "
            "Trust.",
            "Rufiji Delta Forest Trust",
        ),
    ],
)
def test_a_word_of_the_employers_own_changed_is_another_body(reply, sentence, name) -> None:
    """One word changed, for a trade's word or past the bracketed initials, is flagged."""
    assert reply(sentence) == [name]


@pytest.mark.parametrize(
    ("reply", "sentence"),
    [
        (_nursery, "I'd love to be considered if anything comes up at Heather Glen Nursery."),
        (
            _wetlands,
            "I'd be glad to be considered for future positions at the Rufiji Delta Mangrove Trust.",
        ),
        (_wetlands, "I'd be glad to be considered for future positions at the Rufiji Delta Trust."),
        (_nursery, "Before my degree I trained at Heather Bank Nursery for two years."),
    ],
)
def test_the_employers_names_and_an_own_past_pass(reply, sentence) -> None:
    """The employer's own name, its short form, and the writer's past at another pass."""
    assert reply(sentence) == []


# --- the same field headed by another kind of house, or after Portuguese "do" --------------


def test_another_institute_of_another_region_is_flagged() -> None:
    sentence = "I'd be glad to stay in touch with everyone at Instituto Arara do Cerrado."
    assert _institute(sentence) == ["Instituto Arara do Cerrado"]


def test_the_employers_own_institute_passes() -> None:
    sentence = "I'd be glad to stay in touch with everyone at Instituto Arara-Azul do Pantanal."
    assert _institute(sentence) == []


def test_a_house_of_the_museums_field_is_another_body() -> None:
    sentence = "It would be a pleasure to collaborate with the Casa del Tango Rosarino team."
    assert _museum(sentence) == ["Casa del Tango Rosarino"]


def test_the_museums_own_name_passes() -> None:
    sentence = "It would be a pleasure to collaborate with the Museo del Tango team again."
    assert _museum(sentence) == []


# --- another of the employer's kind by a name the thread spells; a trust's one house -------


_MANOR = "Lars Berg\nIntendent\nStiftelsen Solbacka herrgård | Solbacka Manor Foundation"
_HALL = (
    "Lars Berg\nCollections Manager\nThornbury Hall Trust\nThornbury Hall, Ludlow Road, Shropshire"
)


def test_another_manor_to_a_manor_named_in_english_in_the_thread_is_flagged() -> None:
    sentence = "Please keep me in mind for future seasons at Lindholm Manor."
    assert _eml(sentence, _MANOR) == ["Lindholm Manor"]


def test_the_manor_itself_passes() -> None:
    sentence = "Please keep me in mind for future seasons at Solbacka Manor."
    assert _eml(sentence, _MANOR) == []


def test_another_estate_to_a_trust_that_keeps_one_house_is_flagged() -> None:
    sentence = (
        "Please keep me in mind for future projects at Westacre Park, I would be happy to "
        "come back to Shropshire."
    )
    assert _eml(sentence, _HALL) == ["Westacre Park"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Please keep me in mind for future projects at Thornbury Hall.",
        "I would be happy to come back to Shropshire for the spring conference.",
        "We walked round Westacre Park after the interview.",
    ],
)
def test_the_trusts_house_and_a_walk_pass(sentence: str) -> None:
    assert _eml(sentence, _HALL) == []


# --- a firm asked to keep the writer in mind for its openings ------------------------------


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Of course I would be glad if Tierpark Lingen thinks of me for future vacancies.",
            "Tierpark Lingen",
        ),
        (
            "I'd be very happy if Zoo Ostheide can consider me again for the next opening.",
            "Zoo Ostheide",
        ),
    ],
)
def test_a_firm_glad_to_be_kept_in_mind_by_is_the_one_written_to(sentence, name) -> None:
    assert _park(sentence) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "Of course I would love to join Tierpark Lingen one day.",
        "Of course I'd still love to work for Tierpark Lingen.",
    ],
)
def test_of_course_is_no_course_studied(sentence: str) -> None:
    """The idiom "of course" opens a wish, not the writer's studies at the name."""
    assert _park(sentence) == ["Tierpark Lingen"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I will tell you if Tierpark Lingen considers me for the keeper vacancy there.",
        "If Tierpark Lingen calls me for an interview, I will let you know.",
        "I'd be glad if Tierpark Lingen keeps me on after my training, but I'd still love to "
        "work with you.",
        "Of course I did a course on animal welfare at Tierpark Lingen last year.",
    ],
)
def test_news_of_another_application_and_an_own_past_pass(sentence: str) -> None:
    assert _park(sentence) == []


# --- the writer's worth brought to a body named with its article ---------------------------


def test_own_worth_brought_to_the_body_is_flagged() -> None:
    sentence = "I still hope to bring my donor network to the Mara Rhino Alliance."
    assert _trust(sentence) == ["Mara Rhino Alliance"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I plan to bring my students to the Nairobi National Museum next term.",
        "I am bringing my field experience to the Kenya Forest Service this spring.",
        "I will bring my experience to the Kenya Forest Service conference as a speaker.",
    ],
)
def test_goods_taken_to_a_place_or_a_move_made_pass(sentence: str) -> None:
    assert _trust(sentence) == []


# --- interest in working with X, or in X's doings, beside the ask to be considered ---------


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "I'm still very interested in working with Cines Aurora and would be grateful to be "
            "considered for future openings.",
            "Cines Aurora",
        ),
        (
            "I'm still excited about the expansion of Cines Aurora in Jalisco and would love to "
            "be considered for future openings.",
            "Cines Aurora",
        ),
    ],
)
def test_interest_in_another_chains_work_with_the_ask_is_flagged(sentence, name) -> None:
    assert _cinemas(sentence) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm interested in working with Netflix data, and I'd like to be considered for future "
        "analytics roles.",
        "I was excited about the growth of Netflix in Mexico, and I hope you consider me for "
        "future openings.",
        "I'm excited about the growth of Data Science in Mexico and would love to be "
        "considered for future openings.",
        "I'm very interested in working with Cinépolis as a distributor partner in future.",
    ],
)
def test_a_topic_a_past_interest_or_a_partner_passes(sentence: str) -> None:
    assert _cinemas(sentence) == []


# --- a unit of another firm's, joined or worked for ----------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("I would be very happy to work for the Kone repair team in the future.", "Kone"),
        ("I still hope to join the Marbeck furniture department one day.", "Marbeck"),
    ],
)
def test_a_firms_unit_wished_for_is_the_firm_written_to(sentence: str, name: str) -> None:
    assert _lifts(sentence) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "I'd love to join the SAP finance team one day.",
        "I hope to join the Leeds service team one day.",
        "I'm joining the Marbeck furniture department next month.",
        "I used to work for the Kone repair team in Trier.",
    ],
)
def test_a_product_a_town_or_a_move_made_passes(sentence: str) -> None:
    assert _lifts(sentence) == []


# --- future openings in a unit of another body ---------------------------------------------


def test_future_openings_in_the_kitchen_of_another_school_are_flagged() -> None:
    sentence = "Please keep me in mind for future vacancies in the kitchen of Rainbow Tots Academy."
    assert _preschool(sentence) == ["Rainbow Tots Academy"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Please keep me in mind for future openings in the kitchen of your Northside campus.",
        "I'd love to hear of future openings in the city of Austin.",
        "I am looking for future openings in the kitchen of a school like Rainbow Tots Academy.",
    ],
)
def test_the_employers_own_unit_a_town_or_a_likeness_passes(sentence: str) -> None:
    assert _preschool(sentence) == []


# --- another body of the employer's kind named after a place of two words ------------------


def test_another_regional_gallery_joined_is_flagged() -> None:
    sentence = "I remain keen on joining the Silver Creek Regional Gallery team one day."
    assert _gallery(sentence) == ["Silver Creek Regional Gallery"]


def test_the_galleries_own_team_passes() -> None:
    sentence = "I remain keen on joining the Riverbend Regional Gallery team one day."
    assert _gallery(sentence) == []


# --- the employer's initials past a joining word and a bracketed name ---------------------


_orchestra = replier(
    "Orquestra Sinfônica do Recife (Fundação Cultural do Recife)",
    "Rui Lins",
    "rui.lins@sinfonicarecife.example",
    "Ana",
)


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm sad not to be joining the OSR, but I understand the decision.",
        "Of course I'm sad not to be joining the OSR, but I understand the decision.",
    ],
)
def test_the_employers_initials_past_do_and_its_brackets_pass(sentence: str) -> None:
    """The initials of Orquestra Sinfônica do Recife are OSR, past "do" and the brackets."""
    assert _orchestra(sentence) == []
