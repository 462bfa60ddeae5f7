"""JSON report, exactly as DESIGN.md's contract describes it."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict

from replylint.findings import FileResult, Finding, Severity

VERSION = 1


def render(results: Sequence[FileResult], color: bool = False) -> str:
    """Return the report for ``results`` as one JSON document."""
    counts = {s: 0 for s in Severity}
    for result in results:
        for finding in result.findings:
            counts[finding.severity] += 1
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
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


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
    }
