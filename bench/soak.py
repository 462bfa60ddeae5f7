"""Soak test, run by hand: memory must stay flat however many letters a folder holds.

Usage: python bench/soak.py [--sizes 10000,50000,100000,200000] [--jobs 1] [--scratch DIR]

Fills a scratch folder with small letters (a few hundred bytes each, all different) up
to each size in turn, lints the whole folder as one process (`replylint FOLDER`, report
to /dev/null), and prints for each size the peak resident memory of replylint's main
process and of its workers, and the most memory maps the main process held. All three
should stay about the same from the smallest size to the largest.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

OPENINGS = ["Dear {name},", "Hi {name},", "Hello {name},", "Dear Ms {name},"]
BODIES = [
    "Thank you for letting me know about the {job} role, and for the time you spent with me.",
    "I was disappointed, but I understand. Congratulations to whoever joins the {job} team.",
    "Thanks for nothing. The {job} interview was a waste of my afternoon.",
    "Could you share what would have made my application for {job} stronger?",
    "Please keep me in mind for future {job} openings; I would love to stay in touch.",
]
NAMES = ["Dana", "Priya", "Tomas", "Aiko", "Kwame", "Lena", "Marco", "Yusuf", "Ines", "Oren"]
JOBS = ["analyst", "nurse", "welder", "teacher", "chef", "driver", "designer", "clerk"]


def letter(number: int) -> str:
    name = NAMES[number % len(NAMES)]
    job = JOBS[(number // 10) % len(JOBS)]
    body = " ".join(BODIES[(number + k) % len(BODIES)] for k in range(1 + number % 3))
    opening = OPENINGS[number % len(OPENINGS)]
    return f"{opening.format(name=name)}\n\n{body.format(job=job)} (ref {number})\n\nBest,\nSam\n"


def fill(folder: Path, size: int) -> None:
    """Add letters to ``folder`` until it holds ``size`` of them (100 per subfolder)."""
    have = sum(1 for _ in folder.rglob("*.txt"))
    for number in range(have, size):
        sub = folder / f"{number // 100:05d}"
        sub.mkdir(exist_ok=True)
        (sub / f"reply-{number:06d}.txt").write_text(letter(number), encoding="utf-8")


def _status(pid: int) -> tuple[int, int]:
    """Return (peak resident KB, memory maps) of a process, or (0, 0) once it is gone."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
        peak = next(int(line.split()[1]) for line in status.splitlines()
                    if line.startswith("VmHWM:"))  # fmt: skip
        maps = len(Path(f"/proc/{pid}/maps").read_text().splitlines())
        return peak, maps
    except (OSError, StopIteration):
        return 0, 0


def _children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def soak(folder: Path, jobs: int) -> tuple[float, int, int, int]:
    """Lint ``folder``; return seconds, peak KB of main and of the largest worker, most maps."""
    command = [sys.executable, "-m", "replylint", str(folder), "--no-cache", "--model", "blank",
               "--jobs", str(jobs), "--format", "concise"]  # fmt: skip
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    main_peak = worker_peak = most_maps = 0
    while process.poll() is None:
        peak, maps = _status(process.pid)
        main_peak, most_maps = max(main_peak, peak), max(most_maps, maps)
        for child in _children(process.pid):
            worker_peak = max(worker_peak, _status(child)[0])
        time.sleep(0.5)
    if process.returncode not in (0, 1):
        raise SystemExit(f"replylint failed ({process.returncode}): {process.stderr.read()}")
    return time.perf_counter() - start, main_peak, worker_peak, most_maps


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,50000,100000,200000")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--scratch", type=Path, default=None, help="Folder to fill (kept).")
    args = parser.parse_args()
    folder = args.scratch or Path(tempfile.mkdtemp(prefix="replylint-soak-"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"folder {folder}, --jobs {args.jobs}")
    print(f"{'letters':>8} {'seconds':>8} {'letters/s':>9} {'main MB':>8} {'worker MB':>9} "
          f"{'maps':>6}")  # fmt: skip
    for size in (int(s) for s in args.sizes.split(",")):
        fill(folder, size)
        seconds, main_kb, worker_kb, maps = soak(folder, args.jobs)
        print(f"{size:>8} {seconds:>8.1f} {size / seconds:>9.0f} {main_kb / 1024:>8.0f} "
              f"{worker_kb / 1024:>9.0f} {maps:>6}", flush=True)  # fmt: skip


if __name__ == "__main__":
    main()
