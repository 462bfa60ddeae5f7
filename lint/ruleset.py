"""RuleSet: the loaded rules compiled once into spaCy matchers for one pipeline."""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence

from replylint import acts as acts_module
from replylint import nlp as nlp_module
from replylint.checks import SPACY_CHECKS
from replylint.errors import ConfigError, brief
from replylint.letter import Hit, Letter
from replylint.rules import Rule
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import DependencyMatcher, Matcher, PhraseMatcher
from spacy.tokens import Doc
from spacy.util import filter_spans

#: An act score at which the model reports a sentence even where a pattern of another
#: rule already did (a sentence can blame and vent at once).
_SURE = 0.9
#: Words that flip the meaning of what follows them ("I don't blame you").
NEGATIONS = frozenset({"not", "n't", "never", "no", "hardly", "nor", "without", "nt"})
#: How far back (in tokens, within the clause) a negation still applies to a match.
NEGATION_WINDOW = 4
_INVERSION_AUXILIARIES = frozenset(
    {"did", "does", "do", "was", "were", "is", "has", "had", "would", "could"}
)
_HEDGES = frozenset({"sure", "certain", "convinced", "confident", "know"})
#: Words after a negation that make the whole phrase affirm what follows.
_AFFIRMING = frozenset({"help", "doubt", "question"})
_CLAUSE_BREAKS = frozenset({"but", "although", "though", "however", "yet", "and"})


class RuleSet:
    """Rules plus their compiled matchers; build once per process and pipeline."""

    def __init__(self, rules: Sequence[Rule], nlp: Language, acts: str = "both") -> None:
        self.rules = tuple(rules)
        self.nlp = nlp
        self.acts = acts
        # Rules whose act the model scores; none when the model is switched off.
        self._act_rules = tuple(
            r for r in self.rules if r.act and r.check in SPACY_CHECKS and acts != "patterns"
        )
        self._model = acts_module.model() if self._act_rules else None
        if self._act_rules and self._model is None:
            raise ConfigError(
                f"{self._act_rules[0].path}:1: act: the act model file is missing from this "
                "installation (reinstall replylint, or run with --acts patterns)"
            )
        provided = nlp_module.annotations(nlp)
        for rule in self.rules:
            missing = rule.needs - provided
            if missing:
                raise ConfigError(
                    f"{rule.path}:1: rule '{rule.name}' needs {', '.join(sorted(missing))}, "
                    f"which the '{nlp_module.describe(nlp)}' pipeline does not have "
                    "(install a trained English pipeline or pass --model)"
                )
        # Token patterns live in one Matcher per anchor: a set of words one of which must
        # be in the letter for any of its patterns to match (see _anchor).
        self._anchored: dict[frozenset[str] | None, Matcher] = {}
        self._phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        # Dependency patterns sharpen a rule where a parser exists; without one they are
        # skipped, since every rule must also work on the blank pipeline.
        self._deps = DependencyMatcher(nlp.vocab, validate=True) if "parser" in provided else None
        for rule in self.rules:
            if rule.check in SPACY_CHECKS:
                self._add(rule, "match", rule.patterns)
                self._add(rule, "unless", rule.unless)
                if self._deps is not None:
                    self._add_dependency(rule)

    def _add(self, rule: Rule, kind: str, patterns: Sequence[object]) -> None:
        key = f"{rule.name}\x00{kind}"
        phrases = [p for p in patterns if isinstance(p, str)]
        tokens = [p for p in patterns if not isinstance(p, str)]
        if phrases:
            self._phrases.add(key, list(self.nlp.tokenizer.pipe(phrases)))
        for pattern in tokens:
            anchor = _anchor(pattern)
            matcher = self._anchored.setdefault(anchor, Matcher(self.nlp.vocab, validate=True))
            try:
                matcher.add(key, [pattern])
            except (ValueError, KeyError, TypeError) as exc:
                detail = " ".join(str(exc).split())
                raise ConfigError(
                    f"{rule.path}:1: {kind}: invalid token pattern {brief(pattern)}: {detail[:300]}"
                ) from None

    def _add_dependency(self, rule: Rule) -> None:
        for pattern in rule.dependency_patterns:
            try:
                self._deps.add(f"{rule.name}\x00match", [pattern])
            except (ValueError, KeyError, TypeError) as exc:
                detail = " ".join(str(exc).split())
                raise ConfigError(
                    f"{rule.path}:1: dependency-patterns: invalid pattern: {detail[:300]}"
                ) from None

    def hits(self, letter: Letter) -> dict[str, list[Hit]]:
        """Return, per rule name, the matches in the letter that survive unless/negation.

        Rules with an act also get one hit per sentence whose act score reaches their
        threshold, where no pattern of theirs matched and no ``unless`` applies.
        """
        doc, offsets = letter.doc, letter.doc_offsets
        found: dict[tuple[str, str], list] = defaultdict(list)
        strings = self.nlp.vocab.strings
        sentences = list(doc.sents)
        # NOTE: a token pattern needs one of its anchor words (see _anchor): each matcher
        # runs only around the sentences holding one of its words (with the sentence
        # before and after, as a match may run over a full stop: "thank you. You gave me
        # your time"), most of the time a few of a letter's twenty. This, not the
        # matching itself, is most of the speed.
        where: dict[str, set[int]] = defaultdict(set)
        for number, sent in enumerate(sentences):
            for token in sent:
                where[token.lower_].add(number)
                where[token.lemma_].add(number)
        last = len(sentences) - 1
        for anchor, matcher in self._anchored.items():
            if not len(matcher):
                continue
            numbers = range(last + 1) if anchor is None else sorted(
                {n for word in anchor if word in where for n in where[word]})  # fmt: skip
            for first, end in _ranges(numbers, last):
                window = doc[sentences[first].start : sentences[end].end]
                for match_id, start, stop in matcher(window):
                    name, kind = strings[match_id].split("\x00")
                    found[name, kind].append(doc[window.start + start : window.start + stop])
        if len(self._phrases):
            for match_id, start, end in self._phrases(doc):
                name, kind = strings[match_id].split("\x00")
                found[name, kind].append(doc[start:end])
        if self._deps is not None and len(self._deps):
            for match_id, token_ids in self._deps(doc):
                name, kind = strings[match_id].split("\x00")
                # NOTE: a dependency match can't say "without a negation", so a matched
                # word with its own 'neg' child ("was not biased") drops the match here.
                if not any(c.dep_ == "neg" for i in token_ids for c in doc[i].children):
                    found[name, kind].append(doc[min(token_ids) : max(token_ids) + 1])

        by_name = {rule.name: rule for rule in self.rules}
        sentence_of = _sentence_index(doc)
        merged: dict[str, dict[int, Hit]] = {}
        denied: set[tuple[str, int]] = set()
        for (name, kind), spans in found.items():
            rule = by_name[name]
            if kind != "match" or (self.acts == "model" and rule in self._act_rules):
                continue
            unless = found.get((name, "unless"), [])
            kept = [s for s in filter_spans(spans)
                    if not _excepted(s, unless, rule.unless_scope, sentence_of)]  # fmt: skip
            if rule.skip_negated:
                negated = [s for s in kept if _negated(s, sentence_of)]
                # a sentence whose own trigger words are denied ("Not for a second did it
                # feel like a box-ticking exercise") is denied for the model too
                denied.update((name, sentence_of[s.start]) for s in negated)
                kept = [s for s in kept if s not in negated]
            merged[name] = _per_sentence(kept, offsets, sentence_of)
        if self._act_rules:
            self._add_act_hits(letter, found, merged, denied)
        return {name: sorted(by_sentence.values(), key=lambda h: h.start)
                for name, by_sentence in merged.items()}  # fmt: skip

    def _add_act_hits(
        self, letter: Letter, found, merged: dict[str, dict[int, Hit]], denied: set
    ) -> None:
        """Score the writer's sentences for acts and add a hit where a rule's act passes."""
        letter.acts = acts_module.score_sentences(letter, self._model)

        def passes(rule: Rule, scores: dict[str, float]) -> bool:
            # an act that scores higher in the sentence takes it (door-open over plea)
            score = scores[rule.act]
            return score >= rule.threshold and all(scores[o] <= score for o in rule.unless_acts)

        # NOTE: forbidding rules compete for a sentence, as a reader labels each offence
        # with the one problem that fits best: the model reports at most one of them per
        # sentence (the passing act with the highest score), and, below _SURE, none where
        # a pattern of any of them already did.
        forbidding = [r for r in self._act_rules if r.check == "pattern"]
        claimed = {key for r in forbidding for key in merged.get(r.name, {})}
        best = {
            sent.first: max((sent.scores[r.act], r.name) for r in passing)[1]
            for sent in letter.acts
            if (passing := [r for r in forbidding if passes(r, sent.scores)])
        }
        for rule in self._act_rules:
            unless = found.get((rule.name, "unless"), [])
            by_sentence = merged.setdefault(rule.name, {})
            for sent in letter.acts:
                score = sent.scores[rule.act]
                if not passes(rule, sent.scores) or sent.first in by_sentence:
                    continue
                if (rule.name, sent.first) in denied:
                    continue
                if rule.check == "pattern" and (
                    (sent.first in claimed and score < _SURE) or best[sent.first] != rule.name
                ):
                    continue
                # NOTE: an exception names a meaning the model may miss ("I don't blame
                # you"), so it cancels the model's hit anywhere in the sentence.
                if any(sent.first <= u.start < sent.end for u in unless):
                    continue
                by_sentence[sent.first] = Hit(sent.span.start, sent.span.end, score)


def _anchor(pattern: Sequence[dict]) -> frozenset[str] | None:
    """Return words one of which any text this pattern matches must contain, or None.

    Of the pattern's required tokens (no '?' or '*') with a LOWER, LEMMA or ORTH value,
    take the one whose words are least common (fewest stop words, then fewest words).
    """
    best, best_key = None, None
    for spec in pattern:
        if not isinstance(spec, dict) or spec.get("OP") not in (None, "+"):
            continue
        for attr in ("LOWER", "LEMMA", "ORTH"):
            value = spec.get(attr)
            if isinstance(value, str):
                words = {value}
            elif isinstance(value, dict) and isinstance(value.get("IN"), list):
                words = {str(v) for v in value["IN"]}
            else:
                continue
            words = {w.lower() for w in words}
            key = (len(words & STOP_WORDS), len(words))
            if best_key is None or key < best_key:
                best, best_key = frozenset(words), key
    return best


def _ranges(numbers: Iterable[int], last: int) -> Iterator[tuple[int, int]]:
    """Yield (first, last) sentence numbers: each number with its neighbours, merged."""
    first = end = None
    for number in numbers:
        low, high = max(number - 1, 0), min(number + 1, last)
        if end is not None and low <= end + 1:
            end = max(end, high)
            continue
        if end is not None:
            yield first, end
        first, end = low, high
    if end is not None:
        yield first, end


def _sentence_index(doc: Doc) -> list[int]:
    """Return, for each token, the index of the first token of its sentence."""
    index = [0] * len(doc)
    for sent in doc.sents:
        index[sent.start : sent.end] = [sent.start] * (sent.end - sent.start)
    return index


def _excepted(span, unless, scope: str, sentence_of: list[int]) -> bool:
    """Return True when an ``unless`` match cancels ``span``."""
    if scope == "match":
        return any(u.start < span.end and span.start < u.end for u in unless)
    sent = sentence_of[span.start]
    return any(sentence_of[u.start] == sent for u in unless)


def _negated(span, sentence_of: list[int]) -> bool:
    """Return True when a negation shortly before ``span`` flips its meaning."""
    doc = span.doc
    sent_start = sentence_of[span.start]
    if _inverted_negation(doc, sent_start, span.start):
        return True
    i = span.start - 1
    steps = 0
    while i >= sent_start and steps < NEGATION_WINDOW:
        token = doc[i]
        if token.is_space:
            i -= 1
            continue
        previous = doc[i - 1].lower_ if i > sent_start else ""
        # "far from a waste of time", "anything but a formality" deny what follows
        idiom = (token.lower_, previous) in (("from", "far"), ("but", "anything"))
        if not idiom and ((token.is_punct and token.text not in ("'", "’"))
                          or token.lower_ in _CLAUSE_BREAKS):  # fmt: skip
            return False
        if token.lower_ in NEGATIONS or token.lower_ in ("n’t",) or idiom:
            # NOTE: "I'm not sure anyone read it" hedges and "I can't help feeling ...",
            # "I have no doubt ..." affirm: neither denies what follows.
            following = doc[i + 1].lower_ if i + 1 < len(doc) else ""
            return following not in _HEDGES and following not in _AFFIRMING
        steps += 1
        i -= 1
    return False


def _inverted_negation(doc: Doc, sent_start: int, before: int) -> bool:
    """Return True for "Not for a second did it feel like ...": the whole clause is denied."""
    # NOTE: only the clause's first six words matter: stop there, or a giant sentence
    # with many matches costs the square of its length
    words = list(itertools.islice(
        (t for t in doc[sent_start:before] if not t.is_space and not t.is_punct), 6))  # fmt: skip
    if not words or words[0].lower_ not in ("not", "never", "at", "in"):
        return False
    if words[0].lower_ in ("at", "in") and (len(words) < 2 or words[1].lower_ != "no"):
        return False
    return any(t.lower_ in _INVERSION_AUXILIARIES for t in words[1:])


def _per_sentence(spans, offsets: Sequence[int], sentence_of: list[int]) -> dict[int, Hit]:
    """Merge a rule's matches within one sentence into one hit (one finding per sentence).

    Return the hits by the index of their sentence's first token.
    """
    merged: dict[int, Hit] = {}
    for span in spans:
        key = sentence_of[span.start]
        # offsets map the pipeline's text back to the file (see Letter.nlp_view)
        start, end = offsets[span.start_char], offsets[span.end_char - 1] + 1
        if key in merged:
            start, end = min(start, merged[key].start), max(end, merged[key].end)
        merged[key] = Hit(start, end)
    return merged
