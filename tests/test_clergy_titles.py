"""A clergy post on its own line under a signer's name is a title, not a second signer.

A diocese or a parish signs "Msgr. Dermot Byrne, V.G." and then "Vicar General" on the
next line; read as a name, the wrong-recipient message told the writer to reply to
"Dermot Byrne and Vicar General".
"""

from __future__ import annotations

import pytest
from replylint import lint_text
from replylint.sources import signature
from replylint.sources.signer_names import is_title

_REPLY = """From: Aoife Kelly <aoife.kelly@example.com>
To: Dermot Byrne <d.byrne@diocese.example>
Subject: Re: Youth Ministry Coordinator
Date: Fri, 28 Mar 2025 09:00:00 +0000

{greeting}

Thank you for letting me know, and for the interview last week.

Kind regards,
Aoife Kelly

On Thu, 27 Mar 2025 at 12:40, Dermot Byrne <d.byrne@diocese.example> wrote:
> Dear Aoife,
>
> I regret to tell you that the post has been offered to another candidate.
>
> With every blessing,
>
> Msgr. Dermot Byrne, V.G.
> {post}
> Diocese of Kerry
"""


@pytest.mark.parametrize("post", ["Vicar General", "Diocesan Chancellor", "University Chaplain",
                                  "Rector", "Parish Priest"])  # fmt: skip
def test_a_clergy_post_is_read_as_a_title(post: str) -> None:
    assert is_title(post)


@pytest.mark.parametrize("post", ["Vicar General", "Diocesan Chancellor", "Parish Priest"])
def test_the_message_names_only_the_signer(post: str) -> None:
    reply = _REPLY.format(greeting="Dear Fr. Murphy,", post=post)
    findings = lint_text(reply, path="reply.eml", select=("wrong-recipient",), model="blank")
    assert [f.message.rsplit("; ", 1)[-1] for f in findings] == ["reply only to Dermot Byrne."]


def test_the_signer_greeted_with_the_title_is_not_flagged() -> None:
    reply = _REPLY.format(greeting="Dear Monsignor Byrne,", post="Vicar General")
    assert lint_text(reply, path="reply.eml", select=("wrong-recipient",), model="blank") == []


@pytest.mark.parametrize("surname", ["Sarah Bishop", "Tom Parsons", "Ruth Deacon"])
def test_a_surname_that_is_a_clergy_word_is_no_title(surname: str) -> None:
    assert not is_title(surname)


@pytest.mark.parametrize(
    "first", ["Msgr. Dermot Byrne, V.G.", "Fr. Tom Reyes, S.J.", "Anne Lee, Ph.D.", "Dermot Byrne"]
)
@pytest.mark.parametrize("post", ["Vicar General", "Head of Youth Ministry"])
def test_dotted_letters_after_the_name_still_open_the_sign_off(first: str, post: str) -> None:
    # NOTE: "Msgr. Dermot Byrne, V.G." ends in a full stop, which once read as a sentence's:
    # the sign-off went unread and the firm with it, so no pasted name was ever found
    body = (
        "Dear Aoife,\n\nI regret to tell you that the post has been offered to another"
        f" candidate.\n\nWith every blessing,\n\n{first}\n{post}\nDiocese of Kerry\n"
    )
    context = signature.signature_context(body, ("dioceseofkerry.example",))
    assert context.company == "Diocese of Kerry"
