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
    for choice in context.received_choices[1:]:
        # NOTE: "11/03/2026 2:30 pm": the reading before the reply, the later one if both are
        # (a November date quoted in a March reply is no date the rejection came)
        _, other = _comparable(context.sent, choice)
        if other <= sent and (received > sent or other > received):
            received = other
    delay = sent - received
    window = timedelta(hours=rule.options.get("window", 24))
    if delay <= window:
        return
    when = "if sent now" if context.sent_assumed else "as dated"
    span = context.sent_span if context.sent_span and not context.sent_assumed else None
    span = span or letter.first_line_span()
    yield rule.finding(letter, span.start, span.end, delay=_describe(delay), when=when)


#: Zones that change their clocks, most written from first: a time quoted without a zone
#: is read in the first of them whose offset is the other time's on its own day.
_CHANGING_ZONES = (
    "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles",
    "America/Anchorage", "America/Halifax", "America/St_Johns", "Europe/London",
    "Europe/Berlin", "Europe/Helsinki", "Australia/Sydney", "Australia/Adelaide",
    "Pacific/Auckland",
)  # fmt: skip


def _comparable(sent: datetime, received: datetime) -> tuple[datetime, datetime]:
    """Make both times aware or both naive (a naive time is taken as the other's zone)."""
    if (sent.tzinfo is None) != (received.tzinfo is None):
        if sent.tzinfo is None:
            sent = _in_zone_of(sent, received)
        else:
            received = _in_zone_of(received, sent)
    return sent, received


def _in_zone_of(naive: datetime, aware: datetime) -> datetime:
    """Return ``naive`` in the zone ``aware`` was written in, its clock changes included.

    A mail client quotes the rejection's time in its user's zone without naming it ("On
    Sat, 31 Oct at 21:00"), and dates the reply with that zone's offset on the day it is
    sent. When a clock change falls between the two, the offsets differ: the offset is
    matched to a zone that changes its clocks, and the quoted time read in that zone.
    """
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    offset = aware.utcoffset()
    for name in _CHANGING_ZONES:
        try:
            zone = ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            return naive.replace(tzinfo=aware.tzinfo)  # no zone data here: the offset as is
        if aware.astimezone(zone).utcoffset() == offset:
            return naive.replace(tzinfo=zone)
    return naive.replace(tzinfo=aware.tzinfo)  # a zone that keeps its offset all year


def _describe(delay: timedelta) -> str:
    hours = int(delay.total_seconds() // 3600)
    days, hours = divmod(hours, 24)
    parts = [f"{days} day{'s' if days != 1 else ''}"] if days else []
    if hours or not parts:
        parts.append(f"{hours} hour{'s' if hours != 1 else ''}")
    return " ".join(parts)
