"""What findings say: each signer named once, one full stop after a quoted sentence."""

from __future__ import annotations

from replylint import lint_text

#: A draft written as a new user would, not for any rule: the rejection came from the
#: signer's address with her bare name, and her sign-off adds "Dr.".
REPLY = """\
From: Tomasz Wrona <t.wrona.rn@gmail.com>
To: Nursing Recruitment <nursingjobs@midlandshealth.ie>
Date: Thu, 12 Nov 2026 21:40:00 +0000
Subject: Re: Staff Nurse (ICU)

Dear Hiring Manager,

Thank you for the interview last Monday. I have to say the panel seemed rushed and
nobody asked a single question about my ICU years, which was the whole point of the role.

Kind regards,
Tomasz Wrona

On Wed, 11 Nov 2026 at 14:05, Aoife Ni Bhriain <aoife.nibhriain@midlandshealth.ie> wrote:
> Dear Tomasz,
>
> After careful consideration we have offered the post to another candidate.
>
> Kind regards,
> Dr. Aoife Ni Bhriain
> Director of Nursing
"""


def test_a_signer_written_with_and_without_a_title_is_named_once() -> None:
    messages = [f.message for f in lint_text(REPLY, "reply.eml", select=("wrong-recipient",))]
    assert messages == [
        "Wrong recipient: Nursing Recruitment <nursingjobs@midlandshealth.ie> did not sign "
        "the rejection; reply only to Aoife Ni Bhriain.",
        "Wrong recipient: the greeting addresses nobody in particular, but Aoife Ni Bhriain "
        "signed the rejection.",
    ]


def test_a_quoted_sentence_keeps_its_stop_and_gets_no_second_one() -> None:
    (blame,) = lint_text(REPLY, "reply.eml", select=("blame-employer",))
    assert blame.message.startswith(
        "This blames the employer: 'I have to say the panel seemed rushed"
    )
    assert "the whole point of the role.'" in blame.message
    assert ".'." not in blame.message


def test_a_quoted_phrase_without_a_stop_still_ends_with_one() -> None:
    (blame,) = lint_text("Dear Jo,\n\nYour process was rigged from the start\n",
                         select=("blame-employer",))  # fmt: skip
    assert blame.message.split(" (")[0].endswith("'.")
