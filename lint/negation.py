"""Negation: whether a word shortly before a match flips its meaning ("I don't blame you")."""

from __future__ import annotations

import bisect
import itertools
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy is imported only when a letter is parsed (see engine.Linter)
    from spacy.tokens import Doc, Span

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
#: Words that may stand between a negation and what it denies ("not a formality").
_SMALL_WORDS = frozenset(
    {
        "a",
        "an",
        "the",
        "be",
        "been",
        "being",
        "really",
        "at",
        "even",
        "so",
        "very",
        "that",
        "too",
        "quite",
        "all",
        "just",
        "exactly",
    }
)
_CLAUSE_BREAKS = frozenset({"but", "although", "though", "however", "yet", "and"})


class Triggers:
    """Where in a doc negated() could find what denies a match, so most matches skip it.

    negated() denies a match only through a word before it in its sentence that is a
    negation, or the "from" of "far from" or the "but" of "anything but" (an inverted
    clause starts with "not", "never" or "at/in no"). A match with none of those words
    before it is not negated, without a look at its tokens.
    """

    _WORDS = NEGATIONS | {"n’t", "from", "but"}

    def __init__(self, doc: Doc) -> None:
        from spacy.attrs import LOWER

        strings = doc.vocab.strings
        ids = {strings.add(word) for word in self._WORDS}
        lowers = doc.to_array([LOWER]).tolist()
        self._at = [i for i, lower in enumerate(lowers) if lower in ids]

    def before(self, start: int, sentence_of: list[int]) -> bool:
        """Return whether a trigger word lies in token ``start``'s sentence before it."""
        k = bisect.bisect_left(self._at, sentence_of[start])
        return k < len(self._at) and self._at[k] < start


def negated(span: Span, sentence_of: list[int]) -> bool:
    """Return True when a negation shortly before ``span`` flips its meaning.

    ``sentence_of`` gives, for each token, the index of its sentence's first token.
    """
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


def denies_outright(span: Span, sentence_of: list[int]) -> bool:
    """Return True when a negated match's denial is beyond doubt, for the act model too.

    That is an inverted clause ("Not for a second did it feel like ..."), an idiom right
    before the match ("anything but a formality"), or a negation word within two words
    of it with a small word between ("I don't blame you", "not a formality"). A negation
    further back may govern another clause ("... and then not reading it is rude").
    """
    doc, first = span.doc, sentence_of[span.start]
    if _inverted_negation(doc, first, span.start):
        return True
    before = [t.lower_ for t in doc[max(first, span.start - 3) : span.start] if not t.is_space]
    pairs = list(itertools.pairwise(before))
    if ("anything", "but") in pairs or ("far", "from") in pairs:
        return True
    if before and (before[-1] in NEGATIONS or before[-1] == "n’t"):
        return True
    # "not a formality", "wasn't really a waste": only a small word between
    return len(before) >= 2 and before[-2] in NEGATIONS and before[-1] in _SMALL_WORDS


def _inverted_negation(doc: Doc, sent_start: int, before: int) -> bool:
    """Return True for "Not for a second did it feel like ...": the whole clause is denied."""
    # the clause's first word decides most sentences: look at it alone first
    for i in range(sent_start, before):
        token = doc[i]
        if not token.is_space and not token.is_punct:
            if token.lower_ not in ("not", "never", "at", "in"):
                return False
            break
    # NOTE: only the clause's first six words matter: stop there, or a giant sentence
    # with many matches costs the square of its length
    words = list(itertools.islice(
        (t for t in doc[sent_start:before] if not t.is_space and not t.is_punct), 6))  # fmt: skip
    if not words or words[0].lower_ not in ("not", "never", "at", "in"):
        return False
    if words[0].lower_ in ("at", "in") and (len(words) < 2 or words[1].lower_ != "no"):
        return False
    return any(t.lower_ in _INVERSION_AUXILIARIES for t in words[1:])
