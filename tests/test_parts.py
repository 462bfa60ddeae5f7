"""Splitting a letter into salutation, body, closing and signature."""

from __future__ import annotations

import pytest
from replylint import lint_text
from replylint.engine import Input, read_letter


def parts(text: str) -> dict[str, str]:
    letter = read_letter(Input("x.txt", text))
    return {name: letter.text[s.start : s.end] for name, s in letter.parts.items()}


def test_classic_letter() -> None:
    got = parts("Dear Ms. Whitfield,\n\nThank you for your time.\n\nBest regards,\n"
                "Dana Lee\nData Analyst\n")  # fmt: skip
    assert got["salutation"] == "Dear Ms. Whitfield,"
    assert got["body"].strip() == "Thank you for your time."
    assert got["closing"] == "Best regards,"
    assert got["signature"] == "Dana Lee\nData Analyst"


def test_greeting_on_the_same_line_as_the_body() -> None:
    got = parts("Hi Sam! Thanks so much for the chat.\n\nCheers,\nAlex\n")
    assert got["salutation"] == "Hi Sam!"
    assert got["body"].strip() == "Thanks so much for the chat."


def test_thank_you_sign_off_is_not_thanks_in_the_body() -> None:
    rules = {f.rule for f in lint_text("Dear Dana,\n\nI got your email.\n\nThank you,\nSam\n",
                                       select=("missing-thanks",), model="blank")}  # fmt: skip
    assert rules == {"missing-thanks"}


def test_best_wishes_sign_off_is_not_congratulations() -> None:
    found = lint_text("Dear Dana,\n\nThank you for your time.\n\nBest wishes,\nSam\n",
                      select=("missing-congratulations",), model="blank")  # fmt: skip
    assert [f.rule for f in found] == ["missing-congratulations"]


def test_thanks_again_sentence_in_the_body_is_not_a_sign_off() -> None:
    got = parts("Hi Jo,\n\nThanks again,\nfor everything you and the whole team did for me "
                "during the long interview day in March.\n\nSam\n")  # fmt: skip
    assert "closing" not in got


def test_hard_wrapped_phrases_match_and_point_into_the_file() -> None:
    # The phrase runs across a line break, in a CRLF file: the pipeline sees one line,
    # while the finding still points at the characters on disk.
    text = "Dear Jo,\r\n\r\nI think your interview process was\r\nclearly biased against me.\r\n"
    (finding,) = lint_text(text, select=("blame-employer",), model="blank")
    assert finding.text == "your interview process was\r\nclearly biased"
    assert text[finding.start.offset : finding.end.offset] == finding.text
    assert (finding.start.line, finding.end.line) == (3, 4)


def test_list_items_and_paragraphs_keep_their_line_breaks() -> None:
    letter = read_letter(Input("x.txt", "Hi Jo,\n\nThanks.\n- one\n- two\nend of\nline\n"))
    view, offsets = letter.nlp_view()
    assert view == "Hi Jo,\n\nThanks.\n- one\n- two end of line\n"
    assert len(offsets) == len(view) + 1 and offsets[-1] == len(letter.text)


def test_a_one_paragraph_letter_keeps_its_body_after_a_dashed_greeting() -> None:
    """The greeting of "hi Jonas - thx for the interview, ..." ends at the dash."""
    from replylint import lint_text

    text = ("hi Jonas - thx for the interview + the chat about your dbt setup, really enjoyed "
            "it. congrats to the new hire. any feedback on my sql task? would be super helpful. "
            "and pls keep me posted if another analyst role opens, would love another shot. "
            "cheers, Femi\n")  # fmt: skip
    assert "missing-thanks" not in {f.rule for f in lint_text(text, model="blank")}


@pytest.mark.parametrize(
    ("line", "greeting"),
    [
        ("Hey Marco thanks for having me in for the trial shift.", "Hey Marco"),
        ("hi priya thank you so much for the call earlier", "hi priya"),
        ("Hello Ms. Okafor I appreciated the tour of the ward.", "Hello Ms. Okafor"),
        ("Good morning Dr. van Dijk I got your email today.", "Good morning Dr. van Dijk"),
        ("hey team cheers for the chat on friday", "hey team"),
        ("Hi Will thanks for the interview on Monday.", "Hi Will"),
        ("Hi Sam, thanks for the interview on Monday.", "Hi Sam,"),
        (
            "Dear [first name] thank you for your time.",
            "Dear [first name] thank you for your time.",
        ),
    ],
)
def test_a_greeting_without_punctuation_ends_where_the_body_starts(line: str, greeting: str):
    got = parts(f"{line}\n\nBest,\nAlex\n")
    assert got["salutation"] == greeting
    assert got["body"].strip() == line[len(greeting) :].strip()


def test_the_body_after_a_greeting_on_its_line_counts_for_the_required_parts() -> None:
    text = ("Hey Marco thanks for having me in for the trial shift. Congrats to whoever got "
            "it! Any tips on what I could improve? Keep me in mind if anything opens up.\n\n"
            "Alex\n")  # fmt: skip
    assert [f.rule for f in lint_text(text, model="blank")] == []
