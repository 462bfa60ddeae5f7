"""JUnit XML: one test case per letter, failed by its findings (CI dashboards read it)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING
from xml.etree import ElementTree as ET

from replylint.output.safe import MESSAGE_MAX, shown

if TYPE_CHECKING:
    from replylint.output import Report


def render(report: Report) -> Iterator[str]:
    """Yield a <testsuites> document with a <testcase> per letter.

    The counts head the document, so it is written once every letter is in (a case
    holds only its own lines by then, never the letter).
    """
    results = [replace(r, text=None) for r in report.results]
    failures = sum(1 for r in results if r.findings)
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
        elif result.findings:
            first = result.findings[0]
            failure = ET.SubElement(case, "failure", type=first.code,
                                    message=f"{len(result.findings)} problem(s)")  # fmt: skip
            failure.text = "\n".join(
                f"{path}:{f.start.line}:{f.start.column}: {f.code} [{f.severity.label}] "
                f"{shown(f.message, MESSAGE_MAX)}"
                for f in result.findings
            )
    ET.indent(suites)
    yield '<?xml version="1.0" encoding="UTF-8"?>\n'
    yield ET.tostring(suites, encoding="unicode") + "\n"
