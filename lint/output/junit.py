"""JUnit XML: one test case per letter, failed by its findings at or above fail-on."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING
from xml.etree import ElementTree as ET

from replylint.output.safe import MESSAGE_MAX, shown

if TYPE_CHECKING:
    from replylint.findings import FileResult, Finding
    from replylint.output import Report


def render(report: Report) -> Iterator[str]:
    """Yield a <testsuites> document with a <testcase> per letter.

    The counts head the document, so it is written once every letter is in (a case
    holds only its own lines by then, never the letter).
    """
    results = [replace(r, text=None) for r in report.results]
    failures = sum(1 for r in results if _failing(r))
    errors = sum(1 for r in results if r.error)
    suites = ET.Element("testsuites", name="replylint", tests=str(len(results)),
                        failures=str(failures), errors=str(errors))  # fmt: skip
    suite = ET.SubElement(suites, "testsuite", name="replylint", tests=str(len(results)),
                          failures=str(failures), errors=str(errors))  # fmt: skip
    # NOTE: shown() also keeps out the characters XML 1.0 forbids (most C0 controls)
    for result in results:
        path = shown(result.path)
        case = ET.SubElement(suite, "testcase", classname="replylint", name=path)
        if result.error:
            ET.SubElement(
                case, "error", message=shown(result.error, MESSAGE_MAX), type="unreadable"
            )
            continue
        # NOTE: a case fails as the run does: below fail-on, a finding is only reported
        failing = _failing(result)
        if failing:
            failure = ET.SubElement(case, "failure", type=failing[0].code,
                                    message=f"{len(failing)} problem(s)")  # fmt: skip
            failure.text = _lines(path, failing)
        if len(failing) < len(result.findings):
            below = [f for f in result.findings if f.severity < result.fail_on]
            ET.SubElement(case, "system-out").text = _lines(path, below)
    ET.indent(suites)
    yield '<?xml version="1.0" encoding="UTF-8"?>\n'
    yield ET.tostring(suites, encoding="unicode") + "\n"


def _failing(result: FileResult) -> list[Finding]:
    """Return the findings that fail the run (at or above the file's fail-on)."""
    return [f for f in result.findings if f.severity >= result.fail_on]


def _lines(path: str, findings: list[Finding]) -> str:
    return "\n".join(f"{path}:{f.start.line}:{f.start.column}: {f.code} [{f.severity.label}] "
                     f"{shown(f.message, MESSAGE_MAX)}" for f in findings)  # fmt: skip
