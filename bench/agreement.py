"""How far two careful readers agree: score one labeling of letters against another.

Usage: python bench/agreement.py REFERENCE_FOLDER OTHER_FOLDER

Both folders hold the same letters, each labeled independently (.expected files, as in
tests/letters/README.md). The other labeling is scored as if it were replylint's output,
with the same matching as `python -m replylint.eval`: the per-rule precision and recall
printed are the ceiling a checker can reach when these labels are the truth.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from replylint.eval import letters, read_labels, table


def agreement(reference: Path, other: Path) -> tuple[Counter, Counter, Counter]:
    tp, fp, fn = Counter(), Counter(), Counter()
    for path in letters(reference):
        expected = read_labels(path)
        found = read_labels(other / path.name)
        unmatched = list(expected)
        for label in found:
            covered = [e for e in expected if label.rule in (e.rule, *e.also) and (
                e.start is None or label.start is None
                or (e.start < label.end and label.start < e.end))]  # fmt: skip
            if not covered:
                fp[label.rule] += 1
            for e in covered:
                if e in unmatched:
                    tp[e.rule] += 1
                    unmatched.remove(e)
        for e in unmatched:
            fn[e.rule] += 1
    return tp, fp, fn


if __name__ == "__main__":
    ref, oth = Path(sys.argv[1]), Path(sys.argv[2])
    print(f"{oth} scored against {ref} ({len(letters(ref))} letters)")
    print(table(*agreement(ref, oth), "blank", "both"))
