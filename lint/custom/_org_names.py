"""What an organisation's name looks like: its words, the names in a letter, their likeness."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from replylint.custom._people import fold

#: Words a company's name may carry or drop without naming another company.
SUFFIXES = frozenset({
    "inc", "ltd", "llc", "corp", "corporation", "co", "company", "gmbh", "plc", "group",
    "limited", "holdings", "sa", "ag", "bv", "lp", "llp", "pty", "the", "nv", "srl", "spa",
    # the legal forms of other countries ("Pvt. Ltd.", "Pte. Ltd.", "Sdn. Bhd.", "Lda.")
    "pvt", "private", "pte", "sdn", "bhd", "lda", "sarl", "kk", "oy", "ab", "kft", "aps",
})  # fmt: skip
#: Partnership words an employer's initials leave out ("HB" for Harlow Briggs & Partners).
PARTNERSHIP = frozenset({"partners", "partnership", "associates", "sons", "brothers", "and"})
#: Legal forms that end a name and may stand after a comma ("Baxter Holdings, L.P.").
LEGAL = frozenset({
    "inc", "ltd", "llc", "llp", "lp", "corp", "co", "gmbh", "plc", "pty", "ag", "sa", "bv",
    "nv", "srl", "spa", "kg", "oy", "ab", "limited", "pvt", "pte", "sdn", "bhd", "lda", "sarl",
    "kk", "kft", "aps",
})  # fmt: skip
#: Words that end an organisation's name ("Northgate Health", "Kestrel Shipping").
ORG_WORDS = LEGAL | frozenset({
    "group", "labs", "technologies", "solutions", "partners", "systems", "bank", "hospital",
    "health", "healthcare", "university", "college", "studio", "studios", "agency",
    "foundation", "consulting", "media", "software", "capital", "associates", "architects",
    "industries", "logistics", "pharma", "clinic", "academy", "institute", "enterprises",
    "shipping", "freight", "marine", "offshore", "mutual", "insurance", "homes", "housing",
    "construction", "builders", "care", "trust", "analytics", "bio", "biotech", "games",
    "holdings", "ventures", "energy", "renewables", "motors", "airlines", "airways", "foods",
    "brewing", "brewery", "hotels", "restaurants", "retail", "finance", "financial", "legal",
    "law", "networks", "telecom", "engineering", "manufacturing", "services", "partnership",
    "clínica", "clinica", "clinique", "klinik", "gruppo", "groupe", "grupo", "hospitality",
    "corporation", "company", "association", "society", "council", "laboratories",
    "stores", "shops", "outlets", "resorts",
})  # fmt: skip
#: Words that open an organisation's name ("Clínica Montemar", "Banco Sabadell").
ORG_OPENERS = frozenset({
    "clinica", "clinique", "klinik", "hospital", "hopital", "ospedale", "banco", "banque",
    "grupo", "gruppo", "groupe", "bank", "university", "universidad", "universite",
    "universitat", "universita", "fundacion", "fondation", "stiftung", "instituto", "institut",
    "colegio", "escuela", "ecole", "editorial", "editions", "studio", "atelier", "agence",
    "agencia", "casa", "maison", "laboratoires", "laboratorios",
})  # fmt: skip
NOT_NAMES = frozenset({"i", "linkedin", "glassdoor", "zoom", "teams", "slack", "google",
                        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                        "sunday", "january", "february", "march", "april", "may", "june",
                        "july", "august", "september", "october", "november", "december",
                        "hr", "ceo", "cto", "vp", "cv", "english"})  # fmt: skip
#: Words that join capitalised words inside one name ("Bank of Ireland", "Lumen & Reed").
JOINERS = frozenset({"&", "of", "de", "del", "du", "des", "la", "der", "von", "van", "y",
                      "for", "'s", "’s", "da", "do", "dos", "das", "di", "della"})  # fmt: skip
SAINT = frozenset({"st.", "st", "ste.", "saint", "sainte"})
FREE_MAIL = re.compile(r"(?:gmail|googlemail|yahoo|hotmail|outlook|live|icloud|aol|proton\w*"
                        r"|gmx|mail)\.", re.IGNORECASE)  # fmt: skip
#: Legal forms never shortened with a full stop: "... GmbH." ends the sentence, not the name.
UNDOTTED_FORMS = frozenset({"gmbh", "ag", "plc", "llc", "llp", "kg", "ab", "oy", "bv", "nv",
                            "se", "spa", "srl", "sas", "pty", "kft", "sarl"})  # fmt: skip
#: Capitalised words that open a sentence before a name, never a part of it ("At Initech, I").
OPENING_WORDS = frozenset({
    "at", "in", "with", "for", "from", "to", "on", "by", "as", "after", "before", "during",
    "since", "like", "unlike", "about", "and", "but", "or", "if", "when", "while", "whether",
    "although", "because", "so", "until", "through", "joining", "outside", "besides",
})  # fmt: skip
#: How alike (0-100) a name must be to the employer's to be a misspelling of it.
NEAR_MISS = 80


@dataclass(frozen=True, slots=True)
class Candidate:
    """A capitalised name in the letter: doc[start:end], its text, and how sure it is a firm."""

    start: int
    end: int
    text: str
    org: bool


def find_candidates(doc) -> Iterator[Candidate]:
    """Yield the capitalised names of the letter (and the pipeline's ORG entities)."""
    tagged = doc.has_annotation("ENT_IOB")
    ents = {(e.start, e.end) for e in doc.ents if e.label_ == "ORG"} if tagged else set()
    # NOTE: a small pipeline also tags acronyms, tools and first names as ORG (and firms
    # as people): its ORG entities may open a sentence, but only a name's own words make
    # it surely a firm.
    i = 0
    while i < len(doc):
        end = name_end(doc, i)
        if end == i:
            i += 1
            continue
        start = i
        text = doc[start:end].text
        org = is_org(text)
        if doc[start].is_sent_start and doc[start].lower_ in OPENING_WORDS and end - start > 1:
            start += 1  # "At Brambles Care, I ...": the preposition only opens the sentence
            text, org = doc[start:end].text, is_org(doc[start:end].text)
        if doc[start].is_sent_start and not org and (start, end) not in ents:
            start += 1  # "Thanks", "Please": a capital that only starts the sentence
            if name_end(doc, start) != end:
                i = start
                continue
            text = doc[start:end].text
        if start < end and fold(text) not in NOT_NAMES:
            yield Candidate(start, end, text, org)
        i = end


def name_end(doc, i: int) -> int:
    """Return where a name starting at doc[i] ends (i when none starts there)."""
    if doc[i].lower_ in SAINT and i + 1 < len(doc) and capitalised(doc[i + 1]):
        j = i + 1
    elif capitalised(doc[i]):
        j = i
    else:
        return i
    j += 1
    while j < len(doc) and j - i < 7:
        token = doc[j]
        if capitalised(token) or is_legal_form(token):
            j += 1
        elif (
            (token.lower_ in JOINERS or token.lower_ in SAINT)
            and j + 1 < len(doc)
            and (capitalised(doc[j + 1]) or (token.text == "&" and is_legal_form(doc[j + 1])))
        ):
            j += 2
        elif token.text == "," and j + 1 < len(doc) and is_legal_form(doc[j + 1]):
            j += 2  # "Baxter Holdings, L.P."
        elif (token.text in ("-", "\u2011") and not doc[j - 1].whitespace_ and not token.whitespace_
              and j + 1 < len(doc) and capitalised(doc[j + 1])):  # fmt: skip
            j += 2  # "Croix-Rousse", "Saint-Gobain": one name
        else:
            break
    return j


def capitalised(token) -> bool:
    """Return True for a capitalised word of letters ("Acme", "O'Neill", "Saint-Denis")."""
    text = token.text
    if not text[:1].isupper():
        return False
    # "H&M", "B&Q": initials joined by an ampersand are one name
    letters = text.replace("-", "").replace("'", "").replace("’", "").replace("&", "")
    return letters.isalpha() and len(text) > 1


def is_legal_form(token) -> bool:
    """Return True for a capitalised legal form ("Ltd.", "GmbH", "L.P.")."""
    return re.sub(r"[.,]", "", token.lower_) in LEGAL and token.text[:1].isupper()


def is_org(name: str) -> bool:
    """Return True when the name's own words make it an organisation."""
    words = words_of(name)
    # "Norrvik Institute of Technology", "Bank of Ireland": the word before "of" is the head
    heads = [a for a, b in itertools.pairwise(words) if b == "of"]
    return bool(words) and (
        words[-1] in ORG_WORDS
        or bool(ORG_WORDS.intersection(heads))
        or "&" in name
        or (len(words) > 1 and words[-2] in ORG_WORDS and words[-1] in LEGAL)
        or (len(words) > 1 and words[0] in ORG_OPENERS)
    )


def words_of(name: str) -> list[str]:
    """Return the folded words of a name, without possessives ("Acme's" -> ["acme"])."""
    # NOTE: dots go first, so that "L.P." and "S.A." are the legal forms "lp" and "sa"; an
    # ampersand is a word of its own, so that "P&G" is the initials "p", "g"
    return re.findall(r"[a-z0-9]+|&", re.sub(r"['’]s?\b", "", fold(name).replace(".", "")))


def normal_words(name: str) -> list[str]:
    """Return the words of a name without its legal forms and "&"."""
    return [w for w in words_of(name) if w not in SUFFIXES and w != "&"]


def distinctive(name: str) -> list[str]:
    """Return the words of ``name`` that tell one organisation from another."""
    return [w for w in normal_words(name) if w not in ORG_WORDS and w not in JOINERS
            and w not in SAINT]  # fmt: skip


def initials(words: list[str]) -> set[str]:
    """Return the employer's initials, with and without its partnership words."""
    core = [w for w in words if w not in PARTNERSHIP]
    return {"".join(w[0] for w in ws) for ws in (words, core) if ws}


def acronyms(company: str) -> set[str]:
    """Return the employer's initials, with and without its group and partnership words.

    "Clearwater Health Group" is CH and CHG; "Harlow Briggs & Partners LLP" is HBP and HB.
    """
    kept = [w for w in words_of(company) if w not in LEGAL and w not in ("&", "the")]
    found = initials(normal_words(company)) | initials(kept)
    # NOTE: a word without a vowel is initials already: the domain "kanazawa-mcc" is KMCC
    if any(not re.search(r"[aeiouy]", w) for w in kept):
        found.add("".join(w if not re.search(r"[aeiouy]", w) else w[0] for w in kept))
    return found


def same_org(candidate: str, company: str) -> bool:
    """Return True when ``candidate`` names the company (short form, initials, possessive)."""
    mine, theirs = normal_words(candidate), normal_words(company)
    if not mine or not theirs:
        return True
    if set(mine) <= set(theirs) or set(theirs) <= set(mine):
        return True
    joined = "".join(theirs)
    if "".join(mine) in acronyms(company) or "".join(mine) in joined:
        return True
    # "Fern & Finch" of fernandfinch.co.nz: a domain spells "&" as "and"
    if "&" in candidate and len(theirs) == 1 and "and".join(mine) in joined:
        return True
    # "Health NZ" of Health New Zealand: a run of its words shortened to their initials
    runs = [(k, j) for k in range(len(theirs)) for j in range(k + 2, min(k + 4, len(theirs)) + 1)]
    if any(set(mine) <= {*theirs[:k], "".join(w[0] for w in theirs[k:j]), *theirs[j:]}
           for k, j in runs):  # fmt: skip
        return True
    # "Lakeview Middle School" of "Lakeview SD"; but "Grupo Cumbre" is not "Grupo Alturas":
    # a first word any firm may open on tells nothing
    return (mine[0] == theirs[0] and len(mine[0]) > 3
            and mine[0] not in ORG_OPENERS | ORG_WORDS)  # fmt: skip


def near_miss(candidate: str, company: str, loose: bool = False) -> bool:
    """Return True when ``candidate`` misspells the company ("Halvorson Analytics").

    A name of two words or more may misspell a part of a longer one ("Jinhai Precision" of
    "Suzhou Jinhua Precision Manufacturing"). ``loose`` asks only that the whole names be
    alike (for a name already known to be the one written to: "Brightwell Health").
    """
    mine, theirs = normal_words(candidate), normal_words(company)
    if not mine or mine == theirs or "".join(mine) in acronyms(company):
        return False
    n = len(mine)
    parts = [theirs[k : k + n] for k in range(len(theirs) - n + 1)] if n > 1 else []
    return any(_alike(mine, part, loose) for part in ([theirs] if n == len(theirs) else parts))


def kindred(candidate: str, company: str) -> bool:
    """Return True for a one-word name sharing its stem with the employer's ("Iberwind").

    The shared start is at least four letters and half of each word: a name so like the
    employer's is taken as meant for it when the sentence is about the job.
    """
    mine = distinctive(candidate)
    if len(mine) != 1:
        return False
    for word in distinctive(company):
        if word == mine[0]:
            return False
        pairs = zip(word, mine[0], strict=False)
        common = sum(1 for _ in itertools.takewhile(lambda ab: ab[0] == ab[1], pairs))
        if common >= 4 and 2 * common >= max(len(word), len(mine[0])):
            return True
    return False


def parallel(candidate: str, company: str) -> bool:
    """Return True for a name that is the employer's with another first word.

    "Riverside Unified" in a reply to Lakeshore Unified School District, "South Star
    Dental" to North Star Dental: another organisation of the same kind.
    """
    mine, theirs = normal_words(candidate), normal_words(company)
    n = len(mine)
    if n < 2 or mine[0] in theirs:
        return False
    return any(theirs[k + 1 : k + n] == mine[1:] for k in range(len(theirs) - n + 1))


def _alike(mine: list[str], theirs: list[str], loose: bool) -> bool:
    """Return True when one word of ``mine`` is changed from ``theirs``, and only a little."""
    from rapidfuzz import fuzz  # only when a company is known (see _people.name_parts)

    changed = [(a, b) for a, b in zip(mine, theirs, strict=True) if a != b]
    if len(changed) != 1 or fuzz.ratio(" ".join(mine), " ".join(theirs)) < NEAR_MISS:
        return False
    # a typo, not another firm sharing a word
    return loose or (min(len(w) for w in changed[0]) > 3 and fuzz.ratio(*changed[0]) >= NEAR_MISS)


def sentence_stop(name: str) -> bool:
    """Return True when the full stop that ends ``name`` ends the sentence ("Lindt AG.")."""
    last = name.split()[-1] if name.split() else ""
    return last.endswith(".") and "." not in last[:-1] and last[:-1].lower() in UNDOTTED_FORMS
