"""The one place that builds the spaCy pipeline (once per process and model)."""

from __future__ import annotations

import functools
import importlib.util
import itertools

import numpy
import spacy
from replylint.errors import ConfigError, did_you_mean
from replylint.sources.text import MAX_BYTES
from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LEMMA, LENGTH, LOWER, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

#: Official trained English pipelines, best first; `model: auto` takes the first installed.
TRAINED = ("en_core_web_lg", "en_core_web_md", "en_core_web_sm")
#: Annotations a rule may need, and the pipeline component that provides each.
PROVIDERS = {"tagger": ("tagger", "morphologizer"), "parser": ("parser",), "ner": ("ner",)}


@Language.factory("replylint_paragraphs")
def _make_paragraphs(nlp: Language, name: str) -> _Paragraphs:
    return _Paragraphs()


class _Paragraphs:
    """Start a sentence after every blank line, so paragraphs never run together."""

    def __call__(self, doc: Doc) -> Doc:
        # NOTE: read and set through arrays: a Python Token per token costs more than the
        # rest of this, and token.is_sent_start rescans the whole doc on each assignment.
        if len(doc) < 2:
            return doc
        spaces = doc.to_array([IS_SPACE])[:-1].nonzero()[0].tolist()
        mark_starts(doc, [i + 1 for i in spaces if doc[i].text.count("\n") >= 2])
        return doc


def mark_starts(doc: Doc, starts: list[int]) -> None:
    """Make each token in ``starts`` start a sentence (as ``is_sent_start = True`` does).

    Through one array: each ``is_sent_start`` assignment looks over the whole doc for a
    parse first, which cost more than the rest of a letter's sentence work.
    """
    if starts:
        array = doc.to_array([SENT_START])
        array[starts] = 1
        doc.from_array([SENT_START], array)


@Language.factory("replylint_sentences")
def _make_sentences(nlp: Language, name: str) -> _Sentences:
    return _Sentences()


class _Sentences:
    """spaCy's rule-based sentencizer, with its default punctuation, through arrays.

    The same starts as spaCy's Sentencizer (a sentence starts at the first token that is
    neither punctuation nor a sentence-ending character after one that is such a
    character; a start already set stays), which builds a Python Token for every token:
    a tenth of a letter's time. tests/test_fast_paths.py holds the two to the same starts.
    """

    #: SENT_START's "not a start", as a Doc's uint64 array holds it
    _NOT_START = numpy.iinfo(numpy.uint64).max

    def __init__(self) -> None:
        from spacy.pipeline import Sentencizer
        from spacy.strings import get_string_id

        self.enders = frozenset(get_string_id(c) for c in Sentencizer.default_punct_chars)

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        array = doc.to_array([ORTH, IS_PUNCT, SENT_START])
        orths, puncts = array[:, 0].tolist(), array[:, 1].tolist()
        enders, length = self.enders, len(doc)
        starts = [0]
        after = 0  # the tokens before this one are decided
        # NOTE: from each sentence-ending character to the first token after it that is
        # neither punctuation nor such a character: only the enders are walked from
        for ender in [i for i, orth in enumerate(orths) if orth in enders]:
            if ender < after:
                continue
            after = ender + 1
            while after < length and (puncts[after] or orths[after] in enders):
                after += 1
            if after < length:
                starts.append(after)
        values = array[:, 2].copy()
        unset = values == 0
        guesses = numpy.full(len(doc), self._NOT_START, dtype=numpy.uint64)
        guesses[starts] = 1
        values[unset] = guesses[unset]
        doc.from_array([SENT_START], values)
        return doc


@Language.factory("replylint_lemmas", default_config={"lookup": True})
def _make_lemmas(nlp: Language, name: str, lookup: bool) -> _Lemmas:
    return _Lemmas(lookup)


class _Lemmas:
    """Give every token a lowercase lemma, so rule patterns need one spelling only.

    On the blank pipeline the lemma comes from spacy-lookups-data's English table,
    looked up by the lowercase form (spaCy's own lookup mode is case-sensitive, so
    "Thanks" at the start of a sentence would keep its capital).
    """

    def __init__(self, lookup: bool) -> None:
        self.table = _lemma_table() if lookup else None
        #: string ID of a lowercase form (or, without a table, of a lemma) -> of its lemma
        self._lemmas: dict[int, int] = {}

    def __call__(self, doc: Doc) -> Doc:
        # NOTE: through arrays and a cache of string IDs: a Python Token per token was
        # a tenth of a run's time.
        if not len(doc):
            return doc
        source = LOWER if self.table is not None else LEMMA
        forms = doc.to_array([source]).tolist()
        known = self._lemmas
        try:
            lemmas = list(map(known.__getitem__, forms))
        except KeyError:  # a word not seen before (set - known.keys() would copy the keys)
            strings = doc.vocab.strings
            for string_id in set(forms).difference(known):
                form = strings[string_id]
                lemma = form.lower() if self.table is None else self.table.get(form, form)
                known[string_id] = strings.add(lemma)
            lemmas = list(map(known.__getitem__, forms))
        doc.from_array([LEMMA], numpy.array(lemmas, dtype=numpy.uint64))
        return doc


def _lemma_table() -> dict[str, str]:
    """Return spacy-lookups-data's English lemma table: lowercase form -> lemma.

    A plain dict of the table's file: spaCy's Table (load_lookups) holds the same pairs
    but hashes every key as it is built, a tenth of a second of each cold start. Kept
    between runs as prepared data (see prepared.py), keyed by the file's size and time.
    """
    from replylint import prepared
    from spacy.lookups import load_lookups
    from spacy.util import load_language_data, registry

    if "en" in registry.lookups and "lemma_lookup" in (tables := registry.lookups.get("en")):
        path = tables["lemma_lookup"]
        return prepared.load_or_build("lemmas", [prepared.file_stamp(path)],
                                      lambda: load_language_data(path))  # fmt: skip
    return load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup")  # raises: no data


@functools.cache
def load(model: str = "auto") -> Language:
    """Return the pipeline for ``model`` (auto, blank or an installed package name)."""
    nlp = _load(model)
    # NOTE: the input limit is in bytes and a character takes at least one, so every
    # accepted letter fits; spaCy's own default (a million characters) is smaller.
    nlp.max_length = MAX_BYTES + 1
    return nlp


def _load(model: str) -> Language:
    if model == "auto":
        model = next((name for name in TRAINED if _installed(name)), "blank")
    if model == "blank":
        nlp = spacy.blank("en")
        nlp.add_pipe("replylint_paragraphs")
        nlp.add_pipe("replylint_sentences")
        nlp.add_pipe("replylint_lemmas")
        return nlp
    if not _installed(model):
        raise ConfigError(
            f"--model: no spaCy pipeline package named '{model}' is installed"
            f"{did_you_mean(model, ['auto', 'blank', *spacy.util.get_installed_models()])}; "
            "use auto, blank, or the name of an installed English pipeline"
        )
    try:
        nlp = spacy.load(model)
    except (OSError, ValueError) as exc:
        raise ConfigError(f"--model: could not load '{model}': {exc}") from None
    nlp.add_pipe("replylint_paragraphs", first=True)
    # NOTE: the same sentences as the blank pipeline, so that act scores (per sentence)
    # and one-finding-per-sentence do not change with the pipeline; the parser keeps
    # boundaries that are already set.
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("replylint_sentences", before="parser")
    nlp.add_pipe("replylint_lemmas", config={"lookup": False})
    return nlp


def annotations(nlp: Language) -> set[str]:
    """Return which annotations (tagger, parser, ner) ``nlp`` provides."""
    names = set(nlp.pipe_names)
    return {need for need, comps in PROVIDERS.items() if names.intersection(comps)}


def describe(nlp: Language) -> str:
    """Return a short name for the pipeline, for reports and benchmarks."""
    if nlp.meta.get("name") in (None, "", "pipeline"):
        return "blank"
    return f"{nlp.meta.get('lang', 'en')}_{nlp.meta['name']}"


def _installed(name: str) -> bool:
    return importlib.util.find_spec(name) is not None if name.isidentifier() else False


def sentences(doc: Doc) -> list[tuple[int, int, int, int]]:
    """Return (first token, end token, first char, end char) of each sentence of ``doc``.

    The sentences of ``doc.sents``, read through one array: ``doc.sents`` builds a Span
    and its text builds a Token per token, which cost more than the act scores.
    """
    if not len(doc):
        return []
    array = doc.to_array([SENT_START, IDX, LENGTH])
    starts = [0, *(numpy.flatnonzero(array[1:, 0] == 1) + 1).tolist(), len(doc)]
    chars, lengths = array[:, 1].tolist(), array[:, 2].tolist()
    return [(first, end, chars[first], chars[end - 1] + lengths[end - 1])
            for first, end in itertools.pairwise(starts)]  # fmt: skip
