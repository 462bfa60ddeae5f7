"""The guidance as a checklist per letter, worked out from its findings and its context.

Every report that shows a checklist (``--checklist`` in the text report, the HTML report)
asks this module, so they always agree. An item is ticked when the rules behind it ran
and found nothing, crossed when one of them found something, "can't tell" when a context
rule had nothing to judge by (no signer known, no arrival date), and "not checked" when
one of its rules did not run (--select, --ignore, per-file-ignores).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from replylint.findings import FileResult, Finding
from replylint.rules import Rule


class Mark(Enum):
    """How a letter stands on one item: a word for it and a symbol."""

    YES = ("yes", "✓")
    NO = ("no", "✗")
    UNKNOWN = ("can't tell", "?")
    UNCHECKED = ("not checked", "\u2013")  # an en dash

    @property
    def word(self) -> str:
        return self.value[0]

    @property
    def symbol(self) -> str:
        return self.value[1]


@dataclass(frozen=True, slots=True)
class Item:
    """One thing a good reply does, and the rules that tell whether this one does it."""

    key: str
    #: What a tick means; may name a rule option ({window}, {max}).
    label: str
    rules: tuple[str, ...]
    #: Why the item can't be judged when a context rule had nothing to go by.
    unknown: str = ""


#: The checklist, in the order a reader checks a reply. Every built-in rule is behind
#: exactly one item (a test holds this); a user's own rules appear only as findings.
ITEMS = (
    Item("thanks", "Thanked them for their time and consideration", ("missing-thanks",)),
    Item("congratulations", "Congratulated them and wished the new hire well",
         ("missing-congratulations",)),
    Item("feedback", "Asked for feedback, politely",
         ("missing-feedback-request", "demanding-feedback")),
    Item("door-open", "Left the door open", ("missing-door-open",)),
    Item("recipients", "Wrote only to the people who decided", ("wrong-recipient",),
         "the letter does not say who signed the rejection, or whom the reply is to"),
    Item("company", "Named the right company", ("wrong-company",),
         "the letter does not say which company sent the rejection"),
    Item("prompt", "Replied within {window} hours", ("late-reply",),
         "the letter does not say when the rejection arrived"),
    Item("no-blame", "No blame, and their effort not belittled",
         ("blame-employer", "downplay-effort")),
    Item("no-venting", "No venting", ("negative-emotion",)),
    Item("no-arguing", "No arguing with the decision", ("reconsider-plea",)),
    Item("no-slots", "No template slots left in", ("template-placeholder",)),
    Item("short", "Short enough ({max} words or fewer)", ("too-long",)),
)  # fmt: skip
#: The values labels use when the rule is not at hand (its shipped defaults).
_DEFAULTS = {"window": 24, "max": 250}


@dataclass(frozen=True, slots=True)
class Entry:
    """One item of one letter's checklist: its mark and the findings behind a cross."""

    item: Item
    label: str
    mark: Mark
    findings: tuple[Finding, ...]

    @property
    def reason(self) -> str:
        """Return why the item is not ticked or crossed ('' when it is)."""
        if self.mark is Mark.UNKNOWN:
            return self.item.unknown
        if self.mark is Mark.UNCHECKED:
            return "its rules did not all run on this letter"
        return ""


def labels(rules: Iterable[Rule] = ()) -> dict[str, str]:
    """Return each item's label with the rules' option values filled in."""
    values = dict(_DEFAULTS)
    for rule in rules:
        if rule.name == "late-reply":
            values["window"] = rule.options.get("window", values["window"])
        elif rule.name == "too-long":
            values["max"] = rule.options.get("max", values["max"])
    return {item.key: item.label.format(**values) for item in ITEMS}


def checklist(result: FileResult, names: dict[str, str] | None = None) -> list[Entry]:
    """Return the checklist of one linted letter (``names`` from labels())."""
    names = names or labels()
    entries = []
    for item in ITEMS:
        found = tuple(f for f in result.findings if f.rule in item.rules)
        if found:
            mark = Mark.NO
        elif result.checked is not None and not set(item.rules) <= set(result.checked):
            mark = Mark.UNCHECKED
        elif set(item.rules) & set(result.unknown):
            mark = Mark.UNKNOWN
        else:
            mark = Mark.YES
        entries.append(Entry(item, names[item.key], mark, found))
    return entries
