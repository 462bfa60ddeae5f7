"""SARIF 2.1.0, for code-scanning dashboards (GitHub code scanning and others)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from replylint import __version__
from replylint.findings import Severity
from replylint.letter import LINE_ENDS
from replylint.output.safe import dumps

if TYPE_CHECKING:
    from replylint.output import Report

_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def render(report: Report) -> str:
    """Return one SARIF log with a run, the rules that ran, and a result per finding."""
    index = {rule.code: i for i, rule in enumerate(report.rules)}
    rules = [
        {
            "id": rule.code,
            "name": rule.name,
            "shortDescription": {"text": rule.docs["what"]},
            "fullDescription": {"text": rule.docs["why"]},
            "help": {"text": rule.docs["instead"]},
            "defaultConfiguration": {"level": _LEVELS[rule.severity]},
        }
        for rule in report.rules
    ]
    results = []
    for result in report.results:
        for f in result.findings:
            entry = {
                "ruleId": f.code,
                "level": _LEVELS[f.severity],
                "message": {"text": f.message},
                "locations": [{"physicalLocation": {
                    "artifactLocation": {"uri": result.path},
                    "region": {
                        "startLine": f.start.line, "startColumn": f.start.column,
                        "endLine": f.end.line, "endColumn": f.end.column,
                        "charOffset": f.start.offset,
                        "charLength": f.end.offset - f.start.offset,
                        "snippet": {"text": f.text},
                    },
                }}],
            }  # fmt: skip
            if f.code in index:
                entry["ruleIndex"] = index[f.code]
            results.append(entry)
    notifications = [
        {"level": "error", "message": {"text": f"{r.path}: {r.error}"},
         "locations": [{"physicalLocation": {"artifactLocation": {"uri": r.path}}}]}
        for r in report.results if r.error
    ]  # fmt: skip
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "replylint", "version": __version__, "rules": rules}},
            # Columns and offsets count code points, as everywhere in replylint.
            "columnKind": "unicodeCodePoints",
            # and lines end where LineIndex says (SARIF's default leaves out a lone CR)
            "newlineSequences": list(LINE_ENDS),
            "invocations": [{"executionSuccessful": not notifications,
                             "toolExecutionNotifications": notifications}],
            "results": results,
        }],
    }  # fmt: skip
    return dumps(log)
