"""Whole-letter snapshots: every finding with its exact place, checked by hand once.

Each tests/fixtures/<rule>/<what-it-shows>.<ext> has a .expected beside it: '#' lines say
why the case matters, then one finding per line: 'line:col-line:col rule 'text''.
REPLYLINT_UPDATE_SNAPSHOTS=1 rewrites the finding lines (keeping the comments) for review.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from replylint.engine import Input, Options, lint

FIXTURES = Path(__file__).parent / "fixtures"
CASES = sorted(p for p in FIXTURES.rglob("*") if p.suffix in (".txt", ".md", ".eml"))


def render(path: Path) -> list[str]:
    (result,) = lint([Input(path.name, path.read_bytes(), path.suffix)],
                     Options(model="blank", now=None, select=(path.parent.name,)))  # fmt: skip
    assert result.error is None, result.error
    return [f"{f.start.line}:{f.start.column}-{f.end.line}:{f.end.column} {f.rule} {f.text!r}"
            for f in result.findings]  # fmt: skip


@pytest.mark.parametrize("path", CASES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_snapshot(path: Path) -> None:
    expected_file = path.with_suffix(".expected")
    lines = expected_file.read_text(encoding="utf-8").splitlines()
    comments = [line for line in lines if line.startswith("#")]
    expected = [line for line in lines if line.strip() and not line.startswith("#")]
    actual = render(path)
    if os.environ.get("REPLYLINT_UPDATE_SNAPSHOTS"):
        expected_file.write_text("\n".join([*comments, *actual]) + "\n", encoding="utf-8")
        return
    assert comments, f"{expected_file}: say in a '#' line why this case matters"
    assert actual == expected
