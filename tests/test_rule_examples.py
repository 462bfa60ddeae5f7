"""Every rule's own good and bad example sentences, on every available pipeline."""

from __future__ import annotations

import pytest
from replylint import lint_text, load_rules

CASES = [
    pytest.param(rule.name, kind, sentence, id=f"{rule.name}:{kind}[{i}]")
    for rule in load_rules()
    for kind in ("flag", "pass")
    for i, sentence in enumerate(rule.examples[kind])
]


@pytest.mark.parametrize(("rule", "kind", "sentence"), CASES)
def test_example(rule: str, kind: str, sentence: str, model: str) -> None:
    found = [f for f in lint_text(sentence, select=(rule,), model=model) if f.rule == rule]
    if kind == "flag":
        assert found, f"False negative for {rule}: {sentence!r}"
    else:
        assert not found, f"False positive for {rule}: {sentence!r} -> {found[0].text!r}"
