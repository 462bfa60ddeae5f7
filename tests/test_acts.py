"""Act scores: the shipped model, the corpus it came from, and rules that use acts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import invoke, shared_file
from replylint import lint_text
from replylint.acts import ACTS, features, model
from replylint.eval import letters
from replylint.train import TRAINING_LETTERS

HERE = Path(__file__).parent
CORPUS = HERE / "acts" / "corpus"
#: Every labeled letter set not trained on: none of their sentences may be in the corpus.
EVAL_SETS = sorted(p for p in HERE.iterdir() if p.is_dir() and letters(p)
                   and p.name not in {t.name for t in TRAINING_LETTERS})  # fmt: skip


def _corpus() -> list[dict]:
    return [json.loads(line) for path in sorted(CORPUS.glob("*.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]  # fmt: skip


def test_the_corpus_is_big_enough_and_from_several_writers() -> None:
    rows = _corpus()
    assert len(list(CORPUS.glob("*.jsonl"))) >= 5
    for act in ACTS:
        assert sum(act in r["acts"] for r in rows) >= 400, act
    assert sum(not r["acts"] for r in rows) >= 4000
    assert all(set(r["acts"]) <= set(ACTS) for r in rows)


#: Long sentences that writers who never saw the corpus wrote word for word all the same: a
#: stock sneer, written by a corpus writer and by the blind writers of context97 ("Congrats
#: on ...") and context134, each of whom saw only GUIDANCE.md and the labeling guide.
STOCK = frozenset({
    "congratulations on finding someone cheaper, i'm sure they'll be worth every penny you saved.",
})  # fmt: skip


def test_no_evaluation_letter_is_in_the_training_corpus() -> None:
    # NOTE: stock sentences ("please pass on my congratulations to the successful
    # candidate") occur everywhere; only a long sentence shared word for word is a leak.
    sentences = {" ".join(r["text"].lower().split()) for r in _corpus() if len(r["text"]) > 80}
    # NOTE: GUIDANCE.md's own examples were given to every writer, of the corpus and of the
    # blind sets alike; a letter quoting one has not leaked from the corpus.
    guidance = " ".join(shared_file("GUIDANCE.md").read_text(encoding="utf-8").lower().split())
    sentences = {s for s in sentences if s.rstrip(".!?") not in guidance} - STOCK
    leaked = []
    for folder in EVAL_SETS:
        for path in letters(folder):
            text = " ".join(path.read_text(encoding="utf-8", errors="replace").lower().split())
            leaked += [s for s in sentences if s in text]
    assert not leaked, leaked[:5]


def test_the_shipped_model_scores_every_act_in_plain_cases() -> None:
    m = model()
    assert m is not None and m.acts == ACTS
    cases = {
        "blame": "Your interviewers were rude and the whole process was rigged.",
        "vent": "This is a fucking joke, you clowns.",
        "thanks": "Thank you so much for taking the time to meet me on Tuesday.",
        "congratulate": "Congratulations on your new hire, I hope the launch goes brilliantly.",
        "ask-feedback": "Would you be willing to share what I could improve for next time?",
        "door-open": "Please keep me in mind for future openings on your team.",
        "demand": "I demand a full written explanation of why I was rejected by Friday.",
        "plea": "Please reconsider your decision, I know I am the better fit.",
    }
    scores = m.scores(list(cases.values()))
    for row, act in zip(scores, cases, strict=True):
        assert row[ACTS.index(act)] >= 0.6, (act, dict(zip(ACTS, row.round(2), strict=True)))


def test_the_hostility_signal_knows_whom_the_words_are_about() -> None:
    at_reader = features("You are a bunch of idiots.")
    at_self = features("I felt like an idiot for fumbling that answer.")
    assert "L neg2@you" in at_reader or "L neg@you" in at_reader
    assert "L neg2@you" not in at_self and "L neg@you" not in at_self
    assert "L prof" not in features("xx Maddie"), "a sign-off kiss is not a curse"


def test_retraining_reproduces_the_shipped_model(tmp_path: Path) -> None:
    pytest.importorskip("sklearn")
    from replylint import train

    # NOTE: the tests' own folders, not train.CORPUS: an installed package has no tests/
    letters = tuple(HERE / folder.name for folder in TRAINING_LETTERS)
    fresh = train.fit(train.load_corpus(CORPUS) + train.load_letters(letters))
    shipped = model()
    assert fresh.meta["corpus_sha256"] == shipped.meta["corpus_sha256"], (
        "the corpus changed since the model was trained: run python -m replylint.train"
    )
    probe = [r["text"] for r in _corpus()[::97]]
    # NOTE: liblinear's fit moves in the third decimal between numpy/scipy releases (the
    # registry's newer ones gave 0.0056 at most over the whole corpus, where the release
    # the model was trained with gave 0); a corpus edited without retraining is caught by
    # the digest above, and a changed feature or option moves scores far more than this
    assert abs(fresh.scores(probe) - shipped.scores(probe)).max() < 0.01


def test_a_saved_model_reads_back_the_same_and_the_older_layout_still_loads(
    tmp_path: Path,
) -> None:
    import zipfile

    import numpy as np
    from replylint.acts import ActModel

    shipped = model()
    shipped.save(tmp_path / "new.npz")
    with zipfile.ZipFile(tmp_path / "new.npz") as archive:
        # stored, not deflated: a start reads it without inflating 2 MB
        assert {i.compress_type for i in archive.infolist()} == {zipfile.ZIP_STORED}
    # the layout before: compressed, the vocabulary one numpy string
    np.savez_compressed(
        tmp_path / "old.npz", vocabulary=np.array("\n".join(shipped.index)),
        weights=shipped.weights, bias=shipped.bias,
        meta=np.array(json.dumps(shipped.meta, sort_keys=True)),
    )  # fmt: skip
    for name in ("new.npz", "old.npz"):
        again = ActModel.load(tmp_path / name)
        assert list(again.index.items()) == list(shipped.index.items())
        assert again.weights.dtype == shipped.weights.dtype == np.float32
        assert np.array_equal(again.weights, shipped.weights)
        assert np.array_equal(again.bias, shipped.bias)
        assert again.meta == shipped.meta


# --- the model inside rules --------------------------------------------------------------

LETTER = "Dear Ana,\n\n{body}\n\nBest,\nSam\n"
COMPLETE = ("Thank you for the interview and for your time. Congratulations on your new hire. "
            "Could you share what I could improve? Please keep me in mind for future roles.")  # fmt: skip


def _rules(body: str, **options) -> list[tuple[str, str]]:
    findings = lint_text(LETTER.format(body=body), model="blank", **options)
    return [(f.rule, f.text) for f in findings]


def test_a_model_finding_says_so_and_carries_its_score() -> None:
    body = (
        COMPLETE
        + " Four rounds of interviews, a take-home project that ate my entire weekend, and then two weeks of silence before a form rejection."
    )
    (finding,) = [f for f in lint_text(LETTER.format(body=body), model="blank")
                  if f.rule == "blame-employer"]  # fmt: skip
    assert finding.score is not None and finding.score >= 0.9
    assert "(act model: blame" in finding.message
    assert finding.text.startswith("Four rounds")


def test_acts_can_be_switched_off() -> None:
    body = (
        COMPLETE
        + " Four rounds of interviews, a take-home project that ate my entire weekend, and then two weeks of silence before a form rejection."
    )
    assert "blame-employer" in {r for r, _ in _rules(body)}
    assert "blame-employer" not in {r for r, _ in _rules(body, acts="patterns")}


@pytest.mark.parametrize(
    ("body", "missing"),
    [
        # a word is not an act: mentioning feedback asks for none
        (
            "Thank you for the interview. Congratulations on the hire. The notes you gave me "
            "after round one were helpful. Please keep me in mind for future roles.",
            "missing-feedback-request",
        ),
        # carrying on elsewhere opens no door with them
        (
            "Thank you for the interview. Congratulations on the hire. What could I improve? "
            "I'll carry on applying to other firms.",
            "missing-door-open",
        ),
        # thanks only for the news is courtesy, not thanks
        (
            "Thanks for letting me know. Congratulations on the hire. What could I improve? "
            "Please keep me in mind for future roles.",
            "missing-thanks",
        ),
        # a sarcastic good wish is no congratulation
        (
            "Thank you for the interview. Congratulations on finding someone cheaper. What could "
            "I improve? Please keep me in mind for future roles.",
            "missing-congratulations",
        ),
    ],
)
def test_keyword_in_another_sense_does_not_satisfy_a_missing_rule(body: str, missing: str) -> None:
    assert missing in {r for r, _ in _rules(body)}


@pytest.mark.parametrize(
    "body",
    [
        # paraphrases no pattern lists, found by the model
        "Really grateful you gave up an afternoon to show me round the depot. Hope the new "
        "driver settles in brilliantly. Any pointers on where I fell short would mean a lot. "
        "Hit me up if anything else comes up!",
    ],
)
def test_paraphrased_acts_satisfy_the_missing_rules(body: str) -> None:
    assert not {r for r, _ in _rules(body) if r.startswith("missing")}


def test_sign_offs_are_not_thanks() -> None:
    body = "I got your email about the decision. Congratulations on the hire."
    letter = f"Dear Ana,\n\n{body}\n\nThanks so much,\nSam\n"
    assert "missing-thanks" in {f.rule for f in lint_text(letter, model="blank")}


def test_a_user_rule_can_use_an_act(tmp_path: Path) -> None:
    (tmp_path / "no-threats.yml").write_text(
        "name: no-threats\ncode: US201\nextends: pattern\nseverity: warning\nscope: body\n"
        "message: \"This reads as a threat: '{match}'.\"\nact: vent\nthreshold: 0.9\n"
        "docs:\n  what: Threats.\n  why: They end the conversation.\n  instead: Leave it out.\n"
        'examples:\n  flag: ["I will be posting about this on every forum I can find."]\n'
        '  pass: ["Thank you for your time."]\n',
        encoding="utf-8",
    )
    letter = tmp_path / "letter.txt"
    letter.write_text("Hi Sam,\n\nYou clowns will regret this, I'll make sure of it.\n",
                      encoding="utf-8")  # fmt: skip
    result = invoke([str(letter), "--rules-dir", str(tmp_path), "--select", "US201",
                     "--model", "blank", "--format", "json"], exit_code=0)  # fmt: skip
    (finding,) = json.loads(result.stdout)["files"][0]["diagnostics"]
    assert finding["rule"] == "no-threats" and finding["score"] >= 0.9


def test_a_name_is_not_a_lexicon_word() -> None:
    """A signature "Rob" read as the verb scored as venting (holdout7)."""
    assert not [f for f in features("Rob") if f.startswith("L ")]
    assert model().scores(["Rob"])[0][ACTS.index("vent")] < 0.5
    assert [f for f in features("They rob candidates of their weekends.") if f.startswith("L ")]


def test_eval_prints_the_ablation() -> None:
    """Patterns only, model only and both, one table each, from the same command."""
    from click.testing import CliRunner
    from replylint.eval import main

    result = CliRunner().invoke(main, [str(HERE / "holdout5"), "--ablation"])
    assert result.exit_code == 0, result.output
    modes = [line.rsplit("acts: ", 1)[1] for line in result.output.splitlines()
             if "acts: " in line]  # fmt: skip
    assert modes == ["both", "patterns", "model"]
    assert result.output.count("\nall ") == 3


def test_letters_trained_on_are_never_the_blind_sets() -> None:
    # holdout6-48 train the tone acts once scored, with train1-9; the sets after them
    # (holdout49 on) stay unseen until they have been scored
    trained = {p.name for p in TRAINING_LETTERS}
    assert trained == {*(f"holdout{n}" for n in range(6, 49)),
                       *(f"train{n}" for n in range(1, 10))}  # fmt: skip
    assert all((HERE / name).is_dir() for name in trained)
    blind = [name for name in trained if name.startswith("context")
             or (name.startswith("holdout") and int(name[len("holdout"):] or 0) >= 49)]  # fmt: skip
    assert not blind, blind


def test_every_training_letter_can_be_read() -> None:
    """A letter the reader refuses (unquoted ': ' in front matter) stops the training."""
    from replylint.engine import Input, read_letter
    from replylint.errors import InputError

    refused = []
    for folder in TRAINING_LETTERS:
        for path in letters(HERE / folder.name):
            try:
                read_letter(Input(str(path), path.read_bytes(), path.suffix))
            except InputError as error:
                refused.append(f"{folder.name}/{path.name}: {error}")
    assert not refused, "\n".join(refused)


def test_another_model_file_can_be_scored_in_place_of_the_shipped_one(tmp_path: Path) -> None:
    """Options.act_model (eval --act-model, bench/letter_cv.py) swaps the model, nothing else."""
    import numpy as np
    from replylint.acts import ActModel
    from replylint.errors import ConfigError

    shipped = model()
    silent = tmp_path / "silent.npz"
    vocabulary = sorted(shipped.index, key=shipped.index.__getitem__)
    ActModel(vocabulary, np.zeros_like(shipped.weights), np.full_like(shipped.bias, -9.0),
             shipped.meta).save(silent)  # fmt: skip
    body = (
        COMPLETE
        + " Four rounds of interviews and then two weeks of silence before a form rejection."
    )
    assert "blame-employer" in {f.rule for f in lint_text(LETTER.format(body=body), model="blank")}
    with_silent = lint_text(LETTER.format(body=body), model="blank", act_model=str(silent))
    assert "blame-employer" not in {f.rule for f in with_silent}
    with pytest.raises(ConfigError, match="does not exist"):
        lint_text(LETTER.format(body=body), model="blank", act_model=str(tmp_path / "none.npz"))
