"""Read the sign-off of a rejection: who signed it, with what title, for which company."""

from __future__ import annotations

import re

from replylint.custom._org_names import ORG_WORDS, SUFFIXES, words_of
from replylint.custom._org_parts import DEPARTMENTS
from replylint.custom._org_sectors import FUNCTION_WORDS
from replylint.custom._people import GENERIC_MAILBOXES, fold
from replylint.custom._vocabulary import ordinary
from replylint.letter import Context, Person, domain_name
from replylint.parts import SIGN_OFF
from replylint.sources import attribution, outlook
from replylint.sources.signer_names import (
    FORMS,
    NATIVE_NOTE,
    PRONOUN_NOTE,
    TITLE_SPLIT,
    TITLE_WORDS,
    aliased_name,
    honorific_name,
    is_title,
    looks_like_name,
    names_line,
    ranked_name,
    signs,
    spelt_name,
    titled_name,
)

#: Closings of the languages rejections are often written in ("Mit freundlichen Grüßen",
#: "Cordialement", "Met vriendelijke groet"), besides the English ones of SIGN_OFF.
CLOSINGS = re.compile(
    r"^(?:(?:mit\s+)?(?:freundlichen|besten|herzlichen|vielen|viele|beste|liebe)\s+gr(?:ü|ue)(?:ß|ss)e?n?"
    r"|(?:bien\s+)?cordialement|bien\s+à\s+vous|(?:sincères\s+|meilleures\s+)?salutations(?:\s+\w+)?"
    r"|atentamente|cordialmente|(?:un\s+)?(?:cordial\s+)?saludos?(?:\s+cordiales)?"
    r"|(?:com\s+os\s+)?(?:melhores\s+)?cumprimentos|atenciosamente"
    r"|(?:cordiali|distinti)\s+saluti|met\s+vriendelijke\s+groet(?:en)?|vriendelijke\s+groet(?:en)?"
    r"|(?:med\s+)?vänliga?\s+hälsning(?:ar)?|(?:med\s+)?venn?lig\s+hilsen|ystävällisin\s+terveisin"
    r"|z\s+poważaniem|pozdrawiam"
    # Russian, Ukrainian, Turkish, Czech, Greek, Romanian, Hungarian
    r"|с\s+уважением|с\s+наилучшими\s+пожеланиями|всего\s+доброго|з\s+повагою"  # noqa: RUF001
    r"|saygılarımla|saygılarımızla|iyi\s+çalışmalar|s\s+pozdravem|με\s+εκτίμηση|cu\s+stimă"  # noqa: RUF001
    r"|üdvözlettel"
    # two English closings joined ("With thanks and best wishes", "Thanks & kind regards")
    r"|(?:with\s+)?(?:many\s+)?thanks\s+(?:and|&)\s+(?:(?:best|kind|warm)\s+)?(?:regards|wishes))"
    r"[\s,.!]*$",
    re.IGNORECASE,
)
#: Legal forms trusted only where a company's line ends on them; as words they are also
#: ordinary ones ("SE", "CV") or need their dots ("A/S"). The rest are LEGAL, the forms a
#: name may end on anywhere, with or without their dots ("L.P.", "LP").
_LINE_ENDFORMS = (r"ltda", r"s\.?a\.?s", r"a/s", r"s\.?l", r"se", r"c\.v", r"zrt", r"nyrt",
                   r"sp\.\s?z\s?o\.o", r"a\.\s?ş", r"a\.\s?o")  # fmt: skip
#: The legal form that ends a company's name on a line of its own ("Harrow Fabrications Ltd.").
#: NOTE: its site may follow in brackets ("Mirai Mobile Inc. (Osaka Head Office)")
_LEGAL_FORM = re.compile(
    rf"\s(?:{'|'.join(FORMS + list(_LINE_ENDFORMS))})\.?"
    r"(?=\s*(?:[,|\u2013\u2014\u00b7\u2022(]|-\s|$))",
    re.IGNORECASE,
)
#: What may follow a company's name on its sign-off line: a city or a site.
_SITE_AFTER = re.compile(r"\s+[|\u2013\u2014\u00b7\u2022]\s+|\s+-\s+|\s*,\s+(?=[^,]*$)")
#: The gap between two columns of a sign-off set side by side.
#: A sign-off line written for someone else: "on behalf of Dr. Lee", "p.p. Anna Berg".
_ON_BEHALF = re.compile(r"(?i)(?:on\s+behalf\s+of|p\.\s?p\.?)\s+")
_COLUMN_GAP = re.compile(r"\s{3,}|\t+")
#: A body's initials in brackets at the end of its name's line: "... de l'Enfant (RCPE)".
_INITIALS_AFTER = re.compile(r"^[^,|]{10,120}\s\((?-i:[A-Z][A-Z&-]{1,7})\)$")
#: A street address: a house number beside a street word ("Av. Apoquindo 3000", "12 Mill Road").
_STREET = re.compile(
    r"(?i)(?:\b(?:av|avda|avenida|calle|rua|via|rue|str|straße|strasse|street|st|road|rd|avenue|ave"
    r"|lane|ln|boulevard|blvd|way|drive|dr|place|pl|square|sq|plaza|praça|piazza|platz|weg|laan"
    r"|straat|gasse|cadde(?:si)?|sokak|sk|jalan|jl)\b\.?\s+(?:[^\W\d_][\w'-]*\s+){0,3}\d{1,5}\b"
    # a street of a French, Spanish or Portuguese address named without a number ("Avenue
    # de la Justice, Gombe")
    r"|^(?:avenue|av|avenida|rue|calle|rua|boulevard|bd)\.?\s+(?:de|du|des|da|do|dos|das|del)\b"
    r"|\b\d{1,5}[a-z]?,?\s+(?:[^\W\d_][\w'-]*\s+){0,3}(?:street|st|road|rd|avenue|ave|lane|ln"
    r"|boulevard|blvd|way|drive|dr|place|square|sq|plaza|str|straße|strasse|weg|laan|straat|gasse)\b\.?)"
)
_URL_OR_PHONE = re.compile(r"https?://|www\.|@|\+?\d[\d ()./-]{6,}")


def signature_context(body: str, domains: tuple[str, ...] = ()) -> Context:
    """Read the sign-off block of a rejection: who signed, with what title, for which company.

    A line is a signer's name when it opens the block or a title line follows it; the
    company is a line of its own or the part after a title ("HR Manager, Acme Corp"),
    preferring the one that matches the sender's email domain.
    """
    body = _above_older(body, domains)
    # NOTE: a name's own spelling in its script ("Park Ji-won (박지원)") is read past
    lines = _unfold_columns([NATIVE_NOTE.sub("", line).strip() for line in body.splitlines()])
    closings = [k for k in range(len(lines) - 1, -1, -1)
                if _closing(lines[k])]  # fmt: skip
    # NOTE: a sign-off without a closing word ("SATO Kenji" under the last sentence) is
    # tried last: the line before it is taken as the closing
    for i in [*closings, _last_paragraph(lines)]:
        if i is None:
            continue
        # NOTE: pronouns beside a name ("Sam Lee (she/her)") are no second signer "her)"
        block = [PRONOUN_NOTE.sub("", ln) for ln in _own_lines(lines[i + 1 : i + 12])
                 if ln and not _URL_OR_PHONE.search(ln)]  # fmt: skip
        if not block or (
            len(block[0].split()) > 5
            and not names_line(block[0])
            and not honorific_name(TITLE_SPLIT.split(block[0])[0])
            and not titled_name(block[0])
            and not aliased_name(TITLE_SPLIT.split(block[0])[0])
            and not spelt_name(block[0])
        ):
            continue
        signers: list[Person] = []
        companies: list[str] = []
        after_title: list[str] = []
        titled = False  # the line before named a signer as "Name, Title"
        for k, line in enumerate(block):
            # NOTE: a street address names no firm ("Av. Apoquindo 3000, Las Condes"); on a
            # firm's line it follows the name ("Harlow Health | 1200 Kessler Ave, Tulsa")
            street = _STREET.search(line)
            if street:
                line = line[: street.start()].rstrip(" ,|\u2013\u2014\u00b7\u2022-")
                if not line:
                    continue
            # NOTE: "on behalf of Prof. Alasdair Grant, Head of Informatics" under the
            # coordinator's name: the news is the person's written for, so they sign too
            behalf = _ON_BEHALF.match(line)
            first = TITLE_SPLIT.split(line[behalf.end() :])[0] if behalf else ""
            if first and (honorific_name(first) or looks_like_name(first)):
                signers.append(Person.parse(first))
                continue
            if legal_name(line):
                companies.append(legal_name(line))  # "Harrow Fabrications Ltd." is never a person
                continue
            named = names_line(line)
            if "(" in line and named:
                # "Helen Moss (Operations Manager) and Dev Chauhan (Volunteer Lead)"
                signers += [Person.parse(n) for n in named]
                continue
            title = is_title(line)
            nextis_title = k + 1 < len(block) and is_title(block[k + 1])
            first = TITLE_SPLIT.split(line)[0]
            if honorific_name(first):  # "Dr. Amara Nwosu, Group Leader": a person anywhere
                signers.append(Person.parse(first))
                continue
            if spelt_name(line):  # "石川 蓮 Ishikawa Ren (Principal)"
                signers.append(Person.parse(spelt_name(line)))
                continue
            if ranked_name(line) and (k == 0 or nextis_title):
                signers.append(Person.parse(line))  # "Chief Inspector Rajesh Nair"
                continue
            if titled and not title and _second_signer(line, body, domains):
                signers.append(Person.parse(first))  # "Omar Siddiqui, Executive Chef"
                continue
            titled = False
            if not title and (k == 0 or nextis_title) and named:
                signers += [Person.parse(n) for n in named]
            elif not title and (k == 0 or nextis_title) and len(line.split()) <= 5:
                names = re.split(r"\s+(?:and|&)\s+|\s*/\s*", line)
                signers += [Person.parse(n) for n in names if n]
            elif title:
                # NOTE: a comma before a legal form stays ("Quillon Software, Inc.")
                parts = TITLE_SPLIT.split(line)
                named_first = looks_like_name(parts[0]) or aliased_name(parts[0])
                if len(parts) > 1 and named_first:  # "Aisha Bello, People Partner"
                    signers.append(Person.parse(parts[0]))
                    parts = parts[1:]
                    titled = True
                # NOTE: one English word after a title is the signer's team ("Zonal Head -
                # Credit", "Engineering Manager, Platform"), unless the domain spells it
                tail = parts[-1].strip()
                team = " " not in tail and ordinary(tail)
                team = team and not any(tail.lower() in domain_name(d).lower() for d in domains)
                if len(parts) > 1 and not TITLE_WORDS.search(parts[-1]) and not team:
                    # NOTE: "Salon Manager, Blush Beauty Bar - Kensington": the part the
                    # domain spells is the company, and what follows it its site
                    after_title.append(_domain_spelt(parts[1:], domains) or parts[-1])
            elif (
                len(_SITE_AFTER.split(line)[0].split()) <= 6 or _INITIALS_AFTER.search(line)
            ) and line[:1].isupper():
                # NOTE: a long name is a body's when its initials follow it ("Réseau Congolais
                # pour la Protection de l'Enfant (RCPE)")
                # "Castlebridge Insurance | Toronto"; but "Department of Computing, Kaarna
                # University" to kaarna.fi names the university after its department
                parts = _SITE_AFTER.split(line)
                companies.append(_named_first(parts) or _best_company(parts, domains) or line)
        # A line of its own names the company more surely than the tail of a title line
        # ("Engineering Manager, Platform" names a team); a department's line names none
        # ("Human Resource Division"): the domain or a firm's line does
        names = [name for name in companies + after_title if not department(name)]
        return Context(signers=signers, company=_best_company(names, domains))
    return Context()


def _closing(line: str) -> bool:
    """Return True for a closing line, in one language or two ("Viele Grüße / Best regards")."""
    # NOTE: a rejection from abroad often closes in its own language and in English, the
    # two joined by a slash: each half is a closing, so the line is the sign-off's closing
    halves = _TWO_CLOSINGS.split(line)
    known = [bool(SIGN_OFF.match(half) or CLOSINGS.match(half)) for half in halves]
    # NOTE: a closing in a script no list here has ("敬具 / Best regards") beside a known
    # one: a half with no Latin letter next to an English closing is its translation
    unknown = [half for half, ok in zip(halves, known, strict=True) if not ok]
    return not unknown or (len(halves) == 2 and any(known) and not _LATIN.search(unknown[0]))


#: A letter of the Latin script, accented or not.
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")


#: The slash between a closing's two languages ("Med vänliga hälsningar / Best regards").
_TWO_CLOSINGS = re.compile(r"\s+/\s+")


def _above_older(body: str, domains: tuple[str, ...] = ()) -> str:
    """Return the message above an older one it quotes ("On 20 Mar, Gabriela Soto wrote:").

    NOTE: a rejection that replies to the writer's follow-up quotes it under its own
    sign-off; the older message's sign-off is the writer's, whose name and company are
    none of the rejection's. Its own attribution line on top is read past; a message with
    nothing above the older one's (written below it) is kept whole.
    """
    start = 0
    top = attribution.find(body, 0, len(body))
    if top is not None and not _own_text(body[: top.start]):
        start = top.end  # "------- Original Message -------" and the rejection's attribution
    older = attribution.find(body, start, len(body))
    if older is not None and _own_text(body[start : older.start]):
        return body[: older.start]
    return body[: _older_block(body, start, domains)]


def _older_block(body: str, start: int, domains: tuple[str, ...]) -> int:
    """Return where an older message of an Outlook reply chain starts below the rejection.

    NOTE: Outlook quotes the message a rejection answers under a header block of its own
    ("From: Choi Yoon-ah ..." / "Sent: ..."), with no attribution line: its sign-off is the
    earlier sender's (a coordinator who scheduled the interview), not the rejection's. The
    rejection's own block on top is read past. Only a colleague's message is cut, sent from
    the rejection's own domain: the writer's own earlier note is left as it was read (its
    sign-off names the writer, whom no greeting is mistaken for); and a forwarded message
    is kept, as the one forwarded may be the decision itself (``quote._forwarded_senders``).
    """
    head = outlook.first_block(body, start, len(body))
    if head is not None and not _own_text(body[start : head.start()]):
        start = head.end()
    older = outlook.first_block(body, start, len(body))
    if older is None or not _own_text(body[start : older.start()]):
        return len(body)
    if outlook.FORWARDED.search(body, 0, older.start()) or _FORWARD_SUBJECT.search(body):
        return len(body)
    sender = outlook.context(older).signers[0].address.rpartition("@")[2]
    return older.start() if sender and sender in {d.lower() for d in domains} else len(body)


#: The subject of a forwarded message, in the forms mail clients prefix it with.
_FORWARD_SUBJECT = re.compile(
    r"(?im)^[ \t>]*\*?(?:subject|betreff|objet|asunto|oggetto)"
    r"[ \t]*:[ \t]*(?:re:\s*)*(?:fwd?|wg|tr|rv|i)\s*:"
)


def _own_text(text: str) -> bool:
    """Return True when ``text`` has a line of a message's own, not a separator or header."""
    return any(
        line.strip() and not (outlook.SEPARATOR.match(line) or outlook.HEADER_LINE.match(line))
        for line in text.splitlines()
    )


def _own_lines(lines: list[str]) -> list[str]:
    """Return the lines of a sign-off up to a message quoted or forwarded under it.

    "---------- Forwarded message ---------" or "-----Original Message-----" ends the
    sign-off, and so does a header line ("Date: Mon, Apr 20, 2026", "Von: ...") or an
    attribution line ("On Tue, 10 Feb 2026, Tomiwa Bello <...> wrote:"): the block below
    it is another, older message's, never the signer's company, and its signer is no signer.
    """
    ends = (k for k, line in enumerate(lines)
            if outlook.SEPARATOR.match(line) or outlook.HEADER_LINE.match(line)
            or attribution.find(line, 0, len(line)) is not None)  # fmt: skip
    end = next(ends, len(lines))
    return lines[:end]


def _unfold_columns(lines: list[str]) -> list[str]:
    """Return the lines with a sign-off set in columns read one column after the other.

    Two people signing side by side ("Dr. Katrin Bauer      Thomas Schulz" above
    "Leiterin Entwicklung      Personalreferent") become one signer block after another.
    """
    out: list[str] = []
    k = 0
    while k < len(lines):
        width = len(_COLUMN_GAP.split(lines[k]))
        run = []
        while width > 1 and k < len(lines) and len(_COLUMN_GAP.split(lines[k])) == width:
            run.append(_COLUMN_GAP.split(lines[k]))
            k += 1
        if not run:
            out.append(lines[k])
            k += 1
        for column in range(width if run else 0):
            # NOTE: each column of two or more rows is one signer's block, set apart by a
            # blank line as a sign-off of blocks one under the other is ("Dr Kenji
            # Watanabe" / "Principal Investigator" beside "Fatima Al-Sayed" / "HR Business
            # Partner"), so that each block counts as one paragraph and not all as one long one
            out += [""] if column and len(run) > 1 else []
            out += [row[column] for row in run]
    return out


def _second_signer(line: str, body: str, domains: tuple[str, ...]) -> bool:
    """Return True for a "Name, Title" line under another one, whatever words the title has.

    "Omar Siddiqui, Executive Chef" under "Rania Haddad, Director of Talent" is a second
    signer; "Northgate Rail, Leeds" (its name in the letter or the address) is the company.
    """
    parts = TITLE_SPLIT.split(line)
    named = looks_like_name(parts[0]) or aliased_name(parts[0])
    if len(parts) != 2 or not named or _LEGAL_FORM.search(line):
        return False
    if organisation(parts[0]):
        return False  # "St Cuthbert's College, University of Wendover": the firm's line
    key = re.sub(r"[^a-z0-9]", "", parts[0].lower())
    stems = [re.sub(r"[^a-z0-9]", "", domain_name(d)) for d in domains]
    # NOTE: a name in an address of the quoted headers ("Cc: Sipho Ndlovu <sipho@...>") is
    # a person's, not the firm's name said again
    said = len(re.findall(rf"{re.escape(parts[0])}(?!\s*<)", body))
    return said == 1 and not any(s and (s in key or key in s) for s in stems)


def _last_paragraph(lines: list[str]) -> int | None:
    """Return the blank line before a sign-off that has no closing word ("SATO Kenji").

    The sign-off is a few short lines opening on a name: the last paragraph, or the one
    above a notice in sentences ("This mailbox is not monitored. Please do not reply.").
    """
    ends = [k for k, line in enumerate(lines) if line]
    end = ends[-1] if ends else -1
    firm_skipped = False
    tries = 2
    while tries:  # the last paragraph, or the one above a notice
        tries -= 1
        blank = next((k for k in range(end, -1, -1) if not lines[k]), None)
        if blank is None:
            # NOTE: a short message with no blank line at all ("Keep practising." / "Adjoa"
            # / "Adjoa's Beauty Palace, Koforidua"): its sign-off runs on from its last line
            return _run_on(lines, end)
        if blank == 0 or end - blank > 6:
            return None
        first = lines[blank + 1]
        # a name alone, or with its title ("Sophie Tremblay, Acquisition de talents")
        if _signer_block(lines[blank + 1 : end + 1]):
            return _first_signer_block(lines, blank)
        if firm_skipped:
            return None  # the block above a firm's lines must open on a signer's name
        if _closing_word(first) and blank + 2 <= end and signs(lines[blank + 2]):
            return blank + 1  # "Ngā mihi," or "Saludos," above a name: a closing of any tongue
        if not lines[end].endswith((".", "!", "?")):
            run = _run_on(lines, end)
            if run is not None or not _firm_block(lines[blank + 1 : end + 1]):
                return run
            # NOTE: the firm's name and address in a paragraph of their own under the
            # signers' blocks ("Calder & Finch Insurance Group plc" / "3 Wellington Place,
            # Leeds"): the sign-off is the block above, which must open on a name
            firm_skipped, tries = True, 1
        end = next((k for k in range(blank, -1, -1) if lines[k]), -1)
    return None


def _signer_block(paragraph: list[str]) -> bool:
    """Return True for a paragraph that opens on a name, alone or with a title."""
    first = _LETTERS_AFTER.sub("", paragraph[0]) if paragraph else ""
    return signs(first) and not first.endswith((".", "!", "?", ":", ","))


#: Letters after a name and its comma, dotted or known ("Msgr. Dermot Byrne, V.G.", "Anne
#: Lee, Ph.D.", "Fr. Tom Reyes, S.J."): no full stop of a sentence, so the line still opens
#: a signer's block.
_LETTERS_AFTER = re.compile(r",\s*(?:(?:[A-Z][a-z]?\.){2,}|Ph\.\s?D\.|Esq\.|Jr\.|Sr\.)\s*$")


def _first_signer_block(lines: list[str], blank: int) -> int:
    """Return the blank line above the first of the signers' blocks that end at ``blank``.

    NOTE: two people may sign in blocks one under the other, each its name and title
    ("Dr Amara Okonkwo-Reid" / "Head of Commercial Underwriting", then "Tomás Ferreira" /
    "HR Business Partner"): the block above one that signs is a signer's too when it also
    opens on a name, has no sentence and no closing, and the whole sign-off stays short.
    """
    while True:
        above = next((k for k in range(blank - 1, -1, -1) if not lines[k]), None)
        if above is None or above == 0 or blank - above - 1 > 6 or blank - above < 2:
            return blank
        paragraph = lines[above + 1 : blank]
        if (
            not _signer_block(paragraph)
            or _closing(paragraph[0])
            or any(ln.endswith((".", "!", "?", ":")) or len(ln.split()) > 8 for ln in paragraph)
        ):
            return blank
        blank = above


def _firm_block(paragraph: list[str]) -> bool:
    """Return True for a short paragraph of a firm's name and address lines, no sentence in it."""
    return 0 < len(paragraph) <= 5 and all(
        len(ln.split()) <= 12 and (not ln.endswith((".", "!", "?", ":")) or legal_name(ln))
        for ln in paragraph
    )


def _run_on(lines: list[str], end: int) -> int | None:
    """Return the line before a sign-off that runs on from the last sentence, with no blank.

    "Please do not reply to this email." / "Jenna Hollis" / "Recruitment Coordinator, ...":
    a name alone on its line, right after a sentence, and at most three short lines to the end;
    a given name alone only above a line of its own ("Adjoa" / "Adjoa's Beauty Palace").
    """
    for k in range(end, max(end - 3, 0), -1):
        line, before = lines[k], lines[k - 1]
        if (
            line
            and (signs(line) or (k < end and _given_name(line)))
            and not TITLE_SPLIT.search(line)
            and not line.endswith((".", "!", "?", ":", ","))
            and before.endswith((".", "!", "?"))
            and all(0 < len(ln.split()) <= 8 for ln in lines[k : end + 1])
        ):
            return k - 1
    return None


def _given_name(line: str) -> bool:
    """Return True for a given name alone ("Adjoa"): no English word, as a sign-off's is."""
    return line.isalpha() and line[:1].isupper() and not ordinary(line)


def _closing_word(line: str) -> bool:
    """Return True for a short line ending in a comma, as closings are ("Ngā mihi,")."""
    return line.endswith(",") and len(line.split()) <= 3 and line[:1].isupper()


def legal_name(line: str) -> str | None:
    """Return the name a short line gives with a legal form ("Acme Holdings Ltd"), or None.

    A place after the name is left off: "Kairo Robotics Co., Ltd. | Yokohama" and
    "Pinecrest Games Ltd, Dundee" name Kairo Robotics Co., Ltd. and Pinecrest Games Ltd.
    """
    line = line.strip()
    if not line[:1].isupper() or _URL_OR_PHONE.search(line):
        return None
    for part in [line, *_SITE_AFTER.split(line)]:
        # "Bergmann Solartechnik GmbH, Freiburg": the name ends at its (last) legal form
        legal = [m.end() for m in _LEGAL_FORM.finditer(part)]
        name = part[: legal[-1]].strip() if legal else ""
        # NOTE: "Reinholt & Partner GmbH": a title's word after "&" is the firm's partners,
        # part of its name, never the signer's post
        if name and len(name.split()) <= 6 and not TITLE_WORDS.search(_PARTNERS.sub("", name)):
            return name
    return None


#: The partners a firm's name ends on after its founder's ("& Partner", "und Partner").
_PARTNERS = re.compile(r"\s(?:&|and|und)\s+partners?\b", re.IGNORECASE)


#: Kinds of unit a department's name ends on ("Finance Department", "Head Office").
_UNITS = frozenset({"department", "dept", "division", "directorate", "unit", "section",
                    "office", "function", "services"})  # fmt: skip
#: Words of a department's or a function's name besides FUNCTION_WORDS and a shared mailbox's.
_FUNCTIONS = FUNCTION_WORDS | GENERIC_MAILBOXES | frozenset({
    "resource", "resources", "personnel", "acquisition", "administration", "administrative",
    "admissions", "accounts", "payroll", "talent", "and",
})  # fmt: skip


def department(name: str) -> bool:
    """Return True for a department's name, never the company's ("Human Resource Division").

    Its words are a function's, then a kind of unit ("Head Office", "Finance Department");
    a firm's name has a word of its own ("Division Street Bakery", "Human Rights Watch").
    """
    words = re.findall(r"[^\W\d_]+", fold(name))
    # NOTE: not "Department for Regional Transport": a ministry's name opens on its kind
    return len(words) > 1 and words[-1] in _UNITS and all(w in _FUNCTIONS for w in words[:-1])


#: Organisation words that name an organisation of its own ("Institute", "College"), not a
#: department's ("Engineering") nor a legal form, which legal_name reads.
_OWN_KINDS = ORG_WORDS - DEPARTMENTS - SUFFIXES


def organisation(name: str) -> bool:
    """Return True for an organisation's own name ("Sarojini Institute of Technology").

    A word of its own comes first, then an organisation's kind: not a person's name, nor
    a unit's named by its field or its function ("Department of Marine Biology",
    "Community Foundation", "Finance Services").
    """
    words = words_of(name)
    return (
        len(words) > 1
        and words[0] not in ORG_WORDS
        and words[0] not in FUNCTION_WORDS
        and words[1] not in {"of", "for"}
        and any(w in _OWN_KINDS for w in words[1:])
        and not department(name)
    )


def _named_first(parts: list[str]) -> str | None:
    """Return the organisation a firm's line names first, before its town or its parent.

    NOTE: "Sarojini Institute of Technology, Nagpur" from sit-nagpur.ac.in and "St
    Cuthbert's College, University of Wendover": the domain may spell the town or the
    parent, but the name before them is the organisation's own, and what follows its site.
    """
    return parts[0] if len(parts) > 1 and organisation(parts[0]) else None


def _best_company(names: list[str], domains: tuple[str, ...]) -> str | None:
    """Pick the company among sign-off candidates: the sender's domain decides when it can."""
    if not names:
        return None
    spelt = _domain_spelt(names, domains)
    if spelt:
        return spelt
    return max(names, key=lambda name: (names.count(name), -names.index(name)))


def _domain_spelt(names: list[str], domains: tuple[str, ...]) -> str | None:
    """Return the first of ``names`` that the sender's domain spells, or None."""
    stems = [re.sub(r"[^a-z0-9]", "", domain_name(d)) for d in domains]
    for name in names:
        if any(stem and any(key in stem or stem in key for key in _keys(name)) for stem in stems):
            return name
    return None


def _keys(name: str) -> list[str]:
    """Return the ways a domain may spell ``name``: whole, or with a run of words as initials.

    "Technische Hochschule Rheinau" is th-rheinau.de: its first two words shortened.
    """
    words = re.findall(r"[a-z0-9]+", name.lower())
    runs = [(k, j) for k in range(len(words)) for j in range(k + 2, len(words) + 1)]
    shortened = ["".join([*words[:k], *(w[0] for w in words[k:j]), *words[j:]]) for k, j in runs]
    # NOTE: a name wholly shortened must match the whole stem, not a part of a longer word
    return ["".join(words), *(key for key in shortened if len(key) > 4)]
