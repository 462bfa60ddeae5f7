"""wrong-company: the reply names another organisation as the one it is writing to."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from replylint.custom._addressee import (
    DREAMS,
    beside_employer,
    dream_subjects,
    funder,
    others_workplace,
    own_names,
    readers_doing,
    sold_through,
    work_done_for,
)
from replylint.custom._clauses import (
    aspiring,
    attributive,
    cue_words,
    imagined,
    joining,
    met_elsewhere,
    window_before,
)
from replylint.custom._employer import (
    POSSESSIVE,
    Aliases,
    company_from_subject,
    located,
    misspelt_domain,
    site_of,
    word_after,
)
from replylint.custom._employer import company as company_of
from replylint.custom._employer_slots import (
    JOIN,
    employer_slot,
    joined_site,
    own_mention,
    shaped,
    worked_there,
)
from replylint.custom._framing import (
    applied_lines,
    applied_name,
    greeted_name,
    greets_firm,
    greets_other_team,
    wish_lines,
)
from replylint.custom._org_cues import (
    ABOUT_EMPLOYER,
    ACROSS,
    ADMIRERS,
    ADMIRING_ABROAD,
    AS_OTHERS,
    FAMILIES,
    FRANCHISES,
    FROM_EMPLOYER,
    GROUPS,
    JOB_CUES,
    JOINING,
    LIKE_EMPLOYER,
    OF_ABROAD,
    OWN_WORK,
    PATRONS,
    PROJECTS,
    TO_EMPLOYER,
    TRAITS,
    VENUES,
    WITH_EMPLOYER,
    WORK_FOR,
    WORKS_ABROAD,
)
from replylint.custom._org_kinds import (
    UNIVERSITIES,
    academic,
    is_event,
    is_kind,
    is_unit,
    kind_name,
)
from replylint.custom._org_likeness import (
    distinctive,
    kindred,
    near_miss,
    parallel,
)
from replylint.custom._org_names import Candidate, find_candidates, sentence_stop, words_of
from replylint.custom._org_parts import (
    ESTABLISHMENTS,
    EVENTS,
    JOB_NOUNS,
    JOBTITLES,
    OPENINGS,
    PLACES,
    REGIONS,
    SCHOOLS,
    SITES,
    TEAMS,
    firm_before_job,
    firm_shaped,
)
from replylint.custom._org_roles import employer_role
from replylint.custom._org_written_to import written_to
from replylint.custom._people import PERSON_TITLES, TITLES
from replylint.custom._slots import in_slot, slot_spans
from replylint.custom._vocabulary import ordinary
from replylint.findings import Finding
from replylint.letter import Letter, Span
from replylint.rules import Rule


def has_context(letter: Letter, rule: Rule) -> bool:
    """Return True when the company that sent the rejection is known (by name or domain)."""
    return letter.doc is not None and company_of(letter) is not None


def run(letter: Letter, rule: Rule) -> Iterator[Finding]:
    """Yield a finding for each organisation named as the addressee that is not the sender."""
    context = letter.context
    company = company_of(letter)
    if company is None or letter.doc is None:
        return  # the company is unknown: nothing to compare with
    doc = letter.doc
    aliases = Aliases(letter, company)
    # the body, any P.S. and a wish under the sign-off ("Wishing everyone at X a good year")
    written = [*(letter.scope_spans(("body",)) or [letter.own]), *wish_lines(letter)]
    named = context.company or company_from_subject(letter)  # a name, not a domain
    candidates = [firm_before_job(doc, c) for c in find_candidates(doc)]
    dreamed = dream_subjects(doc)
    candidates = [c for c in candidates
                  if not any(d.start <= c.start < d.end for d in dreamed)] + dreamed  # fmt: skip
    candidates.sort(key=lambda c: c.start)
    # the sentences that name the employer rightly ("a feel for Lone Star Medical's customers");
    # NOTE: by the context's names only, before the letter's own sites are learned; but a
    # place or the job of the Subject ("First Officer Dash 8 - Bodø base") names no employer:
    # "the First Officer role at Widerøe, and the assessment in Bodø" is not right
    rightly = {doc[c.start].sent.start for c in candidates if _names_employer(doc, c, aliases)}
    # NOTE: the greeting and a signature line saying what the writer applied for name the
    # organisation written to, as the body does ("Dear Sunrise Foundation team,"): their
    # teams and schemes are what is checked, never the employer's names to learn
    greeting = letter.parts.get("salutation")
    applied = applied_lines(letter)
    framing = [*applied, greeting] if greeting else applied
    aliases.learn(doc, [c for c in candidates if not _inside(letter, c, framing)])
    job = set(words_of(context.subject or ""))
    own = own_names(letter)
    slots = slot_spans(doc.text)
    missed: list[tuple[Candidate, Span]] = []  # names not read as the one written to
    pasted: set[str] = set()  # names read so
    for candidate in candidates:
        last = doc[candidate.end - 1]
        if in_slot(slots, doc[candidate.start].idx, last.idx + len(last)):
            continue  # "XXX's mission": a template slot (template-placeholder reports it)
        span = letter.file_span(candidate.start, candidate.end)
        if sentence_stop(candidate.text):
            span = Span(span.start, span.end - 1)
        mine = any(part.covers(span.start, span.end) for part in written)
        greeted = greeting is not None and greeting.covers(span.start, span.end)
        if any(line.covers(span.start, span.end) for line in applied):
            candidate = applied_name(doc, candidate, job)  # "Applicant - Globex Graduate Scheme"
            if candidate is None or (_school(candidate.text) and not academic(company)):
                continue  # a job; a degree's school ("Candidate, MSc Nursing - X University")
            span = letter.file_span(candidate.start, candidate.end)
        elif greeted:
            candidate = greeted_name(doc, candidate)  # "Dear Sunrise Foundation team,"
            if candidate is None or not (greets_firm(doc, candidate, letter)
                                         or greets_other_team(doc, candidate, letter)):  # fmt: skip
                continue  # a person, a department, an agency's client
            span = letter.file_span(candidate.start, candidate.end)
        elif not mine and not greeted:
            continue
        if aliases.person(candidate.text):
            continue
        if _titled(doc, candidate):
            continue  # "Ms. Okafor's class", "Dr Osei": a person, never a company
        if located(doc, candidate, candidates, aliases):
            continue  # "openings at Banco Horizonte in Belo Horizonte": the employer's town
        if set(distinctive(candidate.text)) <= own:
            continue  # the writer's own school or employer, as their signature names it
        covered = aliases.covers(candidate.text)
        # NOTE: a misspelling shares most words with the right name, so it is "covered" by
        # it ("Minera Cordilera Alta"); only a spelling the thread itself uses is the employer's
        if named and not aliases.spelled(candidate.text) and near_miss(candidate.text, named):
            yield rule.finding(letter, span.start, span.end, company=named,
                               note=f"spelt '{named}'")  # fmt: skip
            continue
        right = None if aliases.spelled(candidate.text) else misspelt_domain(letter, candidate.text)
        if right:
            yield rule.finding(letter, span.start, span.end, company=right, note=f"spelt '{right}'")
            continue
        related = bool(named) and kindred(candidate.text, named)
        # "Riverside Unified" in a reply to Lakeshore Unified: a rival of the same kind
        # NOTE: or a name shaped like the employer's (its trade, its partners' surnames), where
        # the employer's name would stand: in a wish for the reader, or as what acts
        rival = bool(named) and (
            parallel(candidate.text, kind_name(named))
            or (shaped(doc, candidate, named) and employer_slot(doc, candidate))
        )
        named_rightly = doc[candidate.start].sent.start in rightly
        if covered:
            continue
        if not (
            candidate in dreamed
            or not mine
            or _addressed(doc, candidate, company, related, named_rightly, rival, aliases.one_place)
        ):
            missed.append((candidate, span))
            continue
        pasted.add(candidate.text)
        near = named and (related or near_miss(candidate.text, named, loose=True))
        yield rule.finding(letter, span.start, span.end, company=company,
                           note=f"spelt '{named}'" if near else "")  # fmt: skip
    # NOTE: a name pasted in once is pasted wherever else the writer's text has it ("X has
    # such a strong name ... if anything comes up at X") where the employer's would stand,
    # unless that mention is their own past ("X's main supplier" is X's, not the employer's)
    # NOTE: and so is its short form before the name of its people ("Castlegate Marine
    # Insurance was my first choice ... my regards to the Castlegate team")
    # ("the Vantrell board" after "Vantrell Energy"): its board is its own people as well
    short = {w for name in pasted for w in distinctive(name)}
    for candidate, span in missed:
        words = set(distinctive(candidate.text))
        after = word_after(doc, candidate.end)
        people = after in TEAMS | _GOVERNORS and bool(words) and words <= short
        if (
            (candidate.text in pasted or people)
            and (employer_slot(doc, candidate) or people)
            and not own_mention(doc, candidate)
        ):
            yield rule.finding(letter, span.start, span.end, company=company)


def _school(name: str) -> bool:
    """Return True for the name of a school or university ("Lindqvist University")."""
    words = words_of(name)
    return words[-1] in SCHOOLS | UNIVERSITIES or words[0] in UNIVERSITIES


def _inside(letter: Letter, candidate: Candidate, spans: list[Span]) -> bool:
    """Return True when ``candidate`` is inside one of ``spans`` of the file."""
    span = letter.file_span(candidate.start, candidate.end)
    return any(part.covers(span.start, span.end) for part in spans)


def _names_employer(doc, candidate: Candidate, aliases: Aliases) -> bool:
    """Return True when ``candidate`` is one of the employer's names, not a place or a job."""
    before = doc[candidate.start - 1].lower_ if candidate.start else ""
    job = (words_of(candidate.text)[-1] in JOBTITLES
           or word_after(doc, candidate.end) in JOB_NOUNS
           or _job_named(doc, candidate.end))  # fmt: skip
    return aliases.covers(candidate.text) and before != "in" and not job


def _job_named(doc, end: int) -> bool:
    """Return True when a job's noun follows a name past a grade ("Year 5 post", "Band 6 role").

    NOTE: the Subject's job ("Year 5 Class Teacher") spells such a name, which names the
    job, not the employer: the sentence may still name another school.
    """
    for token in doc[end : end + 3]:
        if token.lower_ in JOB_NOUNS:
            return True
        if not (token.like_num or token.text[:1].isupper()):
            return False
    return False


def _department(name: str, after: str) -> bool:
    """Return True for a unit named in ordinary words ("the Priority Services team").

    A firm's name has a word of its own ("the Castlegate team"); a department's is made of
    the words of its work.
    """
    return after in GROUPS and all(ordinary(w) for w in words_of(name))


def _titled(doc, candidate: Candidate) -> bool:
    """Return True for a name after an honorific ("Ms. Okafor") or opening on a title.

    A rank or a trade's title opens a person's name as surely ("Chef Arslan's notes",
    "Captain Ortiz"), unless the name's own words make it a firm ("Dean Foods").
    """
    before = doc[candidate.start - 1].lower_.rstrip(".") if candidate.start else ""
    first = words_of(candidate.text)[0]
    titles = PERSON_TITLES if candidate.org else TITLES
    return before in PERSON_TITLES or (first in titles and candidate.end - candidate.start > 1)


def _addressed(doc, candidate: Candidate, company: str, related: bool = False,
               named_rightly: bool = False, rival: bool = False,
               one_place: bool = False) -> bool:  # fmt: skip
    """Return True when the name is used as the company being written to.

    ``related`` says the name shares its stem with the employer's ("Iberwind" written to
    Ibervent); ``named_rightly`` that the same sentence names the employer rightly;
    ``rival`` that it is the employer's name with another first word ("Riverside Unified"
    to Lakeshore Unified), which is no mere thing named after a place; ``one_place`` that the
    employer is one establishment, so that another's name is no site of its own.
    """
    start, end = candidate.start, candidate.end
    sent = doc[start].sent
    words = words_of(candidate.text)
    # NOTE: a university or school is the writer's own (studies, a fellowship, a hackathon
    # won there) unless the sentence is plainly about working there or joining it; but in
    # a reply to a school or university, another one is likely the pasted name
    school = (candidate.org and (words[-1] in SCHOOLS | UNIVERSITIES or words[0] in UNIVERSITIES)
              and not academic(company))  # fmt: skip
    last = words[-1]
    after = word_after(doc, end)
    possessive = end < len(doc) and doc[end].lower_ in POSSESSIVE
    site = site_of(doc, candidate, one_place)
    # NOTE: a name shaped like a firm's before "team" ("the Oakridge Advisory team"), or,
    # written to one establishment, another's ("Rosedene House"), is as sure a firm as
    # one whose own words say so
    firm_like = (
        candidate.org
        or (after in TEAMS and firm_shaped(candidate.text, candidate.org))
        or (one_place and last in ESTABLISHMENTS)
    )
    if is_kind(words):
        return False  # "the Ministry's priorities": the employer, spoken of by its kind
    if _former_name(window_before(doc, sent.start, start)):
        return False  # "back when you were still X", "formerly X": the employer's old name
    if employer_role(doc, candidate):
        return True  # "X was my first choice", "X is making a real mistake"
    # NOTE: only an organisation has a mission or values: "Bright Harbor's mission" is a firm
    firm = possessive and after in TRAITS
    if not firm and (site or last in EVENTS or after in EVENTS
                     or last in PLACES):  # fmt: skip
        return False  # a site, event or place: "Willow House", "the Eastgate branch"
    if re.fullmatch(r"(?:The )?[A-Z]+&[A-Z]+", candidate.text) and attributive(after):
        return False  # "my M&E skills", "the S&OP simulation": a function, not a firm
    if last in JOBTITLES or (after in JOB_NOUNS and not (possessive and after in OPENINGS)):
        return False  # a job: "the Data Analyst role"; but "Ashdown Academies' openings"
    following = [t.lower_ for t in doc[end + possessive : min(end + possessive + 3, len(doc))]]
    owner = joined_site(doc, start, company)
    if possessive and not candidate.org and (SITES - GROUPS).intersection(following) and not owner:
        return False  # "St. Fintan's surgical ward" (but "Jinhai Precision's quality team")
    if following[:1] == ["as"] and AS_OTHERS.intersection(following[1:]):
        return False  # "covered Fenwick Retail as a client": a client, not the employer
    before = doc[start - 1].lower_ if start else ""
    sentence = set(cue_words([t.lower_ for t in sent]))
    cued = (
        bool(JOB_CUES.intersection(sentence) or {"you", "your"} & sentence)
        or imagined(sent)
        or bool(DREAMS.intersection(sentence))
    )  # "dreamed of ... at X"
    joins = start > 1 and (
        doc[start - 2].lower_ in JOIN
        or doc[max(start - 3, 0) : start - 1].text.lower() in _WORK_WITH
    )
    # NOTE: a word may qualify the family ("join the Arogya Hospitals nursing family")
    family = after in FAMILIES or (attributive(after) and word_after(doc, end + 1 + possessive)
                                   in FAMILIES)  # fmt: skip
    if before == "the" and family and joins:
        # "to join the FlexZone family", "to work with the Bochum ensemble": the people
        return True
    if (not possessive and before in ("the", "a", "an", "your", "our") and attributive(after)
            and (not firm_like or after in PROJECTS | PATRONS | FRANCHISES)
            and not rival):  # fmt: skip
        # "the Clyde bridge", "the Pellmore Retail engagement", "a Solace Telecom customer", "a
        # Kettle & Crumb franchise": a thing, a person or a brand's unit it names; but a
        # firm's promise or values are admired only in the firm written to
        return cued and before == "the" and bool(TRAITS.intersection(following[:2]))
    if last in REGIONS or ACROSS.intersection(window_before(doc, sent.start, start)[-2:]):
        return False  # "across the Nordics", "in the Midlands": a region, not a company
    if is_event(doc, candidate) or is_unit(words, company):
        return False  # a trade fair; a school or department of the employer
    window = window_before(doc, sent.start, start)
    if beside_employer(doc, sent.start, start, window):
        return False  # "your team and X ran a joint demo", "within the wider X Group"
    if joining(window):
        return True
    # "at X, where I currently lecture", "I was a nurse at Meridian", "first at X and then at
    # Y", "my work for Daraz", "my germination work at X": the writer's own
    if own_mention(doc, candidate) or any(me in ("my", "our") and noun in OWN_WORK
                                          for me, noun in itertools.pairwise(window)):  # fmt: skip
        return False
    if others_workplace(window) or funder(doc, end, window):
        return False  # "my uncle works at X", "X has renewed its funding": not the employer
    if window[-1:] == ["at"] and worked_there(doc, sent, end):
        return True  # "shopping at Toolbarn, so working there would have been great"
    if aspiring(window) or readers_doing(window) or written_to(doc, start, end, window):
        return True  # "keen to help Corvid Mobile", "can't wait to see what you all do at X"
    if work_done_for(window):
        return False  # "the packaging work for Hollis Tea": a client of the employer
    if sold_through(window):
        return False  # "you sell your milk through X": a trading partner of the employer
    previous = window[-1] if window else ""
    if previous == "in" and JOB_NOUNS.intersection(window[-3:-1]):
        return False  # "a post in Critical Care", "roles in Group Finance": a department
    if (
        window[-2:] == ["in", "the"]
        and JOB_NOUNS.intersection(window[-4:-2])
        and _department(candidate.text, after)
    ):
        return False  # "roles in the Priority Services team": the employer's own department
    if previous in ("the", "a", "an") and len(window) > 1:
        previous, window = window[-2], window[:-1]
    if previous in JOIN and len(window) > 1 and window[-2] in _IS:
        return False  # "Sakura Dental is joining X": the employer's own merger, not the writer's
    if previous in JOIN:
        return True
    if previous == "like" and len(window) > 1 and window[-2] in LIKE_EMPLOYER:
        return True  # "a crew like Corvane", "a family like yours at Initech"
    if previous == "from" and FROM_EMPLOYER.intersection(window[-4:-1]):
        return True  # "I expected better from Datavance"
    if previous == "with" and len(window) > 1 and window[-2] in WITH_EMPLOYER:
        return True  # "grow with Loomwise", "a career with Marrowby"
    if previous == "about" and len(window) > 1 and window[-2] in ABOUT_EMPLOYER:
        return True  # "still enthusiastic about Achmea", "excited about Elisa's roadmap"
    if previous == "of" and len(window) > 1 and window[-2] in TRAITS:
        return cued and not named_rightly  # "I believe in the mission of Hope Bridge Kenya"
    if previous in ("to", "at") and len(window) > 1 and window[-2] in TO_EMPLOYER:
        return True  # "would be an asset to The Coastal Tribune", "an asset at Delaire"
    if previous == "of" and len(window) > 1 and window[-2] in ADMIRERS:
        return cued and not named_rightly  # "a huge admirer of Glowrise, and future roles"
    if previous in OF_ABROAD and len(window) > 1 and window[-2] in WORKS_ABROAD:
        # "Die Arbeit von X hat mich beeindruckt", "le travail de X m'impressionne": the
        # work admired is the employer's
        admiring = {w[2:] if w[1:2] in ("'", "’") else w for w in sentence}
        return bool(ADMIRING_ABROAD & admiring) and not named_rightly
    if met_elsewhere(doc, window, end):
        return False  # "I met the guys at X on a course": where they work, met elsewhere
    if previous == "at" and _greeted_people(window, sentence) and not named_rightly:
        return True  # "my regards to the kitchen at X", "I hope everyone at X ...": its people
    if (firm_like and not school) or related:
        return cued
    if rival and cued:
        return True  # a name of the employer's shape, in a sentence about the job
    # NOTE: else as any other name: "if anything comes up at X" names the employer uncued
    if (possessive and cued and after.isalpha() and after not in _RELATIVES
            and not school and not named_rightly):  # fmt: skip
        # "Brightwave's plans", "Veridia's pipeline" (not "a lad at Dunmore's who": a shop's
        # name, owning nothing); but beside the employer's own name,
        # a client's ("how Sao Mai builds the platform for Vietjet's ground team")
        return True
    if previous in ("for", "by") or (previous == "to" and window[-2:-1] == ["apply"]):
        return len(window) > 1 and window[-2] in WORK_FOR  # "work for Telvanta", "apply to"
    if after in ("is", "was", "has") and _why_applied(sent) and not named_rightly:
        return True  # "X is the best salon in town, which is why I applied": the one applied to
    if _admired_doing(window) and not school and not named_rightly:
        return True  # "I've always admired how X looks after its staff": the employer's ways
    if previous != "at" or (named_rightly and not firm_like):
        return False  # "your team at Baylor" beside "Lone Star Medical's customers": a place
    # "at X" names the employer only after a word about the job ("the team at Globex",
    # "considered when something opens up at Northway"), not a place ("a visit at Cedar Flats").
    cues = WORK_FOR | JOINING if school else JOB_CUES | OPENS_UP
    near = [w for w in cue_words(window)[-4:-1] if w in cues]
    # "the interview at Altens", "the assessment day at OR Tambo": where it was held
    return bool(near) and (firm_like or near[-1] not in VENUES)


def _greeted_people(window: list[str], sentence: set[str]) -> bool:
    """Return True for the people "at X" sent a greeting, thanks or a wish ("hi to the crew at").

    Those the writer greets, thanks or wishes well are the reader's colleagues: where they
    are is the organisation written to (not "my old crew at X"; and "your kitchen at X"
    may be one site of a group's).
    """
    if len(window) < 2 or window[-2] not in _PEOPLE_HERE or _OWNERS & set(window[-5:-2]):
        return False
    return bool(_GREETS.intersection(sentence))


#: Owners of the people greeted that make "at X" no firm written to ("my crew", "your kitchen").
_OWNERS = frozenset({"my", "our", "your"})
#: The people of a workplace, greeted or wished well ("everyone", "the brigade").
_PEOPLE_HERE = frozenset({"everyone", "everybody", "all", "brigade", "kitchen", "crew", "staff",
                          "team", "folks", "gang", "colleagues", "people", "lot"})  # fmt: skip
#: Words of a greeting, thanks or a wish sent to people ("regards to", "say hi", "I hope").
_GREETS = frozenset({"regards", "hi", "hello", "thanks", "thank", "hope", "wish", "wishes",
                     "luck", "greetings", "love", "best"})  # fmt: skip


def _admired_doing(window: list[str]) -> bool:
    """Return True for a name whose ways the writer admires ("admired how X", "the work X does").

    What a firm does, admired by the writer who wished to join it, is the employer's doing.
    """
    if window[-1:] == ["how"]:
        return window[-2:-1] != [] and window[-2] in _ADMIRING  # not "loved hearing how X"
    return (
        window[-2:] in (["the", "work"], ["the", "way"])
        and window[-3:-2] != []
        and (window[-3] in _ADMIRING)
    )


#: Verbs of admiring a firm's ways ("I've long admired how X", "respected the work X does").
_ADMIRING = frozenset({"admired", "admire", "admiring", "respected", "respect", "loved", "love",
                       "liked", "like", "appreciated", "appreciate"})  # fmt: skip


def _why_applied(sent) -> bool:
    """Return True for a sentence giving why the writer applied ("which is why I applied")."""
    text = " ".join(t.lower_ for t in sent)
    return bool(re.search(r"\b(?:why|reason) i (?:applied|apply|wanted to apply)\b", text))


def _former_name(window: list[str]) -> bool:
    """Return True for a name the reader's organisation once had ("when you were still X").

    "You were" (or "you used to be"), with "still", "once" or "called" at most between, or
    "formerly" ("formerly known as") just before the name: the employer's own old name.
    """
    words = [w for w in window[-6:] if w not in _FORMERLY_FILLER]
    if words[-1:] in (["formerly"], ["previously"]):
        return True
    if words[-2:] == ["known", "as"] and {"formerly", "previously", "once"} & set(window):
        return True  # "formerly known as X"
    return words[-2:] == ["you", "were"] or words[-4:] == ["you", "used", "to", "be"]


#: Words between "you were" and an old name ("when you were still X").
_FORMERLY_FILLER = frozenset({"still", "once", "called", "named", "just", "all", "the"})
#: "Be" before "joining" with a subject other than the writer ("the clinic is joining X").
_IS = frozenset({"is", "are", "'s", "’s", "'re", "’re", "was", "were"})
#: Relative pronouns: after "X's" they make it a shop's name, not an owner ("at Dunmore's who").
_RELATIVES = frozenset({"who", "which", "where", "that", "when", "whose"})
#: The people who govern a firm, named after its short form ("the Vantrell board").
_GOVERNORS = frozenset({"board", "boards", "trustees", "directors", "leadership"})
#: Verbs of an opening that appears ("if anything comes up at X", "should something crop up
#: at X"): where it appears is the organisation that would hire, as "opens up at X" is;
#: not "coming", which may be a time ("with the busy season coming up at X").
OPENS_UP = frozenset({"comes", "come", "crops", "crop", "pops", "arises", "arise"})
#: "work with the X ensemble": the people of X, as joining them is.
_WORK_WITH = frozenset({"work with", "working with"})
