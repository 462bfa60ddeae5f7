"""Unreadable inputs: one clear line each, the other files still linted, exit 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import invoke

GOOD = "Dear Jo,\n\nWell, thanks for nothing.\n"
#: What the user must be told for each kind of bad input.
CASES = {
    "latin1.txt": ("Merci beaucoup, Ren\xe9e".encode("latin-1"), "not valid UTF-8 (byte 0xe9"),
    "binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    "empty.txt": (b"", "empty file"),
    "blank.md": (b"  \n\n \t\n", "empty file"),
    "unclosed.md": (b"---\nto: [Dana]\nDear Dana,\n", "front matter: the opening '---' line is never closed"),
    "badyaml.md": (b"---\nto: [Dana\n---\nDear Dana,\n", "malformed front matter (line"),
    "notmap.md": (b"---\n- a\n- b\n---\nDear Dana,\n", "expected 'key: value' lines"),
    "baddate.md": (b"---\nsent: next tuesday\n---\nDear Dana,\n", "'sent' is not a date"),
    "onlyfm.md": (b"---\nto: Dana\n---\n\n", "no text of its own"),
    # issue 10: an impossible date was a traceback that lost the whole run
    "feb30.md": (b"---\nsent: 2026-02-30\n---\nDear Dana,\n", "day is out of range for month"),
    "feb30-received.md": (b"---\nrejection:\n  received: 2026-02-30T10:00:00\n---\nDear Dana,\n",
                          "malformed front matter"),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_file_gets_one_line_and_others_still_run(tmp_path: Path, name: str) -> None:
    data, expected = CASES[name]
    bad = tmp_path / name
    bad.write_bytes(data)
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    before = bad.read_bytes()

    result = invoke([str(bad), str(good), "--model", "blank"], exit_code=2)

    error_lines = [ln for ln in result.stdout.splitlines() if ln.startswith(f"{bad}: error: ")]
    assert len(error_lines) == 1 and expected in error_lines[0], result.stdout
    assert f"{good}:3:7: RL103" in result.stdout, "the good file must still be linted"
    assert "Traceback" not in result.stdout + result.stderr
    assert bad.read_bytes() == before, "replylint must never write to a letter"


def test_huge_file_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    result = invoke([str(huge), "--model", "blank"], exit_code=2)
    assert f"{huge}: error: file is too large (52.4 MB; the limit is 1024 KB)" in result.stdout


def test_a_letter_over_a_million_characters_but_under_the_limit_is_linted(tmp_path: Path) -> None:
    # issue 10: spaCy's own limit (1,000,000 characters) was below replylint's (1 MiB),
    # so such a letter was a traceback that lost the whole run
    letter = tmp_path / "long.txt"
    words = ("abcdefghij" * 10 + " ") * 9_901
    letter.write_text(f"Dear Jo,\n\nThank you for the interview. {words}\n", encoding="utf-8")
    assert 1_000_000 < letter.stat().st_size <= 1024 * 1024
    result = invoke([str(letter), "--model", "blank", "--select", "too-long"])
    assert f"{letter}:1:1: RL402 [info] The body runs to 9906 words" in result.stdout


def test_missing_path_and_json_error_field(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    doc = json.loads(invoke([str(missing), "--model", "blank", "--format", "json"],
                            exit_code=2).stdout)  # fmt: skip
    assert doc["files"] == [{"path": str(missing), "diagnostics": [],
                             "error": "no such file or folder", "positions": "file"}]  # fmt: skip


def test_bom_and_crlf_keep_positions_true(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes("\ufeffDear Jo,\r\n\r\nWell, thanks for nothing.\r\n".encode())
    doc = json.loads(invoke([str(path), "--model", "blank", "--format", "json",
                             "--select", "RL103"]).stdout)  # fmt: skip
    (finding,) = doc["files"][0]["diagnostics"]
    assert finding["start"] == {"line": 3, "column": 7, "offset": 18}
    assert finding["text"] == "thanks for nothing"


# --- issue 10: what a run may never do -------------------------------------------------


def test_output_that_names_a_letter_is_refused(tmp_path: Path) -> None:
    letter = tmp_path / "mine.txt"
    letter.write_text(GOOD, encoding="utf-8")
    result = invoke([str(letter), "-o", str(letter), "--model", "blank"], exit_code=2)
    assert "never writes to a letter" in result.stderr
    assert letter.read_text(encoding="utf-8") == GOOD


def test_output_is_written_whole_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    letter = tmp_path / "mine.txt"
    letter.write_text(GOOD, encoding="utf-8")
    report = tmp_path / "report.json"
    report.write_text("old report", encoding="utf-8")
    invoke([str(letter), "-o", str(report), "--format", "json", "--model", "blank"], exit_code=1)
    assert json.loads(report.read_text(encoding="utf-8"))["summary"]["files"] == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.txt", "report.json"]


def test_absurd_jobs_are_refused_and_too_many_are_lowered(tmp_path: Path) -> None:
    letter = tmp_path / "mine.txt"
    letter.write_text(GOOD, encoding="utf-8")
    invoke([str(letter), "--jobs", "100000"], exit_code=2)
    result = invoke([str(letter), "--jobs", "1000", "--model", "blank", "--no-cache"],
                    exit_code=1)  # fmt: skip
    assert "--jobs 1000: using" in result.stderr


def test_a_huge_slot_is_quoted_short_in_its_message(tmp_path: Path) -> None:
    from replylint import lint_text

    text = f"Dear Sam,\n\nThank you for the interview at {'X' * 50_000}.\n"
    findings = [f for f in lint_text(text, model="blank") if f.rule == "template-placeholder"]
    assert findings and all(len(f.message) < 300 for f in findings)


def test_ctrl_c_exits_130_and_says_so(tmp_path: Path, monkeypatch) -> None:
    import replylint.project

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(replylint.project, "run", interrupted)
    letter = tmp_path / "mine.txt"
    letter.write_text(GOOD, encoding="utf-8")
    result = invoke([str(letter), "--model", "blank"], exit_code=130)
    assert result.stderr.strip() == "replylint: interrupted"


@pytest.mark.parametrize("where", ["letter", "folder", "config", "rejection", "rules-dir"])
def test_a_named_pipe_is_refused_not_waited_on(tmp_path: Path, where: str) -> None:
    """Only regular files are read: a pipe would block the run forever (issue 10)."""
    import os
    import subprocess
    import sys

    letter = tmp_path / "mine.txt"
    letter.write_text(GOOD, encoding="utf-8")
    folder = tmp_path / "letters"
    folder.mkdir()
    pipe = {"letter": tmp_path / "pipe.txt", "folder": folder / "pipe.txt",
            "config": tmp_path / "pipe.yaml", "rejection": tmp_path / "pipe.eml",
            "rules-dir": folder / "pipe.yml"}[where]  # fmt: skip
    os.mkfifo(pipe)
    args = {"letter": [str(pipe), str(letter)], "folder": [str(folder), str(letter)],
            "config": ["--config", str(pipe), str(letter)],
            "rejection": ["--rejection", str(pipe), str(letter)],
            "rules-dir": ["--rules-dir", str(folder), str(letter)]}[where]  # fmt: skip
    # NOTE: a subprocess with a timeout, so that a regression fails instead of hanging CI
    result = subprocess.run([sys.executable, "-m", "replylint", "--model", "blank", "--no-cache",
                             "--isolated" if where != "config" else "--no-color", *args],
                            capture_output=True, text=True, timeout=120, cwd=tmp_path)  # fmt: skip
    assert result.returncode == 2, result.stdout + result.stderr
    assert "not a regular file" in result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    if where in ("letter", "folder"):
        assert "mine.txt:3:7: RL103" in result.stdout, "the other letter is still linted"


def test_one_giant_sentence_full_of_matches_does_not_hang(tmp_path: Path) -> None:
    # found while building --fix: a negation check walked the whole sentence for every
    # match, so 30,000 matches in one sentence took hours (now seconds). The timeout
    # only guards against a hang; it is far above the time this takes.
    import subprocess
    import sys

    letter = tmp_path / "giant.txt"
    letter.write_text("Dear Jo,\n\n" + "Thanks for nothing, and " * 20_000 + "bye.\n",
                      encoding="utf-8")  # fmt: skip
    result = subprocess.run(
        [sys.executable, "-m", "replylint", str(letter), "--model", "blank", "--no-cache",
         "--format", "concise", "--select", "negative-emotion"],
        capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert result.returncode == 0 and "RL103 [warning]" in result.stdout  # a warning: exit 0


def test_an_unquoted_value_holding_a_colon_gets_a_hint_to_quote_it(tmp_path: Path) -> None:
    # YAML refuses "subject: Re: Your application"; writers type subjects that way
    letter = tmp_path / "reply.md"
    letter.write_text("---\nsent: 2026-10-20T10:30:00\nsubject: Re: Trainee role\n---\n\n"
                      "Dear Hamid,\n\nThank you.\n", encoding="utf-8")  # fmt: skip
    result = invoke([str(letter), "--model", "blank"], exit_code=2)
    assert (f'{letter}: error: malformed front matter (line 3): mapping values are not allowed '
            'in this context (a value holding \': \' needs quotes: subject: "Re: Trainee role")'
            ) in result.stdout  # fmt: skip


def test_other_yaml_mistakes_get_no_quoting_hint(tmp_path: Path) -> None:
    letter = tmp_path / "reply.md"
    letter.write_text("---\nto: [Dana\n---\nDear Dana,\n", encoding="utf-8")
    result = invoke([str(letter), "--model", "blank"], exit_code=2)
    assert "malformed front matter (line" in result.stdout
    assert "needs quotes" not in result.stdout


def test_front_matter_subject_names_the_employer_like_an_email_subject(tmp_path: Path) -> None:
    letter = tmp_path / "reply.md"
    letter.write_text(
        "---\nsubject: \"Re: Graduate Planner - Northgate Rail Ltd\"\nrejection:\n"
        "  from: Bethan Hughes <bethan@northgaterail.co.uk>\n---\n\nDear Bethan,\n\n"
        "Thank you for considering me. I would still love to join Globex Ltd one day.\n\n"
        "Best,\nSam\n", encoding="utf-8")  # fmt: skip
    result = invoke([str(letter), "--model", "blank", "--select", "wrong-company"], exit_code=1)
    assert "'Globex Ltd' is not Northgate Rail Ltd, who sent the rejection." in result.stdout
    assert "warning" not in result.stderr  # subject is a known key
