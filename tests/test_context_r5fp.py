"""wrong-company: a former name, a regulator, a parent group or the writer's own past."""

from __future__ import annotations

from contexthelp import company_reply, flagged


def _reply(sentence: str) -> str:
    return company_reply(sentence, "Larchmont Veterinary Care", "Ines Okafor",
                         "ines.okafor@larchmontvets.co.uk", "Tomas Reyes")  # fmt: skip


def test_place_where_writer_learned_a_great_deal_is_not_flagged():
    reply = _reply(
        "I learned a great deal at Pembury Animal Hospital, but the talk with your team "
        "showed me how much more there is to learn."
    )
    assert flagged(reply) == []


def test_place_where_writer_learned_so_much_is_not_flagged():
    reply = _reply(
        "We learnt so much with Corvale Vets Ltd, yet your team asked things I had never met."
    )
    assert flagged(reply) == []


def test_pasted_name_where_writer_hopes_to_learn_is_flagged():
    reply = _reply("I was hoping to learn a great deal at Pembury Animal Hospital.")
    assert flagged(reply) == ["Pembury Animal Hospital"]


def test_parent_group_in_apposition_is_not_flagged():
    reply = _reply(
        "Thank you for the time you and the regional lead from Ashgrove Animal Health "
        "Group, Larchmont's parent company, spent with me on the vet post."
    )
    assert flagged(reply) == []


def test_owner_in_apposition_is_not_flagged():
    reply = _reply(
        "I enjoyed meeting the director of Fenwick Pet Holdings, Larchmont's owner, "
        "during the interview for the vet post."
    )
    assert flagged(reply) == []


def test_pasted_group_name_in_job_sentence_is_flagged():
    reply = _reply("I am still keen on the vet post at Ashgrove Animal Health Group.")
    assert flagged(reply) == ["Ashgrove Animal Health Group"]


def test_employer_former_name_after_when_was_is_not_flagged():
    reply = _reply(
        "I still remember when Larchmont Veterinary Care was Hollins Animal Clinic and my "
        "dog was treated there, so it meant a lot to interview for the vet post."
    )
    assert flagged(reply) == []


def test_employer_former_name_after_when_was_called_is_not_flagged():
    reply = _reply(
        "My family went there when Larchmont Veterinary Care was called Hollins Animal "
        "Clinic, so the vet post meant a lot to me."
    )
    assert flagged(reply) == []


def test_other_firm_after_when_it_was_hiring_is_flagged():
    reply = _reply(
        "I applied for the vet post at Hollins Animal Clinic when Larchmont was hiring too."
    )
    assert flagged(reply) == ["Hollins Animal Clinic"]


def test_body_the_writer_is_registered_with_is_not_flagged():
    reply = _reply(
        "I know the role needed a vet registered with the Veterinary Council of Ireland."
    )
    assert flagged(reply) == []


def test_body_the_writer_is_licensed_by_is_not_flagged():
    reply = _reply("I see the team wanted someone licensed by the Veterinary Council already.")
    assert flagged(reply) == []


def test_pasted_name_joined_in_job_sentence_is_flagged():
    reply = _reply("I had hoped to join the Veterinary Council of Ireland in the vet post.")
    assert flagged(reply) == ["Veterinary Council of Ireland"]
