"""Reports stay valid and safe whatever the file names and letters hold.

Undecodable file names, escape sequences and control characters in a letter, line
separators other than line breaks, and huge lines: every format must stay valid in its
own terms (UTF-8, JSON, XML), a terminal must never act on letter text, and the line a
finding names must be the line shown.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from conftest import invoke
from replylint.findings import FileResult, Finding, Severity
from replylint.letter import LineIndex
from replylint.output import FORMATS, Report

#: A letter whose template slot and source line carry what a terminal would act on: an
#: OSC window title ended by BEL, a clear-screen, a colour, and the 8-bit CSI (U+009B).
INJECTED = (
    "Hi {{first\x1b]0;pwned\x07name}},\n\n"
    "Thank you. It's your loss. \x1b[2J\x1b[35mReally.\x9b31m\n\n"
    "Best,\nSam\n"
)
RAW = ("\x1b]", "\x07", "\x1b[2J", "\x1b[35m", "\x9b")
HUMAN = ("text", "concise", "github", "junit")


def lint(*args: str, exit_code: int = 1):
    return invoke([*args, "--model", "blank", "--no-cache"], exit_code=exit_code)


def write(folder: Path, name: bytes, text: str) -> str:
    """Write ``text`` to a file whose name is ``name`` (bytes, so any name can be made)."""
    path = Path(folder) / os.fsdecode(name)
    path.write_bytes(text.encode("utf-8"))
    return str(path)


@pytest.fixture
def cafe(tmp_path: Path) -> str:
    """Return a folder holding one letter named b'caf\\xe9.txt' (Latin-1, not UTF-8)."""
    write(tmp_path, b"caf\xe9.txt", "Dear Jo,\n\nWell, thanks for nothing.\n\nBest,\nSam\n")
    return str(tmp_path)


# --- 7: file names that are not valid UTF-8 ------------------------------------------------


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_an_undecodable_file_name_is_escaped_the_same_in_every_format(cafe: str, fmt: str):
    # NOTE: click's runner writes to a strict UTF-8 stream: a lone surrogate would raise
    result = lint(cafe, "--format", fmt, "--select", "RL103", exit_code=0)
    stdout = result.stdout_bytes.decode("utf-8")
    name = str(Path(cafe) / "caf\\xe9.txt")
    if fmt == "json":
        assert json.loads(stdout)["files"][0]["path"] == name
    elif fmt == "sarif":
        location = json.loads(stdout)["runs"][0]["results"][0]["locations"][0]
        assert location["physicalLocation"]["artifactLocation"]["uri"] == name
    elif fmt == "junit":
        assert ET.fromstring(stdout).find("./testsuite/testcase").attrib["name"] == name
    elif fmt == "github":
        assert stdout.startswith(f"::warning file={name},line=3,")
    elif fmt == "html":
        assert f'<a href="#L1">{name}</a>' in stdout
    else:
        assert stdout.startswith(f"{name}:3:7: RL103")


def test_a_strict_utf8_stdout_gets_the_escaped_name(cafe: str):
    env = {**os.environ, "PYTHONIOENCODING": "utf-8:strict", "PYTHONUTF8": "1"}
    proc = subprocess.run(
        [sys.executable, "-m", "replylint", cafe, "--model", "blank", "--select", "RL103",
         "--no-cache"],
        capture_output=True, timeout=120, check=False, env=env,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    assert proc.stderr == b""
    assert proc.stdout.decode("utf-8").startswith(str(Path(cafe) / "caf\\xe9.txt:3:7:"))


def test_a_report_file_for_an_undecodable_name_replaces_the_old_one(cafe: str, old_report: Path):
    result = lint(cafe, "--format", "json", "-o", str(old_report))
    assert result.stdout == "" and result.stderr == ""
    files = json.loads(old_report.read_bytes().decode("utf-8"))["files"]
    assert files[0]["path"].endswith("caf\\xe9.txt")
    assert [p.name for p in old_report.parent.iterdir()] == ["report.json"]


@pytest.fixture
def old_report(tmp_path: Path) -> Path:
    """Return a report left by an earlier run, alone in its folder."""
    report = tmp_path / "out" / "report.json"
    report.parent.mkdir()
    report.write_text('{"old": true}\n', encoding="utf-8")
    return report


def _fail_when_flushing(monkeypatch: pytest.MonkeyPatch, error: BaseException) -> None:
    """Make the disk fail once the report is written, as a full disk does when flushing."""

    def fsync(descriptor: int) -> None:
        raise error

    monkeypatch.setattr(os, "fsync", fsync)


@pytest.mark.parametrize(
    ("error", "exit_code", "says"),
    [(OSError(28, "No space left on device"), 2, "replylint: error: --output: "),
     (KeyboardInterrupt(), 130, "replylint: interrupted\n")],
)  # fmt: skip
def test_a_failed_write_leaves_the_old_report_whole(
    cafe: str, old_report: Path, monkeypatch: pytest.MonkeyPatch, error, exit_code: int, says: str
):
    _fail_when_flushing(monkeypatch, error)
    result = lint(cafe, "--format", "json", "-o", str(old_report), exit_code=exit_code)
    assert result.stderr.startswith(says) and len(result.stderr.splitlines()) == 1
    assert old_report.read_text(encoding="utf-8") == '{"old": true}\n'
    assert [p.name for p in old_report.parent.iterdir()] == ["report.json"]


def test_an_unexpected_failure_while_writing_leaves_nothing_behind(
    cafe: str, old_report: Path, monkeypatch: pytest.MonkeyPatch
):
    _fail_when_flushing(monkeypatch, RuntimeError("a bug"))
    with pytest.raises(RuntimeError):
        lint(cafe, "--format", "json", "-o", str(old_report))
    assert old_report.read_text(encoding="utf-8") == '{"old": true}\n'
    assert [p.name for p in old_report.parent.iterdir()] == ["report.json"]


def test_a_report_file_gets_ordinary_permissions(cafe: str, tmp_path: Path):
    mask = os.umask(0o022)
    try:
        fresh, kept = tmp_path / "fresh.json", tmp_path / "kept.json"
        kept.write_text("{}", encoding="utf-8")
        kept.chmod(0o640)
        lint(cafe, "--format", "json", "-o", str(fresh))
        lint(cafe, "--format", "json", "-o", str(kept))
    finally:
        os.umask(mask)
    # not the 0600 of a temporary file: a report is meant to be read by others too
    assert fresh.stat().st_mode & 0o777 == 0o644
    assert kept.stat().st_mode & 0o777 == 0o640


# --- 17 and 18: escape sequences and control characters from the letter --------------------


@pytest.mark.parametrize("fmt", HUMAN)
def test_escape_sequences_in_a_letter_are_shown_not_obeyed(tmp_path: Path, fmt: str):
    letter = write(tmp_path, b"injected.txt", INJECTED)
    out = lint(letter, "--format", fmt, "--select", "RL401,RL101", "--color").stdout
    for raw in RAW:
        assert raw not in out, f"{raw!r} reached the {fmt} report"
    assert "{{first\\x1b]0;pwned\\x07name}}" in out
    if fmt == "text":
        assert "\x1b[31m" in out, "our own colours stay"
        assert "your loss. \\x1b[2J\\x1b[35mReally.\\x9b31m" in out


def test_the_caret_stays_under_an_escaped_span(tmp_path: Path):
    letter = write(tmp_path, b"injected.txt", INJECTED)
    lines = lint(letter, "--select", "RL401").stdout.splitlines()
    source, caret = lines[1], lines[2]
    shown = "{{first\\x1b]0;pwned\\x07name}}"
    assert source == f" 1 | Hi {shown},"
    assert caret == "   | " + " " * len("Hi ") + "^" * len(shown)


@pytest.mark.parametrize("fmt", ["text", "concise", "github"])
def test_control_characters_in_a_file_name_are_shown(tmp_path: Path, fmt: str):
    letter = write(tmp_path, b"a\x1b]0;pwned\x07b.txt", "Hi Jo,\n\nWell, thanks for nothing.\n")
    out = lint(letter, "--format", fmt, "--select", "RL103", exit_code=0).stdout
    assert "\x1b" not in out and "\x07" not in out
    assert "a\\x1b]0;pwned\\x07b.txt" in out


def test_junit_stays_well_formed_with_control_characters(tmp_path: Path):
    letter = write(tmp_path, b"form\x0cfeed\x01.txt",
                   "Hi {{first\x01name}},\n\nWell,\x0cthanks for\x0bnothing.\n")  # fmt: skip
    out = lint(letter, "--format", "junit").stdout
    case = ET.fromstring(out).find("./testsuite/testcase")
    assert case.attrib["name"].endswith("form\\x0cfeed\\x01.txt")
    failure = case.find("failure").text
    assert "{{first\\x01name}}" in failure


def test_machine_formats_keep_the_letter_text_exactly(tmp_path: Path):
    letter = write(tmp_path, b"injected.txt", INJECTED)
    doc = json.loads(lint(letter, "--format", "json", "--select", "RL401").stdout)
    assert doc["files"][0]["diagnostics"][0]["text"] == "{{first\x1b]0;pwned\x07name}}"


# --- 21: one definition of a line ----------------------------------------------------------

#: Characters str.splitlines() treats as line ends but a text file (and LSP) does not.
NOT_LINE_BREAKS = ["\u2028", "\u2029", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85"]


@pytest.mark.parametrize("separator", NOT_LINE_BREAKS, ids=lambda c: f"U+{ord(c):04X}")
def test_only_line_breaks_start_a_new_line(tmp_path: Path, separator: str):
    letter = write(tmp_path, b"sep.txt",
                   f"Dear Jo,{separator}I applied.\n\nWell, thanks for{separator}nothing.\n")  # fmt: skip
    doc = json.loads(lint(letter, "--format", "json", "--select", "RL103", exit_code=0).stdout)
    (finding,) = doc["files"][0]["diagnostics"]
    assert finding["start"] == {"line": 3, "column": 7, "offset": 27}
    assert finding["end"]["line"] == 3
    lines = lint(letter, "--select", "RL103", exit_code=0).stdout.splitlines()
    code = ord(separator)
    shown = f"\\u{code:04x}" if code > 0xFF else f"\\x{code:02x}"
    assert lines[1] == f" 3 | Well, thanks for{shown}nothing."
    assert lines[2] == "   | " + " " * 6 + "^" * len(f"thanks for{shown}nothing")


def test_a_lone_carriage_return_is_a_line_break(tmp_path: Path):
    letter = write(tmp_path, b"mac.txt", "Dear Jo,\r\rWell, thanks for nothing.\r\rSam\r")
    doc = json.loads(lint(letter, "--format", "json", "--select", "RL103", exit_code=0).stdout)
    (finding,) = doc["files"][0]["diagnostics"]
    assert finding["start"] == {"line": 3, "column": 7, "offset": 16}
    lines = lint(letter, "--select", "RL103", exit_code=0).stdout.splitlines()
    assert lines[1] == " 3 | Well, thanks for nothing."
    sarif = json.loads(lint(letter, "--format", "sarif", "--select", "RL103", exit_code=0).stdout)
    assert sorted(sarif["runs"][0]["newlineSequences"]) == ["\n", "\r", "\r\n"]


def test_whole_letter_findings_stay_on_one_line_with_carriage_returns(tmp_path: Path):
    letter = write(tmp_path, b"mac.txt", "Dear Jo,\rI applied.\r")
    doc = json.loads(lint(letter, "--format", "json", "--select", "RL201").stdout)
    (finding,) = doc["files"][0]["diagnostics"]
    assert (finding["start"]["line"], finding["end"]["line"]) == (1, 1)
    assert finding["text"] == "Dear Jo,"


def test_front_matter_errors_count_lines_the_same_way(tmp_path: Path):
    letter = write(tmp_path, b"front.md", "---\nto: Jo\u2028Smith\nsent: [oops\n---\nHi Jo,\n")
    out = lint(letter, "--format", "concise", exit_code=2).stdout
    assert "malformed front matter (line 3): " in out


def test_line_index_positions_and_lines_agree():
    text = "a\r\nb\rc\nd\u2028e\x0cf\x85g\r\n\nh"
    index = LineIndex(text)
    assert [index.line(n) for n in range(1, 7)] == ["a", "b", "c", "d\u2028e\x0cf\x85g", "", "h"]
    assert index.line(0) is None and index.line(7) is None
    for offset, char in enumerate(text):
        position = index.position(offset)
        line = index.line(position.line)
        if char not in "\r\n":
            assert line[position.column - 1] == char, (offset, position)
        else:
            assert position.column - 1 >= len(line), "a line break lies past its line's text"


# --- huge lines and messages -------------------------------------------------------------


def _report(message: str, text: str, start: int, end: int) -> Report:
    lines = LineIndex(text)
    finding = Finding(rule="too-long", code="RL402", severity=Severity.INFO, message=message,
                      start=lines.position(start), end=lines.position(end),
                      text=text[start:end], suggestion="Cut it.")  # fmt: skip
    return Report([FileResult(path="huge.txt", findings=(finding,), text=text)], [])


@pytest.mark.parametrize("fmt", HUMAN)
@pytest.mark.parametrize("span", ["whole", "middle", "end"])
def test_a_one_megabyte_line_is_never_printed_whole(fmt: str, span: str):
    text = "word " * 200_000 + "\n"
    start, end = {"whole": (0, len(text) - 1), "middle": (500_000, 500_010),
                  "end": (len(text) - 11, len(text) - 1)}[span]  # fmt: skip
    out = "".join(FORMATS[fmt](_report(f"Too long: '{text[:-1]}'.", text, start, end)))
    assert len(out) < 10_000
    assert all(len(line) < 2_000 for line in out.splitlines())
