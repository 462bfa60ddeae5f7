"""TokenMatcher: spaCy Matcher token patterns matched over per-document arrays.

spaCy's Matcher builds a Python Token for every token it visits as soon as a pattern
holds a set predicate (IN, NOT_IN), which was most of replylint's run time. Patterns
made of the common parts (string attributes by value, IN and NOT_IN, IS_*/LIKE_*
flags and IS_SENT_START, the operators ! ? * + {n,m}) are compiled here instead: a
document's attribute values are read once into lists of string IDs, and a pattern is
tried only where one of its required words occurs. Any other pattern goes to spaCy's
Matcher, so every pattern means what spaCy says it means. tests/test_tokenmatch.py holds
the two to the same matches.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from replylint.tokencode import Atom, Step, Trial, needs_test, plan
from spacy.attrs import IDS
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

#: String attributes compiled here (TEXT is spaCy's other name for ORTH).
_STRINGS = {"ORTH": "ORTH", "TEXT": "ORTH", "LOWER": "LOWER", "NORM": "NORM", "LEMMA": "LEMMA"}
#: Lexical flags compiled here; a pattern gives them as true or false.
_FLAGS = frozenset(
    {"IS_ALPHA", "IS_ASCII", "IS_DIGIT", "IS_LOWER", "IS_UPPER", "IS_TITLE", "IS_PUNCT",
     "IS_SPACE", "IS_STOP", "IS_BRACKET", "IS_QUOTE", "IS_LEFT_PUNCT", "IS_RIGHT_PUNCT",
     "IS_CURRENCY", "LIKE_NUM", "LIKE_URL", "LIKE_EMAIL"}
)  # fmt: skip
#: The SENT_START value of a sentence's first token.
_STARTS = frozenset({1})
_RANGE = re.compile(r"^\{(\d*)(,?)(\d*)\}$")
_MANY = 1 << 30


class Unsupported(ValueError):
    """A pattern this module leaves to spaCy's Matcher."""


class TokenMatcher:
    """Like spaCy's Matcher (keys are strings), fast for the patterns it can compile."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self._attrs: list[str] = []
        #: compiled patterns: (key, steps, index of the anchor step, the (column, string
        #: IDs) its other required steps need, the order to test its core in)
        self._compiled: list[tuple[str, tuple[Step, ...], int, Any, list[int]]] = []
        # NOTE: the two below are written the first time a document needs them: turning
        # every pattern into Python at the start would cost a one-letter run 0.06 s
        #: per compiled pattern, whether a document's words (a set per column) hold
        #: those its other required steps need (see tokencode.needs_test)
        self._needs: list[Callable[[list[set[int]]], bool] | None] = []
        #: per compiled pattern, how to try it at an anchor (see tokencode.plan)
        self._plans: list[Trial | None] = []
        #: per anchor attribute: string ID -> the compiled patterns anchored on it
        self._index: dict[int, dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
        #: compiled patterns whose anchor has no words (a flag or NOT_IN): tried everywhere
        self._scan: list[int] = []
        #: the columns that hold words (string IDs) some pattern looks for
        self._words: set[int] = set()
        self._spacy: Matcher | None = None

    def __len__(self) -> int:
        return len(self._compiled) + (len(self._spacy) if self._spacy is not None else 0)

    def add(self, key: str, pattern: Sequence[dict[str, Any]]) -> None:
        """Add one token pattern under ``key``; raise what spaCy raises for a bad one."""
        try:
            steps, anchor, words, needs, order = self._compile(pattern)
        except Unsupported:
            if self._spacy is None:
                self._spacy = Matcher(self.vocab, validate=True)
            self._spacy.add(key, [list(pattern)])
            return
        number = len(self._compiled)
        self._compiled.append((key, steps, anchor, needs, order))
        self._needs.append(None)
        self._plans.append(None)
        self._words.update(column for column, _ in needs)
        if words is None:
            self._scan.append(number)
            return
        column, ids = words
        self._words.add(column)
        for string_id in ids:
            self._index[column][string_id].append(number)

    def __call__(self, doc: Doc) -> Iterator[tuple[str, int, int]]:
        """Yield (key, start, end) for every match, each once (as spaCy's Matcher does)."""
        seen: set[tuple[str, int, int]] = set()
        if self._compiled:
            columns = _columns(doc, self._attrs)
            # the words of each column that holds words (a flag's column holds 0 and 1)
            present = [set(column) if k in self._words else None
                       for k, column in enumerate(columns)]  # fmt: skip
            length = len(doc)
            for number in self._scan:
                self._trial(number)(range(length), columns, length, seen)
            possible: dict[int, bool] = {}
            plans, tests = self._plans, self._needs  # (method calls per try cost as much)
            for column, index in self._index.items():
                anchored = index.keys() & present[column]
                if not anchored:
                    continue
                values = columns[column]
                where: dict[int, list[int]] = defaultdict(list)
                for i in [i for i, string_id in enumerate(values) if string_id in anchored]:
                    where[values[i]].append(i)
                for string_id, positions in where.items():
                    for number in index[string_id]:
                        # NOTE: a pattern whose other required words are not all in the
                        # document can't match: most anchor hits end here
                        ok = possible.get(number)
                        if ok is None:
                            test = tests[number] or self._needs_test(number)
                            ok = possible[number] = test(present)
                        if ok:
                            trial = plans[number] or self._trial(number)
                            trial(positions, columns, length, seen)
        if self._spacy is not None:
            strings = self.vocab.strings
            seen.update((strings[m], s, e) for m, s, e in self._spacy(doc))
        yield from seen

    def _needs_test(self, number: int) -> Callable[[list[set[int]]], bool]:
        """Return the test that a document's words hold all that pattern ``number`` needs."""
        needs = self._compiled[number][3]
        test = self._needs[number] = needs_test(needs) if needs else _always
        return test

    def _trial(self, number: int) -> Trial:
        """Return the function that tries pattern ``number`` at anchor positions."""
        trial = self._plans[number]
        if trial is None:
            key, steps, anchor, _, order = self._compiled[number]
            trial = self._plans[number] = plan(key, steps, anchor, order)
        return trial

    def _compile(self, pattern: Sequence[dict[str, Any]]) -> tuple[Any, ...]:
        """Return the steps, the anchor step, its (column, string IDs) or None, the
        (column, string IDs) every other required step needs, and the other steps in
        the order to test them (the rarest words first)."""
        if not isinstance(pattern, (list, tuple)) or not pattern:
            raise Unsupported
        steps: list[Step] = []
        anchors: list[tuple[tuple[int, int], int, Any]] = []
        for spec in pattern:
            if not isinstance(spec, dict):
                raise Unsupported
            low, high, negated = _operator(spec.get("OP"))
            tests, words = self._tests(spec)
            test = (tuple(tests), negated)
            if low >= 1:
                # NOTE: one required copy first, so that every such token can anchor
                if not negated and words is not None:
                    ids = words[1]
                    rank = (len({self.vocab.strings[i] for i in ids} & STOP_WORDS), len(ids))
                    anchors.append((rank, len(steps), words))
                anchors.append(((_MANY, _MANY), len(steps), None))
                steps.append((test, 1, 1))
                low, high = low - 1, high - 1
            if high > 0:
                steps.append((test, low, high))
        if not anchors:
            raise Unsupported  # every token optional: rare, and spaCy's to judge
        _, anchor, words = min(anchors, key=lambda a: a[0])
        needs = tuple(found for _, step, found in anchors if found is not None and step != anchor)
        rank = {k: (_MANY, _MANY) for k in range(len(steps))}
        for step_rank, step, _ in anchors:
            rank[step] = min(rank[step], step_rank)
        order = sorted((k for k in rank if k != anchor), key=lambda k: (rank[k], k))
        return tuple(steps), anchor, words, needs, order

    def _tests(self, spec: dict[str, Any]) -> tuple[list[Atom], Any]:
        """Return the conditions of one pattern token and the words it requires, if any."""
        tests: list[Atom] = []
        words = None
        for attr, value in spec.items():
            if attr == "OP":
                continue
            if attr in _FLAGS and isinstance(value, bool):
                column = self._column(attr)
                tests.append((column, "==", int(value)))
                continue
            if attr == "IS_SENT_START" and isinstance(value, bool):
                # NOTE: a token's own value, not its word's: SENT_START is 1 at a sentence's
                # first token, else -1 (or 0 where nothing split the sentences)
                column = self._column("SENT_START")
                tests.append((column, "==", 1) if value else (column, "not in", _STARTS))
                continue
            if attr not in _STRINGS:
                raise Unsupported
            column = self._column(_STRINGS[attr])
            if isinstance(value, str):
                ids = frozenset({self.vocab.strings.add(value)})
                tests.append((column, "in", ids))
                words = (column, ids)
                continue
            if not isinstance(value, dict) or not value or set(value) - {"IN", "NOT_IN"}:
                raise Unsupported
            for predicate, items in value.items():
                if not isinstance(items, list) or not all(isinstance(v, str) for v in items):
                    raise Unsupported
                ids = frozenset(self.vocab.strings.add(v) for v in items)
                if predicate == "IN":
                    tests.append((column, "in", ids))
                    words = (column, ids)
                else:
                    tests.append((column, "not in", ids))
        return tests, words

    def _column(self, attr: str) -> int:
        if attr not in self._attrs:
            self._attrs.append(attr)
        return self._attrs.index(attr)


def _always(present: list[set[int]]) -> bool:
    """The needs test of a pattern that needs no other words."""
    return True


def _operator(op: Any) -> tuple[int, int, bool]:
    """Return (fewest, most, negated) for a token's OP."""
    if op is None:
        return 1, 1, False
    fixed = {"!": (1, 1, True), "?": (0, 1, False), "*": (0, _MANY, False),
             "+": (1, _MANY, False)}  # fmt: skip
    if op in fixed:
        return fixed[op]
    match = _RANGE.match(op) if isinstance(op, str) else None
    if not match or not (match[1] or match[3]):
        raise Unsupported
    low = int(match[1] or 0)
    high = int(match[3]) if match[3] else (_MANY if match[2] else low)
    if high < low or high == 0:
        raise Unsupported
    return low, high, False


def _columns(doc: Doc, attrs: list[str]) -> list[list[int]]:
    """Return, per attribute, its value for every token (string IDs or 0/1)."""
    if not attrs or not len(doc):
        return [[] for _ in attrs]
    array = doc.to_array([IDS[a] for a in attrs])
    return array.reshape(len(doc), len(attrs)).T.tolist()
