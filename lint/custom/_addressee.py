"""How a sentence treats a name: as the reader's own place, or as the writer's.

These read the words around a name for who it belongs to, whatever the verb: the
reader's doings there ("what you all do at X"), the writer's wish to be there ("X has
always been my dream label", "I've always dreamed of dressing the windows at X"), or the
writer's own place told in a relative clause ("at X, where I currently lecture").
"""

from __future__ import annotations

import re

from replylint.custom._framing import APPLICANT, WISH
from replylint.custom._org_cues import PAST
from replylint.custom._org_likeness import distinctive
from replylint.custom._org_names import DEVICE_LINE, OPENING_WORDS, Candidate, name_end
from replylint.custom._people import PARTICLES
from replylint.letter import Letter, Span
from spacy.lang.en.stop_words import STOP_WORDS

#: Words of a dream or a longing: a sentence with one is about where the writer wanted to be.
DREAMS = frozenset({"dream", "dreams", "dreamed", "dreamt", "dreaming"})

#: Verbs of the reader's ongoing work ("what you all do at X", "what you're building at X").
_DOINGS = frozenset({"do", "doing", "build", "building", "make", "making", "create", "creating",
                     "achieve", "achieving", "run", "running", "brew", "brewing", "cook",
                     "cooking"})  # fmt: skip
#: Words that may stand between "you" and the verb ("you all", "you guys", "you're").
_YOU = frozenset({"you", "y'all", "all", "guys", "lot", "'re", "’re", "are", "will", "'ll",
                  "’ll", "continue", "to", "keep", "go", "on"})  # fmt: skip


def readers_doing(window: list[str]) -> bool:
    """Return True for "at X" after the reader's own ongoing work ("what you all do at X").

    "can't wait to see what you all do at X", "the things you're making at X": the reader,
    a present verb of their work, then "at X". Not a past ("what you did at X") or a
    meeting ("I met you at X"): those verbs are not among the doings.
    """
    if len(window) < 3 or window[-1] != "at" or window[-2] not in _DOINGS:
        return False
    k = len(window) - 3
    while k >= 0 and window[k] in _YOU and window[k] not in ("you", "y'all"):
        k -= 1
    return k >= 0 and window[k] in ("you", "y'all")


#: Copular verbs that tie a name at a sentence's start to what the writer says it is.
_COPULAS = frozenset({"is", "was", "'s", "’s", "been", "felt", "feels", "seemed", "seems",
                      "remains", "remained"})  # fmt: skip


def dream_subjects(doc) -> list[Candidate]:
    """Return the names that open a sentence saying they are where the writer longs to work.

    "Tallowmoon Records has always been my dream label", "Hivebase has been the community
    I've most wanted to help build": a name no rule would take from a sentence's first
    capital alone, but the sentence makes it the workplace wished for.
    """
    found = []
    for sent in doc.sents:
        start = sent.start
        if doc[start].is_stop or doc[start].lower_ in OPENING_WORDS:
            continue  # "This has always been my dream team": no name
        end = name_end(doc, start)
        if end == start or end >= sent.end:
            continue
        if dream_subject([t.lower_ for t in doc[end : sent.end]]):
            found.append(Candidate(start, end, doc[start:end].text, False))
    return found


#: Words between a name and its copula ("X has always been", "X has long felt").
_AUXILIARIES = frozenset({"has", "have", "had", "always", "long", "still", "truly",
                          "honestly", "really", "genuinely", "forever", "ever", "just",
                          "quite", "simply"})  # fmt: skip
#: Nouns of a place to work that a writer may long for ("my dream label", "the kind of bakery").
WORKPLACES = frozenset({
    "label", "shop", "kitchen", "bakery", "brewery", "studio", "agency", "hotel", "restaurant",
    "company", "employer", "firm", "team", "community", "house", "theatre", "theater",
    "gallery", "venue", "practice", "office", "workplace", "organisation", "organization",
    "charity", "school", "hospital", "lab", "newsroom", "publisher", "imprint", "brand",
    "business", "cafe", "café", "bar", "salon", "atelier", "workshop", "crew", "outfit",
})  # fmt: skip
#: The writer as the subject of a wish ("I'd want", "I've most wanted").
_ME = frozenset({"i", "i'd", "i've", "i\u2019d", "i\u2019ve"})
#: Marks that end the clause a wish must be in.
_CLAUSE_ENDS = frozenset({",", ";", ":", ".", "-", "\u2013", "\u2014"})
#: Words of wanting in a clause that says what the name is ("the community I most wanted to build").
_WANTS = frozenset({"want", "wanted", "love", "loved", "hoped", "wish", "wished", "longed"})


def dream_subject(words: list[str]) -> bool:
    """Return True when the words after a name make it the workplace the writer longs for.

    ``words`` follow the name at the start of a sentence, lower-cased, to the clause's end:
    "has always been my dream label", "has always felt like the kind of bakery I'd want to
    grow old in", "has been the community I've most wanted to help build". A copula, then
    a noun of a workplace with "dream" before it or a wish of the writer's after it. Not
    "Berlin has always been my dream city": a city is no workplace.
    """
    copula = next((k for k, w in enumerate(words[:5]) if w in _COPULAS), None)
    if copula is None or not _AUXILIARIES.issuperset(words[:copula]):
        return False  # "Congratulations to whoever is joining ...": no copula of the name's
    rest = words[copula + 1 : copula + 14]
    stop = next((k for k, w in enumerate(rest) if w in _CLAUSE_ENDS), None)
    rest = rest[:stop]  # the wish is in the same clause
    for k, word in enumerate(rest):
        if word not in WORKPLACES:
            continue
        if k > 0 and rest[k - 1] in DREAMS and "my" in rest[max(k - 3, 0) : k]:
            return True  # "my dream label", "my dream kitchen"
        wish = rest[k + 1 : k + 6]
        # "the kind of bakery I'd want to grow old in"
        return bool(_ME.intersection(wish) and _WANTS.intersection(wish))
    return False


#: Words after "where I" that make the place one the writer tells of, not one they wish for.
_WISHING = frozenset({"would", "'d", "’d", "could", "might", "will", "'ll", "’ll", "can",
                      "hope", "hoped", "want", "wanted", "wish", "wished", "love", "may",
                      "should", "dream", "dreamed"})  # fmt: skip


def own_relative(doc, end: int) -> bool:
    """Return True for a name followed by ", where I ..." telling of the writer's own time there.

    "at Calder Youth Trust, where I currently coordinate the weekend sessions", "at X,
    where I did my PhD": the writer's own place. Not "at X, where I'd love to work".
    """
    words = [t.lower_ for t in doc[end : min(end + 5, len(doc))]]
    if words[:3] not in (
        [",", "where", "i"], [",", "where", "we"], [",", "where", "i'm"], [",", "where", "i’m"]
    ):  # fmt: skip
        return False
    following = words[3:5]
    if following[:1] in (["will"], ["'ll"], ["’ll"], ["shall"]):
        # "at X, where I will stay for now": the writer keeping their place; not "at X,
        # where I will work one day", a future pictured
        return following[1:] != [] and following[1] in _STAYING
    return bool(following) and following[0] not in _WISHING


#: Verbs of keeping one's present place ("where I will stay", "where I'll remain").
_STAYING = frozenset({"stay", "remain", "continue"})


#: Owners that make "work" a noun, the work done for a client ("the packaging work for X").
_OWNERS = frozenset({"the", "your", "their", "its", "his", "her", "this", "that", "our"})


def sold_through(window: list[str]) -> bool:
    """Return True for a name the goods are sold through or to ("you sell your milk through X").

    A co-operative, wholesaler or buyer that takes the employer's goods is its trading
    partner, not the organisation written to.
    """
    if not window or window[-1] not in ("through", "to", "via"):
        return False
    return bool(_SELLS.intersection(window[-6:-1]))


#: Verbs of selling or supplying goods ("sell your milk through", "supplies to").
_SELLS = frozenset({"sell", "sells", "selling", "sold", "supply", "supplies", "supplying",
                    "supplied", "distribute", "distributes", "export", "exports", "ship",
                    "ships", "market", "markets"})  # fmt: skip


def clients_listed(doc, sent_start: int, start: int) -> bool:
    """Return True for a name in a list of clients ("clients like the Marlow Hotel and X").

    "clients like", "customers such as", "accounts including", then names joined by commas,
    "and" or "or": whoever's clients they are (the writer's or the reader's), they are not
    the organisation written to.
    """
    k = start - 1
    while k >= sent_start and (doc[k].text[:1].isupper() or doc[k].lower_ in _LIST_JOINS):
        k -= 1
    before = [t.lower_ for t in doc[max(k - 1, sent_start) : k + 1]]
    if before[-1:] == ["like"] or before[-1:] == ["including"]:
        return before[-2:-1] != [] and before[-2] in _CLIENTS
    if before[-1:] == ["as"] and before[-2:-1] == ["such"]:
        return k - 2 >= sent_start and doc[k - 2].lower_ in _CLIENTS
    return False


#: Words that join the names of a list ("the Marlow Hotel and X", "A, B & C").
_LIST_JOINS = frozenset({"the", "and", "or", ",", "&"})
#: Nouns of those a business serves, before "like" or "such as" and a list of them.
_CLIENTS = frozenset({"clients", "customers", "accounts", "client", "customer", "account"})


def work_done_for(window: list[str]) -> bool:
    """Return True for "the ... work for X": work done for a client, not a wish to work for X.

    "sharing the packaging work for Hollis Tea", "your rebrand work for X"; but "to work
    for X", "I'd love to work for X" are about joining X ("my work for X" is own_work's).
    """
    # NOTE: or an agency's campaign for a client ("Kanaal's campaign for X"), owned as work is
    if len(window) < 3 or window[-1] != "for" or window[-2] not in _CLIENT_WORK:
        return False
    if window[-2] != "work":
        # "the campaign for X" alone may be a cause's; "your evaluation for X" is the reader's
        return _owned_work(window[:-2]) or _field_owned(window[:-2])
    owner = window[-3] if window[-3] in _OWNERS else window[-4] if len(window) > 3 else ""
    return (
        (owner in _OWNERS and window[-3] != "to")
        or _field_owned(window[:-2])
        or _readers_work(window[:-2])
        or _owned_work(window[:-2])
    )


#: Work done for a client, before "for X" ("the packaging work for X", "Kanaal's campaign for X").
#: NOTE: and a study made for a client ("your evaluation for X"), owned as work is
_CLIENT_WORK = frozenset({"work", "campaign", "campaigns", "rebrand", "relaunch", "evaluation",
                          "evaluations", "study", "studies", "review", "research"})  # fmt: skip


def _field_owned(before: list[str]) -> bool:
    """Return True for the reader's work of a field ("your service design work for X").

    NOTE: "your service design work for X", "its Spending Review work for X": "your" or
    "its", then up to three words of the field, then "work for X": the reader's or the
    employer's work for a client, as "your work for X" is; not past a verb's "to" or a
    clause of its own (see ``_owned_work``).
    """
    words = [w for w in before if w != "-"]  # "your levelling-up evaluation": one word
    for word in reversed(words[-4:]):
        if word in ("your", "its"):
            return True
        if not word.isalpha() or word in _NOT_FIELD or word in _OWNERS:
            return False
    return False


def _owned_work(before: list[str]) -> bool:
    """Return True for work a named firm owns ("Harrowgate's leveraged finance work for X").

    A name's "'s", then up to three words of the field, then "work for X": the firm's work
    for a client, as "your rebrand work for X" is. NOTE: not past a verb's "to" or a clause
    of its own ("Harrowgate's offer to work for X", "Harrowgate's team and I would work for").
    """
    for word in reversed(before[-4:]):
        if word in ("'s", "’s"):
            return True
        if not word.isalpha() or word in _NOT_FIELD:
            return False
    return False


#: Words that end the noun before "work for X": a verb's "to", a clause, a modal.
_NOT_FIELD = frozenset({"to", "and", "or", "but", "i", "we", "you", "would", "will", "could",
                        "can", "should", "might", "may", "love", "like", "want",
                        "hope"})  # fmt: skip


def own_firms_client(doc, sent, start: int, window: list[str]) -> bool:
    """Return True for a client of the writer's own workplace ("our biggest job ... for X").

    "At Y, where I've worked for two years, our biggest job was a product launch for X",
    "At Y, where I work now, we rarely get groups that size; the biggest was a school trip
    from X": a sentence that opens on the writer's own workplace (", where I ..."), then
    "we", "our" or "I" doing work, and a piece of that work "for" or "from" the name: Y's
    client. Not "I'd love to do the same for X" (a wish) nor "a role for X" (a job).
    """
    if len(window) < 2 or window[-1] not in ("for", "from") or window[-2] in _NOT_WORK_DONE:
        return False
    if not window[-2].isalpha():
        return False
    commas = (k for k in range(sent.start, start) if doc[k].text == ",")
    frame = next((k for k in commas if own_relative(doc, k)), None)
    if frame is None:
        return False
    words = [t.lower_.replace("\u2019", "'") for t in doc[frame + 4 : start]]
    return bool(_OUR_FIRM.intersection(words)) and not _WISHING.intersection(words)


#: The writer or their own firm doing its work ("we rarely get", "our biggest job", "I led").
_OUR_FIRM = frozenset({"we", "our", "us", "i", "my", "me"})
#: Words before "for X" or "from X" that make X the firm applied to or heard from.
_NOT_WORK_DONE = frozenset({"work", "working", "apply", "applying", "applied", "role", "roles",
                            "job", "jobs", "position", "positions", "post", "vacancy", "opening",
                            "openings", "hear", "hearing", "heard", "news", "reply", "response",
                            "offer", "interview", "same"})  # fmt: skip


def _readers_work(window: list[str]) -> bool:
    """Return True when the work before "work for X" is the reader's ("you run ... work for").

    "I know you run a lot of fatigue work for X", "your lab does most of the survey work for
    X": the reader, or the reader's unit, doing it: X is their client. Not "you ... to work
    for X" ("thank you for the chance to work for X"): the writer's wish.
    """
    k, j = _readers_verb(window, _YOU)
    if k is None or "to" in window[k + 1 :]:
        return False
    return j < len(window) and window[j] in _DOES_WORK


def _readers_verb(window: list[str], between: frozenset[str]) -> tuple[int | None, int]:
    """Return where the reader's last "you" or "your" stands in ``window``, and their verb.

    The verb is the word after "you" or after "your" and one noun ("your lab does"), past
    the words ``between`` ("you all do", "you have built"); the reader's index is None
    with no reader.
    """
    k = max((i for i, w in enumerate(window) if w in ("you", "your")), default=None)
    if k is None:
        return None, len(window)
    j = k + 1 if window[k] == "you" else k + 2
    while j < len(window) - 1 and window[j] in between:
        j += 1
    return k, j


def delivered_to(window: list[str]) -> bool:
    """Return True for what the reader's firm did for or to the name ("you rolled it out to X").

    "How your team rolled it out to X", "you built the portal for X", "your studio
    designed the fit-out for X": the reader, a past deed and its object, then "to" or "for"
    the name: a client the employer served, not the firm written to. Not a deed done to
    the writer ("you introduced me to X"), nor one with no object ("you moved over to X",
    "the value your team added to X": where the reader works).
    """
    if len(window) < 4 or window[-1] not in ("to", "for"):
        return False
    k, j = _readers_verb(window, _HAVE_DONE)  # "your team rolled", "you have built"
    if k is None or j >= len(window) - 1:
        return False
    verb, thing = window[j], window[j + 1 : -1]
    if not (verb.endswith("ed") or verb in PAST) or verb in _GIVEN_OVER:
        return False
    return 0 < len(thing) < 5 and not _PEOPLE_SERVED.intersection(thing)


#: Words between the reader and a deed done ("you have rolled", "you'd already built").
_HAVE_DONE = frozenset({"have", "'ve", "’ve", "had", "'d", "’d", "already", "recently", "just",
                        "successfully", "also"})  # fmt: skip
#: Past verbs whose "to X" is where the reader is or went, not a client ("added to X").
_GIVEN_OVER = frozenset({"added", "contributed", "brought", "dedicated", "committed",
                         "devoted", "moved", "returned", "switched", "transferred",
                         "relocated", "introduced", "welcomed", "invited", "referred",
                         "applied", "was", "were", "had", "saw"})  # fmt: skip
#: Objects of a deed that are the writer or the candidates, not work ("introduced me to").
_PEOPLE_SERVED = frozenset({"me", "us", "myself", "him", "her", "candidates", "applicants",
                            "everyone", "people"})  # fmt: skip


#: Verbs of the reader doing work for a client ("you run a lot of", "your lab does").
_DOES_WORK = _DOINGS | frozenset({"does", "did", "done", "runs", "handle", "handles", "carry",
                                  "carries", "take", "takes", "deliver", "delivers",
                                  "undertake", "undertakes"})  # fmt: skip


def closing_block(letter: Letter) -> Span | None:
    """Return the last paragraph of a letter without a known sign-off, when it is a signature.

    "With my renewed thanks and kindest regards," is no sign-off the parts know, so the
    name and title under it stay in the body: a last paragraph of two to four short lines of
    names and titles ("Dr. Jana Novak / Lecturer, Ostrava University") is read as the
    writer's signature all the same.
    """
    if letter.parts.get("closing") is not None:
        return None
    own = letter.text[letter.own.start : letter.own.end].rstrip()
    # NOTE: a mail app's last line ("Sent from my Galaxy") is none of the writer's: the
    # paragraph over it ("Lee Dong-hyun / Kyobo Life, Actuarial Team") is the signature
    if DEVICE_LINE.match(own[own.rfind("\n") + 1 :]):
        own = own[: own.rfind("\n") + 1].rstrip()
    start = max(own.rfind("\n\n"), own.rfind("\n\r\n"))
    if start < 0:
        return None
    lines = [line.strip() for line in own[start:].splitlines() if line.strip()]
    if len(lines) > 2 and lines[0].endswith(",") and not _signature_line(lines[0]):
        # NOTE: a farewell the parts do not know heads the paragraph ("Thanks again for
        # everything,"): the name and titles under it are the signature all the same
        start = own.index(lines[0], start) + len(lines[0])
        lines = lines[1:]
    if not 2 <= len(lines) <= 4 or not all(_signature_line(line) for line in lines):
        return None
    return Span(letter.own.start + start, letter.own.start + len(own))


#: Small words a signature line may have in lowercase ("Faculty of Engineering").
_SMALL = frozenset({"of", "and", "de", "for", "the", "in", "at", "&", "|", "-", "\u2013", "/"})


def _signature_line(line: str) -> bool:
    """Return True for a short line of a name, a title or an address, not a sentence.

    Every word is capitalised, a small word ("of", "&"), or holds a digit or an "@"; an
    aside in brackets after a word is left out ("MEng Civil Engineering (final year),
    University of Leeds"), but not a line in brackets ("(hopefully a future X colleague!)").
    """
    words = re.sub(r"(?<=\w)\s+\([^()]*\)", "", line).split()
    # NOTE: a job title written in lower case before the employer's name ("Grounds crew,
    # City of X", "Shift lead, Y Ltd") is a line of a signature as a capitalised one is
    head, comma, rest = line.partition(",")
    if comma and rest.strip() and _lowercase_title(head):
        words = words[len(head.split()) :]
    return (
        len(words) <= 10
        and not line.endswith(("!", "?"))
        and all(
            # NOTE: a nickname in quotes ('Rogelio "Roy" Garza') is capitalised inside them
            w.lstrip(_QUOTES)[:1].isupper()
            or w in _SMALL
            # NOTE: or a surname's particle ("Pieter van der Berg"): a name's own small words
            or w in PARTICLES
            or any(c.isdigit() or c == "@" for c in w)
            for w in words
        )
    )


#: Marks a nickname in a signature opens on ('"Roy"', "(Teo)").
_QUOTES = "\"'\u201c\u2018("


def _lowercase_title(head: str) -> bool:
    """Return True for a short job title, its first word capitalised ("Grounds crew")."""
    words = head.split()
    return (
        1 < len(words) <= 3
        and words[0][:1].isupper()
        and all(w.isalpha() and w.islower() and w not in STOP_WORDS for w in words[1:])
    )


def own_names(letter: Letter) -> set[str]:
    """Return the words of the names in the reply's own signature (the writer's school or firm)."""
    span = letter.parts.get("signature") or closing_block(letter)
    if span is None:
        return set()
    # NOTE: not a line that says what the writer applied for ("Applicant - Globex Scheme")
    # or wishes the reader ("Wishing everyone at Globex a great spring")
    text = "\n".join(line for line in letter.text[span.start : span.end].splitlines()
                     if not APPLICANT.match(line) and not WISH.match(line))  # fmt: skip
    # NOTE: a name opens a word: not the capital inside a tag run together in lower case
    # ("#proudtobuildwithNorthspan" names a firm the writer is proud of, see hashtag_firm)
    return {w for name in _OWN_NAME.findall(text) for w in distinctive(name)}


#: A name in the signature: capitalised words, each opening a word ("Acme & Co", "Bank of X").
_OWN_NAME = re.compile(r"(?<!\w)[A-Z][\w'’&.-]*(?:\s+(?:of|de|&)?\s*[A-Z][\w'’&.-]*)*")


#: People other than the writer and the reader whose workplace a letter may name.
OTHER_PEOPLE = frozenset({
    "uncle", "aunt", "auntie", "friend", "friends", "sister", "brother", "mum", "mom", "dad",
    "father", "mother", "cousin", "he", "she", "they", "wife", "husband", "partner",
    "neighbour", "neighbor", "son", "daughter", "grandad", "grandfather", "grandmother",
    "gran", "nan", "flatmate", "roommate", "housemate", "boyfriend", "girlfriend", "fiancé",
    "fiancée", "fiance", "fiancee", "parents", "sibling", "stepdad", "stepmum", "stepmom",
    # NOTE: and a friend in the everyday words ("my pal at X", "Kenny's mate")
    "pal", "pals", "mate", "mates", "buddy",
})  # fmt: skip
#: Words of OTHER_PEOPLE that need not be the writer's own acquaintances ("they at X").
_NOT_ACQUAINTANCES = frozenset({"he", "she", "they", "partner"})
#: Verbs of holding a job somewhere ("my uncle works at X", "she has worked for X").
_EMPLOYED = frozenset({"works", "worked", "working", "employed", "work"})


def someone_else(words: list[str]) -> bool:
    """Return True when ``words`` speak of another person than the writer ("my sister has")."""
    return bool(OTHER_PEOPLE.intersection(words)) and not {"i", "we", "me"}.intersection(words)


def others_workplace(window: list[str]) -> bool:
    """Return True for a name that is where someone else works ("my uncle works at X").

    "My sister has worked at X for years", "a friend who works for X", "he's employed by
    X": another person, then a verb of holding a job, with no "I" or "we" between.
    """
    # NOTE: and people of the writer's "from" or "at" it ("I still meet friends from X", "my
    # cousin at X"): where they are from; not a pronoun nor "your partner at X", the reader's
    if (
        window[-1:] in (["from"], ["at"])
        and window[-2:-1]
        and window[-2] in OTHER_PEOPLE - _NOT_ACQUAINTANCES
        and window[-3:-2] != ["your"]
    ):
        return True
    for k, word in enumerate(window):
        if word not in _EMPLOYED:
            continue
        before = window[max(k - 4, 0) : k]
        if OTHER_PEOPLE.intersection(before) and not {"i", "we", "me"}.intersection(before):
            return True
    return False


#: Words of giving money: a name that gives them funds the employer, it is not the employer.
_FUNDING = frozenset({"funding", "funds", "funded", "fund", "grant", "grants", "donation",
                      "donations", "donated", "donates", "sponsors", "sponsored",
                      "sponsorship", "sponsoring", "financing", "finances", "financed",
                      "endowment", "bursary", "bursaries",
                      # backing the employer's work ("X is backing it again", "X backs the
                      # appeal"); not "backed", as in "X, backed by Y", the one funded
                      "backing", "backs"})  # fmt: skip
#: Last words of an investor's name ("East Ventures", "Lightspeed Capital").
_INVESTORS = frozenset({"ventures", "capital", "vc", "investments", "investors", "angels"})
#: A raise an investor leads, after its name ("the X round").
_ROUNDS = frozenset({"round", "raise", "investment"})
#: Words that may stand between a funder's name and its gift ("X has renewed its funding").
#: Verbs of a firm's putting money into the reader's ("X backed you", "X invested in you").
_BACKED = frozenset({"backed", "invested", "funded", "bankrolled", "seeded"})
_GIVING = frozenset({"has", "have", "had", "is", "are", "was", "will", "renewed", "extended",
                     "increased", "doubled", "agreed", "its", "their", "a", "new", "another",
                     "continued", "continues", "to", "also", "generously", "kindly", "now",
                     "been", "awarded", "gave", "given", "committed", "pledged", "approved",
                     "confirmed", "announced", "provides", "provided", "providing"})  # fmt: skip


def _bid_to(window: list[str]) -> bool:
    """Return True for someone else's application to the name ("your bid to X").

    "BCI's application to the Korea Foundation", "your bid to the Lottery", "the grant
    application to X": an application the employer makes, or one for funds, goes to a
    funder. NOTE: not the writer's own ("my application to X", "our application to X"):
    that names the one applied to for the job (see ``work_for``).
    """
    if len(window) < 3 or window[-1] != "to" or window[-2] not in _BIDS:
        return False
    owner = window[-3]
    return owner in _OTHERS_OWN or owner in _FUNDING


#: An application made for funds or a contract ("application to X", "bid to X").
_BIDS = frozenset({"application", "applications", "bid", "bids", "proposal", "proposals",
                   "submission", "submissions"})  # fmt: skip
#: Owners of an application other than the writer: the reader's, the employer's by its "'s".
_OTHERS_OWN = frozenset({"your", "its", "their", "'s", "\u2019s"})


def funder(doc, end: int, window: list[str]) -> bool:
    """Return True for a name that funds the employer's work, not the one written to.

    "the Halden Trust has renewed its funding for the programme", "X is sponsoring the
    prize", "a grant from X", "funded by X": words of giving money beside the name.
    """
    if window[-1:] in (["the"], ["a"], ["an"]):
        window = window[:-1]
    if len(window) > 1 and window[-1] in ("by", "from") and window[-2] in _FUNDING:
        return True
    if _bid_to(window):
        return True  # "I hope BCI's application to the Korea Foundation goes well": a funder
    # NOTE: "an ERC-funded post", "a Wellcome-sponsored fellowship": the name joined by a
    # hyphen to its gift is what funds the thing, not the one written to; so is one joined
    # to its support ("the X-supported programme"), which alone may say "X supported me"
    if doc[end : end + 1].text == "-" and doc[end + 1 : end + 2].text.lower() in (
        _FUNDING | {"supported"}
    ):
        return True
    following = [t.lower_ for t in doc[end : min(end + 6, len(doc))]]
    # NOTE: "congratulations on the East Ventures round": a name whose last word says it
    # invests, before the round it led, is the employer's investor (another startup's name
    # before "round" may be pasted, so only an investor's own word clears it)
    if doc[end - 1].lower_ in _INVESTORS and following[:1] and following[0] in _ROUNDS:
        return True
    for k, word in enumerate(following):
        if word in _FUNDING:
            return True
        # NOTE: "why Harbor Ventures backed you", "X invested in your seed round": the reader
        # as what the name backed makes it the employer's investor ("backed" alone may be
        # "X, backed by Y", the one funded)
        if (word in _BACKED and following[k + 1 : k + 2] in (["you"], ["your"], ["in"])
                and window[-1:] not in (["at"], ["from"], ["of"])):  # fmt: skip
            # not "everyone at X backed you": the people of X, not X
            return following[k + 1] != "in" or following[k + 2 : k + 3] in (["you"], ["your"])
        if word not in _GIVING:
            return False
    return False


def beside_employer(doc, sent_start: int, start: int, window: list[str]) -> bool:
    """Return True for a name set beside the employer as another party, or above it.

    "when your team and X ran a joint demo", "you and X have pushed each other": a second
    party named with the reader in something they did together; "growing within the wider
    X Group", "owned by X", "bought by X", "taken over by X", "a subsidiary of X": the body the
    employer belongs to. Not "to
    be part of X" or "a role within X": joining it.
    """
    before = [t.lower_ for t in doc[max(sent_start, start - 3) : start]]
    joint = _JOINT.intersection(t.lower_ for t in doc[start].sent)
    if (
        joint
        and before[-1:] == ["and"]
        and (before[-2:-1] == ["you"] or (before[-3:-2] == ["your"] and before[-2] in _UNITS))
    ):
        return True  # NOTE: not "grateful to you and X for your time": the reader's firm
    words = list(window)
    while words and words[-1] in WIDER:
        words.pop()
    wider = len(words) < len(window)  # NOTE: not "a role within X": a job there
    if words[-1:] == ["the"]:
        words.pop()
    inside = words[-1:] == ["within"] or words[-2:] == ["part", "of"]
    return (wider and inside) or words[-2:] in _PARENTS


#: The reader's own people, named beside another party ("your team and X").
_UNITS = frozenset({"team", "company", "firm", "people", "engineers", "group", "side"})
#: Words of two parties acting together ("a joint demo", "push each other").
_JOINT = frozenset({"joint", "jointly", "together", "each", "between", "partnership",
                    "partnered", "collaboration", "collaborated", "rivals", "rivalry"})  # fmt: skip
#: Words of a larger body the employer belongs to ("the wider X Group").
WIDER = frozenset({"wider", "broader", "larger", "bigger", "whole", "parent"})
#: Words before the name of a body that owns the employer ("owned by X").
_PARENTS = (["owned", "by"], ["subsidiary", "of"], ["acquired", "by"], ["division", "of"],
            ["bought", "by"], ["backed", "by"], ["purchased", "by"], ["over", "by"])  # fmt: skip
