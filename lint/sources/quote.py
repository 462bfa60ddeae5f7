"""Find the quoted rejection below a reply, and read who sent it, when and from where."""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, field
from datetime import datetime

from replylint.custom._people import PERSON_TITLES
from replylint.letter import Context, Person, domain_name
from replylint.parts import SIGN_OFF

#: "wrote" in the languages mail clients most often localise the attribution line into.
_WROTE = r"(?:wrote|schrieb|a\s+écrit|escribió|ha\s+scritto|scrisse|schreef|skrev|napisał|escreveu)"
_ATTRIBUTION = re.compile(
    rf"^[ \t>]*(?:On|Am|Le|El|Il|Op|Den|W\s+dniu|Em)\b(?P<body>.{{4,300}}?)"
    # the sender may follow the verb too: "Am 2. März 2026 schrieb Katrin <k@x.de>:"
    rf"\s*{_WROTE}(?:[ \t]+(?P<after>[^\r\n:]{{1,200}}?))?\s*:[ \t]*\r?$",
    re.MULTILINE | re.DOTALL,
)
_ORIGINAL = re.compile(r"^[ \t]*-{2,}\s*(?:Original Message|Forwarded message)\s*-{2,}[ \t]*\r?$",
                       re.MULTILINE | re.IGNORECASE)  # fmt: skip
#: Outlook's header labels in the languages it is localised into ("Von:", "De :").
_FROM_LABEL = r"(?:From|De|Von|Da|Van|Från|Fra|Od|Lähettäjä)"
_SENT_LABEL = (r"(?:Sent|Date|Envoyé|Gesendet|Enviado(?:\s+el)?|Inviato|Verzonden|Skickat"
               r"|Sendt|Datum|Data|Wysłano|Lähetetty)")  # fmt: skip
_SUBJECT_LABEL = r"(?:Subject|Objet|Betreff|Asunto|Oggetto|Onderwerp|Assunto|Ämne|Emne|Temat|Aihe)"
# Outlook's unquoted header block: From:, then Sent:/Date: and Subject: within a few lines
# (French Outlook puts a space before each colon: "De : ...").
_OUTLOOK = re.compile(
    rf"^[ \t]*\*?{_FROM_LABEL}[ \t]?:\*?[ \t]+(?P<from>.+?)\r?\n(?:.*\r?\n){{0,3}}?[ \t]*\*?"
    rf"{_SENT_LABEL}[ \t]?:\*?[ \t]+(?P<date>.+?)\r?\n(?:.*\r?\n){{0,3}}?[ \t]*\*?"
    rf"{_SUBJECT_LABEL}[ \t]?:",
    re.MULTILINE,
)
_QUOTED_LINE = re.compile(r"^[ \t]*>", re.MULTILINE)
_ADDRESS = re.compile(r"<?\[?(?:mailto:)?([\w.+-]+@[\w-]+(?:\.[\w-]+)+)\]?>?")
_DATE_WORDS = re.compile(
    # NOTE: whole names or their abbreviations only: "Sato" or "Junaid" is a name, not a date
    r"^(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?|wednesday|thursday|tuesday"
    r"|saturday|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?$"
    r"|^(?:at|am|pm|a\.m\.|p\.m\.|utc|gmt|um|à|a\s+las|alle)$|^[+-]?\d",
    re.IGNORECASE,
)
_TITLE_WORDS = re.compile(
    r"\b(?:manager|director|recruiter|recruiting|recruitment|partner|coordinator|specialist|lead"
    r"|head|officer|vp|vice|president|hr|human\s+resources|talent|acquisition|principal|chair"
    r"|dean|editor|chief|ceo|cto|cfo|founder|generalist|advisor|consultant|supervisor|associate"
    r"|administrator|engineer|superintendent|team|people|operations"
    # the same in the languages rejections are often signed in ("Leiterin Personal")
    r"|leiter\w*|gerente|direct(?:eur|rice|ora?)|diretora?|responsable|jef[ae]|personal"
    r"|recursos|ressources|talentos?|charg[ée]e?|referent\w*|coordinat\w*)\b",
    re.IGNORECASE,
)
#: The legal form that ends a company's name on a line of its own ("Harrow Fabrications Ltd.").
_LEGAL_FORM = re.compile(
    r"\s(?:ltd|limited|inc|llc|llp|l\.p|plc|gmbh|pty|corp|co|ag|s\.a|b\.v|n\.v|s\.r\.l|ltda"
    r"|sas|sarl|s\.a\.s|k\.k|kk|kft|bhd|pvt|ab|a/s|aps|oy|s\.p\.a|spa|s\.l|sl|bv|nv|kg|se"
    r"|c\.v|zrt|nyrt|sp\.\s?z\s?o\.o)\.?(?=\s*(?:[,|\u2013\u2014\u00b7\u2022]|-\s|$))",
    re.IGNORECASE,
)
#: What may follow a company's name on its sign-off line: a city or a site.
_SITE_AFTER = re.compile(r"\s+[|\u2013\u2014\u00b7\u2022]\s+|\s+-\s+|\s*,\s+(?=[^,]*$)")
#: Where a title line splits into title, team and company ("Head of People, Acme Corp").
_TITLE_SPLIT = re.compile(
    r"\s*(?:[|\u2013\u2014-]|,(?!\s*(?:inc|ltd|llc|l\.?p|plc|co)\b))\s+|\s+at\s+", re.IGNORECASE
)
_URL_OR_PHONE = re.compile(r"https?://|www\.|@|\+?\d[\d ()./-]{6,}")


@dataclass(slots=True)
class Quote:
    """The quoted original: where it starts and what it tells about the rejection."""

    start: int
    context: Context = field(default_factory=Context)


def find(text: str, start: int, end: int) -> Quote | None:
    """Return the quoted rejection inside text[start:end], if the reply quotes one."""
    candidates: list[tuple[int, Context]] = []
    for match in _ATTRIBUTION.finditer(text, start, end):
        if "\n\n" in match["body"].replace("\r", ""):
            continue  # an attribution line wraps over two lines at most, never a paragraph
        sender, when = _attribution(f"{match['body']} {match['after'] or ''}")
        candidates.append((match.start(), Context(signers=[sender] if sender else [],
                                                  received=when)))  # fmt: skip
        break
    for match in _ORIGINAL.finditer(text, start, end):
        outlook = _OUTLOOK.search(text, match.end(), end)
        context = _outlook_context(outlook) if outlook else Context()
        candidates.append((match.start(), context))
        break
    for match in _OUTLOOK.finditer(text, start, end):
        candidates.append((match.start(), _outlook_context(match)))
        break
    bare = _trailing_quote_block(text, start, end)
    if bare is not None:
        candidates.append((bare, Context()))
    candidates = [(at, c) for at, c in candidates if text[start:at].strip()]
    if not candidates:
        return None
    at, context = min(candidates, key=lambda item: item[0])
    domains = tuple(p.address.split("@", 1)[1] for p in context.signers if "@" in p.address)
    signature = signature_context(_unquote(text[at:end]), domains)
    known = {p.name.lower() for p in context.signers}
    context.signers += [p for p in signature.signers if p.name.lower() not in known]
    context.merge(signature)
    context.thread = _unquote(text[at:end])
    if context.company is None:
        context.company = _company_in_text(context.thread) or next(
            (_legal_name(line) for line in context.thread.splitlines() if _legal_name(line)), None
        )
    return Quote(start=at, context=context)


def signature_context(body: str, domains: tuple[str, ...] = ()) -> Context:
    """Read the sign-off block of a rejection: who signed, with what title, for which company.

    A line is a signer's name when it opens the block or a title line follows it; the
    company is a line of its own or the part after a title ("HR Manager, Acme Corp"),
    preferring the one that matches the sender's email domain.
    """
    lines = [line.strip() for line in body.splitlines()]
    closings = [k for k in range(len(lines) - 1, -1, -1) if SIGN_OFF.match(lines[k])]
    # NOTE: a sign-off without a closing word ("SATO Kenji" under the last sentence) is
    # tried last: the line before it is taken as the closing
    for i in [*closings, _last_paragraph(lines)]:
        if i is None:
            continue
        block = [ln for ln in lines[i + 1 : i + 12] if ln and not _URL_OR_PHONE.search(ln)]
        if not block or (
            len(block[0].split()) > 5
            and not _names_line(block[0])
            and not _honorific_name(_TITLE_SPLIT.split(block[0])[0])
        ):
            continue
        signers: list[Person] = []
        companies: list[str] = []
        after_title: list[str] = []
        for k, line in enumerate(block):
            if _legal_name(line):
                companies.append(_legal_name(line))  # "Harrow Fabrications Ltd." is never a person
                continue
            title = bool(_TITLE_WORDS.search(line))
            next_is_title = k + 1 < len(block) and bool(_TITLE_WORDS.search(block[k + 1]))
            first = _TITLE_SPLIT.split(line)[0]
            if _honorific_name(first):  # "Dr. Amara Nwosu, Group Leader": a person anywhere
                signers.append(Person.parse(first))
                continue
            if not title and (k == 0 or next_is_title) and _names_line(line):
                signers += [Person.parse(n) for n in _names_line(line)]
            elif not title and (k == 0 or next_is_title) and len(line.split()) <= 5:
                names = re.split(r"\s+(?:and|&)\s+|\s*/\s*", line)
                signers += [Person.parse(n) for n in names if n]
            elif title:
                # NOTE: a comma before a legal form stays ("Quillon Software, Inc.")
                parts = _TITLE_SPLIT.split(line)
                if len(parts) > 1 and _looks_like_name(parts[0]):  # "Aisha Bello, People Partner"
                    signers.append(Person.parse(parts[0]))
                    parts = parts[1:]
                if len(parts) > 1 and not _TITLE_WORDS.search(parts[-1]):
                    after_title.append(parts[-1])
            elif len(_SITE_AFTER.split(line)[0].split()) <= 6 and line[:1].isupper():
                companies.append(_SITE_AFTER.split(line)[0])  # "Castlebridge Insurance | Toronto"
        # A line of its own names the company more surely than the tail of a title line
        # ("Engineering Manager, Platform" names a team).
        return Context(signers=signers, company=_best_company(companies + after_title, domains))
    return Context()


def _last_paragraph(lines: list[str]) -> int | None:
    """Return the blank line before a sign-off that has no closing word ("SATO Kenji").

    The last paragraph is a sign-off when it is a few short lines opening on a name.
    """
    ends = [k for k, line in enumerate(lines) if line]
    if not ends:
        return None
    blank = next((k for k in range(ends[-1], -1, -1) if not lines[k]), None)
    if blank is None or blank == 0 or ends[-1] - blank > 6:
        return None
    first = lines[blank + 1]
    if not (_looks_like_name(first) and not first.endswith((".", "!", "?", ":"))):
        return None
    return blank


def _names_line(line: str) -> list[str]:
    """Return the names of a line that lists several signers ("Ana Ruiz, Li Wei and Tom Bell").

    Each name has two to four capitalised words and no title, so a company such as
    "Harlow, Briggs & Partners" is never read as people.
    """
    names = [n for n in re.split(r"\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+|\s*/\s*", line) if n]
    if len(names) < 2 or not all(_looks_like_name(n) for n in names):
        return []
    return names


_COMPANY_IN_TEXT = re.compile(
    r"\b(?:interest in joining|interviewing with|interviewed with|applying to|applied to"
    r"|application to|here at|position at|role at|opportunity at|on behalf of|everyone at"
    r"|team at)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w&'’.-]*(?:\s+(?:&\s+)?[A-Z][\w&'’.-]*){0,3})"
)


def _company_in_text(body: str) -> str | None:
    """Return the company a rejection names ("Thank you for your interest in Quillon")."""
    match = _COMPANY_IN_TEXT.search(body)
    return match["name"].rstrip(".") if match else None


def _legal_name(line: str) -> str | None:
    """Return the name a short line gives with a legal form ("Acme Holdings Ltd"), or None.

    A place after the name is left off: "Kairo Robotics Co., Ltd. | Yokohama" and
    "Pinecrest Games Ltd, Dundee" name Kairo Robotics Co., Ltd. and Pinecrest Games Ltd.
    """
    line = line.strip()
    if not line[:1].isupper() or _URL_OR_PHONE.search(line):
        return None
    for part in [line, *_SITE_AFTER.split(line)]:
        # "Bergmann Solartechnik GmbH, Freiburg": the name ends at its (last) legal form
        legal = [m.end() for m in _LEGAL_FORM.finditer(part)]
        name = part[: legal[-1]].strip() if legal else ""
        if name and len(name.split()) <= 6 and not _TITLE_WORDS.search(name):
            return name
    return None


def _honorific_name(text: str) -> bool:
    """Return True for 'Dr. Amara Nwosu' or 'Ms Li': an honorific only a person has, then a name."""
    words = text.split()
    return (2 <= len(words) <= 5 and words[0].rstrip(".").lower() in PERSON_TITLES
            and all(w[:1].isupper() for w in words[1:]))  # fmt: skip


def _looks_like_name(text: str) -> bool:
    """Return True for 'Aisha Bello' or 'Dr. Rebecca Stein': 2-4 capitalised words, no title."""
    words = text.split()
    return (2 <= len(words) <= 4 and not _TITLE_WORDS.search(text)
            and all(w[:1].isupper() for w in words))  # fmt: skip


def _best_company(names: list[str], domains: tuple[str, ...]) -> str | None:
    """Pick the company among sign-off candidates: the sender's domain decides when it can."""
    if not names:
        return None
    stems = [re.sub(r"[^a-z0-9]", "", domain_name(d)) for d in domains]
    for name in names:
        key = re.sub(r"[^a-z0-9]", "", name.lower())
        if any(stem and (key in stem or stem in key) for stem in stems):
            return name
    return max(names, key=lambda name: (names.count(name), -names.index(name)))


def _attribution(body: str) -> tuple[Person | None, datetime | None]:
    """Split 'Tue, Mar 3, 2026 at 4:20 PM Dana Whitfield <dana@acme.com>' into who and when."""
    body = " ".join(body.split())
    address_match = _ADDRESS.search(body)
    address = address_match.group(1) if address_match else ""
    rest = body[: address_match.start()] if address_match else body
    # The name is the run of words after the date: after the last comma when there is
    # one (Apple, Thunderbird), else the trailing words that are not date words (Gmail).
    words = rest.rstrip(" ,").split(" ")
    name_words: list[str] = []
    while words and not _date_word(words[-1].strip(",")) and not words[-1].endswith(","):
        name_words.insert(0, words.pop())
    name = " ".join(name_words).strip(' "<>')
    date_text = " ".join(words).strip(" ,")
    when = _parse_date(date_text)
    if not name and not address:
        return None, when
    return Person(name=name, address=address.lower()), when


def _date_word(word: str) -> bool:
    """Return True for a word of a date: a weekday, month, number, zone, "at", "Uhr"."""
    return bool(_DATE_WORDS.match(word)) or word.upper() in _ZONES or word.lower() in ("uhr", "h")


def _outlook_context(match: re.Match[str]) -> Context:
    sender = match["from"].strip().strip("*")
    address = _ADDRESS.search(sender)
    name = sender[: address.start()].strip(' "*') if address else sender
    if name.count(",") == 1:  # Outlook's "Whitfield, Dana"
        last, first = (part.strip() for part in name.split(","))
        name = f"{first} {last}"
    person = Person(name=name, address=address.group(1).lower() if address else "")
    return Context(signers=[person], received=_parse_date(match["date"]))


def _parse_date(text: str) -> datetime | None:
    """Return the date in ``text``, or None when it is missing or has no year."""
    if not re.search(r"\b(?:19|20)\d{2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b", text):
        return None  # "On 14 March" could be any year: better unknown than wrong
    text = _in_english(text)
    text = re.sub(r"\b(?:at|um|à|alle)\b", " ", text)
    # NOTE: dateutil reads "UTC-06:00" the POSIX way (as six hours *ahead*); Outlook's
    # "(UTC-06:00)" means behind, so it is given to the parser as a bare offset.
    text = re.sub(r"\(?\b(?:UTC|GMT)\s*([+-])\s*(\d{1,2}):?(\d{2})?\)?",
                  lambda m: f" {m[1]}{int(m[2]):02d}{m[3] or '00'} ", text)  # fmt: skip
    from dateutil import parser as date_parser  # only for letters that quote a rejection

    try:
        with warnings.catch_warnings():
            # NOTE: an unknown or ambiguous zone name (IST) leaves the time as written;
            # dateutil would also print a warning of its own onto the user's terminal.
            warnings.simplefilter("ignore", date_parser.UnknownTimezoneWarning)
            when = date_parser.parse(text, fuzzy=True, tzinfos=_ZONES)
        # NOTE: dateutil keeps a zone of a day or more ("UTC+99:99"), which datetime
        # refuses as soon as the date is used: such a date is unknown.
        when.utcoffset()
    except (ValueError, OverflowError):
        return None
    return when


def _in_english(text: str) -> str:
    """Return a date as other languages' mail clients write it, with English names.

    "Mo., 2. März 2026", "lun. 2 mars 2026", "mar, 3 de marzo de 2026": weekdays
    (before the first digit) are dropped, months translated, a day's German full stop
    and Romance "de" removed; a typographic minus (U+2212, "UTC\u221203:00") becomes a hyphen.
    """
    text = text.replace("\u2212", "-").replace("\u2013", "-")
    digit = re.search(r"\d", text)
    split = digit.start() if digit else len(text)
    text = _WEEKDAYS.sub(" ", text[:split]) + text[split:]
    text = _MONTH_NAMES.sub(lambda m: _MONTHS[m.group(1).lower()], text)
    text = re.sub(r"\b(\d{1,2})\.(?=\s)", r"\1", text)
    return re.sub(r"\b(?:de|del)\b", " ", text)


#: Month names in the languages mail clients are set to (full names; abbreviations
#: only with their full stop, as "out" or "set" could be words).
_MONTHS = {
    name: english
    for english, names in {
        "January": "januar jänner janvier enero janeiro gennaio januari jan. janv. ene.",
        "February": "februar février fevrier febrero fevereiro febbraio februari feb. févr. "
                    "fevr. fev.",
        "March": "märz maerz mars marzo março maart mär. mrt.",
        "April": "avril abril aprile avr. abr.",
        "May": "mai mayo maio maggio mei",
        "June": "juni juin junio junho giugno",
        "July": "juli juillet julio julho luglio juil.",
        "August": "août aout agosto augustus ago.",
        "September": "septembre septiembre setiembre setembro settembre sept. set.",
        "October": "oktober octobre octubre outubro ottobre okt. out.",
        "November": "novembre noviembre novembro",
        "December": "dezember décembre decembre diciembre dezembro dicembre dez. déc. dic.",
    }.items()
    for name in names.split()
}  # fmt: skip
_MONTH_NAMES = re.compile(
    r"(?<!\w)(" + "|".join(re.escape(m) for m in sorted(_MONTHS, key=len, reverse=True))
    + r")(?!\w)", re.IGNORECASE,
)  # fmt: skip
_WEEKDAYS = re.compile(
    r"(?<!\w)(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|"
    r"mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|"
    r"domingo|segunda|terça|quarta|quinta|sexta|lunedì|martedì|mercoledì|giovedì|venerdì|"
    r"sabato|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|mo|di|mi|do|fr|sa|so|"
    r"lun|mar(?=[.,])|mer|jeu|ven|sam|dim|mié|jue|vie|sáb|dom|seg|ter|qua|qui|sex|ma|wo|vr|za|zo)"
    r"(?:-feira)?\.?(?!\w)", re.IGNORECASE,
)  # fmt: skip


#: Zone abbreviations mail clients write in attribution lines, as offsets in hours
#: (ambiguous ones such as IST are left out: better unknown than wrong).
_ZONES = {
    name: int(hours * 3600)
    for name, hours in {
        "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "WEST": 1, "BST": 1, "CET": 1, "CEST": 2,
        "MEZ": 1, "MESZ": 2, "EET": 2, "EEST": 3, "MSK": 3, "GST": 4, "PKT": 5, "NPT": 5.75,
        "ICT": 7, "WIB": 7, "SGT": 8, "HKT": 8, "AWST": 8, "PHT": 8, "JST": 9, "KST": 9,
        "ACST": 9.5, "AEST": 10, "AEDT": 11, "NZST": 12, "NZDT": 13, "EST": -5, "EDT": -4,
        "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7, "AKST": -9, "AKDT": -8,
        "HST": -10, "BRT": -3, "ART": -3, "SAST": 2, "WAT": 1, "EAT": 3,
    }.items()
}  # fmt: skip


def _trailing_quote_block(text: str, start: int, end: int) -> int | None:
    """Return where a run of '>' lines begins, when only quoted lines follow it."""
    first = None
    offset = start
    for line in text[start:end].splitlines(keepends=True):
        if _QUOTED_LINE.match(line):
            first = offset if first is None else first
        elif line.strip():
            first = None
        offset += len(line)
    return first


def _unquote(text: str) -> str:
    return "\n".join(re.sub(r"^[ \t]*(?:>[ \t]?)+", "", line) for line in text.splitlines())
