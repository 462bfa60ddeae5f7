"""late-reply: a quote whose separator line is followed by an attribution, not a header block."""

from __future__ import annotations

from test_context_names import found

_REPLY = """From: Sam Lee <sam.lee@example.org>
To: Dana Whitfield <dana@acme.com>
Subject: Re: Analyst role
Date: Thu, 5 Mar 2026 12:30:00 +0000

Dear Dana,

Thank you for letting me know, and congratulations to the person you chose.

Best,
Sam

------- Original Message -------
On Monday, March 2nd, 2026 at 9:00 AM, Dana Whitfield <dana@acme.com> wrote:

> Dear Sam,
>
> We have decided to go with another candidate.
>
> Dana Whitfield
"""


def test_an_attribution_under_an_original_message_line_dates_the_rejection() -> None:
    assert len(found(_REPLY, "late-reply", path="reply.eml")) == 1
    prompt = _REPLY.replace("Thu, 5 Mar 2026 12:30", "Mon, 2 Mar 2026 15:30")
    assert found(prompt, "late-reply", path="reply.eml") == []
