"""Whole-process speed beside the linters a user might pick instead: proselint, write-good.

Run by hand (never as a test):
    python bench/peers.py --scratch /tmp/peers [--letters 1000]
The scratch folder gets proselint (a venv) and write-good (npm) the first time. Each tool
is one process over the same ordinary letters; the ratios are what to compare (absolute
times drift on a shared machine). Best of three runs each.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def make_letters(folder: Path, count: int) -> None:
    """Write ``count`` ordinary 200-300-word replies from shuffled sample paragraphs."""
    import random

    rng = random.Random(7)
    paragraphs = [p for s in sorted((ROOT / "samples").glob("*.txt"))
                  for p in s.read_text(encoding="utf-8").split("\n\n")[1:-1]]  # fmt: skip
    for i in range(count):
        body: list[str] = []
        while sum(len(p.split()) for p in body) < 200:
            body.append(rng.choice(paragraphs))
        text = "\n\n".join(body)
        words = text.split()
        if len(words) > 300:
            text = " ".join(words[:300]) + "."
        (folder / f"letter-{i:04d}.txt").write_text(f"Dear Dana,\n\n{text}\n\nBest,\nSam\n",
                                                    encoding="utf-8")  # fmt: skip


def install(scratch: Path) -> tuple[list[str], list[str]]:
    """Return the commands for proselint and write-good, installing them if needed."""
    scratch.mkdir(parents=True, exist_ok=True)
    proselint = scratch / "pv" / "bin" / "proselint"
    if not proselint.exists():
        subprocess.run([sys.executable, "-m", "venv", str(scratch / "pv")], check=True)
        subprocess.run([str(scratch / "pv" / "bin" / "pip"), "install", "-q", "proselint"],
                       check=True)  # fmt: skip
    write_good = scratch / "node_modules" / ".bin" / "write-good"
    if not write_good.exists():
        subprocess.run(["npm", "install", "--no-audit", "--no-fund", "write-good"], cwd=scratch,
                       check=True, capture_output=True)  # fmt: skip
    return [str(proselint), "check"], [str(write_good)]


def compile_bytecode() -> None:
    """Write replylint's bytecode (__pycache__) before anything is timed.

    An installed package has it (pip compiles it), but an editable install run with
    PYTHONDONTWRITEBYTECODE set never writes it, and each run then compiles replylint's
    sources again: about 0.08 s of every start on the machine these numbers come from.
    proselint, installed by pip into its own venv, has its bytecode already.
    """
    import importlib.util

    spec = importlib.util.find_spec("replylint")
    for folder in spec.submodule_search_locations if spec else ():
        subprocess.run([sys.executable, "-m", "compileall", "-q", folder], check=True)


def best_of(command: list[str], runs: int = 3) -> float:
    """Return the fastest wall time of ``command`` (its exit status is ignored)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scratch", type=Path, required=True)
    parser.add_argument("--letters", type=int, default=1000)
    args = parser.parse_args()
    proselint, write_good = install(args.scratch)
    compile_bytecode()
    replylint = [sys.executable, "-m", "replylint", "--model", "blank", "--no-cache",
                 "--isolated"]  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        make_letters(Path(tmp), args.letters)
        files = sorted(str(p) for p in Path(tmp).iterdir())
        words = sum(len(Path(f).read_text(encoding="utf-8").split()) for f in files)
        print(f"{len(files)} letters, {words / len(files):.0f} words each on average")
        runs = {
            "replylint, acts on, 1 job": [*replylint, "--jobs", "1", *files],
            "replylint, acts off, 1 job": [*replylint, "--jobs", "1", "--acts", "patterns", *files],
            "replylint, acts on, 2 jobs": [*replylint, "--jobs", "2", *files],
            "proselint": proselint + files,
            "write-good": write_good + files,
        }
        times = {name: best_of(command) for name, command in runs.items()}
        single = best_of([*replylint, files[0]])
        for name, seconds in times.items():
            print(f"{name:<28} {seconds:6.2f} s  {seconds / times['write-good']:5.2f}x write-good"
                  f"  {seconds / times['proselint']:5.2f}x proselint")  # fmt: skip
        print(f"{'replylint, one letter cold':<28} {single:6.2f} s  "
              f"{single / best_of(write_good + files[:1]):5.2f}x write-good  "
              f"{single / best_of(proselint + files[:1]):5.2f}x proselint")  # fmt: skip


if __name__ == "__main__":
    main()
