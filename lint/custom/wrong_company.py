"""wrong-company: the reply names another organisation as the one it is writing to."""

from __future__ import annotations

import re
from collections.abc import Iterator

from replylint.custom._addressee import closing_block, dream_subjects, own_names, someone_else
from replylint.custom._clauses import attributive, window_before
from replylint.custom._employer import (
    Aliases,
    company_from_subject,
    located,
    misspelt_domain,
    word_after,
)
from replylint.custom._employer import company as company_of
from replylint.custom._employer_slots import (
    JOIN,
    employer_slot,
    own_mention,
    partners_owning,
    partners_slot,
    people_at,
    shaped,
)
from replylint.custom._forms_of_address import salutation
from replylint.custom._framing import (
    applied_lines,
    applied_name,
    coined_people,
    coined_team,
    greeted_coined_firm,
    greeted_name,
    greets_firm,
    greets_other_team,
    greets_people_at,
    line_of,
    sign_off_lines,
    tag_lines,
    wish_lines,
)
from replylint.custom._hopes import aspiring, joining, to_be_part
from replylint.custom._job_slots import airport, name_slot, pasted_in_slot, runs_sites
from replylint.custom._org_cues import FAMILIES, MODALS, TO_EMPLOYER, VENUES
from replylint.custom._org_joined import team_joined
from replylint.custom._org_kinds import academic, field_of, kind_name, school_name
from replylint.custom._org_likeness import (
    TRADE_GROUPS,
    distinctive,
    first_word_only,
    kindred,
    near_miss,
    normal_words,
    other_arm,
    parallel,
    partners,
    reordered,
    twin,
)
from replylint.custom._org_names import (
    FREE_MAIL,
    GROUP_ENDS,
    ORG_WORDS,
    PARTNERSHIP,
    SUFFIXES,
    Candidate,
    find_candidates,
    hashtag_firm,
    is_org,
    lowercase_names,
    sentence_stop,
    tag_candidates,
    tag_name,
    words_of,
)
from replylint.custom._org_parts import (
    DEPARTMENTS,
    JOB_NOUNS,
    JOB_POSTS,
    JOBTITLES,
    TEAMS,
    TRADES,
    firm_before_job,
)
from replylint.custom._org_reading import addressed
from replylint.custom._org_sectors import SHOP_TRADES
from replylint.custom._org_wishes import wished_well
from replylint.custom._org_written_to import written_to
from replylint.custom._people import (
    AFTER_NAME,
    HONORIFIC_SUFFIXES,
    PERSON_TITLES,
    TITLES,
    fold,
)
from replylint.custom._slots import in_slot, slot_spans
from replylint.custom._vocabulary import mostly_capitalised, nationality, ordinary
from replylint.findings import Finding
from replylint.letter import Letter, Span, domain_name
from replylint.rules import Rule
from replylint.sources.signature import CLOSINGS


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
    candidates += lowercase_names(doc, _tokens_in(letter, written), TEAMS)
    # NOTE: a line of hashtags under the name ("#steeldetailing #TeamX") is the writer's own:
    # its tags of a firm's people are read (see ``hashtag_firm``), and nothing else in it
    tags = tag_lines(letter)
    candidates += tag_candidates(doc, _tokens_in(letter, tags))
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
    greeting = salutation(letter)  # "Dear X team," and "Kia ora X team," alike
    applied = applied_lines(letter)
    farewell = sign_off_lines(letter)
    framing = [*applied, greeting] if greeting else applied
    # NOTE: a framing line is one field: "Applicant, X Graduate Programme" over "BSc Food
    # Marketing" is two lines, though the text read runs them together
    candidates = [line_of(letter, c, framing) for c in candidates]
    # NOTE: and so is every line of the writer's signature, marked or not: a firm's name
    # on one ("Engineer, Hollandse Procestechniek B.V.") never runs on into the degree below
    signed = _signature_lines(letter)
    candidates = [line_of(letter, c, signed) for c in candidates]
    aliases.learn(doc, [c for c in candidates if not _inside(letter, c, framing)])
    # the words after its first the writer's own names of the employer have ("Pakket" of
    # "the Zuidlijn Pakket team"), which the writer then does not render in other words
    spelt = {w for c in candidates if aliases.same(c.text) for w in normal_words(c.text)[1:]}
    job = set(words_of(context.subject or ""))
    own = own_names(letter)
    slots = slot_spans(doc.text)
    missed: list[tuple[Candidate, Span]] = []  # names not read as the one written to
    pasted: set[str] = set()  # names read so
    reported: set[str] = set()  # the first words of the names reported so far, coined ones
    for candidate in candidates:
        last = doc[candidate.end - 1]
        if in_slot(slots, doc[candidate.start].idx, last.idx + len(last)):
            continue  # "XXX's mission": a template slot (template-placeholder reports it)
        span = letter.file_span(candidate.start, candidate.end)
        if sentence_stop(candidate.text):
            span = Span(span.start, span.end - 1)
        mine = any(part.covers(span.start, span.end) for part in written)
        if not mine and _inside(letter, candidate, tags):
            if _reported_tag(doc, candidate, reported, aliases):
                # NOTE: "#TelmscottReads" under a reply that named "Telmscott Library" as the
                # employer: a tag opening on the coined word of a name already reported is
                # that name again, signed as the writer's own
                yield rule.finding(letter, span.start, span.end, company=company)
                continue
            # only a tag of a firm's people, or of a body of the employer's kind
            mine = (
                hashtag_firm(doc, candidate) is not None
                or _rival_tag(doc, candidate, named, aliases)
                or _coined_tag(doc, candidate, aliases)
                or (bool(named) and _trade_tag(letter, candidate, named, aliases, own))
            )
        greeted = greeting is not None and greeting.covers(span.start, span.end)
        framed = any(line.covers(span.start, span.end) for line in applied)
        if framed:
            candidate = applied_name(doc, candidate, job)  # "Applicant - Globex Graduate Scheme"
            if candidate is None or (school_name(candidate.text) and not academic(company)):
                continue  # a job; a degree's school ("Candidate, MSc Nursing - X University")
            span = letter.file_span(candidate.start, candidate.end)
        elif greeted:
            candidate = greeted_name(doc, candidate)  # "Dear Sunrise Foundation team,"
            coined = candidate and greeted_coined_firm(doc, candidate, letter)
            if coined:
                candidate = coined  # "Dear Nilecash Talent Team,": the firm's coined name
            elif candidate is None or not (greets_firm(doc, candidate, letter)
                                         or greets_other_team(doc, candidate, letter)
                                         or greets_people_at(doc, candidate, letter)
                                         or _greets_rival(candidate, named)):  # fmt: skip
                continue  # a person, a department, an agency's client
            span = letter.file_span(candidate.start, candidate.end)
        elif not mine and not greeted:
            continue
        tag = hashtag_firm(doc, candidate)
        if tag is not None:
            # "#LifeAtBrightwell", "#BrightwellCareers": the firm whose people the tag names,
            # where the writer follows the one written to; reported at the name inside it
            offset, length, firm = tag
            if not (aliases.covers(firm) or set(distinctive(firm)) <= own
                    or _own_tag(letter, candidate, firm)):  # fmt: skip
                first = doc[candidate.start].idx + offset
                last = letter.doc_offsets[first + length - 1] + 1
                yield rule.finding(letter, letter.doc_offsets[first], last, company=company)
            continue
        if named and (
            _partners_tag(doc, candidate, named, aliases)
            or _rival_tag(doc, candidate, named, aliases)
            or _trade_tag(letter, candidate, named, aliases, own)
            or (
                _coined_tag(doc, candidate, aliases)
                and not own_mention(doc, candidate)
                # NOTE: by its words, as the signature's other lines may spell them (the
                # writer's own firm); the tag itself is always among the signature's words
                and not set(distinctive(tag_name(doc, candidate.start) or "")) <= own
            )
        ):
            # "#RidleyFaraday #BexleyHolt": beside the employer's own name as a tag, another
            # name of its partners' shape run together is another firm named as the employer
            yield rule.finding(letter, span.start, span.end, company=company)
            continue
        if aliases.person(candidate.text):
            continue
        if _titled(doc, candidate):
            continue  # "Ms. Okafor's class", "Dr Osei": a person, never a company
        if located(doc, candidate, candidates, aliases):
            continue  # "openings at Banco Horizonte in Belo Horizonte": the employer's town
        if set(distinctive(candidate.text)) <= own:
            continue  # the writer's own school or employer, as their signature names it
        if _copied_body(letter, candidate.text, aliases.names):
            continue  # "openings within the X Trust" with someone at xtrust.ie copied in
        number = _other_unit(doc, candidate, named)
        if number:
            # "join ASL Roma 2" to ASL Roma 1: the employer's name with another number is
            # another numbered body of its kind, reported with its number
            span = letter.file_span(candidate.start, number)
            yield rule.finding(letter, span.start, span.end, company=company)
            continue
        covered = aliases.covers(candidate.text)
        # NOTE: a misspelling shares most words with the right name, so it is "covered" by
        # it ("Minera Cordilera Alta"); only a spelling the thread itself uses is the employer's
        # NOTE: and so is a firm's partners named in another order ("Fable & Fox"), whose
        # words the thread spells, though never in that order
        # NOTE: with no name in the context, the name the rejection spells in full for the
        # employer's domain ("Universitas Cendana Raya" signed from cendanaraya.ac.id) is the
        # one a misspelling misses, as a name the context gives is
        spelling = named or next(iter(aliases.spelled_out), None)
        reach = spelling and _misspelt_reach(doc, candidate, spelling, aliases)
        if reach:
            candidate, span = reach, letter.file_span(reach.start, reach.end)
        if spelling and (
            (not aliases.spelled(candidate.text) and near_miss(candidate.text, spelling))
            or _turned_round(candidate, spelling, aliases)
            or (named and _misspelt_brand(doc, candidate, named, aliases))
        ):
            reported.update(_coined_first(candidate.text))
            yield rule.finding(letter, span.start, span.end, company=spelling,
                               note=f"spelt '{spelling}'")  # fmt: skip
            continue
        right = None if aliases.spelled(candidate.text) else misspelt_domain(letter, candidate.text)
        if right:
            reported.update(_coined_first(candidate.text))
            yield rule.finding(letter, span.start, span.end, company=right, note=f"spelt '{right}'")
            continue
        full = aliases.swapped(candidate.text)
        if full and not own_mention(doc, candidate):
            # "Andes Cobalt" to Andes Cobre: the employer's name with a word of its own changed
            # for another, no typo of it, names another firm wherever it stands
            yield rule.finding(letter, span.start, span.end, company=full)
            continue
        related = bool(named) and kindred(candidate.text, named)
        # "Riverside Unified" in a reply to Lakeshore Unified: a rival of the same kind
        # NOTE: of its kind by any name the thread spells in full for the employer ("Vikstaholm
        # Manor" to Stiftelsen Ekebyholms herrgård, signed "Ekebyholm Manor Foundation")
        kinds = [*([named] if named else []), *aliases.kinds_spelled(candidate.text)]
        kin = any(parallel(candidate.text, kind_name(name)) and not field_of(candidate.text, name)
                  for name in kinds)  # fmt: skip
        # NOTE: or a name shaped like the employer's (its trade, its partners' surnames), where
        # the employer's name would stand: in a wish for the reader, or as what acts
        rival = kin or (
            bool(named)
            and (
                (
                    shaped(doc, candidate, named)
                    and (employer_slot(doc, candidate) or people_at(doc, candidate))
                )
                or partners_owning(doc, candidate, named)  # "X and its practice"
                or partners_slot(doc, candidate, named)  # "the interviews at X", "the X team"
                or twin(candidate.text, named)  # "Asha Deep Microfinance" to Asha Jyoti ...
            )
        )
        named_rightly = doc[candidate.start].sent.start in rightly
        learned = covered and aliases.learned(candidate.text)
        if (
            (learned or not covered)
            and (
                coined_team(doc, candidate)
                or coined_people(doc, candidate)
                # NOTE: or "everyone at X" ("All the best to everyone at X,"): the people of
                # a body named in full (a firm's words, or three words or more, where a site
                # is called by its town: "everyone at the Leeds office"), the farewell's readers
                or (
                    (candidate.org or len(words_of(candidate.text)) > 2)
                    and _team_at(doc, candidate.start)
                )
            )
            and _inside(letter, candidate, farewell)
        ):
            # "Hoping to cross paths with the Quantix team again," above the name (or "the
            # FreshCart family"): the farewell's readers are the organisation written to, as
            # a greeting's are
            yield rule.finding(letter, span.start, span.end, company=company)
            continue
        if covered:
            # NOTE: with no name in the context, a domain of words ("kanemori-kensetsu") is
            # the employer's name for a namesake (one word of a domain shares no first word)
            if (named and _other_trade(doc, candidate, named, aliases)) or _applied_to_namesake(
                doc, candidate, named or company, aliases, spelt
            ):
                yield rule.finding(letter, span.start, span.end, company=company)
                continue
            if learned and word_after(doc, candidate.end) in TEAMS:
                # "Larkspur Digital's work ... the Larkspur team": a team learned as the
                # employer's may be the pasted firm's people (see below)
                missed.append((candidate, span))
            continue
        # the employer is one place; the rejection names the job's site and this is not it
        place = (
            aliases.one_place,
            aliases.elsewhere(candidate.text),
            aliases.unheard(candidate.text),
        )
        if named_rightly and airport(candidate.text, company):
            # "the role at Hamad International and the time the Gulfline team gave me" to an
            # aviation firm named rightly beside it: the airport its job is at
            missed.append((candidate, span))
            continue
        # NOTE: a name where the job or the writer's future is ("the role at X", "a future
        # with X") is the one written to, though its shape reads as a site or an event
        if not (
            candidate in dreamed
            or not mine
            or framed  # an applicant's line or heading ends the body or opens it
            or pasted_in_slot(doc, candidate, aliases.names)
            or addressed(doc, candidate, company, related, named_rightly, rival, *place, kin=kin)
        ):
            missed.append((candidate, span))
            continue
        pasted.add(candidate.text)
        reported.update(_coined_first(candidate.text))
        near = named and (related or near_miss(candidate.text, named, loose=True))
        yield rule.finding(letter, span.start, span.end, company=company,
                           note=f"spelt '{named}'" if near else "")  # fmt: skip
    # NOTE: a name pasted in once is pasted wherever else the writer's text has it ("X has
    # such a strong name ... if anything comes up at X") where the employer's would stand,
    # unless that mention is their own past ("X's main supplier" is X's, not the employer's)
    # NOTE: and so is its short form before the name of its people ("Castlegate Marine
    # Insurance was my first choice ... my regards to the Castlegate team")
    # ("the Vantrell board" after "Vantrell Energy"): its board is its own people as well
    # NOTE: and so is its "family" or "crew" ("Quillfern Studios ... cheers to the Quillfern
    # family"): a firm's people by the word a firm calls them, as coined_people reads
    short = {w for name in pasted for w in distinctive(name)}
    for candidate, span in missed:
        words = set(distinctive(candidate.text))
        after = word_after(doc, candidate.end)
        people = after in TEAMS | _GOVERNORS | FAMILIES and bool(words) and words <= short
        if (
            (candidate.text in pasted or people)
            and (employer_slot(doc, candidate) or people)
            and not own_mention(doc, candidate)
        ):
            yield rule.finding(letter, span.start, span.end, company=company)


def _copied_body(letter: Letter, name: str, employer: list[str]) -> bool:
    """Return True for a body whose people the reply copies in, beside the signers.

    NOTE: a name whose first words, run together, are the domain of a Cc address ("Mercy
    Vale Health Trust" with someone at mercyvalehealth.ie copied in) is a body the writer
    writes to on purpose, the employer's parent or partner, not a name pasted in; not a
    signer's domain nor the employer's (``employer``, its names): a sister firm on the
    employer's own stem is still flagged. Not the To address's: a reply sent whole to
    another firm is the pasted letter's own mistake, its name in the body with it.
    """
    context = letter.context
    signed = {p.address.split("@", 1)[1].lower() for p in context.signers if "@" in p.address}
    own = {"".join(normal_words(n)) for n in employer}
    words = normal_words(name)
    runs = {"".join(words[:k]) for k in range(max(len(distinctive(name)), 1), len(words) + 1)}
    for person in context.cc:
        domain = person.address.split("@", 1)[1].lower() if "@" in person.address else ""
        if not domain or domain in signed or FREE_MAIL.match(domain):
            continue
        label = re.sub(r"[^a-z0-9]", "", domain_name(domain))
        if len(label) > 3 and label in runs and label not in own:
            return True
    return False


def _coined_first(name: str) -> list[str]:
    """Return the first word of ``name`` when it is no English word ("Telmscott"), else []."""
    words = distinctive(name)
    return words[:1] if words and not ordinary(words[0]) else []


def _reported_tag(doc, candidate: Candidate, reported: set[str], aliases: Aliases) -> bool:
    """Return True for a tag opening on the coined first word of a name reported before it."""
    name = tag_name(doc, candidate.start)
    if name is None or aliases.covers(name):
        return False
    words = words_of(name)
    return len(words) > 1 and words[0] in reported


def _applied_to_namesake(
    doc, candidate: Candidate, named: str, aliases: Aliases, spelt: set[str] = frozenset()
) -> bool:
    """Return True for "I applied to Summit Peak" to Summit Ridge Life: another firm applied to.

    NOTE: a name sharing only the employer's first word is taken for one of its own (see
    ``same_org``); with plain words the thread never says after it and a clear cue of
    applying to it, the writer has the name of another application in mind. ``spelt`` are
    the words the letter's own names of the employer have after its first.
    """
    # NOTE: or its first two words or more, then another arm's word ("Ajuda Solidária
    # Angola" to Ajuda Solidária Moçambique): the words after the shared ones are the arm's
    arm = other_arm(candidate.text, named)
    line = _other_line(candidate.text, named, spelt)
    sister = _group_sister(candidate.text, named, aliases.thread)
    if first_word_only(candidate.text, named):
        rest = words_of(candidate.text)[1:]
    elif arm:
        rest = distinctive(candidate.text)[-1:]
    elif line:
        rest = line
    elif sister:
        rest = sister
    else:
        return False
    if set(rest) & aliases.given or aliases.by_domain(candidate.text):
        return False  # a sister firm or a site the thread names, or the signers' domain
    window = window_before(doc, doc[candidate.start].sent.start, candidate.start)
    cue = written_to(doc, candidate.start, candidate.end, window) or _wished_work(window)
    # NOTE: or a wish sent to it as the reader's firm ("I wish everyone at Summit Peak a
    # strong year"): the people wished well are those written to, as a greeting's are
    cue = cue or wished_well(doc, candidate.start, candidate.end, named, firm=arm)
    # NOTE: or the name standing where the post applied for is ("the Content Lead position
    # at Summit Pay"): the job's firm, as surely as "I applied to X" names it; a post's own
    # noun right before "at", not a shift or a placement the writer did there; and not to a
    # trust, a group or a chain, whose sites bear its first word ("the post at Ravensdale
    # General" to Ravensdale NHS Trust)
    start = candidate.start
    post = start > 1 and doc[start - 1].lower_ == "at" and doc[start - 2].lower_ in JOB_POSTS
    post = post and not runs_sites(named)
    cue = cue or (post and name_slot(doc, candidate) == "job")
    # NOTE: or the firm the writer would join ("I'd love to join Summit Freight one day"),
    # a join wished for ("would", "'d"), not done ("Before joining X") nor to come ("I will
    # be joining X"), nor someone else's move
    wished = MODALS.intersection(window) - {"will", "can"}
    joined = window[-1:] and window[-1] in JOIN and wished and not someone_else(window)
    # NOTE: or the firm the writer wishes to be part of ("I'd still love to be part of Summit
    # Freight one day"): a join wished for, as ``to_be_part`` reads it
    joined = joined or to_be_part(window)
    # NOTE: or its people the writer wishes to be part of ("I'd love to be part of the Quality
    # team at Summit Freight"): a team of the firm joined, as joining the firm is
    # NOTE: not a trust's, a group's or a chain's, whose sites bear its first word (see below)
    joined = joined or (team_joined(doc, start, doc[start].sent.start) and not runs_sites(named))
    # NOTE: or a career to come there ("keen to build my career with X"): ``joining`` tells
    # it from the writer's own career ("started my career with X"), which ``own_mention``
    # reads in the same words
    if joining(window):
        return True
    # NOTE: or thanks or wishes sent to its whole team ("Thank you again to the whole Summit
    # Peak team"): the people who ran the process, where the employer's own would stand
    sentence = {t.lower_ for t in doc[start].sent}
    crew = word_after(doc, candidate.end) in TEAMS and window[-1:] in (["whole"], ["entire"])
    # NOTE: or to everyone there ("Thank you to everyone at Summit Peak for the welcome"):
    # its people named as ``_team_at`` reads them, the whole team in other words
    crew = crew or _team_at(doc, start)
    cue = cue or (crew and bool(_THANKS & sentence))
    return bool(cue or joined) and not own_mention(doc, candidate)


#: Words of thanks or wishes sent to a firm's people ("thank you to the whole X team").
_THANKS = frozenset({"thank", "thanks", "luck", "best", "wishes"})


def _group_sister(name: str, named: str, thread: set[str]) -> list[str]:
    """Return the trade's word of a sister firm named by its group's words, else [].

    NOTE: "Tern Lanka Insurance" to Ceylon Tern Finance, whose rejection signs it "A member
    of the Tern Lanka Group": the group's words the thread spells (one the employer's own,
    one not), then a firm's line of business where the employer has another, name a sister
    firm of the group, not the employer's short form; its words are all the thread's, so
    the name reads as covered by them.
    """
    mine, theirs = normal_words(name), normal_words(named)
    own = [w for w in mine if w in _FIRM_WORDS]
    words = [w for w in mine if w not in _FIRM_WORDS]
    trade = [w for w in theirs if w in _FIRM_WORDS]
    if own != mine[-1:] or len(words) < 2 or not trade or own[0] in trade:
        return []
    if not set(words) <= thread or set(words) <= set(theirs) or not set(words) & set(theirs):
        return []  # the employer's own name, or words the thread never says
    return [] if own[0] in DEPARTMENTS else own


def _other_line(name: str, named: str, spelt: set[str]) -> list[str]:
    """Return the other trade's word of the employer's name with its trade changed, else [].

    NOTE: "Zuidlijn Freight" to Zuidlijn Pakketdienst: the employer's own first words, then
    one firm's word of a line of business where the employer has another, is a sister firm
    of the group (as ``_sister_trade`` reads two English trades), when the letter's own name
    for the employer spells the employer's word ("the Zuidlijn Pakket team"): the writer
    knows it, so the other is no rendering of it in English ("Zuidlijn Parcel").
    """
    k, own, trade = _past_shared(normal_words(name), normal_words(named))
    if not k or len(own) != 1 or not trade or own[0] not in _FIRM_WORDS:
        return []
    # NOTE: not the employer's word cut short or in a cognate spelling ("Freight" of
    # Freightways, "Logistics" of Logistiek): its own word, as another language spells it
    if own[0][:4] == trade[0][:4]:
        return []
    return own if any(len(w) > 3 and trade[0].startswith(w) for w in spelt) else []


def _past_shared(mine: list[str], theirs: list[str]) -> tuple[int, list[str], list[str]]:
    """Return how many first words two names share, and the words of each after them."""
    k = 0
    while k < min(len(mine), len(theirs)) and mine[k] == theirs[k]:
        k += 1
    return k, mine[k:], theirs[k:]


def _other_trade(doc, candidate: Candidate, named: str, aliases: Aliases) -> bool:
    """Return True for the employer's name with its trade changed, as the job's firm.

    NOTE: "the Planner role at Kestrel Bay Tanker Services" to Kestrel Bay Logistics Ltd: the
    employer's distinctive words, then another trade with a word the thread never says, is
    a sister-sounding firm, not the one that sent the rejection, where the job is named. A
    group's name is left alone ("Kestrel Bay Group"): its firms carry its words.
    """
    start = candidate.start
    post = start > 1 and doc[start - 1].lower_ == "at" and doc[start - 2].lower_ in JOB_POSTS
    mine = normal_words(candidate.text)
    theirs = normal_words(named)
    k, own, trade = _past_shared(mine, theirs)
    if not k and mine and mine[0] in theirs[1:]:
        # NOTE: the group's words may follow a word of the employer's own ("Kestrel Games" to
        # Studio Kestrel Animation): from them on, only a sister's trade is read (see below)
        _, own, trade = _past_shared(mine, theirs[theirs.index(mine[0]) :])
        return bool(own) and _sister_trade(own, trade) and (post or _team_at(doc, start))
    if not k or not own:
        return False
    # NOTE: "the position at Al Wasl Catering" to Al Wasl Cargo Services: the group's words,
    # then a line of business of its own where the employer's is another, is a sister firm
    # of the group named as the job's, though the employer's trade is a distinctive word
    # ("Cargo") and a group's signature lists its sister firms (so the thread spells it)
    # NOTE: and so is one named by the people the reader worked with ("the time you and the
    # team at Al Wasl Catering gave me"), where the employer's own name would stand
    if _sister_trade(own, trade):
        return post or _team_at(doc, start)
    if not post:
        return False
    if set(distinctive(named)) - set(mine[:k]):
        return False
    if not trade:
        # NOTE: "the Associate role at Linden & Hale Advisory" to Linden & Hale LLP: the
        # employer's whole name but its legal form, then a trade's plain word the thread
        # never says, is a sister affiliate named as the job's firm; not a place after it
        # ("Linden & Hale Chicago"), a word mostly written as a name; one word, as an
        # affiliate adds its trade (not a header's "Message-ID" run on under a Subject)
        return len(own) == 1 and all(
            w not in aliases.thread and w not in ORG_WORDS and ordinary(w)
            and not mostly_capitalised(w)
            for w in own
        )  # fmt: skip
    if any(w in GROUP_ENDS for w in trade):
        return False
    return any(w not in aliases.thread and w not in ORG_WORDS for w in own)


def _misspelt_brand(doc, candidate: Candidate, named: str, aliases: Aliases) -> bool:
    """Return True for one word misspelling the employer's first word, which is its domain.

    NOTE: "the Brightlume team" to Brightloom Design at brightloom.com: a domain of the
    name's first word alone makes that word the firm's brand, and the words after it a
    trade, as "Studios" is in "PixelForge Studios" (see ``near_miss``); one word a letter or
    two off the brand, named as the firm's people are ("the X team", "the team at X"), is
    the employer's name misspelt. Not a word with capitals inside ("CivicACT" at civic.gov):
    a programme's name coined on the brand; nor a word of the brand's stem named as a thing
    ("the launch plans for Brightlex"), a product of the firm's own.
    """
    name, start = candidate.text, candidate.start
    team = start > 1 and doc[start - 1].lower_ == "at" and doc[start - 2].lower_ in TEAMS
    if not (team or word_after(doc, candidate.end) in TEAMS):
        return False
    words = normal_words(named)
    domain = aliases.names[1] if len(aliases.names) > 1 else ""
    return (
        len(words_of(name)) == 1
        and name[1:] == name[1:].lower()
        and len(words) > 1
        and domain == words[0]
        and not aliases.spelled(name)
        and near_miss(name, domain)
    )


def _team_at(doc, start: int) -> bool:
    """Return True for "the team at", "the staff at" or "everyone at" before ``doc[start]``."""
    before = [t.lower_ for t in doc[max(start - 3, 0) : start]]
    # NOTE: "everyone at X" (or "everybody at X") are X's people as "the team at X" are
    if before[-2:] in (["everyone", "at"], ["everybody", "at"]):
        return True
    return before[:1] == ["the"] and before[1:] in (["team", "at"], ["staff", "at"])


def _sister_trade(own: list[str], trade: list[str]) -> bool:
    """Return True for two lines of business after a group's words ("Construction", "Electronics").

    Each a firm's word (TRADES, ORG_WORDS), none shared, one of them a sector's own (TRADES:
    "Catering", "Electronics"); not a group's, a legal form's or a partnership's word
    ("Seorin Holdings", "Seorin & Partners"), which the employer may go by.
    """
    # NOTE: a small firm's trade counts as one here ("Games", "Animation": SHOP_TRADES): after
    # the group's words a name is a firm's, so the word there is its line of business
    return (
        all(w in _FIRM_WORDS for w in own)
        and any(w in _FIRM_WORDS | SHOP_TRADES for w in trade)
        and bool((TRADES | SHOP_TRADES).intersection([*own, *trade]))
        and not set(own) & set(trade)
    )


#: A firm's word of its line of business, not its legal form, partnership or group.
_FIRM_WORDS = (TRADES | ORG_WORDS) - SUFFIXES - PARTNERSHIP - GROUP_ENDS


def _other_unit(doc, candidate: Candidate, named: str | None) -> int:
    """Return the end of the employer's name with another number after it, else 0.

    NOTE: a name ending in a number ("ASL Roma 1", "Health District 4") is one of a numbered
    series of bodies; a candidate stops before a one-digit number (see ``find_candidates``),
    so the number is read after it. The employer's words, then another number, name a
    sibling of the series (another health unit, district or branch), not the one written
    to, unless it is the writer's own past.
    """
    words = words_of(named or "")
    end = candidate.end
    if len(words) < 2 or not words[-1].isdigit() or end >= len(doc):
        return 0
    number = doc[end].text
    if not number.isdigit() or number == words[-1] or words_of(candidate.text) != words[:-1]:
        return 0
    return 0 if own_mention(doc, candidate) else end + 1


def _misspelt_reach(doc, candidate: Candidate, named: str, aliases: Aliases) -> Candidate | None:
    """Return the name reached one word further or shorter when that misspells the employer.

    NOTE: a name's edges are read without the employer in mind: a capital that opens the
    sentence is taken for the sentence's ("Capitel Hill Motors is ..." read as "Hill
    Motors"), a greeting's word for the name's ("Congrats Brightwel Health on ..."), and a
    brand with a small first letter ("eCargo", "iSmart") for no name at all. Where the name
    read with that word, or without it, misspells the employer's and the name as found does
    not, it is the misspelling the writer typed.
    """
    start, end = candidate.start, candidate.end
    if near_miss(candidate.text, named):
        return None  # the name as found misspells it already
    reaches = []
    if start:
        before = doc[start - 1]
        opener = before.is_sent_start and before.text[:1].isupper()
        if before.is_alpha and (opener or _SMALL_BRAND.match(before.text)):
            reaches.append((start - 1, end))
    if end - start > 1 and doc[start].is_sent_start:
        reaches.append((start + 1, end))
    for first, last in reaches:
        text = doc[first:last].text
        if not aliases.spelled(text) and near_miss(text, named):
            return Candidate(first, last, text, candidate.org)
    return None


#: A brand written with a small first letter before a capital ("eCargo", "iSmart").
_SMALL_BRAND = re.compile(r"[a-z]{1,2}[A-Z][a-z]")


def _turned_round(candidate: Candidate, named: str, aliases: Aliases) -> bool:
    """Return True for the employer's partners or words turned round ("Fable & Fox")."""
    if not reordered(candidate.text, named) or aliases.by_domain(candidate.text):
        return False  # not turned round, or in the order the signers' own domain spells it
    order = normal_words(candidate.text)
    return not any(normal_words(name) == order for name in aliases.names)


def _greets_rival(candidate: Candidate, named: str | None) -> bool:
    """Return True for a greeting naming the employer's name with another first word.

    NOTE: "Dear Mr Ekwueme-Hart and the Ashbury Arts Festival team," to Westmoor Arts
    Festival: a name of the employer's own kind, its words but the first, is another body
    of that kind greeted as the one written to (as ``parallel`` reads a rival in the body),
    though its last word ("Festival") is no firm's word of its own.
    """
    if not named:
        return False
    if _clipped_trade(words_of(candidate.text), words_of(named)):
        return True
    if len(words_of(candidate.text)) < 3:
        return False
    return parallel(candidate.text, kind_name(named)) and not field_of(candidate.text, named)


def _clipped_trade(mine: list[str], theirs: list[str]) -> bool:
    """Return True for the employer's name misremembered, its trade word cut short.

    NOTE: "Dear Mr al-Rashid and the Zenith Ads team," to Zephyr Advertising: a greeted name
    ending in the employer's last word clipped as people say it ("Ads", "Comms", "Tech"),
    after another word opening as the employer's first does, is a near miss of the
    employer's name, the firm written to. Another first word alone is not: an agency has
    its "Meta Ads team" or "Leeds Comms team", named for a platform it runs or a site.
    """
    if len(mine) != len(theirs) or len(mine) < 2 or mine[-1] == theirs[-1]:
        return False
    if {mine[-1], theirs[-1]} & (SUFFIXES | DEPARTMENTS):
        return False  # "Acme Co" to Globex Corporation, "the Leeds Eng team" of X Engineering
    stem = mine[-1].removesuffix("s")
    clipped = len(stem) >= 2 and theirs[-1].startswith(stem) and len(theirs[-1]) > len(stem) + 3
    opening = mine[0][:2] == theirs[0][:2]
    return clipped and opening and not set(mine[:-1]) & set(theirs[:-1])


def _own_tag(letter: Letter, candidate: Candidate, firm: str) -> bool:
    """Return True when the clause before a firm's tag makes it the writer's own firm.

    NOTE: a tag on a line of its own ("#LifeAtX" under "Data Engineer @ Y") runs on from the
    line above into one sentence, whose clause of the writer's own job is about the firm
    that line names: the tag is the writer's own only when that firm is the tag's.
    """
    doc = letter.doc
    if not own_mention(doc, candidate):
        return False
    k = candidate.start - 1  # the "#"
    if k < 1:
        return True
    # NOTE: the file's text, as the doc may read a line's break as a space
    gap = letter.text[letter.file_span(k - 1, k).end : letter.file_span(k, k + 1).start]
    if "\n" not in gap:
        return True  # the tag inside a line: the clause before it is its own
    before = {w for t in doc[doc[k].sent.start : k] for w in words_of(t.text)}
    return set(distinctive(firm)) <= before


def _partners_tag(doc, candidate: Candidate, named: str, aliases: Aliases) -> bool:
    """Return True for a tag of two surnames beside a tag of the employer's own name.

    NOTE: a tag of two surnames alone may be a person's ("#AdaLovelace"); beside the
    employer's name run together as a tag on the same line ("#RidleyFaraday #BexleyHolt"),
    the tags name firms, and one of the employer's shape that is not its own names another.
    """
    name = tag_name(doc, candidate.start)
    if candidate.end - candidate.start != 1 or name is None or aliases.covers(name):
        return False
    if not partners(name, named):
        return False
    # the tags right beside it: "#", the tag, "#", the next (and a space token between lines)
    near = range(max(candidate.start - 4, 0), min(candidate.start + 5, len(doc)))
    return any(
        i != candidate.start and (other := tag_name(doc, i)) is not None and aliases.covers(other)
        for i in near
    )


def _rival_tag(doc, candidate: Candidate, named: str | None, aliases: Aliases) -> bool:
    """Return True for a tag naming a body of the employer's own kind ("#TidewaterFest").

    NOTE: a tag is the writer's badge: a festival's tag in a reply to another festival
    ("#TidewaterFest" to Harbourlight Festival), or a football club's to another club
    ("#MillwoodAthletic" to Hollins Bridge Rangers FC), signs the writer as one of that
    body's, the one written to; a tag of another kind (an event gone to, a cause) is not.
    """
    name = tag_name(doc, candidate.start)
    if not named or candidate.end - candidate.start != 1 or name is None:
        return False
    words = [w.lower() for w in name.split()]
    theirs = set(words_of(named))
    if len(words) < 2 or aliases.covers(name):
        return False
    # NOTE: a tag alike the employer's name at both ends and apart in between is another body
    # of its kind ("#GreenCorridorFoundation" to Green Delta Foundation), as ``twin`` reads
    # one in the body, though it opens on the employer's own first word
    if twin(name, named):
        return True
    if words[0] in theirs:
        return False
    if any(words[-1] in kind and kind & theirs for kind in _KINDS_OF_BODY):
        return True
    # NOTE: so is a firm's tag ending in the employer's trade, in its words or others of one
    # trade ("#HarbourPointFisheries" to Northcape Seafoods): a rival of its trade, signed as
    # the writer's own; a name of its own before the trade (three words), where a trade's
    # tag of two ("#NZSeafood", "#SeafoodNZ") is the industry's
    return len(words) > 2 and any(words[-1] in trade and trade & theirs for trade in TRADE_GROUPS)


def _trade_tag(
    letter: Letter, candidate: Candidate, named: str, aliases: Aliases, own: set[str]
) -> bool:
    """Return True for a tag of a name and the employer's own trade ("#HalcyonMarine").

    NOTE: "#HalcyonMarine" under a reply to Argo Marine Surveyors: two words, the last a
    firm's word of the employer's own name, the first no word of it and one English mostly
    writes as a name, is a rival of the employer's trade signed as the writer's own, as
    ``_rival_tag`` reads three words; a topic's first word is a plain one ("#MerchantMarine",
    "#SocialMedia"), and the writer's own firm is named in the signature's other lines.
    """
    name = tag_name(letter.doc, candidate.start)
    if candidate.end - candidate.start != 1 or name is None or aliases.covers(name):
        return False
    words = [w.lower() for w in name.split()]
    theirs = words_of(named)
    if len(words) != 2 or words[0] in theirs or words[1] not in theirs:
        return False
    first, trade = words
    return (
        trade in _FIRM_WORDS
        and (not ordinary(first) or mostly_capitalised(first))
        and not nationality(first)
        and first not in own
        and not _own_tag(letter, candidate, name)
    )


def _coined_tag(doc, candidate: Candidate, aliases: Aliases) -> bool:
    """Return True for a tag of a coined firm's name and its trade ("#IndlovuMedia").

    NOTE: a tag of plain words is a topic or a motto ("#SocialMedia", "#OpenToWork"); one
    opening on a word English does not have and ending in a firm's word ("Media",
    "Robotics", "Comms") names a firm, as in the body "Smileworks Dental" does, and under a
    reply it is the firm the writer signs as one of, the one written to.
    """
    name = tag_name(doc, candidate.start)
    if candidate.end - candidate.start != 1 or name is None or aliases.covers(name):
        return False
    words = name.split()
    if len(words) < 2 or ordinary(words[0]):
        return False
    return is_org(name) or fold(words[-1]) in _TAG_TRADES


#: A trade's word a firm's name ends in, short as tags write it ("#BrillaComms").
#: NOTE: a letting agency's too ("#LothianLets"), a word no topic or motto ends in
_TAG_TRADES = frozenset({"comms", "communications", "pr", "lets", "lettings"})


#: The last words of one kind of body, any of which names another of that kind in a tag.
_KINDS_OF_BODY = (
    frozenset({"festival", "fest", "festivals"}),
    frozenset({"fc", "afc", "athletic", "rangers", "rovers", "united", "wanderers", "albion"}),
)


def _wished_work(window: list[str]) -> bool:
    """Return True for a wish to work at or for the name ("I have always wanted to work at").

    NOTE: the job longed for is the one applied to, as surely as "I applied to X" says; not a
    chance the process gave ("the opportunity to work at X" for a day: where it was held).
    NOTE: read only of a name sharing just the employer's first word (``first_word_only``).
    """
    if _GIVEN.intersection(window) or "to" not in window:
        return False
    # NOTE: the work itself, a verb and a word or two ("to work at", "to build bridges for");
    # not "I hope to hear of future roles with X", news of the employer's own jobs
    if window[::-1].index("to") > 3:
        return False
    # NOTE: and "I hope to contribute to X": a worth brought to it (TO_EMPLOYER) is the work
    # for it, as "to work at X" is
    worth = window[-1:] == ["to"] and len(window) > 1 and window[-2] in TO_EMPLOYER
    at = window[-1:] == ["at"] or worth
    return aspiring(window) or (at and aspiring([*window[:-1], "for"]))


#: A chance the employer gave, to do what follows ("the opportunity to shadow at X").
_GIVEN = frozenset({"chance", "opportunity", "invitation"})


def _inside(letter: Letter, candidate: Candidate, spans: list[Span]) -> bool:
    """Return True when ``candidate`` is inside one of ``spans`` of the file."""
    span = letter.file_span(candidate.start, candidate.end)
    return any(part.covers(span.start, span.end) for part in spans)


def _signature_lines(letter: Letter) -> list[Span]:
    """Return the lines of the writer's signature (or a last paragraph read as one)."""
    block = letter.parts.get("signature") or closing_block(letter) or _signed_in_own_tongue(letter)
    if block is None:
        return []
    lines, start = [], block.start
    for line in letter.text[block.start : block.end].splitlines(keepends=True):
        lines.append(Span(start, start + len(line.rstrip())))
        start += len(line)
    return lines


def _signed_in_own_tongue(letter: Letter) -> Span | None:
    """Return the lines under a closing of another language, up to a blank line.

    NOTE: the parts know the English sign-offs only, so under "Met vriendelijke groet," the
    name and the degree ("Kofi Mensah" / "MSc Hydraulic Engineering, TU Delft") stay in the
    body, and a name read there would run on from one line into the next; the closings a
    rejection's own sign-off is read by (``CLOSINGS``) mark them as the writer's signature.
    """
    own = letter.text[letter.own.start : letter.own.end]
    lines = own.splitlines(keepends=True)
    offset, found = letter.own.start, None
    for line in lines:
        if CLOSINGS.match(line.strip()):
            found = offset + len(line)  # the last closing wins: the one over the name
        offset += len(line)
    if found is None:
        return None
    rest = letter.text[found : letter.own.end]
    end = rest.find("\n\n")
    end = len(rest.rstrip()) if end < 0 else end
    return Span(found, found + end) if rest[:end].strip() else None


def _tokens_in(letter: Letter, spans: list[Span]) -> list[int]:
    """Return the indices of the doc's tokens inside ``spans`` of the file."""
    doc = letter.doc
    return [t.i for t in doc if any(part.covers(*_file_span(letter, t.i)) for part in spans)]


def _file_span(letter: Letter, i: int) -> tuple[int, int]:
    """Return the file offsets of doc[i]."""
    span = letter.file_span(i, i + 1)
    return span.start, span.end


def _names_employer(doc, candidate: Candidate, aliases: Aliases) -> bool:
    """Return True when ``candidate`` is one of the employer's names, not a place or a job."""
    if _titled(doc, candidate):
        # NOTE: "Mr Doherty, thanks for the chance at McGinley's" to Doherty & Sons: the
        # reader addressed by name is a person, though the family firm bears the name
        return False
    k = candidate.start - 1
    if k > 0 and doc[k].lower_ == "the":
        k -= 1  # NOTE: "the test in the Bamako warehouse" names a place as "in Bamako" does
    before = doc[k].lower_ if k >= 0 else ""
    # NOTE: "future Mate vacancies": a job's word in the plural names the job as the singular
    # does, a word of the Subject's job ("Tug Mate vacancy") before it no employer's name
    job = (words_of(candidate.text)[-1] in JOBTITLES
           or word_after(doc, candidate.end) in JOB_NOUNS | _VACANCIES
           or _job_named(doc, candidate.end))  # fmt: skip
    # NOTE: nor the job's site the Subject gives, named as a place ("the tour of the Palmdale
    # site"), as "in Palmdale" is; the employer's own name is right before a site word too
    after = word_after(doc, candidate.end)
    # NOTE: and an office where a thing was done ("the time you gave me at the Andheri
    # office"); not one spoken to as people ("I wish the Mumbai office every success")
    office = after == "office" and before in _AT_PLACE
    site = (after in _WORKPLACES or office) and not aliases.same(candidate.text)
    # NOTE: nor a unit the thread names before "at" ("the ICU at Holloway General"): the
    # name after it is the unit's hospital or firm, which the sentence still has to read
    unit = word_after(doc, candidate.end) == "at" and not aliases.same(candidate.text)
    # NOTE: nor a place of the thread where the interviews were held ("both interviews at La
    # Défense"), as "in La Défense" is: the address's words, not the employer's own name
    held = (
        before == "at"
        and k > 0
        and doc[k - 1].lower_ in VENUES
        and not aliases.same(candidate.text)
    )
    # NOTE: nor a place of the thread the writer would go to ("happy to come back to
    # Derbyshire"), as "in Derbyshire" is: where the employer is, not its name
    went = before == "to" and k > 0 and doc[k - 1].lower_ in _GOING
    went = went and not aliases.same(candidate.text)
    return (
        aliases.covers(candidate.text)
        and before != "in"
        and not (job or site or unit or held or went)
    )


def _job_named(doc, end: int) -> bool:
    """Return True when a job's noun follows a name past a grade ("Year 5 post", "Band 6 role").

    NOTE: the Subject's job ("Year 5 Class Teacher") spells such a name, which names the
    job, not the employer: the sentence may still name another school. So does a field in
    plain words before the noun ("the Band 6 haematology post").
    """
    for token in doc[end : end + 3]:
        if token.lower_ in JOB_NOUNS:
            return True
        if not (token.like_num or token.text[:1].isupper() or attributive(token.text)):
            return False
    return False


def _titled(doc, candidate: Candidate) -> bool:
    """Return True for a name after an honorific ("Ms. Okafor"), or opening or ending on a title.

    A rank or a trade's title opens a person's name as surely ("Chef Arslan's notes",
    "Captain Ortiz"), unless the name's own words make it a firm ("Dean Foods").
    """
    before = doc[candidate.start - 1].lower_.rstrip(".") if candidate.start else ""
    words = words_of(candidate.text)
    titles = PERSON_TITLES if candidate.org else TITLES
    if before in PERSON_TITLES or (words[0] in titles and candidate.end - candidate.start > 1):
        return True
    # NOTE: an honorific written as a word after the given name ("Murat Bey's walkthrough",
    # "Selin Hanim", "Anil Sir") makes a person as one before it does; not a suffix written
    # apart ("Chan", "Shi"), which is also a surname a firm of partners may bear
    return len(words) > 1 and fold(words[-1]) in AFTER_NAME - HONORIFIC_SUFFIXES


#: Verbs of going somewhere, before "to" and a place ("come back to", "move to").
_GOING = frozenset({"back", "come", "go", "move", "moving", "return", "returning", "relocate",
                    "relocating", "travel", "travelling", "traveling"})  # fmt: skip
#: The places an employer's work is done at, named after the place ("the Palmdale site").
_WORKPLACES = frozenset({"site", "plant", "campus", "facility", "depot", "warehouse", "yard",
                         "factory", "hangar"})  # fmt: skip
#: The plural of a job's word, after the job's name ("Mate vacancies"); "vacancies" only, as
#: "posts" and "jobs" after a name may be its writings or its board ("the X jobs page").
_VACANCIES = frozenset({"vacancies"})
#: The words before "the X office" that make it a place where something was done.
_AT_PLACE = frozenset({"at", "to", "from", "around"})


#: The people who govern a firm, named after its short form ("the Vantrell board").
_GOVERNORS = frozenset({"board", "boards", "trustees", "directors", "leadership"})
