"""--test-rules DIR: run every rule's own flag and pass examples, as a rule author would.

A rule file lists sentences it must flag and sentences it must leave alone (its
``examples``). Each is linted alone with only its rule selected; a flag example the
rule misses, or a pass example it reports, is a failure printed as
``file:line: rule-name: ...`` with the example's own line in the rule file. The
built-in rules are tested by the same function in the suite.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import yaml
from replylint.errors import ConfigError
from replylint.rulefiles import load_rule_file, load_rules
from replylint.rules import builtin_rule_files
from replylint.yamlfile import LocatedLoader


def failures(folder: Path, model: str = "blank") -> Iterator[str]:
    """Yield one line per example a rule in ``folder`` gets wrong (raise ConfigError)."""
    from replylint import lint_text

    user = _user(folder)
    # every file valid, names and codes unique, before any example runs
    rules = {Path(r.path).resolve(): r for r in load_rules(user)}
    for path in sorted(folder.glob("*.y*ml")):
        rule = rules.get(path.resolve()) or load_rule_file(path)
        lines = _example_lines(path)
        for kind in ("flag", "pass"):
            for number, sentence in enumerate(rule.examples[kind]):
                found = [f for f in lint_text(sentence, select=(rule.name,), model=model,
                                              rule_dirs=user) if f.rule == rule.name]  # fmt: skip
                if kind == "flag" and not found:
                    problem = "should be flagged but is not"
                elif kind == "pass" and found:
                    problem = f"should pass but is flagged at {found[0].text!r}"
                else:
                    continue
                line = lines[kind][number] if number < len(lines[kind]) else 1
                yield f"{path}:{line}: {rule.name}: {kind} example {problem}: {sentence!r}"


def _user(folder: Path) -> tuple[str, ...]:
    """Return the rule folders a run would load beside the built-in rules (raise ConfigError)."""
    files = sorted(folder.glob("*.y*ml"))
    if not files:
        raise ConfigError(f"--test-rules: {folder} holds no rule files (*.yml, *.yaml)")
    builtin = {p.resolve() for p in builtin_rule_files()}
    return () if all(p.resolve() in builtin for p in files) else (str(folder),)


def _example_lines(path: Path) -> dict[str, list[int]]:
    """Return the line of each flag and pass example in a (valid) rule file."""
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=LocatedLoader)
    examples = data["examples"]
    return {kind: list(getattr(examples[kind], "lines", [])) for kind in ("flag", "pass")}


def report(folder: Path, model: str = "blank") -> tuple[list[str], int]:
    """Return the failure lines and the exit status (0 all right, 1 a failure)."""
    lines = list(failures(folder, model))
    # NOTE: the folder is valid by now (failures loaded it), and the rules are cached
    rules = [
        r for r in load_rules(_user(folder)) if Path(r.path).resolve().parent == folder.resolve()
    ]
    examples = sum(len(r.examples["flag"]) + len(r.examples["pass"]) for r in rules)
    verdict = f"{len(lines)} failed" if lines else "all passed"
    plural = "s" if len(rules) != 1 else ""
    lines.append(f"{examples} examples of {len(rules)} rule{plural} in {folder}: {verdict}.")
    return lines, 1 if len(lines) > 1 else 0
