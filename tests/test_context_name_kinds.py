"""wrong-company: what a name is by its own words: a forum that is a body, a sibling ministry, a ship."""

from __future__ import annotations

from contexthelp import company_reply, flagged


def _to(company: str, sentence: str) -> list[str]:
    """Return the wrong-company findings of ``sentence`` in a reply to ``company``."""
    reply = company_reply(sentence, company, "Tan Wei Ling", "weiling@example.sg", "Nur Aisyah")
    return flagged(reply)


ARBITRATION = "Straits Arbitration Centre"


def test_a_forum_with_work_or_vacancies_of_its_own_is_a_body() -> None:
    # the letter: "Forum" is no event when the writer would contribute to its work
    sentence = (
        "It remains a goal of mine to contribute to the Gulf International Arbitration "
        "Forum's work in investor-state cases."
    )
    assert _to(ARBITRATION, sentence) == ["Gulf International Arbitration Forum"]
    sentence = "I will keep an eye on the Gulf Arbitration Forum's vacancies."
    assert _to(ARBITRATION, sentence) == ["Gulf Arbitration Forum"]
    sentence = "I still hope to contribute to the Atlantic Policy Forum's research someday."
    assert _to("Northgate Policy Institute", sentence) == ["Atlantic Policy Forum"]


def test_a_forum_of_the_employers_trade_is_a_body_unless_it_is_gone_to() -> None:
    sentence = "I would still love to join the Gulf Arbitration Forum one day."
    assert _to(ARBITRATION, sentence) == ["Gulf Arbitration Forum"]
    # attended, or held somewhere, it is an event
    sentence = "I spoke on a panel at the Gulf Arbitration Forum in Dubai."
    assert _to(ARBITRATION, sentence) == []


def test_a_forum_attended_stays_an_event() -> None:
    assert _to("Kestrel Energy", "I hope to see you at the Africa Energy Forum in Cape Town.") == []
    sentence = "I hope we meet at the Africa Energy Forum's next edition in Cape Town."
    assert _to("Kestrel Energy", sentence) == []
    assert (
        _to("Kestrel Energy", "I enjoyed the Davos Forum's sessions on transition finance.") == []
    )
    assert _to(ARBITRATION, "I enjoyed the Gulf Arbitration Forum's panels last spring.") == []


JUSTICE = "Department of Regional Justice"


def test_another_department_of_a_department_is_its_sibling_not_its_part() -> None:
    # the letter: a wish to the Department of Home Affairs, written to Regional Justice
    sentence = "I wish everyone at the Department of Home Affairs every success."
    assert _to(JUSTICE, sentence) == ["Department of Home Affairs"]
    sentence = "I hope the Department of Home Affairs benefits from the new agenda."
    assert _to(JUSTICE, sentence) == ["Department of Home Affairs"]
    sentence = "I wish everyone at the Ministry of Finance every success."
    assert _to("Ministry of Health", sentence) == ["Ministry of Finance"]


def test_the_employers_own_department_or_a_universitys_stays_its_part() -> None:
    assert _to(JUSTICE, "I wish everyone at the Department every success.") == []
    sentence = "I would be keen on future roles with the Department of Justice."
    assert _to(JUSTICE, sentence) == []  # the employer's own name, shortened
    sentence = "I wish everyone at the Department of Chemistry every success."
    assert _to("University of Eastbridge", sentence) == []
    sentence = "I was glad to hear about the Department of Public Health's new programme."
    assert _to("Ministry of Health", sentence) == []


CRUISES = "Amazonia Cruceros"


def test_one_word_after_the_whose_parts_are_a_ships_is_a_vessel() -> None:
    # the letter: "the Iara" is the cruise line's riverboat
    sentence = "Learning about the Iara's new itineraries up the Rio Negro was fascinating."
    assert _to(CRUISES, sentence) == []
    assert _to(CRUISES, "Touring the Iara's upper deck was the highlight of my day.") == []
    sentence = "The Iara's crew made me feel very welcome, and I loved the Iara's deck."
    assert _to(CRUISES, sentence) == []


def test_one_word_after_the_stays_a_firm_by_its_team_culture_or_bare_name() -> None:
    assert _to(CRUISES, "I would love to meet the Orbis team one day.") == ["Orbis"]
    assert _to(CRUISES, "I was impressed by the Orbis's culture.") == ["Orbis"]
    # named without "the" elsewhere, it is a firm, whatever its "'s" owns
    sentence = "Orbis is a fine firm, and I loved hearing about the Orbis's itineraries."
    assert _to(CRUISES, sentence) == ["Orbis"]
