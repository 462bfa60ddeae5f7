"""Configuration files, folders and exclusion: discovery, precedence and clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import invoke

BITTER = (Path(__file__).parent.parent / "samples" / "bitter-blames-process.txt").read_text(
    encoding="utf-8"
)
GOOD_RULE = (Path(__file__).parent / "test_rule_files.py").read_text(encoding="utf-8")


def rules_in(args: list[str], exit_code: int = 1) -> dict[str, set[str]]:
    """Return, per file name, the rules that fired."""
    doc = json.loads(invoke([*args, "--model", "blank", "--format", "json"],
                            exit_code=exit_code).stdout)  # fmt: skip
    return {Path(f["path"]).name: {d["rule"] for d in f["diagnostics"]} for f in doc["files"]}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "letters" / "drafts").mkdir(parents=True)
    for name in ("letters/a.txt", "letters/drafts/b.txt"):
        (tmp_path / name).write_text(BITTER, encoding="utf-8")
    return tmp_path


def test_yaml_config_found_upward_and_cli_wins(project: Path) -> None:
    (project / ".replylint.yaml").write_text("select: [RL1]\nignore: [negative-emotion]\n",
                                             encoding="utf-8")  # fmt: skip
    found = rules_in([str(project / "letters")])
    same = rules_in([str(project / "letters"), "--isolated", "--select", "RL1",
                     "--ignore", "negative-emotion"])  # fmt: skip
    assert found == same and found["a.txt"] == {"blame-employer"}
    assert rules_in([str(project / "letters"), "--select", "RL2"])["a.txt"] == {
        "missing-thanks", "missing-congratulations", "missing-feedback-request",
        "missing-door-open"}  # fmt: skip
    assert "negative-emotion" in rules_in([str(project / "letters"), "--isolated"])["a.txt"]


def test_pyproject_table_is_read(project: Path) -> None:
    (project / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.replylint]\n'
                                            'select = ["RL101"]\nfail-on = "warning"\n',
                                            encoding="utf-8")  # fmt: skip
    assert rules_in([str(project / "letters" / "a.txt")]) == {"a.txt": {"blame-employer"}}


def test_nearest_config_wins_for_each_file(project: Path) -> None:
    (project / ".replylint.yaml").write_text("select: [blame-employer]\n", encoding="utf-8")
    (project / "letters" / "drafts" / ".replylint.yml").write_text("select: [too-long]\n",
                                                                   encoding="utf-8")  # fmt: skip
    found = rules_in([str(project / "letters")])
    assert found == {"a.txt": {"blame-employer"}, "b.txt": set()}


def test_severity_fail_on_and_per_file_ignores(project: Path) -> None:
    (project / ".replylint.yaml").write_text(
        "select: [blame-employer, negative-emotion]\n"
        "severity: {negative-emotion: error, RL101: info}\n"
        "per-file-ignores:\n  'letters/drafts/*': [RL103]\n", encoding="utf-8")  # fmt: skip
    doc = json.loads(invoke([str(project / "letters"), "--model", "blank", "--format", "json"],
                            exit_code=1).stdout)  # fmt: skip
    a, b = doc["files"]
    levels = {(d["rule"], d["severity"]) for d in a["diagnostics"]}
    assert levels == {("blame-employer", "info"), ("negative-emotion", "error")}
    assert {d["rule"] for d in b["diagnostics"]} == {"blame-employer"}
    # b.txt has only infos now, a.txt an error: --fail-on decides
    invoke([str(project / "letters" / "drafts"), "--model", "blank"], exit_code=0)
    invoke([str(project / "letters" / "drafts"), "--model", "blank", "--fail-on", "info"],
           exit_code=1)  # fmt: skip


def test_exclude_and_gitignore_skip_files_found_in_folders(project: Path) -> None:
    (project / ".replylint.yaml").write_text("exclude: ['drafts/']\n", encoding="utf-8")
    assert set(rules_in([str(project / "letters")])) == {"a.txt"}
    # a file named on the command line is linted anyway
    assert set(rules_in([str(project / "letters" / "drafts" / "b.txt")])) == {"b.txt"}
    (project / ".replylint.yaml").unlink()
    (project / "letters" / ".gitignore").write_text("drafts/\n", encoding="utf-8")
    assert set(rules_in([str(project / "letters")])) == {"a.txt"}
    assert set(rules_in([str(project / "letters"), "--exclude", "a.txt"], exit_code=0)) == set()


def test_symlink_loops_are_not_followed(project: Path) -> None:
    (project / "letters" / "loop").symlink_to(project / "letters", target_is_directory=True)
    assert set(rules_in([str(project / "letters")])) == {"a.txt", "b.txt"}


def test_rules_dirs_in_config_load_user_rules(project: Path) -> None:
    start = GOOD_RULE.index('GOOD_RULE = """\\\n') + len('GOOD_RULE = """\\\n')
    rule = GOOD_RULE[start : GOOD_RULE.index('"""', start)]
    (project / "my-rules").mkdir()
    (project / "my-rules" / "no-sorry.yml").write_text(rule, encoding="utf-8")
    (project / "letters" / "a.txt").write_text("Hi Jo,\n\nI'm so sorry to write.\n",
                                               encoding="utf-8")  # fmt: skip
    (project / ".replylint.yaml").write_text("rules-dirs: [my-rules]\nselect: [US101]\n",
                                             encoding="utf-8")  # fmt: skip
    found = rules_in([str(project / "letters" / "a.txt"), "--fail-on", "info"])
    assert found == {"a.txt": {"no-sorry"}}


@pytest.mark.parametrize(("text", "error"), [
    ("selct: [RL1]\n", ":1: selct: unknown key; allowed: acts, exclude, extend-select, fail-on"),
    ("select: RL1\n", ":1: select: must be a list of rule names, codes or code prefixes (got 'RL1')"),
    ("\nfail-on: fatal\n", ":2: fail-on: must be error, warning or info (got 'fatal')"),
    # issue 10: a list where a word is expected was a TypeError
    ("fail-on: [error]\n", ":1: fail-on: must be error, warning or info (got ['error'])"),
    ("max-words: -3\n", ":1: max-words: must be a whole number above 0 (got -3)"),
    ("ignore: [no-such-rule]\n", ":1: ignore: no rule is named or coded 'no-such-rule'"),
    ("select: [RL1\n", ":2: not valid YAML"),
])  # fmt: skip
def test_broken_config_names_file_and_line(project: Path, text: str, error: str) -> None:
    config = project / ".replylint.yaml"
    config.write_text(text, encoding="utf-8")
    result = invoke([str(project / "letters"), "--model", "blank"], exit_code=2)
    assert result.stderr.startswith(f"replylint: error: {config.resolve()}{error}"), result.stderr


def test_pyproject_errors_name_the_line(project: Path) -> None:
    path = project / "pyproject.toml"
    path.write_text('[tool.replylint]\nselect = ["RL1"]\nmodel = 3\n', encoding="utf-8")
    result = invoke([str(project / "letters")], exit_code=2)
    assert f"{path.resolve()}:3: model: must be auto, blank" in result.stderr


def test_explicit_config_file(project: Path, tmp_path: Path) -> None:
    other = tmp_path / "elsewhere.yaml"
    other.write_text("select: [too-long]\nmax-words: 20\n", encoding="utf-8")
    assert rules_in([str(project / "letters" / "a.txt"), "--config", str(other),
                     "--fail-on", "info"]) == {"a.txt": {"too-long"}}  # fmt: skip


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_broken_config_in_a_subfolder_leaves_the_rest_of_the_run(project: Path, jobs: str) -> None:
    # found as a new user: one bad .replylint.yaml deep in a folder of letters stopped
    # the whole run, so no letter anywhere was checked
    nested = project / "letters" / "zz-team"
    nested.mkdir()
    (nested / "late.txt").write_text("Hi Jo,\n\nThanks for nothing.\n", encoding="utf-8")
    (nested / ".replylint.yaml").write_text("selct: [RL1]\n", encoding="utf-8")
    result = invoke([str(project / "letters"), "--model", "blank", "--format", "json",
                     "--jobs", jobs, "--no-cache"], exit_code=2)  # fmt: skip
    files = {Path(f["path"]).name: f for f in json.loads(result.stdout)["files"]}
    assert files["late.txt"]["error"].startswith(
        f"not checked: {(nested / '.replylint.yaml').resolve()}:1: selct: unknown key"
    )
    checked = [f for name, f in files.items() if name != "late.txt"]
    assert checked and all(f.get("error") is None for f in checked)
    # said once on standard error, in the style of every other error
    assert result.stderr.count("selct: unknown key") == 1
    assert result.stderr.startswith("replylint: error: ")
