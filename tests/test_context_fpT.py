"""wrong-company: names in passing that the blind sets context177-182 took for the employer.

Each reading on new wordings, beside a near case that is still flagged: a region named by
a word of the land the employer's name opens on ("the Niger Delta"); a body's exams the
writer means to sit; a maker named for machines someone knows; a signature under a closing
of another language, its job title in lower case; initials up to a word written as letters
("PNRx"); a school heading its name in French ("École ..."); an airport's short name beside
the aviation employer's own name; the writer's farewell to the people of their own
workplace; and a family's hashtag.
"""

from __future__ import annotations

import pytest
from contexthelp import company_reply, flagged

#: The employers written to: their name and the signer's address.
_EMPLOYERS = {
    "barges": ("Volta Delta Logistics Corporation", "dana@voltadelta.com.gh"),
    "agency": ("Tyne Port Shipping Agency Ltd", "dana@tyneport.co.uk"),
    "tankers": ("Nordhavn Tankers AS", "dana@nordhavn.no"),
    "pharmacy": ("Prairie North Rx Supply Inc.", "dana@prairienorthrx.ca"),
    "translation": ("Lumière Traductions SARL", "dana@lumiere-traductions.fr"),
    "handler": ("Savanna Aviation Services Ltd", "dana@savanna-aviation.com"),
    "salon": ("Peony & Sage Hair Ltd", "dana@peonyandsage.co.uk"),
}


def _flagged(employer: str, sentence: str) -> list[str]:
    company, address = _EMPLOYERS[employer]
    return flagged(company_reply(sentence, company, "Dana Price", address, "Sam Lee"))


@pytest.mark.parametrize(
    ("employer", "sentence", "expected"),
    [
        # names in passing: not flagged
        pytest.param("barges", "Thank you for showing me how your barges bring cargo in from "
                     "the Niger Delta.", [], id="a region named by the land"),
        pytest.param("agency", "I'm considering the Clyde Shipping Agency exams next year, so "
                     "your view would help me decide.", [], id="a body's exams the writer weighs"),
        pytest.param("agency", "I'm planning to sit the Clyde Shipping Agency exams this "
                     "autumn, so your view would help.", [], id="a body's exams to be sat"),
        pytest.param("tankers", "I hope your new engineer knows Kestrel Marine engines better "
                     "than your interview suggested.", [], id="a maker of machines known"),
        pytest.param("tankers", "I hope your new engineer maintains Kestrel Marine engines "
                     "better than I would have.", [], id="a maker of machines kept up"),
        pytest.param("pharmacy", "I'd love to be considered for future openings at PNRx.",
                     [], id="initials up to a word written as letters"),
        pytest.param("translation", "I hope to see you at the next interpreting day at the École "
                     "Supérieure d'Interprètes de Lyon.", [], id="a school heading in French"),
        pytest.param("handler", "Thank you for considering me for the Ramp Agent role at Kotoka "
                     "International and for the time the Savanna team gave me.",
                     [], id="an airport beside the employer's name"),
        pytest.param("salon", "I'll be saying goodbye to everyone at Cut Above Barbers when I "
                     "relocate in June.", [], id="a farewell to the writer's own workplace"),
        pytest.param("salon", "We said farewell to all my colleagues at Cut Above Barbers last "
                     "week.", [], id="a farewell to the writer's colleagues"),
        pytest.param("salon", "The regulars at my old salon still tag me in #OkaforFamily "
                     "photos.", [], id="a family's hashtag"),
        # the near cases: still flagged
        pytest.param("barges", "I'd still love to join Niger Delta Logistics one day.",
                     ["Niger Delta Logistics"], id="a rival of the employer's trade"),
        pytest.param("agency", "I'd still love to work for Clyde Shipping Agency one day.",
                     ["Clyde Shipping Agency"], id="the same body as the one wished to join"),
        pytest.param("agency", "I hope to sit the Clyde Shipping Agency aptitude test again.",
                     ["Clyde Shipping Agency"], id="a test of the hiring"),
        pytest.param("tankers", "I would love to join Fjord Bulk Tankers one day.",
                     ["Fjord Bulk Tankers"], id="a rival tanker firm joined"),
        pytest.param("pharmacy", "I'd love to be considered for future openings at PNMx.",
                     ["PNMx"], id="initials of another name"),
        pytest.param("translation", "I remain very interested in Traductions Nord and would be "
                     "glad to be considered.", ["Traductions Nord"], id="a rival agency"),
        pytest.param("handler", "Thank you for considering me for the Ramp Agent role at "
                     "Swissport International and for the time you gave me.",
                     ["Swissport International"], id="International alone, employer unnamed"),
        pytest.param("handler", "Thank you for considering me for the Ramp Agent role at Falcon "
                     "Cargo International and for the time the Savanna team gave me.",
                     ["Falcon Cargo International"], id="a firm's word before International"),
        pytest.param("salon", "Please say goodbye to everyone at Cut Above Barbers for me.",
                     ["Cut Above Barbers"], id="a farewell asked of the reader"),
        pytest.param("salon", "I wish everyone at Cut Above Barbers a busy summer.",
                     ["Cut Above Barbers"], id="a wish to the people written to"),
    ],
)  # fmt: skip
def test_names_in_passing(employer: str, sentence: str, expected: list[str]) -> None:
    assert _flagged(employer, sentence) == expected


#: A reply signed under a Spanish closing, the writer's job title in lower case.
_SIGNED = """---
to: [Dana Price <dana@riverbendsoccer.org>]
rejection:
  from: [Dana Price <dana@riverbendsoccer.org>]
  company: Riverbend Youth Soccer League
---
Hi Dana,

Thank you for showing me round the fields. {sentence}

Gracias,
Mateo "Teo" Ruiz
Field crew, Town of Alamo Parks & Recreation
"""


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the signature's firm is the writer's own
        ("Please keep me in mind if another grounds post opens up.", []),
        # a rival club named as the employer is still flagged
        ("I'd be proud to keep Hidalgo United's fields in shape one day.", ["Hidalgo United"]),
    ],
)  # fmt: skip
def test_signature_under_a_closing_of_another_language(sentence: str, expected: list[str]) -> None:
    assert flagged(_SIGNED.format(sentence=sentence)) == expected
