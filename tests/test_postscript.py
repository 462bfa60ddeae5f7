"""A P.S. under the signature is the writer's own words: the rules read it as the body."""

from __future__ import annotations

import pytest
from replylint import lint_text
from replylint.engine import Input, read_letter

_LETTER = (
    "---\nto: [Rachel Thornbury <rthornbury@ghrcapital.com>]\nrejection:\n"
    "  from: [Rachel Thornbury <rthornbury@ghrcapital.com>]\n  company: Grayson Holt Reid\n---\n"
    "Dear Rachel,\n\nThank you for the time the team spent with me. Congratulations to the new "
    "analyst. Could you tell me what would have made my case study stronger? I hope we can "
    "stay in touch.\n\nBest regards,\nAaron Feldstein\n\n{ps}\n"
)


def _text_of(letter, name: str) -> str | None:
    span = letter.parts.get(name)
    return None if span is None else letter.text[span.start : span.end]


@pytest.mark.parametrize("marker", ["P.S.", "PS:", "PS", "P.P.S.", "p.s."])
def test_the_postscript_is_its_own_part(marker: str) -> None:
    text = _LETTER.format(ps=f"{marker} Please pass my best to the rest of the team.")
    letter = read_letter(Input("reply.md", text, ".md"))
    assert _text_of(letter, "signature") == "Aaron Feldstein"
    assert (
        _text_of(letter, "postscript") == f"{marker} Please pass my best to the rest of the team."
    )


def test_a_long_postscript_still_leaves_the_sign_off_a_sign_off() -> None:
    # a P.S. line of more words than a signature line has did hide the sign-off once
    ps = "P.S. I will keep following the fund's work closely and hope to see the team at a conference soon."
    letter = read_letter(Input("reply.md", _LETTER.format(ps=ps), ".md"))
    assert _text_of(letter, "closing") == "Best regards,"
    assert _text_of(letter, "signature") == "Aaron Feldstein"


def test_a_psychology_line_is_no_postscript() -> None:
    letter = read_letter(Input("reply.md", _LETTER.format(ps="Psychology graduate"), ".md"))
    assert "postscript" not in letter.parts


def test_a_company_pasted_into_the_postscript_is_flagged() -> None:
    text = _LETTER.format(ps="P.S. Please pass my best to everyone at Pemberton Wealth Partners.")
    found = [f.text for f in lint_text(text, path="reply.md", select=("wrong-company",))]
    assert found == ["Pemberton Wealth Partners"]


def test_venting_in_the_postscript_is_flagged() -> None:
    text = _LETTER.format(ps="P.S. Honestly this whole process was a complete joke.")
    rules = {f.rule for f in lint_text(text, path="reply.md")}
    assert rules & {"negative-emotion", "blame-employer", "downplay-effort"}


def test_a_postscript_wish_counts_as_congratulations() -> None:
    text = _LETTER.format(ps="P.S. Good luck with the fund launch this spring!").replace(
        "Congratulations to the new analyst. ", ""
    )
    rules = {f.rule for f in lint_text(text, path="reply.md")}
    assert "missing-congratulations" not in rules
