"""Check that TokenMatcher and spaCy's Matcher find the same matches on every labeled letter.

Run by hand (tests/test_tokenmatch.py does the same on one folder):
    python bench/matchers.py [--model blank] [FOLDER...]
Prints one line per folder and exits 1 if any letter differs.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from replylint import nlp as nlp_module
from replylint.engine import Input, read_letter

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from test_tokenmatch import builtin_matchers  # noqa: E402  (the test's own pair)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--model", default="blank")
    args = parser.parse_args()
    folders = args.folders or sorted(
        {p.parent for p in (ROOT / "tests").glob("*/*.expected")} | {ROOT / "samples"}
    )
    nlp = nlp_module.load(args.model)
    ours, theirs = builtin_matchers(nlp.vocab)
    strings, failed, spent = nlp.vocab.strings, 0, [0.0, 0.0]
    for folder in folders:
        letters = sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".md", ".eml"))
        matches = differ = 0
        for path in letters:
            try:
                letter = read_letter(Input(str(path), path.read_bytes(), path.suffix))
            except Exception:  # an unreadable letter is the engine's test, not this one's
                continue
            doc = nlp(letter.nlp_view()[0])
            start = time.perf_counter()
            a = set(ours(doc))
            middle = time.perf_counter()
            b = {(strings[m], s, e) for m, s, e in theirs(doc)}
            spent[0] += middle - start
            spent[1] += time.perf_counter() - middle
            matches += len(b)
            if a != b:
                differ += 1
                print(f"  {path}: only ours {sorted(a - b)[:3]}, only spaCy's {sorted(b - a)[:3]}")
        failed += differ
        print(f"{folder}: {len(letters)} letters, {matches} matches, "
              f"{differ} differ")  # fmt: skip
    print(f"matching time: TokenMatcher {spent[0]:.2f} s, spaCy Matcher {spent[1]:.2f} s")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
