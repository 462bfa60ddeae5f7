"""JSON report, exactly as DESIGN.md's contract describes it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict
from typing import TYPE_CHECKING

from replylint.findings import Finding
from replylint.output.safe import nested

if TYPE_CHECKING:
    from replylint.output import Report

VERSION = 1


def render(report: Report) -> Iterator[str]:
    """Yield the report as one JSON document, a file's entry at a time."""
    yield f'{{\n  "version": {VERSION},\n  "files": ['
    separator = "\n"
    for r in report.results:
        entry = {
            "path": r.path,
            "diagnostics": [_finding(f) for f in r.findings],
            "error": r.error,
            # Added to the contract: what the positions point at ("file"; "body-start"
            # for an email body stored as base64 or HTML: its first line in the file;
            # "decoded-body" for an email file that is not UTF-8).
            "positions": r.positions,
        }
        yield separator + nested(entry, 4)
        separator = ",\n"
    summary = {"files": report.tally.files, **report.tally.totals()}
    close = "\n  ]" if separator != "\n" else "]"
    yield f'{close},\n  "summary": {nested(summary, 2)[2:]}\n}}\n'


def _finding(f: Finding) -> dict[str, object]:
    return {
        "rule": f.rule,
        "code": f.code,
        "severity": f.severity.label,
        "message": f.message,
        "start": asdict(f.start),
        "end": asdict(f.end),
        "text": f.text,
        "suggestion": f.suggestion,
        # Added to the contract: the act model's score (0 to 1) when the finding comes
        # from the model, or for a missing-* rule the best score any sentence reached.
        "score": f.score,
    }
