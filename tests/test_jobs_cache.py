"""Parallel and cached runs give exactly what a plain run gives."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import invoke

HERE = Path(__file__).parent


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with every labeled letter and email (over 60, so workers are used)."""
    target = tmp_path_factory.mktemp("letters")
    for source in ("letters", "emails"):
        for path in sorted((HERE / source).iterdir()):
            if path.suffix in (".txt", ".md", ".eml"):
                shutil.copy(path, target / f"{source}-{path.name}")
    (target / "broken.txt").write_bytes(b"\xff\xfe")
    return target


def report(folder: Path, *args: str) -> str:
    return invoke([str(folder), "--model", "blank", "--format", "json", "--now",
                   "2000-01-01", *args], exit_code=2).stdout  # fmt: skip


def test_two_jobs_and_the_cache_match_one_job(folder: Path, tmp_path: Path) -> None:
    plain = report(folder, "--jobs", "1", "--no-cache")
    assert report(folder, "--jobs", "2", "--no-cache") == plain
    cache = tmp_path / "cache"
    assert report(folder, "--jobs", "2", "--cache-dir", str(cache)) == plain
    stored = list(cache.rglob("*.json"))
    # Every file is stored, the undecodable one too: its error depends on its bytes only.
    assert len(stored) == len(list(folder.iterdir()))
    assert (cache / "CACHEDIR.TAG").exists() and (cache / ".gitignore").read_text() == "*\n"
    assert report(folder, "--jobs", "1", "--cache-dir", str(cache)) == plain


def test_a_changed_option_or_letter_misses_the_cache(folder: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    letter = tmp_path / "one.txt"
    letter.write_text("Dear Jo,\n\nThanks for nothing.\n", encoding="utf-8")
    args = [str(letter), "--model", "blank", "--cache-dir", str(cache)]
    assert "RL103" in invoke(args, exit_code=1).stdout
    assert "RL103" not in invoke([*args, "--ignore", "RL103"], exit_code=1).stdout
    letter.write_text("Dear Jo,\n\nThank you for your time.\n", encoding="utf-8")
    assert "RL201" not in invoke(args, exit_code=0).stdout


def test_a_fully_cached_run_does_not_import_spacy(tmp_path: Path) -> None:
    letter = tmp_path / "one.txt"
    letter.write_text("Dear Jo,\n\nThanks for nothing.\n", encoding="utf-8")
    cache = tmp_path / "cache"
    code = ("import sys\nfrom replylint.cli import main\n"
            f"try:\n    main([{str(letter)!r}, '--model', 'blank', '--cache-dir', {str(cache)!r}])\n"
            "except SystemExit:\n    pass\n"
            "print('SPACY', 'spacy' in sys.modules)\n")  # fmt: skip
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "SPACY True" in first.stdout and "RL103" in first.stdout
    second = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert "SPACY False" in second.stdout and "RL103" in second.stdout


def _crash_on(marker: str, monkeypatch: pytest.MonkeyPatch, kill_worker: bool = False) -> None:
    """Make checking a letter that holds ``marker`` fail (forked workers inherit it)."""
    import multiprocessing
    import os
    import signal

    from replylint.engine import Linter

    check = Linter.check

    def crashing(self, letter, *hits):
        if marker in letter.text:
            if not kill_worker:
                raise RuntimeError("a bug in a rule")
            if multiprocessing.parent_process() is not None:
                os.kill(os.getpid(), signal.SIGKILL)  # as `kill -9` would
        return check(self, letter, *hits)

    monkeypatch.setattr(Linter, "check", crashing)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_letter_that_crashes_a_rule_costs_only_its_own_line(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: str
) -> None:
    # issue 10: one crashing letter lost every result (BrokenProcessPool, nothing printed)
    plain = json.loads(report(folder, "--jobs", "1", "--no-cache"))
    crash = folder / "zz-crash.txt"
    crash.write_text("Dear Jo,\n\nCRASH-ME thanks for nothing.\n", encoding="utf-8")
    try:
        _crash_on("CRASH-ME", monkeypatch)
        files = json.loads(report(folder, "--jobs", jobs, "--no-cache"))["files"]
    finally:
        crash.unlink()
    (crashed,) = [f for f in files if f["path"] == str(crash)]
    assert crashed["error"].startswith("internal error while checking this letter "
                                       "(RuntimeError: a bug in a rule)")  # fmt: skip
    assert [f for f in files if f["path"] != str(crash)] == plain["files"]


def test_a_killed_worker_loses_no_result(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # issue 10: `kill -9` of one worker lost every result of the run
    plain = report(folder, "--jobs", "1", "--no-cache")
    victim = sorted(p for p in folder.iterdir() if p.suffix == ".txt")[30]
    _crash_on(victim.read_text(encoding="utf-8")[:40], monkeypatch, kill_worker=True)
    assert report(folder, "--jobs", "2", "--no-cache") == plain
