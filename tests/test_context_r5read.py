"""wrong-company: the decision at X, the reader's own blog at X, a future X colleague."""

from __future__ import annotations

from contexthelp import company_reply, flagged


def _reply(sentence: str) -> str:
    """Return a reply to Brightlane's rejection holding ``sentence``."""
    return company_reply(sentence, "Brightlane", "Oona Reyes", "oona@brightlane.io", "Tomas")


def test_decision_at_another_firm_is_flagged() -> None:
    """The hiring decision at a pasted firm's name is the decision of the firm written to."""
    assert flagged(_reply("I understand the decision at Quillmark and respect it.")) != []


def test_decision_at_my_last_job_is_not_flagged() -> None:
    """A decision at the writer's own last job names the writer's own workplace."""
    reply = _reply("I learned to accept the decision at my last job at Quillmark calmly.")
    assert flagged(reply) == []


def test_your_blog_at_another_firm_is_flagged() -> None:
    """The reader's own engineering blog at a firm is the firm written to."""
    reply = _reply("I have read your engineering blog at Quillmark for ages.")
    assert flagged(reply) != []


def test_my_blog_at_another_firm_is_not_flagged() -> None:
    """The writer's own blog at a firm is the writer's own past work."""
    assert flagged(_reply("I used to write my blog at Quillmark for ages.")) == []


def test_future_colleague_of_another_firm_is_flagged() -> None:
    """Hoping to be a future colleague at a pasted firm's name is hoping for its job."""
    assert flagged(_reply("Hopefully a future Quillmark colleague, someday!")) != []


def test_future_colleague_of_the_employer_is_not_flagged() -> None:
    """A future colleague at the employer itself, or one unnamed, is no wrong name."""
    assert flagged(_reply("Hopefully a future Brightlane colleague, someday!")) == []
    assert flagged(_reply("Hopefully a future colleague, someday!")) == []


def test_launch_of_a_coined_firm_word_is_flagged() -> None:
    """Luck wished with the launch of a coined one-word firm's card is sent to that firm."""
    assert flagged(_reply("P.S. Good luck with the TallyNest card launch next month!")) != []


def test_launch_of_a_plain_word_product_is_not_flagged() -> None:
    """A product of plain words wished a launch may be the employer's own."""
    assert flagged(_reply("P.S. Good luck with the Stormrider launch next month!")) == []


def test_launch_of_the_employers_stem_product_is_not_flagged() -> None:
    """A coined product sharing the employer's stem is the employer's own product."""
    assert flagged(_reply("P.S. Good luck with the BrightPay card launch next month!")) == []
