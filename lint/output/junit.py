"""JUnit XML: one test case per letter, failed by its findings (CI dashboards read it)."""

from __future__ import annotations

from typing import TYPE_CHECKING
from xml.etree import ElementTree as ET

if TYPE_CHECKING:
    from replylint.output import Report


def render(report: Report) -> str:
    """Return a <testsuites> document with a <testcase> per letter."""
    results = report.results
    failures = sum(1 for r in results if r.findings)
    errors = sum(1 for r in results if r.error)
    suites = ET.Element("testsuites", name="replylint", tests=str(len(results)),
                        failures=str(failures), errors=str(errors))  # fmt: skip
    suite = ET.SubElement(suites, "testsuite", name="replylint", tests=str(len(results)),
                          failures=str(failures), errors=str(errors))  # fmt: skip
    for result in results:
        case = ET.SubElement(suite, "testcase", classname="replylint", name=result.path)
        if result.error:
            ET.SubElement(case, "error", message=result.error, type="unreadable")
        elif result.findings:
            first = result.findings[0]
            failure = ET.SubElement(case, "failure", type=first.code,
                                    message=f"{len(result.findings)} problem(s)")  # fmt: skip
            failure.text = "\n".join(
                f"{result.path}:{f.start.line}:{f.start.column}: {f.code} [{f.severity.label}] "
                f"{f.message}"
                for f in result.findings
            )
    ET.indent(suites)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"
    )
