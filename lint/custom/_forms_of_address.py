"""The title a signer goes by, as the thread states it: "Ms", "Mr", or pronouns ("she/her")."""

from __future__ import annotations

import itertools
import re

from replylint.custom._people import fold, name_words
from replylint.letter import Letter, Person

#: Titles that say a man or a woman is meant, in the languages greetings are written in.
_MEN = ("mr", "herr", "monsieur", "dhr", "heer", "sr", "senor", "signor", "sig", "sir")
_WOMEN = ("mrs", "ms", "miss", "frau", "madame", "mme", "mlle", "mevrouw", "mevr", "sra",
          "srta", "senora", "signora", "dame", "madam")  # fmt: skip
GENDERED = {**dict.fromkeys(_MEN, "m"), **dict.fromkeys(_WOMEN, "f")}
#: Pronouns a signer states beside their name ("Samantha Whitaker (she/her)").
PRONOUNS = re.compile(r"\b(she|he)\s*/\s*(?:her|hers|him|his|they|them)\b", re.IGNORECASE)
#: A word, then up to three capitalised ones: a title before a name ("Mrs. Ingrid Olsen").
#: NOTE: a lookahead, so that "you Mrs Olsen" still finds "Mrs" after "you"
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
