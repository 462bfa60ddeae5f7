"""Each module-level name in the package is bound once.

Two module constants of one name in one file make every function read the last one,
whatever its author meant: `_org_future` once held two `_HANDLING` sets (a vessel's
turnaround words and verbs of meeting demands) and two `_HOPING` sets, so the earlier
readings silently used the later words. Ruff does not report a constant bound twice.
"""

import ast
import collections
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "lint"


def _bound_twice(source: str) -> list[str]:
    counts: collections.Counter[str] = collections.Counter()
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            counts.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            counts[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            counts[node.name] += 1
    return sorted(name for name, n in counts.items() if n > 1)


def test_the_check_sees_a_constant_bound_twice():
    assert _bound_twice("_A = 1\ndef f():\n    return _A\n_A = 2\n") == ["_A"]
    assert _bound_twice("_A = 1\n_B: int = 2\n") == []


@pytest.mark.parametrize(
    "module", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE))
)
def test_no_module_name_is_bound_twice(module):
    assert _bound_twice(module.read_text(encoding="utf-8")) == []
