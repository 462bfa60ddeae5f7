"""Words that make a name a part, place, event or job of an organisation, not another one."""

from __future__ import annotations

import re

from replylint.custom._org_names import ORG_WORDS, PARTNERSHIP, SUFFIXES, Candidate, words_of
from replylint.custom._org_sectors import FUNCTION_WORDS, SECTOR_WORDS, SHOP_TRADES
from replylint.custom._people import fold
from replylint.custom._vocabulary import ordinary

#: A name ending in one of these, or followed by one, is a place of the employer
#: ("Willow House", "the Millbrook plant", "the Arklow Bank project"), not a company.
SITES = frozenset({
    "location", "branch", "store", "site", "office", "offices", "campus", "depot", "plant",
    "warehouse", "facility", "building", "hq", "headquarters", "ward", "unit", "shop",
    "house", "lodge", "court", "manor", "hall", "gardens", "mill", "yard", "kitchen",
    "restaurant", "hotel", "bistro", "cafe", "café", "bar", "project", "programme", "program",
    "scheme", "centre", "center", "lab", "laboratory", "wing", "floor", "team", "department",
    "division", "desk", "line", "route", "stores", "outlet", "farm", "works", "terminal",
    "port", "school", "home", "residence", "estate", "park", "square", "street", "road",
    "shaft", "pit", "quarry", "mine",
    # an office building, where interviews are held ("the interview at Neptun Tower")
    "tower", "towers",
    # a counter a food brand sells from ("the new X kiosk at King's Cross")
    "kiosk", "kiosks",
})  # fmt: skip
#: The places a firm shows a visitor round ("the tour of the X test kitchen", "the X showroom").
FACILITIES = SITES | frozenset({"studio", "studios", "showroom", "showrooms", "factory",
                                "workshop", "bakery", "brewery", "distillery", "kitchens",
                                "labs", "greenhouse", "greenhouses", "hangar"})  # fmt: skip
#: Words a rejection names one of its employer's sites by ("the role at our Kona property").
OWN_SITES = SITES | frozenset({"property", "resort", "clinic", "venue"})
#: A firm's establishments in its towns ("X's Fremantle office") or its divisions, which no
#: department has.
OFFICES = frozenset({"office", "offices", "branch", "branches", "division", "divisions"})
#: What only a firm runs, never one of its sites: "the Pacific Star Line fleet" is a
#: shipping line's, though "Line" may end the name of a route or a production line.
FLEETS = frozenset({"fleet", "fleets", "ships", "vessels", "liners"})
#: The people of a workplace, as a letter greets them or wishes them well ("everyone at X",
#: "the kitchen at X", "the crew at X").
PEOPLE_OF_A_PLACE = frozenset({"everyone", "everybody", "all", "brigade", "kitchen", "crew",
                               "staff", "team", "folks", "gang", "colleagues", "people",
                               "lot"})  # fmt: skip
#: Site words after which a name may as well be a whole firm's as a part's: "the Bristol
#: office", "the Risk Management team", but "the Pemberton Wealth team" (see firm_shaped).
TEAMS = frozenset({"team", "teams", "office", "offices"})
#: Words for a group of people at work ("the X data team", "the X customs department",
#: "the X crew"): a team, unit or department of the organisation named before them.
WORK_GROUPS = frozenset({"team", "teams", "group", "crew", "staff", "people", "folks", "unit",
                         "department", "departments", "division", "desk"})  # fmt: skip
#: Lines of business that end a firm's name ("Pemberton Wealth", "Nairobi City Water"), and
#: before "team" (see firm_shaped) also the trades that as often name a department ("the
#: Oakridge Security team" of a firm, but "the Security team" of the employer).
#: NOTE: and beauty, a trade a firm's name ends in ("Hanul Beauty") as a store's department
#: is named for: a coined name on its stem ("Beautyfest") is any firm of the trade, no kin
TRADES = SECTOR_WORDS | frozenset({"air", "recruitment", "security", "transport", "beauty"})
#: Site words that, ending a name, make it a chain: "Mabena Stores" is a company, though
#: "the Sandton stores" are the employer's sites.
CHAINS = frozenset({"stores", "shops", "outlets"})
#: Last words of a name that make it a site of the employer ("Willow House").
SITE_ENDS = SITES - CHAINS
#: A name ending in one of these is a public place ("Frankfurt Airport", "Waverley
#: Station"), travelled through or gathered in ("the Kelvin Auditorium"), never the
#: organisation written to.
#: NOTE: and "Field" as a name's last word ("Hanscom Field", "Brent Field"): an airfield, an
#: oil or gas field, a ballpark, a ground; a firm's name ends in its trade, not in "Field"
PLACES = frozenset({"airport", "station", "stadium", "arena", "harbour", "harbor", "airfield",
                    "interchange", "junction", "auditorium", "field"})  # fmt: skip
#: Last words of a place's name that are common words ("Canary Wharf", "Surry Hills").
LANDMARKS = frozenset({
    "wharf", "hills", "hill", "bay", "valley", "cross", "heights", "point", "quay", "quays",
    "docks", "dock", "green", "common", "fields", "field", "gate", "bridge", "vale", "ridge",
    "lake", "lakes", "river", "island", "islands", "beach", "coast", "end", "side", "town",
    "city", "village", "downs", "moor", "heath", "wood", "woods", "forest", "creek",
    "springs", "falls", "marina", "pier", "sands", "cove", "crossing", "corner", "row",
    "place", "lane", "way", "avenue", "drive", "walk", "parade", "mews", "grove", "park",
    # a hospital's short name ("Lakeshore General", "Shelby Memorial")
    "general", "memorial", "regional", "central", "royal", "county",
})  # fmt: skip
#: A name ending in one of these is an event ("Hannover Messe", "the Leeds Jobs Fair").
EVENTS = frozenset({
    "fair", "expo", "messe", "conference", "summit", "show", "festival", "congress", "forum",
    "week", "awards", "meetup", "hackathon", "symposium", "convention", "fest", "day", "con",
    "exhibition", "exhibitions", "tournament", "marathon", "gala", "salon", "biennale",
    # a trade's showing of its goods ("the Food & Hotel Asia showcase next month")
    "showcase", "showcases",
    # a group's dinners ("the Young Lawyers dinner"): an event of that group
    "dinner", "dinners", "luncheon", "banquet",
    # NOTE: a round of talks a publisher or body hosts ("the X M&A roundtable in June")
    "roundtable", "roundtables",
    # NOTE: an event of several days ("the X Research Days"), a sport's title contest ("the
    # X Rowing Championships"), and a fair in Dutch ("the X Beurs", as German "Messe")
    "days", "championship", "championships", "beurs",
})  # fmt: skip
#: Members' bodies whose meetings are events people go to ("the X Society meeting in July").
MEMBERS_BODIES = frozenset({"society", "societies", "association", "federation", "guild",
                            "league", "club"})  # fmt: skip
#: A members' body's gatherings, after its name ("the X Society annual meeting").
MEETINGS = frozenset({"meeting", "meetings", "agm"})
#: Event words that end a shop's name as often ("Cutting Room Salon", a hairdresser's): as
#: the last word of a name they make it no event ("the Paris Salon" is rare in a reply).
SHOP_EVENTS = frozenset({"salon"})
#: Event words that as often end a standing body's name ("the Gulf Arbitration Forum", with
#: its staff and its work), which one doing of a body's shows it to be.
BODY_EVENTS = frozenset({"forum", "congress"})
#: What a standing body has and does, after its "'s" ("the X Forum's work", "its members").
BODY_DOINGS = frozenset({"work", "team", "teams", "staff", "secretariat", "members",
                         "membership", "research", "board"})  # fmt: skip
#: Parts and doings of a ship, a venue or a product named after "the" ("the Iara's new
#: itineraries", "the Aurora's upper deck"): a thing of the employer's, not a firm.
VESSEL_PARTS = frozenset({
    "itinerary", "itineraries", "route", "routes", "voyage", "voyages", "sailing",
    "sailings", "deck", "decks", "cabin", "cabins", "crew", "hull", "galley", "bridge",
    "berths", "suites", "maiden", "refit", "engines", "passengers", "guests", "menu",
    "stage", "auditorium",
})  # fmt: skip
#: Words that open an event's name in the languages trade fairs are named in ("Feira X").
EVENT_OPENERS = frozenset({"feira", "feria", "fiera", "foire", "messe", "salone", "expo",
                           "salon", "festival", "congreso", "congresso", "kongress"})  # fmt: skip
#: Words that open the name of a part of an organisation ("School of Public Health",
#: "Department of Surgery"); with an umbrella employer, its colleges and institutes too.
UNITS = frozenset({
    "school", "faculty", "department", "dept", "division", "directorate", "office", "unit",
    "ward", "service", "services", "team", "programme",
})  # fmt: skip
UMBRELLA_UNITS = frozenset({"college", "institute", "centre", "center", "academy", "library"})
#: What a centre inside an organisation gathers ("Robotics Centre of Expertise", "the Data
#: Centre of Excellence"): a unit of its body, never a body of its own.
CENTRE_OF = frozenset({"expertise", "excellence", "competence", "competency"})
#: The nouns a rejection names the job by before where it is ("the position at X").
JOB_POSTS = frozenset({"position", "role", "post", "vacancy", "job", "opening", "posting"})
#: A name followed by one of these, or ending in a job title, names a job ("the Data
#: Analyst role", "the Head Brewer"), not a company.
JOB_NOUNS = frozenset({
    "role", "roles", "position", "positions", "post", "job", "vacancy", "opening", "openings",
    "interview", "interviews", "application", "contract", "shift", "intake", "programme",
    "placement", "apprenticeship", "internship", "opportunity", "or",
})  # fmt: skip
#: Job nouns in the plural: what a firm has many of ("Ashdown Academies' openings").
OPENINGS = frozenset({"openings", "vacancies", "roles", "positions", "posts", "jobs"})
#: The people who sat an interview after its word ("the X interview panel"): the firm's
#: own people, so X before them names a firm, not a job
INTERVIEW_PANELS = frozenset({"panel", "panels", "panellists", "panelists", "team"})
#: The two words of a firm's own page of openings after its name ("the X careers page",
#: "the X vacancies site"); NOTE: not "jobs", a job board's word ("the Indeed jobs page")
CAREERS_PAGES = (frozenset({"careers", "career", "vacancies", "recruitment"}),
                 frozenset({"page", "pages", "site", "website", "portal"}))  # fmt: skip


def careers_page(following: list[str]) -> bool:
    """Return True for the words after a name naming its page of openings ("careers page")."""
    kinds, pages = CAREERS_PAGES
    return len(following) > 1 and following[0] in kinds and following[1] in pages


JOBTITLES = frozenset({
    "manager", "director", "recruiter", "partner", "coordinator", "specialist", "lead", "head",
    "officer", "president", "chair", "dean", "editor", "chief", "founder", "generalist",
    "advisor", "adviser", "consultant", "supervisor", "associate", "administrator", "engineer",
    "superintendent", "analyst", "paralegal", "auditor", "surveyor", "brewer", "librarian",
    "nurse", "pharmacist", "technologist", "technician", "tester", "fellow", "planner",
    "executive", "lecturer", "architect", "assistant", "senior", "junior", "qs", "educator",
    "developer", "designer", "scientist", "researcher", "writer", "copywriter", "accountant",
    "clerk", "agent", "representative", "rep", "teacher", "tutor", "chef", "cook", "driver",
    "operator", "electrician", "plumber", "mechanic", "producer", "curator", "therapist",
    "counsellor", "counselor", "worker", "handler", "intern", "trainee", "apprentice",
    "principal", "professor", "doctor", "physician", "surgeon", "midwife", "paramedic",
    "secretary", "receptionist", "cashier", "barista", "server", "steward", "pilot",
    "photographer", "journalist", "marketer", "strategist", "owner", "programmer", "admin",
    "controller", "inspector", "investigator", "buyer", "merchandiser", "estimator",
    # a university's or a court's head of administration ("Registrar" under the signer's name)
    "registrar",
    # a team's own people ("Warehouse Team Leader", "Store Team Member")
    "leader", "member",
    # NOTE: the clinics' own titles ("Small Animal Veterinarian", "Dental Hygienist"), a job
    # title ending a capitalised phrase, no firm
    "veterinarian", "dentist", "hygienist", "optometrist",
})  # fmt: skip
#: A degree named in words ("my Master's", "a Bachelor of Science"), no organisation.
DEGREES = frozenset({"master", "masters", "bachelor", "bachelors", "doctorate"})
#: A degree by its initials ("my MBA", "an MSc in Finance"): a degree only after "my" or "an".
DEGREE_INITIALS = frozenset({
    "mba", "msc", "bsc", "ma", "ba", "phd", "dphil", "mphil", "llb", "llm", "meng", "beng",
    "mres", "pgce", "bed", "med", "bcom", "mcom", "btech", "mtech",
})  # fmt: skip
SCHOOLS = frozenset({
    "school", "elementary", "primary", "middle", "high", "academy", "college", "secondary",
    "kindergarten", "faculty", "institute", "campus",
})  # fmt: skip
#: An employer whose schools, hospitals or sites carry names of their own.
UMBRELLA = re.compile(
    r"\b(?:district|schools|board|trust|authority|council|diocese|academies|isd|usd"
    r"|university|federation|network|group|system)\b",
    re.IGNORECASE,
)
#: An employer that runs hospitals and clinics: a health service or system ("Health New
#: Zealand", "Mercy Health", "NHS Grampian"), whose hospitals are its own sites.
HEALTH_SERVICE = re.compile(r"\b(?:health|healthcare|nhs)\b", re.IGNORECASE)
#: Last words of the name of a hospital or clinic.
HOSPITALS = frozenset({"hospital", "hospitals", "clinic", "clinics", "infirmary", "hospice"})
#: Regions named like a proper noun ("across the Nordics"): places, never a company.
REGIONS = frozenset({
    "nordics", "baltics", "balkans", "benelux", "americas", "emea", "apac", "latam", "dach",
    "midlands", "scandinavia", "caribbean", "maghreb", "levant", "mena", "anz", "asean",
})  # fmt: skip
#: Words after a brand that name its arm in one country or region ("Cleanforce UK",
#: "Globex Ireland", "Acme EMEA"): with the brand, a firm's name, never a place's.
NATIONAL_ARMS = REGIONS | frozenset({
    "uk", "us", "usa", "eu", "na", "nz", "ireland", "canada", "australia", "india", "europe",
    "asia", "africa", "scotland", "wales", "england", "singapore", "deutschland", "france",
    "nederland", "espana", "españa", "italia", "polska", "international", "global",
})  # fmt: skip


#: Words that end the name of one establishment ("Willowmere Care Home", "Kinlochard House
#: Hotel", "Hollins Dairy"): an employer so named is one place, not a group of sites.
ESTABLISHMENTS = frozenset({
    "house", "lodge", "hotel", "home", "farm", "manor", "hall", "inn", "cottage", "dairy",
    "guesthouse", "hostel", "nursery", "b&b", "residence", "court",
})  # fmt: skip


def firm_shaped(name: str, org: bool) -> bool:
    """Return True for a name shaped like a firm's, not a place's, a department's or a person's.

    A distinctive first word, then the firm's kind or trade ("Pemberton Wealth", "Skybridge
    Airways", "Nairobi City Water"); not "Risk Management", "Bristol", "ACP" or "Mr. Sato".
    """
    words = words_of(name)
    if len(words) < 2 or words[0] in ORG_WORDS or words[0] in TRADES:
        return False  # one word; or "Wealth Advisory", "Group Finance": a department
    if words[0] in FUNCTION_WORDS and words[-1] in FUNCTION_WORDS:
        return False  # "the Customer Digital team": a function's words alone, a department
    # NOTE: a forum or congress with a team of its own is a standing body, no event
    return org or words[-1] in TRADES or words[-1] in BODY_EVENTS


def foreign_name(name: str) -> bool:
    """Return True for a name of two words or more, none of them English.

    "Błysk Serwis", "Czysta Woda": a firm named in its own language, whose trade's word is
    no English one. The employer's teams and sites are named in English words ("the Risk
    Management team", "the Canary Wharf team") or by one town's name ("the Gdańsk team").
    """
    words = name.split()
    return len(words) > 1 and not any(ordinary(w) for w in words)


def trade_shaped(name: str) -> bool:
    """Return True for a name made of plain words that ends in a small firm's trade.

    "Harmattan Creative", "Jaguar Pixel", "Shear Elegant Salon": capitalised words, the last
    a small firm's trade (SHOP_TRADES) after one that is no department's, function's or
    trade's own ("Digital Creative", "Games Music"). The first word may be an English one,
    unlike a firm_shaped name's; so such a name is read as a firm only where the employer
    would stand ("the interview at X", "the time X took").
    """
    raw = name.split()
    words = words_of(name)
    if len(words) < 2 or len(raw) != len(words) or not all(w[:1].isupper() for w in raw):
        return False
    first = words[0]
    # NOTE: a sector's word after a distinctive one makes a firm already (_org_names.is_org);
    # "Kauri Air", "Lexbridge Recruitment" are left to firm_shaped, before "team" only
    ends = SHOP_TRADES | SECTOR_WORDS
    return words[-1] in SHOP_TRADES and not (
        first in FUNCTION_WORDS or first in ORG_WORDS or first in ends
    )


#: A domain's name that ends in one establishment's word ("harbourlighthotel", "fernbyinn").
_ONE_PLACE_DOMAIN = re.compile(r"[a-z]{4,}(?:hotel|inn|lodge|hostel|guesthouse|manor)")


#: A body that keeps one house, after the house's name ("Hallam Hall Trust").
_KEEPERS = frozenset({"trust", "foundation", "charity"})


def establishment(company: str) -> bool:
    """Return True when the employer's name makes it one establishment, not a group.

    "Willowmere Care Home", "The Harbour View Hotel", "Hollins Dairy Partnership" are each
    one place; "Corvo Hotels" or "Ashcourt Care Group" run several, each named for itself.
    """
    words = [w for w in words_of(company) if w not in SUFFIXES and w not in PARTNERSHIP]
    if len(words) > 2 and words[-1] in _KEEPERS and words[-2] in ESTABLISHMENTS:
        # NOTE: "Hallam Hall Trust", "Ekebyholm Manor Foundation": a trust named after the one
        # house it keeps is that house; not a trust of academies or hospitals, run by the many
        return not UMBRELLA.search(" ".join(words[:-1]))
    if UMBRELLA.search(company) or {"hotels", "homes", "farms"}.intersection(words_of(company)):
        return False  # a group, a chain: its sites have names of their own
    # NOTE: a name known only from the sender's domain is one word ("harbourlighthotel"):
    # its establishment's word is its end
    if len(words) == 1 and _ONE_PLACE_DOMAIN.fullmatch(words[0]):
        return True
    return len(words) > 1 and words[-1] in ESTABLISHMENTS


#: Organisation words that as often end a department's name ("Patient Services", "Group
#: Finance", "Legal"): before a job title, no firm's.
DEPARTMENTS = frozenset({"services", "finance", "financial", "legal", "engineering", "care",
                         "health", "healthcare", "retail", "analytics", "marketing", "media",
                         "software", "law", "trust", "council", "housing"})  # fmt: skip


def firm_before_job(doc, candidate: Candidate) -> Candidate:
    """Return the firm's name that opens a name running on into a job ("Kestrel Consulting").

    "the Kestrel Consulting Analyst Programme" is the firm's programme for a job: its name is
    the words up to the firm's kind, before the job title; not "Group Finance Director" or
    "the Patient Services Coordinator role".
    """
    start, end = candidate.start, candidate.end
    # NOTE: a name ending in the title itself is a department's job ("Youth Services Librarian")
    if (
        end - start < 3
        or fold(doc[start].text) in ORG_WORDS
        or fold(doc[end - 1].text) not in (SITE_ENDS | JOB_NOUNS)
    ):
        return candidate
    # NOTE: or a scheme the firm runs, named by the job noun it ends in ("the Stratton Bank
    # Technology Summer Internship"): the firm's name is the words up to its kind
    scheme = fold(doc[end - 1].text) in SCHEMES
    for k in range(start + 1, end - 1):
        kind = fold(doc[k].text)
        if kind in ORG_WORDS - DEPARTMENTS and (doc[k + 1].lower_ in JOBTITLES or scheme):
            return Candidate(start, k + 1, doc[start : k + 1].text, True)
    return candidate


#: Job nouns that end the name of a scheme a firm runs ("X Bank Graduate Programme").
SCHEMES = frozenset({"internship", "internships", "programme", "program", "placement",
                      "apprenticeship", "scheme", "traineeship"})  # fmt: skip


#: Ends of a place's name run together from words ("Eastgate", "Harbourside", "Ashford"),
#: or of a town's in France or Germany ("Blagnac", "Abbeville", "Mannheim", "Düsseldorf").
_PLACE_ENDS = (
    "gate",
    "side",
    "moor",
    "field",
    "fields",
    "bridge",
    "wood",
    "ford",
    "dale",
    "vale",
    "hill",
    "hills",
    "brook",
    "bury",
    "borough",
    "ton",
    "ham",
    "mere",
    "haven",
    "port",
    "view",
    "water",
    "bank",
    "ridge",
    "stone",
    "well",
    "land",
    "shire",
    "cross",
    "wick",
    "worth",
    "stead",
    "combe",
    "mouth",
    "park",
    "green",
    "ac",
    "ville",
    "heim",
    "dorf",
)


def place_shaped(word: str) -> bool:
    """Return True for one word shaped as a place's name ("Eastgate", "Blagnac", "Ashford")."""
    word = word.lower()
    return any(word.endswith(end) and len(word) - len(end) >= 3 for end in _PLACE_ENDS)


def advertised(doc, start: int, end: int, org: bool) -> bool:
    """Return True for a firm's name before its advert for a job ("the Greyfield Forensic job ad").

    A job's title or field in plain words names the job ("the Forensic Accounting job
    advert"); a name of its own words, of two words or a firm's, is whose advert it was.
    """
    text = doc[start:end].text
    # NOTE: or its "'s" between ("the City of X's job postings"): the adverts are owned,
    # so the name is whose they are, though all its words be English ones (a job's field
    # before its advert takes no "'s")
    owned = end < len(doc) and doc[end].lower_ in ("'s", "’s", "'", "’")
    following = [t.lower_ for t in doc[end + owned : end + owned + 2]]
    words = text.split()
    return (
        len(following) == 2
        and following[0] in _ADVERTISED
        and following[1] in _ADVERTS
        and words_of(text)[-1] not in JOBTITLES
        and (org or len(words) > 1)
        and not text.isupper()
        and (owned or not all(ordinary(w) for w in words))
    )


#: A job's nouns before its advert ("the X job advert", "the X vacancy listing").
_ADVERTISED = frozenset({"job", "vacancy", "role", "position"})
#: An advert for a job, after its noun ("job advert", "job posting", "job description").
_ADVERTS = frozenset({"advert", "ad", "advertisement", "posting", "listing", "description",
                      "spec", "adverts", "ads", "advertisements", "postings",
                      "listings"})  # fmt: skip


def body_initials(name: str) -> bool:
    """Return True for one word of four capitals or more that is no English word ("ENAMI").

    NOTE: a department, a unit or a region goes by two or three letters ("HR", "ICU",
    "APAC" is a region's, see REGIONS); four or more, spoken as a word, are a body's own
    short form ("SNCF", "EYATH"), never a part of another's.
    """
    return (
        re.fullmatch(r"[A-Z]{4,}", name) is not None
        and not ordinary(name)
        and name.lower() not in REGIONS
    )
