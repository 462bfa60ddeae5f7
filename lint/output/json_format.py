"""JSON report, exactly as DESIGN.md's contract describes it."""

from __future__ import annotations

from dataclasses import asdict
from typing import TYPE_CHECKING

from replylint.findings import Finding, Severity
from replylint.output.safe import dumps

if TYPE_CHECKING:
    from replylint.output import Report

VERSION = 1


def render(report: Report) -> str:
    """Return the report as one JSON document."""
    results, counts = report.results, report.counts()
    document = {
        "version": VERSION,
        "files": [
            {
                "path": r.path,
                "diagnostics": [_finding(f) for f in r.findings],
                "error": r.error,
                # Added to the contract: what the offsets count in ("decoded-body" for an
                # email whose body is encoded, such as quoted-printable or base64).
                "positions": r.positions,
            }
            for r in results
        ],
        "summary": {
            "files": len(results),
            "errors": counts[Severity.ERROR],
            "warnings": counts[Severity.WARNING],
            "infos": counts[Severity.INFO],
        },
    }
    return dumps(document)


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
