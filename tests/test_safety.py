"""Hostile input: YAML alias bombs, duplicate keys, runaway regexes and a broken cache."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import invoke
from test_rule_files import GOOD_RULE

GOOD = "Dear Jo,\n\nWell, thanks for nothing.\n"


def bomb(levels: int = 6) -> str:
    """Return a flow list whose aliases expand to 9**levels items (a "billion laughs")."""
    items = ["&a0 [x, x, x, x, x, x, x, x, x]"]
    items += [f"&a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, levels)]
    return f"[{', '.join(items)}]"


def lint_letter(tmp_path: Path, front_matter: str) -> list[str]:
    """Lint a letter with ``front_matter`` beside a good one; return the letter's error lines."""
    letter = tmp_path / "bad.md"
    letter.write_text(f"---\n{front_matter}---\nDear Jo,\n\nThank you.\n", encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    result = invoke([str(letter), str(good), "--model", "blank", "--isolated"], exit_code=2)
    assert f"{good}:3:7: RL103" in result.stdout, "the good file must still be linted"
    assert "Traceback" not in result.stdout + result.stderr
    assert len(result.stdout) < 5000, f"the report runs to {len(result.stdout)} characters"
    return [ln for ln in result.stdout.splitlines() if ln.startswith(f"{letter}: error: ")]


def config_error(tmp_path: Path, text: str, name: str = ".replylint.yaml") -> tuple[Path, str]:
    """Write a configuration file and return it with the one error line a run prints."""
    config = tmp_path / name
    config.write_text(text, encoding="utf-8")
    letter = tmp_path / "letter.txt"
    letter.write_text(GOOD, encoding="utf-8")
    result = invoke([str(letter), "--model", "blank"], exit_code=2)
    assert result.stderr.count("\n") == 1 and len(result.stderr) < 600, result.stderr[:2000]
    return config.resolve(), result.stderr


def rule_error(tmp_path: Path, text: str) -> tuple[Path, str]:
    """Write a user rule file and return it with the one error line a run prints."""
    folder = tmp_path / "rules"
    folder.mkdir()
    path = folder / "no-sorry.yml"
    path.write_text(text, encoding="utf-8")
    letter = tmp_path / "letter.txt"
    letter.write_text(GOOD, encoding="utf-8")
    result = invoke([str(letter), "--rules-dir", str(folder), "--model", "blank"], exit_code=2)
    assert result.stderr.count("\n") == 1 and len(result.stderr) < 600, result.stderr[:2000]
    return path, result.stderr


# --- issue 11: YAML aliases, duplicate keys and unbounded values in messages ---------------


def test_an_alias_bomb_in_front_matter_is_refused(tmp_path: Path) -> None:
    (line,) = lint_letter(tmp_path, f"to: [Jo]\nsent: {bomb()}\n")
    assert line.endswith("malformed front matter (line 3): YAML aliases are not allowed here")


def test_an_alias_in_front_matter_names_its_own_line(tmp_path: Path) -> None:
    (line,) = lint_letter(tmp_path, "to: &jo [Jo]\ncc: []\n\nrejection:\n  from: *jo\n")
    assert line.endswith("malformed front matter (line 6): YAML aliases are not allowed here")


def test_an_alias_bomb_in_a_configuration_file_is_refused(tmp_path: Path) -> None:
    config, error = config_error(
        tmp_path, f"select: [RL1]\nper-file-ignores: {{'*.md': {bomb()}}}\n"
    )
    assert error == f"replylint: error: {config}:2: YAML aliases are not allowed here\n"


def test_an_alias_bomb_in_a_rule_file_is_refused(tmp_path: Path) -> None:
    path, error = rule_error(tmp_path, GOOD_RULE.replace("severity: info", f"severity: {bomb()}"))
    assert error == f"replylint: error: {path}:4: YAML aliases are not allowed here\n"


def test_an_alias_in_a_merge_key_is_refused(tmp_path: Path) -> None:
    config, error = config_error(
        tmp_path, "select: &s [RL1]\nignore: &base {k: v}\nseverity: {<<: *base}\n"
    )
    assert error == f"replylint: error: {config}:3: YAML aliases are not allowed here\n"


def test_deeply_nested_front_matter_is_an_error_not_a_traceback(tmp_path: Path) -> None:
    (line,) = lint_letter(tmp_path, f"sent: {'[' * 5000}{']' * 5000}\n")
    assert "malformed front matter (line 2): " in line


def test_duplicate_keys_in_front_matter(tmp_path: Path) -> None:
    (line,) = lint_letter(tmp_path, "to: [Jo]\nrejection:\n  company: Acme\n  company: Acne\n")
    assert line.endswith("malformed front matter (line 5): duplicate key 'company' "
                         "(first at line 4)")  # fmt: skip


def test_duplicate_keys_in_a_configuration_file(tmp_path: Path) -> None:
    config, error = config_error(tmp_path, "select: [RL1]\nfail-on: info\nselect: [RL2]\n")
    assert error == (f"replylint: error: {config}:3: duplicate key 'select' "
                     "(first at line 1)\n")  # fmt: skip


def test_duplicate_keys_in_pyproject(tmp_path: Path) -> None:
    text = '[project]\nname = "x"\n\n[tool.replylint]\nselect = ["RL1"]\nselect = ["RL2"]\n'
    config, error = config_error(tmp_path, text, "pyproject.toml")
    assert error == (f"replylint: error: {config}:6: duplicate key 'select' "
                     "(first at line 5)\n")  # fmt: skip


def test_duplicate_keys_in_a_rule_file(tmp_path: Path) -> None:
    text = GOOD_RULE.replace("  why: Nothing", "  what: Sorries.\n  why: Nothing")
    path, error = rule_error(tmp_path, text)
    assert error == f"replylint: error: {path}:11: duplicate key 'what' (first at line 10)\n"


LONG = "x" * 100_000


def test_a_long_value_is_cut_in_front_matter_errors(tmp_path: Path) -> None:
    (line,) = lint_letter(tmp_path, f"sent: {LONG}\n")
    assert "'sent' is not a date and time ('xxxx" in line and len(line) < len(str(tmp_path)) + 300


@pytest.mark.parametrize("text", [
    f"fail-on: {LONG}\n",
    f"fail-on: [{', '.join(['error'] * 20_000)}]\n",
    f"{LONG[:1000]}: 1\n",
    f"select: [{LONG}]\n",
])  # fmt: skip
def test_a_long_value_is_cut_in_configuration_errors(tmp_path: Path, text: str) -> None:
    config, error = config_error(tmp_path, text)
    assert error.startswith(f"replylint: error: {config}:1: ")


@pytest.mark.parametrize("change", [
    ("severity: info", f"severity: {LONG}"),
    ("extends: pattern", f"extends: [{', '.join(['pattern'] * 20_000)}]"),
    ("severity: info", f"severity: info\n{LONG[:1000]}: 1"),
])  # fmt: skip
def test_a_long_value_is_cut_in_rule_file_errors(tmp_path: Path, change: tuple[str, str]) -> None:
    path, error = rule_error(tmp_path, GOOD_RULE.replace(*change))
    assert error.startswith(f"replylint: error: {path}:")


# --- issue 12: user regular expressions that backtrack for ever ----------------------------

REGEX_RULE = GOOD_RULE.replace("extends: pattern", "extends: regex").replace(
    '  - "so sorry"', "  - '{pattern}'"
)


def regex_rule(tmp_path: Path, pattern: str) -> Path:
    """Write a user rule of check type regex with ``pattern``; return its folder."""
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "no-sorry.yml").write_text(REGEX_RULE.replace("{pattern}", pattern), encoding="utf-8")
    return folder


def test_a_nested_quantifier_returns(tmp_path: Path) -> None:
    # (a+)+$ backtracks 2**40 ways on "a" * 40 + "b" with Python's re: the run never ended
    import subprocess
    import sys

    folder = regex_rule(tmp_path, "(a+)+$")
    letter = tmp_path / "letter.txt"
    letter.write_text(f"Dear Jo,\n\nThank you. {'a' * 40}b\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "replylint", str(letter), "--rules-dir", str(folder),
                          "--select", "US101", "--model", "blank", "--no-cache"],
                         capture_output=True, text=True, timeout=60, check=False)  # fmt: skip
    assert run.returncode == 0 and "No problems found" in run.stdout, run.stdout + run.stderr


def test_a_regex_over_its_time_limit_is_an_error_for_that_letter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from replylint.checks import regex as regex_check

    monkeypatch.setattr(regex_check, "TIME_LIMIT", 0.2)
    folder = regex_rule(tmp_path, "(?:a|aa)+$")
    slow = tmp_path / "slow.txt"
    slow.write_text(f"Dear Jo,\n\nThank you. {'a' * 60}b\n", encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text("Dear Jo,\n\nThank you. aaa\n", encoding="utf-8")
    cache = tmp_path / "cache"
    args = [str(slow), str(good), "--rules-dir", str(folder), "--select", "US101",
            "--model", "blank", "--fail-on", "info", "--cache-dir", str(cache)]  # fmt: skip
    for _ in range(2):  # the second run must not answer from the cache
        result = invoke(args, exit_code=2)
        assert (
            f"{slow}: error: {folder / 'no-sorry.yml'}: rule 'no-sorry': its regular "
            "expressions ran longer than 0.2 s on this letter" in result.stdout
        ), result.stdout
        assert f"{good}:3:12: US101 [info] Skip the apology: 'aaa'." in result.stdout, result.stdout


def test_builtin_regexes_still_run_on_python_re(tmp_path: Path) -> None:
    from replylint.checks import regex as regex_check
    from replylint.rulefiles import load_rules

    (rule,) = [r for r in load_rules() if r.check == "regex"]
    assert regex_check.engine(rule) is regex_check.re
    letter = tmp_path / "letter.txt"
    letter.write_text("Dear [Hiring Manager],\n\nThank you.\n", encoding="utf-8")
    result = invoke([str(letter), "--select", "RL401", "--model", "blank"], exit_code=1)
    assert (
        f"{letter}:1:6: RL401 [error] A template slot was left in the letter: "
        "'[Hiring Manager]'." in result.stdout
    )


# --- issue 16: a full disk under the cache, and damaged cache entries ----------------------


def test_a_full_disk_leaves_no_temporary_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno
    import json
    import types

    from replylint import cache as cache_module

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(cache_module, "json", types.SimpleNamespace(dump=full, loads=json.loads))
    letter = tmp_path / "letter.txt"
    letter.write_text(GOOD, encoding="utf-8")
    cache = tmp_path / "cache"
    for _ in range(3):
        result = invoke([str(letter), "--model", "blank", "--cache-dir", str(cache)], exit_code=1)
        assert f"{letter}:3:7: RL103" in result.stdout
    assert [p.name for p in cache.rglob("*") if p.is_file() and p.parent != cache] == []


def test_a_failed_write_of_any_kind_leaves_no_temporary_files(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    from replylint import cache as cache_module

    def broken(result: object) -> dict:
        raise ValueError("not serialisable")

    monkeypatch.setattr(cache_module, "_data", broken)
    letter = tmp_path / "letter.txt"
    letter.write_text(GOOD, encoding="utf-8")
    cache = tmp_path / "cache"
    invoke([str(letter), "--model", "blank", "--cache-dir", str(cache)], exit_code=1)
    assert list(cache.rglob("*.tmp")) == []


#: How a stored entry can be well-formed JSON and still wrong, one change each.
DAMAGE = {
    "line-as-string": lambda d: d["findings"][0][4].__setitem__(0, "99"),
    "list-for-the-entry": lambda d: [d],
    "dict-for-a-finding": lambda d: d["findings"].__setitem__(0, {"rule": "x"}),
    "short-finding": lambda d: d["findings"][0].pop(),
    "unknown-severity": lambda d: d["findings"][0].__setitem__(2, "fatal"),
    "message-as-number": lambda d: d["findings"][0].__setitem__(3, 7),
    "offset-past-the-text": lambda d: d["findings"][0][5].__setitem__(2, 10**9),
    "negative-line": lambda d: d["findings"][0][4].__setitem__(0, -1),
    "boolean-column": lambda d: d["findings"][0][4].__setitem__(1, True),
    "score-as-string": lambda d: d["findings"][0].__setitem__(8, "high"),
    "text-as-list": lambda d: d.__setitem__("text", ["Dear Jo"]),
    "error-as-dict": lambda d: d.__setitem__("error", {}),
    "unknown-positions": lambda d: d.__setitem__("positions", "bytes"),
    "findings-as-dict": lambda d: d.__setitem__("findings", {}),
    "missing-key": lambda d: d.pop("text"),
}


#: Entries that are not a stored result at all, as raw file contents.
RAW_DAMAGE = {
    "truncated": lambda text: text[: len(text) // 2],
    "deeply-nested": lambda text: "[" * 100_000 + "]" * 100_000,
    "not-utf-8": lambda text: "\udcff",
}


def _damaged(case: str, text: str) -> bytes:
    """Return a cache entry's text damaged as ``case`` says (a parsed or a raw change)."""
    import json

    if case in RAW_DAMAGE:
        return RAW_DAMAGE[case](text).encode("utf-8", "surrogateescape")
    data = json.loads(text)
    return json.dumps(DAMAGE[case](data) or data).encode("utf-8")


@pytest.mark.parametrize("case", sorted(DAMAGE) + sorted(RAW_DAMAGE))
def test_a_damaged_cache_entry_is_a_miss(tmp_path: Path, case: str) -> None:
    letter = tmp_path / "letter.txt"
    letter.write_text(GOOD, encoding="utf-8")
    cache = tmp_path / "cache"
    args = [str(letter), "--model", "blank", "--format", "json", "--cache-dir", str(cache)]
    fresh = invoke(args, exit_code=1).stdout
    (entry,) = cache.rglob("*.json")
    whole = entry.read_bytes()
    entry.write_bytes(_damaged(case, entry.read_text(encoding="utf-8")))
    assert invoke(args, exit_code=1).stdout == fresh
    if case in DAMAGE:  # a well-formed entry with wrong values is written again, whole
        assert entry.read_bytes() == whole
