"""Tell a signer's name from a title in a sign-off ("Aisha Bello, People Partner")."""

from __future__ import annotations

import re

from replylint.custom._org_names import LEGAL
from replylint.custom._org_parts import JOBTITLES
from replylint.custom._people import AND_WORDS, PARTICLES, PERSON_TITLES, TITLES, fold

#: Legal forms as a name may write them, with or without their dots ("L.P.", "LP").
FORMS = [r"\.?".join(form) for form in sorted(LEGAL, key=lambda f: (-len(f), f))]
TITLE_WORDS = re.compile(
    r"\b(?:manager|director|recruiter|recruiting|recruitment|partner|coordinator|specialist|lead"
    r"|head|officer|vp|vice|president|hr|human\s+resources|talent|acquisition|principal|chair"
    r"|dean|editor|chief|ceo|cto|cfo|founder|generalist|advisor|consultant|supervisor|associate"
    r"|administrator|engineer|superintendent|team|people|operations"
    # a lawyer's post in a firm or in-house ("Deputy General Counsel", "Legal Counsel")
    r"|counsel"
    # the same in the languages rejections are often signed in ("Leiterin Personal"); German
    # writes a title as one compound ("Personalreferent", "Teamleiterin"), or names the
    # post itself ("Leitung Disposition", "Teamleitung")
    r"|\w*leiter\w*|\w*leitung|\w*gerente|administrat(?:eur|rice)|direct(?:eur|rice|ora?)|diretora?|responsable|jef[ae]"
    r"|personal\w*"
    # NOTE: and a coordinator as Portuguese and Spanish write it ("Coordenadora de
    # Emergência", "Coordinador de Logística"): a title line, never the organisation's
    r"|recursos|ressources|talentos?|charg[ée]e?|\w*referent\w*|coordinat\w*|coord[ei]nador\w*"
    # German spells some with a "k" and a woman's title ends in "-in" ("Direktorin",
    # "Kuratorin"); Italian doubles the "t" ("Direttrice")
    r"|direktor(?:in)?|kurator(?:in)?|intendant(?:in)?|redakteur(?:in)?|diret(?:tore|trice)"
    # Dutch ("Personeelszaken", "Teamleider")
    r"|personeel\w*|\w*leider\w*|\w*medewerker\w*"
    # NOTE: a dean and an analyst as German, Turkish, Dutch and the Romance languages write
    # them ("Dekan, Deniz Bilimleri Fakültesi", "Analista de Recrutamento e Seleção"): a
    # title line, never the firm's
    r"|dekan(?:in)?|analist[ae]?"
    # NOTE: recruitment as French, Italian, Spanish and Portuguese write it, and a woman head
    # in French ("Cheffe du Service Recrutement", "Ufficio Reclutamento"): a title line
    r"|cheffe|rec[rl]ut\w*"
    # NOTE: a partner of a firm as Portuguese, Spanish and Italian write it ("Sócio de
    # Auditoria", "Socia Directora"): a title line, not the firm's; "Socio-Economic" is
    # no partner
    r"|s[óo]ci[oa](?!-)"
    # NOTE: Turkish posts and its human resources ("İşe Alım Müdürü", "İnsan Kaynakları  # noqa: RUF003
    # Uzmanı"): a title line, never the firm's  # noqa: RUF003
    r"|müdür\w*|uzman\w*|sorumlu\w*|yönetici\w*|koordinatör\w*|direktör\w*"
    r"|insan\s+kaynaklar\w*"
    # NOTE: a chef's post ("Chef Ejecutivo", "Chef-Patron", "Chef de Programme"), a head
    # teacher, a practitioner or methodologist, and recruitment as Spanish names its team
    # ("Selección y Desarrollo"): title lines, never the firm's
    r"|chef(?=[\s-]+(?:ejecutiv\w*|patron|de\s|d'|du\s))"
    r"|headm(?:aster|istress)|practitioner|methodologist|selecci[oó]n"
    # NOTE: Italian posts and its human resources ("Responsabile delle Collezioni",
    # "Risorse Umane"), as French "responsable" and "ressources" above: title lines, so a
    # name above one is a second signer's, never the firm's
    r"|responsabile|risorse\s+umane"
    # NOTE: the posts of a diocese, a parish or a chaplaincy ("Vicar General", "Diocesan
    # Chancellor", "Parish Priest", "Rector"): a title line under the signer's name, never a
    # second signer (not "Bishop", "Deacon" or "Parsons", which are surnames too)
    r"|vicar|chaplain|rector|chancellor|priest)\b",
    re.IGNORECASE,
)
#: Pronouns noted beside a name: "(she/her)", "[they/them]", "| he/him".
PRONOUN_NOTE = re.compile(
    r"\s*(?:[(\[]\s*(?:she|he|they|ze|xe)(?:\s*/\s*[a-z]+){1,2}\s*[)\]]"
    r"|[|\u00b7\u2022]\s*(?:she|he|they|ze|xe)(?:\s*/\s*[a-z]+){1,2}\s*$)",
    re.IGNORECASE,
)
#: A name spelt again in its own script, in brackets: "Park Ji-won (박지원)", "Li Wei (李伟)".
#: It holds letters, none of them Latin, so it is neither a title nor a second signer.
NATIVE_NOTE = re.compile(
    r"\s*[(\uff08](?=[^()\uff08\uff09]*[^\W\d_])[^()\uff08\uff09A-Za-z\u00c0-\u024f]+[)\uff09]"
)
#: "And" between names in the languages besides English ("e", "und", "y" ...).
_OTHER_AND = re.compile(
    r"\s+(?:" + "|".join(re.escape(w) for w in sorted(AND_WORDS - {"and", "&"})) + r")\s+"
)
#: Where a title line splits into title, team and company ("Head of People, Acme Corp").
#: NOTE: a legal form after the comma ("Quillon Software, Inc.") stays with the name, but not
#: a word spelt like one that opens a title ("Pieter van der Linden, Spa Manager": no SpA)
TITLE_SPLIT = re.compile(
    rf"\s*(?:[|\u2013\u2014-]|,(?!\s*(?:{'|'.join(FORMS)})\b(?!\.?\s+(?-i:[A-Z][a-z]))))\s+"
    r"|\s+at\s+",
    re.IGNORECASE,
)


def signs(line: str) -> bool:
    """Return True for a line that opens on a name ("Aroha Ngata, Director") or two ("A and B")."""
    first = TITLE_SPLIT.split(line)[0]
    return (looks_like_name(first) or honorific_name(first) or aliased_name(first)
            or bool(names_line(line)) or bool(spelt_name(line)))  # fmt: skip


#: A name in its own script, then its Latin spelling without brackets, then perhaps the title
#: in brackets: "山田 恵 Yamada Megumi (Human Resources)".
_SPELT_AFTER = re.compile(
    r"(?P<own>(?:[^\W\d_A-Za-z\u00c0-\u024f]+\s+){0,2}[^\W\d_A-Za-z\u00c0-\u024f]+)\s+"
    r"(?P<latin>[^()]+?)(?:\s*\((?P<title>[^()]+)\))?"
)


def spelt_name(line: str) -> str:
    """Return '石川 蓮 (Ishikawa Ren)' of '石川 蓮 Ishikawa Ren (Principal)', or ''.

    NOTE: a Japanese, Chinese or Korean signature may give the name in its script and then
    in Latin letters side by side, a title in brackets after them: one person, named as the
    name spelt in brackets ("佐藤 武 (Sato Takeshi)") is, so the greeting by that spelling
    and the mailbox are theirs. A place in the brackets ("(Osaka)") is no title: no name.
    """
    match = _SPELT_AFTER.fullmatch(line.strip())
    if not match or not looks_like_name(match["latin"]):
        return ""
    if match["title"] and not is_title(match["title"]):
        return ""
    return f"{match['own']} ({match['latin']})"


def ranked_name(line: str) -> bool:
    """Return True for a rank, then a name: "Chief Inspector Rajesh Nair", "Captain Ana Reyes".

    NOTE: a police, military or church rank stands before the signer's name on the name's
    own line, and a word of it ("Chief", "Superintendent") makes the line read as a title
    line; the rank's words are greeting titles ("Dear Chief Inspector Nair"), the rest a
    name with no title word in it.
    """
    words = line.split()
    rank = 0
    while rank < min(len(words) - 2, 3) and fold(words[rank]).rstrip(".") in TITLES:
        rank += 1
    return rank > 0 and looks_like_name(" ".join(words[rank:]))


def titled_name(line: str) -> bool:
    """Return True for a name, then a title: "Bjørn Aas, Head of Section, Water Networks".

    A long line may still open a sign-off when its first part is a name and its next a title.
    """
    parts = TITLE_SPLIT.split(line)
    return len(parts) > 1 and looks_like_name(parts[0]) and is_title(parts[1])


def without_title(name: str) -> str:
    """Return 'Maeve Quinn' of 'Maeve Quinn, Talent Partner': a person's name without a title."""
    parts = TITLE_SPLIT.split(name.strip())
    if "@" in name or len(parts) < 2 or not looks_like_name(parts[0]):
        return name
    return parts[0] if all(is_title(part) for part in parts[1:]) else name


def is_title(line: str) -> bool:
    """Return True for a line that holds a job title ("HR Manager", "University Researcher").

    Besides the words of TITLE_WORDS, a part of the line (between commas or dashes)
    ending in a job's name is a title of any trade ("Professor", "Senior Scientist").
    """
    if TITLE_WORDS.search(line):
        return True
    ends = [re.findall(r"[^\W\d_]+", fold(part))[-1:] for part in TITLE_SPLIT.split(line)]
    return any(end and (end[0] in JOBTITLES or _compound_title(end[0])) for end in ends)


def _compound_title(word: str) -> bool:
    """Return True for a title written as one word that ends in a job's name ("Headteacher").

    NOTE: only a longer job word ("teacher", not "rep" or "agent") closes a compound, so
    that a firm's one-word name seldom reads as one.
    """
    return any(
        word.endswith(job) and len(word) - len(job) >= 3 for job in JOBTITLES if len(job) >= 6
    )


def names_line(line: str) -> list[str]:
    """Return the names of a line that lists several signers ("Ana Ruiz, Li Wei and Tom Bell").

    Each name has two to four capitalised words and no title, so a company such as
    "Harlow, Briggs & Partners" is never read as people; a title in brackets after a
    name ("Li Wei (HR Lead)") is dropped.
    """
    line = re.sub(r"\s*\([^()]*\)", "", line)  # each one's title in brackets
    # NOTE: and the name one goes by in quotes inside their name ('Robert "Bobby" Chan'),
    # which is no word of a second person
    line = _QUOTED_ALIAS.sub("", line)
    names = [n for n in re.split(r"\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+|\s*/\s*", line) if n]
    # NOTE: "and" in another language joins two names only when both sides are whole names
    # ("Davide Conti e Chiara Esposito"), as "e" and "y" are also particles ("Ana Silva e Sousa")
    names = [part for name in names for part in _joined(name)]
    if len(names) < 2 or not all(looks_like_name(n) for n in names):
        return []
    return names


#: A name gone by, in quotes between the words of a full name (' "Bobby"' of 'Robert "Bobby"
#: Chan'), in straight or curly quotes.
_QUOTED_ALIAS = re.compile(
    r"(?<=[^\W\d_])\s+[\"“][A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+)?[\"”](?=\s+[A-Z])"
)


def _joined(name: str) -> list[str]:
    """Return the names that "and" in another language joins in ``name``, or ``name`` alone."""
    parts = _OTHER_AND.split(name)
    return parts if len(parts) > 1 and all(looks_like_name(p) for p in parts) else [name]


def cosigners(line: str, signers: list[str]) -> list[str]:
    """Return the other given names of a sign-off of given names that names a signer.

    "Ravi & Ngozi" under a rejection sent by Ravi Subramanian: both signed, though only
    Ravi's full name is known. Each name is one capitalised word, and one of them must be
    the first name of a known signer, so that "Sales & Marketing" is never read as people.
    """
    names = re.split(r"\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+", line.strip())
    if len(names) < 2 or not all(re.fullmatch(r"[^\W\d_][\w'’-]*", n) and n[0].isupper()
                                 for n in names):  # fmt: skip
        return []
    first = {fold(name.split()[0]) for name in signers if name.split()}
    if not first & {fold(n) for n in names}:
        return []
    return [n for n in names if fold(n) not in first]


def honorific_name(text: str) -> bool:
    """Return True for 'Dr. Amara Nwosu' or 'Ms Li': an honorific only a person has, then a name."""
    words = text.split()
    return (2 <= len(words) <= 5 and words[0].rstrip(".").lower() in PERSON_TITLES
            and all(w[:1].isupper() for w in words[1:]))  # fmt: skip


#: A name's other form in brackets, inside or after it ("Matías (Mati) Henríquez").
_ALIAS = re.compile(r"\s*\(([^()]+)\)")
#: A name gone by: one capitalised word ("Mati", "Venkat").
_GONE_BY = re.compile(r"[A-Z][^\W\d_]+")


def aliased_name(text: str) -> bool:
    """Return True for a person's name said a second way in brackets.

    NOTE: a signature may give the name its bearer goes by inside or after the full one
    ("Matías (Mati) Henríquez", "Venkataraman Subramanian (Venkat)"), or a name in another
    script then its spelling in Latin letters ("佐藤 武 (Sato Takeshi)"); either is one person.
    """
    notes = _ALIAS.findall(text)
    if len(notes) != 1:
        return False
    bare = " ".join(_ALIAS.sub(" ", text).split())
    if _GONE_BY.fullmatch(notes[0]):
        return looks_like_name(bare)
    own_script = bare and len(bare.split()) <= 3 and not re.search(r"[A-Za-z\d]", bare)
    return bool(own_script) and looks_like_name(notes[0])


def looks_like_name(text: str) -> bool:
    """Return True for 'Aisha Bello' or 'Eva de Wit': 2-4 capitalised words, no title.

    A lower-case particle may stand inside the name ("Eva de Wit", "Ahmad bin Yusof").
    """
    words = text.split()
    return (2 <= len(words) <= 4 and not TITLE_WORDS.search(text) and words[0][:1].isupper()
            and words[-1][:1].isupper()
            and all(w[:1].isupper() or w in PARTICLES for w in words))  # fmt: skip
