"""wrong-company: the employer's ground, a sponsor's name, a unit of two functions, its group.

Cases from the blind set tests/context63, each with new wordings: the employer's short
form before a place's word ("the Kelenföldi Aréna" of kelenfoldise.hu), no misspelling of
its domain; an auditorium where the writer was welcomed; a firm's name on a club's kit or
an orchestra's series ("their new X Insurance kit"), its sponsor's; a department named by
two functions joined with "&" ("the Visitor Engagement & Education team"); and the group
an imprint or a label is said to work inside. The nearby uses that still name a pasted
firm (a rival's name on the series, a pair's name before "team", work wished within the
group) stay flagged.
"""

from __future__ import annotations

import pytest
from contexthelp import company_reply, flagged
from test_context_relations56 import _letter


def _to(company: str, address: str, sentence: str) -> list[str]:
    """Return the wrong-company findings of ``sentence`` in a reply to ``company``."""
    return flagged(company_reply(sentence, company, "Toth Kata", address, "Lee Park"))


_CLUB = ("Kelenföldi SE", "toth.kata@kelenfoldise.hu")
_ORCHESTRA = ("Orquesta Sinfónica del Sur", "kata@sinfonicadelsur.org.ar")
_MUSEUM = ("Kilima Heritage Museum", "kata@kilimaheritage.or.ke")
_PUBLISHER = ("Quillon Books", "kata@quillonbooks.co.uk")


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("context63/football-kitman-hungarian-surname-first-clean.md", "Dunaparti Aréna"),
        ("context63/football-kitman-hungarian-surname-first-clean.md", "Tisza Bank"),
        ("context63/orchestra-horn-names-school-academy-sponsor.md", "Teatro Auditorium"),
        ("context63/orchestra-horn-names-school-academy-sponsor.md", "Banco del Atlántico Sur"),
        ("context63/museum-educator-names-departments-clean.md", "Learning & Outreach"),
        ("context63/publisher-editor-late-names-imprint-and-group.md", "Halden Media Group"),
    ],
)
def test_the_letters_no_longer_flag_the_legitimate_name(path, name) -> None:
    assert name not in _letter(path)


# --- the employer's ground and a hall it plays in ------------------------------------------------


def test_the_short_form_before_a_places_word_is_no_misspelt_domain() -> None:
    sentence = "Thank you for showing me the dressing rooms at the Kelenföldi Aréna."
    assert _to(*_CLUB, sentence) == []


def test_a_misspelt_domain_is_still_flagged() -> None:
    firm = ("Zementwerke Albrecht", "kata@zementwerke-albrecht.de")
    assert _to(*firm, "I hope to join Zementwerke Albrect one day.") == ["Zementwerke Albrect"]


def test_an_auditorium_welcomed_in_is_a_place_but_a_grill_is_a_firm() -> None:
    assert _to(*_ORCHESTRA, "Thank you for the warm welcome at the Kelvin Auditorium.") == []
    sentence = "Thank you for the warm welcome at Route 66 Grill."
    assert _to(*_ORCHESTRA, sentence) == ["Route 66 Grill"]


# --- a sponsor's name on a club's kit or an orchestra's series ------------------------------------


@pytest.mark.parametrize(
    ("company", "sentence"),
    [
        (_CLUB, "Good luck to the lads in the Danubia Insurance shirts this spring."),
        (_ORCHESTRA, "I wish the players a wonderful Coral Bank summer series."),
        (_ORCHESTRA, "I wish the orchestra a wonderful Banco Austral concerts season."),
    ],
)
def test_a_firm_named_on_kit_or_a_series_is_its_sponsor(company, sentence) -> None:
    assert _to(*company, sentence) == []


@pytest.mark.parametrize(
    ("company", "sentence", "name"),
    [
        (_CLUB, "I would love to join the Danubia Insurance team one day.", "Danubia Insurance"),
        (_ORCHESTRA, "I wish you a wonderful Orquesta Sinfónica del Norte summer series.",
         "Orquesta Sinfónica del Norte"),
    ],
)  # fmt: skip
def test_a_firms_team_or_a_rivals_series_is_still_flagged(company, sentence, name) -> None:
    assert _to(*company, sentence) == [name]


# --- a unit named by two functions ----------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for introducing me to the Visitor Engagement & Education team.",
        "It was lovely meeting the Sales & Marketing team.",
    ],
)
def test_functions_joined_with_and_name_a_department(sentence) -> None:
    assert _to(*_MUSEUM, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Thank you for introducing me to the Harbour & Vine team.", "Harbour & Vine"),
        ("It was lovely meeting the Kettle & Crumb team.", "Kettle & Crumb"),
        ("I'd love to stay in touch with the Mercy Corps team.", "Mercy Corps"),
    ],
)
def test_a_pair_of_plain_words_before_team_is_still_a_firm(sentence, name) -> None:
    assert _to(*_MUSEUM, sentence) == [name]


# --- the group an imprint or a label works inside -------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for showing me how a children's imprint works inside the Corran "
        "Publishing Group.",
        "Seeing how a small label fits into the Halden Music Group was a real eye-opener, "
        "thank you.",
    ],
)
def test_the_group_a_member_works_inside_is_its_owner(sentence) -> None:
    assert _to(*_PUBLISHER, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for explaining how a company like mine would work inside the Halden "
        "Media Group.",
        "I would love to work within the Halden Media Group one day.",
    ],
)
def test_the_writers_own_work_within_the_group_is_still_flagged(sentence) -> None:
    assert _to(*_PUBLISHER, sentence) == ["Halden Media Group"]
