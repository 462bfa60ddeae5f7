"""Rule files: the shipped set is consistent, and broken user rules get path:line errors."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import invoke, shared_file
from replylint.checks import CHECK_TYPES
from replylint.checks.python import implementation
from replylint.errors import ConfigError
from replylint.rulefiles import load_rule_file, load_rules
from replylint.rules import builtin_rule_files
from spacy.lang.en.stop_words import STOP_WORDS

ROOT = Path(__file__).parent.parent
RULES = load_rules()


def _contract_table(path: Path) -> dict[str, tuple[str, str]]:
    """Return code -> (name, severity) from a markdown table of rules."""
    rows = re.findall(r"^\|\s*(RL\d{3})\s*\|\s*([a-z-]+)\s*\|\s*(\w+)\s*\|", path.read_text(),
                      re.MULTILINE)  # fmt: skip
    return {code: (name, severity) for code, name, severity in rows}


def test_names_codes_and_files_agree() -> None:
    assert len({r.name for r in RULES}) == len({r.code for r in RULES}) == len(RULES)
    for rule in RULES:
        assert Path(rule.path).stem == rule.name
        assert rule.docs["what"] and rule.docs["why"] and rule.docs["instead"]
        assert rule.examples["flag"] and rule.examples["pass"]
    assert len(builtin_rule_files()) == len(RULES)


def test_builtin_rules_match_the_design_contract() -> None:
    contract = _contract_table(shared_file("DESIGN.md"))
    shipped = {r.code: (r.name, r.severity.label) for r in RULES}
    for code, entry in shipped.items():
        assert contract[code] == entry, code


def test_readme_rule_table_matches_the_rules() -> None:
    documented = _contract_table(ROOT / "README.md")
    assert documented == {r.code: (r.name, r.severity.label) for r in RULES}


def test_every_python_rule_has_an_implementation_and_back() -> None:
    python_rules = {r.name for r in RULES if r.check == "python"}
    modules = {p.stem.replace("_", "-") for p in (ROOT / "lint" / "custom").glob("*.py")
               if not p.stem.startswith("_")}  # fmt: skip
    assert python_rules == modules
    assert all(implementation(name) for name in python_rules)


def test_check_types_table_is_the_only_list() -> None:
    assert {r.check for r in RULES} <= set(CHECK_TYPES)


GOOD_RULE = """\
name: no-sorry
code: US101
extends: pattern
severity: info
scope: body
message: "Skip the apology: '{match}'."
patterns:
  - "so sorry"
docs:
  what: Apologies.
  why: Nothing to apologise for.
  instead: Just say thanks.
examples:
  flag: ["I'm so sorry to bother you."]
  pass: ["Thanks for your time."]
"""

#: (what is changed in GOOD_RULE, the exact error after the file path)
BROKEN = {
    "unknown-key": (GOOD_RULE.replace("severity: info", "severity: info\ncolour: red"),
                    ":5: colour: unknown key; allowed: act, code, dependency-patterns, docs, "
                    "examples, extends, fix, languages, message, name, needs, patterns, scope, "
                    "severity, "
                    "skip-negated, threshold, unless, unless-acts, unless-scope, words"),
    "bad-act": (GOOD_RULE.replace("severity: info", "severity: info\nact: sulk"),
                ":5: act: must be one of blame, belittle, vent, plea, demand, thanks, "
                "congratulate, ask-feedback, door-open (got 'sulk')"),
    "bad-threshold": (GOOD_RULE.replace("severity: info", "severity: info\nact: vent\nthreshold: 7"),
                      ":6: threshold: must be a number above 0 and at most 1 (got 7)"),
    "threshold-without-act": (GOOD_RULE.replace("severity: info", "severity: info\nthreshold: 0.5"),
                              ":5: threshold: only means something with 'act'"),
    "neither-patterns-nor-act": (GOOD_RULE.replace('patterns:\n  - "so sorry"\n', ""),
                                 ":1: missing required key 'patterns' or 'act' (needed by "
                                 "extends: pattern)"),
    "bad-dependency-pattern": (GOOD_RULE.replace("docs:", "dependency-patterns:\n  - [{LOWER: x}]\ndocs:"),
                               ":10: dependency-patterns: each entry must be a list of nodes with "
                               "RIGHT_ID and RIGHT_ATTRS (spaCy DependencyMatcher syntax)"),
    # issue 10: a list where a word is expected was a TypeError
    "list-extends": (GOOD_RULE.replace("extends: pattern", "extends: [pattern]"),
                     ":3: extends: must be one of metric, occurrence, pattern, python, regex "
                     "(got ['pattern'])"),
    "list-severity": (GOOD_RULE.replace("severity: info", "severity: [error]"),
                      ":4: severity: must be error, warning or info (got ['error'])"),
    "bad-severity": (GOOD_RULE.replace("severity: info", "severity: fatal"),
                     ":4: severity: must be error, warning or info (got 'fatal')"),
    "bad-extends": (GOOD_RULE.replace("extends: pattern", "extends: magic"),
                    ":3: extends: must be one of metric, occurrence, pattern, python, regex "
                    "(got 'magic')"),
    "bad-placeholder": (GOOD_RULE.replace("{match}", "{matched}"),
                        ":6: message: unknown placeholder {matched}; allowed: {match}"),
    "bad-scope": (GOOD_RULE.replace("scope: body", "scope: footer"),
                  ":5: scope: must be one or more of salutation, body, closing, signature, postscript, letter"),
    "not-yaml": (GOOD_RULE.replace('  - "so sorry"', '  - "so sorry'),
                 ":14: not valid YAML: did not find expected '-' indicator"),
    "bad-pattern-entry": (GOOD_RULE.replace('  - "so sorry"', '  - "so sorry"\n  - 42'),
                          ":9: patterns: each entry must be a phrase (a string) or a token "
                          "pattern (a list of {ATTR: value})"),
    "name-mismatch": (GOOD_RULE.replace("name: no-sorry", "name: no-apology"),
                      ":1: name: must match the file name 'no-sorry'"),
    "unknown-word-list": (GOOD_RULE.replace('  - "so sorry"', '  - [{LOWER: {IN: [$sorry]}}]'),
                          ":8: patterns: unknown word list $sorry (defined in 'words': none)"),
    "bad-word-list": (GOOD_RULE.replace("patterns:", "words: {sorry: []}\npatterns:"),
                      ":7: words: must map names (letters, digits, '-') to non-empty lists of "
                      "words"),
    "languages-not-a-list": (GOOD_RULE.replace("severity: info", "severity: info\nlanguages: en"),
                             ":5: languages: must be a list of codes from en, de, es, fr, it, pt, "
                             "nl, sv, da, no, pl (got 'en')"),
    "unknown-language": (GOOD_RULE.replace("severity: info", "severity: info\nlanguages: [en, xx]"),
                         ":5: languages: must be a list of codes from en, de, es, fr, it, pt, "
                         "nl, sv, da, no, pl (got ['en', 'xx'])"),
    "missing-docs": (GOOD_RULE[: GOOD_RULE.index("docs:")] + GOOD_RULE[GOOD_RULE.index("examples:"):],
                     ":1: missing required key 'docs'"),
}  # fmt: skip


def test_a_good_user_rule_loads_and_runs(tmp_path: Path) -> None:
    (tmp_path / "no-sorry.yml").write_text(GOOD_RULE, encoding="utf-8")
    letter = tmp_path / "letter.txt"
    letter.write_text("Hi Sam,\n\nI'm so sorry to write again.\n", encoding="utf-8")
    result = invoke([str(letter), "--rules-dir", str(tmp_path), "--select", "US1",
                     "--model", "blank", "--fail-on", "info"], exit_code=1)  # fmt: skip
    assert f"{letter}:3:5: US101 [info] Skip the apology: 'so sorry'." in result.stdout


def test_a_named_word_list_stands_for_its_words(tmp_path: Path) -> None:
    # issue 9: the same word list was written out five times in one rule file
    rule = GOOD_RULE.replace('patterns:\n  - "so sorry"', (
        "words:\n  sorry: [sorry, apologies]\npatterns:\n"
        "  - [{LOWER: so}, {LOWER: {IN: $sorry}}]\n"
        "  - [{LOWER: {IN: [$sorry, regrets]}}, {LOWER: again}]"))  # fmt: skip
    (tmp_path / "no-sorry.yml").write_text(rule, encoding="utf-8")
    assert load_rule_file(tmp_path / "no-sorry.yml").patterns == (
        [{"LOWER": "so"}, {"LOWER": {"IN": ["sorry", "apologies"]}}],
        [{"LOWER": {"IN": ["sorry", "apologies", "regrets"]}}, {"LOWER": "again"}],
    )
    letter = tmp_path / "letter.txt"
    letter.write_text("Hi Sam,\n\nRegrets again for the delay. And so apologies.\n",
                      encoding="utf-8")  # fmt: skip
    result = invoke([str(letter), "--rules-dir", str(tmp_path), "--select", "US1",
                     "--model", "blank", "--fail-on", "info"], exit_code=1)  # fmt: skip
    assert "Skip the apology: 'Regrets again'." in result.stdout
    assert "Skip the apology: 'so apologies'." in result.stdout


def test_a_hyphenated_word_in_a_list_matches_as_written(tmp_path: Path) -> None:
    # spaCy reads "re-send" as three tokens, so a one-token list could never hold it
    rule = GOOD_RULE.replace(
        'patterns:\n  - "so sorry"',
        ("patterns:\n  - [{LOWER: {IN: [sorry, re-send, self-inflicted]}}, {LOWER: again}]"),
    )
    (tmp_path / "no-sorry.yml").write_text(rule, encoding="utf-8")
    assert load_rule_file(tmp_path / "no-sorry.yml").patterns[1:] == (
        [{"LOWER": "re"}, {"LOWER": "-"}, {"LOWER": "send"}, {"LOWER": "again"}],
        [{"LOWER": "self"}, {"LOWER": "-"}, {"LOWER": "inflicted"}, {"LOWER": "again"}],
    )
    letter = tmp_path / "letter.txt"
    letter.write_text("Hi Sam,\n\nI had to re-send again the form.\n", encoding="utf-8")
    result = invoke([str(letter), "--rules-dir", str(tmp_path), "--select", "US1",
                     "--model", "blank", "--fail-on", "info"], exit_code=1)  # fmt: skip
    assert "Skip the apology: 're-send again'." in result.stdout


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_rule_file_reports_path_and_line(tmp_path: Path, case: str) -> None:
    text, expected = BROKEN[case]
    path = tmp_path / "no-sorry.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_rule_file(path)
    assert str(info.value) == f"{path}{expected}"
    letter = tmp_path / "x.txt"
    letter.write_text("Hello.\n", encoding="utf-8")
    result = invoke([str(letter), "--rules-dir", str(tmp_path)], exit_code=2)
    assert result.stderr == f"replylint: error: {path}{expected}\n"


def test_rule_needing_a_parser_fails_on_the_blank_pipeline(tmp_path: Path) -> None:
    text = GOOD_RULE.replace('  - "so sorry"', "  - [{DEP: nsubj}, {LOWER: sorry}]")
    (tmp_path / "no-sorry.yml").write_text(text, encoding="utf-8")
    letter = tmp_path / "x.txt"
    letter.write_text("Hello.\n", encoding="utf-8")
    result = invoke([str(letter), "--rules-dir", str(tmp_path), "--model", "blank"], exit_code=2)
    assert "rule 'no-sorry' needs parser, which the 'blank' pipeline does not have" in result.stderr


def test_invalid_token_pattern_is_reported(tmp_path: Path) -> None:
    text = GOOD_RULE.replace('  - "so sorry"', "  - [{LOWRE: sorry}]")
    (tmp_path / "no-sorry.yml").write_text(text, encoding="utf-8")
    letter = tmp_path / "x.txt"
    letter.write_text("Hello.\n", encoding="utf-8")
    result = invoke([str(letter), "--rules-dir", str(tmp_path), "--model", "blank"], exit_code=2)
    assert result.stderr.startswith(f"replylint: error: {tmp_path / 'no-sorry.yml'}:1: match: "
                                    "invalid token pattern")  # fmt: skip


def test_duplicate_rule_name_is_an_error(tmp_path: Path) -> None:
    text = GOOD_RULE.replace("no-sorry", "blame-employer")
    (tmp_path / "blame-employer.yml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match="'blame-employer' is already used by"):
        load_rules([tmp_path])


_FUNCTION_WORDS = STOP_WORDS | {"'s", "’s", "'ve", "’ve", "'re", "’re", "'ll", "’ll", "n't", "n’t"}


def _words(spec: dict) -> set[str] | None:
    """Return the words a token spec allows, or None when it allows open text."""
    allowed: set[str] = set()
    for attr in ("LOWER", "LEMMA", "ORTH", "TEXT"):
        value = spec.get(attr)
        if isinstance(value, str):
            allowed.add(value.lower())
        elif isinstance(value, dict) and isinstance(value.get("IN"), list):
            allowed |= {str(v).lower() for v in value["IN"]}
        elif value is not None:
            return None
    return allowed or None


def _required(rule) -> list[tuple[list, list[int]]]:
    """Return each token pattern of a spaCy rule with the indexes of its required tokens.

    Optional tokens ('?', '*') may be skipped, so the shortest match is the required ones.
    """
    if rule.check not in ("pattern", "occurrence"):
        return []
    return [(p, [i for i, spec in enumerate(p) if spec.get("OP") in (None, "+")])
            for p in rule.patterns if not isinstance(p, str)]  # fmt: skip


#: Words a match may not end on when optional tokens follow: "check the [box]" matched
#: "checking the figures" and "I was [taken advantage of]" matched "I've taken".
_DANGLING = frozenset({"a", "an", "the", "to", "of", "for", "in", "on", "at", "with", "by",
                       "my", "your", "me", "you", "it", "this", "that", "and", "or"})  # fmt: skip


@pytest.mark.parametrize("rule", load_rules(), ids=lambda r: r.name)
def test_no_token_pattern_matches_trivially_short_text(rule) -> None:
    """No shortest match may be only function words ("had been", "I have") or stop on a
    dangling word before optional tokens ("checking the", "I've taken")."""
    trivial = [p for p, req in _required(rule)
               if all((w := _words(p[i])) is not None and w <= _FUNCTION_WORDS for i in req)]  # fmt: skip
    dangling = [p for p, req in _required(rule) if req and req[-1] < len(p) - 1
                and (w := _words(p[req[-1]])) is not None and w & _DANGLING]  # fmt: skip
    assert not trivial, f"{rule.name}: patterns that can match only function words: {trivial}"
    assert not dangling, f"{rule.name}: shortest match ends on a function word: {dangling}"
