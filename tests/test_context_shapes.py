"""wrong-company: how a name is cut out of a sentence and compared with the employer's."""

from __future__ import annotations

from contexthelp import company_reply, flagged, found
from replylint.sources.signer_names import is_title


def _to(company: str, sentence: str) -> list[str]:
    """Return the wrong-company findings of ``sentence`` in a reply to ``company``."""
    reply = company_reply(sentence, company, "Dana Whitcombe", "dana@example.co.uk", "Lee Park")
    return flagged(reply)


def _school_email(sentence: str) -> str:
    """Return a reply to a school's head whose rejection names the school by its domain only."""
    return (
        "From: Lee Park <lee.park@example.com>\n"
        "To: Ann Carver <a.carver@oakfield-primary.sch.uk>\n"
        "Date: Tue, 3 Mar 2026 18:00:00 +0000\n"
        "Subject: RE: Year 3 Class Teacher\n\n"
        f"Dear Mrs Carver,\n\n{sentence}\n\nKind regards,\nLee Park\n\n"
        "From: Ann Carver <a.carver@oakfield-primary.sch.uk>\n"
        "Sent: 03 March 2026 09:10\n"
        "To: Lee Park <lee.park@example.com>\n"
        "Subject: Year 3 Class Teacher\n\n"
        "Dear Lee,\n\nThank you for applying. We have appointed another candidate.\n\n"
        "Yours sincerely,\nMrs A. Carver\nHeadteacher\n"
    )


def test_a_made_up_word_opening_the_sentence_is_part_of_the_name() -> None:
    # "Toothwise" is no English word: the name is "Toothwise Dental", a near miss, not "Dental"
    sentence = "Toothwise Dental felt like a place where I could build a career."
    assert _to("Toothwell Dental", sentence) == ["Toothwise Dental"]


def test_an_ordinary_word_or_the_right_name_opening_the_sentence_is_not_flagged() -> None:
    assert _to("Toothwell Dental", "Toothwell Dental felt like a place to build a career.") == []
    assert (
        _to("Toothwell Dental", "Lovely Dental nurses made it feel a place to build a career.")
        == []
    )


def test_a_misspelt_name_before_team_is_not_learned_as_a_team() -> None:
    # its trade word ("Games") set aside, "Brickwove" misspells the employer's one word
    sentence = "It was great to meet the Brickwove team in Leeds."
    assert _to("Brickwave Games", sentence) == ["Brickwove"]
    assert _to("Brickwave Games", "It was great to meet the Brickwave team in Leeds.") == []
    assert _to("Brickwave Games", "It was great to meet the Tools team in Leeds.") == []


def test_another_group_of_hospitals_is_no_unit_of_a_trust_named_for_its_own() -> None:
    trust = "Northfield Hospitals NHS Trust"
    sentence = "I was so looking forward to the chance to join Westbrook Teaching Hospitals."
    assert _to(trust, sentence) == ["Westbrook Teaching Hospitals"]
    # one hospital of its own is still a site of the trust
    assert _to(trust, "I enjoyed my shadow shift at St Anne's Hospital last week.") == []


def test_another_school_after_the_post_at_is_flagged_in_a_reply_to_a_school() -> None:
    # the head's title "Headteacher" is no company: the school is its domain, a primary
    text = _school_email("Thank you for telling me about the Year 3 post at Meadowbank Primary.")
    assert found(text, "wrong-company") == ["Meadowbank Primary"]
    text = _school_email("Thank you for telling me about the Year 3 post at Oakfield Primary.")
    assert found(text, "wrong-company") == []


def test_a_one_word_compound_title_is_a_title() -> None:
    assert is_title("Headteacher")
    assert not is_title("Headland Logistics")


def test_a_brand_the_employer_runs_as_a_franchise_is_not_flagged() -> None:
    sentence = "Thank you for explaining what running a Bean & Bloom franchise takes each week."
    assert _to("Marlow Leisure Ltd", sentence) == []


def test_a_rival_of_the_employer_s_kind_in_the_plural_is_flagged() -> None:
    sentence = "Birchwood Nurseries is a great place to learn and I hope the new person enjoys it."
    assert _to("Hollyhock Nursery", sentence) == ["Birchwood Nurseries"]


def test_a_name_opening_a_sentence_about_the_writer_s_past_is_not_flagged() -> None:
    # a name now read whole at the start of a sentence may be the writer's own past
    hope = ", and I hope to join a team like yours."
    assert _to("Toothwell Dental", "Brightsmile Dental was my first employer" + hope) == []
    assert _to("Toothwell Dental", "Brightsmile Dental is where I trained" + hope) == []
    assert _to("Toothwell Dental", "Brightsmile Dental was my dream" + hope) == [
        "Brightsmile Dental"
    ]
