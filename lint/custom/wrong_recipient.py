"""wrong-recipient: the reply goes to people who did not sign or call with the rejection."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from replylint.custom._forms_of_address import (
    GENDERED,
    OTHER_GREETINGS,
    name_line,
    salutation,
    shortened,
    spoken_of,
    stated_gender,
    wrong_title,
)
from replylint.custom._people import (
    AFTER_NAME,
    AND_WORDS,
    COURTESY_WORDS,
    GENERIC_GREETINGS,
    GROUP_GREETINGS,
    HONORIFIC_SUFFIXES,
    JOB_TITLES,
    MISSPELLING,
    PARTICLES,
    PERSON_TITLES,
    SURNAME_HONORIFICS,
    TITLES,
    TITLES_BEFORE_A_NAME,
    as_signed,
    closest,
    distinct,
    fold,
    given_names,
    is_generic_mailbox,
    is_group_name,
    is_no_reply,
    is_patronymic_of,
    is_pet_form_of,
    is_tail_of,
    is_vocative_of,
    misspelt,
    name_parts,
    same_name,
    same_person,
    signer_parts,
    surname_first,
)
from replylint.findings import Finding
from replylint.letter import Letter, Person, Span
from replylint.parts import GREETING_WORDS
from replylint.rules import Rule

#: The greeting's word, said twice as well ("Moin moin Lars,", "Hi hi Sam,"): the second
#: is no name.
_GREETING_WORD = re.compile(
    rf"^\s*(?P<word>{GREETING_WORDS}|{OTHER_GREETINGS})(?:[\s,]+(?P=word))*(?=[\s,:!]|$)",
    re.IGNORECASE | re.VERBOSE,
)
#: "Respected Sir,", "Dear Madam,", "Good morning Sir,": South Asian and West African English
#: greet a person they know by one title alone; both at once ("Dear Sir/Madam,", "Respected
#: Sir or Madam,") greet nobody in particular. NOTE: Nigerian English writes "Ma" for
#: "Madam" ("Good afternoon Ma,"), as Filipino writes "Ma'am"
_ONE_TITLE = re.compile(r"(?i)(?:respected\s+)?(?:sir|madam|ma(?:['’]?am|m)?|madame|monsieur)")
#: A word of the greeting. NOTE: or a title shortened with a slash, as Amharic writes
#: Weyzero "W/ro" and Weyzerit "W/rt" ("Dear W/ro Meron,"): one word, not "W" and "ro"
_WORD = re.compile(r"[^\W\d_]/[^\W\d_]{1,3}\b|[^\W\d_][\w'’.-]*")
#: The second title of a greeting of two, after the comma the greeting ends at, alone on
#: the rest of its line (", Sir," of "Dear Madam, Sir,").
#: NOTE: French writes it "Madame, Monsieur," or with a greeting word of its own before the
#: second title ("Chère Madame, cher Monsieur,"): the same greeting to nobody in particular
_OTHER_TITLE = re.compile(
    r"[ \t]*(?i:(?:ch[eè]re?[ \t]+)?(sir|madam|ma['’]?am|madame|monsieur|mesdames|messieurs))"
    r"[ \t]*[,:!]?[ \t]*(?=\r?\n|$)"
)
#: Two titles joined in one greeting ("Madame/Monsieur", "Madame ou Monsieur"), as "Sir/Madam".
_TITLE_PAIR = re.compile(r"(?i)\b(?:madame|monsieur)[ \t]*(?:/|\bou\b)[ \t]*(?:madame|monsieur)\b")
#: A greeting in Polish, which puts the name in the vocative: its greeting word ("Szanowny",
#: "Droga", "Cześć", "Witaj") or the vocative title "Panie" / "Pani".
_POLISH_GREETING = re.compile(
    r"(?i)^\s*(?:szanown[ya]|drog[ia]|cze[sś][cć]|witaj|witam)\b|\bpan(?:ie|i)\b"
)
#: A slot of a template left in the greeting: the template-placeholder rule reports it.
#: NOTE: and "INSERT NAME", the slot written as an instruction in capitals
_SLOT = re.compile(
    r"[{}\[\]<>]|_{2,}|\bX{2,}\b|\b(?:first|last|full)[ _]?name\b|(?-i:\bINSERT\b)", re.IGNORECASE
)


def has_context(letter: Letter, rule: Rule) -> bool:
    """Return True when the letter says who signed and whom the reply goes or speaks to."""
    context = letter.context
    if not _signers(letter, rule) and not _teams(letter):
        return False
    return bool(context.to or context.cc or _addressee(letter))


def _teams(letter: Letter) -> list[Person]:
    """Return the signers that are a team ("Graduate Recruitment"), not a person."""
    return [p for p in letter.context.signers if p.name and is_group_name(p.name)]


def _signers(letter: Letter, rule: Rule) -> list[Person]:
    """Return the named signers who are people, not shared mailboxes."""
    extra = frozenset(rule.options.get("generic", ()))
    people = [p for p in letter.context.signers if p.name and not is_group_name(p.name)
              and not is_generic_mailbox(p.address, extra)]  # fmt: skip
    return [_with_address(_goes_by(_romanised(p, letter), letter), letter) for p in people]


def _romanised(signer: Person, letter: Letter) -> Person:
    """Return a signer named only in another script with the Latin-letter name beside it.

    A signature often gives the name twice, "佐藤 由美 (Yumi Sato)" or "佐藤 由美" over
    "Yumi Sato": the mailbox "y.sato@" and the greeting "Dear Sato-san" are hers then.
    Only the signer's own line and the one under it are read, and a firm's name is none.
    """
    if re.search(r"[a-z]", fold(signer.name)):
        return signer
    context = letter.context
    firm = set(re.findall(r"\w+", fold(context.company or "")))
    lines = [ln.lstrip("> \t").rstrip() for ln in (context.thread or "").splitlines()]
    native = signer.name.split()
    for at in range(len(lines) - 1, -1, -1):
        if "".join(native) not in "".join(lines[at].split()):
            continue  # "佐藤由美" is "佐藤 由美" written without a space
        own = lines[at]
        for word in native:
            own = own.replace(word, " ")
        # NOTE: "이수진 (Lee Soo-jin), Professor": the Latin-letter name in brackets beside
        # the native one, with a job title after it, is read on its own first
        bracketed = re.findall(r"\(([^()]+)\)", own)
        # NOTE: and the Latin-letter name with a title in brackets after it ("山田 恵 Yamada
        # Megumi (Human Resources)"), read without the brackets
        bare = re.sub(r"\s*\([^()]*\)", " ", own)
        for line in (*bracketed, own.strip(" ()/|,-\u2013\u2014"), bare.strip(" /|,-\u2013\u2014"),
                     *lines[at + 1 : at + 2]):  # fmt: skip
            name = _LATIN_NAME.fullmatch(line)
            words = set(re.findall(r"\w+", fold(line)))
            if name and not is_group_name(line) and not words & firm:
                return Person(name=f"{signer.name} ({line})", address=signer.address,
                              span=signer.span)  # fmt: skip
        return signer
    return signer


def _goes_by(signer: Person, letter: Letter) -> Person:
    """Return a signer with the name they go by, when their sign-off gives it beside the full one.

    "Ma'am Baby (Ma. Lourdes dela Cruz)" or "Ma. Lourdes dela Cruz (Baby)": the greeting
    "Good evening Ma'am Baby," greets her. Only a short name of capitalised words (a title
    before it is read past), on the line that holds the full name in brackets or before them.
    """
    if not signer.name:
        return signer
    full = re.escape(signer.name)
    firm = set(re.findall(r"\w+", fold(letter.context.company or "")))
    # NOTE: the name gone by, in brackets or quotes inside the full one ("Natasha (Tasha)
    # Morgan", 'Robert "Bobby" Chan'), in the thread or the notes (a 'signature:' of the
    # front matter): "Hi Tasha," greets her
    words = signer.name.split()
    for at in range(1, len(words)):
        inside = (rf"\b{re.escape(' '.join(words[:at]))}\s+[(\"“]\s*(?P<alias>{_NICKNAME.pattern})"
                  rf"\s*[)\"”]\s+{re.escape(' '.join(words[at:]))}\b")  # fmt: skip
        for said in (letter.context.thread or "", letter.context.notes or ""):
            match = re.search(inside, said)
            if match and _goes_by_alias(match["alias"], firm):
                return Person(name=f"{signer.name} ({match['alias']})", address=signer.address,
                              span=signer.span)  # fmt: skip
    lines = [ln.lstrip("> \t").rstrip() for ln in (letter.context.thread or "").splitlines()]
    # NOTE: "Abraço," then "Jota", then a block of its own opening on "João Pedro Albuquerque":
    # the one word signed under the closing, above the signer's full name, is the name they
    # go by, and "Hi Jota," greets them
    # NOTE: a mail client's signature may hold the full name, past the "-- " line that opens
    # it ("Pozdrawiam,", "Gosia", "", "--", "Małgorzata Nowak"): the name signed is theirs still
    for at in range(1, len(lines) - 2):
        alias = lines[at]
        after = [ln for ln in lines[at + 2 : at + 5] if ln not in _SIGNATURE_DASHES]
        if (lines[at - 1].endswith(",") and _NICKNAME.fullmatch(alias) and " " not in alias
                and not lines[at + 1] and after[:1] == [signer.name]
                and _goes_by_alias(alias, firm)):  # fmt: skip
            return Person(name=f"{signer.name} ({alias})", address=signer.address,
                          span=signer.span)  # fmt: skip
    for line in lines:
        match = re.fullmatch(rf"(?P<a>[^()]+?)\s*\(\s*{full}\s*\)|{full}\s*\((?P<b>[^()]+)\)", line)
        if not match:
            continue
        words = (match["a"] or match["b"]).split()
        while words and fold(words[0].rstrip(".,")) in TITLES:
            words = words[1:]
        alias = " ".join(words)
        if _NICKNAME.fullmatch(alias) and _goes_by_alias(alias, firm):
            return Person(name=f"{signer.name} ({alias})", address=signer.address,
                          span=signer.span)  # fmt: skip
    return signer


def _goes_by_alias(alias: str, firm: set[str]) -> bool:
    """Return True when ``alias`` beside a signer's name is a name, not a team or the firm."""
    return not is_group_name(alias) and not set(re.findall(r"\w+", fold(alias))) & firm


#: The line that opens a mail client's signature ("-- "), or nothing, before the name in it.
_SIGNATURE_DASHES = frozenset({"", "--", "\u2014"})
#: A name someone goes by: one or two capitalised words ("Baby", "Tess", "Bong Jun").
_NICKNAME = re.compile(r"[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+)?")


#: A person's name in Latin letters, two or three words ("Yumi Sato", "SATO Yumi"); a
#: Korean given name romanised with a hyphen keeps its second syllable lower case
#: ("Lee Soo-jin").
_LATIN_NAME = re.compile(r"[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+(?:-[a-z]+)?){1,2}")


def _with_address(signer: Person, letter: Letter) -> Person:
    """Return a signer named only in another script with the address the reply writes to them.

    "差出人: 佐藤 由美" gives no address, but "To: 佐藤 由美 <y.sato@...>" does: the mailbox
    spells the name in Latin letters, so "Dear Sato-san" greets her (signer_parts reads it).
    """
    if signer.address or re.search(r"[a-z]", fold(signer.name)):
        return signer
    context = letter.context
    for person in (*context.to, *context.cc):
        if person.address and person.name and same_name(person.name, signer.name):
            return Person(name=signer.name, address=person.address, span=signer.span)
    return signer


def _addressee(letter: Letter) -> str:
    """Return whom the greeting names ('Dana' of 'Dear Dana,'), or ''."""
    span = salutation(letter)
    if span is None:
        return ""
    addressee = _GREETING_WORD.sub("", letter.text[span.start : span.end]).strip(" ,:!")
    # NOTE: "Estimada Sra. Robles y estimado Sr. de la Garza", "Liebe Anna und lieber Jonas":
    # each person greeted with a greeting word of their own; the second one is no name
    addressee = _SECOND_GREETING.sub(_joiner_only, addressee)
    # NOTE: "Good day po," greets with respect, not someone called Po
    addressee = " ".join(w for w in addressee.split() if w.rstrip(",") not in COURTESY_WORDS)
    # NOTE: "Dear Priya at Novatec Solutions,": the firm after the person is wrong-company's
    # to check; the person greeted is who comes before it
    at_firm = _AT_FIRM.fullmatch(addressee)
    return at_firm["people"] if at_firm else addressee


def _joiner_only(match: re.Match[str]) -> str:
    """Return the joiner of a second greeting, without the greeting word when it is one.

    A greeting word in lower case ("y estimado", "und lieber") or "Dear" is never a name;
    one with a capital may be ("and Cara", "and Hei"), so it stays to be checked.
    """
    word = match["word"]
    if word[:1].islower() or fold(word) == "dear":
        return match["joiner"]
    return match[0]


def run(letter: Letter, rule: Rule) -> Iterator[Finding]:
    """Yield a finding per recipient or greeting that is not a signer."""
    context = letter.context
    extra = frozenset(rule.options.get("generic", ()))
    signers = _signers(letter, rule)
    where = letter.first_line_span()
    if not signers:
        # NOTE: nobody named signed, so there is no one to write to instead: a reply to an
        # automated rejection's own address (even a no-reply one) is not a wrong recipient
        # (tests/letters/README.md: a generic address is wrong "although a named person signed")
        yield from _greeting_past_team(letter, rule)
        return
    # NOTE: the same person may sign twice ("Aoife Ní Bhriain" wrote, "Dr. Aoife Ní Bhriain"
    # signed): named once
    names = " and ".join(p.name for p in distinct(signers))
    reported: list[Person] = []
    mailboxes: list[Person] = []
    entries: list[tuple[Person, str]] = []
    for field in ("to", "cc"):
        for person in getattr(context, field):
            if (person.address and is_generic_mailbox(person.address, extra)
                    and not _sent_from(person.address, letter)):  # fmt: skip
                detail = (f"{person.address} is a shared mailbox, but {names} signed the "
                          f"rejection; write to them instead")  # fmt: skip
                mailboxes.append(person)
            elif same_person(person, [*context.signers, *signers]):
                continue
            elif same_person(person, context.copied):
                # NOTE: copied on the rejection, but they did not sign it: a reply-all that
                # keeps a manager or HR colleague writes to someone who did not give the
                # news (tests/letters/README.md: "someone who did not sign")
                detail = f"{person} was only copied on the rejection; reply only to {names}"
                reported.append(person)
            else:
                detail = f"{person} did not sign the rejection; reply only to {names}"
                reported.append(person)
            entries.append((person, detail))
    greeted = _greeting(letter, rule, signers, names, reported, mailboxes)
    merged = next(greeted, None)
    # NOTE: one wrong recipient is one finding (tests/letters/README.md): a greeting to the
    # very mailbox or person the reply is sent to is reported once, on the greeting, which
    # names the address too
    for person, detail in entries:
        if merged is None or merged[1] is not person:
            span = person.span or salutation(letter) or where
            yield rule.finding(letter, span.start, span.end, detail=detail)
    if merged is not None:
        yield merged[0]


def _sent_from(address: str, letter: Letter) -> bool:
    """Return True when a signer sent the rejection from this shared mailbox under their name.

    "From: Grace Boateng <office@...>", signed "Mrs. Grace Boateng": a small employer's one
    office address is the signer's own, and a reply to it goes to her. The header's name
    must be the very person who signed off (a firm's name, "Little Acorns Office", is
    none), and a mailbox nobody reads ("noreply@") reaches nobody, whoever sent from it.
    """
    if is_no_reply(address):
        return False
    address = address.lower()
    senders = [p for p in letter.context.signers if p.address.lower() == address and p.name
               and not is_group_name(p.name)]  # fmt: skip
    others = [p for p in letter.context.signers if p.address.lower() != address and p.name]
    return any(set(name_parts(s.name)) == set(name_parts(o.name)) != set()
               for s in senders for o in others)  # fmt: skip


def _greeting(
    letter: Letter, rule: Rule, signers, names: str, reported, mailboxes
) -> Iterator[tuple[Finding, Person | None]]:
    """Check the salutation: generic, addressed to someone else, or misspelled.

    Yield the finding with the To or Cc recipient it is about as well (the shared mailbox
    greeted as nobody in particular, the stranger greeted by name), or None.
    """
    span = salutation(letter)
    addressee = _addressee(letter)
    if span is None:
        yield from _misspelt_name_line(letter, rule, signers)
        return
    text = letter.text[span.start : span.end]
    # NOTE: "Madame," or "Messieurs,": French greets with a title alone, which the greeting's
    # part reads as its greeting word; the title is whom it greets
    title = text.strip(" \t,:!")
    if not addressee and (_ONE_TITLE.fullmatch(title) or GENERIC_GREETINGS.fullmatch(title)):
        addressee = title
    if not addressee:
        return  # a greeting line that names nobody: nothing to check
    to_the = re.match(r"(?i)to\s+the\s+", addressee)
    if _SLOT.search(addressee):
        return  # a template slot (the template-placeholder rule reports it)
    if len(distinct(signers)) > 1 and GROUP_GREETINGS.fullmatch(addressee):
        return  # "Hi both", "Dear all": every signer at once
    # NOTE: "Dear Madam, Sir,": the French "Madame, Monsieur" in English, both titles with a
    # comma between, which the greeting's part ends at; it greets nobody, as "Sir/Madam" does
    # NOTE: and the plural titles ("Mesdames, Messieurs,"), which greet a group of their own
    alone = _ONE_TITLE.fullmatch(addressee) or GENERIC_GREETINGS.fullmatch(addressee)
    both = alone and _OTHER_TITLE.match(letter.text, span.end)
    if both:
        span, addressee = Span(span.start, both.end(1)), f"{addressee}, {both[1]}"
    elif _ONE_TITLE.fullmatch(addressee):
        # "Dear Sir,", "Respected Madam,": the one written to, greeted by a title; but a
        # title of the other gender than every signer's, as the thread states it, is the
        # form letter's default, written to nobody in particular
        other = _other_gender(addressee, signers, letter)
        if other:
            yield rule.finding(letter, span.start, span.end, detail=other), None
        return
    generic = (to_the or GENERIC_GREETINGS.search(_past_titles_of_names(addressee))
               or _TITLE_PAIR.search(text))  # fmt: skip
    if (
        re.fullmatch(r"(?i)to\s+whom\s+it\s+may\s+concern", text.strip(" ,:!"))
        or both
        or (generic and not _names_in(addressee, signers))
    ):
        mailbox = mailboxes[0] if mailboxes else None
        sent_to = f"the reply goes to the shared mailbox {mailbox.address} and " if mailbox else ""
        detail = (f"{sent_to}the greeting addresses nobody in particular, but {names} signed "
                  f"the rejection")  # fmt: skip
        yield rule.finding(letter, span.start, span.end, detail=detail), mailbox
        return
    known = signer_parts(signers)
    # NOTE: a team or committee greeted beside a signer named first ("Dear Ayesha and the
    # design team,", "Dear Dr. Iyer and the selection committee,") greets the person who
    # answered as well: only the people named are checked (a firm's name in the team's is
    # wrong-company's)
    team = _WITH_TEAM.fullmatch(addressee)
    group = _WITH_GROUP.fullmatch(addressee)
    team = team or (group if group and is_group_name(group["group"]) else None)
    if team and _names_in(team["people"], signers):
        addressee = team["people"]
    # NOTE: "Dear Ms Haugland of Nordlicht Cruises,": a signer greeted with a firm's name
    # after "of" is the right person; whether the firm is right is wrong-company's to check.
    # Only when a signer is named before it: "Dear Head of Talent" names nobody
    of_firm = _OF_FIRM.fullmatch(addressee)
    if of_firm and _names_in(of_firm["people"], signers):
        addressee = of_firm["people"]
    words = _WORD.findall(addressee)
    # "Ritu Ma'am", "Anil Sir", "Verma ji": an honorific after a name is no name of its own
    words = [w for k, w in enumerate(words) if not (k and _bare(w).replace("’", "'") in AFTER_NAME)]
    if any(_bare(w) in known for w in words):
        # "Dear Manager Park", "Dear Team Leader Kim": a job title before a surname, as
        # Korean, Japanese and Chinese address people, is no name of its own
        words = [w for w in _past_rank(words, known) if _bare(w) not in JOB_TITLES]
    given = (_title_on_given_name(words, signers) or wrong_title(words, signers, letter)
             or spoken_of(words, signers, letter)
             or _other_particles(words, signers, known))  # fmt: skip
    if given:
        yield rule.finding(letter, span.start, span.end, detail=given), None
        return
    # NOTE: a particle stands before a surname ("bin Ali", "Van der Berg"); a word such a
    # particle is spelt like, greeted on its own, is a name ("Hi Ben,")
    lone = {len(words) - 1}
    for person in reported:
        others = signer_parts([person])
        if (
            words
            and all(_known(w, known | others, k in lone) for k, w in enumerate(words))
            and not all(_known(w, known, k in lone) for k, w in enumerate(words))
        ):
            if _names_in(addressee, signers):
                return  # "Dear Ife and Tomás": the header's finding is enough
            # it greets only the stranger the reply is sent to: one finding for both
            detail = (f"{person} did not sign the rejection, and the greeting addresses them; "
                      f"reply only to {names}")  # fmt: skip
            yield rule.finding(letter, span.start, span.end, detail=detail), person
            return
    given_parts = given_names(signers)
    polish = _POLISH_GREETING.search(text)
    for k, word in enumerate(words):
        full = shortened(word, signers, known)
        surname = k in lone and _surname_spelt_like_title(words, known)
        # NOTE: "Dear Seun" to Oluwaseun Adeyemi: the end of a long given name is what it
        # is shortened to, as its start is ("Jen" of Jennifer, which _known accepts)
        # NOTE: and so is a customary pet form ("Hi Bobby" to Roberto Santiago, "Bill" to William)
        # NOTE: and a signer's patronymic after their given name ("Dear Marat Serikovich" to
        # Marat S. Abenov), as Russian greets with respect
        # NOTE: and the vocative of their given name in a Polish greeting ("Szanowny Panie
        # Krzysztofie," to Krzysztof Mazur); only there, as "Mario" is not Maria elsewhere
        after = _bare(words[k - 1]) if k else ""
        named = (_known(word, known, k in lone) or is_tail_of(_bare(word), given_parts)
                 or is_pet_form_of(_bare(word), given_parts)
                 or is_patronymic_of(_bare(word), after, signers)
                 or (polish and is_vocative_of(_bare(word), given_parts)))  # fmt: skip
        if named and not full and not surname:
            continue
        lower = _bare(word)
        # NOTE: another spelling of the signer's name ("Margaret" to Marguerite, "Jon" to
        # John) is their name misspelt, not someone else: the message gives their spelling
        best = misspelt(lower, known)
        if full:
            detail = f"'{word}' shortens '{full}', the name the rejection is signed with"
        elif best:
            detail = f"'{word}' looks like a misspelling of '{as_signed(best, signers)}'"
        elif lower in signer_parts(letter.context.copied):
            detail = f"{word} was only copied on the rejection; {names} signed it"
        else:
            detail = f"{word} did not sign the rejection; reply only to {names}"
        yield rule.finding(letter, span.start, span.end, detail=detail), None
        return
    yield from _more_greeted(letter, rule, span, known, names)


def _more_greeted(
    letter: Letter, rule: Rule, span: Span, known: set[str], names: str
) -> Iterator[tuple[Finding, None]]:
    """Flag a person greeted after the greeting's first comma who did not sign.

    NOTE: "Dear Ms. Jung, Mr. Yoon and Mr. Han,": a greeting of three lists its people with
    commas, and the greeting's part ends at the first; the rest of the line, names joined by
    "and" up to its own comma, greets people too. A To or Cc recipient greeted there is the
    header's finding already (one wrong recipient is one finding).
    """
    more = _MORE_GREETED.match(letter.text, span.end)
    if more is None:
        return
    written_to = signer_parts([*letter.context.to, *letter.context.cc])
    words = _WORD.findall(more[1])
    words = [w for k, w in enumerate(words) if not (k and _bare(w) in AFTER_NAME)]
    lone = len(words) - 1
    for k, word in enumerate(words):
        if _known(word, known, k == lone or _bare(words[k + 1]) in AND_WORDS):
            continue
        if _bare(word) in written_to or misspelt(_bare(word), known):
            return  # the header's finding, or a signer's name misspelt: not this reading's
        detail = f"{word} did not sign the rejection; reply only to {names}"
        yield rule.finding(letter, span.start, more.end(1), detail=detail), None
        return


def _other_gender(title: str, signers: list[Person], letter: Letter) -> str:
    """Say so when a greeting of one title ("Respected Sir") fits no signer's stated title, else ''.

    "Respected Sir," to a rejection signed "Mrs. Leela Varghese" greets whoever might read
    it, as "Dear Sir/Madam" does. Only a title or pronouns the thread gives decide (see
    stated_gender); a signer whose thread states neither may be the one greeted.
    """
    word = fold(_WORD.findall(title)[-1]).strip(".")
    # NOTE: "Ma'am", "Mam" and Nigerian English's "Ma" are "Madam", which GENDERED holds
    meant = GENDERED.get(word) or ("f" if re.fullmatch(r"ma(?:['’]?am|m)?", word) else "")
    stated = {stated_gender(s, letter) for s in distinct(signers)}
    if not meant or "" in stated or meant in stated:
        return ""
    names = " and ".join(p.name for p in distinct(signers))
    return (f"'{title}' is not how the thread says {names} is addressed; it greets nobody "
            f"in particular")  # fmt: skip


def _past_titles_of_names(addressee: str) -> str:
    """Return the greeting's words without a "Sir" or "Madam" that stands beside a name.

    NOTE: "Dear Venkat sir,", "Dear Sir JR,", "Dear Madam Lim,": South Asian, Filipino and
    Malaysian English greet a person with the title before or after their name: beside a
    capitalised word that is no title nor a group's word, the title greets that person, not
    nobody in particular. "Sir or Madam", "Sir/Madam" and "Hiring Manager Sir" keep theirs.
    """
    words = _WORD.findall(addressee)

    def is_name(at: int) -> bool:
        word = words[at] if 0 <= at < len(words) else ""
        titled = _ONE_TITLE.fullmatch(word.rstrip(".")) or _bare(word) in TITLES
        return word[:1].isupper() and not titled and not GENERIC_GREETINGS.fullmatch(word)

    beside = [fold(w) in {"sir", "madam"} and (is_name(k - 1) or is_name(k + 1))
              for k, w in enumerate(words)]  # fmt: skip
    return " ".join(w for w, title in zip(words, beside, strict=True) if not title)


def _past_rank(words: list[str], known: set[str]) -> list[str]:
    """Return the greeting's words without what qualifies a job title before a surname.

    "Dear Station Manager Castellanos", "Dear Store Manager Kim", "Dear Watch Commander
    Osei": a rank of two or three words, its last a title's word, before a signer's
    surname, names no one; "Station" is the rank's, not a stranger greeted.
    """
    drop: set[int] = set()
    for at in range(1, len(words) - 1):
        if _bare(words[at]) not in _RANKS or _bare(words[at + 1]) not in known:
            continue
        start = at
        while (start > max(at - 2, 0) and words[start - 1][:1].isupper()
               and not _known(words[start - 1], known)):  # fmt: skip
            start -= 1
        drop.update(range(start, at))
    return [w for k, w in enumerate(words) if k not in drop]


def _misspelt_name_line(letter: Letter, rule: Rule, signers) -> Iterator[tuple[Finding, None]]:
    """Flag a first line of a name alone ("Kwami,") that misspells a signer's ("Kwame").

    Only a near miss is a greeting: "Noted," or "Understood," alone is a word, not a name.
    """
    span = name_line(letter)
    if span is None:
        return
    word = letter.text[span.start : span.end].strip(" \t,").split()[-1]  # past "Mr."
    known = signer_parts(signers)
    best = misspelt(_bare(word), known)
    if not _known(word, known, True) and best:
        detail = f"'{word}' looks like a misspelling of '{as_signed(best, signers)}'"
        yield rule.finding(letter, span.start, span.end, detail=detail), None


def _greeting_past_team(letter: Letter, rule: Rule) -> Iterator[Finding]:
    """Flag a greeting to a person when a team signed and nobody of that name is written to.

    "Dear Sarah," to a rejection signed "The Graduate Recruitment Team" greets someone
    (an interviewer, perhaps) who never wrote: the team is who answers.
    """
    span = salutation(letter)
    addressee = _addressee(letter)
    teams = _teams(letter)
    if span is None or not addressee or not teams or _SLOT.search(addressee):
        return  # no greeting naming anyone, or no team signed: nothing to compare
    if GENERIC_GREETINGS.search(addressee) or GROUP_GREETINGS.fullmatch(addressee):
        return  # "Dear Recruitment Team", "Dear all": the team itself
    context = letter.context
    known = signer_parts([*teams, *context.to, *context.cc])
    words = _WORD.findall(addressee)
    names = [w for k, w in enumerate(words) if not (k and _bare(w) in AFTER_NAME)]
    # NOTE: a name is told from a word by its capital, but a letter written all in lower
    # case ("ciao marco") writes its names so too
    lower = not re.search(r"[A-Z]", letter.own_text)
    strangers = [w for k, w in enumerate(names) if (w[:1].isupper() or lower)
                 and not _known(w, known, k == len(names) - 1)]  # fmt: skip
    if strangers:
        team = teams[0].name
        detail = f"{strangers[0]} did not sign the rejection; {team} did, so reply to them"
        yield rule.finding(letter, span.start, span.end, detail=detail)


def _title_on_given_name(words: list[str], signers: list[Person]) -> str:
    """Say so when an honorific stands before a surname-first signer's given name, else ''.

    "Dear Ms. Katalin" to NAGY Katalin: "Ms." goes with the family name ("Ms. Nagy").
    """
    for title, word in itertools.pairwise(words):
        if fold(title).strip(".") not in SURNAME_HONORIFICS:
            continue
        for signer in signers:
            family, given = surname_first(signer.name)
            if _bare(word) in map(fold, given) and _bare(word) not in map(fold, family):
                return (f"'{title} {word}' puts the title before {signer.name}'s given name; "
                        f"the family name is {family[0].title()}")  # fmt: skip
    return ""


def _particles_before(words: list[str], at: int) -> list[str]:
    """Return the particles just before ``words[at]``, folded ("van", "den" of "van den Heuvel")."""
    start = at
    while start > 0 and _bare(words[start - 1]) in PARTICLES:
        start -= 1
    return [_bare(w) for w in words[start:at]]


def _other_particles(words: list[str], signers: list[Person], known: set[str]) -> str:
    """Say so when the particles before a signer's surname are not the signer's own, else ''.

    "Dear Mr van der Heuvel" to Pieter van den Heuvel: the particles are part of the
    family name, so other ones misspell it. A greeting that drops them ("Dear Mr Heuvel")
    says nothing here, nor one to a signer whose name has none.
    """
    for at, word in enumerate(words):
        greeted = _particles_before(words, at)
        surname = _bare(word)
        if not greeted or surname not in known or surname in PARTICLES:
            continue
        before = _bare(words[at - len(greeted) - 1]) if at > len(greeted) else ""
        if before.replace(".", "") not in TITLES and before not in known:
            continue  # "Dear Ben Heuvel": a given name spelt like a particle, not a surname's
        for signer in signers:
            own = [w.strip(".,") for w in fold(signer.name).split()]
            if surname not in own:
                continue
            theirs = _particles_before(own, own.index(surname))
            if theirs and theirs != greeted:
                spelt = " ".join([*words[at - len(greeted) : at], word])
                return f"'{spelt}' is not how {signer.name} spells the family name"
    return ""


def _surname_spelt_like_title(words: list[str], known: set[str]) -> bool:
    """Return True when the greeting ends on a title's word that misspells a signer's surname.

    "Dear Mr. Pak," to Ji-hoon Park: after "Mr." comes the family name, so "Pak" (an
    Indonesian title too) is that name spelt wrong; "Dear Mr. President," names nobody.
    """
    if len(words) < 2 or fold(words[-2]).strip(".") not in SURNAME_HONORIFICS:
        return False
    last = _bare(words[-1])
    return last not in known and closest(last, known)[1] >= MISSPELLING


def _names_in(addressee: str, signers) -> bool:
    known = signer_parts(signers)
    return any(_bare(w) in known for w in re.findall(r"\w+", addressee))


def _bare(word: str) -> str:
    """Return a greeting word folded, without its dots and honorific suffix ("Tanabe-san")."""
    word = fold(word).strip(".'’")
    stem, _, suffix = word.rpartition("-")
    return stem if stem and suffix in HONORIFIC_SUFFIXES else word


def _known(word: str, known: set[str], last: bool = False) -> bool:
    """Return True for a signer's name, an initial of one, a title, a particle or a joiner.

    A particle, or a title that is a given name too ("Ato"), is one only before another
    word: ``last`` says nothing follows ``word``.
    """
    bare = _bare(word)
    particle = (bare in PARTICLES or bare in TITLES_BEFORE_A_NAME) and not last
    if bare in known or bare.replace(".", "") in TITLES or particle or bare in _JOINERS:
        return True
    # NOTE: a short form drops more than a letter: "Adebayo-Okafo" misspells Adebayo-Okafor
    if len(bare) >= 3 and any(len(k) > len(bare) + 1 and k.startswith(bare) for k in known):
        return True  # a short form of the name: "Jen" for Jennifer, "Kath" for Katherine
    # NOTE: the initials of a given name of two joined by a hyphen keep it ("J.-F." or "J-F"
    # of Jean-François), as French writes them
    initials = [c for c in re.split(r"[.-]", bare) if c]
    if initials and all(len(c) == 1 for c in initials):
        return all(any(k.startswith(c) for k in known) for c in initials)  # "J. Smith"
    halves = [h for h in re.split(r"[-'’]", bare) if h]
    return len(halves) > 1 and all(h in known or h in PARTICLES for h in halves)


#: A word of a person's name or title, capitalised ("Mr.", "Han", "Hye-won").
_NAME_WORD = r"[A-Z][^\W\d_]*(?:[-'’][^\W\d_]+)*\.?"
#: The people a greeting goes on to after its first comma, joined by "and", up to the comma
#: that ends the line (" Mr. Yoon and Mr. Han,").
_MORE_GREETED = re.compile(
    rf"[ \t]*((?:{_NAME_WORD}[ \t]+){{0,3}}{_NAME_WORD}"
    rf"(?:[ \t]*,[ \t]*(?:{_NAME_WORD}[ \t]+){{0,3}}{_NAME_WORD})*"
    rf"[ \t]+(?:and|&)[ \t]+(?:{_NAME_WORD}[ \t]+){{0,3}}{_NAME_WORD})[ \t]*[,:!]?[ \t]*(?=\r?\n|$)"
)
#: A greeting of people, then a team of theirs ("Ayesha and the Leeds team", "Mr. Huy and the
#: Acme family", as the employer's own people are greeted), or everyone at
#: a firm ("Marta and everyone at Quillstone", "Sam and the team at Globex"): the firm's name
#: is wrong-company's to check.
_WITH_TEAM = re.compile(
    r"(?P<people>.+?)\s+(?:and|&)\s+(?:(?:the|your)\s+(?:[\w'’&.-]+\s+){0,3}(?:teams?|family)"
    r"|everyone|everybody|all)(?:\s+(?:at|from|in)\s+.+)?",
    re.IGNORECASE,
)
#: A greeting of people, then a committee or panel ("Dr. Iyer and the Vidyasagar Institute
#: selection committee"): a group when is_group_name says so.
_WITH_GROUP = re.compile(
    r"(?P<people>.+?)\s+(?:and|&)\s+(?:the|your)\s+(?P<group>(?:[\w'’&.-]+\s+){0,4}[\w'’&.-]+)"
)
#: A greeting of people, then the firm they work at ("Priya at Novatec Solutions").
_AT_FIRM = re.compile(r"(?P<people>.+?)\s+(?:at|from)\s+(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+\S+){0,5}")
#: A greeting of people, then the firm they are of ("Ms Haugland of Nordlicht Cruises"),
#: up to a joiner: "Dear Sari of Bumbu and Tom" greets Tom as well.
_OF_FIRM = re.compile(
    r"(?P<people>.+?)\s+of\s+(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+(?!(?:and|y|e|et|und|og)\b|&)\S+){0,5}"
)
#: A second greeting word after a joiner ("y estimado", "and dear", "und lieber"); the
#: greeting ends at a comma, so "Liebe Anna, lieber Jonas" greets Anna alone here.
_SECOND_GREETING = re.compile(
    rf"(?P<joiner>\s+(?:and|&|y|e|et|und|og|en))\s+(?P<word>{GREETING_WORDS})(?=\s)",
    re.IGNORECASE | re.VERBOSE,
)
#: The last word of a rank or job title before a surname ("Station Manager", "Watch
#: Commander"): a title's word, but no honorific, which never follows a word of a rank.
_RANKS = JOB_TITLES | (TITLES - PERSON_TITLES)
_JOINERS = AND_WORDS | {"both", "all", "team", "the"}
