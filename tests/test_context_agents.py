"""wrong-company: a pasted name standing where the employer's would, with no word of its kind.

Cases from the blind sets tests/context21-24, each on a new example: the place where an
opening may come up, the owner of a site the writer hoped to join, another hospital in a
reply to a trust named for its own.
"""

from __future__ import annotations

import contexthelp


def flagged(sentence: str, company: str = "Marsh & Tolley LLP") -> list[str]:
    """Return the wrong-company findings of a reply to ``company`` holding ``sentence``."""
    return contexthelp.flagged(
        contexthelp.company_reply(
            sentence, company, "Wendy Arkwright", "wendy.arkwright@marshtolley.co.uk", "Ruth"
        )
    )


# --- where an opening comes up ---------------------------------------------------------------


def test_the_place_where_anything_comes_up_is_the_employer() -> None:
    assert flagged("Please think of me if anything comes up at Dunmore Vale next year.") == [
        "Dunmore Vale"
    ]
    assert flagged("I'd be glad to hear from you should something crop up at Penhallow.") == [
        "Penhallow"
    ]


def test_the_employers_own_name_where_anything_comes_up_is_not_flagged() -> None:
    assert flagged("Please think of me if anything comes up at Marsh & Tolley next year.") == []
    # a topic that comes up at a meeting: no opening, no employer
    assert flagged("The same question came up at Harrogate last spring, as I recall.") == []


# --- the owner of a site the writer hoped to join ----------------------------------------------


def test_the_owner_of_the_line_the_writer_would_join_is_the_employer() -> None:
    company = "Kettle Lane Bakery Ltd"
    sentence = "I was hoping to join Oakhurst Patisserie's packing line but never mind."
    assert flagged(sentence, company) == ["Oakhurst Patisserie"]


def test_a_health_services_own_hospital_ward_is_not_flagged() -> None:
    # a health service's hospitals carry names of their own: joining one's ward is joining it
    company = "Coastal Health Service"
    assert flagged("I had hoped to join St. Aubyn's surgical ward this spring.", company) == []


def test_a_site_the_writer_only_visited_is_not_flagged() -> None:
    company = "Kettle Lane Bakery Ltd"
    assert (
        flagged("I saw Oakhurst Patisserie's packing line on a factory tour once.", company) == []
    )


# --- a hospital in a reply to a trust named for its own hospital --------------------------------


def test_another_hospital_in_a_reply_to_a_trust_named_for_its_hospital() -> None:
    company = "St Ansgar's Hospital NHS Foundation Trust"
    sentence = "I would still love to join the theatres team at Penmoor General Hospital."
    assert flagged(sentence, company) == ["Penmoor General Hospital"]


def test_a_hospital_of_a_trust_that_runs_several_is_not_flagged() -> None:
    # a trust whose name names no hospital of its own runs hospitals named otherwise
    for company in ("North Wexley Hospitals NHS Trust", "Coastal Health Service"):
        sentence = "I would still love to join the theatres team at Penmoor General Hospital."
        assert flagged(sentence, company) == []


# --- a later clause puts the job "there" ------------------------------------------------------


def test_the_place_a_later_clause_puts_the_job_is_the_employer() -> None:
    company = "Garrow's Garden Supplies"
    sentence = (
        "I've always loved browsing at Greenacre, so a job on the tills there would have suited me."
    )
    assert flagged(sentence, company) == ["Greenacre"]


def test_a_place_there_without_a_wished_job_is_not_flagged() -> None:
    company = "Garrow's Garden Supplies"
    # the writer's own past there: no modal, no job wished for
    assert flagged("I trained at Greenacre and working there taught me patience.", company) == []
    # an existential "there" names no place
    assert flagged("I shop at Greenacre, so I'd know if there was a role going.", company) == []
    # a region "there": after "in", not "at"
    sentence = "You have a fine name in West Cumbria, and I'd love to work there one day."
    assert flagged(sentence, company) == []


# --- a name pasted once is pasted wherever else it stands ---------------------------------------


def test_every_mention_of_a_pasted_name_is_flagged() -> None:
    sentence = (
        "I must say Thornbury Lisle has a fine name for probate work in the county. "
        "Please think of me if anything comes up at Thornbury Lisle in the spring."
    )
    assert flagged(sentence) == ["Thornbury Lisle", "Thornbury Lisle"]


def test_the_writers_own_past_under_a_pasted_name_is_not_flagged() -> None:
    sentence = (
        "I worked at Thornbury Lisle for two years. "
        "Please think of me if anything comes up at Thornbury Lisle in the spring."
    )
    assert flagged(sentence) == ["Thornbury Lisle"]
    # a mention that is not where the employer's name would stand (a firm the employer serves)
    sentence = (
        "Hargreave Mills is now a supplier to Thornbury Lisle. "
        "Please think of me if anything comes up at Thornbury Lisle in the spring."
    )
    assert flagged(sentence) == ["Thornbury Lisle"]
    # a name read nowhere as the one written to stays unflagged everywhere
    assert flagged("I must say Thornbury Lisle has a fine name for probate work here.") == []


# --- a name shaped like the employer's: of its trade, or its partners' surnames -----------------


def test_another_orchestra_in_a_reply_to_an_orchestra() -> None:
    company = "Westmoor Sinfonia CIC"
    sentence = (
        "I'll be cheering for the Tamsin Philharmonic all year, and good luck with the Brahms!"
    )
    assert flagged(sentence, company) == ["Tamsin Philharmonic"]


def test_another_broadcaster_in_a_reply_to_a_media_group() -> None:
    company = "Kestrel Media Group"
    sentence = "Shame Lowfield Radio can manage without another eager presenter."
    assert flagged(sentence, company) == ["Lowfield Radio"]


def test_an_orchestra_or_station_of_the_writers_own_past_is_not_flagged() -> None:
    sentence = "I played second violin with the Tamsin Philharmonic for six years."
    assert flagged(sentence, "Westmoor Sinfonia CIC") == []
    sentence = "I spent two years presenting the breakfast show at Lowfield Radio."
    assert flagged(sentence, "Kestrel Media Group") == []
    # a name of the trade in a reply to a firm of another trade is no rival
    sentence = "Shame Lowfield Radio can manage without another eager presenter."
    assert flagged(sentence, "Kettle Lane Bakery Ltd") == []


def test_two_surnames_after_at_in_a_reply_to_a_partnership() -> None:
    sentence = "I hope the year-end rush at Pellow Harding goes smoothly, and congratulations."
    assert flagged(sentence) == ["Pellow Harding"]


def test_two_surnames_not_after_at_or_to_a_single_firm_are_not_flagged() -> None:
    # a person's name looks the same: only where a firm stands ("at X") does it count
    assert flagged("Congratulations to Pellow Harding, whom I met at the interview.") == []
    sentence = "I hope the year-end rush at Pellow Harding goes smoothly, and congratulations."
    assert flagged(sentence, "Kettle Lane Bakery Ltd") == []


def test_a_name_of_the_trade_only_heard_or_a_place_after_a_site_is_not_flagged() -> None:
    # heard or listened to, not where the employer's name would stand
    sentence = "I loved hearing the Aldmere Philharmonic last spring, and I'd love to join you."
    assert flagged(sentence, "Westmoor Sinfonia CIC") == []
    sentence = "I grew up listening to Pennine Radio and would love to work in broadcasting."
    assert flagged(sentence, "Kestrel Media Group") == []
    # two words after a site's noun and "at" are a place; after "the coffee at", no wish
    assert flagged("Good luck with the move to the new offices at Calder Wharf.") == []
    assert flagged("Thanks again for the coffee at Bean Counter, it was a lovely chat.") == []
