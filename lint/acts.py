"""Act scores: what each sentence of the writer's own words does to the reader.

A small linear model (logistic regression over words and word pairs, plus the hostility
signal of hostility.py from two public lexicons) gives every sentence a score from 0
to 1 for each act. Rules name an act and a threshold beside their patterns; the model
is trained by ``python -m replylint.train`` and shipped as package data. Inference is
plain numpy: features are strings looked up in the model's vocabulary.
"""

from __future__ import annotations

import functools
import importlib.resources
import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from replylint import hostility
from replylint.letter import Letter, SentenceActs, Span

if TYPE_CHECKING:
    import numpy as np

#: The acts a sentence can perform, in the model's column order.
ACTS = (
    "blame",
    "belittle",
    "vent",
    "plea",
    "demand",
    "thanks",
    "congratulate",
    "ask-feedback",
    "door-open",
)
MODEL_FILE = "acts.npz"
#: How the act model and the patterns combine (--acts): both, patterns only, model only.
ACT_MODES = ("both", "patterns", "model")
#: Parts of the letter whose sentences are never scored for acts.
_NOT_SCORED = ("salutation", "signature")

_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)*|[!?,.;:]")
_WORD = re.compile(r"[A-Za-z]+")
_DIGIT = re.compile(r"\d")
_NEGATIONS = frozenset(
    {"not", "no", "never", "nobody", "nothing", "none", "hardly", "barely", "without", "nor"}
)
_PUNCT = hostility.PUNCT
# NOTE: no character n-grams: leave-one-writer-out CV scored them no better (mean AP
# 0.813 with 3-5, 0.818 without, at C=8) and they gave spurious suffix weights ("ed ",
# "ly ") to long neutral sentences.


def normalise(text: str) -> str:
    """Return the text as the features see it: lowercase, straight quotes, digits as 0."""
    text = text.lower().replace("’", "'").replace("\u2018", "'")
    return _DIGIT.sub("0", text)


def features(text: str) -> list[str]:
    """Return the feature strings of one sentence (the same at training and at run time)."""
    raw_words = _WORD.findall(text)
    words = _TOKEN.findall(normalise(text))
    out: list[str] = []
    add = out.append
    padded = ["<s>", *words, "</s>"]
    negated = 0
    for i, word in enumerate(words):
        add("w " + word)
        add("b " + padded[i] + " " + word)
        if word in _PUNCT:
            negated = 0
        elif negated:
            add("n " + word)
            negated -= 1
        if word in _NEGATIONS or word.endswith("n't"):
            negated = 3
    if words:
        add("b " + words[-1] + " </s>")
    out.extend(hostility.signals(words, raw_words))
    return out


class ActModel:
    """The trained act model: a vocabulary, one weight column per act, and biases."""

    def __init__(self, vocabulary: Sequence[str], weights: np.ndarray, bias: np.ndarray,
                 meta: dict) -> None:  # fmt: skip
        self.index = dict(zip(vocabulary, range(len(vocabulary)), strict=True))
        self.weights = weights
        self.bias = bias
        self.meta = meta
        self.acts = tuple(meta.get("acts", ACTS))
        from replylint.actindex import FeatureIndex

        #: a sentence's features as indices into ``weights`` (features() made faster)
        self.features = FeatureIndex(self.index)

    @classmethod
    def load(cls, path: Path) -> ActModel:
        """Read a model file written by replylint.train."""
        import numpy as np

        with np.load(path, allow_pickle=False) as data:
            words = data["vocabulary"]
            # UTF-8 bytes; a model written before that holds one numpy string
            text = words.tobytes().decode("utf-8") if words.dtype == np.uint8 else str(words)
            meta = json.loads(str(data["meta"]))
            return cls(text.split("\n"), data["weights"].astype(np.float32), data["bias"], meta)

    def save(self, path: Path) -> None:
        """Write the model (no pickles).

        NOTE: not compressed, and the vocabulary as UTF-8 bytes rather than a numpy string
        (four bytes a character): 2.2 MB instead of 1.7, read in half the time, which
        every start pays.
        """
        import numpy as np

        vocabulary = "\n".join(sorted(self.index, key=self.index.__getitem__))
        np.savez(
            path, vocabulary=np.frombuffer(vocabulary.encode("utf-8"), dtype=np.uint8),
            weights=self.weights, bias=self.bias,
            meta=np.array(json.dumps(self.meta, sort_keys=True)),
        )  # fmt: skip

    def scores(self, sentences: Sequence[str]) -> np.ndarray:
        """Return an array (sentences x acts) of probabilities."""
        import numpy as np

        flat: list[int] = []
        starts: list[int] = []
        sizes: list[int] = []
        for sentence in sentences:
            found = self.features.ids(sentence)
            starts.append(len(flat))
            sizes.append(len(found))
            flat.extend(found)
        logits = np.zeros((len(sentences), len(self.acts)), dtype=np.float32)
        if flat:
            # one gather and one segmented sum for the whole letter (numpy calls per
            # sentence cost more than the arithmetic)
            present = np.array(sizes) > 0
            sums = np.add.reduceat(self.weights[flat], np.array(starts)[present], axis=0)
            # binary features, L2-normalised: each present feature weighs 1/sqrt(n)
            logits[present] = sums / np.sqrt(np.array(sizes)[present])[:, None]
        logits += self.bias
        return 1.0 / (1.0 + np.exp(-logits))


@functools.cache
def model(path: str | None = None) -> ActModel | None:
    """Return the shipped act model, or the one in ``path``, loaded once per process.

    None if the file is missing. ``path`` is for evaluation and benchmarks (a model
    trained on some letter sets, scored on the others); the linter uses the shipped one.
    """
    file = Path(path) if path else model_path()
    return ActModel.load(file) if file.is_file() else None


def model_path() -> Path:
    """Return where the shipped model lives (for the cache's fingerprint)."""
    return Path(str(importlib.resources.files("replylint") / "data" / MODEL_FILE))


def scored_sentences(letter: Letter) -> list[tuple[Span, str]]:
    """Return the sentences the model scores, each with its span in the letter's text."""
    return [(span, text) for _, _, span, text in _own_sentences(letter)]


def score_sentences(letter: Letter, act_model: ActModel, sentences=None) -> list[SentenceActs]:
    """Score every sentence of the writer's own words, never the greeting or signature.

    ``sentences`` are the doc's, as nlp.sentences gives them (worked out if not given).
    """
    return score_letters([letter], act_model, [sentences])[0]


def score_letters(letters: Sequence[Letter], act_model: ActModel,
                  sentences: Sequence[Any] | None = None) -> list[list[SentenceActs]]:  # fmt: skip
    """Score the writer's sentences of several letters (as score_sentences does each).

    One pass of the model for them all: numpy's calls cost more per letter than the
    arithmetic, and each sentence's sum is the same whatever else is in the pass.
    """
    given = sentences or [None] * len(letters)
    found = [_own_sentences(letter, each) for letter, each in zip(letters, given, strict=True)]
    # NOTE: plain lists, not numpy rows: indexing a numpy scalar costs more than the
    # comparisons made with it.
    table = act_model.scores([text for each in found for *_, text in each]).tolist()
    acts, row, scored = act_model.acts, 0, []
    for each in found:
        rows, row = table[row : row + len(each)], row + len(each)
        pairs = zip(each, rows, strict=True)
        scored.append([SentenceActs(span, dict(zip(acts, values, strict=True)), first, end)
                       for (first, end, span, _), values in pairs])  # fmt: skip
    return scored


def _own_sentences(letter: Letter, sentences=None) -> list[tuple[int, int, Span, str]]:
    """Return (first token, end token, span, text) of each sentence of the writer's words."""
    if sentences is None:
        from replylint.nlp import sentences as doc_sentences

        sentences = doc_sentences(letter.doc)
    whole, offsets = letter.doc_text or letter.doc.text, letter.doc_offsets
    skipped = [letter.parts[p] for p in _NOT_SCORED if p in letter.parts]
    found: list[tuple[int, int, Span, str]] = []
    for first, end, start_char, end_char in sentences:
        raw = whole[start_char:end_char]
        text = raw.strip()
        # most sentences begin with a letter: no walk over their characters
        if not (text[:1].isalpha() or any(c.isalpha() for c in text)):
            continue
        start = start_char + len(raw) - len(raw.lstrip())
        span = Span(offsets[start], offsets[start + len(text) - 1] + 1)
        if not any(part.covers(span.start, span.end) for part in skipped):
            found.append((first, end, span, text))
    return found
