"""wrong-company: names of the employer's world that are no pasted firm.

Cases from the blind sets tests/context100 and tests/context101, each with new wordings: a
school's division in plain words ("the Upper School"), an umbrella body sharing the
employer's first word ("the Lakeshore Arts Alliance"), an agency helping the writer now
("X are helping me"), a room "in the" building ("the Hallam Studio"), a fair wished luck
for a season to come ("at Frieze Masters this autumn"), the place to keep in touch at
("in touch, perhaps at MuseumNext") and a department's team met beside the reader's own
colleagues ("the team at the Bergen Design Library"). A pasted name beside each stays
flagged. Left: "the Ulsan team" (a Korean city; only world knowledge tells it from a firm's
coined name).
"""

from __future__ import annotations

import pytest
from contexthelp import company_reply, flagged
from test_context_relations56 import _letter

_EMPLOYERS = {
    "school": ("Hillcrest School", "Grace Eze", "grace.eze@hillcrest.example"),
    "opera": ("Lakeshore Opera Theater", "Marcus Delgado", "marcus@lakeshoreopera.example"),
    "rig": ("Brodgar Drilling Ltd", "Fiona Tait", "fiona.tait@brodgardrilling.example"),
    "gallery": ("The Cairns Gallery", "Florence Kaur", "f.kaur@thecairnsgallery.example"),
    "art": ("Ashcombe Fine Art", "Camilla Wright", "camilla@ashcombefineart.example"),
    "museum": ("Nordlys Museum of Art and Design", "Ingrid Sorensen",
               "ingrid@nordlysmuseum.example"),
}  # fmt: skip


def _reply(employer: str, sentence: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to one of the employers above."""
    company, signer, address = _EMPLOYERS[employer]
    return flagged(company_reply(sentence, company, signer, address, "Sam Reed"))


@pytest.mark.parametrize(
    "path",
    [
        "context100/rig-electrician-nested-thunderbird-tz-within.eml",
        "context101/museum-many-orgs-none-wrong-perfect.md",
        "context101/opera-timezone-trap-chicago-london-not-late.md",
        "context101/rambling-warm-too-long-benefactor-wings.md",
    ],
)
def test_the_letters_flag_nothing(path) -> None:
    assert _letter(path) == []


def test_the_gallery_letter_flags_only_the_pasted_gallery() -> None:
    path = "context101/gallery-sales-outlook-original-message-thanks-wrong-gallery.eml"
    assert _letter(path) == ["Hollis & Frye Fine Art"]


@pytest.mark.parametrize(
    ("employer", "sentence"),
    [
        ("school", "Thanks again to everyone in the Upper School for the visit."),
        ("school", "Please pass my thanks to the Junior School staff as well."),
        ("opera", "Please pass on my best to everyone at the Lakeshore Arts Alliance."),
        ("opera", "Please give my regards to everyone at the Lakeshore Dance Federation too."),
        ("rig", "Brightpath Talent Partners are helping me with my CV, so please consider "
                "me for future vacancies."),
        ("rig", "Northgate Careers Ltd have been coaching me on interviews, so please "
                "consider me for future vacancies."),
        ("gallery", "Thank you for the tour; the alarm went off in the Hallam Studio while "
                    "you were showing me round, which made the day."),
        ("gallery", "Thank you for the tour; the talk you gave in the Keller Studio while "
                    "you showed me round was lovely."),
        ("art", "Best of luck at Frieze Masters this autumn."),
        ("art", "Good luck at Art Basel in June."),
        ("museum", "I would love to stay in touch, perhaps at MuseumNext in Amsterdam."),
        ("museum", "I hope we keep in touch, perhaps at MuseumNext, and that you'll consider "
                   "me for future openings."),
        ("museum", "I enjoyed meeting your colleagues from the Tromso site and the team at "
                   "the Bergen Design Library."),
        ("museum", "It was lovely meeting your colleagues in conservation and the team at "
                   "the Halvorsen Print Archive."),
    ],
)  # fmt: skip
def test_a_name_of_the_employers_world_is_not_flagged(employer, sentence) -> None:
    assert _reply(employer, sentence) == []


@pytest.mark.parametrize(
    ("employer", "sentence", "name"),
    [
        ("school", "Thanks again to everyone in the Upper School and at Greenfield School "
                   "for the visit.", "Greenfield School"),
        ("opera", "Please pass on my best to everyone at the Lakeshore Arts Alliance and at "
                  "Riverside Opera Theater.", "Riverside Opera Theater"),
        ("rig", "Orion Talent Partners are now helping me, and I hope Northway Drilling "
                "will keep me in mind for future vacancies.", "Northway Drilling"),
        ("gallery", "The alarm went off in the Hallam Studio, and I hope Brightwater Gallery "
                    "will keep me in mind for future roles.", "Brightwater Gallery"),
        ("art", "Best of luck at Frieze Masters this autumn, and thank you for considering "
                "me for the role at Hollis Fine Art.", "Hollis Fine Art"),
        ("museum", "I would love to stay in touch, perhaps at MuseumNext, and to be "
                   "considered for future roles at Bergen Art Museum.", "Bergen Art Museum"),
        # a team met beside no colleague of the reader's, or at a name standing bare
        ("museum", "I enjoyed meeting you and the team at the Bergen Design Library.",
         "Bergen Design Library"),
        ("museum", "I enjoyed meeting your colleagues and the team at Stavanger Art Museum.",
         "Stavanger Art Museum"),
    ],
)  # fmt: skip
def test_a_pasted_name_beside_stays_flagged(employer, sentence, name) -> None:
    assert _reply(employer, sentence) == [name]


def test_a_meeting_place_before_the_jobs_clause_is_left_by_the_gate() -> None:
    # NOTE: left by the cue-beside gate (_org_future.cued_firm): no word of the job, the hiring
    # or a wish stands beside the name, so the sentence-wide cue no longer makes it the firm
    # written to. On new blind letters that cue was wrong far more often than right.
    assert (
        _reply(
            "museum",
            "I hope we keep in touch, perhaps at Museum Futures Ltd, and that you'll consider me "
            "for future openings.",
        )
        == []
    )
