"""What the context tests share: the findings of one rule, a reply to a named company."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from replylint import lint_text


def found(text: str, rule: str, path: str = "reply.eml") -> list[str]:
    """Return the text of each finding of ``rule`` in the letter ``text``."""
    return [f.text for f in lint_text(text, path=path, select=(rule,), model="blank")]


def company_reply(sentence: str, company: str, signer: str, address: str, writer: str) -> str:
    """Return a front-matter reply with ``sentence`` to ``signer``'s rejection from ``company``."""
    return (
        f"---\nto: [{signer} <{address}>]\nrejection:\n  from: [{signer} <{address}>]\n"
        f"  company: {company}\n---\nDear {signer.split()[0]},\n\n"
        f"Thank you for letting me know. {sentence}\n\nKind regards,\n{writer}\n"
    )


def flagged(reply: str) -> list[str]:
    """Return the wrong-company findings of a front-matter reply."""
    return found(reply, "wrong-company", "reply.md")


def replier(company: str, signer: str, address: str, writer: str) -> Callable[[str], list[str]]:
    """Return what gives the wrong-company findings of a sentence in a reply to ``company``."""
    return lambda sentence: flagged(company_reply(sentence, company, signer, address, writer))


def labeled(name: str, rule: str = "wrong-recipient") -> list[str]:
    """Return the findings of ``rule`` in the labeled letter ``name`` under tests/."""
    path = Path(__file__).parent / name
    return found(path.read_text(encoding="utf-8"), rule, path.name)


def greeted(greeting: str, signer: str, address: str = "staff@harbourline.example") -> list[str]:
    """Return the wrong-recipient findings of a front-matter reply greeting ``greeting``.

    The reply goes to ``signer``, who signed the rejection, at ``address``.
    """
    reply = (
        f"---\nto: [{signer} <{address}>]\nrejection:\n  from: [{signer} <{address}>]\n"
        f"  company: Harbourline\n---\n{greeting}\n\nThank you for the interview and for "
        "your time.\n\nBest regards,\nLeila Haddad\n"
    )
    return found(reply, "wrong-recipient", "reply.md")
