"""Python source written for each compiled token pattern (see tokenmatch.py).

A pattern's tests are inlined into a small function compiled once, the first time a
document needs it: no call per token. Only column numbers and offsets are written into
the source; a pattern's words (string IDs) are bound by name, never spelled in it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

#: One condition on a token: (column, "==", 0 or 1) or (column, "in"/"not in", string IDs).
Atom = tuple[int, str, Any]
#: One pattern token: its test (all its conditions, negated by "!"), and how often it repeats.
Step = tuple[tuple[tuple[Atom, ...], bool], int, int]
#: A compiled pattern tried at anchors: (anchor positions, columns, length, matches found).
Trial = Callable[[Sequence[int], list[list[int]], int, set[tuple[str, int, int]]], None]


def plan(key: str, steps: tuple[Step, ...], anchor: int, order: list[int]) -> Trial:
    """Return a function that tries a pattern at anchor positions, written for the pattern.

    The steps of one token each next to the anchor make its core, tested at fixed
    offsets (cheap, and where most tries fail; the likeliest to fail first); the steps
    before and after the core are walked from its edges, every position a step can
    reach kept (as spaCy's Matcher keeps every match). The function is Python source
    compiled once: the tests inline, no call per token.
    """
    single = [low == high == 1 for _, low, high in steps]
    first, last = anchor, anchor + 1
    while first > 0 and single[first - 1]:
        first -= 1
    while last < len(steps) and single[last]:
        last += 1
    left, right = anchor - first, last - anchor
    names: dict[str, Any] = {"KEY": key}
    columns = sorted({a for test, _, _ in steps for a, _, _ in test[0]})
    lines = ["def trial(positions, c, length, seen):"]
    lines += [f"    c{a} = c[{a}]" for a in columns]
    lines.append("    for i in positions:")
    if left:
        lines.append(f"        if i < {left}: continue")
    if right > 1:
        lines.append(f"        if i + {right} > length: continue")
    for k in [anchor] + [k for k in order if first <= k < last]:
        where = "i" if k == anchor else f"i {'+' if k > anchor else '-'} {abs(k - anchor)}"
        lines.append(f"        if not {_test(steps[k][0], where, names)}: continue")
    if first == 0 and last == len(steps):
        lines.append(f"        seen.add((KEY, i - {left}, i + {right}))")
    else:
        # NOTE: most tries end in a side that reaches nowhere: stop there, before the
        # other side is walked or a generator is made for no pairs
        lines.append(f"        starts = {{i - {left}}}")
        if first > 0:
            lines += _walk(steps[:first][::-1], "starts", -1, names, 8)
            lines.append("        if not starts: continue")
        lines.append(f"        ends = {{i + {right}}}")
        if last < len(steps):
            lines += _walk(steps[last:], "ends", 1, names, 8)
            lines.append("        if not ends: continue")
        lines.append("        seen.update((KEY, s, e) for s in starts for e in ends)")
    exec(compile("\n".join(lines), f"<pattern {key!r}>", "exec"), names)
    return names["trial"]


def needs_test(needs: tuple[tuple[int, frozenset[int]], ...]) -> Callable:
    """Return a test that a document's words (a set per column) include one word of
    each (column, string IDs) in ``needs``."""
    names = {f"N{k}": ids for k, (_, ids) in enumerate(needs)}
    tests = " and ".join(f"not present[{c}].isdisjoint(N{k})" for k, (c, _) in enumerate(needs))
    return eval(f"lambda present: {tests}", names)


def _walk(steps: Sequence[Step], into: str, way: int, names: dict[str, Any], indent: int
          ) -> list[str]:  # fmt: skip
    """Return source lines that walk ``steps`` from every position in the set ``into``.

    Going forward (``way`` 1, up to the document's length) a step tests the token at
    a position; going back (-1, down to 0) the token before it. The set ends up as
    every position the steps reach; once it is empty the rest is skipped. The lines
    start ``indent`` spaces in.
    """
    bound, look = ("length", "p") if way == 1 else ("0", "p - 1")
    move = "p += 1" if way == 1 else "p -= 1"
    lines: list[str] = []
    pad = " " * indent
    for number, (test, low, high) in enumerate(steps):
        check = _test(test, look, names)
        if low == high == 1:
            lines.append(f"{pad}{into} = {{p {'+' if way == 1 else '-'} 1 for p in {into} "
                         f"if p != {bound} and {check}}}")  # fmt: skip
        else:
            lines += [f"{pad}reached = set()",
                      f"{pad}for p in {into}:",
                      f"{pad}    count = 0",
                      f"{pad}    while count < {high} and p != {bound} and {check}:",
                      f"{pad}        {move}",
                      f"{pad}        count += 1"]  # fmt: skip
            lines.append(f"{pad}        reached.add(p)" if low <= 1 else
                         f"{pad}        if count >= {low}: reached.add(p)")  # fmt: skip
            if low == 0:
                lines.append(f"{pad}    reached.add(p {'-' if way == 1 else '+'} count)")
            lines.append(f"{pad}{into} = reached")
        if number + 1 < len(steps):
            lines.append(f"{pad}if {into}:")
            pad += "    "
    return lines


def _test(test: tuple[tuple[Atom, ...], bool], where: str, names: dict[str, Any]) -> str:
    """Return a Python expression for one pattern token's test of the token at ``where``."""
    atoms, negated = test
    if not atoms:
        return "False" if negated else "True"
    parts = []
    for column, op, value in atoms:
        if op != "==":
            name = f"S{len(names)}"
            names[name] = value
            value = name
        parts.append(f"c{column}[{where}] {op} {value}")
    joined = " and ".join(parts)
    return f"(not ({joined}))" if negated else f"({joined})"
