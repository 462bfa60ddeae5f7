"""The fast paths give exactly what the plain ways give: regex starts, act features, sentences.

Each was written to make a run faster without changing a finding or a score; these
tests hold them to the code they stand in for (tests/test_tokenmatch.py does the same
for TokenMatcher).
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from conftest import MODELS
from replylint import actindex, acts, restarts
from replylint import nlp as nlp_module
from replylint.engine import Input, read_letter
from replylint.rulefiles import load_rules
from spacy.attrs import SENT_START

ROOT = Path(__file__).resolve().parent.parent
#: Two labeled folders: plain text, markdown and email letters, quick to read.
FOLDERS = [ROOT / "tests" / "letters", ROOT / "tests" / "emails"]
#: Sentences made to reach every branch of the act features.
CRAFTED = [
    "",
    "!!!",
    "You are a bunch of idiots.",
    "I don't think it's fair, NOT AT ALL, and I won't pretend otherwise.",
    "Rob is a fool and Hope knows it",
    "THANK YOU SO MUCH",
    "I never hated the team, nor the process; no, never.",
    "In 2024 I applied 3 times’ and they’re great",
    "Damn",
    "xx Maddie",
    "Hope",
    "ΣΟΦΟΣ İstanbul café",
    # whom a lexicon word is near: the window's edges, names, shouting (actindex._signals)
    "You asked me back, then after many long weeks of silence sent a cruel and stupid note.",
    "Honestly my stupid mistake, not yours, and I am so angry at myself for it",
    "Great",
    "Thanks!",
    "Hope you are well, and that Hope in accounts is happy too.",
    "I HATE THIS PLACE",
    "WHY WOULD ANYONE DO THAT",
    "OK",
    "GREAT",
    "great, thanks",
    "Idiot",
    "idiot!",
    "123 Idiot",
    "stupid İdiot process",
    "so Stupid, you idiots",
]


def _letters() -> list:
    found = []
    for folder in FOLDERS:
        for path in sorted(folder.iterdir()):
            if path.suffix in (".txt", ".md", ".eml"):
                found.append(read_letter(Input(str(path), path.read_bytes(), path.suffix)))
    return found


@pytest.fixture(scope="module")
def letters() -> list:
    return _letters()


def _texts(letters: list) -> list[str]:
    return [letter.text for letter in letters] + [letter.nlp_view()[0] for letter in letters]


def test_regex_starts_find_what_finditer_finds(letters) -> None:
    (rule,) = [r for r in load_rules() if r.name == "template-placeholder"]
    expressions = [
        "|".join(f"(?:{p})" for p in rule.patterns),
        *rule.patterns,
        r"\bfoo|(?<=x)bar|_{3,}",
        r"(?i:dear)\s+\w+",  # a case-insensitive start: no class, the plain finditer
        r"a*",  # can match empty text: no class either
        r"[^a]b|\w+x",
    ]
    rng = random.Random(5)
    texts = _texts(letters) + [
        "".join(rng.choice("ab_x[]<>{}%$()XIT \n") for _ in range(rng.randint(0, 80)))
        for _ in range(300)
    ]
    compared = 0
    for expression in expressions:
        pattern = re.compile(expression, re.MULTILINE)
        begin = restarts.starts(expression, re.MULTILINE)
        for text in texts:
            start, end = len(text) // 7, len(text) - len(text) // 9
            want = [(m.start(), m.end(), m.group()) for m in pattern.finditer(text, start, end)]
            got = restarts.finditer(pattern, begin, text, start, end)
            assert [(m.start(), m.end(), m.group()) for m in got] == want, (expression, text)
            compared += len(want)
    assert compared > 100


def test_regex_starts_are_told_only_when_they_are_sure() -> None:
    assert restarts.starts(r"\b(?:TBD|TODO)\b|<x>|\$?\{a\}").pattern == r"[\$<T\{]"
    for unsure in (r"(?i)todo", r"(?i:x)y", r"a?", r"\w+", r".x", r"[^a]", r"(a)?\1x"):
        assert restarts.starts(unsure) is None, unsure


def test_act_feature_ids_are_the_features_in_the_same_order(letters, monkeypatch) -> None:
    model = acts.model()
    sentences = CRAFTED + [s for text in _texts(letters) for s in re.split(r"(?<=[.!?])\s", text)]
    # a small word cache, so that it is emptied on the way too
    monkeypatch.setattr(actindex, "_WORDS_KEPT", 50)
    index = actindex.FeatureIndex(model.index)
    for sentence in sentences:
        want = {model.index[f] for f in acts.features(sentence) if f in model.index}
        got = index.ids(sentence)
        # NOTE: the same order too: the sums over the set (float32) must not change
        assert list(got) == list(want), sentence
    assert len(index._words) <= 51


@pytest.mark.parametrize("name", MODELS)
def test_sentences_are_the_docs_sentences(letters, name) -> None:
    nlp = nlp_module.load(name)
    for text in _texts(letters) + CRAFTED:
        doc = nlp(text)
        want = [(s.start, s.end, s.start_char, s.end_char) for s in doc.sents] if len(doc) else []
        assert nlp_module.sentences(doc) == want, text[:60]


def test_act_scores_of_a_batch_are_each_letters_own_to_the_bit() -> None:
    from replylint.engine import linter

    nlp = linter().nlp
    parsed = _letters()[:40]
    for letter in parsed:
        letter.doc_text, letter.doc_offsets = letter.nlp_view()
        letter.doc = nlp(letter.doc_text)
    model = acts.model()
    batch = acts.score_letters(parsed, model)
    assert sum(len(each) for each in batch) > 100
    for letter, together in zip(parsed, batch, strict=True):
        alone = acts.score_sentences(letter, model)
        assert [(s.span, s.first, s.end) for s in together] == [
            (s.span, s.first, s.end) for s in alone
        ]
        # the same floats, not merely close ones: thresholds and reported scores rest on them
        assert [s.scores for s in together] == [s.scores for s in alone]


@pytest.mark.parametrize("name", MODELS)
def test_sentence_starts_are_spacys_sentencizers(letters, name) -> None:
    from spacy.pipeline import Sentencizer

    nlp = nlp_module.load(name)
    ours = nlp.get_pipe("replylint_sentences")
    theirs = Sentencizer()
    texts = (
        _texts(letters)
        + CRAFTED
        + [
            "Really?! Yes... «No.» (Fine.) Done。Next！ ok . . x",
            ".Hello. ?! !? a.b. Mr. Smith went home. 'Quoted.' \"Twice.\" And then",
            "One.\n\nTwo without end",
        ]
    )
    compared = 0
    for text in texts:
        for preset in (False, True):
            one, two = nlp.make_doc(text), nlp.make_doc(text)
            if preset and len(one) > 3:
                # a start set before (a part of the letter, a paragraph) stays, and so
                # does a token set as no start
                for doc in (one, two):
                    doc[len(doc) // 2].is_sent_start = True
                    doc[len(doc) // 3].is_sent_start = False
            ours(one)
            theirs(two)
            assert one.to_array([SENT_START]).tolist() == two.to_array([SENT_START]).tolist()
            compared += len(one)
    assert compared > 10_000


def test_matches_without_a_trigger_before_them_are_never_negated(letters) -> None:
    from replylint.negation import Triggers, negated

    nlp = nlp_module.load("blank")
    texts = (
        _texts(letters)
        + CRAFTED
        + [
            "Far from a waste of time. Anything but a formality. Not for a second did it feel "
            "fair. At no point was I blamed. I can’t blame you, nor the panel, but never mind.",
        ]
    )
    checked = negated_count = 0
    for text in texts:
        doc = nlp(text)
        sentence_of = [0] * len(doc)
        for first, end, _, _ in nlp_module.sentences(doc):
            sentence_of[first:end] = [first] * (end - first)
        triggers = Triggers(doc)
        for start in range(len(doc)):
            span = doc[start : start + 1]
            flipped = negated(span, sentence_of)
            # the shortcut may only skip what negated() would not deny
            assert triggers.before(start, sentence_of) or not flipped, (text[:60], start)
            checked += 1
            negated_count += flipped
    assert checked > 10_000 and negated_count > 100


def test_ascii_word_patterns_find_the_unicode_patterns_words(letters) -> None:
    from replylint import language
    from replylint.checks import metric

    texts = [t for t in _texts(letters) + CRAFTED if t.isascii()]
    texts += ["".join(chr(random.Random(k).randrange(128)) for _ in range(200)) for k in range(50)]
    assert len(texts) > 100
    for module in (language, metric):
        for text in texts:
            assert module._ASCII_WORD.findall(text) == module._WORD.findall(text), text[:60]


def test_offsets_without_crlf_are_every_character_in_place(letters) -> None:
    for letter in letters:
        view, offsets = letter.nlp_view()
        own = letter.text[letter.own.start : letter.own.end]
        assert len(offsets) == len(view) + 1 and offsets[-1] == letter.own.end
        assert [letter.text[o] for o in offsets[:-1]] == [
            "\n" if c == " " and letter.text[o] == "\n" else c
            for c, o in zip(view, offsets, strict=False)
        ]
        # NOTE: the spaces ending a line joined to the next go (see nlp_view), as a CR does
        if "\r\n" not in own and " \n" not in own and "\t\n" not in own:
            assert isinstance(offsets, range)


def test_lemmas_are_the_tables_lemma_of_each_lowercase_form(letters) -> None:
    nlp = nlp_module.load("blank")
    table = nlp_module._lemma_table()
    compared = 0
    # twice: the first pass meets new words, the second finds them known
    for _ in range(2):
        for text in _texts(letters)[:60] + CRAFTED:
            for token in nlp(text):
                assert token.lemma_ == table.get(token.lower_, token.lower_), (text[:60], token)
                compared += 1
    assert compared > 10_000


def test_longest_first_keeps_what_spacys_filter_spans_keeps() -> None:
    from replylint.checks.pattern import _longest_first
    from spacy.util import filter_spans

    doc = nlp_module.load("blank").make_doc(" ".join(["word"] * 40))
    rng = random.Random(3)
    for _ in range(500):
        pairs = []
        for _ in range(rng.randint(0, 12)):
            start = rng.randrange(40)
            pairs.append((start, rng.randint(start + 1, min(40, start + 6))))
        pairs += rng.sample(pairs, k=min(2, len(pairs)))  # the same match twice
        want = [(s.start, s.end) for s in filter_spans([doc[a:b] for a, b in pairs])]
        assert _longest_first(pairs) == want, pairs
