"""wrong-company: a name inside the writer's own work wished for, the wish further back.

A firm-like name counts as the one written to by the sentence-wide cue only with a word of
the job beside it (``_org_beside.cue_beside``). The writer's wish, hope, dream or pride governing the
clause that holds the name ("I had hoped to ... at X", "It was my ambition to ... at X",
"I'd love a ... with X", "At X I'd love to ...") makes it the job's place too, however far
back the wish stands. A wish sent to the employer about a partner, the reader's dealings
with a name, or a wish with no work in it are not. Each example here is new.
"""

from __future__ import annotations

import contexthelp
import pytest

flagged = contexthelp.replier("Arden Provisions Ltd", "Maya Okafor", "m.okafor@example.com", "Rui")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # "to" and the work wished, the name inside that clause
        ("I had hoped to restore the old fermenting cellars at Tessaro Foods this spring.",
         "Tessaro Foods"),
        ("It was always my dream to cure hams by hand at Tessaro Foods.", "Tessaro Foods"),
        ("I would have loved to stock the Tessaro Foods larder before the holidays.",
         "Tessaro Foods"),
        ("I'd have been proud to wear the Tessaro Foods apron at the county show.",
         "Tessaro Foods"),
        # a thing of the writer's own wished with the name
        ("I'd still love a season in the smokehouse with Tessaro Foods.", "Tessaro Foods"),
        # the sentence opened on the name, then the wish still open
        ("At Tessaro Foods I'd still love to cure hams one day.", "Tessaro Foods"),
        ("During my first week at Tessaro Foods I would have loved to shadow the butchers.",
         "Tessaro Foods"),
    ],
)  # fmt: skip
def test_a_name_inside_the_writers_wished_work_is_the_one_written_to(sentence, name) -> None:
    assert name in flagged(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a wish sent to the employer about a partner
        "I wish the whole team every success with the launch with Tessaro Foods.",
        # a wish sent to the reader, the name the reader's dealings
        "I wish you luck with the new curing line with Tessaro Foods.",
        # a hope for the employer's doings ("the"), not a thing of the writer's
        "I hope the tasting with Tessaro Foods goes as well as you planned.",
        # the sentence opened on the name, then a hope that did not come (maybe the past firm)
        "At Tessaro Foods I had hoped to become a buyer, so I know the trade well.",
        # the writer's first spell there told as done, the wish for the work here
        "In my first year at Tessaro Foods I learned to cure hams, and I would love to teach "
        "that here.",
    ],
)
def test_a_wish_for_others_or_with_no_work_of_the_writers_is_not(sentence) -> None:
    assert "Tessaro Foods" not in flagged(sentence)
