"""The labeled letter set: accuracy targets per rule, and silence on the clean letters."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import TRAINED
from replylint import lint_text, load_rules
from replylint.eval import EVAL_CLOCK, letters, read_labels, score

HERE = Path(__file__).parent
#: Sets the rules were tuned on, which must meet the targets. Each holdout was written
#: blind, scored once as it came (numbers in the README), and only then used for tuning;
#: a newer blind set, if present, is only required to keep its clean letters silent.
SETS = [
    HERE / "letters",
    HERE / "emails",
    HERE / "emails2",
    *(HERE / f"holdout{n}" for n in ("", "2", "3", "4")),
]
#: Targets from the issue: every rule at least this precise and this complete.
MIN_PRECISION, MIN_RECALL = 0.95, 0.90


def test_the_labeled_set_is_big_and_varied() -> None:
    files = letters(HERE / "letters")
    assert len(files) >= 60
    clean = [f for f in files if not read_labels(f)]
    assert len(clean) >= len(files) // 4, "about a third of the letters should be clean"
    labeled = {label.rule for f in files for label in read_labels(f)}
    content_rules = {rule.name for rule in load_rules() if not rule.code.startswith("RL3")}
    assert labeled == content_rules


@pytest.mark.parametrize("folder", [s for s in SETS if s.is_dir()], ids=lambda p: p.name)
def test_every_rule_meets_its_accuracy_target(folder: Path, model: str) -> None:
    tp, fp, fn, mistakes = score(folder, model)
    report = []
    for rule in {*tp, *fp, *fn}:
        precision = tp[rule] / (tp[rule] + fp[rule]) if tp[rule] + fp[rule] else 1.0
        recall = tp[rule] / (tp[rule] + fn[rule]) if tp[rule] + fn[rule] else 1.0
        if precision < MIN_PRECISION or recall < MIN_RECALL:
            report.append(f"{rule}: precision {precision:.2f}, recall {recall:.2f}")
    assert not report, "\n".join(report + mistakes)


BLIND = HERE / "holdout5"
CLEAN = [
    p for folder in (*SETS, BLIND) if folder.is_dir() for p in letters(folder) if not read_labels(p)
]


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_clean_letter_gets_no_findings(path: Path) -> None:
    from replylint.engine import Input, Options, lint

    (result,) = lint([Input(path.name, path.read_bytes(), path.suffix)],
                     Options(model="blank", now=EVAL_CLOCK))  # fmt: skip
    assert result.error is None and not result.findings, [(f.rule, f.text) for f in result.findings]


def test_a_parser_makes_blame_employer_sharper() -> None:
    """The dependency pattern finds a verdict far from its subject; the blank pipeline can't."""
    pytest.importorskip(TRAINED)
    sentence = "The panel, which I met on Friday after a long drive, was clearly biased against me."
    assert not lint_text(sentence, select=("blame-employer",), model="blank")
    (finding,) = lint_text(sentence, select=("blame-employer",), model=TRAINED)
    assert finding.text.startswith("panel") and finding.text.endswith("biased")
    negated = "The panel, which I met on Friday after a long drive, was not biased at all."
    assert not lint_text(negated, select=("blame-employer",), model=TRAINED)


def test_the_email_set_covers_the_context_rules() -> None:
    files = letters(HERE / "emails")
    assert sum(p.suffix == ".eml" for p in files) >= 25
    labeled = {label.rule for f in files for label in read_labels(f)}
    assert {"wrong-recipient", "late-reply", "wrong-company"} <= labeled


#: Blind sets written for the act model: scored first as they came (numbers in the
#: README), tuned on afterwards, and since then training letters for the tone acts (see
#: replylint.train.TRAINING_LETTERS), so this is a guard, not a measure. Their tone labels are mostly in words no pattern lists,
#: so only precision is held here, pooled over the sets, for the rules that use acts (the
#: context rules belong to their own sets): the report must stay trustworthy.
ACT_SETS = [HERE / f"holdout{n}" for n in (6, 7, 8, 10)]
#: Measured at 0.84 (blame-employer) to 1.00 when this was written; a guard, not a target.
MIN_POOLED_PRECISION = 0.80


def test_the_act_model_sets_keep_every_rule_precise() -> None:
    tp, fp, _, mistakes = score(ACT_SETS, "blank")
    with_acts = {rule.name for rule in load_rules() if rule.act}
    low = [
        f"{rule}: precision {tp[rule] / (tp[rule] + fp[rule]):.2f}"
        for rule in sorted(with_acts)
        if tp[rule] + fp[rule] and tp[rule] / (tp[rule] + fp[rule]) < MIN_POOLED_PRECISION
    ]
    assert not low, "\n".join(low + [m for m in mistakes if m.startswith("FP")])


def test_an_address_in_two_headers_is_one_label(tmp_path: Path) -> None:
    """A no-reply sender stands in To and in the quoted rejection's From: one wrong recipient."""
    letter = tmp_path / "reply.eml"
    letter.write_text(
        "From: Sam Lee <sam@mail.example>\nTo: Jobs <no-reply@acme.example>\n"
        "Subject: RE: Your application\nDate: Wed, 16 Apr 2025 10:00:00 -0500\n\n"
        "Dear Hiring Team,\n\nThank you for considering me.\n\nSam\n\n"
        "________________________________\nFrom: Jobs <no-reply@acme.example>\n"
        "Sent: Wednesday, April 16, 2025 9:02 AM\nTo: Sam Lee <sam@mail.example>\n"
        "Subject: Your application\n\nDear Sam,\n\nWe have chosen another candidate.\n",
        encoding="utf-8",
    )
    letter.with_suffix(".expected").write_text(
        'wrong-recipient "no-reply@acme.example"\n', encoding="utf-8"
    )
    (label,) = read_labels(letter)
    assert (label.rule, label.quote) == ("wrong-recipient", "no-reply@acme.example")
    # a phrase that is not an address must still stand once
    letter.with_suffix(".expected").write_text('missing-thanks "Sam"\n', encoding="utf-8")
    with pytest.raises(ValueError, match="exactly once"):
        read_labels(letter)
