"""TokenMatcher finds exactly what spaCy's Matcher finds, for random and built-in patterns."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from replylint import nlp as nlp_module
from replylint.engine import Input, read_letter
from replylint.rulefiles import load_rules
from replylint.tokenmatch import TokenMatcher, Unsupported
from spacy.matcher import Matcher

ROOT = Path(__file__).resolve().parent.parent
_WORDS = ["a", "b", "c", "d", ",", "."]
_OPS = [None, None, None, "?", "*", "+", "!", "{0,2}", "{1,3}", "{2}", "{2,}", "{,2}"]


@pytest.fixture(scope="module")
def nlp():
    return nlp_module.load("blank")


def spacy_matches(nlp, patterns: dict[str, list], doc) -> set[tuple[str, int, int]]:
    """Return (key, start, end) of every match spaCy's own Matcher finds."""
    matcher = Matcher(nlp.vocab, validate=True)
    for key, pattern in patterns.items():
        matcher.add(key, [pattern])
    return {(nlp.vocab.strings[m], s, e) for m, s, e in matcher(doc)}


def our_matches(nlp, patterns: dict[str, list], doc, compiled: bool = True):
    matcher = TokenMatcher(nlp.vocab)
    for key, pattern in patterns.items():
        matcher.add(key, pattern)
    # the fast path must take these patterns, not hand them to spaCy
    assert (matcher._spacy is None) == compiled
    return set(matcher(doc))


def _random_spec(rng: random.Random) -> dict:
    spec: dict = {}
    roll = rng.random()
    if roll < 0.4:
        spec["LOWER"] = rng.choice(_WORDS)
    elif roll < 0.7:
        spec["LOWER"] = {"IN": rng.sample(_WORDS, rng.randint(1, 3))}
    elif roll < 0.8:
        spec["LEMMA"] = {"NOT_IN": rng.sample(_WORDS, rng.randint(1, 2))}
    elif roll < 0.9:
        spec["IS_PUNCT"] = rng.random() < 0.5
    op = rng.choice(_OPS)
    if op:
        spec["OP"] = op
    return spec


def test_random_patterns_match_as_spacy_does(nlp) -> None:
    rng = random.Random(11)
    total = 0
    for _ in range(300):
        patterns = {f"k{n}": [_random_spec(rng) for _ in range(rng.randint(1, 5))]
                    for n in range(3)}  # fmt: skip
        compiled = all(any(s.get("OP") in (None, "+", "!", "{1,3}", "{2}", "{2,}")
                           for s in p) for p in patterns.values())  # fmt: skip
        for _ in range(4):
            doc = nlp(" ".join(rng.choice(_WORDS) for _ in range(rng.randint(0, 12))))
            ours = our_matches(nlp, patterns, doc, compiled)
            assert ours == spacy_matches(nlp, patterns, doc), (patterns, doc.text)
            total += len(ours)
    assert total > 5000  # the patterns did match, often


def builtin_matchers(vocab) -> tuple[TokenMatcher, Matcher]:
    """Return both matchers holding every built-in token pattern (bench/matchers.py too)."""
    ours, theirs = TokenMatcher(vocab), Matcher(vocab, validate=True)
    for rule in load_rules():
        for kind in ("patterns", "unless"):
            for i, pattern in enumerate(getattr(rule, kind)):
                if not isinstance(pattern, str):
                    ours.add(f"{rule.name}/{kind}/{i}", pattern)
                    theirs.add(f"{rule.name}/{kind}/{i}", [pattern])
    return ours, theirs


def test_no_builtin_pattern_repeats_a_token_more_than_twenty_times() -> None:
    # spaCy's Matcher unrolls "{1,50}" into fifty optional copies, and its states then grow
    # past memory on a long letter (CI was killed in the test below); "+" or "*" say the same
    # within a sentence scope at no cost
    too_many = []
    for rule in load_rules():
        for kind in ("patterns", "unless"):
            for i, pattern in enumerate(getattr(rule, kind)):
                for spec in pattern if not isinstance(pattern, str) else ():
                    counts = re.fullmatch(r"\{(\d*),?(\d*)\}", str(spec.get("OP", "")))
                    if counts and int(counts[2] or counts[1] or 0) > 20:
                        too_many.append(f"{rule.name}/{kind}/{i}: {spec['OP']}")
    assert not too_many


def _letters() -> list[Path]:
    # NOTE: one labeled folder keeps this quick; bench/matchers.py compares them all
    folder = ROOT / "tests" / "letters"
    return sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".md", ".eml"))


def test_builtin_patterns_match_as_spacy_does_on_labeled_letters(nlp) -> None:
    ours, theirs = builtin_matchers(nlp.vocab)
    assert ours._spacy is None and len(ours) > 200
    total = 0
    for path in _letters():
        letter = read_letter(Input(str(path), path.read_bytes(), path.suffix))
        doc = nlp(letter.nlp_view()[0])
        found = set(ours(doc))
        assert found == {(nlp.vocab.strings[m], s, e) for m, s, e in theirs(doc)}, path.name
        total += len(found)
    assert total > 500


@pytest.mark.parametrize("start", [True, False])
def test_a_sentence_start_matches_as_spacy_does(nlp, start) -> None:
    # a token's own place, not its word's: "Congrats" opens one sentence and not the other
    doc = nlp("I'm cross, but congrats to whoever got it. Congrats to whoever got it!")
    pattern = [{"LOWER": "congrats", "IS_SENT_START": start}, {"LOWER": "to"}]
    ours = our_matches(nlp, {"k": pattern}, doc)
    assert ours == spacy_matches(nlp, {"k": pattern}, doc)
    assert len(ours) == 1


@pytest.mark.parametrize(
    "pattern",
    [
        [{"SHAPE": "Xxx"}],  # an attribute only spaCy reads here
        [{"LOWER": {"REGEX": "^th"}}],  # a predicate compiled here does not exist
        [{"LOWER": "the", "OP": "?"}],  # nothing required
        [{"lower": "the"}],  # spaCy upper-cases names; we leave that to it
    ],
)
def test_other_patterns_go_to_spacy(nlp, pattern) -> None:
    with pytest.raises(Unsupported):
        TokenMatcher(nlp.vocab)._compile(pattern)
    doc = nlp("The thing is there, the end.")
    assert our_matches(nlp, {"k": pattern}, doc, compiled=False) == spacy_matches(
        nlp, {"k": pattern}, doc
    )


def test_a_bad_pattern_raises_what_spacy_raises(nlp) -> None:
    with pytest.raises(ValueError, match="OP"):
        TokenMatcher(nlp.vocab).add("k", [{"LOWER": "a", "OP": "twice"}])
