"""wrong-recipient: a signer named in another script, and greetings of other languages."""

from __future__ import annotations

import pytest
from contexthelp import found


def recipient(text: str, path: str = "reply.eml") -> list[str]:
    """Return the wrong-recipient findings of the letter ``text``."""
    return found(text, "wrong-recipient", path)


# --- a signer named only in another script, the reply sent to that very name -------------


def chinese_reply(to: str, greeting: str = "Dear Ms Wang,") -> str:
    """Return an e-mail to ``to`` quoting a rejection whose header and signature say 王 芳."""
    return (
        f"From: Tom Hughes <tom.hughes@fastmail.com>\nTo: {to}\n"
        "Date: Wed, 4 Mar 2026 10:00:00 +0800\nSubject: RE: 面试结果通知\n\n"
        f"{greeting}\n\nThank you for the news, and for the two interviews in Suzhou. I enjoyed"
        " meeting the logistics team and hope our paths cross again.\n\nBest regards,\nTom Hughes"
        "\n\n发件人: 王 芳\n发送时间: 2026年3月3日 16:00\n收件人: Tom Hughes\n主题: 面试结果通知\n\n"
        "Tom Hughes 先生：\n\n感谢您应聘我公司的物流主管职位。经过慎重考虑，我们决定不录用您。\n\n"
        "祝好，\n苏州远航物流 人力资源部\n王 芳\n"
    )


def test_a_to_named_as_the_native_script_signer_is_that_signer() -> None:
    # the mailbox spells the family name in Latin letters, the display name is hers exactly
    assert recipient(chinese_reply("王 芳 <f.wang@yuanhang-logistics.cn>")) == []
    # with no space between the family and given name, or a mailbox that spells nothing
    assert recipient(chinese_reply("王芳 <f.wang@yuanhang-logistics.cn>")) == []
    assert recipient(chinese_reply("王 芳 <hr-szx02@yuanhang-logistics.cn>", "Hello,")) == []


def test_a_greeting_to_someone_else_is_still_flagged() -> None:
    # the To is the signer, but "Ms Li" did not sign: only the greeting is wrong
    reply = chinese_reply("王 芳 <f.wang@yuanhang-logistics.cn>", "Dear Ms Li,")
    assert recipient(reply) == ["Dear Ms Li,"]


def test_a_to_of_another_native_script_name_is_still_flagged() -> None:
    # 李 娜 did not sign, whatever her mailbox is called
    reply = chinese_reply("李 娜 <n.li@yuanhang-logistics.cn>", "Hello,")
    assert recipient(reply) == ["n.li@yuanhang-logistics.cn"]


# --- a greeting of another language, written in lower case ---------------------------------


def phoned(greeting: str, signer: str = "Lorenzo Bianchi") -> str:
    """Return a front-matter reply opening on ``greeting`` to ``signer``, who phoned."""
    address = signer.lower().replace(" ", ".") + "@trattoria-sole.it"
    return (
        f"---\nto: [{signer} <{address}>]\nrejection:\n  from: [{signer} <{address}>]\n"
        "  company: Trattoria del Sole\n---\n\n"
        f"{greeting}\n\nthanks for the call today, no problem. if a shift comes up at the"
        " weekend i can start any time\n\nmykola\n"
    )


@pytest.mark.parametrize(
    "greeting",
    ["ciao matteo", "ciao matteo,", "Ciao Matteo!", "salve matteo", "hola matteo",
     "merhaba matteo", "salut matteo", "olá matteo", "hej matteo", "Shalom Matteo,"],
)  # fmt: skip
def test_a_foreign_greeting_to_someone_who_did_not_call(greeting: str) -> None:
    assert recipient(phoned(greeting), "reply.md") == [greeting]


@pytest.mark.parametrize(
    "greeting",
    ["ciao lorenzo", "Ciao Lorenzo,", "ciao lorenzo!", "merhaba lorenzo", "salaam lorenzo",
     "as-salamu alaikum lorenzo,", "ciao", "ciao!"],
)  # fmt: skip
def test_a_foreign_greeting_to_the_caller_is_fine(greeting: str) -> None:
    assert recipient(phoned(greeting), "reply.md") == []


def test_a_name_in_a_lower_case_letter_to_a_team() -> None:
    # a team signed: a person greeted by a name written in lower case is someone else
    reply = (
        "---\nto: [Trattoria del Sole <lavoro@trattoria-sole.it>]\nrejection:\n"
        "  from: [The Staffing Team <lavoro@trattoria-sole.it>]\n"
        "  company: Trattoria del Sole\n---\n\n{greeting}\n\n"
        "ok thanks for letting me know. good luck with the new season\n\nmykola\n"
    )
    assert recipient(reply.format(greeting="ciao marco"), "reply.md") == ["ciao marco"]
    for everyone in ("ciao a tutti", "hey guys", "hi team", "ciao"):
        assert recipient(reply.format(greeting=everyone), "reply.md") == []


def test_a_full_width_space_in_the_name() -> None:
    assert recipient(chinese_reply("王\u3000芳 <f.wang@yuanhang-logistics.cn>")) == []


# --- a native-script signer whose name is given in Latin letters beside it -----------------


def korean_reply(to: str, signature: str, greeting: str = "Dear Ms Kim,") -> str:
    """Return an e-mail to ``to`` quoting a rejection from 김 지현 signed ``signature``."""
    return (
        f"From: Lena Vogt <lena.vogt@posteo.de>\nTo: {to}\n"
        "Date: Thu, 5 Mar 2026 09:00:00 +0900\nSubject: RE: 채용 결과 안내\n\n"
        f"{greeting}\n\nThank you for letting me know. I enjoyed learning about the design"
        " studio and would be glad to hear of future openings.\n\nBest wishes,\nLena Vogt\n\n"
        "보낸 사람: 김 지현\n보낸 날짜: 2026년 3월 4일 17:00\n받는 사람: Lena Vogt\n"
        "제목: 채용 결과 안내\n\nLena Vogt 님\n\n지원해 주셔서 감사합니다. 아쉽게도 이번에는"
        f" 함께하지 못하게 되었습니다.\n\n감사합니다.\n{signature}\n"
    )


def test_a_mailbox_that_spells_the_name_given_beside_the_signer() -> None:
    # the signature gives the name in Latin letters, in brackets or on the line below
    for signature in ("김 지현 (Jihyun Kim)\n한빛디자인", "김 지현\nJihyun Kim\n한빛디자인",
                      "김지현 / KIM Jihyun"):  # fmt: skip
        assert recipient(korean_reply("<jihyun.kim@hanbit-design.kr>", signature)) == []


def test_a_mailbox_of_another_name_is_still_flagged() -> None:
    # no Latin name beside the signer's: nothing says whose "jihyun.kim" is
    reply = korean_reply("<jihyun.kim@hanbit-design.kr>", "김 지현\n한빛디자인", "Hello,")
    assert recipient(reply) == ["jihyun.kim@hanbit-design.kr"]
    # the Latin name given is hers, but the mailbox is someone else's
    reply = korean_reply("<minho.park@hanbit-design.kr>", "김 지현\nJihyun Kim", "Hello,")
    assert recipient(reply) == ["minho.park@hanbit-design.kr"]
