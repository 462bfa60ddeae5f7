"""How far two careful readers agree: score one labeling of letters against another.

Usage: python bench/agreement.py REFERENCE_FOLDER OTHER_FOLDER
       python bench/agreement.py tests/holdout21 tests/relabel/holdout21

REFERENCE_FOLDER holds labeled letters; OTHER_FOLDER holds a second, independent
labeling of the same letters (.expected files of the same names, as in
tests/letters/README.md; the letters themselves need not be copied). The other
labeling is scored as if it were replylint's output, with the same matching as
`python -m replylint.eval`: the per-rule precision and recall printed are the ceiling a
checker can reach when the reference labels are the truth.
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
        found = read_labels(path, (other / path.name).with_suffix(".expected"))
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
