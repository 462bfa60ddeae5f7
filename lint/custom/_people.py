"""Name matching shared by the context rules (titles, particles, first names, misspellings)."""

from __future__ import annotations

import functools
import re
import unicodedata

from replylint.letter import Person

#: Local parts of addresses that reach a team or nobody, not the person who signed.
GENERIC_MAILBOXES = frozenset({
    "careers", "career", "jobs", "job", "hr", "recruiting", "recruitment", "recruiter",
    "talent", "hiring", "noreply", "donotreply", "info", "hello", "team", "people", "apply",
    "applications", "admin", "office", "contact", "support", "notifications", "notification",
    "mailer", "automated", "alerts", "system",
    # NOTE: the same in the languages the employer's shared mailbox is named in: French,
    # Spanish and Catalan recruitment ("recrutement@", "reclutamiento@", "rh@", "rrhh@"),
    # jobs ("emploi@", "empleo@"), contact and their "hello" ("hola@", as "hello@")
    "recrutement", "reclutamiento", "rh", "rrhh", "emploi", "empleo", "contacto", "hola",
    # NOTE: and German, Dutch, Polish and Portuguese ones: applications ("bewerbung@",
    # "sollicitaties@"), vacancies ("vacatures@"), careers ("karriere@", "kariera@") and
    # recruitment ("rekrutacja@", "recrutamento@")
    "bewerbung", "bewerbungen", "karriere", "sollicitatie", "sollicitaties", "vacatures",
    "kariera", "rekrutacja", "recrutamento",
})  # fmt: skip
#: Words of a greeting that address a group or nobody in particular.
GENERIC_GREETINGS = re.compile(
    r"\b(?:hiring|recruit\w*|talent|search|selection|interview|people|hr|human\s+resources"
    r"|team|committee|panel|sirs?|madam|whom\s+it\s+may\s+concern|all|everyone|everybody"
    r"|colleagues|friends|folks|there|manager|department|guys|ladies|gentlemen"
    # "everyone" in the languages a greeting of another language goes on in ("ciao a tutti")
    r"|tutti|ragazzi|todos|tous|zusammen|allerseits|iedereen"
    # NOTE: French plural titles ("Mesdames, Messieurs,", the French "Dear Sirs"), and
    # Turkish "Sayin Yetkili" / "Sayin Ilgili" ("to the one in charge / concerned"), its
    # "To whom it may concern", and its human resources ("Insan Kaynaklari")
    r"|mesdames|messieurs|yetkili(?:ler)?|ilgili(?:ler)?|insan\s+kaynaklar\w*)\b",
    re.IGNORECASE,
)
#: Greetings that address every signer at once: fine when more than one signed.
GROUP_GREETINGS = re.compile(r"(?i)(?:all|both|everyone|you\s+both|you\s+all|both\s+of\s+you)")
#: Honorifics and titles, in the languages job seekers write in (lowercase, no dot).
TITLES = frozenset({
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "madam", "dame",
    "madame", "mme", "mlle", "mademoiselle", "monsieur", "m", "herr", "frau", "fraulein",
    "sr", "sra", "srta", "senor", "senora", "senorita", "don", "dona", "signor", "signora",
    "senhor", "senhora", "dra", "profa",
    "sig", "dott", "dottssa", "dottoressa", "ing", "mag", "heer", "mevrouw", "mevr", "dhr",
    "pan", "pani", "lord", "lady", "rev", "fr", "father", "sister", "brother", "chef",
    "principal", "dean", "coach", "captain", "capt", "judge", "hon", "councillor", "cllr",
    "rabbi", "imam", "pastor", "nurse", "matron", "engr", "eng", "atty", "shri", "smt", "sri",
    "tuan", "puan", "encik", "cik", "dato", "datuk", "pak", "bu", "ibu", "bapak", "haji",
    "hajah",
    # Javanese, before a given name as Indonesians greet in English: "Mbak Sari" (a woman
    # of one's age), beside "Ibu" and "Bapak" above. NOTE: not "Mas", its man's form,
    # which is a Catalan and French family name too (TITLES_BEFORE_A_NAME's)
    "mbak", "president", "director", "officer", "superintendent", "doctor", "ms.", "mr.",
    "whaea", "matua",  # Māori: "Kia ora Whaea Aroha", respect for an older woman or man
    "ma'am", "ma’am", "maam",  # Philippine English, before a given name: "Hi Ma'am Rowena"
    # ranks and titles of trades and callings, in the languages they are greeted in
    # ("Estimado Capitán Ramírez", "Sehr geehrter Kapitän Brandt", "Dear Sergeant Okoro")
    "capitan", "capitana", "capitaine", "comandante", "commandant", "kapitan", "kaptan",
    "kapitein", "sergeant", "sgt", "lieutenant", "lt", "colonel", "commander", "cdr",
    "admiral", "inspector", "constable", "detective", "bishop", "reverend", "vicar", "deacon",
    "sheikh", "ustaz", "ustazah", "profesor", "profesora", "professeur", "professora",
    "ingeniero", "ingeniera", "licenciado", "licenciada", "lic", "arq", "maestro", "maestra",
    "padre", "khun",
    # Rioplatense Spanish, an accountant's title before the family name: "Cr. Pereira",
    # "Cra. Fernández" (contador, contadora), "Cdor."/"Cdora." spelt longer
    "cr", "cra", "cdor", "cdora",
    # Amharic, before an Ethiopian's given name: "Weyzero Meron" (Mrs), "Weyzerit Hana"
    # (Miss), shortened with a slash: "W/ro Meron", "W/rt Hana"; "Ato" (Mr) is
    # TITLES_BEFORE_A_NAME's
    "weyzero", "woizero", "weizero", "weyzerit", "woizerit", "w/ro", "w/rt",
    # Nigerian English, before a name: "Dear Hajiya Bello", "Alhaji Musa", "Mallam Sani",
    # "Chief Okafor", "Barr. Obi" (barrister), "Arc. Eze" (architect), "Engr. Adeyemi"
    "hajiya", "hajia", "alhaji", "alhaja", "mallam", "malam", "chief", "barr", "barrister",
    "arc",
    # Italian professional titles before a name: "Arch. Bianchi" (architetto), "Avv. Russo"
    # (avvocato), "Geom. Greco" (geometra), as "Ing." and "Dott." are
    "arch", "avv", "geom",
    # southern and east African, before a name: Zulu and Xhosa "Sawubona Mnumzane Nkosi"
    # (Mr), "Nkosikazi" (Mrs), "Nkosazana" (Miss), "Baba"/"Mama" (respect for an elder);
    # Sotho "Ntate", Tswana "Rre" and "Mma"; Swahili "Bwana" (Mr), "Bi" or "Bibi" (Ms),
    # "Mzee" (an elder), "Mwalimu" (teacher); Afrikaans "Meneer" ("Mnr."), "Mevrou"
    # ("Mev."), "Mejuffrou" ("Mej.")
    # NOTE: not Xhosa "Tata": a name opening on a title is a person's, and Tata is a firm's
    "mnumzane", "mnumzana", "nkosikazi", "nkosazana", "baba", "mama", "ntate", "rre", "mma",
    "bwana", "bi", "bibi", "mzee", "mwalimu", "meneer", "mnr", "mevrou", "mev", "mejuffrou",
    "mej",
    # German academic ranks before "Dr.", written in capitals: "PD Dr. med. Reto Huber"
    # (Privatdozent); a family name in capitals they are not
    "pd",
    # NOTE: Indian professional prefixes, written in capitals before a name as "Dr." is:
    # "CA Harish Rao" (chartered accountant), "CS Neha Jain" (company secretary), "CMA ..."
    # (cost accountant); a family name in capitals first ("LIM Wei Jie") they are not
    "ca", "cs", "cma",
    # NOTE: Polish greets a man in the vocative, "Panie" of "Pan" ("Szanowny Panie
    # Krzysztofie,"); and Malaysia, Indonesia and the Low Countries write an engineer's
    # "Ir." (ingenieur) before the name, as "Dr." is ("Dear Ir. Tan,")
    "panie", "ir",
    # NOTE: Philippine English calls a doctor, a vet or a dentist "Doc" before the name they
    # go by ("Dear Doc Ramon,"), as "Dr." is written
    "doc",
    # NOTE: church titles before a name, as a congregation or diocese greets its clergy:
    # "Dear Monsignor Byrne" ("Msgr."), "Archdeacon", "Archbishop", "Chaplain", "Evangelist",
    # "Deaconess" (Nigerian and US churches); nameparser drops them from a signer's name,
    # so the greeting must know them as titles
    "monsignor", "msgr", "archdeacon", "archbishop", "chaplain", "evangelist", "deaconess",
})  # fmt: skip
#: Titles that are given names or words too, so a title only with a name after it: Amharic
#: "Ato" (Mr) in "Dear Ato Dawit," but the Ghanaian given name in "Hi Ato,".
TITLES_BEFORE_A_NAME = frozenset({
    "ato",
    # NOTE: Vietnamese greets by the given name after a word of kinship, written in English
    # too: "Anh" (elder brother), "Chị" (elder sister), "Em" (younger), "Cô" (aunt, a woman
    # older), "Chú" (uncle): "Dear Anh Long," greets Long. Anh and Chi are given names, Chu
    # a family name, so a title only before a name: "Dear Anh," greets someone called Anh
    "anh", "chi", "em", "co", "chu",
    # NOTE: Filipino, the same before a given name: "Ate" (elder sister), "Kuya" (elder
    # brother), "Hi Ate Joy,"; kept here, not in TITLES, as "ate" is an English word
    "ate", "kuya",
    # NOTE: Aboriginal and Torres Strait Islander English, and much of Asian and Pacific
    # English, greets an elder with respect as "Uncle" or "Aunty" before the given name:
    # "Dear Leanne and Uncle Robert," greets Robert
    "uncle", "aunty", "auntie",
    # NOTE: Sundanese greets by the given name after "Kang" (elder brother) or "Teh" (elder
    # sister), and Javanese after "Mas" (a man of one's age, beside TITLES' "Mbak"): "Dear
    # Kang Asep," greets Asep. Kang and Teh are Korean and Chinese family names, Mas a
    # Catalan one, so a title only before a name: "Dear Ms. Kang," greets a Kang
    "kang", "teh", "mas",
    # NOTE: church titles that are words or firms' names too ("Canon", "Cardinal", "Elder",
    # "Minister", "Mother", "Prophet", "Apostle"), and a church's "Sis." and "Bro." (sister,
    # brother): "Dear Canon Lim," "Dear Pastor Green and Sis. Okafor," greet the name after
    # them; a firm called Canon, or "Dear Elder," alone, they are not
    "canon", "cardinal", "elder", "minister", "mother", "prophet", "prophetess", "apostle",
    "sis", "bro",
    # NOTE: Moroccan and Algerian Arabic greet a man with respect as "Si" (of "Sidi", also
    # written out) before his given name, and a woman as "Lalla": "Dear Si Mohammed,"
    # greets Mohammed. "Si" is a Chinese given name's syllable too, so only before a name
    "si", "sidi", "lalla",
})  # fmt: skip
#: Job titles written before a surname as a form of address, as Korean, Japanese and
#: Chinese do in English ("Manager Park", "Team Leader Kim", "Director Wang", "Section Chief Sato").
JOB_TITLES = frozenset({
    "manager", "director", "leader", "lead", "head", "chief", "supervisor", "senior", "general",
    "deputy", "vice", "executive", "assistant", "associate", "section", "department", "team",
    "partner", "researcher", "engineer", "chairman", "chairwoman", "chair", "ceo", "cto", "cfo",
    "coo", "vp", "gm",
    # NOTE: film and broadcasting address a producer so too ("Producer Choi", "PD Kim")
    "producer", "pd",
})  # fmt: skip
#: Honorifics that go with a family name, never a given name alone ("Ms. Nagy", not
#: "Ms. Katalin"); forms that go with a given name (Encik, Don, Khun) are not here.
SURNAME_HONORIFICS = frozenset({
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "herr", "frau", "madame", "mme", "monsieur",
    "mevrouw", "mevr", "dhr", "heer",
})  # fmt: skip
#: Honorifics that only ever stand before a person's name ("Ms. Okafor", "Sra. Lima").
PERSON_TITLES = SURNAME_HONORIFICS | frozenset({
    "sir", "dame", "madam", "sr", "sra", "srta", "senor", "senora", "mlle", "signor", "signora",
    "senhor", "senhora", "dra", "profa",
    "sig", "rev", "professor",
})  # fmt: skip
#: Honorifics written after a name ("Tanabe-san", "Kim-nim", "Sharma-ji").
HONORIFIC_SUFFIXES = frozenset({"san", "sama", "sensei", "kun", "chan", "shi", "dono",
                                "nim", "ssi", "ji"})  # fmt: skip
#: Honorifics written as a word of their own after a name, as Indian English does ("Ritu
#: Ma'am", "Anil Sir", "Verma ji", "Suresh Garu") and Turkish ("Selin Hanim", "Emre Bey"),
#: besides the suffixes above.
AFTER_NAME = HONORIFIC_SUFFIXES | frozenset({
    "ma'am", "ma’am", "maam", "mam", "madam", "sir", "saheb", "sahib", "sahab", "garu",
    "didi", "bhai", "sahiba",
    # Bengali and Urdu, elder sister, after the given name: "Nasreen Apa"
    "apa",
    # Turkish, after the given name: "Selin Hanim" (written with a dotless i, which fold()
    # makes a plain one), "Emre Bey"
    "hanim", "hanimefendi", "bey", "beyefendi",
    # NOTE: Chinese in pinyin, after the family name: "Liu Laoshi" (teacher), "Wang
    # Xiansheng" (Mr), "Chen Nüshi" (Ms, "nushi" or "nvshi" without the umlaut), "Zhang
    # Xiaojie" (Miss); and Korean "Kim Seonsaengnim" (teacher)
    "laoshi", "xiansheng", "nushi", "nvshi", "xiaojie", "seonsaengnim",
})  # fmt: skip
#: Words of courtesy a greeting carries beside or instead of a name, written in lower case:
#: Tagalog "po" and "ho" ("Good day po,", "Hello po Ma'am Rowena,") show respect to whoever
#: is greeted. NOTE: only in lower case, as "Hi Po," or "Dear Mr Ho," greets a person so named
COURTESY_WORDS = frozenset({"po", "ho"})
#: "And" between two names in the languages rejections are signed in ("Davide Conti e Chiara
#: Esposito", "Anna Weber und Jonas Roth"); "e" and "y" are also particles ("Silva e Sousa").
AND_WORDS = frozenset({"and", "&", "et", "und", "y", "e", "og", "en"})
#: Particles of surnames, written in lower case inside a name ("van der Merwe", "bin Ali").
PARTICLES = frozenset({
    "de", "van", "von", "der", "den", "da", "di", "du", "del", "della", "des", "la", "le",
    "bin", "binti", "bint", "al", "el", "ibn", "ben", "ter", "ten", "zu", "dos", "das", "do",
    "y", "e", "st", "mac", "ap", "ua", "ni", "lo",
})  # fmt: skip
#: Letters written after a name for a degree, a licence or a membership ("Robert Hale, MD",
#: "Aoife Brennan RN"): in capitals, but never a family name.
POST_NOMINALS = frozenset({
    "md", "do", "phd", "dphil", "rn", "rm", "np", "pa", "dnp", "mba", "msc", "bsc", "ma", "ba",
    "meng", "beng", "ceng", "ieng", "mice", "mimeche", "frcs", "frcp", "mrcp", "mrcs", "frcpc",
    "facp", "dds", "dmd", "jd", "llm", "esq", "cpa", "cfa", "acca", "fca", "aca", "cima", "pe",
    "pmp", "shrm", "cipd", "mcipd", "chfc", "obe", "mbe", "cbe", "kc", "qc", "jr", "ii", "iii",
    "iv", "fcca", "mrics", "frics", "riba", "edd", "psyd", "lcsw", "lpn", "aprn", "crna",
    # a vet's, a doctor's, a dentist's, a nurse's or a teacher's letters ("Dr Aoife Brennan
    # MVB MRCVS", "BVSc", "MBChB"), and memberships spelt with a vowel ("FHEA", "FRSA")
    "mrcvs", "frcvs", "bvsc", "bvms", "bvetmed", "vetmb", "mvb", "dvm", "vmd", "rvn", "rgn",
    "mbbs", "mbchb", "bds", "mrcgp", "fhea", "sfhea", "frsa", "mcips", "cgma", "acma", "mcmi",
})  # fmt: skip
#: How alike two spellings must be (0-100) to count as a misspelling of one another.
MISSPELLING = 80


#: Letters without an accent to drop, and how they are written in plain Latin letters.
_PLAIN_LETTERS = str.maketrans({"ß": "ss", "\u0131": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d",
                                "æ": "ae", "œ": "oe", "þ": "th", "ħ": "h"})  # fmt: skip


#: Letters written as two plain ones where a keyboard lacks them ("Schäfer" as "Schaefer",
#: "Søren" as "Soeren", "Ångström" as "Aangstroem").
_AS_TWO_LETTERS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ø": "oe", "å": "aa"})
_TWO_LETTER_KEYS = frozenset("äöüøå")


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Return ``text`` lowercased without accents ("Lucía" -> "lucia", "Weiß" -> "weiss")."""
    # NOTE: "ß" and some letters of their own have no accent to drop: German writes "ß"
    # as "ss" where it is missing ("Weiss"), an English keyboard writes the Turkish
    # dotless i as "i" ("Yilmaz"), Polish "ł" as "l" ("Walesa"), Norwegian "ø" as "o"
    decomposed = unicodedata.normalize("NFKD", text.lower().translate(_PLAIN_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def is_generic_mailbox(address: str, extra: frozenset[str] = frozenset()) -> bool:
    """Return True for careers@, noreply@ and the like (``extra`` adds more names)."""
    local = address.split("@", 1)[0].lower()
    squeezed = re.sub(r"[._+-]", "", local)
    return (local in GENERIC_MAILBOXES or squeezed in GENERIC_MAILBOXES or local in extra
            or is_no_reply(address))  # fmt: skip


#: "No reply" in the words mailboxes nobody reads are named with, in several languages.
_NO_REPLY = re.compile(
    r"noreply|donotreply|dontreply|norespon[ds]|nepasrepondre|naoresponda|nonrispondere"
    r"|nichtantworten|keineantwort|unmonitored|mailerdaemon"
)


def is_no_reply(address: str) -> bool:
    """Return True for an address nobody reads ("no_reply@", "Ne-Pas-Repondre@", "DoNotReply@")."""
    local = fold(address.split("@", 1)[0])
    return bool(_NO_REPLY.search(re.sub(r"[._+-]", "", local)))


def is_group_name(name: str) -> bool:
    """Return True for a display name that is a team, not a person ("Acme Careers").

    A committee, board, panel, office or search that signs ("The Faculty Search
    Committee") is a group too, and so is any name opening with "The", or one holding a
    team's word in Korean, Japanese or Chinese ("채용팀", "採用チーム").
    """
    return bool(re.search(r"(?i)\b(?:careers?|jobs|talent|recruit\w*|hiring|hr|team|notifications?"
                          r"|no-?reply|committee|board|panel|office|search|admissions|staffing)\b"
                          # NOTE: but not a style of respect written with "The" before a
                          # person's name: "The Ven. Ada Obi", "The Rt Revd John Smith"
                          r"|^\s*the\s(?!\s*(?:(?:rt|right|very|most)\b\.?\s*)?(?:ven|venerable"
                          r"|revd?|reverend|hon|honourable|honorable)\b)"
                          # NOTE: the department spelt out, as a signer's line may put it
                          # in brackets after the name ("Yamada Megumi (Human Resources)")
                          r"|\bhuman\s+resources?\b"
                          # NOTE: and a team or its department in Spanish, Portuguese, French
                          # and Italian ("Equipo de Selección", "Équipe RH", "Recursos
                          # Humanos", "Ressources humaines", "Risorse umane")
                          r"|\b(?:[eé]quip[oe]s?|recursos\s+humanos|ressources\s+humaines"
                          r"|risorse\s+umane)\b"
                          # a team or hiring office in Korean, Japanese or Chinese, which
                          # ends a word rather than standing alone ("Hanbit Bio 채용팀")
                          r"|팀|채용|인사|チーム|採用|人事|招聘|团队|團隊", name))  # fmt: skip


def name_words(name: str) -> list[str]:
    """Return every word of a person's name, folded, without titles and suffixes.

    Every word counts, not only the first and last: a middle name may be the one used
    ("Wen Li Tan" is "Wen Li"), and a surname-first name puts the given name last.
    """
    return list(_name_words(name))


# NOTE: cached: the same signer's and greeting's names are parsed many times a letter, and
# parsing them was a sixth of the context rules' time in a profile
@functools.lru_cache(maxsize=65536)
def _name_words(name: str) -> tuple[str, ...]:
    """Return the words of ``name`` for ``name_words``, once per name."""
    # NOTE: imported here, not at the top: most letters carry no context, and a cold run
    # should not pay for name parsing it never does.
    from nameparser import HumanName

    parsed = HumanName(name)
    kept = [parsed.first, parsed.middle, parsed.last, parsed.nickname]
    if not (parsed.first and parsed.last):
        # NOTE: nameparser takes a given name spelt like a ruler's title for a title
        # ("Sultan Al-Dossary", "Prince Adeyemi"), leaving the name without it: our own
        # TITLES say what a title is, so a word of its title none of them (nor a job's
        # title, "Manager Park") is the name's
        kept[:0] = [w for w in parsed.title.split() if fold(w).strip(".") not in JOB_TITLES]
        # NOTE: nameparser takes a family name spelt like a degree's letters for one
        # ("Sigrid Aas": AAS, an associate degree), leaving the name without a family
        # name: a word of it written as a name is written ("Aas", not "AAS") is the name
        kept += [w for w in re.split(r"[\s,]+", parsed.suffix)
                 if w.isalpha() and w[:1].isupper() and w[1:].islower()]  # fmt: skip
    # NOTE: the name gone by, in brackets after the full one ("Jose Ramon Bautista (JR)"),
    # spelt like a suffix: nameparser takes it for "Jr.", but in brackets it is a name
    kept += [w for w in re.findall(r"\(\s*([^\W\d_]+)\s*\)", name) if w in parsed.suffix.split()]
    text = " ".join(p for p in kept if p)
    words = []
    for word in re.findall(r"[^\W\d_][\w'’.-]*", fold(text or name)):
        word = word.strip(".'’")
        words.append(word)
        words += [half for half in re.split(r"[-'’]", word) if half != word and half]
    return tuple(w for w in words if w and w not in TITLES)


def name_parts(name: str) -> list[str]:
    """Return the words of ``name`` that tell one person from another (no particles)."""
    return [w for w in name_words(name) if w not in PARTICLES]


def signer_parts(signers: list[Person]) -> set[str]:
    """Return every name word of the signers.

    A name written only in another script ("田中 結衣") is greeted in Latin letters
    ("Tanaka-san"): the words of its address ("yui.tanaka@") stand in for it. A mailbox
    of one word ("sasha@", "jb@") is a name its owner goes by.
    """
    parts = {part for person in signers for part in name_words(person.name)}
    # NOTE: "Dear Dr. Schaefer" to Annegret Schäfer, "Hi Soeren" to Søren: a letter with no
    # key of its own is written as two plain ones ("ä" as "ae", "ø" as "oe", "å" as "aa"),
    # the standard spelling without it, not a misspelling; fold() alone drops the mark
    parts |= {word for person in signers for word in _two_letter_spellings(person.name)}
    for person in signers:
        local = fold(person.address.split("@", 1)[0]) if person.address else ""
        if len(local) > 1 and local.isalpha():
            # NOTE: a mailbox that is one word is the name its owner goes by: "Hi Sasha" to
            # Aleksandra Ivanova <sasha@...>, "Hi JB" to Jean-Baptiste Moreau <jb@...>
            parts.add(local)
        # NOTE: a mailbox of two words, one the signer's family name, gives the other as the
        # given name they go by: "Dear Ma'am Charo" to Rosario Dimaculangan
        # <charo.dimaculangan@...>, "Hi Kiko" to Francisco Dela Cruz <kiko.delacruz@...>
        # (a family name of more words run together in the mailbox)
        mailbox = [w for w in re.split(r"[._-]", local) if w]
        words = name_words(person.name)
        family = {fold(w) for w in surname_first(person.name)[0]}
        family |= {"".join(words[k:]) for k in range(1, len(words))}
        if len(mailbox) == 2 and all(w.isalpha() for w in mailbox) and family & set(mailbox):
            parts.update(w for w in mailbox if len(w) > 2 and w not in family)
        if person.address and not re.search(r"[a-zA-Z]", fold(person.name)):
            local = fold(person.address.split("@", 1)[0])
            parts.update(w for w in re.split(r"[._+-]", local) if len(w) > 1 and w.isalpha())
    return parts


def _two_letter_spellings(name: str) -> set[str]:
    """Return the words of ``name`` with a letter of no key written as two ("schaefer")."""
    # NOTE: and a double-barrelled name as a whole ("mueller-vogt" of Müller-Vogt), as the
    # greeting writes it, beside each of its halves
    words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", unicodedata.normalize("NFC", name.lower()))
    words += [half for word in words if "-" in word for half in word.split("-")]
    return {fold(w.translate(_AS_TWO_LETTERS)) for w in words if set(w) & _TWO_LETTER_KEYS}


def given_names(signers: list[Person]) -> set[str]:
    """Return the signers' given names, folded: every word of a name but the family name's.

    "NAGY Katalin" gives "katalin" (the family name in capitals first); a name of one word
    is taken as given.
    """
    from nameparser import HumanName

    given: set[str] = set()
    for person in signers:
        family, first = surname_first(person.name)
        if not family:
            # NOTE: without the letters after the name, which nameparser would take for the
            # family name and so the family name for a middle, given one ("... Brennan MVB")
            parsed = HumanName(without_post_nominals(person.name))
            first = f"{parsed.first} {parsed.middle}".split()
        given.update(fold(word).strip(".'’") for word in first)
    return {word for word in given if word and word not in TITLES}


#: How long a tail of a given name ("Seun" of Oluwaseun) and what it drops must be at least
#: for a short form: "Ann" of Joann or "Na" of Dana, or a name one or two letters longer
#: ("Anna", Joanna), may be another person or a misspelling.
_TAIL, _DROPPED = 4, 3


#: Endings of an East Slavic patronymic in Latin letters ("Sergeyevich", "Ivanovna",
#: "Ilyinichna"); Kazakh and Tatar patronymics are formed with them as well ("Serikovich").
_PATRONYMIC = re.compile(r"[a-z]{2,}(?:ovich|evich|ovna|evna|ichna|inichna)")


def is_patronymic_of(word: str, before: str, signers: list[Person]) -> bool:
    """Return True when ``word`` is a signer's patronymic, greeted after their given name.

    "Dear Marat Serikovich" to Marat S. Abenov: Russian greets with respect by the given
    name and the father's name, which a name romanised for abroad keeps as its middle
    initial. Both words folded; the patronymic must start with that initial.
    """
    from nameparser import HumanName

    if not before or not _PATRONYMIC.fullmatch(word):
        return False
    for person in signers:
        parsed = HumanName(person.name)
        initials = {fold(w).strip(".") for w in parsed.middle.split()}
        if fold(parsed.first).strip(".") == before and word[:1] in initials:
            return True
    return False


def is_vocative_of(word: str, given: set[str]) -> bool:
    """Return True when ``word`` (folded) is the Polish vocative of one of ``given``.

    Polish greets in the vocative case: "Szanowny Panie Krzysztofie", "Droga Anno",
    "Cześć Tomaszu", "Drogi Piotrze", "Panie Robercie", "Panie Marku" (Marek). A name on
    "-a" ends in "-o"; another takes "-ie", "-e" or "-u", and its last consonant may soften
    ("t" "cie", "d" "dzie", "r" "rze") or drop the "e" before it ("Marek" "Marku").
    """
    for name in given:
        if len(name) < 3:
            continue
        if name.endswith("a"):
            if word == name[:-1] + "o":
                return True
            continue
        stems = {name}
        if name[-2] == "e" and name[-1] not in _VOWELS:
            stems.add(name[:-2] + name[-1])  # the "e" that drops: Marek, Marku
        forms = {stem + end for stem in stems for end in ("ie", "e", "u")}
        forms |= {name[:-1] + soft for hard, soft in _SOFTENED if name.endswith(hard)}
        if word in forms:
            return True
    return False


#: A consonant of a name's end and how the Polish vocative softens it ("Robert", "Robercie").
_SOFTENED = (("t", "cie"), ("d", "dzie"), ("r", "rze"))


def is_tail_of(word: str, given: set[str]) -> bool:
    """Return True when ``word`` (folded) is the end of a long given name, as it is shortened.

    Yoruba and other long given names are called by their last part: Oluwaseun is Seun,
    Babatunde Tunde, Adebayo Bayo, Oluwatobi Tobi (and Christina Tina, Magdalena Lena).
    """
    if len(word) >= _TAIL and any(
        len(name) >= len(word) + _DROPPED and name.endswith(word) for name in given
    ):
        return True
    # NOTE: a given name made of two run together, as Filipino ones are ("Marijoy", "Marivic",
    # "Marilou"), is called by the second: "Hi Ma'am Joy" greets Marijoy. A tail of three
    # letters only after such a first name, and opening on a consonant, as a name does
    return (
        len(word) >= _TAIL - 1
        and word[:1] not in _VOWELS
        and any(name.endswith(word) and name[: -len(word)] in _COMPOUND_HEADS for name in given)
    )


#: The first names a given name of two run together opens with ("Mari" of "Marijoy").
_COMPOUND_HEADS = frozenset({"mari", "mary", "maria", "marie", "rose", "anna", "john", "jhon"})


def is_pet_form_of(word: str, given: set[str]) -> bool:
    """Return True when ``word`` (folded) is a customary pet form of one of ``given``.

    English pet forms that neither start nor end the name they stand for: "Bobby" is
    Roberto or Robert, "Bill" William, "Ted" Edward, "Peggy" Margaret, as a colleague calls
    them, and Spanish ones too ("Pepe" José, "Paco" Francisco). The full name is matched by
    its start, so its forms in other languages count ("Roberto", "Roberta"). So is a name's
    first syllable with a pet ending ("Kate" of Katherine, see ``_clipped_pet_form``).
    """
    if any(name.startswith(stem) for stem in _PET_FORMS.get(word, ()) for name in given):
        return True
    return any(_clipped_pet_form(word, name) or _aphetic_form(word, name)
               or _polish_pet_form(word, name) for name in given)  # fmt: skip


def _polish_pet_form(word: str, name: str) -> bool:
    """Return True when ``word`` is the first syllable of ``name`` with the Polish pet ending.

    "Kasia" of Katarzyna, "Basia" of Barbara, "Zosia" of Zofia, "Krysia" of Krystyna: the
    name's start up to its first vowel, then "-sia" for the rest.
    NOTE: the name must drop three letters or more, as for the other short forms, and go
    on with a consonant after the syllable, which "-sia" stands for: a vowel there would
    make the word the name misspelt. Only "-sia": the Russian "-sha" ("Misha" of Mikhail)
    is a name of its own too (Keisha, Natasha), which a two-word mailbox does not make the
    signer's (tests/test_context17.py).
    """
    stem = word.removesuffix(_POLISH_PET_ENDING)
    vowel = next((k for k, c in enumerate(stem) if c in _VOWELS), -1)
    return (stem != word and len(stem) >= 2 and vowel == len(stem) - 1
            and name.startswith(stem) and len(name) >= len(stem) + _DROPPED
            and name[len(stem)] not in _VOWELS)  # fmt: skip


def _aphetic_form(word: str, name: str) -> bool:
    """Return True when ``word`` is the start of ``name`` without the vowel it begins with.

    "Liz" or "Liza" of Elizabeth, "Lex" of Alexander, "Lisa" of Elisabeth: English drops
    an unstressed first vowel and keeps the syllable after it.
    NOTE: three letters at least, and three more in the name, as for the other short forms:
    "Dan" of Adan or "Mar" of Omar would be another name, not a short one.
    """
    return (
        len(word) >= _TAIL - 1
        and name[:1] in "aeiou"  # not "y", a consonant at a name's start ("Yvonne")
        and len(name) >= len(word) + 1 + _DROPPED
        and name[1:].startswith(word)
    )


def _clipped_pet_form(word: str, name: str) -> bool:
    """Return True when ``word`` is the first syllable of ``name`` with a pet ending.

    "Kate" or "Katie" of Katherine, "Andy" of Andrew, "Gabe" of Gabriel, "Nate" of Nathan:
    the name's start up to a consonant, then "e", "y", "ie" or "ey" for what it drops.
    NOTE: the syllable must close before another consonant of the name ("kat|herine",
    "and|rew") and drop three letters or more: "Jane" of Janet, "Dane" of Daniel or "Marie"
    of Mariana start as they do but go on with a vowel, another name or a misspelling.
    """
    for ending in _PET_ENDINGS:
        stem = word.removesuffix(ending)
        if (
            stem != word
            and len(stem) >= 3
            and stem[-1] not in _VOWELS
            and name.startswith(stem)
            and len(name) >= len(stem) + _DROPPED
            and name[len(stem)] not in _VOWELS
        ):
            return True
    return False


#: Endings that make a pet form of a name's first syllable ("Kate", "Katie", "Andy").
#: NOTE: and the "-i" Spanish ends them with, as English "-ie" ("Coni" of Constanza).
_PET_ENDINGS = ("ie", "ey", "e", "y", "i")
_VOWELS = frozenset("aeiouy")
#: The Polish pet ending after a name's first syllable ("Kasia", "Basia").
_POLISH_PET_ENDING = "sia"


#: Pet forms of given names that share neither their start nor their end, and the starts of
#: the names they stand for (a start that holds the others' spellings: "rober" for Robert,
#: Roberto and Roberta).
_PET_FORMS: dict[str, tuple[str, ...]] = {
    "bob": ("rober",), "bobby": ("rober",), "bobbie": ("rober",), "bert": ("rober", "alber"),
    "bill": ("willi",), "billy": ("willi",), "ted": ("edwar",), "teddy": ("edwar",),
    "ned": ("edwar",), "jack": ("john",), "jim": ("james",), "jimmy": ("james",),
    "chuck": ("charl",), "hank": ("henr",), "harry": ("henr",), "dick": ("richar",),
    "rick": ("richar", "ricard"), "ricky": ("richar", "ricard"), "tony": ("anthon", "anton"),
    "peggy": ("margar",), "maggie": ("margar",), "meg": ("margar",), "betty": ("elizab",),
    "bess": ("elizab",), "libby": ("elizab",), "sally": ("sarah",), "pepe": ("jose",),
    "paco": ("francis",),
    # Portuguese, as Brazilians call one another: "Bia" Beatriz, "Zé" José, "Chico"
    # Francisco, "Quim" Joaquim, "Dudu" Eduardo
    "bia": ("beatri",), "ze": ("jose",), "chico": ("francis",), "quim": ("joaqui",),
    "dudu": ("eduard",),
    "pancho": ("francis",), "nacho": ("ignaci",), "chucho": ("jesus",), "lola": ("dolores",),
    # NOTE: "Beto", as Spanish and Portuguese call a Roberto, Alberto, Humberto, Norberto
    # or Gilberto: the name's "-berto" without its "r"
    "beto": ("rober", "alber", "humber", "norber", "gilber"),
    # NOTE: Filipino pet forms, as colleagues call one another in the Philippines: "Paeng"
    # Rafael, "Charo" Rosario
    "paeng": ("rafael",), "charo": ("rosari",),
    # NOTE: Greek short forms, as Greeks call one another at work: "Kostas" or "Kostis"
    # Konstantinos, "Nikos" Nikolaos, "Giannis" Ioannis, "Takis" Panagiotis, "Thanos" or
    # "Thanasis" Athanasios, "Vicky" Vasiliki (and Victoria, Viktoria)
    "kostas": ("konstantin", "constantin"), "kostis": ("konstantin", "constantin"),
    "nikos": ("nikola",), "giannis": ("ioann",), "yiannis": ("ioann",), "takis": ("panagiot",),
    "thanos": ("athanas",), "thanasis": ("athanas",),
    "vicky": ("vasilik", "victori", "viktori"), "vicki": ("vasilik", "victori", "viktori"),
    # NOTE: Polish pet forms beyond the "-sia" of a first syllable (_polish_pet_form):
    # "Małgosia" or "Gosia" Małgorzata, "Asia" Joanna, "Ola" Aleksandra, "Kuba" Jakub,
    # "Tomek" Tomasz, "Wojtek" Wojciech, "Bartek" Bartłomiej, "Jurek" Jerzy
    "malgosia": ("malgorzat",), "gosia": ("malgorzat",), "asia": ("joann",),
    "ola": ("aleksandr",), "kuba": ("jakub",), "tomek": ("tomasz",), "wojtek": ("wojciech",),
    "bartek": ("bartlomiej",), "jurek": ("jerz",),
}  # fmt: skip


def closest(word: str, names: set[str]) -> tuple[str, float]:
    """Return the signer name most like ``word`` and how alike they are (0-100)."""
    from rapidfuzz import fuzz

    best = max(names, key=lambda name: fuzz.ratio(word, name), default="")
    return best, fuzz.ratio(word, best) if best else 0.0


#: Spellings one name is written in as well as another, by sound: "ph" and "v" as "f"
#: (Sophia, Steven), a hard "c" or "q" as "k" (Catherine, Eric), a soft "c" and "z" as
#: "s" (Lucia, Elizabeth), a soft "g" as "j" (Geoffrey), "gu" before a vowel as "g"
#: (Marguerite), "y" as "i" (Ayesha), and an "h" after the first letter is dropped
#: (John, Muhammad, Shaun). NOTE: and a "d" after "s" as "t": Scottish Gaelic spells
#: with "sd" what English spells "st" (Alasdair, Alastair, Alistair).
_SOUNDS = (
    (r"ph|v", "f"), (r"g(?=[eiy])", "j"), (r"gu(?=[eiy])", "g"), (r"c(?=[eiy])", "s"),
    (r"ck|c|q", "k"), (r"z", "s"), (r"y", "i"), (r"(?<=.)h", ""), (r"(?<=s)d", "t"),
    (r"(.)\1+", r"\1"),
)  # fmt: skip
#: How alike two names must still be, written by sound (0-100), for one to be another's
#: spelling: "Jan" and "Jon" are (67), "Ella" and "Ali" are not (57).
_SPELT_ALIKE = 65


def _by_sound(name: str) -> str:
    """Return a folded name written by sound ("marguerite" -> "margerite", "john" -> "jon")."""
    for pattern, letters in _SOUNDS:
        name = re.sub(pattern, letters, name)
    return name


def misspelt(word: str, names: set[str]) -> str:
    """Return the name of ``names`` that ``word`` (folded) misspells, or ''.

    A near miss of letters is one ("Whitfeld"), and so is another spelling of the same
    name ("Margaret" of Marguerite, "Mohammed" of Muhammad, "Sofia" of Sophia): the same
    consonants by sound, and the vowels much alike. "Hannah" is no spelling of Margaret.
    """
    best, score = closest(word, names)
    if score >= MISSPELLING:
        return best
    if len(word) < 3:
        return ""  # "Al", "Jo": too short to tell another spelling from another name
    from rapidfuzz import fuzz

    heard = _by_sound(word)
    for name in sorted(names):
        other = _by_sound(name)
        if (re.sub(r"[aeiou]", "", heard) == re.sub(r"[aeiou]", "", other) != ""
                and fuzz.ratio(heard, other) >= _SPELT_ALIKE):  # fmt: skip
            return name
    return ""


def as_signed(part: str, signers: list[Person]) -> str:
    """Return a signer's name word ``part`` (folded) as they write it ("zoë" for "zoe")."""
    for person in signers:
        for word in re.findall(r"[^\W\d_][\w'’-]*", person.name):
            if fold(word) == part:
                return word
    return part.title()


def same_person(person: Person, signers: list[Person]) -> bool:
    """Return True when ``person`` is one of the signers (by address or by name).

    A bare address, or one under a name in another script ("佐藤 遥 <h.sato@...>"), is
    the signer's when its mailbox spells their name ("fatima.alrashid@" for Fatima Al-Rashid).
    """
    if person.address and any(person.address == s.address for s in signers if s.address):
        return True
    # NOTE: "佐藤 由美 <y.sato@...>" to a rejection signed "佐藤 由美": the name as the signer
    # writes it, in any script, is theirs, whatever the mailbox is called
    if person.name and any(s.name and same_name(person.name, s.name) for s in signers):
        return True
    if person.address and not re.search(r"[a-z]", fold(person.name)):
        local = person.address.split("@", 1)[0]
        return any(s.name and spells_name(local, s.name) for s in signers)
    parts = name_parts(person.name)
    return bool(parts) and any(
        set(parts) <= set(name_parts(s.name)) or set(name_parts(s.name)) <= set(parts)
        for s in signers
        if s.name and name_parts(s.name)
    )


def same_name(one: str, other: str) -> bool:
    """Return True when two names are written alike, spaces and width aside.

    "佐藤 由美", "佐藤由美" and "佐藤　由美" (a full-width space) are one name: Japanese,
    Chinese and Korean names are written with or without a space between the family and
    the given name. A name in Latin letters keeps its spaces ("Anna Lee" is not "Annalee").
    """

    def key(name: str) -> str:
        name = " ".join(unicodedata.normalize("NFKC", name).split())
        folded = fold(name)
        return folded if re.search(r"[a-z]", folded) else folded.replace(" ", "")

    return bool(key(one)) and key(one) == key(other)


def spells_name(local: str, name: str) -> bool:
    """Return True when a mailbox's local part spells ``name``, word by word or by initials.

    "fatima.alrashid", "falrashid", "h.sato", "p.vandenheuvel": each piece is a word of the
    name or its initial, in any order, and one whole word of three letters or more is there
    (an initial or two alone, "jd@", tell nobody apart).
    """
    squeezed = re.sub(r"[._+-]|\d", "", fold(local))
    # NOTE: "佐藤 由美 (Yumi Sato)": a name's words are its letters between anything else
    words = set(re.findall(r"[^\W\d_]+", fold(name))) - TITLES
    if not squeezed.isalpha() or not words:
        return False
    # reach[i]: whether squeezed[:i] is spelt, and whether a whole long word was used
    reach: dict[int, bool] = {0: False}
    for i in range(len(squeezed)):
        if i not in reach:
            continue
        for word in words:
            for piece, whole in ((word, len(word) >= 3), (word[0], False)):
                if squeezed.startswith(piece, i):
                    end = i + len(piece)
                    reach[end] = reach.get(end, False) or reach[i] or whole
    return reach.get(len(squeezed), False)


def distinct(people: list[Person]) -> list[Person]:
    """Return ``people`` with each person once ("Rory" of the sign-off is "Rory McAllister")."""
    kept: list[Person] = []
    for person in people:
        if not same_person(person, kept):
            kept.append(person)
    return kept


def is_post_nominal(word: str) -> bool:
    """Return True for letters written after a name ("MRCVS", "BVSc", "PhD"), not a name.

    Beyond POST_NOMINALS, letters are known by a shape no name has: three capitals or more
    without a vowel ("MVB", "FRCVS", "RGN"; "NG" or "LY" in capitals is a family name), or
    capitals and small letters mixed as no name mixes them, two capitals first ("BVSc",
    "MRes") or a capital last ("PhD", "VetMB"); "McDonald" and "DeShawn" have neither.
    """
    bare = word.strip(".,()")
    if fold(bare).replace(".", "") in POST_NOMINALS:
        return True
    letters = re.sub(r"[^A-Za-z]", "", bare)
    if len(letters) < 2 or not letters[:1].isupper():
        return False
    if letters.isupper():
        return len(letters) >= 3 and not re.search(r"[AEIOUY]", letters)
    return letters[1].isupper() or letters[-1].isupper()


def _name_shaped(word: str) -> bool:
    """Return True for a word written as a name is, a capital and small letters ("Mba")."""
    bare = word.strip(".,()")
    return bare[:1].isupper() and bare[1:].islower()


def without_post_nominals(name: str) -> str:
    """Return ``name`` without the letters after it ("Dr Aoife Brennan MVB MRCVS").

    Only the end of the name is read so, and only words ``is_post_nominal`` knows, so a
    family name in capitals stays ("Sunita CHAKRABORTY"). NOTE: a word written as names are
    ("Chidi Mba", "Nguyen Van Ba") is a name, not letters, however POST_NOMINALS spells it.
    """
    words = name.split()
    while len(words) > 1 and is_post_nominal(words[-1]) and not _name_shaped(words[-1]):
        words.pop()
    return " ".join(words).rstrip(",")


def surname_first(name: str) -> tuple[list[str], list[str]]:
    """Return the family and given names of a name written family name first in capitals.

    "NAGY Katalin" and "LIM Wei Jie (Mr.)" mark the family name by its capitals (the
    convention of Hungarian, Japanese, Chinese and Korean names in Latin letters):
    ``(["NAGY"], ["Katalin"])``, as written. A name without that mark gives two empty lists.
    """
    parts = re.sub(r"\(.*?\)", " ", name).split(",")
    # NOTE: letters after the name and a comma are degrees or licences, not a family name
    # ("J. R. Castellanos, RN, MSN"), however many POST_NOMINALS lacks; "NAGY, Katalin"
    # puts a given name after its comma, which is not all capitals
    while len(parts) > 1 and all(w.isupper() for w in parts[-1].split()):
        parts.pop()
    # NOTE: letters after the name without a comma ("Dr Sunita Chakraborty MRCVS") are no
    # family name either
    words = [w.strip(".,") for w in without_post_nominals(" ".join(parts)).split()]
    words = [w for w in words if w and fold(w).strip(".") not in TITLES | POST_NOMINALS]
    upper = [w for w in words if len(w) > 1 and w.isupper() and w.isalpha()]
    given = [w for w in words if w not in upper and w[:1].isupper() and not w.isupper()]
    if not upper or not given:
        return [], []
    return upper, [h for w in given for h in re.split(r"[-'’]", w) if h]
