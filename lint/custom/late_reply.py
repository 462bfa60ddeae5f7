"""late-reply: the reply goes out more than the reply window after the rejection arrived."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

from replylint.findings import Finding
from replylint.letter import Letter
from replylint.rules import Rule


def has_context(letter: Letter, rule: Rule) -> bool:
    """Return True when both the rejection's arrival and the reply's sending are known.

    The reply's time is the letter's own date, or the clock (--now or the current time)
    for a letter without one: a letter checked before sending goes out now.
    """
    return letter.context.received is not None and letter.context.sent is not None


def run(letter: Letter, rule: Rule) -> Iterator[Finding]:
    """Yield one finding when the reply is later than the window allows."""
    context = letter.context
    if not has_context(letter, rule):
        return  # when the rejection arrived is unknown: nothing to measure
    sent, received = _comparable(context.sent, context.received)
    delay = sent - received
    window = timedelta(hours=rule.options.get("window", 24))
    if delay <= window:
        return
    when = "if sent now" if context.sent_assumed else "as dated"
    span = context.sent_span if context.sent_span and not context.sent_assumed else None
    span = span or letter.first_line_span()
    yield rule.finding(letter, span.start, span.end, delay=_describe(delay), when=when)


def _comparable(sent: datetime, received: datetime) -> tuple[datetime, datetime]:
    """Make both times aware or both naive (a naive time is taken as the other's zone)."""
    if (sent.tzinfo is None) != (received.tzinfo is None):
        if sent.tzinfo is None:
            sent = sent.replace(tzinfo=received.tzinfo)
        else:
            received = received.replace(tzinfo=sent.tzinfo)
    return sent, received


def _describe(delay: timedelta) -> str:
    hours = int(delay.total_seconds() // 3600)
    days, hours = divmod(hours, 24)
    parts = [f"{days} day{'s' if days != 1 else ''}"] if days else []
    if hours or not parts:
        parts.append(f"{hours} hour{'s' if hours != 1 else ''}")
    return " ".join(parts)
