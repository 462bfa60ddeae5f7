"""Reported configuration bugs, each reproduced through the command line as a user meets it."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import invoke
from replylint import config as config_module
from replylint.cli import main

BITTER = (Path(__file__).parent.parent / "samples" / "bitter-blames-process.txt").read_text(
    encoding="utf-8"
)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """Return a folder with letters/a.txt, a letter full of problems."""
    (tmp_path / "letters").mkdir()
    (tmp_path / "letters" / "a.txt").write_text(BITTER, encoding="utf-8")
    return tmp_path


# --- a. settings in a configuration file are not overridden by the command line's defaults


def test_fail_on_from_the_readme_pyproject_example_applies(project: Path) -> None:
    letter = str(project / "letters" / "a.txt")
    # missing-feedback-request is a warning, so only fail-on = "warning" makes it fail
    (project / "pyproject.toml").write_text(
        '[tool.replylint]\nselect = ["RL203"]\nfail-on = "warning"\n', encoding="utf-8"
    )
    invoke([letter, "--model", "blank", "--no-cache"], exit_code=1)
    # an explicit command-line value still wins over the file
    invoke([letter, "--model", "blank", "--no-cache", "--fail-on", "error"], exit_code=0)


def test_model_from_a_configuration_file_applies(project: Path) -> None:
    letter = str(project / "letters" / "a.txt")
    (project / ".replylint.yaml").write_text(
        "model: no_such_pipeline_pkg\nselect: [RL101]\n", encoding="utf-8"
    )
    result = invoke([letter, "--no-cache"], exit_code=2)
    assert "no_such_pipeline_pkg" in result.stderr
    invoke([letter, "--no-cache", "--model", "blank"], exit_code=1)


#: Configuration keys no command-line option sets.
CONFIG_ONLY = {"extend-select", "severity", "per-file-ignores", "generic-addresses"}
#: Configuration key -> the option's parameter name, where it is not the key in snake case.
PARAMETER = {"reply-window-hours": "reply_window", "rules-dirs": "rules_dirs"}


@pytest.mark.parametrize("key", sorted(set(config_module._KEYS) - CONFIG_ONLY))
def test_options_a_configuration_can_set_default_to_unset(key: str) -> None:
    # what the command receives when the option is not given: None lets the file decide
    values = main.make_context("replylint", [], resilient_parsing=True).params
    name = PARAMETER.get(key, key.replace("-", "_"))
    assert name in values
    assert values[name] in (None, ()), f"the option for {key} defaults to {values[name]!r}"


# --- b. a configuration that is not a mapping is a one-line error, never a traceback


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("- select\n- RL1\n", ":1: the configuration must be a mapping of keys to values (got a list)"),
        ("hello\n", ":1: the configuration must be a mapping of keys to values (got 'hello')"),
        ("# settings\n\n[RL1, RL2]\n", ":3: the configuration must be a mapping of keys to values (got a list)"),
    ],
)  # fmt: skip
def test_yaml_configuration_that_is_not_a_mapping(project: Path, text: str, error: str) -> None:
    config = project / ".replylint.yaml"
    config.write_text(text, encoding="utf-8")
    result = invoke([str(project / "letters"), "--model", "blank"], exit_code=2)
    assert result.stderr == f"replylint: error: {config.resolve()}{error}\n"


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ('[project]\nname = "x"\n', None),  # no table: a pyproject without settings is fine
        ('name = "x"\n\ntool = 3\n', ":3: tool: must be a table, such as [tool.replylint] (got 3)"),
        ('[tool]\nreplylint = [1]\n', ":2: tool.replylint: must be a table of settings (got [1])"),
        ('tool.replylint = "strict"\n', ":1: tool.replylint: must be a table of settings (got 'strict')"),
    ],
)  # fmt: skip
def test_pyproject_whose_tool_or_table_is_not_a_table(
    project: Path, text: str, error: str | None
) -> None:
    path = project / "pyproject.toml"
    path.write_text(text, encoding="utf-8")
    args = [str(project / "letters"), "--model", "blank", "--config", str(path)]
    if error is None:
        invoke(args, exit_code=1)
        return
    result = invoke(args, exit_code=2)
    assert result.stderr == f"replylint: error: {path.resolve()}{error}\n"


def test_pyproject_found_upward_whose_tool_is_not_a_table(project: Path) -> None:
    # the [tool.replylint] heading inside a string makes the search pick this file
    path = project / "pyproject.toml"
    path.write_text('notes = """\n[tool.replylint]\n"""\ntool = "none"\n', encoding="utf-8")
    result = invoke([str(project / "letters"), "--model", "blank"], exit_code=2)
    assert result.stderr == (f"replylint: error: {path.resolve()}:4: tool: must be a table, "
                             "such as [tool.replylint] (got 'none')\n")  # fmt: skip


# --- c. --force-exclude applies 'exclude' to files named on the command line (pre-commit)


@pytest.fixture
def letters_repository(project: Path) -> Path:
    """Return a repository of letters whose README.md the configuration excludes."""
    (project / "README.md").write_text(
        "# Letters\n\nDrafts go in letters/. Never write that the process was a joke.\n",
        encoding="utf-8",
    )
    (project / ".replylint.yaml").write_text("exclude: [README.md]\n", encoding="utf-8")
    return project


def linted(args: list[str], exit_code: int) -> list[str]:
    """Return the names of the files a JSON report covers."""
    import json

    result = invoke([*args, "--model", "blank", "--no-cache", "--format", "json"], exit_code)
    return [Path(f["path"]).name for f in json.loads(result.stdout)["files"]]


def test_force_exclude_applies_exclude_to_files_named_explicitly(
    letters_repository: Path,
) -> None:
    readme, letter = letters_repository / "README.md", letters_repository / "letters" / "a.txt"
    # as pre-commit calls it: every file by name
    assert linted([str(readme), str(letter)], exit_code=1) == ["README.md", "a.txt"]
    assert linted([str(readme), str(letter), "--force-exclude"], exit_code=1) == ["a.txt"]
    # only excluded files: nothing to check, nothing fails
    assert linted([str(readme), "--force-exclude"], exit_code=0) == []


def test_force_exclude_applies_the_command_lines_exclude_too(letters_repository: Path) -> None:
    letter = str(letters_repository / "letters" / "a.txt")
    assert linted([letter, "--exclude", "letters/", "--force-exclude", "--isolated"], 0) == []
    assert linted([letter, "--exclude", "letters/", "--isolated"], 1) == ["a.txt"]


def test_pre_commit_hook_passes_force_exclude() -> None:
    import yaml

    root = Path(__file__).parent.parent
    hooks = yaml.safe_load((root / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert all("--force-exclude" in hook["args"] for hook in hooks)
    assert "--force-exclude" in (root / "README.md").read_text(encoding="utf-8")


# --- d. --now takes ISO 8601 only: 05/03/2026 is March 5th to some and May 3rd to others

RECEIVED = """\
---
rejection:
  received: 2026-03-03T16:20:00
---
Dear Dana,

Thank you for letting me know.

Best regards,
Sam
"""


def late(tmp_path: Path, now: str) -> bool:
    """Return True when late-reply fires for a reply sent at ``now`` (received March 3rd)."""
    import json

    letter = tmp_path / "reply.md"
    letter.write_text(RECEIVED, encoding="utf-8")
    args = [str(letter), "--isolated", "--model", "blank", "--no-cache", "--select", "late-reply",
            "--fail-on", "info", "--format", "json", "--now", now]  # fmt: skip
    result = CliRunner().invoke(main, args)
    assert result.exit_code in (0, 1), result.output
    return bool(json.loads(result.stdout)["files"][0]["diagnostics"])


@pytest.mark.parametrize(
    ("now", "is_late"),
    [
        ("2026-03-04", False),
        ("2026-03-04T10:00", False),
        ("2026-03-04 10:00", False),  # the README's example
        ("2026-03-04T10:00:00+01:00", False),
        ("2026-03-04T10:00Z", False),
        ("2026-03-05T10:00", True),
    ],
)
def test_now_reads_iso_8601(tmp_path: Path, now: str, is_late: bool) -> None:
    assert late(tmp_path, now) is is_late


@pytest.mark.parametrize("now", ["05/03/2026", "03/04/2026", "March 4 2026", "tomorrow"])
def test_now_refuses_what_is_not_iso_8601(tmp_path: Path, now: str) -> None:
    (tmp_path / "reply.md").write_text(RECEIVED, encoding="utf-8")
    result = invoke([str(tmp_path / "reply.md"), "--model", "blank", "--now", now], exit_code=2)
    assert f"'{now}' is not an ISO 8601 date" in result.stderr
    assert "2026-03-05T10:00" in result.stderr  # the error shows the form to use


def test_now_help_says_iso_8601() -> None:
    assert "ISO 8601" in " ".join(invoke(["--help"]).stdout.split())


# --- e. the rule list of reports and --list-rules carries the configuration's severities


@pytest.fixture
def demoted(project: Path) -> Path:
    """Return a project whose configuration makes blame-employer an info."""
    (project / ".replylint.yaml").write_text(
        "select: [RL101, RL103]\nseverity: {RL101: info}\n", encoding="utf-8"
    )
    return project


def test_sarif_rule_descriptors_carry_severity_overrides(demoted: Path) -> None:
    import json

    result = invoke([str(demoted / "letters"), "--model", "blank", "--no-cache",
                     "--format", "sarif"], exit_code=0)  # fmt: skip
    run = json.loads(result.stdout)["runs"][0]
    levels = {r["id"]: r["defaultConfiguration"]["level"] for r in run["tool"]["driver"]["rules"]}
    assert levels == {"RL101": "note", "RL103": "warning"}
    found = {(r["ruleId"], r["level"]) for r in run["results"]}
    assert ("RL101", "note") in found and ("RL103", "warning") in found
    assert found <= {("RL101", "note"), ("RL103", "warning")}


def listed(args: list[str]) -> dict[str, str]:
    """Return each listed rule's code and severity."""
    lines = invoke(["--list-rules", *args]).stdout.splitlines()
    return {line.split()[0]: line.split()[2] for line in lines}


def test_list_rules_shows_the_configurations_severities(
    demoted: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(demoted / "letters")  # the configuration is found upward, as for letters
    assert listed([]) == {"RL101": "info", "RL103": "warning"}
    assert "(info, looks at" in invoke(["--explain", "blame-employer"]).stdout
    # --explain knows every rule, selected or not
    assert invoke(["--explain", "too-long"]).stdout.startswith("RL402 too-long (info,")
    assert listed(["--isolated"])["RL101"] == "error"
    assert len(listed(["--isolated"])) == 14


def test_list_rules_with_an_explicit_configuration(demoted: Path) -> None:
    config = str(demoted / ".replylint.yaml")
    assert listed(["--config", config]) == {"RL101": "info", "RL103": "warning"}
    assert listed(["--config", config, "--ignore", "RL103"]) == {"RL101": "info"}


# --- f. a run answered wholly from the cache never imports spaCy, per-file-ignores or not

#: Runs the command line, then says on stderr whether spaCy was imported.
SPACY_PROBE = (
    "import atexit, sys\n"
    "atexit.register(lambda: print('spacy imported:', 'spacy' in sys.modules, file=sys.stderr))\n"
    "from replylint.cli import main\n"
    "main()\n"
)


def test_cached_run_with_per_file_ignores_does_not_import_spacy(project: Path) -> None:
    import json
    import subprocess
    import sys

    (project / ".replylint.yaml").write_text(
        "per-file-ignores:\n  'letters/*': [negative-emotion]\n", encoding="utf-8"
    )
    args = ["letters/a.txt", "--model", "blank", "--format", "json", "--jobs", "1"]
    runs = [subprocess.run([sys.executable, "-c", SPACY_PROBE, *args], cwd=project,
                           capture_output=True, text=True, timeout=300) for _ in range(2)]  # fmt: skip
    first, cached = runs
    assert first.returncode == cached.returncode == 1, first.stderr + cached.stderr
    assert "spacy imported: True" in first.stderr  # the first run lints, so it needs spaCy
    assert "spacy imported: False" in cached.stderr, cached.stderr
    assert json.loads(cached.stdout) == json.loads(first.stdout)
    rules = {d["rule"] for d in json.loads(cached.stdout)["files"][0]["diagnostics"]}
    assert "blame-employer" in rules and "negative-emotion" not in rules


# --- g. a python rule without its module or its run() is a load error, not a silent miss

PYTHON_RULE = """\
name: {name}
code: US301
extends: python
severity: warning
scope: letter
message: "Something: {{detail}}."
docs:
  what: Something.
  why: It matters.
  instead: Do otherwise.
examples:
  flag: ["Something."]
  pass: ["Nothing."]
"""


def python_rule(tmp_path: Path, name: str) -> Path:
    """Write a user rule that runs replylint.custom.<name>; return its file."""
    folder = tmp_path / "my-rules"
    folder.mkdir()
    path = folder / f"{name}.yml"
    path.write_text(PYTHON_RULE.format(name=name), encoding="utf-8")
    return path


def test_python_rule_whose_module_is_missing(project: Path) -> None:
    rule = python_rule(project, "my-check")
    for args in ([str(project / "letters"), "--model", "blank"], ["--list-rules"]):
        result = invoke([*args, "--rules-dir", str(rule.parent)], exit_code=2)
        assert result.stderr == (
            f"replylint: error: {rule}:3: extends: python runs run(letter, rule) from the "
            "module replylint.custom.my_check, which does not exist\n"
        )


def test_python_rule_whose_run_function_is_missing(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import types

    module = types.ModuleType("replylint.custom.no_run_here")
    module.check = lambda letter, rule: iter(())  # a function, but not named run
    monkeypatch.setitem(__import__("sys").modules, module.__name__, module)
    rule = python_rule(project, "no-run-here")
    result = invoke([str(project / "letters"), "--model", "blank", "--rules-dir",
                     str(rule.parent)], exit_code=2)  # fmt: skip
    assert result.stderr == (
        f"replylint: error: {rule}:3: extends: python: replylint.custom.no_run_here has no "
        "function run(letter, rule)\n"
    )


def test_python_rule_whose_module_fails_to_import(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib

    real = importlib.import_module

    def import_module(name: str, package: str | None = None):
        if name != "replylint.custom.needs_dep":
            return real(name, package)
        # the rule's module exists but needs a package that is not installed
        raise ModuleNotFoundError("No module named 'somedep'", name="somedep")

    monkeypatch.setattr(importlib, "import_module", import_module)
    rule = python_rule(project, "needs-dep")
    result = invoke(["--list-rules", "--rules-dir", str(rule.parent)], exit_code=2)
    assert result.stderr == (
        f"replylint: error: {rule}:3: extends: python: importing replylint.custom.needs_dep "
        "failed: ModuleNotFoundError: No module named 'somedep'\n"
    )
