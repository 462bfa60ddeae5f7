"""wrong-company: the employer's own names and names in passing, as the blind sets context171-176 have them.

Each reading on new wordings, beside a near case that is still flagged: a name the signers'
own domain spells (whole, or by its initials in that order); initials of a word with
capitals inside ("LumaWerk Cebu" is LWC); a brand before a town where its domain has a
plain word; a plural or a stem of the employer's own word ("Libraries" of Library); initials
the domain does not spell, and a course the writer finished; a career "in" a country; two
titles joined by a slash before the job's noun; work the writer has done at a place; a
place whose name ends in "Field"; bids the writer wrote to a funder; a show held at a venue,
where the writer hopes to meet the reader; a site of no firm's shape where the reader met
the writer; the records a body left; a name qualifying a thing beside the employer's own
name; and a project worked on "with" someone's crew.
"""

from __future__ import annotations

import pytest
from contexthelp import company_reply, flagged, found

#: The employers written to: their name and the signer's address.
_EMPLOYERS = {
    "park": ("Kumogawa Leisure K.K.", "dana@kumogawa-world.jp"),
    "park, other domain": ("Kumogawa Leisure K.K.", "dana@kumogawa-leisure.jp"),
    "trust": ("Western Ranges Pest Free Trust", "dana@pfwr.org.nz"),
    "trust, other domain": ("Western Ranges Pest Free Trust", "dana@wrpft.org.nz"),
    "bowling": ("Kestrel Lanes & Bar Ltd", "dana@kestrellanes.co.uk"),
    "builder": ("Vektor-Bau Dresden GmbH", "dana@vektorbau-dresden.de"),
    "electrical": ("Kavi Electrical Works (Pvt.) Ltd.", "dana@kavielectrical.pk"),
    "library": ("Tarrabool Library", "dana@tarrabool.gov.au"),
    "signs": ("Hải Vân Signage Co., Ltd.", "dana@haivansigns.vn"),
    "zoo": ("Fundación Monte Claro", "dana@zoomonteclaro.es"),
    "aquapark": ("Aquapark Zielona Fala", "dana@zielonafala.pl"),
    "cinemas": ("Gaumont Screens plc", "dana@gaumontscreens.co.uk"),
    "sprinklers": ("Cascadia Fire Systems, Inc.", "dana@cascadiafire.com"),
    "charity": ("Lowland Rivers Trust", "dana@lowlandrivers.org.uk"),
    "sign maker": ("Pennine Signcraft Ltd", "dana@penninesigncraft.co.uk"),
    "institute": ("Instituto Lobo-Guará do Cerrado", "dana@loboguara.org.br"),
    "archive": ("Tamar Valley Record Office", "dana@tvro.org.uk"),
    "plumbing": ("Eastside Plumbing Group Pty Ltd", "dana@eastsideplumbing.com.au"),
    "contractor": ("Logan Southside Electrical Pty Ltd", "dana@southsideelectrical.com.au"),
}


def _flagged(employer: str, sentence: str) -> list[str]:
    company, address = _EMPLOYERS[employer]
    return flagged(company_reply(sentence, company, "Dana Price", address, "Sam Lee"))


@pytest.mark.parametrize(
    ("employer", "sentence", "expected"),
    [
        # the employer's own names, and names in passing: not flagged
        pytest.param("park", "Thank you for considering me for the Ride Host position at "
                     "Kumogawa World.", [], id="a name the signers' domain spells"),
        pytest.param("trust", "I wish everyone at Pest Free Western Ranges a good season.",
                     [], id="words in the order of the domain's initials"),
        pytest.param("bowling", "Good luck at Kestrel Leeds this season.",
                     [], id="a brand before a town"),
        pytest.param("electrical", "I have completed AVE Electrical from Punjab Technical "
                     "Institute and I want to become a better electrician.",
                     [], id="a diploma the writer completed, by its initials"),
        pytest.param("library", "I wish the whole team at Tarrabool Libraries every success.",
                     [], id="the employer's word in the plural"),
        pytest.param("signs", "I wish the new technician and Hai Van Signs much success.",
                     [], id="the trade said by its stem"),
        pytest.param("zoo", "Any advice would help, as I hope to build my career in Portugal.",
                     [], id="a career in a country"),
        pytest.param("aquapark", "Thank you for the chance to interview for the Ski Patroller "
                     "/ Lift Attendant position.", [], id="two titles joined by a slash"),
        pytest.param("cinemas", "I've done a lot of sound work at Apex Theatres in Hull, so any "
                     "feedback would help.", [], id="work the writer has done there"),
        pytest.param("sprinklers", "Seeing the pump room in the hangar job at Hanscom Field was "
                     "a highlight.", [], id="a place ending in Field"),
        pytest.param("charity", "I've written applications to the Garfield Weston Foundation "
                     "and others, so I'd love to know where the gaps were.",
                     [], id="bids the writer wrote to a funder"),
        pytest.param("sign maker", "I hope to catch you both at Print & Pack UK at Olympia.",
                     [], id="a show held at a venue"),
        pytest.param("institute", "Thank you for the time you and Dr. Ruiz spent with me at "
                     "Estancia Boa Vista.", [], id="a site of no firm's shape met at"),
        pytest.param("archive", "I especially enjoyed seeing the Bude Canal Company minutes "
                     "during the visit.", [], id="the records a body left"),
        pytest.param("plumbing", "I enjoyed seeing how the Eastside team prices the Hunter "
                     "Water mains.", [], id="a thing qualified beside the employer's name"),
        pytest.param("contractor", "I really enjoyed laying conduit on the warehouse job with "
                     "Marco's crew.", [], id="a project worked on with a crew"),
        # the near cases: still flagged
        pytest.param("park, other domain", "Thank you for considering me for the Ride Host "
                     "position at Kumogawa World.", ["Kumogawa World"],
                     id="a namesake of another domain"),
        pytest.param("trust, other domain", "I wish everyone at Pest Free Western Ranges a "
                     "good season.", ["Pest Free Western Ranges"],
                     id="words turned round against the domain"),
        pytest.param("bowling", "Good luck at Kestrel Lanez this season.", ["Kestrel Lanez"],
                     id="the brand misspelt"),
        pytest.param("builder", "I would be happy to do my training at Vektor-Bau Leipzig in "
                     "the future.", ["Vektor-Bau Leipzig"], id="another town than the domain's"),
        pytest.param("electrical", "I would love to join Kavy Electrical one day.",
                     ["Kavy Electrical"], id="the employer misspelt"),
        pytest.param("electrical", "I would love to join KAVY ELECTRICAL one day.",
                     ["KAVY ELECTRICAL"], id="the employer misspelt in capitals"),
        pytest.param("electrical", "Good luck to AVE Electrical.", ["AVE Electrical"],
                     id="a rival wished well"),
        pytest.param("library", "I wish the whole team at Tarrabool Museums every success.",
                     ["Tarrabool Museums"], id="another word after the first"),
        pytest.param("signs", "I wish the new technician and Hai Van Sails much success.",
                     ["Hai Van Sails"], id="another word in the trade's place"),
        pytest.param("zoo", "Any advice would help, as I hope to build my career with Bioparc "
                     "Lisboa.", ["Bioparc Lisboa"], id="a career with a firm"),
        pytest.param("aquapark", "I would still love to write for the Baltic Courier.",
                     ["Baltic Courier"], id="a name wished to work for"),
        pytest.param("cinemas", "I'd still love to do sound work at Apex Theatres, so any "
                     "feedback would help.", ["Apex Theatres"], id="work wished there"),
        pytest.param("sprinklers", "Seeing the pump room in the hangar job at Hanscom "
                     "Fabrication was a highlight.", ["Hanscom Fabrication"],
                     id="a firm where the job is"),
        pytest.param("charity", "Thank you for reading my application to the Upland Waters "
                     "Trust so closely.", ["Upland Waters Trust"],
                     id="the writer's own application"),
        pytest.param("sign maker", "I'd be glad to be considered for future vacancies at Print "
                     "& Pack UK.", ["Print & Pack UK"], id="a firm the writer would work at"),
        pytest.param("institute", "Thank you for the time you and Dr. Ruiz spent with me at "
                     "Boa Vista Consulting.", ["Boa Vista Consulting"], id="a firm met at"),
        pytest.param("archive", "I especially enjoyed meeting the Bude Canal Company team "
                     "during the visit.", ["Bude Canal Company"], id="a firm's people met"),
        pytest.param("plumbing", "I enjoyed seeing how the Eastside team prices the Hunter "
                     "Water team.", ["Hunter Water"], id="a name before its team"),
        pytest.param("contractor", "I would still love a job with Marco Builders one day.",
                     ["Marco Builders"], id="a post with a firm"),
        pytest.param("contractor", "I hope there will be a job with Marco Builders for me one "
                     "day.", ["Marco Builders"], id="a post with a firm hoped for"),
    ],
)  # fmt: skip
def test_a_name_is_flagged_only_where_it_stands_for_another_employer(
    employer: str, sentence: str, expected: list[str]
) -> None:
    assert _flagged(employer, sentence) == expected


#: A reply quoting its rejection, whose signature spells the employer's name in full.
_QUOTED = """From: Sam Lee <sam@example.com>
To: Dana Price <dana@lumawerk.ph>
Subject: RE: Your application
Date: Wed, 7 May 2025 08:10:00 +0800

Hi Dana,

Thank you for considering me for the Weaver position. {sentence}

Best,
Sam

________________________________
From: Dana Price <dana@lumawerk.ph>
Sent: Tuesday, May 6, 2025 3:48 PM
To: Sam Lee <sam@example.com>
Subject: Your application

Hi Sam,

Thank you for your interest in joining LumaWerk Cebu. We have decided to move forward
with another applicant.

Regards,
Dana Price
LumaWerk Cebu Inc.
"""


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # initials of a word with capitals inside are the employer's own
        ("Please keep me in mind for any future roles at LWC.", []),
        ("Please keep me in mind for any future roles at KWT.", ["KWT"]),
        # where the reader met the writer: a name the quoted rejection never gives
        ("Thanks for the time you and the panel spent with me at Osprey Assurance.",
         ["Osprey Assurance"]),
    ],
)  # fmt: skip
def test_names_read_against_the_quoted_rejection(sentence: str, expected: list[str]) -> None:
    assert found(_QUOTED.format(sentence=sentence), "wrong-company") == expected
