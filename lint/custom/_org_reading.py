"""Whether a name in the writer's text is used as the organisation written to.

wrong_company.py finds the names a reply holds; ``addressed`` reads what role the name's
sentence gives it, one kind of cue at a time: what the name itself is (the employer's kind
or old name), a wish sent to it, a site, a job, the people or things named after it, the
clause before it (joining it, the writer's own past, the employer's clients and
departments), the word right before it ("join", "like", "with", "about", "of"), greetings
and praise, and last a word about the job before "at X". Each step returns True or False
when its kind of cue settles the reading, or None to leave it to the next: the first
reading that applies wins, so the order of the steps is part of the rule.

The steps live beside this module, one kind to a module: what the name itself is
(_org_itself.py), whose place its clause makes it (_org_whose_place.py), the word right
before it (_org_word_before.py), wishes and praise (_org_praise.py), a firm's people or
ships the writer wishes to join (_org_joined.py), and the job's place or a future imagined
(_org_future.py); here are only ``_Mention`` and their order.
"""

from __future__ import annotations

from functools import cached_property

from replylint.custom._addressee import DREAMS
from replylint.custom._clauses import cue_words, window_before
from replylint.custom._employer import coined_works, firms_team, site_of, word_after
from replylint.custom._hopes import got_this_far, imagined
from replylint.custom._org_cues import JOB_CUES
from replylint.custom._org_future import (
    cued_firm,
    dream_because,
    its_people_or_things,
    job_before_at,
    keeps_papers,
)
from replylint.custom._org_itself import employer_itself, not_a_firm, region_or_part
from replylint.custom._org_joined import joined_wished
from replylint.custom._org_kinds import academic, other_school, school_name
from replylint.custom._org_names import POSSESSIVE, Candidate, words_of
from replylint.custom._org_parts import ESTABLISHMENTS, TEAMS, firm_shaped, trade_shaped
from replylint.custom._org_praise import (
    admired_for,
    application_turned_down,
    believed_in,
    decided,
    fan_of_doings,
    hiring_acts,
    loyal_patron,
    praised,
    thanked,
    thanked_by_name,
    their_loss,
    wished,
)
from replylint.custom._org_whose_place import employers_own, met_or_greeted, whose_place
from replylint.custom._org_word_before import word_before, work_for


def addressed(doc, candidate: Candidate, company: str, related: bool = False,
              named_rightly: bool = False, rival: bool = False,
              one_place: bool = False, elsewhere: bool = False,
              unheard: bool = False, kin: bool = False) -> bool:  # fmt: skip
    """Return True when the name is used as the company being written to.

    ``related`` says the name shares its stem with the employer's ("Iberwind" written to
    Ibervent); ``named_rightly`` that the same sentence names the employer rightly;
    ``rival`` that it is the employer's name with another first word ("Riverside Unified"
    to Lakeshore Unified), which is no mere thing named after a place; ``one_place`` that the
    employer is one establishment, so that another's name is no site of its own;
    ``elsewhere`` that the rejection names the job's own site, and the name is not it;
    ``unheard`` that the rejection's own text is quoted and names no word of the name;
    ``kin`` that it is the employer's name of its kind with another first word, by any name
    the thread spells for the employer.
    """
    mention = _Mention(doc, candidate, company, related, named_rightly, rival, one_place,
                       elsewhere, unheard, kin)  # fmt: skip
    steps = (
        employer_itself,
        wished,
        not_a_firm,
        dream_because,
        joined_wished,
        its_people_or_things,
        region_or_part,
        whose_place,
        employers_own,
        word_before,
        met_or_greeted,
        keeps_papers,
        fan_of_doings,
        loyal_patron,
        admired_for,
        their_loss,
        believed_in,
        cued_firm,
        work_for,
        praised,
        thanked,
        thanked_by_name,
        decided,
        hiring_acts,
    )
    for step in steps:
        reading = step(mention)
        if reading is not None:
            return reading
    return job_before_at(mention)


class _Mention:
    """A candidate name where the letter mentions it, with the words around it."""

    def __init__(self, doc, candidate: Candidate, company: str, related: bool,
                 named_rightly: bool, rival: bool, one_place: bool,
                 elsewhere: bool = False, unheard: bool = False,
                 kin: bool = False) -> None:  # fmt: skip
        """Read the name's own words and the words right beside it."""
        self.doc, self.candidate, self.company = doc, candidate, company
        self.related, self.named_rightly, self.rival = related, named_rightly, rival
        self.start, self.end = start, end = candidate.start, candidate.end
        self.elsewhere = elsewhere  # the rejection names the job's site, and the name is not it
        self.unheard = unheard  # the quoted rejection names no word of the name
        self.kin = kin  # another of the employer's kind, by a name the thread spells for it
        self.sent = doc[start].sent
        self.words = words = words_of(candidate.text)
        # NOTE: a university or school is the writer's own (studies, a fellowship, a hackathon
        # won there) unless the sentence is plainly about working there or joining it; but in
        # a reply to a school or university, another one is likely the pasted name
        self.school = candidate.org and school_name(candidate.text) and not academic(company)
        self.last = last = words[-1]
        self.after = after = word_after(doc, end)
        self.possessive = possessive = end < len(doc) and doc[end].lower_ in POSSESSIVE
        # NOTE: another school is no site of one school written to (see ``other_school``)
        self.site = site_of(doc, candidate, one_place) and not other_school(candidate.text, company)
        # NOTE: a name shaped like a firm's before "team" ("the Oakridge Advisory team"), or,
        # written to one establishment, another's ("Rosedene House"), is as sure a firm as
        # one whose own words say so
        self.firm_like = (
            candidate.org
            or (after in TEAMS and firm_shaped(candidate.text, candidate.org))
            # "the Fotonia team": a coined word's, named once (not "the Freshdesk team" of
            # Freshworks, a name sharing the employer's stem)
            or (firms_team(doc, candidate) and not related)
            or (one_place and last in ESTABLISHMENTS)
            or coined_works(candidate.text)  # "Nekomata Works": a studio's brand
        )
        # NOTE: plain words ending in a small firm's trade ("Harmattan Creative", "Jaguar
        # Pixel") make a firm only where the employer stands ("the interview at X", "the time
        # X took"): elsewhere they may name a client of the writer's ("roughs for X")
        # NOTE: so does a word and "International" ("Faith International", "Hope
        # International"): a body with arms in many countries, where the employer stands
        self.trade_like = (
            self.firm_like
            or trade_shaped(candidate.text)
            or (len(words) > 1 and last == "international" and candidate.text[:1].isupper())
        )
        self.before = doc[start - 1].lower_ if start else ""
        # NOTE: up to three words after the name, past its "'s" ("St. Fintan's surgical ward")
        self.following = [
            t.lower_ for t in doc[end + possessive : min(end + possessive + 3, len(doc))]
        ]

    @cached_property
    def window(self) -> list[str]:
        """Return the words of the clause before the name."""
        return window_before(self.doc, self.sent.start, self.start)

    @cached_property
    def lead(self) -> list[str]:
        """Return the clause before the name without an article that ends it ("join the")."""
        window = self.window
        if window[-1:] in (["the"], ["a"], ["an"]) and len(window) > 1:
            return window[:-1]
        return window

    @property
    def previous(self) -> str:
        """Return the word right before the name, past an article ("join" in "join the X")."""
        return self.lead[-1] if self.lead else ""

    @cached_property
    def sentence(self) -> set[str]:
        """Return the cue words of the name's sentence."""
        return set(cue_words([t.lower_ for t in self.sent]))

    @cached_property
    def cued(self) -> bool:
        """Return True when the name's sentence is about the job ("dreamed of ... at X").

        A stage of the process reached ("so it was a privilege to get this far") is the job's,
        and so is the application turned down ("X will not be taking my application further").
        """
        sentence = self.sentence
        return (
            bool(JOB_CUES.intersection(sentence) or {"you", "your"} & sentence)
            or imagined(self.sent)
            or bool(DREAMS.intersection(sentence))
            or got_this_far(self.sent)
            or application_turned_down([t.lower_ for t in self.doc[self.end : self.sent.end]])
        )
