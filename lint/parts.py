"""Split the writer's text into salutation, body, closing, signature and postscript."""

from __future__ import annotations

import re

from replylint.custom._people import JOB_TITLES, TITLES, fold
from replylint.letter import Letter, Span

#: The words a greeting opens with, in the languages job seekers write in (verbose regex).
GREETING_WORDS = r"""dear|hi|hello|hey|hiya|greetings|good\ (?:morning|afternoon|evening|day)
    |morning|afternoon|bonjour|bonsoir|ch[eè]re?s?|madame|monsieur|mesdames|messieurs
    |sehr\ geehrter?|liebe[rs]?|hallo|guten\ (?:tag|morgen)|estimad[oa]s?|querid[oa]s?
    |hola|buen[oa]s\ d[ií]as|car[oa]|carissim[oa]|gentile|gentil[ií]ssim[oa]|buongiorno
    |beste|geachte|hej|hei|k[æa]re?|drog[ia]|szanown[ya]|prezad[oa]s?|ol[áa]|caro\ senhor"""
_GREETING = re.compile(
    rf"""^[ \t]*(?:(?:{GREETING_WORDS}|to\ whom\ it\ may\ concern)(?=[\s,:!]|$)
        |to\ the\ [^\r\n.!?]{{1,60}}?[,:]?[ \t]*\r?$)""",
    re.IGNORECASE | re.VERBOSE,
)
# The greeting ends at the first comma, colon, '!', dash between spaces ("hi Jonas - thx
# for ...": a one-paragraph letter) or end of line, whichever comes first.
_GREETING_END = re.compile(r"[,:!]|\s[-\u2013\u2014](?=\s)|\r?$", re.MULTILINE)
#: Words that open the body, never a name: where a greeting without punctuation stops
#: ("Hey Tony thanks for ...", "hi jess I loved ..."). Names that are also words
#: ("Will", "Hope", "Grace") are left out on purpose.
_BODY_OPENERS = frozenset({
    "thank", "thanks", "thankyou", "thx", "tx", "ty", "tysm", "cheers", "ta", "merci",
    "gracias", "danke", "grazie", "obrigado", "obrigada", "so", "i", "i'm", "im", "i've",
    "ive", "i'd", "id", "i'll", "its", "it's", "it", "just", "hoping", "sorry", "can", "could",
    "would", "quick", "this", "that", "well", "ok", "okay", "yes", "please", "congrats",
    "congratulations", "many", "sad", "bummer", "wanted", "was", "we", "you", "your", "you're",
    "u", "ur", "what", "how", "really", "oh", "ah", "wow", "appreciate", "appreciated",
    "received", "got", "heard", "hearing", "unfortunately", "understood", "noted", "apologies",
    "regarding", "following", "after", "as", "is", "are", "my", "me",
})  # fmt: skip

#: A sign-off line ("Best regards,", "Thanks again!"): in the reply and in a quoted rejection.
SIGN_OFF = re.compile(
    r"""^[ \t]*(?:(?:best|kind|kindest|warm|warmest|many|warm\ best|with\ best|with\ kind)?
        [ \t]*(?:regards|wishes|thanks|thank\ you)
        |best|all\ the\ best|sincerely(?:\ yours)?|yours(?:\ sincerely|\ truly|\ faithfully)?
        |respectfully(?:\ yours)?|cordially|cheers|warmly|gratefully|thanks(?:\ again|\ so\ much)?
        |thank\ you(?:\ again|\ so\ much)?|with\ (?:thanks|gratitude|appreciation|warm\ regards)
        |take\ care|talk\ soon|speak\ soon|until\ next\ time|best\ of\ luck|regards)
        [ \t]*[,.!]?[ \t]*\r?$""",
    re.IGNORECASE | re.VERBOSE,
)
_SIGNATURE_SEPARATOR = re.compile(r"^-- ?\r?$")
#: A postscript's first line after the signature: "P.S. ...", "PS: ...", "P.P.S. ...".
_POSTSCRIPT = re.compile(r"^[ \t]*(?:P\.?[ \t]?){1,2}S\b\.?[ \t]*[:,-]?", re.IGNORECASE)
#: How many short lines may follow a sign-off and still be its signature.
_MAX_SIGNATURE_LINES = 8


def split(letter: Letter) -> dict[str, Span]:
    """Return the parts of ``letter``'s own text as spans into the file text."""
    lines = _lines(letter.text, letter.own)
    nonblank = [ln for ln in lines if ln.end > ln.start and letter.text[ln.start : ln.end].strip()]
    if not nonblank:
        return {"body": letter.own}

    body_start, body_end = letter.own.start, letter.own.end
    parts: dict[str, Span] = {}

    first = nonblank[0]
    first_text = letter.text[first.start : first.end]
    if _GREETING.match(first_text):
        end = _greeting_end(first_text)
        parts["salutation"] = Span(first.start, first.start + end)
        body_start = first.start + end

    closing_at = _closing_line(letter.text, nonblank)
    if closing_at is not None:
        closing = nonblank[closing_at]
        if closing.start >= body_start:
            parts["closing"] = closing
            body_end = closing.start
            if closing_at + 1 < len(nonblank):
                parts["signature"] = Span(nonblank[closing_at + 1].start, nonblank[-1].end)
    else:
        separator = next(
            (i for i, ln in enumerate(nonblank) if _SIGNATURE_SEPARATOR.match(_at(letter, ln))),
            None,
        )
        if separator is not None and nonblank[separator].start >= body_start:
            parts["signature"] = Span(nonblank[separator].start, nonblank[-1].end)
            body_end = nonblank[separator].start

    parts["body"] = Span(body_start, max(body_start, body_end))
    signature = parts.get("signature")
    # NOTE: a P.S. under the signature is the writer's own words, read as the body is
    # ("P.S. Please pass my best to the rest of the team.")
    script = next((ln for ln in nonblank if signature is not None and ln.start >= signature.start
                   and _POSTSCRIPT.match(_at(letter, ln))), None)  # fmt: skip
    if script is not None:
        parts["postscript"] = Span(script.start, signature.end)
        before = [ln for ln in nonblank if signature.start <= ln.start < script.start]
        if before:
            parts["signature"] = Span(signature.start, before[-1].end)
        else:
            del parts["signature"]
    return parts


def _greeting_end(line: str) -> int:
    """Return where the greeting on ``line`` ends: after the greeting words and the name.

    Punctuation usually ends it ("Hi Sam, thanks ..."); without any, it ends before the
    first word that opens the body ("Hey Tony thanks ...", "hi jess I got ...").
    """
    end = _GREETING_END.search(line).end()
    opening = _GREETING.match(line).end()
    if re.search(r"[\[\]{}<>]", line[:end]):
        return end  # a template slot ("Dear [first name],") is left whole
    words = list(re.finditer(r"\S+", line[opening:end]))
    for k, word in enumerate(words):
        bare = word.group().strip(".,;:!?\"'()").lower().replace("\u2019", "'")
        if bare in _BODY_OPENERS and not _surname_after_title(words, k):
            return len(line[: opening + word.start()].rstrip())
    return end


def _surname_after_title(words: list[re.Match[str]], k: int) -> bool:
    """Return True when ``words[k]`` is a family name after a title that ends the greeting.

    NOTE: "Dear Manager Oh,", "Dear Mr. So,": Korean and Chinese family names spelt like
    words that open a body; capitalised after a title, as the greeting's last word, they
    are the name greeted, not the body's first word.
    """
    word = words[k].group()
    last = k == len(words) - 1 or not re.search(r"\w", "".join(w.group() for w in words[k + 1 :]))
    before = fold(words[k - 1].group()).strip(".") if k else ""
    return word[:1].isupper() and last and (before in TITLES or before in JOB_TITLES)


def _closing_line(text: str, nonblank: list[Span]) -> int | None:
    """Return the index of the sign-off line near the end, if there is one."""
    lowest = max(0, len(nonblank) - 1 - _MAX_SIGNATURE_LINES)
    for i in range(len(nonblank) - 1, lowest - 1, -1):
        line = text[nonblank[i].start : nonblank[i].end]
        if SIGN_OFF.match(line):
            # NOTE: everything after a sign-off must look like a signature (short lines),
            # or "Thanks again," was a sentence of the body, not the sign-off.
            tail = nonblank[i + 1 :]
            script = next((k for k, s in enumerate(tail)
                           if _POSTSCRIPT.match(text[s.start : s.end])), len(tail))  # fmt: skip
            tail = tail[:script]  # a P.S. under the signature may be a long line
            if all(len(text[s.start : s.end].split()) <= 10 for s in tail):
                return i
            return None
    return None


def _lines(text: str, own: Span) -> list[Span]:
    """Return the lines of ``own`` as spans (without line breaks)."""
    spans = []
    start = own.start
    while start < own.end:
        end = text.find("\n", start, own.end)
        end = own.end if end == -1 else end
        stop = end - 1 if end > start and text[end - 1] == "\r" else end
        spans.append(Span(start, stop))
        start = end + 1
    return spans


def _at(letter: Letter, span: Span) -> str:
    return letter.text[span.start : span.end]
