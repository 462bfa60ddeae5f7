"""The writer's lines around the body that may name the organisation written to.

The greeting ("Dear Sunrise Foundation team,") addresses an organisation as surely as the
body does, and a signature line that says what the writer applied for ("Applicant -
Globex Graduate Scheme") names it too. The rest of a signature names the writer's own
employer or school ("Senior Analyst, Initech"), never the one written to.
"""

from __future__ import annotations

import re

from replylint.custom._forms_of_address import OTHER_GREETINGS
from replylint.custom._org_cues import FAMILIES, GROUPS
from replylint.custom._org_likeness import distinctive
from replylint.custom._org_names import ORG_WORDS, Candidate, is_org, name_end, words_of
from replylint.custom._org_parts import (
    EVENTS,
    JOB_NOUNS,
    JOBTITLES,
    NATIONAL_ARMS,
    OPENINGS,
    PEOPLE_OF_A_PLACE,
    PLACES,
    SITE_ENDS,
    SITES,
    TRADES,
)
from replylint.custom._org_sectors import FUNCTION_WORDS
from replylint.custom._org_wishes import runs_sites
from replylint.custom._people import GENERIC_MAILBOXES, PERSON_TITLES, fold, signer_parts
from replylint.custom._vocabulary import ordinary
from replylint.letter import Letter, Span
from replylint.parts import GREETING_WORDS

#: Trades one is at a firm ("a Glowhaus artist"), too plain to be read as job titles elsewhere.
_FUTURE_TRADES = frozenset({"artist", "stylist"})
#: What the writer hopes to be at the firm, after "Future X" ("team member", "engineer").
#: NOTE: a job's title in lower case is a hope as surely ("Future X engineer (hopefully!)"),
#: and so is such a trade ("(future X artist!)")
_FUTURE_ONE = r"(?:team[ \t]+member|employee|colleague|(?-i:{}))\b".format(
    "|".join(sorted(JOBTITLES | _FUTURE_TRADES, key=len, reverse=True))
)
#: NOTE: a member to be of the firm's people ("Proud future member of the X family") is the
#: same hope as "Future X team member", the firm named after it; not "Proud member of X", a
#: body the writer is in now
_MEMBER_TO_BE = r"(?:proud[ \t]+)?future[ \t]+(?:team[ \t]+)?member[ \t]+of\b"
#: A signature line that says the writer is a candidate for something ("Applicant - X",
#: "Candidate for the Buyer role, X", "Applied for: X"), or labels what they applied for
#: ("Application: Class 2 driver, X", "Job application - X", "Re: Buyer role at X").
#: NOTE: also in the writer's own language ("Candidat - Night Manager, X", "Bewerberin, X"):
#: a signature keeps its label untranslated when the letter is in English; and "applicant"
#: after the job's title in capitals ("Curriculum Designer applicant, X"), where "PhD
#: candidate, X" is the writer's own studies; so is "candidate" after a title ending in a
#: worker's ending ("Warehouse Operative candidate, X", "Site Engineer candidate - X"), which
#: no degree ("PhD", "MBA", "Doctoral") ends in
APPLICANT = re.compile(
    # NOTE: the year of the scheme may follow ("Vacation Scheme Applicant 2026, X")
    # NOTE: a job's title may go on in lower case after its capital ("Dental nurse applicant,
    # X"), as a sentence's first word would
    r"^[ \t]*(?:(?-i:[A-Z][\w&/'-]*[ \t]+)(?-i:[A-Za-z][\w&/'-]*[ \t]+){0,3}applicant"
    r"(?:[ \t]+\d{4})?[ \t]*[-\u2013\u2014,:|]"
    r"|(?-i:(?:[A-Z][\w&/'-]*[ \t]+){0,3}[A-Z][a-z'-]*(?:er|or|ist|ive|ant|ian))"
    r"[ \t]+candidate[ \t]*[-\u2013\u2014,:|]"
    r"|(?:job\s+|role\s+)?(?:applicant|candidat[eao]?|kandidat(?:in)?|postulante"
    r"|bewerber(?:in)?|application|candidature|candidatura|bewerbung)"
    r"(?:\s+for\b|[ \t]*[-\u2013\u2014,:|])"
    r"|appl(?:ied|ying)\s+(?:for|to)\b|re[ \t]*:"
    # NOTE: or the label first and the job's title in capitals after it ("Applicant Quality
    # Engineer - X"), as a title before "applicant" is read above
    r"|applicant[ \t]+(?-i:(?:[A-Z][\w&/'-]*[ \t]+){1,4})[-\u2013\u2014,:|]"
    # "Future X team member (I hope!)": the writer as one of the firm applied to
    # NOTE: also in brackets, as an aside under the name ("(future X artist!)")
    r"|\(?future[ \t]+(?-i:[A-Z])[^\n]*?[ \t]" + _FUTURE_ONE + "|" + _MEMBER_TO_BE + ")",
    re.IGNORECASE,
)
#: A signature line that is a wish, the writer's words as the body's are ("Wishing everyone
#: at Globex a great spring", "Good luck to the team at Globex!").
#: NOTE: and a hope of joining it, under the name as a motto ("Hopefully one day part of
#: the X family", "Hoping to join the X team"): the writer's words, the firm wished for
#: being the one written to, as in the body
#: NOTE: also set off in brackets as an aside ("(Hoping to join the X team!)"): the
#: brackets make it no less the writer's own words
WISH = re.compile(
    r"^[ \t]*\(?[ \t]*(?:wishing|congratulations|(?:good|best\s+of)\s+luck|hopefully|hoping"
    r"|(?:(?:best|warm|warmest|kind|good)\s+wishes|all\s+the\s+best)\s+(?:to|for|with))\b",
    re.IGNORECASE,
)
_GREETING_WORD = re.compile(rf"{GREETING_WORDS}|{OTHER_GREETINGS}", re.IGNORECASE | re.VERBOSE)
#: A line that opens with a greeting's word ("Dear Ms Chen,", "Hi Jo").
_GREETING_LINE = re.compile(rf"(?:{GREETING_WORDS})\b", re.IGNORECASE | re.VERBOSE)
#: A reply to an agency speaks of its client, whom a greeting may address ("Dear Oakridge
#: Foods team," to the recruiter who placed the writer there).
_CLIENT = re.compile(r"\bclients?\b", re.IGNORECASE)
#: Words of a department or a function, never a firm's own name ("Dear Customer Services",
#: "Dear People & Culture team", "Dear Legal team"): the words that open one in a name
#: (_org_sectors.FUNCTION_WORDS), a shared mailbox's, and those a greeting adds.
_DEPARTMENTS = GENERIC_MAILBOXES | FUNCTION_WORDS | frozenset({
    "culture", "admissions", "resourcing", "resources", "workforce", "graduate", "graduates",
    "early", "acquisition", "staffing", "employees", "volunteer", "volunteers", "volunteering",
    "communications", "comms", "engineering", "partnerships", "fundraising", "events",
    "leadership", "executive", "board", "administration", "service", "services", "store",
})  # fmt: skip
#: Words of a programme or a job that follow the firm's name on an applicant's line.
_PROGRAMME = JOBTITLES | JOB_NOUNS | OPENINGS | GROUPS | frozenset({
    "graduate", "graduates", "scheme", "schemes", "summer", "winter", "trainee", "traineeship",
    "fellowship", "residency", "cohort", "academy", "pathway",
    # a degree one is a candidate for ("Candidate, MSc Nursing")
    "ba", "bsc", "ma", "msc", "mba", "phd", "llb", "llm", "meng", "beng", "degree", "diploma",
})  # fmt: skip


def applied_lines(letter: Letter) -> list[Span]:
    """Return the writer's lines that say what they applied for, outside the sentences.

    A signature line ("Applicant - Globex Graduate Scheme"), the same line closing the
    letter when no sign-off word marks a signature (the writer's name and then it), and a
    heading above the greeting that names the job ("Junior Analyst application - Globex"),
    as a Subject does.
    """
    lines = signature_lines(letter, APPLICANT)
    body = letter.parts.get("body")
    if body is None:
        return lines
    text = letter.text[body.start : body.end]
    if "signature" not in letter.parts:
        lines += _closing_lines(text, body.start)
    return lines + _heading_lines(text, body.start)


def _closing_lines(text: str, offset: int) -> list[Span]:
    """Return the applicant's lines of the last paragraph of ``text`` (a signature unmarked).

    Only after a line that is no sentence (the writer's name), so that "Applying for this
    role taught me a lot." in a body is never one.
    """
    block = text.rstrip()
    start = max(block.rfind("\n\n"), block.rfind("\r\n\r\n"))
    start = start + 1 if start >= 0 else 0
    lines, at = [], offset + start
    previous = None
    for line in block[start:].splitlines(keepends=True):
        named = previous is not None and _unpunctuated(previous)  # the writer's name above
        if named and APPLICANT.match(line) and _unpunctuated(line):
            lines.append(Span(at, at + len(line.rstrip())))
        previous = line
        at += len(line)
    return lines


def _heading_lines(text: str, offset: int) -> list[Span]:
    """Return a first line above the greeting that names the job, as a Subject does.

    "Junior Claims Analyst application - X", then "Dear Ms Chen,": the heading is the
    writer's label for the application, so the organisation it names is the one applied
    to. It is no sentence (no full stop) and has a word of a job or an application.
    """
    lines = text.lstrip("\r\n").splitlines(keepends=True)
    if len(lines) < 2:
        return []
    first = lines[0]
    rest = [line for line in lines[1:4] if line.strip()]
    if not rest or not _GREETING_LINE.match(rest[0].strip()):
        return []
    words = set(words_of(first))
    if not _unpunctuated(first) or not (JOB_NOUNS | JOBTITLES).intersection(words):
        return []
    at = offset + len(text) - len(text.lstrip("\r\n"))
    return [Span(at, at + len(first.rstrip()))]


def _unpunctuated(line: str) -> bool:
    """Return True for a line that is no sentence: it ends without a stop, '?' or '!'."""
    stripped = line.strip()
    return bool(stripped) and stripped[-1] not in ".?!;"


def wish_lines(letter: Letter) -> list[Span]:
    """Return the signature's lines that are a wish: the writer's words, read as the body."""
    return signature_lines(letter, WISH)


def tag_lines(letter: Letter) -> list[Span]:
    """Return the signature's lines of hashtags alone ("#steeldetailing #Tekla #TeamX")."""
    return signature_lines(letter, _TAG_LINE)


#: A line of hashtags and nothing else, as a writer signs off with on social sites.
_TAG_LINE = re.compile(r"[ \t]*#\w[\w'’-]*(?:[ \t]+#\w[\w'’-]*)*[ \t]*$")


def signature_lines(letter: Letter, pattern: re.Pattern) -> list[Span]:
    """Return the lines of the signature that ``pattern`` matches, as spans of the file."""
    span = letter.parts.get("signature")
    if span is None:
        return []
    lines, start = [], span.start
    for line in letter.text[span.start : span.end].splitlines(keepends=True):
        if pattern.match(line):
            lines.append(Span(start, start + len(line.rstrip())))
        start += len(line)
    return lines


def greets_firm(doc, candidate: Candidate, letter: Letter) -> bool:
    """Return True when a greeting's ``candidate`` addresses an organisation by its name.

    The name must be a firm's by its own words ("Sunrise Foundation") or name a group
    after it ("Penrose & Hale recruitment team"), and must not be a department ("Dear
    Customer Services,"). In a reply to an agency that speaks of its client, the client's
    team is a fair greeting.
    """
    if not (is_org(candidate.text) or _institution(candidate.text)):
        return False  # a person, or a place's team ("Dear New York team"): not a firm's name
    if not [w for w in distinctive(candidate.text) if w not in _DEPARTMENTS]:
        return False  # "Dear Legal team", "Dear People & Culture team"
    following = [t.lower_ for t in doc[candidate.end : candidate.end + 3]]
    if not is_org(candidate.text.replace("&", " ")) and not GROUPS.intersection(following):
        return False  # "Dear Sam & Priya,": two people, which wrong-recipient reads
    return _CLIENT.search(letter.text) is None


def _institution(name: str) -> bool:
    """Return True for a named institution's name ("Wexley Gallery", "Harrowgate Museum").

    Its kind ends it, after a word of its own: "Learning Centre" or "Print Gallery" in
    ordinary words may be a room or a department of the employer.
    """
    words = words_of(name)
    return (
        len(words) > 1 and words[-1] in _INSTITUTIONS and any(not ordinary(w) for w in words[:-1])
    )


#: Kinds of institution a greeting may name as the organisation written to.
_INSTITUTIONS = frozenset({"museum", "gallery", "galleries", "theatre", "theater", "library",
                           "zoo", "aquarium", "orchestra", "opera"})  # fmt: skip


def greets_other_team(doc, candidate: Candidate, letter: Letter) -> bool:
    """Return True for a signer greeted with a team named after a firm ("Dear Ayesha and the
    Corvane team,").

    One capitalised word before "team" may as well be a place's or a department's ("the
    Leeds team", "the Data team"), so it counts as a firm's name only on all of this
    evidence: the greeting names a signer first (the writer knows whom they answer, so the
    team is named for the organisation), the word is no English word and no department's,
    and the letter names it nowhere else (a site the writer visited is spoken of again).
    The employer's own names, and every name in the thread, are left alone by the caller.
    """
    start = candidate.start
    if not coined_team(doc, candidate) or start < 3:
        return False
    # the greeting's words before "and the": a signer's name ("Dear Ayesha and the X team")
    line = []
    for token in reversed(doc[: start - 1]):
        if "\n" in token.text_with_ws:
            break
        line.append(token)
    if not line or line[0].lower_ not in ("and", "&"):
        return False
    known = signer_parts(letter.context.signers)
    if not any(fold(t.text) in known for t in line[1:]):
        return False  # no signer greeted: a group greeting, which wrong-recipient reads
    return _CLIENT.search(letter.text) is None


def coined_team(doc, candidate: Candidate) -> bool:
    """Return True for "the X team" with X one coined word, named once ("the Corvane team").

    A word of English, a department's or a job's ("the Growth team", "the Design team")
    names a team inside the employer; so do initials ("the QA team"), a function's short
    forms run together ("the DevOps team") and a word the letter names again (a place or a
    team the writer knows). "the whole X team" is read as "the X team". So does a word
    before the team of a firm named next ("the Cluj team at Carpatia Software"): the town
    or site where that firm's team sits.
    """
    start, end = candidate.start, candidate.end
    if end - start != 1 or start < 1 or end >= len(doc):
        return False  # a name of more words is read by greets_firm
    # NOTE: "the whole X team" as "the X team"
    lead = start - 1 if doc[start - 1].lower_ in _WHOLE and start > 1 else start
    if doc[lead - 1].lower_ != "the" or doc[end].lower_ not in ("team", "teams"):
        return False
    word = doc[start].lower_
    if ordinary(word) or word in _DEPARTMENTS or word in JOBTITLES:
        return False  # "the Growth team", "the Design team": a department
    if word != fold(word) and ordinary(fold(word)):
        # NOTE: "the Kraków team", "the Zürich team": a town's name in its own letters,
        # which without their accents is the word English has for it ("the Krakow team"),
        # names the employer's office there, as "the Lisbon team" does; no coined word
        return False
    if doc[start].text.isupper() or _FUNCTION_PARTS.intersection(_camel_parts(doc[start].text)):
        return False  # "the QA team", "the FinCrime team", "the DevOps team": a function's
    if _firm_next(doc, end + 1):
        return False  # "the Kyiv team from Pixel Steppe": that firm's team in a town
    return sum(t.lower_ == word for t in doc) == 1


def _firm_next(doc, k: int) -> bool:
    """Return True for "at", "from" or "of" and a firm's name at doc[k] ("at Carpatia Software").

    A name of the firm's own kind ("Carpatia Software") or of two words or more ("Pixel
    Steppe"), not a site, event or place ("at the Web Summit", "from Neptun Tower"), nor
    one word, which may be the town the team is from ("the Fotonia team from Lisbon").
    """
    if k >= len(doc) or doc[k].lower_ not in _OF_FIRM:
        return False
    k += 1 + (k + 1 < len(doc) and doc[k + 1].lower_ == "the")
    end = name_end(doc, k) if k < len(doc) else k
    words = words_of(doc[k:end].text) if end > k else []
    if not words or words[-1] in SITE_ENDS | EVENTS | PLACES:
        return False
    return len(words) > 1 or is_org(doc[k:end].text)


def coined_people(doc, candidate: Candidate) -> bool:
    """Return True for "the X family" with X one word coined with a capital inside.

    "the FreshCart family", "the whole GreenFork crew": the people of a firm named by a
    word no person bears. Not "the Okafor family", nor "the McAllister family": a surname,
    which a capital inside after "Mc" or "Mac" still is. X is named once, as in coined_team.
    """
    start, end = candidate.start, candidate.end
    if end - start != 1 or start < 1 or end >= len(doc) or doc[end].lower_ not in FAMILIES:
        return False
    lead = start - 1 if doc[start - 1].lower_ in _WHOLE and start > 1 else start
    word = doc[start].text
    if doc[lead - 1].lower_ != "the" or _COINED.match(word) is None:
        return False
    return sum(t.lower_ == word.lower() for t in doc) == 1


#: A word coined with a capital inside ("FreshCart"), not a surname's ("McAllister", "DeLuca").
_COINED = re.compile(r"(?!(?:Ma?c|De|Di|Da|La|Le|Van|Von)[A-Z])[A-Z][a-z]+[A-Z][a-z]")
#: Words between "the" and a team's name that take all of its people ("the whole X team").
_WHOLE = frozenset({"whole", "entire", "wider"})
#: Words between a team and the firm it belongs to ("the Cluj team at Carpatia Software").
_OF_FIRM = frozenset({"at", "from", "of", "within"})
#: Short forms of a function that make up a team's one-word name ("FinCrime", "DevOps").
_FUNCTION_PARTS = frozenset({"fin", "dev", "ops", "sec", "rev", "biz", "reg", "mar", "hr", "it",
                             "qa", "infra"})  # fmt: skip


def _camel_parts(word: str) -> list[str]:
    """Return the parts of a word written in camel case, lowercased ("FinCrime": fin, crime)."""
    return [part.lower() for part in re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])", word)]


def sign_off_lines(letter: Letter) -> list[Span]:
    """Return a body's last sentence closing it as a sign-off above the writer's name.

    "Hoping to cross paths with the X team again one day,\nSofia Berg": with no sign-off
    word, the line that ends in a comma right above the name is the letter's farewell to
    its readers, as a greeting is their welcome.
    """
    body = letter.parts.get("body")
    if body is None or "closing" in letter.parts:
        return []
    text = letter.text[body.start : body.end].rstrip()
    lines = text.splitlines(keepends=True)
    if len(lines) < 2:
        return []
    farewell, name = lines[-2], lines[-1].strip()
    if not farewell.rstrip().endswith(",") or not 1 <= len(name.split()) <= 4:
        return []
    if not _unpunctuated(name):
        return []
    at = body.start + len(text) - len(name) - len(farewell)
    return [Span(at, at + len(farewell.rstrip()))]


def greets_people_at(doc, candidate: Candidate, letter: Letter) -> bool:
    """Return True for the organisation a greeting's people work at ("Dear Ana and everyone at X,").

    "Dear Mr Osei and the Tax team at X", "Hi all at X", "Dear Ana at X": the people greeted
    are the reader and their colleagues, so where they are is the organisation written to,
    whatever its name's words. Not a site or a public place ("everyone at the Leeds office",
    "at Willow House"), a department, an initialism (most often the employer's own), nor a
    name the letter gives again (a place the writer visited is spoken of again); nor anyone's
    own people ("my old team at X").
    """
    start, end = candidate.start, candidate.end
    k = start - 1 if start and doc[start - 1].lower_ == "the" else start
    if k < 2 or doc[k - 1].lower_ != "at" or candidate.text.isupper():
        return False
    who = doc[k - 2]
    if who.lower_ not in _GREETED and fold(who.text) not in signer_parts(letter.context.signers):
        return False
    if any(t.lower_ in ("my", "our", "your") for t in doc[max(k - 5, 0) : k - 2]):
        return False
    words = words_of(candidate.text)
    after = doc[end].lower_ if end < len(doc) else ""
    if words[-1] in SITE_ENDS | PLACES | EVENTS or after in SITES:
        return False  # "Dear all at Willow House", "the team at the Leeds office"
    if not [w for w in distinctive(candidate.text) if w not in _DEPARTMENTS]:
        return False  # "Dear all at People & Culture"
    if sum(t.lower_ == doc[start].lower_ for t in doc) > 1:
        return False  # named again in the letter: a place or a team the writer knows
    company = letter.context.company or ""
    if not candidate.org and runs_sites(company):
        return False  # "Dear all at Harbour View," to a hotel group: one of its own hotels
    return _CLIENT.search(letter.text) is None


#: The people a greeting names before "at X" ("everyone at", "the Tax team at").
_GREETED = PEOPLE_OF_A_PLACE | {"teams"}


def greeted_coined_firm(doc, candidate: Candidate, letter: Letter) -> Candidate | None:
    """Return the coined firm's name before a greeting's team ("Dear Nilecash Talent Team,").

    One capitalised word that is no English word, no department's, job's or signer's, named
    nowhere else in the letter, before words of a department or group only, is a firm's
    name, as "the Corvane team" is (see coined_team); the caller leaves the employer's own
    names alone. The name may carry its arm's country ("Dear Nilecash UK recruitment
    team,"), and the words after it are read to the greeting's end in any case: a pasted
    greeting's department is as often written small.
    """
    start = candidate.start
    end = start + 1
    while end < len(doc) and doc[end].lower_ in NATIONAL_ARMS:
        end += 1  # "Cleanforce UK": the brand's arm in one country
    tail = []
    for token in doc[end:]:
        if token.is_punct or not token.text.strip():
            break  # the greeting's comma, or its line's end
        tail.append(token)
        if "\n" in token.whitespace_ or "\n" in token.text:
            break
    if not tail or not all(t.lower_ in _DEPARTMENTS | GROUPS for t in tail):
        return None
    # NOTE: but "Dear Halvorsen team," may greet a place's team: a firm's only with its arm's
    # country, a department's word, or its team capitalised as a part of its name
    named = end > start + 1 or candidate.end > start + 1 or _brand_compound(doc[start].lower_)
    if not named and all(t.lower_ in GROUPS for t in tail):
        return None
    token = doc[start]
    word = token.lower_
    if not token.text[:1].isupper() or not token.is_alpha or ordinary(word):
        return None
    if (
        word in _DEPARTMENTS
        or word in JOBTITLES
        or word in NATIONAL_ARMS
        or fold(token.text) in signer_parts(letter.context.signers)
    ):
        return None
    if sum(t.lower_ == word for t in doc) > 1 or _CLIENT.search(letter.text):
        return None  # named again: a place or a team the writer knows
    return Candidate(start, end, doc[start:end].text, False)


def _brand_compound(word: str) -> bool:
    """Return True for one word run together from an English word and a trade's ("Soundwerk").

    "Soundwerk", "Pixelsoft", "Brightlabs" are a firm's coined brand; "Halvorsen" may be a
    place's name, and so is a word ending as one ("Harbourside", "Greenwood").
    """
    return any(
        len(word[:k]) >= 4 and ordinary(word[:k]) and word[k:] in _BRAND_ENDS
        for k in range(4, len(word) - 2)
    )


#: A trade's word that ends a brand run together from words ("Soundwerk", "Pixelsoft"); not
#: one that ends a place's name as well ("Riverbank", "Southbank", "Fairhaven").
_BRAND_ENDS = (
    (ORG_WORDS | TRADES | {"werk", "werks", "works", "soft", "ware"})
    - SITES
    - {"bank", "haven", "port", "water", "park", "green", "land", "field", "ford", "bridge"}
)


def greeted_name(doc, candidate: Candidate) -> Candidate | None:
    """Return ``candidate`` without the greeting's words it opens with ("Dear Globex Labs")."""
    start, end = candidate.start, candidate.end
    while start < end and _GREETING_WORD.fullmatch(doc[start].text):
        start += 1
    # NOTE: a titled person "of" a firm ("Dear Ms Haugland of Nordlicht Cruises,"): the name
    # after "of" is the organisation greeted, when its own words make it a firm; the person
    # is wrong-recipient's to read
    # ("Dr." may stand outside the name read, before it)
    titled = start < end and doc[start].lower_.rstrip(".") in PERSON_TITLES
    if titled or (start > 0 and doc[start - 1].lower_.rstrip(".") in PERSON_TITLES):
        first = start + 2 if titled else start + 1
        of = next((k for k in range(first, end - 1) if doc[k].lower_ == "of"), None)
        if of is not None and is_org(doc[of + 1 : end].text):
            start = of + 1
    # NOTE: a department may follow the firm's name in capitals ("Dear Globex Foods
    # Recruitment,", "Dear Acme Labs Talent Team,"): the name is what comes before it, when
    # its own words make that a firm ("Dear Harbour Recruitment," may be an agency's name)
    cut = end
    while cut > start + 1 and doc[cut - 1].lower_ in _DEPARTMENTS | GROUPS:
        cut -= 1
    if cut < end and is_org(doc[start:cut].text):
        end = cut
    if (start, end) == (candidate.start, candidate.end):
        return candidate
    text = doc[start:end].text
    return Candidate(start, end, text, is_org(text)) if start < end else None


def _graded_job(doc, end: int) -> bool:
    """Return True when a grade and a job's title follow a name ("Class 2 driver").

    The name is then the job's grade or licence ("Class 2", "Band 6"), not an organisation.
    """
    k = end
    while k < min(end + 2, len(doc)) and doc[k].like_num:
        k += 1
    return end < k < len(doc) and doc[k].lower_ in JOBTITLES | JOB_NOUNS


def line_of(letter: Letter, candidate: Candidate, lines: list[Span]) -> Candidate:
    """Return ``candidate`` cut where the line of ``lines`` it starts on ends.

    The text read joins a paragraph's lines, so a name on an applicant's line may run on
    into the next line's degree ("... Graduate Programme" and then "BSc Food Marketing").
    """
    doc = letter.doc
    first = letter.file_span(candidate.start, candidate.start + 1)
    line = next((ln for ln in lines if ln.covers(first.start, first.end)), None)
    if line is None:
        # NOTE: or run on into it from the line above, the writer's name ("Ella Whitmore" and
        # then "Future X team member"): the line's part is the name read (an "Applicant"
        # line's own label is read as before)
        starts = (k for k in range(candidate.start + 1, candidate.end)
                  if any(ln.covers(*_file_span(letter, k)) for ln in lines))  # fmt: skip
        start = next(starts, None)
        if start is None or doc[start].lower_ != "future":
            return candidate
        text = doc[start : candidate.end].text
        return line_of(letter, Candidate(start, candidate.end, text, is_org(text)), lines)
    ends = (k for k in range(candidate.start + 1, candidate.end)
            if letter.file_span(k, k + 1).end > line.end)  # fmt: skip
    end = next(ends, candidate.end)
    if end == candidate.end:
        return candidate
    text = doc[candidate.start : end].text
    return Candidate(candidate.start, end, text, is_org(text))


def _file_span(letter: Letter, k: int) -> tuple[int, int]:
    """Return the file offsets of the doc's token ``k``."""
    span = letter.file_span(k, k + 1)
    return span.start, span.end


def _job_before_dash(doc, candidate: Candidate) -> bool:
    """Return True for the job's part of an applicant's line that a dash parts from a name.

    "Applicant, Stage Operations - Southern Lights Festival", "Candidate, Sous Chef -
    Thistle & Stag Hospitality": the job comes first, the organisation after the dash on
    the same line. A name whose own words make it a firm is no job ("Applicant, Northwind
    Labs - Graduate Programme").
    """
    end = candidate.end
    if end + 1 >= len(doc) or doc[end].text not in _DASHES or is_org(candidate.text):
        return False
    spaces = doc[end - 1].whitespace_ + doc[end].whitespace_
    return doc[end + 1].text[:1].isupper() and "\n" not in spaces


#: The dashes and bars that part the fields of an applicant's line.
_DASHES = frozenset({"-", "\u2013", "\u2014", "|"})


def applied_name(doc, candidate: Candidate, job: set[str]) -> Candidate | None:
    """Return the organisation's part of a name on an applicant's line, or None.

    The name ends before the first word of the job or programme applied for: a word of
    the job's title ("Graduate Journalism Scheme"), or one of ``job`` (the Subject's
    words). "Volunteer Coordinator" is a job only, no organisation.
    """
    if words_of(candidate.text)[-1] in JOBTITLES or _graded_job(doc, candidate.end):
        return None  # "Applicant, Volunteer Coordinator - ...", "Class 2 driver": the job
    if _job_before_dash(doc, candidate):
        return None  # "Applicant, Stage Operations - Southern Lights Festival": the job
    start = candidate.start
    if doc[start].lower_ == "future" and _FUTURE_MEMBER.match(doc[start:].text):
        start += 1  # "Future Blue Plate Events team member": the writer's hope, not the name
    end = start
    # NOTE: a word of the Subject's job that ends a name of a firm's own words is the firm's
    # trade ("Dental nurse applicant, Bright Smiles Dental" to "Qualified Dental Nurse")
    whole = is_org(doc[start : candidate.end].text)
    while end < candidate.end:
        word = doc[end].lower_
        if word in _PROGRAMME or (word in job and not (whole and end == candidate.end - 1)):
            break
        end += 1
    if end == start or not distinctive(doc[start:end].text):
        return None
    text = doc[start:end].text
    return Candidate(start, end, text, is_org(text))


#: The writer as one of the firm's people to be ("Future X team member"), see ``APPLICANT``.
_FUTURE_MEMBER = re.compile(r"future[ \t]+[^\n]*?[ \t]" + _FUTURE_ONE, re.IGNORECASE)
