"""Every rule's own good and bad example sentences, through `replylint --test-rules`."""

from __future__ import annotations

from pathlib import Path

from conftest import invoke
from replylint.rules import builtin_rule_files

NO_SORRY = """\
name: no-sorry
extends: pattern
code: RL901
severity: warning
scope: [body]
message: "Drop the apology: '{match}'."
docs:
  what: Apologising for being turned down.
  why: There is nothing to apologise for.
  instead: Thank them instead.
patterns:
  - "sorry to bother you"
examples:
  flag:
    - "Sorry to bother you again."
    - "I apologise for writing."
  pass:
    - "Thank you for your time."
    - "I'm sorry to bother you."
"""


def test_every_builtin_rule_passes_its_own_examples(model: str) -> None:
    folder = builtin_rule_files()[0].parent
    result = invoke(["--test-rules", str(folder), "--model", model])
    rules = len(builtin_rule_files())
    assert result.stdout.endswith(f"examples of {rules} rules in {folder}: all passed.\n")


def test_a_wrong_example_is_named_with_its_line(tmp_path: Path) -> None:
    (tmp_path / "no-sorry.yml").write_text(NO_SORRY, encoding="utf-8")
    lines = invoke(["--test-rules", str(tmp_path)], exit_code=1).stdout.splitlines()
    rule = tmp_path / "no-sorry.yml"
    assert lines == [
        f"{rule}:16: no-sorry: flag example should be flagged but is not: "
        "'I apologise for writing.'",
        f"{rule}:19: no-sorry: pass example should pass but is flagged at "
        "'sorry to bother you': \"I'm sorry to bother you.\"",
        f"4 examples of 1 rule in {tmp_path}: 2 failed.",
    ]


def test_a_folder_without_rules_or_with_a_broken_one_is_an_error(tmp_path: Path) -> None:
    result = invoke(["--test-rules", str(tmp_path)], exit_code=2)
    assert f"{tmp_path} holds no rule files" in result.stderr
    (tmp_path / "broken.yml").write_text("name: [\n", encoding="utf-8")
    result = invoke(["--test-rules", str(tmp_path)], exit_code=2)
    assert f"{tmp_path / 'broken.yml'}:" in result.stderr
