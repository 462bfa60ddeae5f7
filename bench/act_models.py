"""Compare act-model families on the labeled corpus, one writer held out at a time.

Run by hand (never as a test: it trains dozens of models and takes ~20 minutes on 2 cores):
    python bench/act_models.py [--families lr,bow,ensemble,wordllama,concat]

Needs the ``train`` extra (scikit-learn); the wordllama rows also need ``pip install wordllama``
(its 256-dimension weights ship inside the wheel: nothing is downloaded). Every family sees
exactly the folds of ``replylint.train.cross_validate`` (writers in sorted order, each held
out once) and is scored the same way: average precision (AP) per act over the out-of-fold
scores of all sentences, their mean, and precision/recall at a score of 0.5.

Families:
  lr         the project's own model: ``replylint.train.cross_validate(load_corpus(), 32.0)``
  bow        spaCy textcat_multilabel, spacy.TextCatBOW.v3 (ngram_size 2), blank English
  ensemble   spaCy textcat_multilabel, spacy.TextCatEnsemble.v2: HashEmbedCNN tok2vec (no
             pretrained vectors) + TextCatBOW.v3 (ngram_size 1)
  wordllama  wordllama l2_supercat 256-d sentence embeddings -> one logistic regression per act
  concat     the project's n-gram features (as in train.fit) + the wordllama embedding -> one
             logistic regression per act (liblinear, C=32, as the project's model)

Timing columns: "cv s" is the wall time of the whole cross-validation (fitting and scoring
5 folds); "load s" is the time to load the last fold's model back from disk in this process
(for wordllama rows including the embedding table); "ms/sent" is inference time per sentence
with that reloaded model on the held-out writer, all of its sentences in one call ("batch")
and one sentence per call over the first 300 ("single").
"""

from __future__ import annotations

import argparse
import importlib.metadata
import os
import platform
import random
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent

FAMILIES = ("lr", "bow", "ensemble", "wordllama", "concat")
LABELS = {
    "lr": "project LR (n-grams, C=32)",
    "bow": "spaCy TextCatBOW.v3 ng=2",
    "ensemble": "spaCy TextCatEnsemble.v2",
    "wordllama": "wordllama-256 + LR",
    "concat": "n-grams + wordllama + LR",
}
SHORT = {
    "blame": "blame",
    "belittle": "belit",
    "vent": "vent",
    "plea": "plea",
    "demand": "demand",
    "thanks": "thanks",
    "congratulate": "congr",
    "ask-feedback": "askfb",
    "door-open": "door",
}
#: Sentences timed one per call for the "single" column.
SINGLE_SENTENCES = 300

# spaCy settings, fixed before looking at any cross-validation result.
BOW_EPOCHS = 10
ENS_EPOCHS = 10
ENS_WIDTH = 64
ENS_DEPTH = 2
ENS_EMBED_ROWS = 2000
SPACY_BATCH = 32
SPACY_DROPOUT = 0.2
# wordllama settings.
WL_CONFIG = "l2_supercat"
WL_DIM = 256
WL_C = 1.0
CONCAT_C = 32.0


@dataclass
class Result:
    family: str
    scores: np.ndarray | None = None
    cv_s: float | None = None
    load_s: float | None = None
    batch_ms: float | None = None
    single_ms: float | None = None
    failed: str | None = None
    notes: list[str] = field(default_factory=list)


def seed_everything(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    os.environ.setdefault("PYTHONHASHSEED", str(seed))


def folds(examples) -> list[tuple[str, list[int], list[int]]]:
    """The folds of replylint.train.cross_validate: one writer held out at a time."""
    writers = sorted({e.writer for e in examples})
    out = []
    for writer in writers:
        train = [i for i, e in enumerate(examples) if e.writer != writer]
        test = [i for i, e in enumerate(examples) if e.writer == writer]
        out.append((writer, train, test))
    return out


def time_inference(
    predict: Callable[[list[str]], np.ndarray], texts: list[str]
) -> tuple[float, float]:
    """Return (ms per sentence in one batch call, ms per sentence one sentence per call)."""
    predict(texts[:8])  # warm up caches (lexicons, lazy imports)
    start = time.perf_counter()
    predict(texts)
    batch = (time.perf_counter() - start) * 1000 / len(texts)
    sample = texts[:SINGLE_SENTENCES]
    start = time.perf_counter()
    for text in sample:
        predict([text])
    single = (time.perf_counter() - start) * 1000 / len(sample)
    return batch, single


# --------------------------------------------------------------------------- project LR


def run_lr(examples, seed: int, scratch: Path) -> Result:
    from replylint.acts import ActModel
    from replylint.train import cross_validate, fit, load_corpus

    result = Result("lr")
    seed_everything(seed)
    start = time.perf_counter()
    result.scores = cross_validate(load_corpus(), 32.0)["scores"]
    result.cv_s = time.perf_counter() - start
    _writer, train, test = folds(examples)[-1]
    model = fit([examples[i] for i in train], 32.0)
    path = scratch / "lr.npz"
    model.save(path)
    start = time.perf_counter()
    loaded = ActModel.load(path)
    result.load_s = time.perf_counter() - start
    texts = [examples[i].text for i in test]
    result.batch_ms, result.single_ms = time_inference(loaded.scores, texts)
    result.notes.append(f"{len(loaded.index)} features in the last fold's model")
    return result


# --------------------------------------------------------------------------- spaCy


def bow_config(ngram_size: int) -> dict:
    return {
        "@architectures": "spacy.TextCatBOW.v3",
        "exclusive_classes": False,
        "ngram_size": ngram_size,
        "no_output_layer": False,
        "length": 262144,
        "nO": None,
    }


def ensemble_config() -> dict:
    return {
        "@architectures": "spacy.TextCatEnsemble.v2",
        "nO": None,
        "tok2vec": {
            "@architectures": "spacy.HashEmbedCNN.v2",
            "width": ENS_WIDTH,
            "depth": ENS_DEPTH,
            "embed_size": ENS_EMBED_ROWS,
            "window_size": 1,
            "maxout_pieces": 3,
            "subword_features": True,
            "pretrained_vectors": None,
        },
        "linear_model": bow_config(1),
    }


def spacy_pipeline(model: dict):
    import spacy
    from replylint.acts import ACTS

    nlp = spacy.blank("en")
    textcat = nlp.add_pipe("textcat_multilabel", config={"model": model, "threshold": 0.5})
    for act in ACTS:
        textcat.add_label(act)
    return nlp


def spacy_scores(nlp, texts: list[str]) -> np.ndarray:
    from replylint.acts import ACTS

    docs = nlp.pipe(texts, batch_size=256)
    return np.array([[doc.cats[a] for a in ACTS] for doc in docs], dtype=np.float32)


def run_spacy(family: str, examples, seed: int, scratch: Path, model: dict, epochs: int) -> Result:
    import spacy
    from replylint.acts import ACTS
    from spacy.training import Example
    from spacy.util import fix_random_seed, minibatch

    result = Result(family)
    scores = np.zeros((len(examples), len(ACTS)), dtype=np.float32)
    start = time.perf_counter()
    nlp = None
    for writer, train, test in folds(examples):
        fold_start = time.perf_counter()
        fix_random_seed(seed)
        nlp = spacy_pipeline(model)
        data = [
            Example.from_dict(
                nlp.make_doc(examples[i].text),
                {"cats": {a: float(a in examples[i].acts) for a in ACTS}},
            )
            for i in train
        ]
        optimizer = nlp.initialize(lambda data=data: data)
        order = random.Random(seed)
        for _ in range(epochs):
            order.shuffle(data)
            losses: dict[str, float] = {}
            for batch in minibatch(data, size=SPACY_BATCH):
                nlp.update(batch, sgd=optimizer, drop=SPACY_DROPOUT, losses=losses)
        scores[test] = spacy_scores(nlp, [examples[i].text for i in test])
        print(
            f"  {family}: held out {writer}: {time.perf_counter() - fold_start:.0f} s, "
            f"last epoch loss {losses.get('textcat_multilabel', float('nan')):.2f}",
            file=sys.stderr,
            flush=True,
        )
    result.cv_s = time.perf_counter() - start
    result.scores = scores
    writer, train, test = folds(examples)[-1]
    path = scratch / family
    nlp.to_disk(path)
    start = time.perf_counter()
    loaded = spacy.load(path)
    result.load_s = time.perf_counter() - start
    texts = [examples[i].text for i in test]
    result.batch_ms, result.single_ms = time_inference(lambda t: spacy_scores(loaded, t), texts)
    return result


# --------------------------------------------------------------------------- wordllama


def load_wordllama(scratch: Path):
    """Load wordllama's bundled weights and tokenizer with no download.

    Its loader looks for the bundled tokenizer in ``wordllama/tokenizer/`` while the wheel
    puts it in ``wordllama/tokenizers/``; when that lookup fails, a cache folder holding a
    copy of the bundled file is passed instead. Returns (model, note).
    """
    import wordllama
    from wordllama import WordLlama
    from wordllama.config import WordLlamaModels

    try:
        return WordLlama.load(WL_CONFIG, dim=WL_DIM, disable_download=True), "bundled files"
    except FileNotFoundError as error:
        first = str(error)
    name = WordLlama.get_tokenizer_filename(getattr(WordLlamaModels, WL_CONFIG))
    bundled = Path(wordllama.__file__).parent / "tokenizers" / name
    if not bundled.is_file():
        raise FileNotFoundError(f"{first}; and no bundled tokenizer at {bundled}")
    cache = scratch / "wordllama-cache"
    (cache / "tokenizers").mkdir(parents=True, exist_ok=True)
    shutil.copyfile(bundled, cache / "tokenizers" / name)
    model = WordLlama.load(WL_CONFIG, dim=WL_DIM, cache_dir=cache, disable_download=True)
    return model, f"default load failed ({first}); loaded with cache_dir holding tokenizers/{name}"


def embed(model, texts: Sequence[str]) -> np.ndarray:
    return np.asarray(model.embed(list(texts), norm=True), dtype=np.float32)


def _embedding_classifiers(x: np.ndarray, y: np.ndarray, seed: int) -> list:
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    out = []
    for column in range(y.shape[1]):
        classifier = make_pipeline(
            StandardScaler(),
            LogisticRegression(C=WL_C, max_iter=5000, random_state=seed),
        )
        classifier.fit(x, y[:, column])
        out.append(classifier)
    return out


def _proba(classifiers: list, x) -> np.ndarray:
    return np.stack([c.predict_proba(x)[:, 1] for c in classifiers], axis=1).astype(np.float32)


def _sigmoid(logits: np.ndarray) -> np.ndarray:
    return (1.0 / (1.0 + np.exp(-logits))).astype(np.float32)


def _fold_embedding_classifiers(classifiers: list) -> tuple[np.ndarray, np.ndarray]:
    """Fold each StandardScaler + LogisticRegression pipeline into one weight column."""
    weights, bias = [], []
    for pipeline in classifiers:
        scaler, regression = pipeline[0], pipeline[-1]
        coef = regression.coef_[0] / scaler.scale_
        weights.append(coef)
        bias.append(regression.intercept_[0] - float(coef @ scaler.mean_))
    return np.stack(weights, axis=1).astype(np.float32), np.array(bias, dtype=np.float32)


def labels(examples) -> np.ndarray:
    from replylint.acts import ACTS

    return np.array([[a in e.acts for a in ACTS] for e in examples], dtype=np.int8)


def run_wordllama(examples, seed: int, scratch: Path, shared: dict) -> Result:
    result = Result("wordllama")
    start = time.perf_counter()
    model, note = load_wordllama(scratch)
    load_s = time.perf_counter() - start
    result.notes.append(f"{note}; first load {load_s:.2f} s")
    texts = [e.text for e in examples]
    start = time.perf_counter()
    x = embed(model, texts)
    embed_s = time.perf_counter() - start
    result.notes.append(
        f"embedded {len(texts)} sentences in {embed_s:.2f} s "
        f"(static: computed once, no labels involved)"
    )
    shared["wordllama"] = (model, x)
    y = labels(examples)
    seed_everything(seed)
    scores = np.zeros(y.shape, dtype=np.float32)
    start = time.perf_counter()
    classifiers = []
    for _writer, train, test in folds(examples):
        classifiers = _embedding_classifiers(x[train], y[train], seed)
        scores[test] = _proba(classifiers, x[test])
    result.cv_s = time.perf_counter() - start + embed_s
    result.scores = scores
    # Inference as the linter would run it: the fitted scaler and weights folded into one
    # numpy matrix (sklearn's per-call overhead would otherwise dominate the timing).
    weights, bias = _fold_embedding_classifiers(classifiers)
    test = folds(examples)[-1][2]
    check = _sigmoid(x[test] @ weights + bias)
    assert np.allclose(check, scores[test], atol=1e-4), "numpy export differs from sklearn"
    path = scratch / "wordllama-lr.npz"
    np.savez(path, weights=weights, bias=bias)
    start = time.perf_counter()
    loaded_model, _ = load_wordllama(scratch)
    with np.load(path) as data:
        w, b = data["weights"], data["bias"]
    result.load_s = time.perf_counter() - start
    result.batch_ms, result.single_ms = time_inference(
        lambda t: _sigmoid(embed(loaded_model, t) @ w + b), [examples[i].text for i in test]
    )
    return result


def run_concat(examples, seed: int, scratch: Path, shared: dict) -> Result:
    from replylint.acts import features
    from replylint.train import MIN_COUNT
    from scipy.sparse import csr_matrix, hstack
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import normalize

    result = Result("concat")
    if "wordllama" not in shared:
        raise RuntimeError("needs the wordllama family's embeddings (run it in the same call)")
    _model, x_embed = shared["wordllama"]
    y = labels(examples)
    texts = [e.text for e in examples]
    seed_everything(seed)

    def design(vectorizer, sentences, embedded):
        ngrams = normalize(vectorizer.transform(sentences))
        return hstack([ngrams, csr_matrix(embedded)], format="csr")

    scores = np.zeros(y.shape, dtype=np.float32)
    start = time.perf_counter()
    vectorizer, classifiers = None, []
    for _writer, train, test in folds(examples):
        vectorizer = CountVectorizer(
            analyzer=features, binary=True, min_df=MIN_COUNT, dtype=np.float32
        )
        vectorizer.fit([texts[i] for i in train])
        x_train = design(vectorizer, [texts[i] for i in train], x_embed[train])
        x_test = design(vectorizer, [texts[i] for i in test], x_embed[test])
        classifiers = []
        for column in range(y.shape[1]):
            classifier = LogisticRegression(
                C=CONCAT_C, solver="liblinear", random_state=seed, max_iter=2000
            )
            classifier.fit(x_train, y[train, column])
            classifiers.append(classifier)
        scores[test] = _proba(classifiers, x_test)
    result.cv_s = time.perf_counter() - start
    result.scores = scores
    # Inference as the linter would run it: n-gram lookup plus embedding, one weight matrix.
    weights = np.stack([c.coef_[0] for c in classifiers], axis=1).astype(np.float32)
    bias = np.array([c.intercept_[0] for c in classifiers], dtype=np.float32)
    vocabulary = vectorizer.vocabulary_
    test = folds(examples)[-1][2]
    path = scratch / "concat.npz"
    np.savez(
        path,
        weights=weights,
        bias=bias,
        vocabulary=np.array("\n".join(sorted(vocabulary, key=vocabulary.get))),
    )
    start = time.perf_counter()
    loaded_model, _ = load_wordllama(scratch)
    with np.load(path) as data:
        w, b = data["weights"], data["bias"]
        index = {f: i for i, f in enumerate(str(data["vocabulary"]).split("\n"))}
    result.load_s = time.perf_counter() - start
    n_grams = len(index)

    def predict(sentences: list[str]) -> np.ndarray:
        logits = embed(loaded_model, sentences) @ w[n_grams:] + b
        for row, sentence in enumerate(sentences):
            found = list({index[f] for f in features(sentence) if f in index})
            if found:
                logits[row] += w[found].sum(axis=0) / np.sqrt(len(found))
        return _sigmoid(logits)

    check = predict([texts[i] for i in test])
    assert np.allclose(check, scores[test], atol=1e-4), "numpy export differs from sklearn"
    result.batch_ms, result.single_ms = time_inference(predict, [texts[i] for i in test])
    result.notes.append(
        f"embedding block L2-normalised, n-gram block L2-normalised; "
        f"{n_grams} n-gram features in the last fold"
    )
    return result


# --------------------------------------------------------------------------- report


def metrics(examples, scores: np.ndarray) -> tuple[list[float], list[float], list[float]]:
    from replylint.acts import ACTS
    from sklearn.metrics import average_precision_score

    aps, precisions, recalls = [], [], []
    for column, act in enumerate(ACTS):
        y = np.array([act in e.acts for e in examples])
        aps.append(float(average_precision_score(y, scores[:, column])))
        predicted = scores[:, column] >= 0.5
        tp = int((predicted & y).sum())
        precisions.append(tp / max(1, int(predicted.sum())))
        recalls.append(tp / max(1, int(y.sum())))
    return aps, precisions, recalls


def table(examples, results: list[Result]) -> list[str]:
    from replylint.acts import ACTS

    def num(value, digits):
        return "-" if value is None else f"{value:.{digits}f}"

    head = (
        f"{'family':<27} {'':<6}"
        + "".join(f"{SHORT[a]:>7}" for a in ACTS)
        + f"{'mean':>7} {'cv s':>7} {'load s':>7}"
        + f" {'ms/sent batch':>14} {'ms/sent single':>15}"
    )
    lines = [head, "-" * len(head)]
    for r in results:
        label = LABELS[r.family]
        if r.scores is None:
            lines.append(f"{label:<27} not run: {r.failed}")
            continue
        aps, ps, rs = metrics(examples, r.scores)
        rows = (("AP", aps), ("P@0.5", ps), ("R@0.5", rs))
        for i, (name, values) in enumerate(rows):
            cells = "".join(f"{v:>7.3f}" for v in values)
            line = f"{label if i == 0 else '':<27} {name:<6}{cells}{np.mean(values):>7.3f}"
            if i == 0:
                line += (
                    f" {num(r.cv_s, 0):>7} {num(r.load_s, 3):>7} "
                    f"{num(r.batch_ms, 3):>14} {num(r.single_ms, 3):>15}"
                )
            lines.append(line)
    return lines


def versions() -> str:
    names = (
        "replylint",
        "numpy",
        "scipy",
        "scikit-learn",
        "spacy",
        "thinc",
        "wordllama",
        "tokenizers",
        "safetensors",
    )
    parts = [f"python {platform.python_version()}"]
    for name in names:
        try:
            parts.append(f"{name} {importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            parts.append(f"{name} (not installed)")
    return ", ".join(parts)


def source_state() -> str:
    """Say which code the n-gram rows ran: the git commit and hashes of the model's files."""
    import hashlib
    import subprocess

    try:
        head = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(ROOT), "status", "--porcelain", "--", "lint"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        head += " (lint/ modified)" if dirty else ""
    except (OSError, subprocess.CalledProcessError):
        head = "no git"
    parts = [f"commit {head}"]
    for name in ("lint/acts.py", "lint/train.py"):
        digest = hashlib.sha256((ROOT / name).read_bytes()).hexdigest()[:12]
        parts.append(f"{name} sha256 {digest}")
    import replylint.acts
    import replylint.train

    sizes = getattr(replylint.acts, "CHAR_SIZES", "(not defined)")
    default_c = getattr(replylint.train, "C", "(not defined)")
    parts.append(f"acts.CHAR_SIZES {sizes}, train.C default {default_c} (the LR row uses 32.0)")
    return ", ".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--families",
        default=",".join(FAMILIES),
        help=f"comma-separated subset of {','.join(FAMILIES)}",
    )
    args = parser.parse_args()
    chosen = [f.strip() for f in args.families.split(",") if f.strip()]
    unknown = sorted(set(chosen) - set(FAMILIES))
    if unknown:
        parser.error(f"unknown families {unknown}")

    from replylint.acts import ACTS
    from replylint.train import SEED, load_corpus

    seed_everything(SEED)
    examples = load_corpus()
    print(
        f"corpus: {len(examples)} sentences, folds (held-out writer: sentences): "
        + ", ".join(f"{w} {len(te)}" for w, _, te in folds(examples))
    )
    print(f"acts: {', '.join(ACTS)}")
    print(f"versions: {versions()}")
    print(f"machine: {os.cpu_count()} CPUs, {platform.machine()}, seed {SEED}")
    print(f"source: {source_state()}")
    print(
        f"spaCy BOW: TextCatBOW.v3 ngram_size=2 length=262144, blank 'en', {BOW_EPOCHS} epochs, "
        f"batch {SPACY_BATCH}, dropout {SPACY_DROPOUT}, default Adam"
    )
    print(
        f"spaCy ensemble: TextCatEnsemble.v2 = HashEmbedCNN.v2(width={ENS_WIDTH}, "
        f"depth={ENS_DEPTH}, embed_size={ENS_EMBED_ROWS}, window 1, maxout 3, subwords, "
        f"no vectors) + TextCatBOW.v3 "
        f"ngram_size=1; {ENS_EPOCHS} epochs, batch {SPACY_BATCH}, "
        f"dropout {SPACY_DROPOUT}"
    )
    print(
        f"wordllama: {WL_CONFIG} dim {WL_DIM}, norm=True -> StandardScaler + LogisticRegression "
        f"(lbfgs, C={WL_C}) per act; concat: train.fit's n-grams + embedding, "
        f"liblinear C={CONCAT_C}"
    )
    print(flush=True)

    results: list[Result] = []
    shared: dict = {}
    with tempfile.TemporaryDirectory(prefix="act-models-") as folder:
        scratch = Path(folder)
        for family in chosen:
            print(f"running {family} ...", file=sys.stderr, flush=True)
            try:
                if family == "lr":
                    result = run_lr(examples, SEED, scratch)
                elif family == "bow":
                    result = run_spacy(
                        family, examples, SEED, scratch, {**bow_config(2)}, BOW_EPOCHS
                    )
                elif family == "ensemble":
                    result = run_spacy(
                        family, examples, SEED, scratch, ensemble_config(), ENS_EPOCHS
                    )
                elif family == "wordllama":
                    result = run_wordllama(examples, SEED, scratch, shared)
                else:
                    result = run_concat(examples, SEED, scratch, shared)
            except Exception as error:  # report the family as not run, keep the others
                traceback.print_exc(file=sys.stderr)
                result = Result(family, failed=f"{type(error).__name__}: {error}")
            print(
                f"  {family}: done"
                + (f" in {result.cv_s:.0f} s" if result.cv_s else "")
                + (f" (FAILED: {result.failed})" if result.failed else ""),
                file=sys.stderr,
                flush=True,
            )
            results.append(result)

    print("\n".join(table(examples, results)))
    print()
    for r in results:
        for note in r.notes:
            print(f"note ({r.family}): {note}")
        if r.failed:
            print(f"not run ({r.family}): {r.failed}")


if __name__ == "__main__":
    main()
