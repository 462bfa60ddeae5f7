"""The hostility signal: lexicon words, and whom in the sentence they are near.

Words from VADER's valence lexicon (the vaderSentiment package) and the better-profanity
word list, each also tagged by whether the reader's side ("you", "your panel", "the
process") or the writer ("I", "me") is near it, so that "you are a bunch of idiots" and
"I felt like an idiot" differ. acts.features adds these to each sentence's words;
actindex.FeatureIndex makes the same faster.
"""

from __future__ import annotations

import functools
import importlib.util
from collections.abc import Sequence
from pathlib import Path

#: The tokens that are punctuation (acts' tokens: words, or one of these).
PUNCT = frozenset("!?,.;:")
#: Words that point at the reader's side: the employer, its people and its process.
READER = frozenset({
    "you", "your", "yours", "you're", "you've", "you'll", "you'd", "u", "ur", "ya", "yall",
    "y'all", "they", "them", "their", "panel", "interviewer", "interviewers", "recruiter",
    "recruiters", "hr", "company", "firm", "team", "process", "management", "manager",
    "managers", "committee", "organisation", "organization", "interview", "decision",
    "people", "staff", "agency", "boss", "lot", "guys", "outfit", "place", "office",
})  # fmt: skip
SELF = frozenset({"i", "i'm", "i've", "i'd", "i'll", "me", "my", "myself", "im", "ive"})
#: How many words either side of a lexicon word are searched for whom it is about.
TARGET_WINDOW = 6


@functools.cache
def lexicons() -> tuple[dict[str, float], frozenset[str]]:
    """Return VADER's valence lexicon and the better-profanity word list (read once).

    Kept between runs as prepared data (see prepared.py), keyed by the two files.
    """
    from replylint import prepared

    files = [_package_path("vaderSentiment", "vader_lexicon.txt"),
             _package_path("better_profanity", "profanity_wordlist.txt")]  # fmt: skip
    parts = [prepared.file_stamp(path) if path else "none" for path in files]
    return prepared.load_or_build("lexicons", parts, lambda: _read_lexicons(*files))


def _read_lexicons(
    vader_path: Path | None, words_path: Path | None
) -> tuple[dict[str, float], frozenset[str]]:
    """Return the valence lexicon and profanity word list read from their files."""
    valence: dict[str, float] = {}
    profanity: frozenset[str] = frozenset()
    if vader_path is not None:
        vader = vader_path.read_text(encoding="utf-8", errors="replace")
        for line in vader.splitlines():
            word, _, rest = line.partition("\t")
            score = rest.partition("\t")[0]
            if word.isalpha():
                try:
                    valence[word] = float(score)
                except ValueError:
                    continue
    if words_path is not None:
        words = words_path.read_text(encoding="utf-8", errors="replace")
        # NOTE: two-letter entries ("xx") are more often a sign-off kiss than a curse.
        profanity = frozenset(
            w.strip().lower() for w in words.splitlines() if w.strip().isalpha() and len(w) > 2
        )
    return valence, profanity


def _package_path(package: str, name: str) -> Path | None:
    """Return where a data file of an installed package is, without importing it, or None."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        path = Path(folder) / name
        if path.is_file():
            return path
    return None


def signals(words: Sequence[str], raw_words: Sequence[str]) -> list[str]:
    """Return the hostility and shape features: lexicon words and whom they are about."""
    out: list[str] = []
    plain = [w for w in words if w not in PUNCT]
    valence, profanity = lexicons()
    kinds = [word_kind(word, valence, profanity) for word in plain]
    # NOTE: a capitalised word inside a sentence, or alone, is a name ("Rob", "Hope"),
    # not the lexicon's word.
    names = {w.lower() for i, w in enumerate(raw_words)
             if w[:1].isupper() and not w.isupper() and (i > 0 or len(raw_words) == 1)}  # fmt: skip
    for i, kind in enumerate(kinds):
        if kind is None or plain[i] in names:
            continue
        near = plain[max(0, i - TARGET_WINDOW) : i + TARGET_WINDOW + 1]
        out.append("L " + kind)
        if any(w in READER for w in near):
            out.append("L " + kind + "@you")
        if any(w in SELF for w in near):
            out.append("L " + kind + "@me")
    shouted = sum(1 for w in raw_words if len(w) > 2 and w.isupper())
    if shouted >= 2:
        out.append("S caps")
    count = len(plain)
    out.append("S len" + ("1" if count < 4 else "2" if count < 9 else "3" if count < 21 else "4"))
    return out


def word_kind(word: str, valence: dict[str, float], profanity: frozenset[str]) -> str | None:
    """Return the lexicon signal of one word: prof, neg2, neg, pos or None."""
    # plural nouns are listed in the singular ("idiots" -> "idiot")
    score = valence.get(word, valence.get(word[:-1]) if word.endswith("s") else None)
    kind = "prof" if word in profanity else None
    if kind is None and score is not None and score <= -1.5:
        kind = "neg2" if score <= -2.3 else "neg"
    elif kind is None and score is not None and score >= 1.8:
        kind = "pos"
    return kind
