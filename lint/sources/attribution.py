"""Read the attribution line above a quoted rejection: who wrote it and when.

Mail clients write it in their user's language, each in a fixed form: most as
"On <date>, <name> <addr> wrote:", some with the sender first (Hungarian and Chinese
Gmail), some with no verb at all (Japanese and Russian Gmail). The words that open and close
the usual form are one table by language, each other form is one row of another; the
date is read by ``dates``.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass
from datetime import datetime

from replylint.letter import Person
from replylint.sources import dates

ADDRESS = re.compile(r"<?\[?(?:mailto:)?([\w.+-]+@[\w-]+(?:\.[\w-]+)+)\]?>?")

#: The attribution "<opener> <date>, <sender> <verb>:" by the language a mail client
#: (Gmail, Apple Mail, Thunderbird, Outlook) writes it in: the words that open it and
#: the verbs ("wrote") that end it, each as written, "|" between choices.
_OPENED = {
    "English": ("On", "wrote"),
    "German": ("Am", "schrieb"),
    "French": ("Le", "a écrit"),
    "Spanish": ("El", "escribió"),
    "Catalan": ("El", "va escriure"),  # "El dj., 12 de març 2026 a les 9:02, X (<x>) va escriure:"
    "Italian": ("Il", "ha scritto|scrisse"),  # "Il giorno ven 13 mar 2026 alle ore 16:20 X"
    # NOTE: Brazilian Apple Mail (iPhone) opens with "No dia": "No dia 13 de mar. de 2026, às
    # 16:20, X <x> escreveu:"
    "Portuguese": ("Em|No dia", "escreveu"),  # "Em sex., 13 de mar. de 2026 às 16:20, X escreveu:"
    "Dutch": ("Op", "schreef"),  # "Op vr 13 mrt 2026 om 16:20 schreef X <x>:"
    "Swedish, Danish, Norwegian": ("Den", "skrev"),  # "Den fre 13 mars 2026 kl 16:20 skrev"
    "Polish": ("W dniu", "napisał(a)|napisał|napisała|pisze"),  # "W dniu pt., 13.03.2026 o"
    "Romanian": ("În|Pe", "a scris"),  # "În vin., 13 mar. 2026 la 16:20, X <x> a scris:"
    "Indonesian": ("Pada tanggal|Pada", "menulis"),  # "Pada tanggal Jum, 13 Mar 2026 pukul"
    "Vietnamese": ("Vào", "đã viết"),  # "Vào Th 6, 13 thg 3, 2026 vào lúc 16:20 X <x> đã viết:"
    "Greek": ("Στις", "έγραψε"),  # "Στις Παρ 13 Μαρ 2026 στις 4:20 μ.μ., ο/η X <x> έγραψε:"
    "Swahili": ("Mnamo", "aliandika"),  # "Mnamo Jum, 3 Mac 2026 saa 10:15 X <x> aliandika:"
}


def _words(choices: str) -> str:
    """Return "a écrit|schrieb" as a pattern: each choice's words escaped, any space between."""
    return "|".join(r"\s+".join(map(re.escape, choice.split())) for choice in choices.split("|"))


_OPENERS = "|".join(_words(opener) for opener, _ in _OPENED.values())
_WROTE = "(?:" + "|".join(_words(verb) for _, verb in _OPENED.values()) + ")"
#: The sender after the verb; NOTE: Gmail wraps a long line inside the address's brackets
#: ("schrieb Dr. Anna Roth-Weiß <\na.roth@x.de>:"), so a break is allowed there only.
_AFTER = r"[^\r\n:<]{0,200}?<[ \t]*\r?\n?[ \t]*[^\s<>@]+@[^\s<>]+[ \t]*>|[^\r\n:]{1,200}?"
_ON_WROTE = re.compile(
    rf"^[ \t>]*(?:{_OPENERS})(?!\w)(?P<body>.{{4,300}}?)"
    # the sender may follow the verb too: "Am 2. März 2026 schrieb Katrin <k@x.de>:"
    rf"\s*{_WROTE}(?:[ \t]+(?P<after>{_AFTER}))?\s*:"
    # NOTE: Yahoo Mail for Android runs the quoted text on after a few spaces ("...
    # <b@x.com> wrote:   Dear Tunde,"): read so only with the sender's address (see find)
    r"(?:[ \t]*\r?$|(?P<inline>[ \t]{2,})(?=\S))",
    re.MULTILINE | re.DOTALL,
)

_WHO = r"(?P<who>[^\r\n]{1,200}?)"
_WHO_WITH_ADDRESS = r"(?P<who>[^\r\n<>]{1,200}?<[^\s<>@]+@[^\s<>]+>)"
_COLON = "[:\uff1a]"  # Chinese and Japanese clients write a full-width colon
#: The clients whose attribution does not read "<prefix> <date>, <name> wrote:", one
#: row each, with the date and the sender as named groups.
_FORMS = [
    # Hungarian Gmail: "Kovács Péter <p@x.hu> ezt írta (időpont: 2025. nov. 4., K, 9:12):"
    rf"{_WHO}\s+ezt\s+írta\s*\(időpont:\s*(?P<date>[^\r\n()]{{4,80}})\)\s*:",
    # Korean Gmail: "2025년 11월 4일 (화) 오전 9:05, Kim Min-jun <m@x.kr>님이 작성:"
    rf"(?P<date>\d{{4}}년[^\r\n]{{4,60}}?),\s*{_WHO}\s*님이\s*작성\s*:",
    # Japanese Gmail: "2025年11月4日(火) 9:05 Sato Haruto <h@x.jp>:" (no verb)
    rf"(?P<date>\d{{4}}年\s*\d{{1,2}}月\s*\d{{1,2}}日[^\r\n<]{{0,30}}?\d{{1,2}}:\d{{2}})"
    rf"\s+{_WHO_WITH_ADDRESS}\s*{_COLON}",
    # Japanese Apple Mail: "2025/11/04 9:05、Sato Haruto <h@x.jp>のメール:" (the sender's mail)
    rf"(?P<date>\d{{4}}/\d{{1,2}}/\d{{1,2}}\s+\d{{1,2}}:\d{{2}})\s*[、,]\s*"
    rf"{_WHO_WITH_ADDRESS}\s*のメール\s*{_COLON}",
    # Chinese Gmail: "Wang Fang <f@x.cn> 于2025年11月4日周二 09:05写道:" (Traditional 於/寫道)
    rf"{_WHO}\s*[于於]\s*(?P<date>\d{{4}}年[^\r\n]{{4,40}}?)\s*[写寫]道\s*{_COLON}",
    # Turkish Gmail: "Ayşe Yılmaz <a@x.tr>, 4 Kas 2025 Sal, 09:05 tarihinde şunu yazdı:"
    rf"{_WHO},\s*(?P<date>[^\r\n]{{4,60}}?)\s+tarihinde\s+şunu\s+yazdı\s*:",
    # and with the date first: "4 Kas 2025 Sal, 09:05 tarihinde Ayşe Yılmaz <a@x.tr> şunu yazdı:";
    # Thunderbird writes neither address nor "şunu": "4.11.2025 09:05 tarihinde Ayşe Yılmaz yazdı:"
    # (NOTE: a time ends the date, and "şunu" is no sender: the Gmail line above is not this one)
    rf"(?P<date>[^\r\n]{{4,60}}?\d{{1,2}}:\d{{2}})\s+tarihinde\s+(?!şunu\s){_WHO}"
    r"\s+(?:şunu\s+)?yazdı\s*:",
    # Russian Gmail: "вт, 4 нояб. 2025 г. в 09:05, Ivan Petrov <i@x.ru>:" (no verb)
    rf"(?P<date>[^\r\n]{{0,20}}\d{{4}}\s*г\.[^\r\n]{{0,20}}?\d{{1,2}}:\d{{2}}),\s*"
    rf"{_WHO_WITH_ADDRESS}\s*:",
    # Czech Gmail: "út 4. 11. 2025 v 9:05 odesílatel Petr Dvořák <p@x.cz> napsal:"
    rf"(?P<date>[^\r\n]{{4,60}}?)\s+odesílatel\s+{_WHO}\s+napsal[a]?\s*:",
    # Finnish Gmail: "ti 4.11.2025 klo 9.05 Mikko Virtanen (m@x.fi) kirjoitti:"
    rf"(?P<date>[^\r\n]{{4,60}}?klo\s*\d{{1,2}}[.:]\d{{2}})\s+{_WHO}\s+kirjoitti\s*:",
    # Hindi Gmail: "गुरु, 4 दिसंबर 2025 को 9:05 am बजे Amit Rao <a@x.in> ने लिखा:"
    rf"(?P<date>[^\r\n]{{4,60}}?\d{{1,2}}:\d{{2}}(?:\s*[ap]\.?m\.?)?(?:\s*बजे)?)\s+{_WHO}"
    rf"\s+ने\s+लिखा\s*{_COLON}",
    # the sender first, "on" and a date and time: "Isla Grant wrote on 24/03/2026 09:30:"
    # (NOTE: a time ends it, so that "Sam wrote on her blog:" is no attribution)
    rf"{_WHO}\s+wrote\s+on\s+(?P<date>[^\r\n]{{4,60}}?\d{{1,2}}:\d{{2}}(?:\s*[ap]\.?m\.?)?)"
    rf"\s*{_COLON}",
    # Portuguese (Portugal) Gmail, the sender first:
    # "Ana Sousa <a@x.pt> escreveu no dia sexta, 13/03/2026 à(s) 16:20:"
    rf"{_WHO}\s+escreveu\s+no\s+dia\s+(?P<date>[^\r\n]{{4,60}}?\d{{1,2}}:\d{{2}})\s*:",
    # Dutch Apple Mail: "Op 13 mrt 2026 om 16:20 heeft Eva Smit <e@x.nl> het volgende geschreven:"
    rf"Op\s+(?P<date>[^\r\n]{{4,60}}?)\s+heeft\s+{_WHO}\s+het\s+volgende\s+geschreven\s*:",
    # Afrikaans Gmail: "Op Ma. 30 Nov. 2026 om 14:05 het Pieter Botha <p@x.co.za> geskryf:"
    rf"Op\s+(?P<date>[^\r\n]{{4,60}}?)\s+het\s+{_WHO}\s+geskryf\s*:",
    # Polish Apple Mail:
    # "Wiadomość napisana przez Jan Nowak <j@x.pl> w dniu 13.03.2026, o godz. 16:20:"
    rf"Wiadomość\s+napisana\s+przez\s+{_WHO}\s+w\s+dniu\s+(?P<date>[^\r\n]{{4,60}}?"
    rf"\d{{1,2}}:\d{{2}})\s*:",
    # no opening word, a date and time, the sender with an address and the verb: Norwegian
    # Gmail "fre. 13. mar. 2026 kl. 16:20 skrev Ola <o@x.no>:", Swedish Apple Mail "13 mars
    # 2026 kl. 16:20 skrev ...", Polish Gmail "pt., 13 mar 2026 o 16:20 Jan <j@x.pl> napisał(a):",
    # Slovak Gmail "pi 13. 3. 2026 o 16:20 Eva <e@x.sk> napísal(a):"
    rf"(?P<date>[^\r\n]{{4,60}}?\d{{1,2}}[:.]\d{{2}}),?\s+skrev\s+{_WHO_WITH_ADDRESS}\s*:",
    rf"(?P<date>[^\r\n]{{4,60}}?\d{{1,2}}:\d{{2}}),?\s+{_WHO_WITH_ADDRESS}\s+"
    rf"(?:napisał(?:\(a\)|a)?|napísal(?:\(a\)|a)?)\s*:",
    # Ukrainian Gmail "пт, 13 бер. 2026 р. о 16:20 Олена <o@x.ua> пише:" (the writer
    # "writes"), Apple Mail "13 березня 2026 р. о 16:20 Олена <o@x.ua> написав(ла):"
    rf"(?P<date>[^\r\n]{{4,60}}?\d{{1,2}}:\d{{2}}),?\s+{_WHO_WITH_ADDRESS}\s+пише\s*:",
    rf"(?P<date>[^\r\n]{{4,60}}?\d{{1,2}}:\d{{2}}),?\s+{_WHO_WITH_ADDRESS}\s+"
    rf"написа(?:в\(ла\)|в|ла)\s*:",
    # Croatian Gmail "pet, 13. ožu 2026. u 16:20 Ivana <i@x.hr> napisao je:" and Thunderbird
    # "13.03.2026. u 16:20, Ivana Horvat je napisao/la:"; its months are read as Croatian
    _CROATIAN := rf"(?P<date>[^\r\n]{{4,60}}?\d{{1,2}}:\d{{2}}),?\s+{_WHO}\s+"
    r"(?:je\s+napisa(?:o/la|o|la)|napisa(?:o/la|o|la)\s+je)\s*:",
    # Arabic Gmail: "في الخميس، 4 ديسمبر 2025 في 9:05 م، كتب Sara Ali <s@x.ae>:"
    rf"(?P<date>[^\r\n]{{4,60}}?\d{{1,2}}:\d{{2}}[^\r\n]{{0,4}}?)[،,]?\s*كتب\s+{_WHO}\s*{_COLON}",
    # and in its other wording, "the following was written by": "في الثلاثاء، 3 مارس 2026 في
    # 10:20 ص تمت كتابة ما يلي بواسطة Reem <r@x.sa>:"
    rf"(?P<date>[^\r\n]{{4,60}}?\d{{1,2}}:\d{{2}}[^\r\n]{{0,4}}?)[،,]?\s*تمت\s+كتابة\s+ما\s+يلي"
    rf"\s+بواسطة\s+{_WHO}\s*{_COLON}",
]
_LOCAL = [re.compile(rf"^[ \t>]*{form}[ \t]*\r?$", re.MULTILINE) for form in _FORMS]
#: The language of a form whose month abbreviations mean other months in another language.
_LANGUAGE = {_FORMS.index(_CROATIAN): "Croatian"}
#: A piece of text each of _FORMS can't match without, in the same order: a letter
#: without it is not searched with that form (ten searches of every letter cost more
#: than the rest of reading it).
_NEEDED = ("írta", "님이", "年", "のメール", "道", "tarihinde", "tarihinde", "г.", "odesílatel",
           "kirjoitti", "लिखा", "wrote on", "escreveu no dia", "het volgende geschreven", "geskryf",
           "napisana przez", "skrev", "nap", "пише", "написа", "napisa", "كتب",
           "بواسطة")  # fmt: skip

_DATE_WORDS = re.compile(
    # NOTE: whole names or their abbreviations only: "Sato" or "Junaid" is a name, not a date
    r"^(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?|wednesday|thursday|tuesday"
    r"|saturday|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?$"
    r"|^(?:at|am|pm|a\.m\.|p\.m\.|utc|gmt|um|à|a\s+las|alle)$|^[+-]?\d"
    # a zone with its offset in one word: K-9 Mail writes "17:00:00 GMT+01:00"
    r"|^\(?(?:utc|gmt)[+-]\d{1,2}(?::?\d{2})?\)?,?$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Attribution:
    """An attribution line: where it starts and ends, who wrote the quoted text and when."""

    start: int
    sender: Person | None
    when: datetime | None
    #: Where the line ends (its line break excluded); it may wrap over two lines.
    end: int = -1
    #: Both readings of a date only the locale tells ("11/03/2026 2:30 pm"), month first.
    choices: tuple[datetime, ...] = ()


#: The marks that set a line's direction, unseen: an Arabic or Hebrew client writes them
#: around the sender's name and address ("<\u202areem@x.sa\u202c\u200f>").
_BIDI = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def find(text: str, start: int, end: int) -> Attribution | None:
    """Return the first attribution line inside text[start:end], in any client's form."""
    if _BIDI.search(text, start, end):
        return _find_past_marks(text, start, end)
    return _find(text, start, end)


def _find_past_marks(text: str, start: int, end: int) -> Attribution | None:
    """Find the attribution in the text without its direction marks, at its place in ``text``."""
    kept = [k for k, char in enumerate(text) if not _BIDI.match(char)]
    clean = "".join(text[k] for k in kept)
    at = bisect.bisect_left(kept, start)
    found = _find(clean, at, bisect.bisect_left(kept, end))
    if found is None:
        return None
    first = kept[found.start]
    while first > start and _BIDI.match(text[first - 1]):
        first -= 1  # the marks that open the line are the line's
    last = kept[found.end - 1] + 1 if found.end > 0 else found.end
    while 0 < last < end and _BIDI.match(text[last]):
        last += 1  # and so are those that close it
    return dataclasses.replace(found, start=first, end=last)


def _find(text: str, start: int, end: int) -> Attribution | None:
    """Return the first attribution line inside text[start:end], marks of direction gone."""
    found: list[Attribution] = []
    at = start
    while (match := _ON_WROTE.search(text, at, end)) is not None:
        if "\n\n" in match["body"].replace("\r", ""):
            # an attribution line wraps over two lines at most, never a paragraph; NOTE: the
            # real one may start inside this match ("Le meas,\nCiara\n\nOn Tue, ... wrote:",
            # an Irish sign-off read as French "Le"), so the search goes on from its next line
            at = match.start() + 1
            continue
        if match["inline"] and not ADDRESS.search(match["body"]):
            at = match.start() + 1  # "On Monday you wrote:  ..." in the writer's own words
            continue
        sender, when = _on_wrote(match["body"])
        choices = when if len(when) > 1 else ()
        if match["after"]:
            # NOTE: all of it is the sender, commas too: Thunderbird writes "schrieb Krüger,
            # Sabine:" (family name first), where the name is not the word after the comma
            sender = sender_of(match["after"]) or sender
        found.append(Attribution(match.start(), sender, when[0] if when else None, match.end(),
                                 choices))  # fmt: skip
        break
    for number, (needed, form) in enumerate(zip(_NEEDED, _LOCAL, strict=True)):
        if text.find(needed, start, end) < 0:
            continue
        match = form.search(text, start, end)
        if match:
            when = dates.readings(match["date"], _LANGUAGE.get(number))
            found.append(Attribution(match.start(), sender_of(match["who"]),
                                     when[0] if when else None, match.end(),
                                     when if len(when) > 1 else ()))  # fmt: skip
    return min(found, key=lambda a: a.start, default=None)


def sender_of(text: str) -> Person | None:
    """Return the person in 'Dana Whitfield <dana@acme.com>' or '"Dana" (dana@acme.com)'."""
    address = ADDRESS.search(text)
    name = text[: address.start()] if address else text
    name = " ".join(name.split()).strip(' "<>(),')
    if not name and not address:
        return None
    return Person(name=name, address=address.group(1).lower() if address else "")


def _on_wrote(body: str) -> tuple[Person | None, tuple[datetime, ...]]:
    """Split 'Tue, Mar 3, 2026 at 4:20 PM Dana Whitfield <dana@acme.com>' into who and when."""
    body = " ".join(body.split())
    address_match = ADDRESS.search(body)
    address = address_match.group(1) if address_match else ""
    rest = body[: address_match.start()] if address_match else body
    # The name is the run of words after the date: after the last comma when there is
    # one (Apple, Thunderbird), else the trailing words that are not date words (Gmail).
    words = rest.rstrip(" ,(").split(" ")
    name_words: list[str] = []
    while words and not words[-1].endswith(","):
        # NOTE: "09:05, Jan Novak": a month's name just after the date's comma opens a name
        after_comma = len(words) > 1 and words[-2].endswith(",") and name_words
        if _date_word(words[-1].strip(",")) and not (
            (after_comma or _ends_name(words, name_words)) and words[-1].isalpha()
        ):
            break
        name_words.insert(0, words.pop())
    name = " ".join(name_words).strip(' "<>()')
    # Greek Gmail writes "ο/η" (he/she) before the sender's name
    name = name.removeprefix("ο/η ")
    when = dates.readings(" ".join(words).strip(" ,"))
    if not name and not address:
        return None, when
    return Person(name=name, address=address.lower()), when


def _ends_name(words: list[str], name_words: list[str]) -> bool:
    """Return True when the last of ``words``, spelt like a date word, ends a name.

    "12:10, Nguyễn Thị Thu" and "4:20 PM Ho Thi May": a date never ends on a weekday or a
    month after a word of a name or after the comma that closes the date.
    """
    if name_words or len(words) < 2:
        return False  # only the name's last word, and a date comes before it
    before = words[-2]
    return before.endswith(",") or (before.isalpha() and not _date_word(before))


def _date_word(word: str) -> bool:
    """Return True for a word of a date: a weekday, month, number, zone, "at", "Uhr"."""
    return (bool(_DATE_WORDS.match(word)) or word.upper() in dates.ZONES
            or word.lower() in ("uhr", "h"))  # fmt: skip
