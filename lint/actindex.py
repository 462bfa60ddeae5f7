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

from replylint import hostility
from replylint.acts import _NEGATIONS, _TOKEN, _WORD, normalise
from replylint.hostility import PUNCT, lexicons, word_kind

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
        #: per lexicon kind, the indices of its three signal features (see _kind_ids)
        self._kinds: dict[str, tuple[int | None, int | None, int | None]] = {}

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
        plain: list[str] = []  # the words that are not punctuation
        lexical: list[tuple[int, str, str]] = []  # (place in plain, word, kind) of each
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
                if kind is not None:
                    lexical.append((len(plain), word, kind))
                plain.append(word)
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
        for feature_id in self._signals(text, plain, lexical):
            add(feature_id)
        return found

    def _signals(self, text: str, plain: list[str], lexical: list[tuple[int, str, str]]
                 ) -> list[int]:  # fmt: skip
        """Return the indices of hostility.signals' features, in its order, made faster.

        ``plain`` are the sentence's words but punctuation, ``lexical`` its lexicon words.
        Only the lexicon words are visited, and the raw text's words are found only where
        a name or two shouted words may be among them.
        """
        found: list[int | None] = []
        caps = _CAPS.search(text)
        raw: list[str] = _WORD.findall(text) if caps else []
        if lexical:
            names = self._names(text, raw)
            window = hostility.TARGET_WINDOW
            for i, word, kind in lexical:
                if word in names:
                    continue
                alone, at_you, at_me = self._kind_ids(kind)
                near = plain[max(0, i - window) : i + window + 1]
                if alone is not None:
                    found.append(alone)
                if at_you is not None and not hostility.READER.isdisjoint(near):
                    found.append(at_you)
                if at_me is not None and not hostility.SELF.isdisjoint(near):
                    found.append(at_me)
        if caps and sum(1 for w in raw if len(w) > 2 and w.isupper()) >= 2:
            found.append(self.index.get("S caps"))
        count = len(plain)
        bucket = "1" if count < 4 else "2" if count < 9 else "3" if count < 21 else "4"
        found.append(self.index.get("S len" + bucket))
        return [i for i in found if i is not None]

    @staticmethod
    def _names(text: str, raw: list[str]) -> set[str] | tuple[()]:
        """Return hostility.signals' names: the raw words (lower case) read as someone's name.

        A capitalised word inside the sentence, or alone; ``raw`` are the text's words
        when already found.
        """
        rest = text[1:]
        if not raw and rest == rest.lower():
            # no capital after the first character: only a sentence of one word has a name
            first = _WORD.search(text)
            if first is None or _WORD.search(text, first.end()) is not None:
                return ()
            raw = [first.group()]
        elif not raw:
            raw = _WORD.findall(text)
        single = len(raw) == 1
        return {w.lower() for i, w in enumerate(raw)
                if w[:1].isupper() and not w.isupper() and (i > 0 or single)}  # fmt: skip

    def _kind_ids(self, kind: str) -> tuple[int | None, int | None, int | None]:
        """Return the indices of 'L kind', 'L kind@you' and 'L kind@me' (None: not known)."""
        ids = self._kinds.get(kind)
        if ids is None:
            ids = self._kinds[kind] = tuple(
                self.index.get(f"L {kind}{at}") for at in ("", "@you", "@me")
            )
        return ids

    def _word(self, word: str) -> tuple:
        """Return what one word gives alone: the indices of 'w word' and 'n word' (or None),
        whether it is punctuation, a negation, its lexicon kind, and a dict for the word
        pairs it begins (filled by _pair)."""
        index = self.index
        punct = word in PUNCT
        kind = None if punct else word_kind(word, *lexicons())
        pairs: dict[str, int | None] = {"": word}  # type: ignore[dict-item]
        return (index.get("w " + word), index.get("n " + word), punct,
                word in _NEGATIONS or word.endswith("n't"), kind, pairs)  # fmt: skip

    def _pair(self, pairs: dict, word: str) -> int | None:
        """Return the index of the pair feature of the word ``pairs`` belongs to and ``word``."""
        return self.index.get("b " + pairs[""] + " " + word)
