"""wrong-company: future posts of a kind, a hire congratulated, a home hoped for, a partner wished."""

from __future__ import annotations

from contexthelp import company_reply, flagged


def _reply(sentence: str) -> str:
    """Return a reply to Brightlane's rejection holding ``sentence``."""
    return company_reply(sentence, "Brightlane", "Oona Reyes", "oona@brightlane.io", "Tomas")


def test_future_posts_of_a_kind_at_another_firm_are_flagged() -> None:
    """A cue word naming the kind of post to come ("future supervisor openings") is no past."""
    reply = _reply("I hope you keep my CV for future supervisor openings at Silver Heron.")
    assert flagged(reply) != []


def test_previous_posts_of_a_kind_at_another_firm_are_not_flagged() -> None:
    """The same words after "my previous" are the writer's own past there."""
    reply = _reply("I learned a lot in my previous supervisor roles at Silver Heron.")
    assert flagged(reply) == []


def test_hire_congratulated_at_another_firm_is_flagged() -> None:
    """The firm congratulated on its new hire is the one that hired instead of the writer."""
    reply = _reply("Congratulations to Silver Heron on the new hire.")
    assert flagged(reply) != []


def test_hire_congratulated_at_the_employer_is_not_flagged() -> None:
    """The employer congratulated on its new hire is rightly named."""
    reply = _reply("Congratulations to Brightlane on the new hire.")
    assert flagged(reply) == []


def test_home_hoped_for_at_another_firm_is_flagged() -> None:
    """ "X was where I would put down roots": the workplace the writer hoped for."""
    reply = _reply("I truly felt Quillmark Logistics was where I would finally put down roots.")
    assert flagged(reply) != []


def test_home_of_the_past_at_another_firm_is_not_flagged() -> None:
    """ "X was where I put down roots", no modal: the writer's own past there."""
    reply = _reply("I truly felt Quillmark Logistics was where I first put down roots.")
    assert flagged(reply) == []


def test_firm_wished_with_its_new_team_member_is_flagged() -> None:
    """A firm wished success with a partner of several words ("and its new team member")."""
    reply = _reply("I wish Silver Heron and its new team member continued success.")
    assert flagged(reply) != []


def test_employer_wished_with_its_new_team_member_is_not_flagged() -> None:
    """The employer itself wished success so is rightly named."""
    reply = _reply("I wish Brightlane and its new team member continued success.")
    assert flagged(reply) == []
