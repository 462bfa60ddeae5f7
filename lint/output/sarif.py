"""SARIF 2.1.0, for code-scanning dashboards (GitHub code scanning and others)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from replylint import __version__
from replylint.findings import Severity
from replylint.letter import LINE_ENDS
from replylint.output.safe import dumps, nested

if TYPE_CHECKING:
    from replylint.output import Report
    from replylint.rules import Rule

_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def render(report: Report) -> Iterator[str]:
    """Yield one SARIF log: a run with a result per finding, then the rules that ran.

    Results are written as files come; the tool's rules (known for certain only at the
    end) follow them. Indexes follow the rules known at the first finding (all of them,
    unless files with another configuration come later: their rules are added after).
    """
    head, _ = _skeleton({}, [], []).split(_RESULTS)
    yield head
    index: dict[str, int] = {}

    def index_of(code: str) -> int:
        if not index:
            index.update((rule.code, i) for i, rule in enumerate(report.rules))
        return index.setdefault(code, len(index))

    notifications = []
    separator = "\n"
    for result in report.results:
        if result.error:
            notifications.append(
                {"level": "error", "message": {"text": f"{result.path}: {result.error}"},
                 "locations": [{"physicalLocation": {"artifactLocation": {"uri": result.path}}}]}
            )  # fmt: skip
        for f in result.findings:
            entry = {
                "ruleId": f.code,
                "ruleIndex": index_of(f.code),
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
            yield separator + nested(entry, 8)
            separator = ",\n"
    known = {rule.code: rule for rule in report.rules}
    rules = [known[code] for code in index if code in known]
    rules += [rule for rule in report.rules if rule.code not in index]
    _, tail = _skeleton(_describe(rules), notifications, ["-"]).split(_RESULTS)
    yield ("\n      " if separator != "\n" else "") + tail


#: Where the results go in the skeleton (a string no JSON string escape produces).
_RESULTS = '"\x00results"'


def _skeleton(rules: list[dict], notifications: list[dict], results: list[str]) -> str:
    """Return the log with the results array standing as a placeholder."""
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            # Columns and offsets count code points, as everywhere in replylint.
            "columnKind": "unicodeCodePoints",
            # and lines end where LineIndex says (SARIF's default leaves out a lone CR)
            "newlineSequences": list(LINE_ENDS),
            "results": ["\x00results"],
            "tool": {"driver": {"name": "replylint", "version": __version__, "rules": rules}},
            "invocations": [{"executionSuccessful": not notifications,
                             "toolExecutionNotifications": notifications}],
        }],
    }  # fmt: skip
    return dumps(log).replace('[\n        "\\u0000results"\n      ]', "[" + _RESULTS + "]")


def _describe(rules: list[Rule]) -> list[dict]:
    return [
        {
            "id": rule.code,
            "name": rule.name,
            "shortDescription": {"text": rule.docs["what"]},
            "fullDescription": {"text": rule.docs["why"]},
            "help": {"text": rule.docs["instead"]},
            "defaultConfiguration": {"level": _LEVELS[rule.severity]},
        }
        for rule in rules
    ]
