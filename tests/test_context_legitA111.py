"""wrong-company: a trade's product, the employer's helper and the writer's own work.

Cases from the blind sets tests/context111-112, each with new wordings: a one-word name
sharing its stem only with the employer's trade word ("Dentrix" to a Dental group) is a
product of that trade, no kin of the employer's name; a name said to have helped the
employer ("X has helped Oakridge") is a third party; and "my reporting, which I did at X"
is the writer's own work there. A pasted name beside each stays flagged.
"""

from __future__ import annotations

import pytest
from contexthelp import replier
from test_context_relations56 import _letter

# replies to a dental practice, a veterinary group and a bank
_practice = replier("Harbourview Dental", "Mina Cole", "mina.cole@harbourviewdental.example",
                    "Sam Reid")  # fmt: skip
_vets = replier("Fernbrook Veterinary Group", "Alan Price", "alan.price@fernbrookvets.example",
                "Ola Ade")  # fmt: skip
_bank = replier("Northgate Bank", "Ruth Mills", "ruth.mills@northgatebank.example", "Dev Shah")


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("context111/dental-assistant-korean-surname-first-near-line-within-day.md", "Dentrix"),
        ("context111/dental-receptionist-late-three-days-gmail.eml", "Dentally"),
        ("context111/vet-group-many-orgs-named-none-wrong-clean.eml", "Vetcare Buying Alliance"),
        ("context112/bank-analyst-cc-client-hiring-manager-late-outlook.eml",
         "Carrow Building Society"),
    ],
)  # fmt: skip
def test_the_letters_no_longer_flag_the_name(path, name) -> None:
    assert name not in _letter(path)


@pytest.mark.parametrize(
    ("reply", "sentence"),
    [
        # a product sharing only the trade's stem ("Dent-" of Dental)
        (_practice, "Any tips on how I could improve, for example with Dentaflow, are welcome."),
        (_practice, "Thank you for showing me how your team uses Dentamax for your recalls."),
        # a helper of the employer, named by its name or "you"
        (_vets, "It was good to hear that Northern Pet Buying Partners has helped Fernbrook."),
        (_vets, "I enjoyed hearing how the Coastal Vet Alliance has really supported you."),
        # the writer's own work done there
        (_bank, "I want to improve my reporting, which I mostly did by hand at Dunmere Credit "
         "Union."),
        (_bank, "I'd like to build on my forecasting work, which I still do at Ashby Finance Ltd."),
    ],
)  # fmt: skip
def test_a_product_a_helper_or_own_work_is_not_the_employer(reply, sentence) -> None:
    assert reply(sentence) == []


@pytest.mark.parametrize(
    ("reply", "name"),
    [
        (_practice, "Brightsmile Dental"),
        (_vets, "Riverside Vets"),
    ],
)
def test_a_pasted_name_beside_stays_flagged(reply, name) -> None:
    sentences = {
        _practice: "I would love to join Brightsmile Dental, for example working with Dentaflow.",
        _vets: "It was good to hear how the Alliance has helped Fernbrook; I'd love to join "
        "Riverside Vets one day.",
    }
    assert reply(sentences[reply]) == [name]


def test_a_pasted_name_beside_own_work_stays_flagged() -> None:
    sentence = ("I'd love to join Dunmere Bank one day; I want to improve my reporting, "
                "which I mostly did by hand at Ashby Finance Ltd.")  # fmt: skip
    assert _bank(sentence) == ["Dunmere Bank"]
