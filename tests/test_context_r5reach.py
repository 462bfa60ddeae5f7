"""Pasted names found but dropped before their reading was asked, each on a new example."""

from __future__ import annotations

import contexthelp


def flagged(sentence: str, company: str, address: str) -> list[str]:
    """Return the wrong-company findings of a reply holding ``sentence`` to ``company``."""
    reply = contexthelp.company_reply(sentence, company, "Lena Vogt", address, "Paulina")
    return contexthelp.flagged(reply)


# --- a trade's word heading the name ("Klinikum X", "Drogaria X") names no one firm -------


def test_another_klinikum_in_a_possessive_is_pasted():
    """Two German hospitals share only their opening "Klinikum"; the other one is pasted."""
    found = flagged(
        "I would have loved to join Klinikum Seeblick's neurology team as a nurse.",
        "Klinikum Talwiese",
        "l.vogt@klinikum-talwiese.de",
    )
    assert found == ["Klinikum Seeblick"]


def test_the_employers_own_klinikum_is_not_flagged():
    """The employer's own "Klinikum" name, possessive and all, is the right one."""
    found = flagged(
        "I would have loved to join Klinikum Talwiese's neurology team as a nurse.",
        "Klinikum Talwiese",
        "l.vogt@klinikum-talwiese.de",
    )
    assert found == []


def test_another_drogaria_is_pasted():
    """A Brazilian chain shares only "Drogaria" with the employer: another chain."""
    found = flagged(
        "I still believe I would be a good fit at Drogaria Vida Nova.",
        "Drogaria Sao Lucas",
        "lena.vogt@drogariasaolucas.com.br",
    )
    assert found == ["Drogaria Vida Nova"]


def test_the_employers_own_drogaria_is_not_flagged():
    """The employer's own "Drogaria" name is the one written to."""
    found = flagged(
        "I still believe I would be a good fit at Drogaria Sao Lucas.",
        "Drogaria Sao Lucas",
        "lena.vogt@drogariasaolucas.com.br",
    )
    assert found == []


# --- an employer known by its domain, signed in the rejection as one establishment -------


def care_home_reply(sentence: str, signed: str = "Ashgrove Nursing Home, Galway") -> str:
    """Return an email reply holding ``sentence`` to a rejection from ashgrovenh.ie."""
    return (
        "From: Niamh Keane <niamhk@example.ie>\n"
        "To: Orla Byrne <orla.byrne@ashgrovenh.ie>\n"
        "Date: Tue, 10 Mar 2026 20:00:00 +0000\nSubject: Re: Healthcare assistant\n\n"
        f"Dear Orla,\n\nThank you for letting me know. {sentence}\n\nBest wishes,\nNiamh\n\n"
        "On 10 Mar 2026, at 09:00, Orla Byrne <orla.byrne@ashgrovenh.ie> wrote:\n"
        "> Hi Niamh,\n>\n> I'm sorry to say we have offered the post to another applicant.\n>\n"
        f"> Kind regards,\n> Orla Byrne\n> Clinical Nurse Manager, {signed}\n"
    )


def test_another_home_visited_for_the_interview_is_pasted():
    """The rejection signs as one nursing home: the lodge the writer visited is another."""
    sentence = "I enjoyed meeting the residents when I visited Hollyfield Lodge for my interview."
    assert contexthelp.found(care_home_reply(sentence), "wrong-company") == ["Hollyfield Lodge"]


def test_the_home_itself_visited_for_the_interview_is_not_flagged():
    """The employer's own short name in the same sentence is the one written to."""
    sentence = "I enjoyed meeting the residents when I visited Ashgrove for my interview."
    assert contexthelp.found(care_home_reply(sentence), "wrong-company") == []


def test_a_groups_lodge_is_still_its_site():
    """A rejection signed by a group of homes: a lodge the writer visited may be its own."""
    sentence = "I enjoyed meeting the residents when I visited Hollyfield Lodge for my interview."
    reply = care_home_reply(sentence, signed="Ashgrove Care Group, Galway")
    assert contexthelp.found(reply, "wrong-company") == []


# --- "X Works" with X a coined word: a studio's brand, not a plant -----------------------


def test_a_coined_works_brand_in_a_compliment_is_pasted():
    """Another studio's "Works" name, praised as the reader's tooling, is pasted."""
    found = flagged(
        "I really enjoyed the tour of the Tanuki Works level-editor toolchain you gave me.",
        "Hoshizora Games",
        "l.vogt@hoshizora.jp",
    )
    assert found == ["Tanuki Works"]


def test_the_employers_own_works_brand_is_not_flagged():
    """The employer's own "Works" name in the same compliment is the one written to."""
    found = flagged(
        "I really enjoyed the tour of the Tanuki Works level-editor toolchain you gave me.",
        "Tanuki Works",
        "l.vogt@tanukiworks.jp",
    )
    assert found == []


def test_a_plant_named_for_its_place_is_still_a_site():
    """A works named after a place is a plant of the employer's, not another firm."""
    found = flagged(
        "I really enjoyed the tour of the Ashbridge Works filtration beds you gave me.",
        "Northvale Water",
        "l.vogt@northvalewater.co.uk",
    )
    assert found == []


# --- a greeting's team named by a brand run together from words ("Dear Soundwerk team,") --


def team_reply(greeting: str) -> str:
    """Return an email reply greeting ``greeting`` to a rejection a firm's team signed."""
    return (
        "From: Jonas Berg <jonas.berg@example.com>\n"
        "To: Halde Optik Recruiting <jobs@halde-optik.de>\n"
        "Date: Tue, 10 Mar 2026 20:00:00 +0100\nSubject: Re: Firmware engineer\n\n"
        f"{greeting}\n\nThank you for the interview and for the lab tour.\n\nBest,\nJonas\n\n"
        "On Tue, Mar 10, 2026 at 9:00 AM Halde Optik Recruiting <jobs@halde-optik.de> wrote:\n"
        "> Dear Jonas,\n>\n> we have decided to continue with other candidates.\n>\n"
        "> Kind regards,\n> The Halde Optik Recruiting Team\n"
    )


def test_a_greeted_brand_compound_team_is_pasted():
    """A word run together from an English word and a trade's is another firm's brand."""
    assert contexthelp.found(team_reply("Dear Lightsoft team,"), "wrong-company") == ["Lightsoft"]


def test_the_employers_own_team_greeted_is_not_flagged():
    """The employer's own short name before "team" is the one written to."""
    assert contexthelp.found(team_reply("Dear Halde team,"), "wrong-company") == []


def test_a_place_run_together_before_team_is_not_flagged():
    """A word ending as a place's name may greet a site's team ("Dear Riverbank team,")."""
    assert contexthelp.found(team_reply("Dear Riverbank team,"), "wrong-company") == []
