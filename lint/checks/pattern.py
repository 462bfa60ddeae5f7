"""pattern: forbid a phrase or token pattern; one finding per match.

The type owns its matching too (Matching, used by occurrence as well): every token
pattern of every rule in one TokenMatcher, every phrase in one PhraseMatcher, then
``unless``, negation and one hit per sentence applied to the matches.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from replylint.acts import ACTS
from replylint.errors import ConfigError, brief
from replylint.findings import Finding
from replylint.letter import Hit, Letter
from replylint.negation import Triggers, denies_outright, negated
from replylint.rules import Rule

KEYS = frozenset(
    {
        "patterns",
        "unless",
        "unless-scope",
        "skip-negated",
        "dependency-patterns",
        "act",
        "threshold",
        "unless-acts",
    }
)
#: "patterns" or "act" is required (checked by fields()).
REQUIRED: frozenset[str] = frozenset()
OPTIONS: frozenset[str] = frozenset()
PLACEHOLDERS: frozenset[str] = frozenset()


def check_pattern(item: Any) -> str | None:
    """Return what is wrong with one entry of ``patterns``/``unless``, or None."""
    if isinstance(item, str):
        return None if item.strip() else "a phrase must not be empty"
    if isinstance(item, list) and item and all(isinstance(t, dict) for t in item):
        return None
    return "each entry must be a phrase (a string) or a token pattern (a list of {ATTR: value})"


def fields(data: dict[str, Any], fail: Callable[..., ConfigError]) -> dict[str, Any]:
    """Check this type's own keys in a rule file's ``data``; return them as Rule fields.

    ``fail(key, problem, line=None)`` builds the error to raise.
    """
    unless_scope = data.get("unless-scope", "sentence")
    if unless_scope not in ("sentence", "match"):
        raise fail("unless-scope", "must be 'sentence' or 'match'")
    skip_negated = data.get("skip-negated", False)
    if not isinstance(skip_negated, bool):
        raise fail("skip-negated", "must be true or false")
    act, threshold = data.get("act"), data.get("threshold", 0.5)
    if act is not None and act not in ACTS:
        raise fail("act", f"must be one of {', '.join(ACTS)} (got {brief(act)})")
    unless_acts = data.get("unless-acts", [])
    if not isinstance(unless_acts, list) or any(a not in ACTS for a in unless_acts):
        raise fail("unless-acts", f"must be a list of acts: {', '.join(ACTS)}")
    if unless_acts and act is None:
        raise fail("unless-acts", "only means something with 'act'")
    if "threshold" in data and act is None:
        raise fail("threshold", "only means something with 'act'")
    if (
        isinstance(threshold, bool)
        or not isinstance(threshold, (int, float))
        or not (0 < threshold <= 1)
    ):
        raise fail("threshold", f"must be a number above 0 and at most 1 (got {brief(threshold)})")
    if not data.get("patterns") and act is None:
        raise fail(None, f"missing required key 'patterns' or 'act' (needed by extends: "
                         f"{data.get('extends')})", 1)  # fmt: skip
    dependency_patterns = data.get("dependency-patterns", [])
    if not isinstance(dependency_patterns, list):
        raise fail("dependency-patterns", "must be a list")
    for i, item in enumerate(dependency_patterns):
        if not (isinstance(item, list) and item and all(
            isinstance(node, dict) and "RIGHT_ID" in node and "RIGHT_ATTRS" in node for node in item
        )):  # fmt: skip
            raise fail("dependency-patterns", "each entry must be a list of nodes with "
                       "RIGHT_ID and RIGHT_ATTRS (spaCy DependencyMatcher syntax)",
                       dependency_patterns.lines[i])  # fmt: skip
    return {"unless_scope": unless_scope, "skip_negated": skip_negated, "act": act,
            "threshold": float(threshold), "unless_acts": tuple(unless_acts),
            "dependency_patterns": tuple(dependency_patterns)}  # fmt: skip


def check_rule(rule: Rule) -> str | None:
    """Return what is wrong with a whole rule of this type, or None (nothing beyond its keys)."""
    return None


def run(letter: Letter, rule: Rule, hits: Sequence[Hit]) -> Iterator[Finding]:
    """Yield one finding per hit inside the rule's scope."""
    spans = letter.scope_spans(rule.scope)
    for hit in hits:
        if any(span.covers(hit.start, hit.end) for span in spans):
            # a hit with a score is a sentence the act model found (no pattern matched it)
            note = f"act model: {rule.act} {hit.score:.2f}" if hit.score is not None else ""
            yield rule.finding(letter, hit.start, hit.end, score=hit.score, note=note)


class Matching:
    """The patterns of the given rules compiled once: one matcher of each kind in all."""

    def __init__(self, rules: Sequence[Rule], nlp: Any, dependencies: bool) -> None:
        from replylint.tokenmatch import TokenMatcher
        from spacy.matcher import DependencyMatcher, PhraseMatcher

        self.rules = {rule.name: rule for rule in rules}
        self.nlp = nlp
        #: matcher key -> (rule name, 'match' or 'unless'), split once
        self._keys: dict[str, tuple[str, str]] = {}
        self._tokens = TokenMatcher(nlp.vocab)
        self._phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        # Dependency patterns sharpen a rule where a parser exists; without one they are
        # skipped, since every rule must also work on the blank pipeline.
        self._deps = DependencyMatcher(nlp.vocab, validate=True) if dependencies else None
        for rule in rules:
            self._add(rule, "match", rule.patterns)
            self._add(rule, "unless", rule.unless)
            for pattern in rule.dependency_patterns if self._deps is not None else ():
                try:
                    self._deps.add(f"{rule.name}\x00match", [pattern])
                except (ValueError, KeyError, TypeError) as exc:
                    raise _invalid(rule, "dependency-patterns", "pattern", exc) from None

    def _add(self, rule: Rule, kind: str, patterns: Sequence[Any]) -> None:
        key = f"{rule.name}\x00{kind}"
        phrases = [p for p in patterns if isinstance(p, str)]
        if phrases:
            self._phrases.add(key, list(self.nlp.tokenizer.pipe(phrases)))
        for pattern in patterns:
            if isinstance(pattern, str):
                continue
            try:
                self._tokens.add(key, pattern)
            except (ValueError, KeyError, TypeError) as exc:
                raise _invalid(rule, kind, f"token pattern {brief(pattern)}", exc) from None

    def matches(self, doc: Any) -> dict[tuple[str, str], list[tuple[int, int]]]:
        """Return the (start, end) tokens each (rule name, 'match' or 'unless') matched.

        Token pairs, not spaCy Spans: building a Span per match cost more than the rest
        of what is done with them.
        """
        found: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
        keys = self._keys
        for key, start, end in self._tokens(doc):
            name = keys.get(key)
            if name is None:
                name = keys[key] = tuple(key.split("\x00"))  # type: ignore[assignment]
            found[name].append((start, end))
        strings = self.nlp.vocab.strings
        if len(self._phrases):
            for match_id, start, end in self._phrases(doc):
                found[tuple(strings[match_id].split("\x00"))].append((start, end))  # type: ignore[index]
        if self._deps is not None and len(self._deps):
            for match_id, token_ids in self._deps(doc):
                # NOTE: a dependency match can't say "without a negation", so a matched
                # word with its own 'neg' child ("was not biased") drops the match here.
                if not any(c.dep_ == "neg" for i in token_ids for c in doc[i].children):
                    found[tuple(strings[match_id].split("\x00"))].append(  # type: ignore[index]
                        (min(token_ids), max(token_ids) + 1))  # fmt: skip
        return found

    def hits(self, doc: Any, found: dict, offsets: Sequence[int], sentence_of: list[int],
             skip=frozenset()) -> tuple[dict[str, dict[int, Hit]], dict]:  # fmt: skip
        """Return per rule its hits by sentence, and the (rule, sentence) pairs denied.

        ``found`` is what matches(doc) gave. A denied pair maps to True when the denial
        is beyond doubt (see negation.denies_outright): the act model may not report that
        sentence either.

        A hit is one sentence's surviving matches merged; a match survives when no
        ``unless`` match cancels it and, for skip-negated rules, no negation flips it.
        Rules in ``skip`` get no hits (the act model alone judges them).
        """
        merged: dict[str, dict[int, Hit]] = {}
        denied: dict[tuple[str, int], bool] = {}
        triggers: Triggers | None = None  # found once a match may be negated
        for (name, kind), pairs in found.items():
            rule = self.rules[name]
            if kind != "match" or name in skip:
                continue
            unless = found.get((name, "unless"), [])
            kept = [m for m in _longest_first(pairs)
                    if not _excepted(m, unless, rule.unless_scope, sentence_of)]  # fmt: skip
            if rule.skip_negated and kept:
                triggers = triggers or Triggers(doc)
                flipped = [
                    doc[start:end]
                    for start, end in kept
                    if triggers.before(start, sentence_of) and negated(doc[start:end], sentence_of)
                ]
                # a sentence whose own trigger words are denied ("Not for a second did it
                # feel like a box-ticking exercise") is denied for the model too
                for span in flipped:
                    key = (name, sentence_of[span.start])
                    denied[key] = denied.get(key, False) or denies_outright(span, sentence_of)
                gone = {(span.start, span.end) for span in flipped}
                kept = [m for m in kept if m not in gone]
            merged[name] = _per_sentence(doc, kept, offsets, sentence_of)
        return merged, denied


def _invalid(rule: Rule, key: str, what: str, exc: Exception) -> ConfigError:
    detail = " ".join(str(exc).split())
    return ConfigError(f"{rule.path}:1: {key}: invalid {what}: {detail[:300]}")


def _longest_first(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return the matches that overlap no longer (or, as long, earlier) one, in order.

    spaCy's filter_spans, on (start, end) token pairs.
    """
    kept: list[tuple[int, int]] = []
    taken: set[int] = set()
    for start, end in sorted(pairs, key=lambda m: (m[1] - m[0], -m[0]), reverse=True):
        if start not in taken and end - 1 not in taken:
            kept.append((start, end))
            taken.update(range(start, end))
    return sorted(kept)


def _excepted(match: tuple[int, int], unless, scope: str, sentence_of: list[int]) -> bool:
    """Return True when an ``unless`` match cancels ``match`` (token pairs)."""
    start, end = match
    if scope == "match":
        return any(u_start < end and start < u_end for u_start, u_end in unless)
    sent = sentence_of[start]
    return any(sentence_of[u_start] == sent for u_start, _ in unless)


def _per_sentence(doc, matches, offsets: Sequence[int], sentence_of: list[int]) -> dict[int, Hit]:
    """Merge a rule's matches within one sentence into one hit (one finding per sentence).

    Return the hits by the index of their sentence's first token.
    """
    merged: dict[int, Hit] = {}
    for first, end in matches:
        key = sentence_of[first]
        last = doc[end - 1]
        # offsets map the pipeline's text back to the file (see Letter.nlp_view)
        start, end = offsets[doc[first].idx], offsets[last.idx + len(last) - 1] + 1
        if key in merged:
            start, end = min(start, merged[key].start), max(end, merged[key].end)
        merged[key] = Hit(start, end)
    return merged
