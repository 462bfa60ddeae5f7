"""RuleSet: the loaded rules compiled once for one pipeline, and the act model beside them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from replylint import acts as acts_module
from replylint import nlp as nlp_module
from replylint.checks import SPACY_CHECKS
from replylint.checks.pattern import Matching
from replylint.errors import ConfigError
from replylint.letter import Hit, Letter, Span
from replylint.rules import Rule
from spacy.language import Language

#: An act score at which the model reports a sentence even where a pattern of another
#: rule already did (a sentence can blame and vent at once).
_SURE = 0.9
#: Fewer words than this beside another rule's match leave a sentence nothing else to
#: say: "Your loss I guess." is the blame and only the blame.
_ELSE = 3


class RuleSet:
    """Rules plus their compiled matchers; build once per process and pipeline."""

    def __init__(self, rules: Sequence[Rule], nlp: Language, acts: str = "both",
                 act_model: str | None = None) -> None:  # fmt: skip
        self.rules = tuple(rules)
        self.nlp = nlp
        self.acts = acts
        # Rules whose act the model scores; none when the model is switched off.
        self._act_rules = tuple(
            r for r in self.rules if r.act and r.check in SPACY_CHECKS and acts != "patterns"
        )
        self._model = acts_module.model(act_model) if self._act_rules else None
        if self._act_rules and self._model is None and act_model:
            raise ConfigError(f"{act_model}: the act model file does not exist")
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
        # requiring rule -> forbidding rules whose act it names in unless-acts
        self._taking = {
            rule.name: [
                other.name
                for other in self.rules
                if other.check == "pattern" and other.act in rule.unless_acts
            ]
            for rule in self.rules
            if rule.check == "occurrence" and rule.unless_acts
        }
        self._matching = Matching([r for r in self.rules if r.check in SPACY_CHECKS], nlp,
                                  dependencies="parser" in provided)  # fmt: skip

    def hits(self, letter: Letter) -> dict[str, list[Hit]]:
        """Return, per rule name, the matches in the letter that survive unless/negation.

        Rules with an act also get one hit per sentence whose act score reaches their
        threshold, where no pattern of theirs matched and no ``unless`` applies.
        """
        return self.hits_of([letter])[0]

    def hits_of(self, letters: Sequence[Letter]) -> list[dict[str, list[Hit]]]:
        """Return hits() of each parsed letter, scoring all their sentences in one pass."""
        sentences = [nlp_module.sentences(letter.doc) for letter in letters]
        if self._act_rules:
            scored = acts_module.score_letters(letters, self._model, sentences)
            for letter, acts in zip(letters, scored, strict=True):
                letter.acts = acts
        return [self._hits(letter, each) for letter, each in zip(letters, sentences, strict=True)]

    def _hits(self, letter: Letter, sentences: list[tuple[int, int, int, int]]
              ) -> dict[str, list[Hit]]:  # fmt: skip
        found = self._matching.matches(letter.doc)
        model_only = {r.name for r in self._act_rules} if self.acts == "model" else set()
        merged, denied = self._matching.hits(letter.doc, found, letter.doc_offsets,
                                             _sentence_index(sentences), model_only)  # fmt: skip
        if self._act_rules:
            self._add_act_hits(letter, found, merged, denied)
        self._drop_taken(merged)
        return {name: sorted(by_sentence.values(), key=lambda h: h.start)
                for name, by_sentence in merged.items()}  # fmt: skip

    def _drop_taken(self, merged: dict[str, dict[int, Hit]]) -> None:
        """Drop a requiring rule's hits that a pattern of an ``unless-acts`` act overlaps.

        "Thanks for nothing." matches a pattern of negative-emotion, whose act is vent:
        for missing-thanks (``unless-acts: [vent]``) those words are no thanks. A vent
        elsewhere in the sentence leaves its thanks alone ("Gutted, but congrats to
        whoever got it").
        """
        for name, others in self._taking.items():
            hits = merged.get(name)
            if not hits:
                continue
            for other in others:
                for key, taken in merged.get(other, {}).items():
                    hit = hits.get(key)
                    if (taken.score is None and hit is not None
                            and taken.start < hit.end and hit.start < taken.end):  # fmt: skip
                        del hits[key]

    def _add_act_hits(
        self, letter: Letter, found, merged: dict[str, dict[int, Hit]], denied: dict
    ) -> None:
        """Add a hit where a rule's act passes in a sentence of ``letter.acts``."""
        # which rules' acts pass in which sentences, worked out once: most pass nowhere
        passing: dict[str, list] = {}
        best: dict[int, str] = {}
        for sent in letter.acts:
            scores, top = sent.scores, None
            for rule in self._act_rules:
                score = scores[rule.act]
                # an act that scores higher in the sentence takes it (door-open over plea)
                if score >= rule.threshold and (
                    not rule.unless_acts or all(scores[o] <= score for o in rule.unless_acts)
                ):
                    passing.setdefault(rule.name, []).append(sent)
                    if rule.check == "pattern" and (top is None or (score, rule.name) > top):
                        top = (score, rule.name)
            if top is not None:
                best[sent.first] = top[1]
        # NOTE: forbidding rules compete for a sentence, as a reader labels each offence
        # with the one problem that fits best: the model reports at most one of them per
        # sentence (the passing act with the highest score), and, below _SURE, none where
        # a pattern of any of them already did.
        claimed: dict[int, list[Hit]] = {}
        for r in self._act_rules:
            if r.check == "pattern":
                for key, hit in merged.get(r.name, {}).items():
                    claimed.setdefault(key, []).append(hit)
        for rule in self._act_rules:
            unless = found.get((rule.name, "unless"), [])
            by_sentence = merged.setdefault(rule.name, {})
            for sent in passing.get(rule.name, ()):
                score = sent.scores[rule.act]
                if sent.first in by_sentence:
                    continue
                # a denied trigger word ("I don't blame you") denies the sentence to the
                # model too, unless the model is sure: the negation may govern another
                # clause ("... and then not looking at it is disrespectful")
                outright = denied.get((rule.name, sent.first))
                if outright or (outright is not None and score < _SURE):
                    continue
                if rule.check == "pattern" and (
                    (sent.first in claimed and (score < _SURE or _words_beside(
                        letter.text, sent.span, claimed[sent.first]) < _ELSE))
                    or best[sent.first] != rule.name
                ):  # fmt: skip
                    continue
                # NOTE: an exception names a meaning the model may miss ("I don't blame
                # you"), so it cancels the model's hit anywhere in the sentence; it may
                # begin in the sentence before ("Would you share feedback? I want to know")
                if any(start < sent.end and sent.first < end for start, end in unless):
                    continue
                by_sentence[sent.first] = Hit(sent.span.start, sent.span.end, score)


def _words_beside(text: str, sentence: Span, hits: list[Hit]) -> int:
    """Return how many words of the sentence lie outside the given matches."""
    pieces, at = [], sentence.start
    for hit in sorted(hits, key=lambda h: h.start):
        pieces.append(text[at : max(at, hit.start)])
        at = max(at, hit.end)
    pieces.append(text[at : sentence.end])
    return len(re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", " ".join(pieces)))


def _sentence_index(sentences: list[tuple[int, int, int, int]]) -> list[int]:
    """Return, for each token, the index of the first token of its sentence."""
    index: list[int] = []
    for first, end, _, _ in sentences:
        index += [first] * (end - first)
    return index
