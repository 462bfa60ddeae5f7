"""What an organisation's name looks like: its words, and the names a letter holds."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from replylint.custom._org_cues import (
    ADMIRED_QUALITIES,
    FUNCTION_WORDS,
    HEADS_ABROAD,
    OF_ABROAD,
    REGRETS,
)
from replylint.custom._org_sectors import SECTOR_WORDS, public_body, sector_name
from replylint.custom._people import fold
from replylint.custom._vocabulary import (
    adjective,
    misspelt,
    mostly_capitalised,
    nationality,
    ordinary,
)

#: Words a company's name may carry or drop without naming another company.
SUFFIXES = frozenset({
    "inc", "ltd", "llc", "corp", "corporation", "co", "company", "gmbh", "plc", "group",
    "limited", "holdings", "sa", "ag", "bv", "lp", "llp", "pty", "the", "nv", "srl", "spa",
    # the legal forms of other countries ("Pvt. Ltd.", "Pte. Ltd.", "Sdn. Bhd.", "Lda.")
    "pvt", "private", "pte", "sdn", "bhd", "lda", "sarl", "kk", "oy", "ab", "kft", "aps",
    # a co-operative's form, in words as a name's words split ("Co-op", "Co-operative")
    "op", "operative", "cooperative", "coop",
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
    # a body of volunteers or aid workers ("Mercy Corps", "Peace Corps")
    "corps",
    # a local government, as its own name says ("Vellby Municipality", "Eskerud kommune")
    "municipality", "kommune", "kommun", "gemeente", "gemeinde",
    # NOTE: a family firm of brothers or sons in Spanish, Portuguese, Italian or French
    # ("Ferrer Hermanos", "Ferrández e Hijos", "Fratelli Rossi" reads by its opener's "of")
    "hermanos", "hnos", "hijos", "irmaos", "filhos", "fratelli", "figli", "freres",
})  # fmt: skip
#: Words that open an organisation's name ("Clínica Montemar", "Banco Sabadell").
#: "Academy" as other languages write it, heading a school's name ("Academia Babel",
#: "Académie Vauban", "Akademie Nord").
ACADEMIES = frozenset({"academia", "academie", "akademie"})
ORG_OPENERS = frozenset({
    "clinica", "clinique", "klinik", "hospital", "hopital", "ospedale", "banco", "banque",
    "grupo", "gruppo", "groupe", "bank", "university", "universidad", "universite",
    "universitat", "universita", "universiti", "universitas", "hochschule", "hogeschool",
    "hogskola", "fundacion",
    "fondation", "stiftung", "instituto", "institut",
    "colegio", "escuela", "ecole", "editorial", "editions", "studio", "atelier", "agence",
    "agencia", "casa", "maison", "laboratoires", "laboratorios",
    # a trade's word heading the name, as Spanish, Portuguese, Italian and French names put
    # it ("Supermercados Cumbre", "Bodega Los Aromos", "Farmácia Central", "Domaine Roux")
    "bodega", "bodegas", "vina", "vinedos", "cerveceria", "supermercado", "supermercados",
    "supermercati", "farmacia", "farmacias", "pharmacie", "panaderia", "transportes",
    "constructora", "inmobiliaria", "distribuidora", "industrias", "almacenes", "tiendas",
    "hipermercados", "cooperativa", "domaine", "chateau", "brasserie", "cantina", "azienda",
    "weingut", "brauerei", "drogaria", "drogarias", "drogueria", "construtora",
    "imobiliaria", "transportadora", "lojas", "padaria", "textil", "textiles",
    # NOTE: a Brazilian mill's word heading its name ("Usina Santa Clara": a sugar and
    # ethanol mill, a firm of its own, as "constructora" heads a builder's)
    "usina",
    # NOTE: a Brazilian salon's word heading its name ("Salão Dona Zezé"), and a mosque's
    # ("Masjid Al-Hidayah"): any salon or mosque may open on it, so it tells nothing of which
    "salao", "masjid",
    # NOTE: a paint maker's or a plastics maker's word heading its name ("Tintas Aurora",
    # "Polímeros Andinos"), as "textil" heads a mill's: two makers of one trade open on it
    "tintas", "polimeros",
    # NOTE: a fishing firm's or a dairy's word heading its name ("Pesquera Los Andes",
    # "Lácteos La Pradera"): any of the trade may open on it, so it tells nothing of which
    "pesquera", "pesqueras", "pesquero", "lacteos", "lacteas",
    # NOTE: a theatre's or an orchestra's word heading its name ("Teatro Regio", "Orquesta
    # Sinfónica de Galicia"): any house or orchestra may open on it, so it tells nothing
    # of which one
    "teatro", "orquesta", "orquestra",
    # NOTE: a museum's, as a theatre's ("Museo del Grabado", "Museu do Ipiranga", "Musée
    # Carnavalet"): any museum may open on it
    "museo", "museu", "musee",
    # a cinema chain's ("Cines Yelmo"), as a theatre's
    "cines",
    # a builder's, as "constructora" is ("Edificaciones Lozano", "Construcciones Rubio")
    "construcciones", "edificaciones", "construcoes",
    # NOTE: a French grocer's word heading its name ("Marché Dufresne"), as "supermercado" does
    "marche",
    # a German hospital's or pharmacy's word heading its name ("Klinikum Nordstadt")
    "klinikum", "krankenhaus", "universitatsklinikum", "apotheke", "autohaus",
    # a Polish shop's or firm's word heading its name ("Delikatesy Zielińscy", "Apteka Nova")
    "delikatesy", "piekarnia", "apteka", "hurtownia", "przychodnia", "kwiaciarnia",
    # a sports club's word heading its name ("Clube Atlético Ipê", "Club Deportivo Leganés"):
    # any club may open on it, so it tells nothing of which one
    "clube", "club",
    # NOTE: a bank's word heading its name ("Crédit Mutuel", "Credit Suisse"), as "banque"
    # does: two banks may open on it, so it tells nothing of which one
    "credit",
    # NOTE: a school's word heading its name, as "colegio" and "escuela" do: any language
    # school may open on it
    *ACADEMIES,
})  # fmt: skip
NOT_NAMES = frozenset({"i", "linkedin", "glassdoor", "zoom", "teams", "slack", "google",
                        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                        "sunday", "january", "february", "march", "april", "may", "june",
                        "july", "august", "september", "october", "november", "december",
                        "hr", "ceo", "cto", "vp", "cv", "english"})  # fmt: skip
#: Names of God and words of faith, in the languages replies are written in ("the Lord's
#: timing is perfect", "with Allah's help", "Oluwa is in control"): a writer's faith, never
#: a firm.
#: Folded and with no apostrophe ("Insha'Allah" is "inshaallah"). NOTE: "Spirit" and "Ghost"
#: alone may be firms (an airline, a blog's platform), so only "Holy Spirit" is listed.
DIVINE = frozenset({
    "god", "gods", "lord", "almighty", "jesus", "christ", "jehovah", "yahweh", "hashem",
    "adonai", "holy spirit", "holy ghost", "allah", "rabb", "inshallah", "inshaallah", "insha",
    "mashallah", "mashaallah", "masha", "alhamdulillah", "subhanallah", "bismillah",
    "wallahi", "wallah", "olorun", "oluwa", "olodumare", "chukwu", "chineke", "ubangiji",
    "mungu", "tuhan", "bhagwan", "ishwar", "waheguru", "dios", "deus", "dieu", "gott", "dio",
    "bog", "diyos", "tanri",
})  # fmt: skip
#: Festivals and seasons of the year, folded ("I hope Advent goes well for everyone", "Eid
#: Mubarak to you all"): a time wished well, never a firm. NOTE: only the name alone; a
#: longer one ("Easter Seals", "Advent Software") is a firm's.
SEASONS = frozenset({
    "advent", "christmas", "xmas", "easter", "lent", "pentecost", "whitsun", "epiphany",
    "ramadan", "ramazan", "eid", "diwali", "deepavali", "holi", "navratri", "onam", "pongal",
    "hanukkah", "chanukah", "passover", "pesach", "purim", "sukkot", "rosh hashanah",
    "yom kippur", "matariki", "vaisakhi", "baisakhi", "vesak", "songkran", "nowruz",
    "hogmanay", "thanksgiving", "kwanzaa", "lunar new year", "chinese new year", "tet",
    "new year", "hari raya", "chuseok", "obon",
    # NOTE: days named in the possessive, with or without "Day" ("the Valentine's rush", a
    # name cut before its "'s"; see ``_season``)
    "valentine's", "valentine's day", "valentines day", "mother's day", "mothers day",
    "father's day", "fathers day",
})  # fmt: skip
#: Last words of the name of a group of firms ("the Nordmark Group", "Halden Holdings").
GROUP_ENDS = frozenset({"group", "holdings", "groupe", "grupo", "gruppo"})
#: Words that join capitalised words inside one name ("Bank of Ireland", "Lumen & Reed").
JOINERS = frozenset({"&", "of", "de", "del", "du", "des", "la", "der", "von", "van", "y",
                      "for", "'s", "’s", "da", "do", "dos", "das", "di", "della"})  # fmt: skip
SAINT = frozenset({"st.", "st", "ste.", "saint", "sainte"})
#: The marks of a possessive after a name ("X's", "Harris'").
POSSESSIVE = ("'s", "’s", "'", "’")
#: Mail hosts whose domain names no one employer: free mail, and a mailbox service shared
#: by a whole sector (every NHS trust's staff write from nhs.net, so "nhs" is no alias).
FREE_MAIL = re.compile(r"(?:gmail|googlemail|yahoo|hotmail|outlook|live|icloud|aol|proton\w*"
                        r"|gmx|mail)\.|nhs\.net$", re.IGNORECASE)  # fmt: skip
#: Legal forms never shortened with a full stop: "... GmbH." ends the sentence, not the name.
UNDOTTED_FORMS = frozenset({"gmbh", "ag", "plc", "llc", "llp", "kg", "ab", "oy", "bv", "nv",
                            "se", "spa", "srl", "sas", "pty", "kft", "sarl"})  # fmt: skip
#: Capitalised words that open a sentence before a name, never a part of it ("At Initech, I").
OPENING_WORDS = frozenset({
    "at", "in", "with", "for", "from", "to", "on", "by", "as", "after", "before", "during",
    "since", "like", "unlike", "about", "and", "but", "or", "if", "when", "while", "whether",
    "although", "because", "so", "until", "through", "joining", "outside", "besides",
    # the writer's own thing ("My Diploma of Community Services"); not "Our", which opens
    # names of faith ("Our Lady of Lourdes Hospital")
    "my",
})  # fmt: skip


@dataclass(frozen=True, slots=True)
class Candidate:
    """A capitalised name in the letter: doc[start:end], its text, and how sure it is a firm."""

    start: int
    end: int
    text: str
    org: bool


def hashtag_firm(doc, candidate: Candidate) -> tuple[int, int, str] | None:
    """Return where a firm's name stands in a hashtag of its people, and the name.

    "#LifeAtBrightwell", "#BrightwellCareers", "#TeamBrightwell", "#WeAreBrightwell": a tag
    made of a firm's name and words of working there names the firm, which the whole tag,
    one capitalised word, hides. Returns the name's offset in the tag, its length and its
    words ("Brightwell"); None for a tag with no such words ("#OpenToWork" is all of them).
    """
    k = candidate.start
    parts = _tag_parts(doc, k) if candidate.end - k == 1 else None
    if parts is None:
        return None
    lead = 0  # the letters of an opener run together, read as one word ("at")
    if parts and _run_opener(parts[0]):
        lead = len(parts[0]) - 2
        parts = ["at", *parts[1:]]  # "#proudtobuildwithNorthspan": one opener, run together
    # NOTE: Dutch "working at" ("#WerkenBijX") opens a tag of a firm's people as "#WorkingAtX"
    # does; only with "bij": "#WerkenInDeZorg" is working in a sector, no firm
    if [p.lower() for p in parts[:2]] == ["werken", "bij"]:
        lead += len(parts[0]) + len(parts[1]) - 2
        parts = ["at", *parts[2:]]
    first = next((i for i, p in enumerate(parts) if p.lower() not in _TAG_OPENERS), len(parts))
    last = len(parts)
    while last > first and parts[last - 1].lower() in _TAG_CLOSERS:
        last -= 1
    name = " ".join(parts[first:last])
    # NOTE: a word of English names a firm when it is mostly a name ("#LifeAtAmazon"), not
    # a place the writer's life is at ("#LifeAtSea")
    if (first, last) == (0, len(parts)) or len(name) < 3:
        return None
    # NOTE: a future's name opens on no joining word: "#FutureOfWork" is a topic, no firm
    if first and parts[first - 1].lower() == "future" and parts[first].lower() in _JOINERS:
        return None
    if ordinary(name) and not mostly_capitalised(name) and not _team_named(parts, first, last):
        return None
    offset = lead + sum(len(p) for p in parts[:first])
    return offset, len(name) - (last - first - 1), name


def _team_named(parts: list[str], first: int, last: int) -> bool:
    """Return True for "#TeamX" or "#JoinX" whose one word X names a team, though English.

    NOTE: "#Team" alone before one word signs the writer as one of a team called so
    ("#TeamMillennium", "#TeamOrange"), as "#TeamBrightwell" does; a word English joins to
    "team" as a thing of teams ("#TeamWork", "#TeamSpirit", "#TeamPlayer") makes a motto.
    """
    opener = parts[0].lower() if first == 1 else ""
    if last - first != 1 or opener not in _TEAM_OPENERS | {"join"}:
        return False
    word = parts[first].lower()
    if opener == "join":
        # NOTE: "#JoinX" is a firm's call to join it ("#JoinContinental"), as "#TeamX" signs
        # one of its people; not a call to act now or together ("#JoinNow", "#JoinForces")
        return word not in _JOIN_CALLS and not ordinary("join" + word)
    return word not in _TEAM_THINGS and not ordinary("team" + word)


#: The tag openers that name a team ("#TeamX", Spanish "#EquipoX", Portuguese "#EquipeX").
_TEAM_OPENERS = frozenset({"team", "equipo", "equipe"})
#: Words a tag joins to "Join" as a call to act, not a firm's name ("#JoinNow").
_JOIN_CALLS = frozenset({"now", "today", "in", "forces", "up", "here", "hands", "me", "them",
                         "together", "free", "online"})  # fmt: skip
#: Words a tag joins to "Team" as a thing of teams, not a team's name ("#TeamSpirit").
_TEAM_THINGS = frozenset({"spirit", "player", "players", "building", "effort", "goals", "work",
                          "leader", "lead", "leadership", "mates", "success", "first", "culture",
                          "up", "bonding", "win", "wins", "event", "day", "lunch",
                          "dinner"})  # fmt: skip


def tag_name(doc, i: int) -> str | None:
    """Return the words of a hashtag at doc[i] made of capitalised words ("Bexley Holt").

    "#BexleyHolt", "#RidleyFaraday": a name run together as a tag, read as its words; None
    for a token that is no such tag (no "#" right before it, a word in lower case in it).
    """
    parts = _tag_parts(doc, i)
    if parts is None or not all(p[:1].isupper() and p[1:].islower() for p in parts):
        return None
    return " ".join(parts)


def _tag_parts(doc, i: int) -> list[str] | None:
    """Return the words of a hashtag at doc[i] ("LifeAtX1" -> Life, At, X, 1), or None.

    None when doc[i] has no "#" right before it or holds more than words and numbers.
    """
    if i <= 0 or doc[i - 1].text != "#" or doc[i - 1].whitespace_:
        return None
    parts = _TAG_PARTS.findall(doc[i].text)
    if "".join(parts) != doc[i].text:
        return None
    # NOTE: initials run into a closer written in lower case ("#KVAfamily", "#IBMcareers")
    # split as "KV" and "Afamily": the capital before the closer ends the initials
    for k in range(1, len(parts)):
        if parts[k - 1].isupper() and parts[k][1:] in _TAG_CLOSERS and parts[k][:1].isupper():
            parts[k - 1 : k + 1] = [parts[k - 1] + parts[k][0], parts[k][1:]]
    return parts


def _run_opener(part: str) -> bool:
    """Return True for opening words run together in lower case ("proudtobuildwith").

    NOTE: a tag of a firm's people may run its opening words together before the name's
    capital ("#proudtobuildwithNorthspan", "#proudtoworkatX"): a word of pride, work or
    belonging first and "with", "at" or "for" last make them one opener. Not "#madewithUnity"
    (a tool a thing is made with).
    """
    return (
        part.islower()
        and part.startswith(_RUN_STARTS)
        and part.endswith(("with", "at", "for"))
        and part not in _TAG_OPENERS
    )


#: The words a run-together opener of a tag starts with ("#proudtobuildwith...").
_RUN_STARTS = ("proud", "life", "team", "work", "inside", "join", "love")


def tag_candidates(doc, tokens: list[int]) -> list[Candidate]:
    """Return the tags among ``tokens`` opening in lower case with a name's capital in them.

    "#proudtobuildwithNorthspan": no capitalised word, so no name the letter's own finds;
    ``hashtag_firm`` reads what firm, if any, it names.
    """
    return [
        Candidate(i, i + 1, doc[i].text, False)
        for i in tokens
        if i
        and doc[i - 1].text == "#"
        and not doc[i - 1].whitespace_
        and doc[i].text[:1].islower()
        and any(c.isupper() for c in doc[i].text)
    ]


#: The words of a hashtag: capitalised words, capitals run together, numbers ("LifeAtXYZ1").
#: NOTE: with the accented letters of Latin script ("#TeamTrócaire", "#FamíliaSeara"): a
#: name written in its own tongue is a tag's words as an English one is
_TAG_PARTS = re.compile(r"[A-ZÀ-ÖØ-Þ]+(?![a-zß-öø-ÿ])|[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]*|[a-zß-öø-ÿ]+|\d+")
#: Words of working at a firm before its name in a hashtag ("#LifeAtX", "#TeamX").
#: NOTE: and a future there the writer hopes for ("#FutureStrydex"): the firm to be joined
#: NOTE: and the writer's next step there ("#NextChapterAtX"), and "team" as Spanish and
#: Portuguese write it ("#EquipoX", "#EquipeX"), as signatures outside English do
_TAG_OPENERS = frozenset({"life", "at", "team", "we", "are", "join", "inside", "proud",
                          "to", "be", "work", "working", "with", "meet", "the", "hello",
                          "love", "i", "my", "our", "careers", "jobs", "future", "next",
                          "chapter", "equipo", "equipe",
                          # NOTE: Spanish and Portuguese "we are" ("#SomosX"), as "#WeAreX"
                          "somos",
                          # NOTE: Portuguese "team" ("#TimeX"), as "#EquipeX"; a word of
                          # English after it ("#TimeToShine") is no firm's name
                          "time",
                          # NOTE: Spanish, Portuguese and Italian "family" before the name
                          # ("#FamiliaX"), as English puts it after ("#XFamily")
                          "familia", "família", "famiglia",
                          # NOTE: a firm's call to grow a career with it ("#GrowWithX"), as
                          # "#JoinX" is; with no name after it ("#GrowTogether") no firm
                          "grow"})  # fmt: skip
#: Joining words no firm's name opens on, after "Future" in a tag ("#FutureOfWork").
_JOINERS = frozenset({"of", "and", "for", "in", "on", "is"})
#: Words of working at a firm after its name in a hashtag ("#XCareers", "#XLife").
_TAG_CLOSERS = frozenset({"careers", "career", "jobs", "life", "team", "people", "family",
                          "hiring", "talent", "grads", "graduates", "culture", "crew",
                          "proud", "pride", "way", "us", "interns", "early", "recruitment",
                          "recruits", "alumni"})  # fmt: skip


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
        # NOTE: after "P.S." or a colon a sentence opens that the parser may not mark
        opens = doc[start].is_sent_start or (start and doc[start - 1].text.endswith((".", ":")))
        if opens and doc[start].lower_ in OPENING_WORDS and end - start > 1:
            start += 1  # "At Brambles Care, I ...": the preposition only opens the sentence
            text, org = doc[start:end].text, is_org(doc[start:end].text)
        # NOTE: but a word English does not have opens a name ("Smileworks Dental seemed")
        # NOTE: a sector's word alone does not keep the capital ("Shame Lowfield Radio")
        sure = org and is_org(text, sectors=False)
        # NOTE: but a sector's word left alone names nothing: a noun before it opens the
        # firm's name as well as the sentence ("Sonar Poultry is ..."), and after an
        # adjective the two are the trade's goods ("Fresh Fruit is what I love")
        lone_sector = (end - start == 2 and org and doc[start].is_sent_start and not sure
                       and (start, end) not in ents)  # fmt: skip
        if lone_sector and (doc[start].is_stop or adjective(doc[start].text)):
            i = end
            continue
        if (doc[start].is_sent_start and not sure and (start, end) not in ents and not lone_sector
                and (end - start == 1 or ordinary(doc[start].text))
                and not _admired_opener(doc, start, end) and not _hashtag(doc, start)):  # fmt: skip
            start += 1  # "Thanks", "Please": a capital that only starts the sentence
            if start == len(doc) or name_end(doc, start) != end:
                i = start
                continue
            text = doc[start:end].text
        if _headed(doc, start, end) or _not_a_head(doc, start, end):
            # "Die Arbeit von Hoffmann Maschinenbau": German capitalises the work; "my CV for
            # Hopper Eats": a word no name has opens none ("Bank of Ireland" is one name)
            start += 2
            text, org = doc[start:end].text, is_org(doc[start:end].text)
        if end - start == 1 and not doc[start].is_sent_start and nationality(text):
            i = end  # "my Japanese-to-French test": a people's or a tongue's adjective
            continue
        folded = fold(text)
        if (
            start < end
            and folded not in NOT_NAMES
            and not _season(doc, end, folded)
            and not divine(text)
        ):
            yield Candidate(start, end, text, org)
        i = end


def _season(doc, end: int, folded: str) -> bool:
    """Return True for a festival's name, or one named in the possessive ("Valentine's")."""
    folded = folded.replace("\u2019", "'")
    # NOTE: a name stops before its "'s" (see ``name_end``): read it with its "'s" or "’s"
    possessive = end < len(doc) and doc[end].lower_ in ("'s", "\u2019s")
    return folded in SEASONS or (possessive and f"{folded}'s" in SEASONS)


def _hashtag(doc, start: int) -> bool:
    """Return True for a word written right after "#" ("Onwards and upwards! #TeamAlderbank").

    NOTE: a sentence splitter opens a sentence at a tag after "!" or "."; but the capital of
    a tag is the tag's own, never only the sentence's (see ``hashtag_firm``).
    """
    return start > 0 and doc[start - 1].text == "#" and not doc[start - 1].whitespace_


def _admired_opener(doc, start: int, end: int) -> bool:
    """Return True for one word opening a sentence with a firm's quality ("Halcyon's ethos").

    "Halcyon's commitment to patient safety stood out": the "'s" and the quality owned make
    the capital a name's, not the sentence's; not a stop word's ("Everyone's commitment")
    nor a day's ("Today's vision").
    """
    word = doc[start]
    return (
        end - start == 1
        and end + 1 < len(doc)
        and doc[end].lower_ in POSSESSIVE
        and doc[end + 1].lower_ in ADMIRED_QUALITIES
        and not word.is_stop
        and word.lower_ not in _DAYS
    )


#: Days named by a word, whose "'s" owns a plan or news ("Today's vision").
_DAYS = frozenset({"today", "tomorrow", "yesterday", "tonight"})


def divine(name: str) -> bool:
    """Return True for a name of God or of faith ("God", "the Lord", "Allah", "Insha'Allah").

    "The Lord's timing is perfect", "with Allah's help", "I thank God Almighty": whatever
    the sentence round it, these are the writer's faith, not an organisation named.
    """
    words = [w for w in words_of(name) if w != "the"]
    return bool(words) and (" ".join(words) in DIVINE or all(w in DIVINE for w in words))


def lowercase_names(doc, tokens: list[int], teams: frozenset[str] = frozenset()) -> list[Candidate]:
    """Return the names a writer who types all in lower case leaves uncapitalised.

    "i'd have thrived at bytecraft": in a text (``tokens``, the writer's own) with not one
    capital letter, a word no English dictionary has, right after a preposition or verb that
    names a workplace, or between "the" and one of ``teams`` ("the edulift team"), is a name
    as a capitalised one is. A text with any capital keeps its names capitalised, and its
    other words are typos or slang.
    """
    # NOTE: a phone's own line ("Sent from my iPhone") is none of the writer's typing, nor is
    # the name signed last ("good luck, Huy"), which a mail app or habit capitalises
    text = doc.text  # NOTE: spaCy builds Doc.text anew from its tokens on every call
    tokens = [i for i in tokens if not DEVICE_LINE.match(_line_of(text, doc[i].idx))]
    words = [doc[i] for i in tokens if doc[i].is_alpha]
    signed = len(words)
    while signed and len(words) - signed < 3 and words[signed - 1].text[:1].isupper():
        signed -= 1  # the name signed last
    if len(words) < 15 or any(not t.text.islower() for t in words[:signed]):
        return []
    return [
        Candidate(i, i + 1, doc[i].text, False)
        for i in tokens
        if i
        and doc[i].is_alpha
        and len(doc[i]) > 3
        and (doc[i - 1].lower_ in _WORKPLACE_WORDS or _regretted(doc, i) or _teamed(doc, i, teams))
        and not ordinary(doc[i].text)
    ]


def _teamed(doc, i: int, teams: frozenset[str]) -> bool:
    """Return True for a word between "the" and a team's word ("the edulift team")."""
    after = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    return doc[i - 1].lower_ == "the" and after in teams


#: Words right before a workplace's name ("at bytecraft", "join nimbusloop").
_WORKPLACE_WORDS = frozenset({"at", "with", "join", "joining", "for"})
#: A mail app's line under a reply ("Sent from my iPhone", "Get Outlook for Android").
DEVICE_LINE = re.compile(r"\s*(?:sent from my|sent from outlook|get outlook for)\b", re.I)


def _line_of(text: str, idx: int) -> str:
    """Return the line of ``text`` that its character ``idx`` stands on."""
    start = text.rfind("\n", 0, idx) + 1
    end = text.find("\n", idx)
    return text[start : end if end >= 0 else len(text)]


def _regretted(doc, i: int) -> bool:
    """Return True for a word after regret and "about" ("shame about speedline").

    A job lost is regretted by its firm's name; not "letting me know about teh job", where
    a typo follows "about" as often as a name does.
    """
    about = i > 1 and doc[i - 1].lower_ == "about" and doc[i - 2].lower_ in REGRETS
    return about and not misspelt(doc[i].text)  # "shame about tomorow": a typo


def _not_a_head(doc, start: int, end: int) -> bool:
    """Return True for a word that is never a name before a joiner ("CV for X", "HR of X")."""
    return (end - start > 2 and fold(doc[start].text) in NOT_NAMES
            and doc[start + 1].lower_ in JOINERS)  # fmt: skip


def _headed(doc, start: int, end: int) -> bool:
    """Return True for a name opened by a foreign noun and "of" ("Arbeit von X", "Team von X")."""
    if end - start < 3 or doc[start + 1].lower_ not in OF_ABROAD:
        return False
    head = doc[start].lower_
    return head in HEADS_ABROAD or (head == "team" and doc[start + 1].lower_ in ("von", "vom"))


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
        if token.lower_ in DIVINE and j + 1 < len(doc) and doc[j + 1].lower_ in ("'s", "’s"):
            break  # "the team at Ashworth Park God's blessings": a wish to God ends the name
        if is_legal_form(token) and _hyphened(doc, j):
            j += 3  # "Moorland Milk Co-operative", "Fenland Co-op": a word, not "Co" cut off
        elif capitalised(token) or is_legal_form(token) or _elided_joiner(token):
            j += 1
        elif _fields_joined(doc, j):
            j += 2  # "Arab Fund for Economic and Social Development": one body's two fields
        elif _number_inside(doc, j):
            j += 2  # "Route 66 Grill", "Studio 54 Bar": a number inside the name
        elif token.lower_ in ("'s", "’s") and _owned_thing(doc, j + 1, doc[i].lower_ in SAINT):
            if not _possessive_place(doc, i, j):
                break  # "Meridia Air's Baltic expansion": the firm, then what it owns
            j += 2  # "the Cox's Bazar office": one place's name, "'s" and all
        elif _plural_owner(doc, i, j):
            j += 2  # "the Students' Union", "the National Farmers' Union": one name
        elif (
            (token.lower_ in JOINERS or token.lower_ in SAINT)
            and j + 1 < len(doc)
            and (
                capitalised(doc[j + 1])
                or (token.text == "&" and is_legal_form(doc[j + 1]))
                # NOTE: or "de" before an article elided onto the next word ("Université de
                # l'Estrie", "Musée de l'Homme"): French runs the name on past both
                or (token.lower_ in _ELIDING and _elided_joiner(doc[j + 1]))
            )
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


def _elided_joiner(token) -> bool:
    """Return True for "d'" or "l'" run onto a capitalised word inside a name ("d'Entraide").

    NOTE: French and Italian elide the joiner onto the next word, which the tokenizer keeps
    as one token: "Terre d'Entraide", "Maison d'Hôtes" go on as one name, as "Banco de
    Chile" does past "de"; only after a name's first word, which the caller has read.
    """
    text = token.text
    return len(text) > 3 and text[:1] in "dDlL" and text[1] in "'’" and _capitalised_word(text[2:])


#: The joiners a French name runs on past before an elided article ("de l'Estrie").
_ELIDING = frozenset({"de"})


def _capitalised_word(text: str) -> bool:
    """Return True for a capitalised word of letters only ("Entraide", "Hôtes")."""
    return text[:1].isupper() and text.isalpha() and len(text) > 1


def _fields_joined(doc, j: int) -> bool:
    """Return True when doc[j] is an "and" between two fields a body is for.

    "Fund for Economic and Social Development", "Centre for Science and Environment": one
    word after "for", then "and" and a capitalised word, is one name; "Bank of Ireland and
    AIB", naming two, does not run on past "of".
    """
    return (
        doc[j].lower_ == "and"
        and j >= 2
        and doc[j - 2].lower_ == "for"
        and j + 1 < len(doc)
        and capitalised(doc[j + 1])
    )


def _number_inside(doc, j: int) -> bool:
    """Return True when doc[j] is a number a name goes on past ("Route 66 Grill").

    A bare number of two or more digits between two capitalised words, with no comma or
    stop beside it: "Route 66 Grill", "Pier 39 Seafood"; not "Year 5" or "Band 6", whose
    grade is one digit, nor "Leeds, 2019".
    """
    token = doc[j]
    return (
        token.text.isdigit()
        and 1 < len(token.text) < 4
        and j + 1 < len(doc)
        and capitalised(doc[j + 1])
        and not doc[j + 1].is_sent_start
    )


def _plural_owner(doc, i: int, j: int) -> bool:
    """Return True when doc[j] is the apostrophe of common plural words that a name goes on past.

    "Students' Union", "Farmers' Market", "the Teachers' Pension Scheme": plural words of
    English own no firm's thing; with what follows they are one body's name. Not "Okonkwo
    Brothers' Leeds depot", whose first word is a name's.
    """
    return (
        doc[j].text in ("'", "’")
        and j + 1 < len(doc)
        and capitalised(doc[j + 1])
        and doc[j - 1].lower_.endswith("s")
        and all(ordinary(t.text) for t in doc[i:j])
    )


def _hyphened(doc, j: int) -> bool:
    """Return True when doc[j] opens a word joined on by a hyphen ("Co" of "Co-operative")."""
    return (
        j + 2 < len(doc)
        and not doc[j].whitespace_
        and doc[j + 1].text in ("-", "\u2011")
        and not doc[j + 1].whitespace_
        and doc[j + 2].is_alpha
    )


def _owned_thing(doc, k: int, saint: bool = False) -> bool:
    """Return True when the capitalised words from doc[k] qualify a common noun after them.

    After a possessive, "Baltic expansion" and "London office" are what the name owns;
    "St Aldric's University Hospital" goes on as one name, its last word an organisation's.
    So does a saint's name before a sector's word ("St Elwyn's Hospice every success").
    """
    j = k
    while j < len(doc) and j - k < 4 and capitalised(doc[j]):
        j += 1
    if j == k or j >= len(doc) or fold(doc[j - 1].text) in ORG_WORDS:
        return False
    # NOTE: a saint owns no expansion or office: "St Elwyn's Hospice", "St Mungo's Housing"
    # are one body's name, its kind a sector's word, whatever common noun follows
    if saint and fold(doc[j - 1].text) in SECTOR_WORDS:
        return False
    after = doc[j]
    return after.is_alpha and after.text.islower() and after.lower_ not in FUNCTION_WORDS


def _possessive_place(doc, i: int, j: int) -> bool:
    """Return True for "the" before a place's name with "'s" in it ("the Cox's Bazar office").

    A firm's possessive takes no article ("Acme's London office"); "the" before one word,
    "'s" and one more capitalised word, then a common noun, marks the whole as one name
    qualifying the noun: "the Cox's Bazar positions", "the King's Lynn branch", "the
    Martha's Vineyard site". Not "the BBC's London office" (initials).
    NOTE: a name that takes "the" itself ("the Guardian's Brussels bureau") reads so too;
    no list of places tells "Cox's Bazar" from a paper's possessive.
    """
    if j != i + 1 or i == 0 or doc[i - 1].lower_ != "the" or doc[i].text.isupper():
        return False
    return j + 2 < len(doc) and capitalised(doc[j + 1]) and not capitalised(doc[j + 2])


def capitalised(token) -> bool:
    """Return True for a capitalised word of letters ("Acme", "O'Neill", "Saint-Denis")."""
    text = token.text
    if not text[:1].isupper():
        return False
    # "H&M", "B&Q": initials joined by an ampersand are one name
    letters = text.replace("-", "").replace("'", "").replace("’", "").replace("&", "")
    # NOTE: a brand may end in a plus ("Aprendo+", "Canal+"), not a grade ("A+", "B+")
    if letters.endswith("+") and len(letters) > 2:
        letters = letters[:-1]
    # NOTE: a brand may run a number onto its word ("Przelewy24", "Kanal5"): a capitalised
    # word of three letters or more, then digits, is a name as the word alone is
    if re.fullmatch(r"[^\W\d_]{3,}\d{1,3}", letters):
        return True
    return letters.isalpha() and len(text) > 1


def initialism(name: str) -> bool:
    """Return True for one word of initials, whatever lowercase it keeps ("BAFA", "ICMBio").

    Two capitals or more before any lowercase letter: a body's short form, never a person's.
    """
    return re.fullmatch(r"[A-Z]{2,}[A-Za-z]*", name) is not None


def is_legal_form(token) -> bool:
    """Return True for a capitalised legal form ("Ltd.", "GmbH", "L.P.")."""
    return re.sub(r"[.,]", "", token.lower_) in LEGAL and token.text[:1].isupper()


def is_org(name: str, sectors: bool = True) -> bool:
    """Return True when the name's own words make it an organisation.

    With ``sectors``, a sector's word after a distinctive first word counts too ("Ridgeway
    Buses"); without, only the commoner ORG_WORDS and the name's shape do.
    """
    words = words_of(name)
    # "Norrvik Institute of Technology", "Bank of Ireland": the word before "of" is the head
    heads = [a for a, b in itertools.pairwise(words) if b == "of"]
    return bool(words) and (
        words[-1] in ORG_WORDS
        or bool(ORG_WORDS.intersection(heads))
        or "&" in name
        or (len(words) > 1 and words[-2] in ORG_WORDS and words[-1] in LEGAL)
        or (len(words) > 1 and words[0] in ORG_OPENERS and not _opener_is_english(words))
        # "Ridgeway Buses", "Mercia Shire Police": a sector's word after a distinctive one
        or (sectors and sector_name(words) and words[0] not in ORG_WORDS)
        # "Greater Prairie Water District": a public body, by the service it runs
        or (sectors and public_body(words, ORG_WORDS))
        or _legal_form_first(name)
    )


def _legal_form_first(name: str) -> bool:
    """Return True for a name headed by a legal form written before it ("PT Sinar Abadi").

    NOTE: Indonesian firms put their legal form first ("PT" for a limited company), where
    English puts "Ltd" last; in capitals and before two names' words at least, as "PT" alone
    before one word may be a trainer's or a therapist's title.
    """
    raw = name.split()
    return (
        len(raw) > 2
        and raw[0].rstrip(".") in _LEGAL_OPENERS
        and all(w[:1].isupper() for w in raw[1:])
    )


#: Legal forms written before a firm's name, as Indonesia writes them ("PT Sinar Abadi").
_LEGAL_OPENERS = frozenset({"PT"})


def _opener_is_english(words: list[str]) -> bool:
    """Return True for an opener's word in English before a group's only ("Editorial Board").

    NOTE: "Editorial Planeta" or "Studio Ghibli" put a name after the opener; "the Editorial
    Board", "the Studio team" or "the Hospital Board" are an organisation's own people.
    """
    return ordinary(words[0]) and all(w in _OWN_GROUPS for w in words[1:])


#: Groups of an organisation's own people ("the Editorial Board", "the Studio team").
_OWN_GROUPS = frozenset({"board", "boards", "team", "teams", "committee", "panel", "staff",
                         "office", "department", "desk"})  # fmt: skip


def words_of(name: str) -> list[str]:
    """Return the folded words of a name, without possessives ("Acme's" -> ["acme"])."""
    # NOTE: dots go first, so that "L.P." and "S.A." are the legal forms "lp" and "sa"; an
    # ampersand is a word of its own, so that "P&G" is the initials "p", "g"
    # NOTE: an article elided onto a word goes as well ("Stade de l'Aurore" -> "aurore"), as
    # the thread's words are read (see ``Aliases``): the word is the name's, not "laurore"
    name = WEB_DOMAIN.sub("", ELIDED.sub("", name))
    return re.findall(r"[a-z0-9]+|&", re.sub(r"['’]s?\b", "", fold(name).replace(".", "")))


#: NOTE: a web domain's lower-case ending on a name ("Koszyk.pl", "Booking.com"): the firm
#: is named by the stem as often ("roles at Koszyk"), so the ending is no word of the name
WEB_DOMAIN = re.compile(r"(?<=[A-Za-z0-9])\.(?:[a-z]{2,3})(?:\.[a-z]{2})?(?=\s|,|$)")
#: A lower-case article or preposition elided onto a capitalised word ("l'", "dell'", "d'").
ELIDED = re.compile(r"\b[a-zà-ÿ]{1,5}['’](?=[A-ZÀ-ÖØ-Þ])")


def sentence_stop(name: str) -> bool:
    """Return True when the full stop that ends ``name`` ends the sentence ("Lindt AG.")."""
    last = name.split()[-1] if name.split() else ""
    return last.endswith(".") and "." not in last[:-1] and last[:-1].lower() in UNDOTTED_FORMS
