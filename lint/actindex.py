"""FeatureIndex: a sentence's act features as indices into the model, built fast.

``acts.features`` defines the features (and training uses it); the model only needs
which of them it knows, as indices into its weights. ``FeatureIndex.ids`` gives exactly
``{index[f] for f in features(text) if f in index}``, inserted in the same order (so the
float32 sums over the set are the same to the bit), without building every feature
string: what a word gives alone, and each word pair, is worked out once and kept.
tests/test_fast_paths.py holds the two to the same sets.
"""

from __future__ import annotations

import re

from replylint.acts import _NEGATIONS, _PUNCT, _TOKEN, _WORD, _kind, _signals, lexicons, normalise

#: Where a sentence may have two shouted words (a word of three capitals or more).
_CAPS = re.compile(r"[A-Z]{3}")
_UNSEEN = object()
#: How many words an index remembers what it makes of; then it starts again.
_WORDS_KEPT = 100_000


class FeatureIndex:
    """The model's feature indices of sentences, with what each word gives kept."""

    def __init__(self, index: dict[str, int]) -> None:
        self.index = index
        #: per word seen so far: what features() makes of it alone (see _word)
        self._words: dict[str, tuple] = {}
        #: the word pairs that begin a sentence (key "" holds the first word's stand-in)
        self._starts: dict[str, int | None] = {"": "<s>"}  # type: ignore[dict-item]

    def ids(self, text: str) -> set[int]:
        """Return {index[f] for f in features(text) if f in index}, built in the same order.

        The same set, made faster: what a word gives alone, and each word pair, is worked
        out once, and the lexicon signals only for a sentence that has a lexicon word.
        The order of insertion is features()'s, so the set (and the sums over it) are
        the same.
        """
        words_seen = self._words
        if len(words_seen) > _WORDS_KEPT:
            words_seen.clear()  # memory stays flat however many letters go by
            self._starts = {"": "<s>"}  # type: ignore[dict-item]
        words = _TOKEN.findall(normalise(text))
        found: set[int] = set()
        add = found.add
        pairs = self._starts  # the word pairs of "<s>" (see _word)
        negated = 0
        count = 0
        lexical = False
        for word in words:
            known = words_seen.get(word)
            if known is None:
                known = words_seen[word] = self._word(word)
            unigram, negated_id, punct, negation, kind, following = known
            if unigram is not None:
                add(unigram)
            pair = pairs.get(word, _UNSEEN)
            if pair is _UNSEEN:
                pair = pairs[word] = self._pair(pairs, word)
            if pair is not None:
                add(pair)
            if punct:
                negated = 0
            else:
                count += 1
                if kind is not None:
                    lexical = True
                if negated:
                    if negated_id is not None:
                        add(negated_id)
                    negated -= 1
            if negation:
                negated = 3
            pairs = following
        if words:
            pair = pairs.get("</s>", _UNSEEN)
            if pair is _UNSEEN:
                pair = pairs["</s>"] = self._pair(pairs, "</s>")
            if pair is not None:
                add(pair)
        index = self.index
        if lexical or _CAPS.search(text):
            # the signals as features() makes them, each word's lexicon kind known already
            kinds = [words_seen[w][4] for w in words if w not in _PUNCT]
            signals = _signals(words, _WORD.findall(text), kinds)
        else:
            signals = [
                "S len" + ("1" if count < 4 else "2" if count < 9 else "3" if count < 21 else "4")
            ]
        for feature in signals:
            if feature in index:
                add(index[feature])
        return found

    def _word(self, word: str) -> tuple:
        """Return what one word gives alone: the indices of 'w word' and 'n word' (or None),
        whether it is punctuation, a negation, its lexicon kind, and a dict for the word
        pairs it begins (filled by _pair)."""
        index = self.index
        punct = word in _PUNCT
        kind = None if punct else _kind(word, *lexicons())
        pairs: dict[str, int | None] = {"": word}  # type: ignore[dict-item]
        return (index.get("w " + word), index.get("n " + word), punct,
                word in _NEGATIONS or word.endswith("n't"), kind, pairs)  # fmt: skip

    def _pair(self, pairs: dict, word: str) -> int | None:
        """Return the index of the pair feature of the word ``pairs`` belongs to and ``word``."""
        return self.index.get("b " + pairs[""] + " " + word)
