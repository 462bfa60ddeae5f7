"""wrong-company: a pasted firm's name that owns something, or is wished a future."""

from __future__ import annotations

from contexthelp import company_reply, flagged


def _reply(sentence: str) -> str:
    return company_reply(sentence, "Halsted Groundworks Ltd", "Mairead Quinlan",
                         "m.quinlan@halstedgroundworks.co.uk", "Tomasz Wrona")  # fmt: skip


def test_possessive_with_site_word_past_a_preposition_is_flagged():
    reply = _reply(
        "Even after the interview, I have always rated Corrowby Sands' approach to yard safety."
    )
    assert flagged(reply) == ["Corrowby Sands"]


def test_possessive_team_named_after_a_site_is_flagged():
    reply = _reply("I am still keen to work with Pellimar's grain-store team.")
    assert flagged(reply) == ["Pellimar"]


def test_possessive_owning_a_site_is_not_flagged():
    reply = _reply("Walking round Corrowby's loading yard with you was a real highlight.")
    assert flagged(reply) == []


def _coop_reply(sentence: str) -> str:
    return company_reply(sentence, "Cooperativa Serra Azul", "Joana Prates",
                         "joana.prates@serraazul.coop.br", "Rui Tavares")  # fmt: skip


def test_other_firm_in_reply_to_a_coop_domain_is_flagged():
    reply = _coop_reply("I have always admired how Sitio Alvorada treats its growers.")
    assert flagged(reply) == ["Sitio Alvorada"]


def test_coop_domain_short_name_is_not_flagged():
    reply = _coop_reply("I have always admired how Serra Azul treats its growers.")
    assert flagged(reply) == []


def test_firm_that_works_with_others_is_not_read_as_a_site():
    reply = _reply("I have always admired how Mellbrook Orchards works with local growers.")
    assert flagged(reply) == ["Mellbrook Orchards"]


def test_the_works_of_a_name_stays_a_site():
    reply = _reply("Seeing the Brindle works with you was the best part of the visit.")
    assert flagged(reply) == []


def test_partner_the_employer_works_with_is_not_flagged():
    reply = _reply(
        "I hoped to work on the Orrin Quay scheme that Halsted is delivering with Venmoor Energy."
    )
    assert flagged(reply) == []


def test_firm_the_writer_hopes_to_work_with_is_flagged():
    reply = _reply("I hope to work with Venmoor Energy on a scheme like this one day.")
    assert flagged(reply) == ["Venmoor Energy"]


def test_bank_in_the_sea_is_not_flagged():
    reply = _reply(
        "I will keep an eye on the turbines going up on the Smiths Knoll Bank with interest."
    )
    assert flagged(reply) == []


def test_firm_whose_projects_are_followed_is_still_flagged():
    reply = _reply("I will keep following Corvell Wind's projects on the Haisborough Bank.")
    assert flagged(reply) == ["Corvell Wind"]


def test_firm_the_writer_is_sure_will_grow_is_flagged():
    reply = _reply("I am sure Brenlow Cabling will go from strength to strength.")
    assert flagged(reply) == ["Brenlow Cabling"]


def test_firm_the_writer_believes_needs_them_is_flagged():
    reply = _reply("I still believe that Tarrow Piling needs engineers like me.")
    assert flagged(reply) == ["Tarrow Piling"]


def test_own_former_firm_the_writer_is_sure_of_is_not_flagged():
    reply = _reply("I am sure my old employer Brenlow Cabling will keep my place open for now.")
    assert flagged(reply) == []


def test_employer_the_writer_is_sure_of_is_not_flagged():
    reply = _reply("I am sure Halsted will keep growing, and I hope to apply again.")
    assert flagged(reply) == []
