"""Ordinary English words: what a capital at the start of a sentence may be, unlike a name."""

from __future__ import annotations

import functools


@functools.cache
def english_words() -> frozenset[str]:
    """Return the lowercase words of English's dictionary, their inflections and stop words.

    WordNet's index of nouns, verbs, adjectives and adverbs (spacy-lookups-data's
    ``lemma_index``), the inflected forms of its lemma table, and spaCy's stop words (the
    pronouns and determiners WordNet leaves out). Kept between runs as prepared data: the
    index takes most of a second to parse. Empty when the data is not installed.
    """
    from replylint import prepared
    from spacy.lang.en.stop_words import STOP_WORDS

    tables = _tables()
    paths = [tables[name] for name in ("lemma_index", "lemma_lookup") if name in tables]
    if len(paths) < 2:
        return frozenset(STOP_WORDS)
    return prepared.load_or_build(
        "english", [prepared.file_stamp(p) for p in paths], lambda: _read(*paths)
    )


def _tables() -> dict[str, str]:
    """Return the paths of spacy-lookups-data's English tables (none when it is not installed)."""
    from spacy.util import registry

    return registry.lookups.get("en") if "en" in registry.lookups else {}


def _read(index: str, lookup: str) -> frozenset[str]:
    """Return every word the two tables and spaCy's stop words hold."""
    from spacy.lang.en.stop_words import STOP_WORDS
    from spacy.util import load_language_data

    words = set(STOP_WORDS)
    for part in load_language_data(index).values():
        words.update(w for w in part if "_" not in w)
    words.update(load_language_data(lookup))
    return frozenset(words)


def ordinary(word: str) -> bool:
    """Return True when ``word`` (any case) is an English word, not only a name."""
    return word.lower().replace("’", "'") in english_words()


def mostly_capitalised(word: str) -> bool:
    """Return True for an English word written far more often as a name ("Sonora", "Amazon").

    NOTE: WordNet's index holds places and brands in lower case beside plain nouns, so
    ``ordinary`` cannot tell "#LifeAtSonora" from "#LifeAtSea"; the web's word counts
    (spacy-lookups-data's ``lexeme_prob``) can: "Sonora" is mostly written so, "sea" is not.
    """
    return word.lower() in _capitalised_words()


@functools.cache
def _capitalised_words() -> frozenset[str]:
    """Return the lower case of English words more often written with a capital."""
    from replylint import prepared

    path = _tables().get("lexeme_prob")
    if path is None:
        return frozenset()
    return prepared.load_or_build(
        "capitalised", [prepared.file_stamp(path)], lambda: _read_capitalised(path)
    )


def _read_capitalised(path: str) -> frozenset[str]:
    """Return the words whose capitalised form the table counts more often than the lower."""
    from spacy.util import load_language_data

    english, probs = english_words(), load_language_data(path)
    return frozenset(
        low
        for word, prob in probs.items()
        if word[:1].isupper()
        and word[1:].islower()
        and (low := word.lower()) in english
        and prob > probs.get(low, -99.0)
    )


def misspelt(word: str) -> bool:
    """Return True when ``word`` is one slip from an English word of six letters or more.

    "tomorow", "intervew": a letter dropped, added, changed or two swapped. Shorter words
    are a slip from too many others ("tesco" from "telco") to tell a typo from a name.
    """
    word = word.lower()
    english = english_words()
    splits = [(word[:k], word[k:]) for k in range(len(word) + 1)]
    letters = "abcdefghijklmnopqrstuvwxyz"
    slips = {a + b[1:] for a, b in splits if b}
    slips |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    slips |= {a + c + b[1:] for a, b in splits if b for c in letters}
    slips |= {a + c + b for a, b in splits for c in letters}
    return any(len(w) >= 6 and w != word and w in english for w in slips)


#: Endings of English's adjectives of nationality ("Japanese", "Ghanaian", "Polish", "Thai").
_NATIONALITY_ENDS = ("ese", "ian", "an", "ish", "i", "ch", "ss", "ic", "ek")


@functools.cache
def _adjectives() -> frozenset[str]:
    """Return the lowercase adjectives of WordNet's index (empty when it is not installed)."""
    from replylint import prepared
    from spacy.util import load_language_data

    tables = _tables()
    if "lemma_index" not in tables:
        return frozenset()
    path = tables["lemma_index"]
    return prepared.load_or_build(
        "adjectives",
        [prepared.file_stamp(path)],
        lambda: frozenset(w for w in load_language_data(path)["adj"] if "_" not in w),
    )


def adjective(word: str) -> bool:
    """Return True when ``word`` (any case) is one of English's adjectives ("Fresh", "Local")."""
    return word.lower() in _adjectives()


def nationality(word: str) -> bool:
    """Return True for an adjective of nationality or language ("Japanese", "Australian").

    A capitalised adjective of English with a nationality's ending: a people or a tongue
    ("my Japanese-to-French test"), never alone a firm's name; so is its plural, a people
    ("serving Canadians").
    """
    low = word.lower()
    return any(w.endswith(_NATIONALITY_ENDS) and w in _adjectives()
               for w in (low, low[:-1] if low.endswith("s") else low))  # fmt: skip
