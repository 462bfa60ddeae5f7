"""Every output format on the same two letters, one of them unreadable."""

from __future__ import annotations

import json
from pathlib import Path
from xml.etree import ElementTree as ET

import jsonschema
import pytest
from conftest import invoke, shared_file

ROOT = Path(__file__).parent.parent
LATE = str(ROOT / "samples" / "reply-outlook-late-cc-panel.eml")


@pytest.fixture
def broken(tmp_path: Path) -> str:
    path = tmp_path / "broken.txt"
    path.write_bytes(b"\xff\xfe not text")
    return str(path)


def run(fmt: str, *paths: str, exit_code: int = 2) -> str:
    return invoke([*paths, "--model", "blank", "--format", fmt], exit_code=exit_code).stdout


def test_sarif_validates_against_the_official_schema(broken: str) -> None:
    log = json.loads(run("sarif", LATE, broken))
    schema = shared_file("schemas/sarif-schema-2.1.0.json")
    jsonschema.validate(log, json.loads(schema.read_text(encoding="utf-8")))
    run_ = log["runs"][0]
    assert run_["columnKind"] == "unicodeCodePoints"
    rules = run_["tool"]["driver"]["rules"]
    assert len(rules) == 14 and rules[0]["id"] == "RL101"
    assert rules[0]["help"]["text"].startswith("Leave the grievance out")
    first = run_["results"][0]
    assert first["ruleId"] == "RL301" and rules[first["ruleIndex"]]["id"] == "RL301"
    region = first["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"]) == (3, 16)
    assert region["snippet"]["text"] == "raj.patel@acmecorp.com"
    assert [r["ruleId"] for r in run_["results"]] == ["RL301"] * 3 + ["RL302", "RL303"]
    notes = run_["invocations"][0]["toolExecutionNotifications"]
    assert not run_["invocations"][0]["executionSuccessful"]
    assert "not valid UTF-8" in notes[0]["message"]["text"]


def test_github_annotations(broken: str) -> None:
    lines = run("github", LATE, broken).splitlines()
    assert lines[0] == (
        f"::error file={LATE},line=3,col=16,endLine=3,endColumn=38,title=RL301 wrong-recipient"
        "::Wrong recipient: Raj Patel <raj.patel@acmecorp.com> did not sign the rejection; "
        "reply only to Dana Whitfield."
    )
    assert lines[3].startswith("::warning ") and "title=RL302 late-reply" in lines[3]
    assert lines[-1].startswith(f"::error file={broken},title=replylint::not valid UTF-8")


def test_github_escapes_commas_colons_and_newlines(tmp_path: Path) -> None:
    path = tmp_path / "a,b:c.txt"
    path.write_text("Dear Jo,\n\nWell, thanks for nothing.\n", encoding="utf-8")
    out = invoke([str(path), "--model", "blank", "--format", "github", "--select", "RL103"]).stdout
    assert "file=" + str(path).replace(":", "%3A").replace(",", "%2C") + ",line=3" in out


def test_junit_has_a_test_case_per_letter(broken: str) -> None:
    clean = str(ROOT / "samples" / "excellent-warm-reply.txt")
    root = ET.fromstring(run("junit", LATE, clean, broken))
    assert root.attrib == {"name": "replylint", "tests": "3", "failures": "1", "errors": "1"}
    cases = root.findall("./testsuite/testcase")
    assert [c.attrib["name"] for c in cases] == [LATE, clean, broken]
    # the errors fail the case; the warning, below the default fail-on, is only reported
    assert cases[0].find("failure").attrib["message"] == "4 problem(s)"
    assert "RL302 [warning]" in cases[0].find("system-out").text
    assert cases[1].find("failure") is None and cases[1].find("error") is None
    assert cases[2].find("error").attrib["type"] == "unreadable"


def test_concise_and_statistics() -> None:
    lines = run("concise", LATE, exit_code=1).splitlines()
    assert lines[0] == (f"{LATE}:3:16: RL301 [error] Wrong recipient: Raj Patel "
                        "<raj.patel@acmecorp.com> did not sign the rejection; reply only to "
                        "Dana Whitfield.")  # fmt: skip
    assert len(lines) == 6 and lines[-1].startswith("Found 5 problems")
    stats = invoke([LATE, "--model", "blank", "--statistics"], exit_code=1).stdout.splitlines()
    assert stats[0].split() == ["3", "RL301", "wrong-recipient", "error"]
    assert [s.split()[1] for s in stats[1:3]] == ["RL302", "RL303"]


def test_output_writes_the_report_to_a_file(tmp_path: Path) -> None:
    out = tmp_path / "report.sarif"
    result = invoke([LATE, "--model", "blank", "--format", "sarif", "--output", str(out)],
                    exit_code=1)  # fmt: skip
    assert result.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["version"] == "2.1.0"
    bad = invoke([LATE, "--model", "blank", "-o", str(tmp_path / "no" / "dir.txt")], exit_code=2)
    assert "--output:" in bad.stderr
