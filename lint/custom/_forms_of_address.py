"""The title a signer goes by, as the thread states it: "Ms", "Mr", or pronouns ("she/her")."""

from __future__ import annotations

import itertools
import re

from replylint.custom._people import SURNAME_HONORIFICS, TITLES, fold, is_tail_of, name_words
from replylint.letter import Letter, Person, Span

#: Titles that say a man or a woman is meant, in the languages greetings are written in.
_MEN = ("mr", "herr", "monsieur", "dhr", "heer", "sr", "senor", "signor", "sig", "sir",
        "mnumzane", "mnumzana", "bwana", "meneer", "mnr")  # fmt: skip
_WOMEN = ("mrs", "ms", "miss", "frau", "madame", "mme", "mlle", "mevrouw", "mevr", "sra",
          "srta", "senora", "signora", "dame", "madam", "nkosikazi", "nkosazana", "mevrou",
          "mev", "mej", "mejuffrou")  # fmt: skip
GENDERED = {**dict.fromkeys(_MEN, "m"), **dict.fromkeys(_WOMEN, "f")}
#: Pronouns a signer states beside their name ("Samantha Whitaker (she/her)").
PRONOUNS = re.compile(r"\b(she|he)\s*/\s*(?:her|hers|him|his|they|them)\b", re.IGNORECASE)
#: A word, then up to three capitalised ones: a title before a name ("Mrs. Ingrid Olsen").
#: NOTE: a lookahead, so that "you Mrs Olsen" still finds "Mrs" after "you"
#: Māori greetings ("Kia ora Aroha,", "Tēnā koe Hemi,"), to one person or to all ("koutou").
MAORI_GREETINGS = r"kia\ ora(?:\ k(?:oe|outou|[oō]rua))?|t[eē]n[aā]\ k(?:oe|outou|[oō]rua)"
#: "Peace be upon you" as Arabic, Urdu and Malay write it in Latin letters, and the answer
#: to it: "Salam", "Salaam", "Assalamu alaikum", "As-salamu alaykum", "Assalam-o-Alaikum",
#: "Wa alaikum salam", "Salam sejahtera" (a greeting word, so no name of the person greeted).
SALAAM = r"""(?:as?[-\ ]?)?sala+mu?(?:[\ -]?o)?(?:[\ '’-]?[ae]?l[ae][iy]?kum|\ sejahtera)?
    |wa?[\ '’-]?[ae]?l[ae][iy]?kum(?:[\ -](?:as?[-\ ]?)?sala+m)?"""
#: Greetings the letter's parts do not open a greeting with: Māori ones, and those of other
#: languages ("ciao marco", "Merhaba Elif,", "Shalom Noa,", "Dumela Ntate Mokoena,") and
#: South Asian English's "Respected Sir," as a verbose regex. Words that open a sentence as
#: often ("moi", "yo") are left out. NOTE: Turkish "Sayin" ("esteemed", its i dotless)
#: greets formally before a name or a title ("Sayin Demir,", "Sayin Zeynep Hanim,").
OTHER_GREETINGS = rf"""{MAORI_GREETINGS}
    |ciao|salve|buona\ ?sera|salut|coucou|servus|moin|gr[üu](?:ß|ss)\ gott|gr[üu]e?zi
    |hoi|hall[åa]|tere|labas|sveiki|szia|ahoj|cze[sś][cć]|witam|zdravo|privet|merhaba|marhaba
    |selam|{SALAAM}|shalom|namaste|namaskar|(?:hu)?jambo|habari|shikamoo
    |sawubona|sanibonani|molo|molweni|dumela(?:ng)?|thobela|avuxeni
    |goeie\ ?(?:m[oô]re|middag|dag|naand)
    |aloha|oi|bom\ dia|boa\ (?:tarde|noite)|buenas(?:\ (?:tardes|noches))?|halo
    |xin\ ch[aà]o|k[au]musta|selamat\ (?:pagi|siang|sore|petang|malam|tengah\ hari)
    |goede(?:morgen|middag|ndag)|god\ (?:morgen|morgon|dag)|respected
    |say[\u0131i]n"""
#: A greeting line the letter's parts do not read: one of OTHER_GREETINGS, the words after
#: it up to the line's end or its first comma, colon or "!". A comma may follow the
#: greeting itself when only a capitalised name or two come after it ("Moin, Lars,").
#: NOTE: a second title may end the line after the comma ("Respected Madam, Sir,"): the
#: greeting of two titles to nobody in particular, which wrong-recipient reads past the span
_OTHER_LINE = re.compile(
    rf"""\s*((?:{OTHER_GREETINGS})(?=[\s,:!]|$)
    (?:,[ \t]*(?-i:[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){{0,3}})|[^\n,:!]{{0,60}})
    [,:!]?)(?:[ \t]*(?:sir|madam|ma['’]?am)[ \t]*[,:!]?)?[ \t]*(?:\n|$)""",
    re.IGNORECASE | re.VERBOSE,
)
#: A first line of a name alone and a comma ("Kwame,"), as a terse reply greets someone.
#: NOTE: or a surname after an honorific ("Mr. Al-Sayeed,"), its parts hyphened
_NAME_LINE = re.compile(
    rf"\s*((?:(?i:{'|'.join(sorted(SURNAME_HONORIFICS))})\.?[ \t]+)?"
    r"[A-Z][^\W\d_]+(?:[-'’][A-Z][^\W\d_]+)*[ \t]*,)[ \t]*(?:\n|$)"
)
_TITLE = re.compile(r"(?=\b([^\W\d_]+)\.?\s+((?:[A-Z][\w'’-]*\.?\s+){0,2}[A-Z][\w'’-]*))")


def stated_gender(signer: Person, letter: Letter) -> str:
    """Return "m" or "f" when the thread states the signer's title or pronouns, else "".

    The sign-off, the From name and the front matter's rejection.from are read: a title
    before the signer's name ("Mrs Olsen", "Dr Olsen" says nothing) or pronouns on the
    line of their name. A first name alone never tells: nothing is guessed from it.
    """
    names = set(name_words(PRONOUNS.sub("", signer.name)))
    if not names:
        return ""
    raw = letter.text[signer.span.start : signer.span.end] if signer.span else ""
    lines = [signer.name, raw, *(letter.context.thread or "").splitlines()]
    found: set[str] = set()
    for line in lines:
        if not names.intersection(re.findall(r"[^\W\d_][\w'’-]*", fold(line))):
            continue  # a line about someone else
        found.update("f" if m.group(1).lower() == "she" else "m" for m in PRONOUNS.finditer(line))
        for title, name in _TITLE.findall(line):
            if fold(title) in GENDERED and names.intersection(fold(name).split()):
                found.add(GENDERED[fold(title)])
    return found.pop() if len(found) == 1 else ""


def wrong_title(words: list[str], signers: list[Person], letter: Letter) -> str:
    """Say so when the greeting's title is of another gender than the signer's own, else ''.

    "Dear Mr Whitaker" to "Samantha Whitaker (she/her)": the signer's stated title or
    pronouns decide; when the thread states neither, nothing is said.
    """
    for title, word in itertools.pairwise(words):
        meant = GENDERED.get(fold(title).strip("."))
        if not meant:
            continue
        for signer in signers:
            if fold(word).strip(".'’") not in name_words(PRONOUNS.sub("", signer.name)):
                continue
            stated = stated_gender(signer, letter)
            if stated and stated != meant:
                name = " ".join(PRONOUNS.sub("", signer.name).replace("()", "").split())
                return f"'{title} {word}' is not the title {name} goes by in the thread"
    return ""


def spoken_of(words: list[str], signers: list[Person], letter: Letter) -> str:
    """Say so when a titled greeting's surname is a signer's whom the letter speaks of, else ''.

    "Dear Mrs Bellini, ... please pass on my thanks to Matteo for calling": the reply
    speaks of Matteo Bellini, who phoned, as someone else, so the Bellini it greets is
    another. Every signer of that surname must be spoken of so, by their given name.
    """
    span = letter.parts.get("body")
    body = letter.text[span.start : span.end] if span else ""
    titled = [fold(word).strip(".'’") for title, word in itertools.pairwise(words)
              if fold(title).strip(".") in TITLES]  # fmt: skip
    # NOTE: a greeting of two signers by title ("Dear Ms Lindqvist and Mr Haraldsen,")
    # speaks to both: a word of one of them by given name ("the lunch with Erik") is said
    # to the other, as to both, and makes neither someone else
    if len({s.name for s in signers if _surname(s) in titled}) > 1:
        return ""
    for title, word in itertools.pairwise(words):
        if fold(title).strip(".") not in TITLES:
            continue
        named = [s for s in signers if _surname(s) == fold(word).strip(".'’")]
        given = [_given(s) for s in named]
        if named and all(g and _third_person(g, body) for g in given):
            return (f"the letter speaks of {given[0]} as someone else, so '{title} {word}' "
                    f"is not {named[0].name}")  # fmt: skip
    return ""


def _surname(signer: Person) -> str:
    """Return the folded last word of a signer's name ("bellini" of "Matteo Bellini")."""
    words = name_words(PRONOUNS.sub("", signer.name))
    return words[-1] if len(words) > 1 else ""


def _given(signer: Person) -> str:
    """Return a signer's given name as written ("Matteo" of "Matteo Bellini"), or ''."""
    words = [w for w in PRONOUNS.sub("", signer.name).split()
             if fold(w).strip(".") not in TITLES and w[:1].isupper()]  # fmt: skip
    return words[0] if len(words) > 1 else ""


def _third_person(given: str, body: str) -> bool:
    """Return True when ``body`` speaks of ``given`` as a third person ("thanks to Matteo")."""
    name = re.escape(given)
    # NOTE: the name as written, capitalised: "with grace" speaks of no Grace
    before = rf"\b(?i:to|thank|tell|ask|let|from|with)\s+{name}\b"
    after = rf"\b{name}(?:['’]s\b|\s+(?:called|rang|phoned|said|told|mentioned|explained)\b)"
    return bool(re.search(before, body) or re.search(after, body))


def shortened(word: str, signers: list[Person], known: set[str]) -> str:
    """Return the given name a signer signs off with when ``word`` only shortens it, else "".

    "Hi Alex" to a rejection signed off "Alexandra" (or "Hi Seun" to one signed off
    "Oluwaseun"): the signer chose the full form, and nothing in the thread calls her
    Alex. A thread with no such sign-off says nothing, so "Hi Jen" to Jennifer Okoro stands.
    """
    bare = fold(word).strip(".'’")
    if len(bare) < 3 or bare in known:
        return ""
    for signer in signers:
        full = fold(signer.name.strip())
        signed_off = not signer.address and " " not in full  # a sign-off, not a header
        short = (len(full) > len(bare) and full.startswith(bare)) or is_tail_of(bare, {full})
        if signed_off and short:
            return signer.name.strip()
    return ""


def salutation(letter: Letter) -> Span | None:
    """Return the greeting line's span: the one the letter's parts found, or one they miss.

    NOTE: the letter's parts (and so the act model's corpus) do not read "Kia ora Aroha,"
    or "ciao marco" as a greeting; only the checks of whom and which firm it greets do
    (OTHER_GREETINGS).
    """
    span = letter.parts.get("salutation")
    body = letter.parts.get("body")
    if span is not None or body is None:
        return span
    line = _OTHER_LINE.match(letter.text, body.start, body.end)
    return Span(line.start(1), line.end(1)) if line else None


def name_line(letter: Letter) -> Span | None:
    """Return a first line holding only a name and a comma ("Kwame,"), when no greeting is found.

    NOTE: such a line may be a word as well ("Understood,", "Noted,"): the caller checks it
    against the signers' names before taking it as a greeting.
    """
    body = letter.parts.get("body")
    if salutation(letter) is not None or body is None:
        return None
    line = _NAME_LINE.match(letter.text, body.start, body.end)
    return Span(line.start(1), line.end(1)) if line else None
