"""Read the date of a quoted rejection as mail clients write it, in the languages they speak.

Attribution lines and Outlook headers are machine-written, each client in its own fixed
form ("2026年3月2日(月) 17:30", "2026. márc. 2., H, 17:30", "ma 2 mrt 2026 om 17:30").
They are brought to a form dateutil reads by the tables below, then parsed by it.
"""

from __future__ import annotations

import re
import unicodedata
import warnings
from datetime import datetime


def parse(text: str) -> datetime | None:
    """Return the date in ``text``, or None when it is missing or has no year."""
    found = readings(text)
    return found[0] if found else None


def readings(text: str, language: str | None = None) -> tuple[datetime, ...]:
    """Return every reading of the date in ``text``: none, one, or two for "11/03/2026 2:30 pm".

    A date of two numbers up to 12 with a 12-hour clock is the US's month first, or day
    first as Australia and much of the world writes it; a weekday written beside it
    decides, else both readings are returned, month first, for the caller to choose by
    what else it knows (a quoted rejection came before the reply). A ``language`` whose
    months are spelt like other languages' other months ("lis": October in Croatian,
    November in Polish) has its own months read first.
    """
    if language in _OWN_MONTHS:
        text = _OWN_MONTHS[language][0].sub(lambda m: _OWN_MONTHS[language][1][m[1].lower()], text)
        text = re.sub(r"(?<!\w)u(?=\s+\d)", " ", text)  # Croatian "u 16:20" (at)
    when = _parse(text)
    if when is None:
        return ()
    both = _SLASH_DATE.search(text)
    if not both or not re.search(r"(?<!\w)[ap]\.?m\b\.?", text, re.IGNORECASE):
        return (when,)
    first, second = int(both[1]), int(both[2])
    if first == second or first > 12 or second > 12:
        return (when,)
    other = _parse(text[: both.start()] + _iso(both) + text[both.end() :])
    choices = tuple(w for w in (when, other) if w is not None)
    weekday = _WEEKDAY_NAMES.search(text)
    if weekday:
        day = weekday[0][:3].lower()
        choices = tuple(w for w in choices if w.strftime("%a").lower() == day) or choices
    return choices


def _parse(text: str) -> datetime | None:
    """Return the date in ``text`` read by dateutil, or None."""
    # NOTE: Arabic-Indic and Devanagari digits ("٢٠٢٥", "२०२५") are digits all the same
    text = re.sub(r"\d", lambda m: str(unicodedata.digit(m[0])), text)
    if not re.search(r"(?<!\d)(?:19|20)\d{2}(?!\d)|\b\d{1,2}[/.]\s?\d{1,2}[/.]\s?\d{2,4}\b", text):
        return None  # "On 14 March" could be any year: better unknown than wrong
    text = in_english(text)
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
            when = date_parser.parse(text, fuzzy=True, tzinfos=ZONES)
        # NOTE: dateutil keeps a zone of a day or more ("UTC+99:99"), which datetime
        # refuses as soon as the date is used: such a date is unknown.
        when.utcoffset()
    except (ValueError, OverflowError):
        return None
    return when


def in_english(text: str) -> str:
    """Return a date as other languages' mail clients write it, in a form dateutil reads.

    "Mo., 2. März 2026", "lun. 2 mars 2026", "mar, 3 de marzo de 2026": weekdays
    (before the first digit) are dropped, months translated, a day's German full stop
    and Romance "de" removed; a typographic minus (U+2212, "UTC\u221203:00") becomes a
    hyphen. East Asian dates ("2026年3月2日(月) 午後5:30") become ISO dates with AM/PM,
    numeric dates with full stops ("02.03.26", day first everywhere they are written)
    become ISO dates, and the word before the time ("om", "klo", "a las") is dropped.
    """
    text = text.replace("\u2212", "-").replace("\u2013", "-")
    text = _east_asian(text)
    text = _vietnamese(text)
    # "klo 17.30", "kl. 17.30", "pukul 17.30": a time with a full stop (Nordic, Indonesian)
    text = re.sub(r"\b(?:klo|kl|kello|pukul)\.?\s*(\d{1,2})\.(\d{2})\b", r" \1:\2 ", text)
    text = _NUMERIC_DATE.sub(_iso, text)
    if not re.search(r"(?<!\w)[ap]\.?m\b\.?", text, re.IGNORECASE):
        # "On 03/04/2026 17:00": a 24-hour clock is written by the locales that put the
        # day first (the US writes "3/4/2026 5:00 PM", which dateutil reads month first)
        text = _SLASH_DATE.sub(lambda m: _iso(m) if int(m[2]) <= 12 else m[0], text)
    # "24.2.2026 15.10": Thunderbird in a Finnish locale writes the time with a full stop too,
    # as Outlook in an Indonesian one does after a month's name ("6 Maret 2026 14.20")
    text = re.sub(r"((?:\d{4}-\d\d-\d\d|[^\W\d_]\.?\s+(?:19|20)\d\d),?\s+)(\d{1,2})\.(\d{2})\b",
                  r"\1\2:\3", text)  # fmt: skip
    # Greek clients write "μ.μ." (after noon) and "π.μ." (before noon) after the time
    text = re.sub(r"(\d{1,2}:\d{2})\s*([μπ])\.\s?μ\.",
                  lambda m: f"{m[1]} {'PM' if m[2] == 'μ' else 'AM'}", text)  # fmt: skip
    # Arabic clients write "م" (evening) and "ص" (morning) after the time
    text = re.sub(r"(\d{1,2}:\d{2})\s*([مص])(?!\w)",
                  lambda m: f"{m[1]} {'PM' if m[2] == 'م' else 'AM'}", text)  # fmt: skip
    # NOTE: older Swahili clients number the Juma- days ("J2, 3 Mac 2026": J1 is Saturday,
    # J5 Wednesday); the weekday's digit is no day of the month
    text = re.sub(r"(?<!\w)J[1-5](?=,)", " ", text)
    digit = re.search(r"\d", text)
    split = digit.start() if digit else len(text)
    text = _WEEKDAYS.sub(" ", text[:split]) + text[split:]
    text = _MONTH_NAMES.sub(lambda m: _MONTHS[m.group(1).lower()], text)
    text = re.sub(r"\b(?:de|del)\b", " ", text)
    text = _MONTH_BETWEEN_NUMBERS.sub(lambda m: f" {_ABBREVIATIONS[m[1].lower()]} ", text)
    # NOTE: "a" and "p" are AM and PM to dateutil: "a las 9:05" would be read as AM
    text = _TIME_WORDS.sub(" ", text)
    # a day's or a year's full stop: "2. März", "2026. márc. 10., K"
    return re.sub(r"\b(\d{1,2}|\d{4})\.(?=[\s,]|$)", r"\1", text)


def _east_asian(text: str) -> str:
    """Return "2026年3月2日(月) 午後5:30" (or its Korean, 년 월 일 오후) as "2026-3-2 5:30 PM"."""
    text = re.sub(
        r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?", r" \1-\2-\3 ", text
    )
    text = re.sub(r"[(（]\s*[^\W\d]{1,3}\s*[)）]|(?:周|週|星期)[一二三四五六日天]", " ", text)
    text = re.sub(r"(\d{1,2})\s*[時时시]\s*(\d{1,2})\s*[分분]?", r"\1:\2", text)
    for words, marker in (("午後|오후|下午", "PM"), ("午前|오전|上午", "AM")):
        text = re.sub(rf"(?:{words})\s*(\d{{1,2}}:\d{{2}}(?::\d{{2}})?)", rf" \1 {marker} ", text)
    return text


#: A Vietnamese date: "13 thg 3, 2026" (Gmail), "ngày 13 tháng 3 năm 2026"; the month is
#: a number after "thg" or "tháng".
_VIETNAMESE_DATE = re.compile(
    r"(?:ngày\s+)?(\d{1,2})\s+(?:thg|tháng)\s+(\d{1,2}),?\s+(?:năm\s+)?(\d{4})", re.IGNORECASE
)
#: Vietnamese weekdays: "Th 2" (Monday) to "Th 7" (Saturday) and "CN" (Sunday) as Gmail
#: abbreviates them, or written out ("Thứ Hai", "Thứ 2", "Chủ Nhật").
_VIETNAMESE_WEEKDAY = re.compile(
    r"(?<!\w)(?:Th(?:ứ)?\s*(?:[2-7]|Hai|Ba|Tư|Năm|Sáu|Bảy)|CN|Chủ\s+Nhật)(?!\w),?",
    re.IGNORECASE,
)


def _vietnamese(text: str) -> str:
    """Return "Th 2, 16 thg 3, 2026 vào lúc 10:30" as "2026-03-16 10:30"; else text as it is."""
    if not _VIETNAMESE_DATE.search(text):
        return text
    text = _VIETNAMESE_DATE.sub(lambda m: _iso(m), _VIETNAMESE_WEEKDAY.sub(" ", text))
    return re.sub(r"(?<!\w)(?:vào\s+)?lúc(?!\w)", " ", text, flags=re.IGNORECASE)


#: "02.03.26", "2.3.2026", "2. 3. 2026": day, month, year wherever full stops separate them.
_NUMERIC_DATE = re.compile(r"(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})(?![\d.]\d)")


#: English weekdays as a date may name them ("Wed, 11/03/2026 2:30 PM").
_WEEKDAY_NAMES = re.compile(
    r"\b(?:mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs?|rsday)?|fri(?:day)?"
    r"|sat(?:urday)?|sun(?:day)?)\b", re.IGNORECASE,
)  # fmt: skip

#: "03/04/2026", "3/4/26": day and month in an order only the locale tells.
_SLASH_DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?![\d/])")


def _iso(match: re.Match[str]) -> str:
    day, month, year = (int(part) for part in match.groups())
    year += 2000 if year < 100 else 0
    return f" {year}-{month:02d}-{day:02d} "


#: The word before a time: "at", "um", "à", "às", "a las", "alle ore", "om", "kl", "klo",
#: "o" (Polish), "v" (Czech), "в" (Russian), "о" (Ukrainian), "pukul" (Indonesian), "saa"
#: (Swahili); and Russian "г." and Ukrainian "р." after the year.
_TIME_WORDS = re.compile(
    r"(?<!\w)(?:at|um|à|às|a\s+las?|alle(?:\s+ore)?|ore|om|kl\.?|klo|kello|o|v|в|г\.?|о|р\.?"
    r"|pukul|saa|στις)(?!\w)",
    re.IGNORECASE,
)

#: Month names in the languages mail clients are set to (full names; abbreviations
#: only with their full stop, as "out" or "set" could be words).
_MONTHS = {
    name: english
    for english, names in {
        "January": "januar jänner janvier enero janeiro gennaio januari jan. janv. ene. január "
                   "ocak января stycznia ledna tammikuuta जनवरी يناير ianuarie",
        "February": "februar février fevrier febrero fevereiro febbraio februari feb. févr. "
                    "fevr. fev. február şubat февраля lutego února helmikuuta फ़रवरी फरवरी "
                    "فبراير شباط februarie",
        "March": "märz maerz mars marzo março maart mär. mrt. március mart марта marca března "
                 "maaliskuuta मार्च مارس آذار martie",
        "April": "avril abril aprile avr. abr. április nisan апреля kwietnia dubna huhtikuuta "
                 "अप्रैल أبريل ابريل نيسان aprilie",
        "May": "mai mayo maio maggio mei május maj mayıs мая maja května toukokuuta मई مايو "
               "أيار",
        "June": "juni juin junio junho giugno június haziran июня czerwca června kesäkuuta iunie "
                "जून يونيو يونيه حزيران",
        "July": "juli juillet julio julho luglio juil. július temmuz июля lipca července "
                "heinäkuuta जुलाई يوليو يوليه تموز iulie",
        "August": "août aout agosto augustus ago. augusztus augusti ağustos августа sierpnia "
                  "srpna elokuuta अगस्त أغسطس آب",
        "September": "septembre septiembre setiembre setembro settembre sept. set. szeptember "
                     "eylül сентября września září syyskuuta सितंबर सितम्बर سبتمبر أيلول septembrie",
        "October": "oktober octobre octubre outubro ottobre okt. out. október ekim октября "
                   "października října lokakuuta अक्टूबर أكتوبر octombrie",
        "November": "novembre noviembre novembro kasım ноября listopada listopadu "
                    "marraskuuta नवंबर नवम्बर نوفمبر noiembrie",
        "December": "dezember décembre decembre diciembre dezembro dicembre dez. déc. dic. "
                    "aralık декабря grudnia prosince joulukuuta दिसंबर दिसम्बर ديسمبر decembrie",
    }.items()
    for name in names.split()
}  # fmt: skip
#: Months written out in one language, January to December, each in the form its mail
#: clients write it (Ukrainian: the genitive, "13 березня 2026").
_MONTHS_OF = {
    "Indonesian": "januari februari maret april mei juni juli agustus september oktober "
                  "november desember",
    "Greek": "ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου ιουνίου ιουλίου αυγούστου "
             "σεπτεμβρίου οκτωβρίου νοεμβρίου δεκεμβρίου",
    "Ukrainian": "січня лютого березня квітня травня червня липня серпня вересня жовтня "
                 "листопада грудня",
    "Swahili": "januari februari machi aprili mei juni julai agosti septemba oktoba novemba "
               "desemba",
    # NOTE: Catalan Gmail, "El dj., 12 de març 2026 a les 9:02"
    "Catalan": "gener febrer març abril maig juny juliol agost setembre octubre novembre "
               "desembre",
}  # fmt: skip
_ENGLISH_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
                   "September", "October", "November", "December"]  # fmt: skip
for _names in _MONTHS_OF.values():
    _MONTHS.update(zip(_names.split(), _ENGLISH_MONTHS, strict=True))
#: Months read only in a line of their own language, as their words mean other months in
#: another (Croatian "lis" and "listopada" are October, Polish ones November; "lip" June,
#: Polish July): January to December, abbreviations and genitives, "|" between them.
_OWN_MONTHS = {
    language: (
        re.compile(r"(?<!\w)(" + names.replace(" ", "|") + r")\.?(?!\w)", re.IGNORECASE),
        {name: english for english, choices in zip(_ENGLISH_MONTHS, names.split(), strict=True)
         for name in choices.split("|")},
    )
    for language, names in {
        "Croatian": "sij|siječnja velj|veljače ožu|ožujka tra|travnja svi|svibnja lip|lipnja "
                    "srp|srpnja kol|kolovoza ruj|rujna lis|listopada stu|studenoga|studenog "
                    "pro|prosinca",
    }.items()
}  # fmt: skip
# the Levant's months of two words (Arabic clients set to Syria, Lebanon or Jordan)
_MONTHS.update({"كانون الثاني": "January", "تشرين الأول": "October",
                "تشرين الثاني": "November", "كانون الأول": "December"})  # fmt: skip
_MONTH_NAMES = re.compile(
    r"(?<!\w)(" + "|".join(re.escape(m) for m in sorted(_MONTHS, key=len, reverse=True))
    + r")(?!\w)", re.IGNORECASE,
)  # fmt: skip

#: Month abbreviations as clients write them, with or without a full stop; read only
#: between a day and a year ("9 mrt 2026", "2026. márc. 10.", "4 Kas 2025"), where no
#: other word stands.
_ABBREVIATIONS = {
    name: english
    for english, names in {
        "Jan": "jan janv ene gen oca янв січ ιαν tammik ian sty",
        "Feb": "feb febr févr fevr fev şub февр лют φεβ helmik lut",
        "Mar": "mrt mär märz márc mar мар бер μαρ maalisk mac",
        "Apr": "apr avr abr ápr nis апр квіт απρ huhtik kwi",
        "May": "mei mai may mag máj maj мая трав μαΐ μαι toukok",
        "Jun": "jun juin giu jún haz июн черв ιουν kesäk iun cze",
        "Jul": "jul juil lug júl tem июл лип ιουλ heinäk iul lip",
        "Aug": "aug août ago ağu agu agt авг серп αυγ elok sie",
        "Sep": "sep sept set szept eyl сент вер σεπ syysk wrz",
        "Oct": "okt oct out ott eki окт жовт οκτ lokak paź",
        "Nov": "nov kas нояб лист νοε marrask lis",
        "Dec": "dec dez déc dic ara дек груд δεκ jouluk des gru",
    }.items()
    for name in names.split()
}  # fmt: skip
_MONTH_BETWEEN_NUMBERS = re.compile(
    r"(?<=\d)[.,]?\s+(" + "|".join(sorted(_ABBREVIATIONS, key=len, reverse=True))
    + r")\.?(?=\s+\d)", re.IGNORECASE,
)  # fmt: skip
_WEEKDAYS = re.compile(
    r"(?<!\w)(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|"
    r"mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|"
    r"domingo|segunda|terça|quarta|quinta|sexta|lunedì|martedì|mercoledì|giovedì|venerdì|"
    r"sabato|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|mo|di|mi|do|fr|sa|so|"
    r"(?<=giorno\s)\w+|lun|mar(?=[.,])|mer|jeu|ven|sam|dim|mié|jue|vie|sáb|dom|seg|ter|qua|qui|sex|ma|wo|vr|za|zo"
    # Swahili, written out or cut to three letters ("Jum" for any of the five Juma- days)
    r"|juma(?:tatu|nne|tano|mosi|pili)|alhamisi|ijumaa|jum|alh|iju)"
    r"(?:-feira)?\.?(?!\w)", re.IGNORECASE,
)  # fmt: skip


#: Zone abbreviations mail clients write in attribution lines, as offsets in hours
#: (ambiguous ones such as IST are left out: better unknown than wrong).
ZONES = {
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
