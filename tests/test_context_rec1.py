"""wrong-company: a name in the slot of the firm its sentence is about, the job's word further on.

The gate on the sentence-wide cue (a job's word beside the name) left such names to the
later readings, which missed them: a name opening the sentence after "At", the subject the
sentence tells of ("X felt like a place to build a career", "why X is a great place to
work"), the name a cleft stresses ("it was X that I wanted to work for"), and a firm's
quality the writer is drawn to ("X's reputation"). The same names in passing, with no such
slot, stay unflagged. Each example is new.
"""

from __future__ import annotations

import contexthelp
import pytest

flagged = contexthelp.replier("Pellmark Logistics", "Dana Ortiz", "d.ortiz@pellmark.example", "Lin")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("At Quarrystone Freight I know my planning would help your depot grow.",
         "Quarrystone Freight"),
        ("Quarrystone Freight felt like a place where I could build a long career.",
         "Quarrystone Freight"),
        ("I can see why Quarrystone Freight is such a good place to work.", "Quarrystone Freight"),
        ("I hope Quarrystone Freight keeps me in mind for future roles.", "Quarrystone Freight"),
        ("Honestly, it was Quarrystone Freight that I most wanted to work for.",
         "Quarrystone Freight"),
        ("Driving with Quarrystone Freight would have been a dream come true.",
         "Quarrystone Freight"),
        ("I was always drawn to Quarrystone Freight's reputation for safety, so thank you.",
         "Quarrystone Freight"),
    ],
)  # fmt: skip
def test_a_name_in_the_slot_of_the_firm_written_to_is_flagged(sentence, name) -> None:
    assert name in flagged(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Quarrystone Freight first put me in touch with you, and I hope to hear of future roles.",
        "I can see why Quarrystone Freight moved its depot to the coast; I hope to hear of roles.",
        "Thank you for the interview and for the story of the Quarrystone Freight merger.",
    ],
)
def test_the_same_name_in_passing_stays_unflagged(sentence) -> None:
    assert flagged(sentence) == []
