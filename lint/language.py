"""Which language the writer's own words are in, so that English-only rules can stand aside.

The detector is py3langid's bundled model, limited to the languages a reply to a European
or American employer is likely to be written in. Languages that code-mixed English letters
read as (Tagalog for Taglish, Malay, Indonesian) are left out on purpose: a letter that mixes
them with English is still read by the English rules.
"""

from __future__ import annotations

import functools
import re

#: The languages the detector chooses between (ISO 639-1 codes).
LANGUAGES = ("en", "de", "es", "fr", "it", "pt", "nl", "sv", "da", "no", "pl")
#: The fewest words a letter needs before it can be called anything but English.
MIN_WORDS = 12
#: The detector's probability at or above which a letter is called non-English. Every
#: English letter in the labeled sets scores under 0.2 for any other language (an
#: all-capitals rant is the closest); the German and Spanish ones score 1.0.
CONFIDENCE = 0.95
#: Names for the warning.
NAMES = {
    "en": "English", "de": "German", "es": "Spanish", "fr": "French", "it": "Italian",
    "pt": "Portuguese", "nl": "Dutch", "sv": "Swedish", "da": "Danish", "no": "Norwegian",
    "pl": "Polish",
}  # fmt: skip
_WORD = re.compile(r"[^\W\d_]{2,}")
#: The same words in ASCII text, found faster: there \w is [a-zA-Z0-9_] either way.
_ASCII_WORD = re.compile(_WORD.pattern, re.ASCII)
#: Common English words no other language on the list writes the same way ("to", "i",
#: "of", "we", "will", "me" are words in Polish, Swedish, Dutch or Spanish too).
_ENGLISH = frozenset(
    {
        "the",
        "and",
        "you",
        "your",
        "that",
        "this",
        "with",
        "not",
        "but",
        "thank",
        "thanks",
        "would",
        "been",
        "they",
        "from",
        "have",
        "it",
    }
)
#: A text at least this share of whose words are in _ENGLISH is English, without asking
#: the detector (whose model takes about a second to load and 0.4 ms a letter).
_ENGLISH_SHARE = 0.08


@functools.cache
def _identifier():
    # NOTE: imported here: a run answered from the cache never loads the model
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(LANGUAGES))
    return identifier


def detect(text: str) -> str:
    """Return the ISO 639-1 code of the language ``text`` is written in ('en' when unsure).

    A text shorter than MIN_WORDS words, or one the detector is less than CONFIDENCE sure
    of, counts as English: the rules are English, and a short note says too little to tell.
    """
    words = (_ASCII_WORD if text.isascii() else _WORD).findall(text)
    if len(words) < MIN_WORDS:
        return "en"
    # NOTE: map, not a generator: the same count, without a Python step per word
    if sum(map(_ENGLISH.__contains__, map(str.lower, words))) >= _ENGLISH_SHARE * len(words):
        return "en"
    language, probability = _identifier().classify(text)
    return language if probability >= CONFIDENCE else "en"


def name(code: str) -> str:
    """Return the English name of a language code (the code itself when unknown)."""
    return NAMES.get(code, code)
