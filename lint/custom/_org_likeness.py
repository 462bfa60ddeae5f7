"""How alike two names of organisations are: the same one, a misspelling, a rival."""

from __future__ import annotations

import itertools
import re

from replylint.custom._org_names import (
    GROUP_ENDS,
    JOINERS,
    LEGAL,
    ORG_OPENERS,
    ORG_WORDS,
    PARTNERSHIP,
    SAINT,
    SUFFIXES,
    words_of,
)
from replylint.custom._org_parts import (
    DEPARTMENTS,
    ESTABLISHMENTS,
    EVENTS,
    NATIONAL_ARMS,
    PLACES,
    SITES,
    place_shaped,
)
from replylint.custom._org_parts import TRADES as TRADE_WORDS
from replylint.custom._people import fold
from replylint.custom._vocabulary import misspelt, mostly_capitalised, ordinary

#: How alike (0-100) a name must be to the employer's to be a misspelling of it.
NEAR_MISS = 80


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
    found: set[str] = set()
    # NOTE: a word joined by a hyphen gives one initial as well ("Riverbend Farmers'
    # Co-operative" is RFC), or two ("Hewlett-Packard" is HP)
    # NOTE: and so does the name without a bracketed part, which holds another name or a
    # place ("Orquesta Filarmónica del Plata (Fundación Música del Plata)"), and each
    # capitalised part of a word written with capitals inside ("LumaWerk Cebu" is LWC as
    # well as LC): the parts are the words the name is made of
    for name in {
        company,
        _HYPHEN.sub("", company),
        unbracketed(company),
        _CAMEL.sub(_camel_parts, company),
    }:
        kept = [w for w in words_of(name) if w not in LEGAL and w not in ("&", "the")]
        found |= initials(normal_words(name)) | initials(kept)
        # NOTE: a word without a vowel is initials already: the domain "kanazawa-mcc" is KMCC
        bare = [k for k, w in enumerate(kept) if not re.search(r"[aeiouy]", w)]
        if bare:
            run = [w if k in bare else w[0] for k, w in enumerate(kept)]
            found.add("".join(run))
            # NOTE: and up to that word, the trade after it left out ("FVRx" of Fraser Valley
            # Rx Distribution), as the name is said without its trade ("Fraser Valley Rx")
            if 0 < bare[-1] < len(kept) - 1:
                found.add("".join(run[: bare[-1] + 1]))
        # NOTE: a coined word of two English words run together gives an initial for each
        # ("Northlight Broadcasting" is NLB as well as NB), three letters or more: two
        # may be anything's
        split = "".join(_compound_initials(w) for w in kept)
        if len(split) > 2 and len(split) > len(kept):
            found.add(split)
        # NOTE: the "Co." of "X Y & Co." is the company's word, not a legal form, and its
        # initial is spoken with the partners' ("SRBC" for S. R. Batliboi & Co.), three
        # letters or more
        spoken = [w for w in words_of(name) if w not in LEGAL - {"co"} and w not in ("&", "the")]
        if spoken != kept and len(spoken) > 2:
            found |= initials(spoken)
        # NOTE: initials are made past a joining word as well ("Orquesta Filarmónica del
        # Plata" is OFP), three letters or more: two may be anything's ("Bank of X", "BX")
        joined = [w for w in kept if w not in JOINERS]
        if joined != kept and len(joined) > 2:
            found |= initials(joined)
    return found


def _compound_initials(word: str) -> str:
    """Return the initials of a coined word's two English words ("northlight": "nl").

    A word English has itself ("broadcasting") is one word, whatever it could be cut into.
    """
    if ordinary(word):
        return word[:1]
    cuts = [k for k in range(3, len(word) - 2) if ordinary(word[:k]) and ordinary(word[k:])]
    return word[0] + word[cuts[0]] if len(cuts) == 1 else word[:1]


#: A word of two capitalised parts or more, three letters each or more ("LumaWerk"; not
#: "McDonald", one surname, nor "iSmart").
_CAMEL = re.compile(r"\b(?:[A-Z][a-z]{2,}){2,}\b")


def _camel_parts(match: re.Match[str]) -> str:
    """Return the capitalised parts of a word apart ("LumaWerk" -> "Luma Werk")."""
    return " ".join(re.findall(r"[A-Z][a-z]+", match[0]))


#: A hyphen inside a word ("Co-operative", "Hewlett-Packard").
_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")


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
    # "Harrow Voss Advisory" of harrowvoss: the domain's name run together, and more words,
    # as "Acme Logistics" is of Acme (a sister firm of the group, or its full name)
    runs = ("".join(mine[k:j]) for k in range(len(mine)) for j in range(k + 2, len(mine) + 1))
    if len(theirs) == 1 and len(joined) > 5 and joined in runs:
        return True
    # "Fern & Finch" of fernandfinch.co.nz: a domain spells "&" as "and"
    if "&" in candidate and len(theirs) == 1 and "and".join(mine) in joined:
        return True
    # "Health NZ" of Health New Zealand: a run of its words shortened to their initials
    runs = [(k, j) for k in range(len(theirs)) for j in range(k + 2, min(k + 4, len(theirs)) + 1)]
    if any(set(mine) <= {*theirs[:k], "".join(w[0] for w in theirs[k:j]), *theirs[j:]}
           for k, j in runs):  # fmt: skip
        return True
    # "Tiendas Tlalli Polanco" of Grupo Comercial Tlalli: a trade's word heading the
    # employer's own name (a store or a brand of its own), past any article
    # NOTE: not where each name goes on to a field of its own after "de" or "of" ("Instituto
    # Andino de Estudios Sociales" is not Centro Andino de Políticas Públicas): the shared
    # word is a region's, and each body studies its own field
    own = [w for w in mine[1:] if w not in JOINERS and w not in ARTICLES]
    if (
        mine[0] in ORG_OPENERS
        and own
        and own[0] in theirs
        and own[0] not in ORG_WORDS
        and not _fields_differ(mine, theirs)
        and not _state_of(own[0], theirs)
        and not _headed_otherwise(mine[0], own[0], theirs)
    ):
        return True
    # "Lakeview Middle School" of "Lakeview SD"; but "Grupo Cumbre" is not "Grupo Alturas":
    # a first word any firm may open on tells nothing, nor the kind heading "of" ("Ministry
    # of Trade" is not the Ministry of Health), nor an establishment's kind heading its name
    # ("Hôtel Le Marais Royal" is not Hôtel Saint-Aubin)
    # NOTE: nor a country heading both ("Canada Revenue Agency" is not Canada Border
    # Services Agency), nor a plain word before two countries ("Enterprise Singapore" is
    # not Enterprise Ireland): a public body of each
    return (mine[0] == theirs[0] and not _of_kind(mine, theirs) and len(mine[0]) > 3
            and mine[0] not in ORG_OPENERS | ORG_WORDS | ESTABLISHMENTS | NATIONAL_ARMS
            and not _middle_differs(mine, _unbracketed(company))
            and not _other_trade(mine, theirs)
            and not _other_nation(mine, theirs))  # fmt: skip


def _headed_otherwise(head: str, word: str, theirs: list[str]) -> bool:
    """Return True when the employer's name heads ``word`` with a kind of its own.

    NOTE: "Casa del Grabado Porteño" to Fundación Museo del Grabado Rioplatense: the shared
    word is the field ("grabado"), and in the employer's name another kind of house heads
    it ("Museo"), so the two are a house and a museum of one field, not a brand and its
    owner; a group, a trade or a foundation heading the employer's words ("Grupo Comercial
    Tlalli", "Fundación Tlalli") may name its stores or houses as it likes.
    """
    at = theirs.index(word)
    before = [w for w in theirs[:at] if w not in JOINERS and w not in ARTICLES]
    return bool(before) and before[-1] != head and before[-1] in _HOUSE_KINDS


#: Kinds of house heading a name ("Museo", "Teatro", "Casa"), not a group's or a fund's.
_HOUSE_KINDS = ORG_OPENERS - GROUP_ENDS - frozenset({"fundacion", "fondation", "stiftung"})


def _other_nation(mine: list[str], theirs: list[str]) -> bool:
    """Return True for one plain word before two countries ("Enterprise Singapore", "... Ireland").

    A brand's arm in another country keeps the brand's own word ("Globex UK", "Globex
    Ireland"); a plain English word before a country names a nation's body of that field.
    """
    ends = {mine[-1], theirs[-1]}
    return len(ends) == 2 and ends <= NATIONAL_ARMS and ordinary(mine[0])


def twin(candidate: str, company: str) -> bool:
    """Return True for a name alike the employer's at both ends, apart in between.

    "Asha Deep Microfinance" to Asha Jyoti Microfinance: a firm of the employer's shape.
    """
    mine, theirs = normal_words(candidate), _unbracketed(company)
    return bool(mine and theirs) and mine[0] == theirs[0] and _middle_differs(mine, theirs)


def _unbracketed(company: str) -> list[str]:
    """Return the words of the employer's name without a bracketed short form or place.

    NOTE: "Kilombero Valley Wetlands Trust (KVWT)": the initials in brackets repeat the
    name, so they are no word its likeness to another name is told by.
    """
    return normal_words(unbracketed(company))


def unbracketed(name: str) -> str:
    """Return ``name`` without its bracketed parts ("X Trust (XT)" -> "X Trust")."""
    return " ".join(_BRACKETED.sub(" ", name).split())


def _other_trade(mine: list[str], theirs: list[str]) -> bool:
    """Return True for one first word before two words of one trade (TRADE_GROUPS), not the same.

    "Polaris Voyages" and "Polaris Cruise Line": the trade said in other words is a name
    misremembered or another firm, not a part of the employer (as "Lakeview Middle School"
    is of Lakeview SD). A sector's other trades may be the employer's own old name or
    shop ("Fernhollow Farm" of Fernhollow Cider), so only words for one trade count.
    """
    own = {_singular(w) for w in mine[1:]}
    others = {_singular(w) for w in theirs[1:]}
    if len(own) != 1 or own & others:
        return False
    for words in TRADE_GROUPS:
        trade = {_singular(w) for w in words}
        if own <= trade and trade & others:
            return True
    return False


def _middle_differs(mine: list[str], theirs: list[str]) -> bool:
    """Return True for two names alike at both ends and apart in between.

    "Asha Deep Microfinance" and "Asha Jyoti Microfinance": one first word and one trade,
    each with a name of its own between them, are two firms of one shape, not one firm.
    """
    if len(mine) != len(theirs) or len(mine) < 3 or mine[-1] != theirs[-1]:
        return False
    # NOTE: word for word: "Kilombero Valley Wildlife Trust" and "Kilombero Valley Wetlands
    # Trust" share the place they are named after, and each then has a word of its own
    changed = [(a, b) for a, b in zip(mine[1:-1], theirs[1:-1], strict=True) if a != b]
    if not changed or {a for a, _ in changed} & (set(theirs) | _DIVISIONS):
        # the same name, its words in another order, or a division of it ("the Dunmore
        # Junior School" of Dunmore International School)
        return False
    # NOTE: the employer's own words there are a name's, not a line of business ("Asha
    # Health Microfinance" may be a sister arm of Asha Finance Microfinance); another name
    # may have a trade's word where the employer has its own ("Thistle Bank" for "Thistle
    # Park": a place's name, whatever its word)
    return not {b for _, b in changed} & ORG_WORDS


def first_word_only(candidate: str, company: str) -> bool:
    """Return True for the employer's first word before plain words of none of its names.

    "Summit Peak" to Summit Ridge Life: ``same_org`` takes a shared first word for a short
    form, a site or a brand ("Marlowe Porto" to Marlowe Lisbon); but an English word no
    part of a site, a trade or a place, in place of the employer's own, is a name of
    another's, which only a clear cue of applying to it tells (see wrong_company.py).
    """
    mine, theirs = normal_words(candidate), normal_words(company)
    rest = mine[1:]
    # NOTE: a sector's word may end it after a plain word ("Summit Peak Fintech"): the
    # other firm's own name, then its line of business, which no site or part is named by;
    # not an umbrella's or a firm's own form ("Summit Arts Alliance"), which the employer
    # may belong to or go by
    # NOTE: and so may a practice's kind of its own ("Summit Peak Clinic", "... Consulting"):
    # the word a firm's kind is told by (ORG_WORDS), not its legal form, group or partners
    kind = bool(rest) and rest[-1] in _PRACTICES
    if (len(rest) > 1 and (rest[-1] in TRADE_WORDS or kind) and rest[-1] not in theirs
            and (kind or rest[-1] not in _NOT_OWN_NAMES)):  # fmt: skip
        rest = rest[:-1]
    return (
        len(mine) > 1
        and theirs[:1] == mine[:1]
        and not set(rest) & set(theirs)
        and all(ordinary(w) and w not in _NOT_OWN_NAMES for w in rest)
        # NOTE: nor a word of the employer's own cut short ("Sarangi Infra" of Sarangi
        # Infraprojects, "Kestrel Pharma" of Kestrel Pharmaceuticals): its short form
        and not any(len(w) > 2 and t.startswith(w) for w in rest for t in theirs[1:])
        # NOTE: nor its own word in the plural or by its stem ("Tarrabool Libraries" of
        # Tarrabool Library, "Hai Van Signs" of Hai Van Signage): the employer's short form
        and not any(
            len(_singular(w)) > 3 and t.startswith(_singular(w)) for w in rest for t in theirs[1:]
        )
    )


def other_arm(candidate: str, company: str) -> bool:
    """Return True for the employer's first words, then one word of another arm's own.

    "Ajuda Solidária Angola" to Ajuda Solidária Moçambique: two distinctive words or more
    shared make one network's or group's name, and the word after them, where the employer
    has its own, names another arm of it (another country's, another line of business),
    which only a clear cue of writing to it tells (see wrong_company.py). Not a site, a
    part, a group's or a place's word ("Ajuda Solidária Group", "... Norte").
    """
    mine, theirs = distinctive(candidate), distinctive(company)
    k = 0
    while k < min(len(mine), len(theirs)) and mine[k] == theirs[k]:
        k += 1
    return (
        k >= 2
        and len(mine) == k + 1
        and len(theirs) > k
        and _singular(mine[k]) not in {_singular(w) for w in theirs}  # "Mall" of "... Malls"
        and mine[k] not in _NOT_OWN_NAMES
        and mine[k] not in DEPARTMENTS  # "the Ajuda Solidária Finance team": its own
    )


#: A firm's kind that may end another firm's own name ("Summit Peak Clinic"), not its legal
#: form, its group or its partners, which the employer may go by ("Summit Group").
_PRACTICES = ORG_WORDS - SUFFIXES - LEGAL - GROUP_ENDS - PARTNERSHIP

#: A body of many members ("the Lakeshore Arts Alliance" to Lakeshore Opera Theater): NOTE:
#: after the employer's first word it is the umbrella the employer belongs to, as a group is
_UMBRELLAS = frozenset({"alliance", "federation", "consortium", "coalition"})
#: Words after a shared first word that make a site, a part or a firm of the same name
#: ("Summit Central", "Summit Group"), not a name of another firm's own.
_NOT_OWN_NAMES = (ORG_WORDS | JOINERS | SAINT | GROUP_ENDS | ESTABLISHMENTS | NATIONAL_ARMS
                  | SITES | PLACES | EVENTS | frozenset({
                      "north", "south", "east", "west", "central", "downtown", "uptown",
                      "midtown", "city", "centre", "center", "northern", "southern",
                      "eastern", "western", "international", "global", "online", "direct",
                  }) | _UMBRELLAS)  # fmt: skip


def near_miss(candidate: str, company: str, loose: bool = False) -> bool:
    """Return True when ``candidate`` misspells the company ("Halvorson Analytics").

    A name of two words or more may misspell a part of a longer one ("Jinhai Precision" of
    "Suzhou Jinhua Precision Manufacturing"). ``loose`` asks only that the whole names be
    alike (for a name already known to be the one written to: "Brightwell Health").
    """
    mine, theirs = normal_words(candidate), normal_words(company)
    # NOTE: a last word cut short as people say it ("Lab" of Laboratory, "Tech" of
    # Technologies) is the employer's own word: "Brightwel Research Lab" misspells
    # Brightwell Research Laboratory by one word alone (read strictly: a loose likeness
    # would take "Fenwick Research Lab" for it)
    if not loose and _clipped_last(mine, theirs):
        mine = [*mine[:-1], theirs[-1]]
    if not mine or mine == theirs or "".join(mine) in acronyms(company):
        return False
    # NOTE: one word may misspell the employer's one distinctive word, its trade set aside
    # ("PixelForce" of PixelForge Studios)
    core = distinctive(company)
    if len(mine) == 1 and len(core) > 1:
        # NOTE: so may it past a trade word beyond ORG_WORDS and a legal name's bracketed
        # place ("Harborline" of "Harbourline Forwarding (HK) Ltd"): neither tells the firm;
        # but a word holding that one whole ("PayLakbay" to Lakbay Digital) is its brand
        core = [w for w in distinctive(_BRACKETED.sub(" ", company)) if w not in TRADE_WORDS]
        if len(core) == 1 and (core[0] in mine[0] or mine[0] in core[0]):
            return False
    if len(mine) == 1 and len(theirs) > 1 and len(core) == 1:
        theirs = core
    # NOTE: initials ("CNES") are mistyped in capitals, never as a word of mixed case with
    # letters added ("Thales in Cannes"): such a word is a town or a name of its own that
    # only happens to share the letters
    if (
        len(theirs) == 1
        and _initials_in(theirs[0], company)
        and not candidate.isupper()
        and len("".join(mine)) > len(theirs[0])
    ):
        return False
    n = len(mine)
    parts = [theirs[k : k + n] for k in range(len(theirs) - n + 1)] if n > 1 else []
    return any(_alike(mine, part, loose) for part in ([theirs] if n == len(theirs) else parts))


def _clipped_last(mine: list[str], theirs: list[str]) -> bool:
    """Return True when the last of ``mine`` is the last of ``theirs`` cut short ("lab")."""
    if len(mine) != len(theirs) or len(mine) < 2:
        return False
    short, full = mine[-1], theirs[-1]
    return len(short) >= 3 and full.startswith(short) and len(full) > len(short) + 3


#: A bracketed part of a legal name, where the firm is registered ("(HK)", "(Pty)").
_BRACKETED = re.compile(r"\([^()]*\)")


def _initials_in(word: str, company: str) -> bool:
    """Return True when ``word`` stands in ``company`` in capitals ("CNES (Centre ...)")."""
    words = re.findall(r"\w+", company)
    return any(w.isupper() and len(w) > 1 and w.lower() == word for w in words)


def reordered(candidate: str, company: str) -> bool:
    """Return True for the employer's partners named the other way round ("Fable & Fox").

    NOTE: the words are the employer's, so the name reads as one of its own (``same_org``);
    but a firm named by two names joined with "&" keeps their order ("Fox & Fable"), and
    the pair turned round is a misremembered name, as a misspelling is.
    """
    mine, theirs = normal_words(candidate), normal_words(company)
    if (
        "&" in candidate
        and "&" in company
        and len(mine) > 1
        and mine != theirs
        and sorted(mine) == sorted(theirs)
    ):
        return True
    # NOTE: so is a run of two or more of the employer's distinctive words turned round
    # ("Nascente Sol" to Farmácias Sol Nascente): a name is said in one order, and the swap, no
    # typo, is the name misremembered; all its words the employer's own, no trade word
    # ("Group Alpha" to Alpha Group is the same firm written another way)
    n, core = len(mine), set(distinctive(company))
    if n < 2 or not set(mine) <= core:
        return False
    runs = [theirs[k : k + n] for k in range(len(theirs) - n + 1)]
    return mine not in runs and any(sorted(run) == sorted(mine) for run in runs)


def swapped(candidate: str, name: str) -> bool:
    """Return True for ``name`` with one of its own words changed for another real word.

    The rest the same, a word that is no typo of the employer's names another firm when it
    looks like the word it stands for ("Andes Cobalt" to Andes Cobre, "Tanjung Perak
    Terminal Services" to Tanjung Priok Terminal Services: a name misremembered as a
    neighbour's), or when three words or more run alike before another trade ("Coral Sea
    Bulk Logistics" to Coral Sea Bulk Carriers). Not the first word (see ``parallel``), nor
    a short form ("Haddad Physio"), a group's word, a site or a brand after one shared word
    ("Marlowe Porto" to Marlowe Lisbon, "Caledon Holidays" to Caledon Air).
    """
    from rapidfuzz import fuzz  # only when a company is known (see _people.name_parts)

    mine, theirs = normal_words(candidate), normal_words(name)
    if len(mine) != len(theirs) or len(mine) < 2:
        return False
    changed = [k for k, (a, b) in enumerate(zip(mine, theirs, strict=True)) if a != b]
    if len(changed) != 1 or changed[0] == 0:
        return False
    new, old = mine[changed[0]], theirs[changed[0]]
    # NOTE: nor the same word in the plural or another form of its stem ("Tarrabool Libraries"
    # of Tarrabool Library, "Hai Van Signs" of Hải Vân Signage): a service's many branches
    # or the trade said as people say it, the employer's own name
    stem, root = _singular(new), _singular(old)
    if (
        old not in distinctive(name)
        or new in JOINERS | SAINT | GROUP_ENDS
        or new.startswith(old)
        or old.startswith(new)
        or (len(stem) > 3 and old.startswith(stem))
        or (len(root) > 3 and new.startswith(root))
        or fuzz.ratio(new, old) >= NEAR_MISS  # a typo (see near_miss)
    ):
        return False
    lookalike = new[0] == old[0] and fuzz.ratio(new, old) >= _LOOKALIKE
    return lookalike or (len(mine) > 3 and changed[0] == len(mine) - 1)


#: How alike (0-100) a word must be to the employer's own to be mistaken for it ("Cobalt"
#: for "Cobre", "Perak" for "Priok"), below a misspelling's NEAR_MISS.
_LOOKALIKE = 50


def kindred(candidate: str, company: str) -> bool:
    """Return True for a one-word name sharing its stem with the employer's ("Iberwind").

    The shared start is at least four letters and half of each word: a name so like the
    employer's is taken as meant for it when the sentence is about the job. A last word of
    the employer's own trade does not count ("Westmere Radio" to Westmoor Broadcasting).
    """
    mine = distinctive(candidate)
    # NOTE: nor a stem shared with the word of the employer's trade: "Dentrix" or "Dentally"
    # to Smile Street Dental is a product of that trade (its software, a supplier), named
    # by its stem as any firm of the trade may be, no kin of the employer's own name
    theirs = [w for w in distinctive(company) if w not in TRADE_WORDS]
    if len(mine) == 2 and (same_kind(candidate, company) or mine[-1] in words_of(company)):
        mine = mine[:1]
    if len(mine) != 1:
        return False
    # NOTE: nor a name English already knows, mostly written with a capital (a city, a
    # region: "Cardiff" to Vantage Cardio): a pasted kin of the employer's name is coined
    if ordinary(mine[0]) and mostly_capitalised(mine[0]):
        return False
    for word in theirs:
        # NOTE: nor the employer's own word in the singular or the plural ("the Ocean Academy"
        # to Two Oceans Contact): the same word, as the employer names a part of its own
        if _singular(word) == _singular(mine[0]):
            return False
        pairs = zip(word, mine[0], strict=False)
        common = sum(1 for _ in itertools.takewhile(lambda ab: ab[0] == ab[1], pairs))
        if common >= 4 and 2 * common >= max(len(word), len(mine[0])):
            return True
    return False


def coined_kin(candidate: str, company: str) -> bool:
    """Return True for one coined word opening on a coined word's start of the employer's.

    NOTE: "Kodeshala" to Kodekraft: a word English does not have, opening on the same four
    letters or more as the employer's own coined word, where those letters are no English
    word either ("Kode", unlike "West" or "Gulf", which many places open on), is a name made
    from the employer's: a firm's, though too short a stem for ``kindred``. Not one shaped
    as a place's name ("Brevington" to Brevantis): the town the firm is named after.
    """
    mine = words_of(candidate)
    if len(mine) != 1 or ordinary(mine[0]) or place_shaped(mine[0]):
        return False
    if misspelt(mine[0]):
        # NOTE: "Medica" to Hartung Medizinsysteme: a word one letter from an English one
        # ("medical") is made from that word, whose root the employer's may share, not
        # from the employer's own coinage
        return False
    for word in distinctive(company):
        if word == mine[0] or ordinary(word):
            continue
        pairs = zip(word, mine[0], strict=False)
        common = sum(1 for _ in itertools.takewhile(lambda ab: ab[0] == ab[1], pairs))
        if common >= 4 and not ordinary(word[:common]):
            return True
    return False


def parallel(candidate: str, company: str) -> bool:
    """Return True for a name that is the employer's with another first word.

    "Riverside Unified" in a reply to Lakeshore Unified School District, "South Star
    Dental" to North Star Dental: another organisation of the same kind.
    """
    # NOTE: one in the plural is of the same kind: "Greenacre Farms" to Hollowbrook Farm
    mine = [_singular(w) for w in normal_words(candidate)]
    theirs = [_singular(w) for w in normal_words(company)]
    if _of_kind(mine, theirs) or _kind_of(mine, theirs):
        return True  # "Ministry of Trade" to the Ministry of Health, "the Chilean Embassy"
    if _headed_alike(mine, theirs):
        return True  # "Supermercados Andino" to Supermercados Cumbre
    if mine[:1] == theirs[:1] and mine[:1] != [] and mine[0] in SAINT:
        # NOTE: a saint's title both names open on ("St. Columba's Hospice" to St. Ita's
        # Hospice) is no first word they share: the saint after it is the name's own
        mine, theirs = mine[1:], theirs[1:]
    n = len(mine)
    if n < 2 or mine[0] in theirs:
        return False
    # NOTE: a division's plain word before the employer's kind ("the Upper School" to
    # Hillcrest School) names no school of its own: it is a part of the one written to
    if mine[0] in _DIVISIONS and all(ordinary(w) for w in mine):
        return False
    # NOTE: but not the group's word swapped for a trade's ("Osteria Lume" to Gruppo Lume
    # Ristoranti): one of the group's own restaurants or firms, no rival
    # NOTE: nor the trade's word heading the employer's name swapped for another
    # ("Huerta Robles" to Supermercados Robles): the words kept are the house's own name,
    # not its kind, so the name is a brand or scheme of the house, no rival of its kind
    # NOTE: nor a place's name the employer's opens on ("the Mekong Delta" to Saigon Delta
    # Logistics): words of the land alone ("Delta", "Valley") where the employer's name goes
    # on to its kind name a region, no body of that kind ("Tees Valley Towage" still is one)
    if any(
        theirs[k + 1 : k + n] == mine[1:]
        and theirs[k] not in GROUP_ENDS
        and not (k == 0 and theirs[0] in ORG_OPENERS)
        and not (k + n < len(theirs) and set(mine[1:]) <= _LANDFORMS)
        for k in range(len(theirs) - n + 1)
    ):
        return True
    # NOTE: or the employer's last words of its kind after a name of two words or three
    # where the employer has one ("Coral Coast Regional Gallery" to Tidewater Regional
    # Gallery): another body of its kind, named after another place
    tail = theirs[1:]
    head = mine[: n - len(tail)]
    return (
        len(tail) > 1
        and 1 < len(head) <= 3
        and mine[len(head) :] == tail
        and theirs[0] not in GROUP_ENDS | ORG_OPENERS
        and not set(head) & set(theirs)
        and not set(head) & (JOINERS | ARTICLES)
    )


#: Words of the land a region is named by ("the Mekong Delta", "the Rift Valley").
_LANDFORMS = frozenset({
    "delta", "valley", "vale", "bay", "coast", "river", "lake", "lakes", "island", "islands",
    "peninsula", "gulf", "sea", "estuary", "basin", "plain", "plains", "plateau", "highlands",
    "lowlands", "mountains", "hills", "glen", "strait", "straits", "cape", "canyon", "fjord",
})  # fmt: skip
#: Plain words naming a division of a school or a body by its rank ("the Upper School").
_DIVISIONS = frozenset({"upper", "lower", "middle", "junior", "senior", "infant", "infants",
                        "prep", "preparatory", "nursery"})  # fmt: skip


def _of_kind(mine: list[str], theirs: list[str]) -> bool:
    """Return True for two names of one kind of body, each "of" something else.

    "Ministry of Trade" and "Ministry of Health and Care", "Embassy of Chile" and "the Embassy
    of Peru to Spain": the same kind heading each, for other fields or countries.
    """
    return (
        len(mine) > 2
        and mine[1] == "of"
        and theirs[1:2] == ["of"]
        and mine[0] == theirs[0]
        and not set(mine[2:]) & set(theirs[2:])
    )


def _state_of(word: str, theirs: list[str]) -> bool:
    """Return True when ``word`` names the state the employer's name says it serves.

    NOTE: "Kementerian Keuangan Republik Indonesia" shares "Indonesia" with "Bank Indonesia"
    only as the republic both serve: a public body's name says whose state it is after
    "Republic (of)", and another body of that state ("Bank X", "Universitas X") is not it.
    """
    at = theirs.index(word)
    before = [w for w in theirs[:at] if w not in JOINERS and w not in ARTICLES]
    return bool(before) and before[-1] in _STATES


#: Words before the name of the state a public body serves ("Republic of", "Republik").
_STATES = frozenset({"republic", "republik", "republica", "república", "republique",
                     "république", "repubblica", "republiek", "kingdom", "kerajaan"})  # fmt: skip


def _fields_differ(mine: list[str], theirs: list[str]) -> bool:
    """Return True for two names each "of" a field, the fields sharing no word.

    "Instituto Andino de Estudios Sociales" and "Centro Andino de Políticas Públicas": the
    words after the first "of" ("de", "for") name what each body does, and differ.
    """
    fields = []
    for words in (mine, theirs):
        at = next((k for k, w in enumerate(words) if k and w in _OF), None)
        if at is None or at + 1 >= len(words):
            return False
        fields.append({w for w in words[at + 1 :] if w not in JOINERS and w not in ARTICLES})
    return all(fields) and not fields[0] & fields[1]


#: The words before the field a body's name says it works in ("Institute of", "Centro de").
#: NOTE: and Portuguese and Italian ones joined with the article ("Instituto Onça do
#: Cerrado", "Museo della Scienza"), as "del" is Spanish "de" and "el"
_OF = frozenset({"of", "for", "de", "del", "di", "du", "des", "für", "fur", "do", "da", "dos",
                 "das", "della", "dello", "delle", "degli", "dei"})  # fmt: skip


def _headed_alike(mine: list[str], theirs: list[str]) -> bool:
    """Return True for two names headed by one trade's word, each with a name of its own.

    "Bodega Los Robles" and "Bodega Los Aromos", "Banco Horizonte" and "Banco Austral": the
    kind comes first, as Spanish or French names put it, and the words after it (past an
    article) share nothing.
    """
    if len(mine) < 2 or len(theirs) < 2 or mine[0] != theirs[0] or mine[0] not in ORG_OPENERS:
        return False
    own, others = (
        {w for w in ws[1:] if w not in JOINERS and w not in ARTICLES} for ws in (mine, theirs)
    )
    return bool(own) and bool(others) and not own & others


#: Articles that may open a name's own words ("Bodega Los Aromos", Arabic "Al Noor"): no word
#: that tells one organisation from another.
ARTICLES = frozenset({"the", "el", "los", "las", "le", "les", "il", "lo", "gli", "os", "as",
                      "al"})  # fmt: skip


def _kind_of(mine: list[str], theirs: list[str]) -> bool:
    """Return True for a name of two words whose last is the kind heading the employer's "of".

    "the Chilean Embassy" in a reply to the Embassy of Peru to Spain: another of its kind.
    """
    return (
        len(mine) == 2 and theirs[1:2] == ["of"] and mine[1] == theirs[0] and mine[0] not in theirs
    )


def _singular(word: str) -> str:
    """Return a word without the "s" of its plural ("farms" -> "farm"), roughly."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"  # "nurseries" -> "nursery"
    return word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith("ss") else word


#: Words of a trade that end an organisation's name, one set to a trade: a name ending in
#: one is another of the employer's kind when the employer's name holds a word of the same
#: set ("Elbe Philharmonic" to Royal Harbour Sinfonia, "Orbis News" to Halcyon Media Group).
TRADE_GROUPS = (
    frozenset({"orchestra", "philharmonic", "philharmonia", "sinfonia", "sinfonietta",
               "symphony"}),
    frozenset({"news", "media", "broadcasting", "radio", "television", "tv"}),
    frozenset({"bakery", "bakehouse", "bakers", "patisserie", "boulangerie"}),
    frozenset({"cruises", "cruise", "voyages", "sailings", "cruiseline", "cruiselines"}),
    frozenset({"buses", "bus", "coaches", "coachlines", "coachways"}),
    frozenset({"freight", "freightways", "freightlines", "cargo", "haulage", "trucking"}),
    frozenset({"seafood", "seafoods", "fisheries", "fishing"}),
    # NOTE: a travel firm's ("Desert Lark Travel" to Atlas Riad Journeys): one trade in words
    # of going places
    frozenset({"travel", "travels", "journeys", "expeditions", "safaris"}),
    # NOTE: an insurer's line of business ("Subalpina Vita", "Alpina Danni", "Norda Vie"):
    # a group's life and non-life insurers share its first word and are two firms
    frozenset({"life", "vita", "vie", "vida", "leben", "nonlife", "danni", "iard"}),
)  # fmt: skip


def same_kind(candidate: str, company: str) -> bool:
    """Return True for a name shaped like the employer's own, though it shares no word with it.

    Another firm of the employer's trade: "Elbe Philharmonic" in a reply to Royal Harbour
    Sinfonia, "Orbis News" to Halcyon Media Group.
    """
    mine, theirs = words_of(candidate), words_of(company)
    if not mine or set(mine) & set(distinctive(company)):
        return False
    return any(mine[-1] in trade and trade.intersection(theirs) for trade in TRADE_GROUPS)


def partners(candidate: str, company: str) -> bool:
    """Return True for two surnames in a reply to a partnership named by two surnames.

    "Baxter Reid" to Okafor & Lindqvist Chartered Accountants, "Fenwick Carter" to Hargreaves
    Lyle LLP: a name of the employer's shape. Two words may as well be a person's name or a
    place, so the caller asks more of where the name stands.
    """
    mine = words_of(candidate)
    if len(mine) != 2 or ORG_WORDS.intersection(mine) or set(mine) & set(distinctive(company)):
        return False
    return _partnership(company)


def _partnership(company: str) -> bool:
    """Return True for an employer named by its partners ("Okafor & Lindqvist", "X Y LLP")."""
    names = [w for w in re.findall(r"[\w'’-]+|&", company) if w.lower() not in LEGAL]
    core = [w for w in names if w[:1].isupper() and fold(w) not in _PROFESSIONS]
    joined = "&" in names or "and" in names or "llp" in words_of(company)
    if joined and len(core) == 2:
        return True
    # NOTE: a founder "& Partner" ("Reinholt & Partner Unternehmensberatung") is named by
    # its partners as well, whatever trade follows
    if _FOUNDER_AND_PARTNERS.match(" ".join(names)):
        return True
    # NOTE: and so are two surnames before a profession's word with no "&" ("Pereira Fontes
    # Consultoria"): neither is an English word, as the words of a coined or plain-worded
    # firm are ("Bright Path Consulting")
    ends = bool(names) and fold(names[-1]) in _PROFESSIONS
    return ends and len(core) == 2 and not any(ordinary(w.lower()) for w in core)


#: A founder's name, then "& Partner(s)" and any trade ("Reinholt & Partner Beratung").
_FOUNDER_AND_PARTNERS = re.compile(r"[A-Z][\w'’-]*\s(?:&|und|and)\s[Pp]artners?\b")

#: Words of a profession a partnership's name may end on ("... Chartered Accountants"),
#: also as the languages of law and consulting firms abroad write them ("Advogados").
_PROFESSIONS = frozenset({
    "chartered", "accountants", "solicitors", "partners", "associates", "architects",
    "surveyors", "lawyers", "attorneys", "advocates",
    "consulting", "consultancy", "consultants", "advisory", "consultoria", "consultores",
    "beratung", "unternehmensberatung", "advogados", "abogados", "avocats", "avvocati",
    "rechtsanwalte", "notarios",
})  # fmt: skip


def _alike(mine: list[str], theirs: list[str], loose: bool) -> bool:
    """Return True when one word of ``mine`` is changed from ``theirs``, and only a little."""
    from rapidfuzz import fuzz  # only when a company is known (see _people.name_parts)

    changed = [(a, b) for a, b in zip(mine, theirs, strict=True) if a != b]
    if len(changed) != 1 or fuzz.ratio(" ".join(mine), " ".join(theirs)) < NEAR_MISS:
        return False
    # NOTE: a word's singular for its plural is no typo: "Al Noor Mall" is the one mall of
    # Al Noor Malls, "Kestrel Partner" a short form of Kestrel Partners
    a, b = changed[0]
    if a + "s" == b or b + "s" == a:
        return False
    # a typo, not another firm sharing a word
    return loose or (min(len(w) for w in changed[0]) > 3 and fuzz.ratio(*changed[0]) >= NEAR_MISS)
