"""Cross-validate the act model over whole labeled letter sets, scored by the whole linter.

Run by hand (never as a test: each configuration trains six models, about 30 s each on
one core):
    python bench/letter_cv.py                      # every configuration in CONFIGS
    python bench/letter_cv.py --configs all-w3-C16 --sweep --errors misses.txt

The letter sets holdout6-48 and train1-9 are dealt into six fixed folds: set i of SETS goes
to fold i mod 6. SETS lists holdout6-35 and train1-6 first, so those 36 sets keep the folds
they had (five holdouts and one train set each), and the seven later ones follow: holdout36
to fold 0, holdout37 to 1, holdout38 to 2, holdout39 to 3, train7 to 4, train8 to 5, train9
to 0; holdout40-43 (session 6) then go to folds 1 to 4, and holdout44-48 to folds 5, 0,
1, 2, 3. For each fold a model is trained on the corpus plus the letter sets of the other
five folds that the configuration uses, written to a file, and the whole linter (blank
pipeline, every rule) runs on the held-out fold's letters with that model
(``Options.act_model``). The per-rule true and false positives and misses are pooled over
the six folds. A configuration that trains on fewer sets (``before``: holdout6-35 and
train1-6, the training letters before the seven later sets) is still scored on every set.

``--sweep`` varies one tone rule's threshold at a time (the others as in their YAML) on
the pooled held-out findings and prints precision and recall at each, and the lowest
threshold with pooled precision >= ``--min-precision``; ``--thresholds`` scores a chosen
set of them together. ``--errors FILE`` writes every held-out false positive and miss.
Models are cached under ``--cache`` by configuration, so a sweep after a run trains nothing.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests"
#: The letter sets that trained the model before holdout36-39 and train7-9 were added.
BEFORE = (*(f"holdout{n}" for n in range(6, 36)), *(f"train{n}" for n in range(1, 7)))
#: Every labeled letter set that may train the model, in fold order (the later sets last, so
#: the first 36 keep their folds); holdout49 on are future blind sets, never listed here.
#: The sets that trained the model before holdout40-43 joined.
BEFORE40 = (*BEFORE, *(f"holdout{n}" for n in range(36, 40)), *(f"train{n}" for n in range(7, 10)))
#: The sets that trained the model before holdout44-48 joined.
BEFORE44 = (*BEFORE40, *(f"holdout{n}" for n in range(40, 44)))
SETS = (*BEFORE44, *(f"holdout{n}" for n in range(44, 49)))
FOLDS = 6
TONE_RULES = ("blame-employer", "downplay-effort", "negative-emotion", "reconsider-plea",
              "demanding-feedback")  # fmt: skip
MISSING_RULES = ("missing-thanks", "missing-congratulations", "missing-feedback-request",
                 "missing-door-open")  # fmt: skip
#: The pseudo-rule under which any tone finding on any tone label counts (see _any_tone).
ANY = "any-tone"
GRID = (0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)


@dataclass(frozen=True)
class Config:
    """What a model is trained on, and how."""

    name: str
    #: "all" letter sets in SETS, "before" (BEFORE only), "before40"/"before44" (only those) or
    #: "current" (the shipped train.TRAINING_LETTERS)
    sets: str = "all"
    weight: float = 3.0
    c: float = 16.0

    def trains_on(self, name: str) -> bool:
        """Return whether this configuration may train on the letter set ``name``."""
        from replylint.train import TRAINING_LETTERS

        if self.sets == "before":
            return name in BEFORE
        if self.sets == "before40":
            return name in BEFORE40
        if self.sets == "before44":
            return name in BEFORE44
        return self.sets == "all" or name in {p.name for p in TRAINING_LETTERS}


CONFIGS = {
    c.name: c
    for c in (
        # before fix-model5: holdout6-35 + train1-6, the later sets only held out
        Config("before-w3-C16", "before"),
        Config("current-w3-C16", "current"),
        # before holdout40-43 joined (session 5's shipped model), scored on all 47 sets
        Config("before40-w3-C16", "before40"),
        # before holdout44-48 joined, scored on all 52 sets
        Config("before44-w3-C16", "before44"),
        Config("all-w3-C16"),
        Config("all-w2-C16", weight=2.0),
        Config("all-w5-C16", weight=5.0),
        Config("all-w3-C8", c=8.0),
        Config("all-w3-C32", c=32.0),
        Config("all-w5-C32", weight=5.0, c=32.0),
        Config("all-w3-C64", c=64.0),
    )
}


def folds() -> list[list[str]]:
    """Return the fixed folds: set i of SETS goes to fold i mod FOLDS."""
    return [list(SETS[i::FOLDS]) for i in range(FOLDS)]


class Bench:
    """The corpus, the letter sentences per set and the parsed held-out letters, read once."""

    def __init__(self, cache: Path) -> None:
        from replylint import train
        from replylint.engine import Input, Linter, Options
        from replylint.eval import EVAL_CLOCK, letters

        self.cache = cache
        self.corpus = train.load_corpus(TESTS / "acts" / "corpus")
        # weight 1 here; each configuration sets its own
        self.examples = {name: train.load_letters((TESTS / name,), 1.0) for name in SETS}
        self.files = {name: letters(TESTS / name) for name in SETS}
        reader = Linter(Options(model="blank", now=EVAL_CLOCK, acts="patterns"))
        self.parsed = {}
        for name in SETS:
            inputs = [Input(str(p), p.read_bytes(), p.suffix) for p in self.files[name]]
            results, parsed = reader.parse(inputs)
            self.parsed[name] = (results, list(parsed))

    def model_file(self, config: Config, fold: int) -> Path:
        """Train (or reuse) the model of ``config`` without fold ``fold``; return its file."""
        from replylint import train

        path = self.cache / config.name / f"fold{fold}.npz"
        if path.is_file():
            return path
        held_out = set(folds()[fold])
        letters = [replace(e, weight=config.weight) for name in SETS
                   if name not in held_out and config.trains_on(name)
                   for e in self.examples[name]]  # fmt: skip
        started = time.perf_counter()
        model = train.fit(self.corpus + letters, config.c)
        path.parent.mkdir(parents=True, exist_ok=True)
        model.save(path)
        print(f"  {config.name} fold {fold}: {len(letters)} letter sentences, "
              f"trained in {time.perf_counter() - started:.0f} s", file=sys.stderr)  # fmt: skip
        return path

    def score(self, config: Config, thresholds: dict[str, float] | None = None):
        """Return pooled held-out tp, fp, fn and mistakes of ``config`` over every fold."""
        from replylint.engine import Linter, Options
        from replylint.eval import EVAL_CLOCK, tally
        from replylint.ruleset import RuleSet

        tp, fp, fn, mistakes = Counter(), Counter(), Counter(), []
        self.kinds: Counter = Counter()
        self.examples_of: dict[tuple[str, str], list[str]] = {}
        for fold, held_out in enumerate(folds()):
            path = str(self.model_file(config, fold))
            linter = Linter(Options(model="blank", now=EVAL_CLOCK, act_model=path))
            if thresholds:
                rules = [replace(r, threshold=thresholds.get(r.name, r.threshold))
                         for r in linter.rules]  # fmt: skip
                linter.ruleset = RuleSet(rules, linter.nlp, "both", path)
            for name in held_out:
                results, parsed = self.parsed[name]
                found = {slot: (r.findings, r.error) for slot, r in enumerate(results)}
                for slot, letter in parsed:
                    letter.warnings.clear()
                    found[slot] = (linter.check(letter), None)
                counts = tally([(p, *found[i]) for i, p in enumerate(self.files[name])])
                self._sort_misses(linter, name, parsed, found)
                for slot, path in enumerate(self.files[name]):
                    self._any_tone(path, found[slot][0], tp, fp, fn)
                for total, part in zip((tp, fp, fn), counts, strict=False):
                    total.update(part)
                mistakes += [f"{name} {m}" for m in counts[3]]
        return tp, fp, fn, mistakes

    @staticmethod
    def _any_tone(path: Path, findings, tp: Counter, fp: Counter, fn: Counter) -> None:
        """Count under ANY every tone finding on any tone label and every such label found.

        Which tone rule fits a phrase best is where labelers disagree most ("your loss"
        is blame in one set and venting in another): this says whether the phrase was
        caught at all.
        """
        from replylint.eval import read_labels

        labels = [lb for lb in read_labels(path) if lb.rule in TONE_RULES and lb.start is not None]
        tone = [f for f in findings if f.rule in TONE_RULES]

        def overlap(lb, f) -> bool:
            return lb.start < f.end.offset and f.start.offset < lb.end

        tp[ANY] += sum(any(overlap(lb, f) for f in tone) for lb in labels)
        fn[ANY] += sum(not any(overlap(lb, f) for f in tone) for lb in labels)
        fp[ANY] += sum(not any(overlap(lb, f) for lb in labels) for f in tone)

    def _sort_misses(self, linter, name: str, parsed, found) -> None:
        """Count each missed tone label by why it was missed (see MISS_KINDS)."""
        from replylint.eval import read_labels

        rules = {r.name: r for r in linter.rules}
        for slot, letter in parsed:
            path = self.files[name][slot]
            findings = found[slot][0]
            for label in read_labels(path):
                if label.rule not in TONE_RULES or not label.quote:
                    continue
                if label.quote not in letter.text:
                    continue
                start = letter.text.index(label.quote)
                end = start + len(label.quote)
                hit = [f for f in findings if f.rule in (label.rule, *label.also)
                       and f.start.offset < label.end and label.start < f.end.offset]  # fmt: skip
                if hit:
                    continue
                rule = rules[label.rule]
                other = [f.rule for f in findings if f.rule in TONE_RULES
                         and f.start.offset < label.end and label.start < f.end.offset]  # fmt: skip
                sentences = [a for a in letter.acts if a.span.start < end and start < a.span.end]
                score = max((a.scores[rule.act] for a in sentences), default=None)
                if other:
                    kind = "another tone rule reported it"
                elif score is None:
                    kind = "not in a scored sentence"
                elif score >= rule.threshold:
                    kind = "passed, but denied (unless/negation/competition)"
                elif score >= 0.5:
                    kind = "score 0.5 to threshold"
                elif score >= 0.2:
                    kind = "score 0.2 to 0.5"
                else:
                    kind = "score below 0.2"
                self.kinds[(label.rule, kind)] += 1
                shown = "-" if score is None else f"{score:.2f}"
                shown += f" -> {other[0]}" if other else ""
                self.examples_of.setdefault((label.rule, kind), []).append(
                    f"{name}/{path.name}: {label.quote!r} ({rule.act} {shown})"
                )


def pr(tp: Counter, fp: Counter, fn: Counter, rule: str) -> tuple[float, float]:
    """Return precision and recall of ``rule`` (1.0 where nothing was found or labeled)."""
    t, f, n = tp[rule], fp[rule], fn[rule]
    return (t / (t + f) if t + f else 1.0), (t / (t + n) if t + n else 1.0)


def row(name: str, tp: Counter, fp: Counter, fn: Counter) -> str:
    """Return one table line: P/R of each tone and missing-* rule, and tone micro P/R."""
    cells = [f"{pr(tp, fp, fn, r)[0]:.2f}/{pr(tp, fp, fn, r)[1]:.2f}"
             for r in (*TONE_RULES, *MISSING_RULES)]  # fmt: skip
    t = sum(tp[r] for r in TONE_RULES)
    f = sum(fp[r] for r in TONE_RULES)
    n = sum(fn[r] for r in TONE_RULES)
    micro = f"{t / max(1, t + f):.3f}/{t / max(1, t + n):.3f}"
    anyp, anyr = pr(tp, fp, fn, ANY)
    return (f"{name:<22} " + " ".join(f"{c:>9}" for c in cells) + f"  {micro}  "
            f"{anyp:.3f}/{anyr:.3f}")  # fmt: skip


def header() -> str:
    """Return the table header (rule names shortened)."""
    short = [r.split("-")[-1][:9] if r.startswith("missing") else r.split("-")[0][:9]
             for r in (*TONE_RULES, *MISSING_RULES)]  # fmt: skip
    names = " ".join(f"{s:>9}" for s in short)
    return f"{'configuration':<22} {names}  tone micro P/R  any-tone P/R"


def sweep(bench: Bench, config: Config, min_precision: float) -> dict[str, float]:
    """Print each tone rule's pooled P/R over GRID; return the loosest threshold that holds."""
    chosen = {}
    for rule in TONE_RULES:
        cells, best = [], None
        for threshold in GRID:
            tp, fp, fn, _ = bench.score(config, {rule: threshold})
            precision, recall = pr(tp, fp, fn, rule)
            cells.append(f"{threshold:.2f}:{precision:.2f}/{recall:.2f}")
            if best is None and precision >= min_precision:
                best = threshold
        chosen[rule] = best if best is not None else GRID[-1]
        print(f"{rule:<20} " + " ".join(cells) + f"  -> {chosen[rule]}", flush=True)
    return chosen


def main() -> None:
    """Run the configurations asked for and print the pooled table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--configs", default=",".join(CONFIGS))
    parser.add_argument("--cache", type=Path, default=Path("/tmp/replylint-letter-cv"))
    parser.add_argument("--sweep", action="store_true")
    parser.add_argument("--min-precision", type=float, default=0.92)
    parser.add_argument("--thresholds", default="", help="rule=value,... scored together")
    parser.add_argument("--errors", type=Path, help="write held-out mistakes here")
    args = parser.parse_args()
    started = time.perf_counter()
    bench = Bench(args.cache)
    print(f"read {sum(len(f) for f in bench.files.values())} letters of {len(SETS)} sets in "
          f"{time.perf_counter() - started:.0f} s; folds: "
          + "; ".join(",".join(f) for f in folds()), file=sys.stderr)  # fmt: skip
    pairs = [item.partition("=") for item in args.thresholds.split(",") if item]
    thresholds = {rule: float(value) for rule, _, value in pairs}
    print(header())
    for name in args.configs.split(","):
        config = CONFIGS[name]
        tp, fp, fn, mistakes = bench.score(config, thresholds)
        print(row(name + ("*" if thresholds else ""), tp, fp, fn), flush=True)
        if args.errors:
            lines = [*mistakes, "", "missed tone labels by kind:"]
            for (rule, kind), count in sorted(bench.kinds.items()):
                lines.append(f"{rule:<20} {kind:<50} {count:>4}")
            for (rule, kind), found in sorted(bench.examples_of.items()):
                lines += [f"\n## {rule}: {kind}", *found]
            args.errors.write_text("\n".join(lines) + "\n", encoding="utf-8")
        if args.sweep:
            chosen = sweep(bench, config, args.min_precision)
            tp, fp, fn, _ = bench.score(config, chosen)
            print(row(name + " swept", tp, fp, fn))
            print("chosen: " + ",".join(f"{k}={v}" for k, v in chosen.items()))
    print(f"total {time.perf_counter() - started:.0f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
