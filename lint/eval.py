"""Measure per-rule precision and recall against a folder of labeled letters.

Usage: python -m replylint.eval tests/letters [more folders] [--model blank] [--show-errors]
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import click
from replylint.acts import ACT_MODES
from replylint.cli import acts_option

if TYPE_CHECKING:
    from replylint.findings import Finding

#: The clock for letters without a send date (see score()).
EVAL_CLOCK = datetime(2000, 1, 1)
# NOTE: "downplay-effort|blame-employer" lets either rule report the phrase (GUIDANCE: an
# accusation that they did not try both blames and belittles); the first one is scored.
_LABEL = re.compile(r'^(?P<rule>[a-z][a-z0-9-]*(?:\|[a-z][a-z0-9-]*)*)(?:\s+"(?P<quote>.*)")?\s*$')


@dataclass(frozen=True, slots=True)
class Label:
    """One expected finding: a rule and, for phrase findings, the offsets of its quote."""

    rule: str
    start: int | None = None
    end: int | None = None
    quote: str = ""
    #: Other rules that may report this phrase instead.
    also: tuple[str, ...] = ()


def read_labels(letter: Path, expected: Path | None = None) -> list[Label]:
    """Parse the .expected file beside ``letter``, or ``expected`` (ValueError on a bad line).

    A quote is found in the letter's text as read (an email's decoded body) and placed
    in the file as a finding is (see Letter.file_map); a quote not in it (a header
    address, when positions count in the body) is matched by rule only.
    """
    from replylint.engine import Input, read_letter

    parsed = read_letter(Input(str(letter), letter.read_bytes(), letter.suffix))
    text = parsed.text
    labels = []
    expected = expected or letter.with_suffix(".expected")
    for number, line in enumerate(expected.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = _LABEL.match(line.strip())
        if not match:
            raise ValueError(f"{expected}:{number}: expected 'rule-name' or 'rule-name \"text\"'")
        quote = match["quote"]
        if quote is None:
            labels.append(Label(*_rules(match["rule"])[:1], also=_rules(match["rule"])[1:]))
            continue
        if text.count(quote) == 0 and letter.suffix == ".eml":
            labels.append(
                Label(*_rules(match["rule"])[:1], quote=quote, also=_rules(match["rule"])[1:])
            )
            continue
        # NOTE: an address may stand in the To header and again in the quoted
        # rejection's own header block (a reply to a no-reply sender): it is the
        # recipient either way, and a finding naming it matches (see _names_address)
        address = "@" in quote and " " not in quote
        if text.count(quote) != 1 and not (address and text.count(quote) > 1):
            raise ValueError(
                f"{expected}:{number}: the quote must occur exactly once in the letter"
            )
        start = text.index(quote)
        if parsed.file_map is not None:
            placed = parsed.file_map.span(start, start + len(quote))
            start, end = placed.start, placed.end
        else:
            end = start + len(quote)
        rules = _rules(match["rule"])
        labels.append(Label(rules[0], start, end, quote, rules[1:]))
    return labels


def _names_address(finding: Finding, label: Label) -> bool:
    """Return True when ``label`` quotes an address that ``finding``'s message names.

    The labeling guide lets one wrong recipient be quoted by its address or by its
    greeting; the one finding for both stands on the greeting and names the address.
    """
    return "@" in label.quote and " " not in label.quote and label.quote in finding.message


def _rules(field: str) -> tuple[str, ...]:
    return tuple(field.split("|"))


def letters(folder: Path) -> list[Path]:
    """Return the labeled letters in ``folder`` (those with an .expected file)."""
    return sorted(p for p in folder.iterdir()
                  if p.suffix in (".txt", ".md", ".eml")
                  and p.with_suffix(".expected").exists())  # fmt: skip


def score(
    folders: Path | list[Path],
    model: str = "blank",
    acts: str = "both",
    act_model: str | None = None,
) -> tuple[Counter, Counter, Counter, list[str]]:
    """Return true positives, false positives and false negatives per rule, and the misses.

    ``act_model`` is a model file to use instead of the shipped one.
    """
    from replylint.discover import inputs
    from replylint.engine import Options, lint

    files = [f for folder in ([folders] if isinstance(folders, Path) else folders)
             for f in letters(folder)]  # fmt: skip
    # NOTE: a letter without a send date is judged against the clock; the labels must not
    # depend on today's date, so the clock is set before any rejection arrived.
    options = Options(model=model, now=EVAL_CLOCK, acts=acts, act_model=act_model)
    results = lint(inputs(str(p) for p in files), options)
    return tally([(path, result.findings, result.error)
                  for path, result in zip(files, results, strict=True)])  # fmt: skip


def tally(
    found: list[tuple[Path, Sequence[Finding], str | None]],
) -> tuple[Counter, Counter, Counter, list[str]]:
    """Compare (letter, findings, read error) triples with the letters' labels.

    Return true positives, false positives and false negatives per rule, and the misses.
    """
    tp, fp, fn = Counter(), Counter(), Counter()
    mistakes: list[str] = []
    for path, findings, error in found:
        if error:
            mistakes.append(f"{path}: could not be read: {error}")
            continue
        labels = read_labels(path)
        unmatched = list(labels)
        for finding in findings:
            # NOTE: one finding covers every label of its rule it overlaps: the engine
            # reports a rule once per sentence, while a labeler may quote two phrases there.
            covered = [lb for lb in labels if finding.rule in (lb.rule, *lb.also) and (
                lb.start is None
                or (lb.start < finding.end.offset and finding.start.offset < lb.end)
                or _names_address(finding, lb)
            )]  # fmt: skip
            if not covered:
                fp[finding.rule] += 1
                mistakes.append(f"FP {path.name}:{finding.start.line}: {finding.rule} "
                                f"{finding.text!r}")  # fmt: skip
            for label in covered:
                if label in unmatched:
                    tp[label.rule] += 1
                    unmatched.remove(label)
        for label in unmatched:
            fn[label.rule] += 1
            mistakes.append(f"FN {path.name}: {label.rule} {label.quote!r}")
    return tp, fp, fn, mistakes


@click.command()
@click.argument(
    "folders",
    nargs=-1,
    required=True,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
)
@click.option("--model", default="blank", show_default=True, help="spaCy pipeline to score.")
@acts_option
@click.option("--ablation", is_flag=True, help="Score all three --acts modes, one table each.")
@click.option(
    "--cv",
    is_flag=True,
    help="Also print the act model's cross-validation on its corpus (needs the train extra).",
)
@click.option("--show-errors", is_flag=True, help="List every false positive and negative.")
@click.option(
    "--act-model",
    type=click.Path(exists=True, dir_okay=False),
    help="Score with this act model file instead of the shipped one.",
)
def main(
    folders: tuple[Path, ...],
    model: str,
    acts: str | None,
    ablation: bool,
    cv: bool,
    show_errors: bool,
    act_model: str | None,
) -> None:
    """Print per-rule precision and recall on the labeled letters in FOLDERS."""
    from replylint.errors import ConfigError

    if cv:
        from replylint import train

        sentences = train.load_corpus()
        scores = train.cross_validate(sentences + train.load_letters())["scores"]
        click.echo("act model, cross-validation holding out one corpus writer at a time:")
        click.echo("\n".join(train.report(sentences, scores[: len(sentences)])))

    for mode in ACT_MODES if ablation else (acts or "both",):
        try:
            tp, fp, fn, mistakes = score(list(folders), model, mode, act_model)
        except (ConfigError, ValueError) as exc:
            raise click.ClickException(str(exc)) from None
        click.echo(f"{sum(len(letters(f)) for f in folders)} letters, model {model}, "
                   f"acts: {mode}")  # fmt: skip
        click.echo(table(tp, fp, fn, model, mode))
        if show_errors:
            click.echo("\n".join(mistakes))
    sys.exit(0)


def table(tp: Counter, fp: Counter, fn: Counter, model: str, acts: str) -> str:
    """Return the per-rule precision and recall table, with a micro-averaged last line."""
    from replylint.engine import Options, linter

    lines = [f"{'rule':<26} {'TP':>4} {'FP':>4} {'FN':>4} {'precision':>10} {'recall':>8}"]
    for rule in linter(Options(model=model, now=EVAL_CLOCK, acts=acts)).rules:
        t, f, n = tp[rule.name], fp[rule.name], fn[rule.name]
        if t + f + n == 0:
            lines.append(f"{rule.name:<26} {'(no labels or findings)':>33}")
            continue
        precision = f"{t / (t + f):.2f}" if t + f else "-"
        recall = f"{t / (t + n):.2f}" if t + n else "-"
        lines.append(f"{rule.name:<26} {t:>4} {f:>4} {n:>4} {precision:>10} {recall:>8}")
    t, f, n = sum(tp.values()), sum(fp.values()), sum(fn.values())
    lines.append(
        f"{'all':<26} {t:>4} {f:>4} {n:>4} {t / max(1, t + f):>10.2f} {t / max(1, t + n):>8.2f}"
    )
    return "\n".join(lines)


if __name__ == "__main__":
    main()
