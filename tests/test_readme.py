"""The README's sample outputs are what the commands print today (issue 12: they went stale)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
#: A command block (one replylint command on samples/), then the text block it prints.
_SAMPLE = re.compile(r"```sh\n(replylint [^\n]*samples/[^\n]*)\n```\n```text\n(.*?)```", re.S)


def _samples() -> list[tuple[str, str]]:
    return _SAMPLE.findall((ROOT / "README.md").read_text(encoding="utf-8"))


def test_the_readme_has_sample_outputs_to_check() -> None:
    assert len(_samples()) >= 2


@pytest.mark.parametrize(("command", "shown"), _samples(), ids=lambda v: v[:50])
def test_a_sample_output_is_what_the_command_prints(command: str, shown: str) -> None:
    args = command.split()[1:]
    result = subprocess.run([sys.executable, "-m", "replylint", *args, "--no-cache",
                             "--model", "blank"], cwd=ROOT, capture_output=True, text=True,
                            check=False)  # fmt: skip
    printed = result.stdout.splitlines()
    lines = shown.splitlines()
    # "..." stands for lines left out: what comes before it starts the output, what
    # comes after it ends the output
    head, tail = (lines[: lines.index("...")], lines[lines.index("...") + 1 :]) \
        if "..." in lines else (lines, [])  # fmt: skip
    assert printed[: len(head)] == head
    assert not tail or printed[-len(tail) :] == tail
    if "..." not in lines:
        assert printed == lines
