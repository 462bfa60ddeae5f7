"""Folder benchmark: 1,000 generated letters with 1 and 2 jobs, then again from the cache.

Run by hand (never as a test: shared machines are noisy):
    python bench/folder.py [--letters 1000] [--model blank]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from speed import make_letters  # noqa: E402


def timed(args: list[str]) -> float:
    """Return the seconds a whole replylint process takes (exit 1 means findings: fine)."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "replylint", *args], capture_output=True)
    if done.returncode not in (0, 1):
        raise SystemExit(done.stderr.decode())
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=int, default=1000)
    parser.add_argument("--model", default="blank")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder, cache = Path(tmp) / "letters", Path(tmp) / "cache"
        folder.mkdir()
        make_letters(folder, args.letters)
        base = [str(folder), "--model", args.model, "--format", "concise"]
        one = timed([*base, "--jobs", "1", "--no-cache"])
        two = timed([*base, "--jobs", "2", "--no-cache"])
        fill = timed([*base, "--jobs", "2", "--cache-dir", str(cache)])
        warm = timed([*base, "--jobs", "2", "--cache-dir", str(cache)])
    print(f"{args.letters} letters, {args.model}: 1 job {one:.2f} s, 2 jobs {two:.2f} s "
          f"({one / two:.2f}x), filling the cache {fill:.2f} s, fully cached {warm:.2f} s")


if __name__ == "__main__":
    main()
