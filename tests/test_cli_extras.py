"""Per-letter opt-outs, introspection and the small command-line options."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
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
        "allowed: to, cc, sent, subject, rejection, ignore",
        f"replylint: warning: {path}:5: front matter: unknown key 'rejection.recieved' "
        "(did you mean 'received'?); allowed: rejection.from, rejection.company, "
        "rejection.received",
    ]
    assert "RL101" not in result.stdout and "RL201" in result.stdout


def test_a_key_naming_who_signed_points_to_rejection_from(tmp_path: Path) -> None:
    front = "rejection:\n  company: Acme\n  signed_by: Dana Whitfield\ncaller: Sam Ortiz\n"
    path = letter(tmp_path, front)
    result = invoke([path, "--model", "blank", "--format", "concise"], exit_code=1)
    hint = "(who signed or phoned goes in rejection.from, a list of names)"
    assert result.stderr.splitlines() == [
        f"replylint: warning: {path}:4: front matter: unknown key 'rejection.signed_by' {hint}; "
        "allowed: rejection.from, rejection.company, rejection.received",
        f"replylint: warning: {path}:5: front matter: unknown key 'caller' {hint}; "
        "allowed: to, cc, sent, subject, rejection, ignore",
    ]


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


# --- 5. one error style, "did you mean" -----------------------------------------------


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (["--selct", "RL1", "x.txt"], "no such option '--selct'"),
        (["--format", "jsn", "x.txt"], "invalid value for '--format': 'jsn' is not one of"),
        (["--jobs", "0", "x.txt"], "invalid value for '--jobs' / '-j': 0 is not in the range"),
        (["--now", "05/03/2026", "x.txt"], "invalid value for --now: '05/03/2026' is not an"),
        ([], "give at least one letter or folder to check"),
        (["-o"], "option '-o' requires an argument"),
    ],
)
def test_every_usage_error_is_one_line_in_one_style(args: list[str], error: str) -> None:
    result = invoke(args, exit_code=2)
    assert result.stdout == ""
    assert result.stderr.startswith(f"replylint: error: {error}")
    assert result.stderr.count("\n") == 1, "one line, no usage block"


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (["--select", "blame-employr"], "--select: no rule is named or coded 'blame-employr' "
         "(did you mean 'blame-employer'?)"),
        (["--ignore", "RL1O1"], "--ignore: no rule is named or coded 'RL1O1' "
         "(did you mean 'RL101'?)"),
        (["--explain", "misssing-thanks"], "--explain: no rule is named or coded "
         "'misssing-thanks' (did you mean 'missing-thanks'?)"),
        (["--model", "blnk"], "--model: no spaCy pipeline package named 'blnk' is installed "
         "(did you mean 'blank'?)"),
    ],
)  # fmt: skip
def test_unknown_names_suggest_the_nearest(args: list[str], error: str, tmp_path: Path) -> None:
    path = letter(tmp_path, "to: Dana\n")
    result = invoke([*args, path, "--no-cache"], exit_code=2)
    assert result.stderr.startswith(f"replylint: error: {error}"), result.stderr


def test_a_name_far_from_every_rule_gets_no_suggestion() -> None:
    result = invoke(["--explain", "xyzzy"], exit_code=2)
    assert result.stderr == ("replylint: error: --explain: no rule is named or coded 'xyzzy' "
                             "(see --list-rules)\n")  # fmt: skip


def test_a_configuration_file_suggests_the_nearest_rule(tmp_path: Path) -> None:
    (tmp_path / ".replylint.yaml").write_text("ignore: [too-lng]\n", encoding="utf-8")
    path = letter(tmp_path, "to: Dana\n")
    result = invoke([path, "--model", "blank"], exit_code=2)
    assert "ignore: no rule is named or coded 'too-lng' (did you mean 'too-long'?)" in (
        result.stderr
    )


# --- 5. --exit-zero, --quiet, no letter found ------------------------------------------


def test_exit_zero_makes_findings_exit_0_but_not_unreadable_letters(tmp_path: Path) -> None:
    path = letter(tmp_path, "to: Dana\n")
    result = invoke([path, "--model", "blank", "--exit-zero", "--fail-on", "info"], exit_code=0)
    assert "RL101 [error]" in result.stdout
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"\xff\xfe not utf-8 \xc3")
    invoke([path, str(broken), "--model", "blank", "--exit-zero"], exit_code=2)


@pytest.mark.parametrize("fmt", ["text", "concise"])
def test_quiet_prints_the_findings_only(fmt: str, tmp_path: Path) -> None:
    path = letter(tmp_path, "tags: x\n")
    loud = invoke([path, "--model", "blank", "--format", fmt], exit_code=1)
    quiet = invoke([path, "--model", "blank", "--format", fmt, "-q"], exit_code=1)
    assert loud.stdout.endswith(" in 1 file.\n") and "unknown key 'tags'" in loud.stderr
    assert quiet.stdout == loud.stdout[: loud.stdout.rindex("Found ")]
    assert "RL101" in quiet.stdout and quiet.stderr == ""
    clean = invoke([letter(tmp_path, "to: Dana\n", "c.md", "Dear Dana,\n\nThanks.\n"),
                    "--model", "blank", "-q", "--select", "RL101"])  # fmt: skip
    assert clean.stdout == ""


def test_quiet_statistics_have_no_summary(tmp_path: Path) -> None:
    path = letter(tmp_path, "to: Dana\n")
    result = invoke([path, "--model", "blank", "--statistics", "--quiet"], exit_code=1)
    assert "RL101" in result.stdout and "Found" not in result.stdout


def test_no_letter_found_is_a_warning_and_exit_0(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.pdf").write_bytes(b"%PDF")
    result = invoke([str(empty)], exit_code=0)
    assert result.stdout == "No problems found in 0 files.\n"
    assert result.stderr.startswith("replylint: warning: no letter to check in the paths given")
    assert invoke([str(empty), "--quiet"]).stderr == ""
    # every letter excluded is the same
    letter(empty, "to: Dana\n")
    excluded = invoke([str(empty), "--exclude", "*.md"], exit_code=0)
    assert "no letter to check" in excluded.stderr


# --- 5. colour: NO_COLOR, FORCE_COLOR, every text format ------------------------------

RED = "\x1b[31m"


@pytest.mark.parametrize(
    ("env", "flag", "coloured"),
    [
        ({}, None, False),  # not a terminal
        ({"FORCE_COLOR": "1"}, None, True),
        ({"FORCE_COLOR": ""}, None, False),  # set but empty counts as unset
        ({"NO_COLOR": "1", "FORCE_COLOR": "1"}, None, False),  # NO_COLOR wins, as in Python
        ({"NO_COLOR": "1"}, "--color", True),  # the option wins over both
        ({"FORCE_COLOR": "1"}, "--no-color", False),
    ],
)
@pytest.mark.parametrize("fmt", [["--format", "text"], ["--format", "concise"], ["--statistics"]])
def test_color_follows_the_option_then_no_color_then_force_color(
    env: dict[str, str], flag: str | None, coloured: bool, fmt: list[str],
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    for name in ("NO_COLOR", "FORCE_COLOR"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    path = letter(tmp_path, "to: Dana\n")
    args = [path, "--model", "blank", "--select", "RL101", *fmt, *([flag] if flag else [])]
    result = invoke(args, exit_code=1)
    assert (RED in result.stdout) is coloured, result.stdout


def test_force_color_never_colours_a_report_written_to_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("FORCE_COLOR", "1")
    path = letter(tmp_path, "to: Dana\n")
    report = tmp_path / "report.txt"
    invoke([path, "--model", "blank", "-o", str(report)], exit_code=1)
    assert "RL101" in report.read_text(encoding="utf-8") and "\x1b[" not in report.read_text(
        encoding="utf-8"
    )


# --- 5. --statistics --format json -----------------------------------------------------


def test_statistics_as_json(tmp_path: Path) -> None:
    blaming = letter(tmp_path, "to: Dana\n", "a.md")
    also = letter(tmp_path, "to: Dana\n", "b.md")
    broken = tmp_path / "c.txt"
    broken.write_bytes(b"")
    args = [blaming, also, str(broken), "--model", "blank", "--select", "RL101,RL204"]
    result = invoke([*args, "--statistics", "--format", "json"], exit_code=2)
    doc = json.loads(result.stdout)
    assert doc == {
        "version": 1,
        "statistics": [
            {"code": "RL101", "name": "blame-employer", "severity": "error", "count": 2},
            {"code": "RL204", "name": "missing-door-open", "severity": "warning", "count": 2},
        ],
        "summary": {"files": 3, "unreadable": 1, "findings": 4, "errors": 2, "warnings": 2,
                    "infos": 0},
    }  # fmt: skip
    # the other formats keep the text table
    text = invoke([*args, "--statistics", "--format", "sarif"], exit_code=2).stdout
    assert text.splitlines()[0].split() == ["2", "RL101", "blame-employer", "error"]


def test_statistics_as_json_with_nothing_found(tmp_path: Path) -> None:
    clean = letter(tmp_path, "to: Dana\n", body="Dear Dana,\n\nThank you.\n")
    doc = json.loads(invoke([clean, "--model", "blank", "--select", "RL101", "--statistics",
                             "--format", "json"]).stdout)  # fmt: skip
    assert doc["statistics"] == [] and doc["summary"]["files"] == 1


# --- 5. JUnit fails a case only at or above fail-on ------------------------------------


def test_junit_fails_a_case_only_for_findings_at_or_above_fail_on(tmp_path: Path) -> None:
    from xml.etree import ElementTree as ET

    warned = letter(tmp_path, "ignore: RL101\n", "warned.md")  # only warnings are left
    blaming = letter(tmp_path, "to: Dana\n", "blaming.md")
    args = [warned, blaming, "--model", "blank", "--select", "RL101,RL204", "--format", "junit"]
    root = ET.fromstring(invoke(args, exit_code=1).stdout)
    assert root.attrib["failures"] == "1"
    first, second = root.findall("./testsuite/testcase")
    assert first.find("failure") is None
    assert "RL204 [warning]" in first.find("system-out").text
    assert second.find("failure").attrib == {"type": "RL101", "message": "1 problem(s)"}
    assert "RL204" not in second.find("failure").text
    assert "RL204 [warning]" in second.find("system-out").text
    # with --fail-on warning, the warnings fail too, as they fail the run
    root = ET.fromstring(invoke([*args, "--fail-on", "warning"], exit_code=1).stdout)
    assert root.attrib["failures"] == "2"
    assert all(c.find("system-out") is None for c in root.iter("testcase"))


def test_junit_follows_each_letters_configuration(tmp_path: Path) -> None:
    from xml.etree import ElementTree as ET

    strict = tmp_path / "strict"
    strict.mkdir()
    (strict / ".replylint.yaml").write_text("fail-on: warning\n", encoding="utf-8")
    lax = letter(tmp_path, "ignore: RL101\n", "lax.md")
    tight = letter(strict, "ignore: RL101\n", "tight.md")
    args = [lax, tight, "--model", "blank", "--select", "RL101,RL204", "--format", "junit"]
    root = ET.fromstring(invoke(args, exit_code=1).stdout)
    lax_case, tight_case = root.findall("./testsuite/testcase")
    assert lax_case.find("failure") is None and tight_case.find("failure") is not None


# --- 5. --show-files, --show-settings --------------------------------------------------


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A folder with a configuration, a draft, an excluded letter and a hidden one."""
    (tmp_path / ".replylint.yaml").write_text(
        'exclude: ["*.bak.md"]\nper-file-ignores:\n  "letters/drafts/*": [too-long]\n'
        "severity:\n  RL402: warning\nmax-words: 100\n", encoding="utf-8")  # fmt: skip
    (tmp_path / "letters" / "drafts").mkdir(parents=True)
    letter(tmp_path / "letters" / "drafts", "ignore: [RL2]\n", "a.md")
    letter(tmp_path / "letters", "to: Dana\n", "b.bak.md")
    letter(tmp_path / "letters", "to: Dana\n", "c.txt")
    letter(tmp_path / "letters", "to: Dana\n", ".hidden.md")
    (tmp_path / "letters" / "notes.pdf").write_bytes(b"%PDF")
    return tmp_path


def test_show_files_lists_what_a_run_would_check(project: Path) -> None:
    folder = project / "letters"
    result = invoke(["--show-files", str(folder)])
    assert result.stdout.splitlines() == [str(folder / "c.txt"), str(folder / "drafts" / "a.md")]
    # a file named on the command line is checked even when excluded, unless --force-exclude
    named = str(folder / "b.bak.md")
    assert invoke(["--show-files", named]).stdout == f"{named}\n"
    forced = invoke(["--show-files", "--force-exclude", named])
    assert forced.stdout == "" and "no letter to check" in forced.stderr
    assert invoke(["--show-files", str(folder), "--exclude", "drafts/"]).stdout == (
        f"{folder / 'c.txt'}\n"
    )


def test_show_files_says_what_a_run_could_not_read(project: Path) -> None:
    missing = str(project / "missing.txt")
    result = invoke(["--show-files", missing, str(project / "letters" / "c.txt")], exit_code=2)
    assert result.stdout == f"{project / 'letters' / 'c.txt'}\n"
    assert result.stderr == f"replylint: error: {missing}: no such file or folder\n"


def test_show_settings_for_one_letter(project: Path) -> None:
    draft = str(project / "letters" / "drafts" / "a.md")
    lines = invoke(["--show-settings", draft, "--fail-on", "warning"]).stdout.splitlines()
    head = dict(line.split(": ", 1) for line in lines if not line.startswith("  "))
    assert head == {
        "letter": draft, "configuration": str(project / ".replylint.yaml"), "excluded": "no",
        "fail-on": "warning", "model": "auto", "acts": "both", "now": "the current time",
        "rejection": "none", "rules-dirs": "none", "per-file-ignores": "too-long",
        "front-matter ignore": "RL2", "rules": "9",
    }  # fmt: skip
    rules = [line.split() for line in lines if line.startswith("  ")]
    assert [r[0] for r in rules] == ["RL101", "RL102", "RL103", "RL104", "RL105", "RL301",
                                     "RL302", "RL303", "RL401"]  # fmt: skip
    assert ["RL302", "late-reply", "warning", "window=24"] in rules
    # the other letter keeps too-long, with the configuration's severity and limit
    other = invoke(["--show-settings", str(project / "letters" / "c.txt"), "--isolated"])
    assert "configuration: none (--isolated)" in other.stdout
    assert "  RL402  too-long                  info     max=250\n" in other.stdout
    configured = invoke(["--show-settings", str(project / "letters" / "c.txt")]).stdout
    assert "  RL402  too-long                  warning  max=100\n" in configured


def test_show_settings_takes_one_letter(project: Path) -> None:
    result = invoke(["--show-settings", str(project / "letters")], exit_code=2)
    assert result.stderr.startswith("replylint: error: --show-settings takes one letter")
    missing = invoke(["--show-settings", str(project / "missing.txt")], exit_code=2)
    assert missing.stderr.endswith("missing.txt: no such file or folder\n")
