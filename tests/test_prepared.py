"""Prepared data (validated rules kept between runs) and the command's held collector."""

from __future__ import annotations

import gc
import os
from pathlib import Path

import pytest
from replylint import prepared, rulefiles, startup
from replylint.errors import ConfigError
from replylint.rules import builtin_rule_files

#: How many rule files replylint ships.
BUILTIN = len(builtin_rule_files())

RULE = """\
name: say-hello
code: XX101
extends: pattern
severity: warning
scope: body
message: "{message}"
patterns: ["hello there"]
docs: {{what: A greeting., why: Because., instead: Say hi.}}
examples: {{flag: ["Hello there, Dana."], pass: ["Hi, Dana."]}}
"""


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep prepared data in a fresh folder, and forget rules loaded in this process."""
    where = tmp_path / "prepared"
    monkeypatch.setenv(prepared.ENV, str(where))
    rulefiles.clear_cache()
    yield where
    rulefiles.clear_cache()


@pytest.fixture
def validated(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Return the names of the rule files validated from now on (each time one is)."""
    names: list[str] = []
    real = rulefiles.validate

    def counting(path, data):
        names.append(Path(path).stem)
        return real(path, data)

    monkeypatch.setattr(rulefiles, "validate", counting)
    return names


def _load(rules_dir: Path | None = None):
    rulefiles.clear_cache()
    return rulefiles.load_rules([rules_dir] if rules_dir else [])


def _user_rule(tmp_path: Path, message: str) -> Path:
    rules_dir = tmp_path / "rules"
    rules_dir.mkdir(exist_ok=True)
    (rules_dir / "say-hello.yml").write_text(RULE.format(message=message), encoding="utf-8")
    return rules_dir


def test_rules_are_validated_once_and_then_read_back_the_same(folder, validated) -> None:
    first = _load()
    assert len(validated) == len(first) == BUILTIN
    assert len(list(folder.glob("rules-*.pickle"))) == 1
    validated.clear()
    again = _load()
    assert validated == []  # read back, not validated again
    assert again == first


def test_a_changed_rule_file_is_read_again_even_with_the_same_size_and_time(
    folder, validated, tmp_path: Path
) -> None:
    rules_dir = _user_rule(tmp_path, "Say hi instead.")
    path = rules_dir / "say-hello.yml"
    old = {r.name: r for r in _load(rules_dir)}["say-hello"]
    assert old.message == "Say hi instead."
    stat = path.stat()
    path.write_text(RULE.format(message="Say yo instead."), encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert path.stat().st_size == stat.st_size
    validated.clear()
    new = {r.name: r for r in _load(rules_dir)}["say-hello"]
    assert new.message == "Say yo instead."
    assert "say-hello" in validated


def test_a_rule_file_broken_after_a_good_run_is_reported(folder, tmp_path: Path) -> None:
    rules_dir = _user_rule(tmp_path, "Say hi instead.")
    _load(rules_dir)
    (rules_dir / "say-hello.yml").write_text(
        RULE.format(message="Say hi instead.").replace("severity: warning", "severity: loud"),
        encoding="utf-8",
    )
    with pytest.raises(ConfigError, match=r"say-hello\.yml:4: severity: must be error"):
        _load(rules_dir)


def test_a_rule_file_added_to_a_folder_is_loaded(folder, tmp_path: Path) -> None:
    rules_dir = tmp_path / "rules"
    rules_dir.mkdir()
    assert len(_load(rules_dir)) == BUILTIN
    _user_rule(tmp_path, "Say hi instead.")
    assert "say-hello" in {r.name for r in _load(rules_dir)}


def test_other_code_never_reads_what_this_code_prepared(
    folder, validated, monkeypatch: pytest.MonkeyPatch
) -> None:
    _load()
    validated.clear()
    # an edited module of replylint (or another version, or another Python) stamps differently
    monkeypatch.setattr(prepared, "code_stamp", lambda: "replylint 9.9 edited")
    _load()
    assert len(validated) == BUILTIN
    assert len(list(folder.glob("rules-*.pickle"))) == 2


def test_code_stamp_follows_the_package_modules_and_versions() -> None:
    stamp = prepared.code_stamp()
    source = Path(prepared.__file__)
    assert prepared.file_stamp(source) in stamp
    assert str(Path(rulefiles.__file__)) in stamp
    import sys

    from replylint import __version__

    assert stamp.startswith(f"{__version__}\n{sys.version}\n")


def test_file_stamp_changes_with_size_and_time(tmp_path: Path) -> None:
    path = tmp_path / "table.json"
    path.write_text("{}", encoding="utf-8")
    before = prepared.file_stamp(path)
    os.utime(path, ns=(0, 10**18))
    assert prepared.file_stamp(path) != before
    assert prepared.file_stamp(tmp_path / "gone") == f"{tmp_path / 'gone'}\0missing"


def test_a_damaged_entry_is_built_again(folder, validated) -> None:
    first = _load()
    (entry,) = folder.glob("rules-*.pickle")
    entry.write_bytes(b"not a pickle")
    validated.clear()
    assert _load() == first
    assert len(validated) == BUILTIN


def test_an_empty_setting_keeps_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, validated
) -> None:
    monkeypatch.setenv(prepared.ENV, "")
    assert prepared.folder() is None
    _load()
    _load()
    assert len(validated) == 2 * BUILTIN  # validated each time
    rulefiles.clear_cache()


def test_an_unwritable_folder_only_costs_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv(prepared.ENV, str(blocker / "prepared"))
    assert len(_load()) == BUILTIN
    rulefiles.clear_cache()


def test_the_default_folder_is_the_users_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(prepared.ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", "/somewhere/cache")
    monkeypatch.setattr("sys.platform", "linux")
    assert prepared.folder() == Path("/somewhere/cache/replylint/prepared")


def test_no_home_folder_keeps_nothing_and_still_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.delenv(prepared.ENV, raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(Path, "home", staticmethod(no_home))
    assert prepared.folder() is None
    assert len(_load()) == BUILTIN
    rulefiles.clear_cache()


def test_old_entries_of_a_kind_are_dropped(folder) -> None:
    for number in range(prepared.KEEP + 3):
        prepared.load_or_build("demo", [str(number)], lambda n=number: n)
    assert len(list(folder.glob("demo-*.pickle"))) == prepared.KEEP
    assert prepared.load_or_build("demo", [str(prepared.KEEP + 2)], lambda: "built") == (
        prepared.KEEP + 2
    )


def test_the_collector_held_for_a_start_is_back_once_a_run_begins(tmp_path: Path) -> None:
    from replylint.discover import inputs
    from replylint.project import run

    letter = tmp_path / "reply.txt"
    letter.write_text("Dear Dana,\n\nThank you for letting me know.\n\nBest,\nSam\n")
    assert gc.isenabled()
    try:
        startup.hold()
        assert not gc.isenabled()
        results = list(run(inputs([str(letter)])).results)
        assert results[0].error is None
        assert gc.isenabled()
    finally:
        gc.enable()
        gc.unfreeze()


def test_settle_leaves_a_collector_it_did_not_hold_alone() -> None:
    gc.disable()
    try:
        startup.settle()  # a library user turned collection off: not ours to turn on
        assert not gc.isenabled()
    finally:
        gc.enable()


#: Runs the command on a letter, then says whether spacy.cli was imported and whether
#: spaCy's command line still works after it.
CLI_PROBE = """\
import sys
from replylint.__main__ import main
try:
    main()
except SystemExit:
    pass
print("spacy.cli imported:", "spacy.cli" in sys.modules, file=sys.stderr)
import spacy
import spacy.cli
print("after:", callable(spacy.cli.download), sorted(spacy.info())[:1], file=sys.stderr)
"""


def test_the_command_imports_spacy_without_its_command_line(tmp_path: Path) -> None:
    import json
    import subprocess
    import sys

    from replylint import lint_text

    text = "Dear Dana,\n\nThis was rigged from the start and it's your loss.\n\nSam\n"
    letter = tmp_path / "letter.txt"
    letter.write_text(text, encoding="utf-8")
    args = [str(letter), "--model", "blank", "--format", "json", "--no-cache", "--isolated"]
    run = subprocess.run([sys.executable, "-c", CLI_PROBE, *args], capture_output=True,
                         text=True, timeout=300)  # fmt: skip
    assert "spacy.cli imported: False" in run.stderr, run.stderr
    assert "after: True ['location']" in run.stderr, run.stderr
    found = [(d["rule"], d["start"]["offset"], d["end"]["offset"])
             for d in json.loads(run.stdout)["files"][0]["diagnostics"]]  # fmt: skip
    want = [(f.rule, f.start.offset, f.end.offset) for f in lint_text(text, model="blank")]
    assert ("blame-employer", 12, 61) in found and found == want  # the whole sentence
