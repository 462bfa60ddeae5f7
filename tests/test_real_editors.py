"""The README's Neovim and Emacs setups, run in the real editors (where they are installed).

Each test copies three sample letters (.txt, .md, .eml) and a long one into a scratch
folder, with a letter of its own whose findings follow accented letters and emoji, takes the editor's setup from README.md as it is written there, starts the
editor with it and a check script from editors/ (Neovim headless; Emacs in a
pseudo-terminal, since eglot needs a command loop), and compares what the editor shows
with `replylint --ignore too-long` on the same files: the snippets set that ignore, so
the long letter, which the command line flags RL402 without it, shows that the settings
reached the server. A quick fix is applied through the editor's own code-action command.

The README has two Neovim setups, one for 0.11 and later (`vim.lsp.config`) and one for
0.7 to 0.10; each runs in the first Neovim found for it among REPLYLINT_NVIM (one
executable, or several separated like PATH) and then `nvim` on PATH, so a second Neovim
can be tried without putting it on PATH:
    REPLYLINT_NVIM=/opt/nvim-0.11/bin/nvim pytest tests/test_real_editors.py

These checks are optional: a missing editor is a skip, CI=true or not, and under
CI=true they are skipped even where the editors are installed (a slow or changed editor
on the CI machine must not block a submission), unless REPLYLINT_REAL_EDITORS=1 asks for
them (see `_leave_out_of_ci`).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import invoke

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
#: A letter whose findings stand after characters that take more than one byte in UTF-8
#: (é, curly quotes, a dash) or two UTF-16 units (emoji) on the same line: Neovim 0.11
#: asks for UTF-8 positions, Neovim 0.7 and eglot count in UTF-16, the CLI in characters.
NON_ASCII = """\
Dear José,

Thank you for the interview at Café Ünïcode 😀 — I “enjoyed” it. Your process was a \
joke from start to finish. 🙃 Frankly, it’s your loss.

I’m furious 😤 that you never gave me a fair chance.

Best,
Zoë
"""
LETTERS = ["bitter-blames-process.txt", "downplays-their-effort.md",
           "reply-outlook-late-cc-panel.eml", "rambling-too-long.txt",
           "accents-and-emoji.txt"]  # fmt: skip
#: Seconds one editor run may take in all (the pipeline loads once per run).
RUN_TIMEOUT = 300
#: Milliseconds the check scripts wait for each step.
STEP_TIMEOUT_MS = 90_000


def _leave_out_of_ci(name: str) -> None:
    """Skip under CI=true unless REPLYLINT_REAL_EDITORS=1: these checks are optional there.

    Unlike the browser test, a missing editor never fails under CI=true: .ci/run installs
    no editor, and the language server is tested there through pytest-lsp
    (tests/test_server.py).
    """
    if os.environ.get("CI") == "true" and os.environ.get("REPLYLINT_REAL_EDITORS") != "1":
        pytest.skip(f"CI=true: the optional check of the README's {name} setup in a real "
                    f"{name} is left out of CI (REPLYLINT_REAL_EDITORS=1 runs it)")  # fmt: skip


def _not_installed(name: str) -> str:
    return (f"{name} is not installed, so the README's {name} setup was not run in it "
            f"(Debian: apt-get install neovim emacs-nox elpa-eglot elpa-markdown-mode); "
            f"optional, also in CI")  # fmt: skip


def _editor(name: str) -> str:
    """Return the editor's executable, or skip: these checks are optional everywhere."""
    _leave_out_of_ci(name)
    path = shutil.which(name)
    if path is None:
        pytest.skip(_not_installed(name))
    return path


#: The README's Neovim setups: the line each follows, and the versions it is for
#: (from, up to but not including; None: no upper bound).
NEOVIM_SETUPS = {
    "0.11+": ("**Neovim** 0.11 or later", (0, 11), None),
    "0.7-0.10": ("**Neovim** 0.7 to 0.10", (0, 7), (0, 11)),
}


def _neovim_version(path: str) -> tuple[str, tuple[int, int]]:
    """Return the first line of ``nvim --version`` and its (major, minor)."""
    line = subprocess.run([path, "--version"], capture_output=True, text=True, timeout=60,
                          stdin=subprocess.DEVNULL).stdout.partition("\n")[0]  # fmt: skip
    match = re.match(r"NVIM v(\d+)\.(\d+)", line)
    assert match, f"{path} --version does not say which Neovim it is: {line!r}"
    return line, (int(match[1]), int(match[2]))


def _neovims() -> list[tuple[str, str, tuple[int, int]]]:
    """Return (path, version line, (major, minor)) for REPLYLINT_NVIM's and PATH's Neovim."""
    paths = [p for p in os.environ.get("REPLYLINT_NVIM", "").split(os.pathsep) if p]
    for path in paths:
        # asked for by name: a wrong path is a mistake to report, not a Neovim to skip
        assert shutil.which(path), f"REPLYLINT_NVIM: {path} is not an executable"
    on_path = shutil.which("nvim")
    if on_path:
        paths.append(on_path)
    found, seen = [], set()
    for path in paths:
        real = os.path.realpath(shutil.which(path))
        if real not in seen:
            seen.add(real)
            found.append((path, *_neovim_version(path)))
    return found


def _neovim_for(setup: str) -> tuple[str, str]:
    """Return the first Neovim the README's ``setup`` is for, and its version line, or skip."""
    _leave_out_of_ci("Neovim")
    found = _neovims()
    if not found:
        pytest.skip(_not_installed("nvim") + "; REPLYLINT_NVIM may name one")
    _, low, high = NEOVIM_SETUPS[setup]
    for path, line, version in found:
        if low <= version and (high is None or version < high):
            return path, line
    pytest.skip(f"no Neovim for the README's {setup} setup among "
                f"{', '.join(f'{p} ({line})' for p, line, _ in found)}; "
                f"REPLYLINT_NVIM=/path/to/nvim runs it in another")  # fmt: skip


def _snippet(heading: str, language: str) -> str:
    """Return the README's first ``language`` code block after the line starting ``heading``."""
    match = re.search(rf"^{re.escape(heading)}.*?\n```{language}\n(.*?)```", README,
                      re.S | re.M)  # fmt: skip
    assert match, f"README.md has no {language} block under {heading!r}"
    return match.group(1)


def _environment(home: Path, output: Path | None = None) -> dict[str, str]:
    """Return an environment with replylint-lsp on PATH (as the snippets expect) and HOME."""
    env = dict(os.environ)
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_DATA_HOME=str(home / ".local/share"), XDG_STATE_HOME=str(home / ".local/state"),
               REPLYLINT_CHECK_TIMEOUT_MS=str(STEP_TIMEOUT_MS), REPLYLINT_CHECK_FIX_CODE="RL101")  # fmt: skip
    if output is not None:
        env["REPLYLINT_CHECK_OUTPUT"] = str(output)
    return env


@pytest.fixture
def letters(tmp_path: Path) -> Path:
    folder = tmp_path / "letters"
    folder.mkdir()
    for name in LETTERS[:-1]:
        shutil.copy(ROOT / "samples" / name, folder / name)
    (folder / LETTERS[-1]).write_text(NON_ASCII, encoding="utf-8")
    return folder


def _expected(folder: Path) -> dict[str, list[tuple[int, int, str]]]:
    """Return the command line's findings per letter as (0-based line, character, code)."""
    report = json.loads(invoke([*LETTERS, "--ignore", "too-long", "--format", "json",
                                "--no-cache"], exit_code=1).stdout)  # fmt: skip
    found = {name: [] for name in LETTERS}
    for entry in report["files"]:
        for d in entry["diagnostics"]:
            start = d["start"]
            found[Path(entry["path"]).name].append(
                (start["line"] - 1, start["column"] - 1, d["code"])
            )
    return {name: sorted(found[name]) for name in LETTERS}


def _byte_column(folder: Path, name: str, line: int, column: int) -> int:
    """Turn a character column into Neovim's byte column."""
    text = (folder / name).read_text(encoding="utf-8").splitlines()[line]
    return len(text[:column].encode("utf-8"))


def _check_fix(fix: dict, before: list[tuple[int, int, str]]) -> None:
    """The quick fix for the first RL101 finding removed its sentence, and nothing else."""
    assert fix is not None, "no RL101 finding to fix"
    assert fix["applied"] and fix["titles"], fix
    assert all(title.startswith("Remove") for title in fix["titles"]), fix["titles"]
    assert fix["changed"], "the chosen quick fix did not change the letter"
    after = sorted((d.get("lnum", d.get("line")), d["col"], d["code"]) for d in fix["after"])
    removed = [f for f in before if f not in after]
    # the sentence "Your process was a joke." went, and its finding with it; the other
    # findings on that line moved left, those elsewhere stayed where they were
    assert len([f for f in before if f[2] == "RL101"]) - 1 == len(
        [f for f in after if f[2] == "RL101"]
    )
    assert [f for f in before if f[0] != fix["line"]] == [f for f in after if f[0] != fix["line"]]
    assert removed, "nothing changed in the findings"


def _compare(shown: list[dict], expected: dict, column=lambda name, line, col: col) -> None:
    assert [Path(r["file"]).name for r in shown] == LETTERS, shown
    for result in shown:
        name = Path(result["file"]).name
        got = sorted((d.get("lnum", d.get("line")), d["col"], d["code"])
                     for d in result["diagnostics"])  # fmt: skip
        want = sorted((line, column(name, line, col), code) for line, col, code in expected[name])
        assert got == want, f"{name}: the editor shows {got}, the command line {want}"


@pytest.mark.parametrize("setup", NEOVIM_SETUPS)
def test_the_readme_neovim_setup_in_neovim(setup: str, letters: Path, tmp_path: Path) -> None:
    nvim, version = _neovim_for(setup)
    heading = NEOVIM_SETUPS[setup][0]
    init = tmp_path / "init.lua"
    init.write_text(_snippet(heading, "lua"), encoding="utf-8")
    os.chdir(letters)
    expected = _expected(letters)
    assert expected["rambling-too-long.txt"] == []
    assert _byte_column(letters, LETTERS[-1], 2, 126) > 126, "no multi-byte text before a finding"
    assert (2, 126, "RL101") in expected[LETTERS[-1]]  # "your loss", after 😀 and 🙃
    assert invoke(["rambling-too-long.txt", "--select", "too-long"], exit_code=0).stdout
    run = subprocess.run(
        [nvim, "--headless", "-u", str(init), "-c",
         f"luafile {ROOT / 'editors' / 'nvim' / 'check.lua'}", *LETTERS],
        capture_output=True, text=True, timeout=RUN_TIMEOUT, cwd=letters,
        env=_environment(tmp_path / "home"), stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert run.returncode == 0, f"{version}\nstdout:\n{run.stdout}\nstderr:\n{run.stderr}"
    shown = [json.loads(line) for line in run.stdout.splitlines() if line.startswith("{")]
    _compare(shown, expected, lambda name, line, col: _byte_column(letters, name, line, col))
    assert [r["filetype"] for r in shown] == ["text", "markdown", "mail", "text", "text"]
    first = shown[0]
    before = sorted((d["lnum"], d["col"], d["code"]) for d in first["diagnostics"])
    _check_fix(first["fix"], before)


def _run_in_terminal(command: list[str], env: dict[str, str], cwd: Path, timeout: float) -> int:
    """Run ``command`` with a pseudo-terminal as its terminal; kill it after ``timeout``."""
    import fcntl  # POSIX only, like Emacs in a terminal here
    import pty
    import select
    import struct
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))

    def controlling_terminal() -> None:
        os.setsid()
        fcntl.ioctl(0, termios.TIOCSCTTY, 0)

    process = subprocess.Popen(command, stdin=slave, stdout=slave, stderr=slave, cwd=cwd,
                               env=env, preexec_fn=controlling_terminal)  # fmt: skip
    os.close(slave)
    deadline = time.monotonic() + timeout
    try:
        while process.poll() is None and time.monotonic() < deadline:
            if select.select([master], [], [], 0.2)[0]:
                try:
                    os.read(master, 65536)  # the screen: read so that Emacs never blocks
                except OSError:
                    break
        if process.poll() is None:
            process.kill()
        return process.wait(timeout=30)
    finally:
        os.close(master)


def test_the_readme_emacs_setup_in_emacs(letters: Path, tmp_path: Path) -> None:
    emacs = _editor("emacs")
    home = tmp_path / "home"
    (home / ".emacs.d").mkdir(parents=True)
    # the user's init file is the README's snippet; early-init only spares the test
    # Emacs 28's compiling of packages in the background
    (home / ".emacs.d" / "init.el").write_text(_snippet("**Emacs**", "elisp"), encoding="utf-8")
    (home / ".emacs.d" / "early-init.el").write_text(
        "(setq native-comp-deferred-compilation nil)\n", encoding="utf-8"
    )
    os.chdir(letters)
    expected = _expected(letters)
    output = tmp_path / "emacs.jsonl"
    env = dict(_environment(home, output), TERM="xterm")
    code = _run_in_terminal([emacs, "-nw", "-l", str(ROOT / "editors" / "emacs" / "check.el"),
                             "--", *LETTERS], env, letters, RUN_TIMEOUT)  # fmt: skip
    lines = output.read_text(encoding="utf-8").splitlines() if output.exists() else []
    shown = [json.loads(line) for line in lines]
    log = Path(f"{output}.log")
    assert code == 0 and not any("error" in r for r in shown), (
        f"exit code {code}\n{lines}\n" + (log.read_text(encoding="utf-8")[-4000:]
                                          if log.exists() else ""))  # fmt: skip
    _compare(shown, expected)
    modes = [r["mode"] for r in shown]
    assert modes[0] == modes[3] == modes[4] == "text-mode" and modes[2] == "message-mode"
    assert modes[1] in {"markdown-mode", "text-mode"}  # markdown-mode when it is installed
    first = shown[0]
    before = sorted((d["line"], d["col"], d["code"]) for d in first["diagnostics"])
    _check_fix(first["fix"], before)
