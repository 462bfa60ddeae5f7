"""Per-letter opt-outs, introspection and the small command-line options."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import invoke

BLAME = "Dear Dana,\n\nThank you for letting me know. Your process was a joke.\n\nBest,\nSam\n"


def letter(folder: Path, front: str, name: str = "reply.md", body: str = BLAME) -> str:
    """Write a letter with ``front`` as its front matter; return its path."""
    path = folder / name
    path.write_text(f"---\n{front}---\n{body}", encoding="utf-8")
    return str(path)


def codes(stdout: str) -> list[str]:
    """Return the codes of a JSON report's findings, in order."""
    return [d["code"] for f in json.loads(stdout)["files"] for d in f["diagnostics"]]


# --- 4. front-matter ignore ------------------------------------------------------------


def test_front_matter_ignore_drops_findings_for_that_letter_only(tmp_path: Path) -> None:
    ignoring = letter(tmp_path, "ignore: [blame-employer, RL2]\n", "a.md")
    plain = letter(tmp_path, "to: Dana\n", "b.md")
    result = invoke([ignoring, plain, "--model", "blank", "--format", "json"], exit_code=1)
    files = json.loads(result.stdout)["files"]
    assert [d["code"] for d in files[0]["diagnostics"]] == []
    assert {"RL101", "RL201", "RL204"} <= {d["code"] for d in files[1]["diagnostics"]}
    assert result.stderr == ""


def test_front_matter_ignore_changes_the_exit_status(tmp_path: Path) -> None:
    path = letter(tmp_path, "ignore: blame-employer, missing-thanks\n")
    # what is left is a warning, below the default fail-on
    result = invoke([path, "--model", "blank", "--format", "concise"], exit_code=0)
    assert "RL101" not in result.stdout and "RL204" in result.stdout


def test_unknown_rule_in_front_matter_ignore_is_a_warning(tmp_path: Path) -> None:
    path = letter(tmp_path, "to: Dana\nignore:\n  - too-long\n  - blame-employr\n")
    result = invoke([path, "--model", "blank", "--format", "json"], exit_code=1)
    assert result.stderr == (f"replylint: warning: {path}:5: front matter: ignore: no rule is "
                             "named or coded 'blame-employr' (did you mean "
                             "'blame-employer'?)\n")  # fmt: skip
    # a warning is not an error: the letter is checked and its findings stand
    assert "RL101" in codes(result.stdout)


def test_unknown_front_matter_keys_are_warnings_naming_the_allowed_ones(tmp_path: Path) -> None:
    front = "tags: [x]\nrejection:\n  company: Acme\n  recieved: 2026-03-01\nignore: [RL1]\n"
    path = letter(tmp_path, front)
    result = invoke([path, "--model", "blank", "--format", "concise"], exit_code=1)
    assert result.stderr.splitlines() == [
        f"replylint: warning: {path}:2: front matter: unknown key 'tags'; "
        "allowed: to, cc, sent, rejection, ignore",
        f"replylint: warning: {path}:5: front matter: unknown key 'rejection.recieved' "
        "(did you mean 'received'?); allowed: rejection.from, rejection.company, "
        "rejection.received",
    ]
    assert "RL101" not in result.stdout and "RL201" in result.stdout


def test_warnings_come_back_from_the_cache(tmp_path: Path) -> None:
    path = letter(tmp_path, "tags: x\nignore: RL101\n")
    args = [path, "--model", "blank", "--cache-dir", str(tmp_path / "cache")]
    first = invoke(args, exit_code=1)
    second = invoke(args, exit_code=1)
    assert "unknown key 'tags'" in first.stderr
    assert second.stderr == first.stderr and second.stdout == first.stdout
    assert "RL101" not in second.stdout


def test_a_malformed_ignore_is_an_error_for_that_letter(tmp_path: Path) -> None:
    path = letter(tmp_path, "ignore: {blame-employer: true}\n")
    result = invoke([path, "--model", "blank", "--format", "concise"], exit_code=2)
    assert f"{path}: error: malformed front matter: 'ignore' must be a rule name" in result.stdout
