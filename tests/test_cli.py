"""The command line, in-process through click's runner and as a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import invoke
from replylint import __version__

ROOT = Path(__file__).parent.parent
SAMPLES = ROOT / "samples"
BITTER = str(SAMPLES / "bitter-blames-process.txt")
EXCELLENT = str(SAMPLES / "excellent-warm-reply.txt")


def test_clean_letter_exits_0_with_a_summary() -> None:
    result = invoke([EXCELLENT, "--model", "blank"])
    assert result.stdout == "No problems found in 1 file.\n"


def test_findings_read_like_a_compiler_and_exit_1() -> None:
    result = invoke([BITTER, "--model", "blank", "--select", "RL101"], exit_code=1)
    lines = result.stdout.splitlines()
    assert lines[0] == (f"{BITTER}:5:1: RL101 [error] This blames the employer: "
                        "'Your process was a joke'.")  # fmt: skip
    # The offending line follows, then a caret line under the span.
    assert lines[1].startswith(" 5 | Your process was a joke")
    assert lines[2] == "   | " + "^" * len("Your process was a joke")
    assert lines[3].startswith("   = help: ")
    # Four from patterns, and one the act model finds in words no pattern lists (the
    # complaint about four rounds, a lost weekend and a form rejection); it says so.
    assert lines[-1] == "Found 5 problems (5 errors) in 1 file."
    (model_line,) = [line for line in lines if "(act model: blame" in line]
    assert model_line.startswith(f"{BITTER}:5:47: RL101 [error] This blames the employer: "
                                 "'Four rounds of interviews")  # fmt: skip
    assert "\x1b[" not in result.stdout, "no colour when not on a terminal"


def test_color_can_be_forced() -> None:
    result = invoke([BITTER, "--model", "blank", "--select", "RL101", "--color"], exit_code=1)
    assert "\x1b[31m" in result.stdout


def test_json_output_follows_the_contract() -> None:
    result = invoke([BITTER, EXCELLENT, "--model", "blank", "--format", "json"], exit_code=1)
    doc = json.loads(result.stdout)
    assert doc["version"] == 1
    assert [f["path"] for f in doc["files"]] == [BITTER, EXCELLENT]
    assert doc["files"][1] == {"path": EXCELLENT, "diagnostics": [], "error": None,
                               "positions": "file"}  # fmt: skip
    first = doc["files"][0]["diagnostics"][0]
    # "score" is the one addition to the contract's keys (the act model's score, or null)
    assert set(first) == {"rule", "code", "severity", "message", "start", "end", "text",
                          "suggestion", "score"}  # fmt: skip
    assert all(d["score"] is None or 0 <= d["score"] <= 1
               for d in doc["files"][0]["diagnostics"])  # fmt: skip
    text = Path(BITTER).read_text(encoding="utf-8")
    for d in doc["files"][0]["diagnostics"]:
        assert text[d["start"]["offset"] : d["end"]["offset"]] == d["text"]
        line = text.splitlines()[d["start"]["line"] - 1]
        assert line[d["start"]["column"] - 1 :].startswith(d["text"].split("\n")[0])
    summary = doc["summary"]
    assert summary["files"] == 2
    assert summary["errors"] == sum(
        d["severity"] == "error" for d in doc["files"][0]["diagnostics"]
    )


def test_whole_letter_findings_point_at_the_first_line_of_the_letter() -> None:
    path = str(SAMPLES / "downplays-their-effort.md")  # front matter on lines 1-8
    doc = json.loads(invoke([path, "--model", "blank", "--format", "json",
                             "--select", "missing-thanks"], exit_code=1).stdout)  # fmt: skip
    (finding,) = doc["files"][0]["diagnostics"]
    assert finding["start"]["line"] == 10 and finding["start"]["column"] == 1
    assert finding["text"] == "Hi Priya,"


def test_select_and_ignore_take_names_codes_and_prefixes() -> None:
    def rules(*args: str) -> set[str]:
        doc = json.loads(invoke([BITTER, "--model", "blank", "--format", "json",
                                 "--fail-on", "info", *args], exit_code=1).stdout)  # fmt: skip
        return {d["rule"] for d in doc["files"][0]["diagnostics"]}

    assert rules("--select", "RL2") == {
        "missing-thanks", "missing-congratulations", "missing-feedback-request",
        "missing-door-open"}  # fmt: skip
    assert rules("--select", "RL2", "--ignore", "missing-thanks,RL204") == {
        "missing-congratulations", "missing-feedback-request"}  # fmt: skip
    assert rules("--select", "negative-emotion") == {"negative-emotion"}


def test_unknown_rule_in_select_is_a_usage_error() -> None:
    result = invoke([BITTER, "--select", "no-such-rule"], exit_code=2)
    assert "no rule is named or coded 'no-such-rule'" in result.stderr


def test_fail_on_decides_the_exit_code() -> None:
    path = str(SAMPLES / "good-but-no-feedback-ask.txt")  # one warning only
    invoke([path, "--model", "blank"], exit_code=0)
    invoke([path, "--model", "blank", "--fail-on", "warning"], exit_code=1)
    long = str(SAMPLES / "rambling-too-long.txt")  # one info only
    invoke([long, "--model", "blank", "--fail-on", "warning"], exit_code=0)
    invoke([long, "--model", "blank", "--fail-on", "info"], exit_code=1)


def test_max_words_changes_the_limit() -> None:
    result = invoke([EXCELLENT, "--model", "blank", "--max-words", "50", "--fail-on", "info"],
                    exit_code=1)  # fmt: skip
    assert "RL402" in result.stdout and "under 50" in result.stdout


def test_folders_are_searched_in_a_stable_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    for name in ("b/z.txt", "a.md", "b/notes.pdf", ".hidden/x.txt"):
        (tmp_path / name).write_text("Thanks for nothing.\n", encoding="utf-8")
    doc = json.loads(invoke([str(tmp_path), "--model", "blank", "--format", "json"],
                            exit_code=1).stdout)  # fmt: skip
    assert [Path(f["path"]).relative_to(tmp_path).as_posix() for f in doc["files"]] == [
        "a.md", "b/z.txt"]  # fmt: skip


def test_stdin_is_read_for_dash() -> None:
    result = invoke(["-", "--model", "blank", "--select", "RL103"], exit_code=0,
                    input="Dear Jo,\n\nWell, thanks for nothing.\n")  # fmt: skip
    assert "-:3:7: RL103 [warning]" in result.stdout


def test_list_rules_and_explain() -> None:
    listing = invoke(["--list-rules"]).stdout.splitlines()
    assert len(listing) == 14
    assert listing[0].split()[:3] == ["RL101", "blame-employer", "error"]
    explained = invoke(["--explain", "RL104"]).stdout
    assert explained.startswith("RL104 reconsider-plea (warning, looks at: body)")
    assert "Why it matters:" in explained and "Please reconsider my application." in explained
    assert invoke(["--explain", "missing-thanks"]).stdout.startswith("RL201 missing-thanks")
    invoke(["--explain", "nope"], exit_code=2)


def test_no_paths_is_a_usage_error() -> None:
    assert "give at least one letter" in invoke([], exit_code=2).stderr


def test_version() -> None:
    assert invoke(["--version"]).stdout.strip() == f"replylint, version {__version__}"


def test_python_dash_m_runs_as_a_real_process() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "replylint", "--model", "blank", "--format", "json", BITTER],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert proc.returncode == 1, proc.stderr
    assert json.loads(proc.stdout)["summary"]["errors"] >= 3
    assert proc.stderr == ""


def test_unknown_model_is_a_configuration_error() -> None:
    result = invoke([EXCELLENT, "--model", "no_such_pipeline"], exit_code=2)
    assert "no spaCy pipeline package named 'no_such_pipeline'" in result.stderr


def test_long_paragraph_lines_are_cut_around_the_span(tmp_path: Path) -> None:
    letter = tmp_path / "long.txt"
    filler = "We talked about the roadmap and the team and the office move. " * 4
    letter.write_text(f"Hi Jo,\n\n{filler}Well, thanks for nothing. {filler}\n", encoding="utf-8")
    out = invoke([str(letter), "--model", "blank", "--select", "RL103"]).stdout.splitlines()
    source, caret = out[1], out[2]
    assert source.startswith(" 3 | …") and source.endswith("…") and len(source) < 140
    start = caret.index("^")
    assert source[start : start + len("thanks for nothing")] == "thanks for nothing"


def test_offsets_count_code_points_with_emoji_and_accents(tmp_path: Path) -> None:
    letter = tmp_path / "emoji.txt"
    letter.write_text("Hi Zoë 👋,\n\nRenée 🎉 said: thanks for nothing.\n", encoding="utf-8")
    doc = json.loads(invoke([str(letter), "--model", "blank", "--format", "json",
                             "--select", "RL103"]).stdout)  # fmt: skip
    (finding,) = doc["files"][0]["diagnostics"]
    # "Hi Zoë 👋,\n" is 10 code points, the blank line 1, "Renée 🎉 said: " 14.
    assert finding["start"] == {"line": 3, "column": 15, "offset": 25}
    assert letter.read_text(encoding="utf-8")[25:43] == "thanks for nothing"


def test_auto_model_falls_back_to_the_blank_pipeline() -> None:
    from replylint import nlp

    if any(nlp._installed(name) for name in nlp.TRAINED):
        pytest.skip("an official trained pipeline is installed here")
    pipeline = nlp.load("auto")
    assert nlp.describe(pipeline) == "blank"
    assert pipeline.pipe_names == [
        "replylint_paragraphs",
        "replylint_sentences",
        "replylint_lemmas",
    ]


def test_python_api_matches_the_command_line(tmp_path: Path) -> None:
    from replylint import lint_paths, lint_text

    (tmp_path / ".replylint.yaml").write_text("select: [RL103]\n", encoding="utf-8")
    letter = tmp_path / "a.txt"
    letter.write_text("Dear Jo,\n\nWell, thanks for nothing.\n", encoding="utf-8")
    (result,) = lint_paths([str(tmp_path)], model="blank")
    assert [f.code for f in result.findings] == ["RL103"]  # the configuration applied
    assert [f.code for f in lint_text(letter.read_text(), select=("RL103",), model="blank")] == [
        "RL103"
    ]
